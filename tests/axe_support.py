"""axe-core in Chromium: shared by the accessibility checks of both engines' builds."""
from __future__ import annotations

from playwright.sync_api import Browser, Page

from support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Material's palette toggle follows prefers-color-scheme until a reader picks one, and marks the
# palette in use on <body data-md-color-scheme>. Zensical does the same.
PALETTES = {"light": "default", "dark": "slate"}


def axe_violations(page: Page) -> list[dict]:
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def describe(violations: list[dict]) -> list[str]:
    """One line per rule: the rule, its help text and the first few offending elements."""
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"]]
        shown = ", ".join(targets[:3]) + (f" (+{len(targets) - 3} more)" if len(targets) > 3 else "")
        lines.append(f"{violation['id']}: {violation['help']} -> {shown}")
    return lines


def settle(page: Page) -> None:
    """Let the page restyle after a change (two frames), then finish its running CSS transitions and
    animations, so that axe judges what a reader sees once they end (Material fades the drawer's items in)."""
    page.evaluate(
        """async () => {
            await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            for (const animation of document.getAnimations()) {
                try { animation.finish(); } catch (endless) { animation.cancel(); }
            }
        }"""
    )


def axe_page(browser: Browser, palette: str, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=palette)  # type: ignore[arg-type]
    context.add_init_script(path=str(AXE))
    return context.new_page()
