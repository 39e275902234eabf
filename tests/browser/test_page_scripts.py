"""The components' scripts are page assets (extra.page_assets, written from the features into nav.generated.yml and read by overrides/main.html):
each page loads only the scripts its components use, each once, and every component still starts, from
file:// and from http://127.0.0.1, opened directly or reached through the site's own links."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page, expect

from support import BUILT_PART, loaded_files

pytestmark = pytest.mark.browser

READING = "human-trafficking-networks"
PART = f"{READING}/a-hidden-global-business.html"

# Every script of the site's own components, by file name.
COMPONENT_SCRIPTS = {
    "on-page.js", "work-store.js", "written.js", "reader-tools.js", "gloss-popover.js", "quiz.js", "listen.js",
    "my-work.js", "hand-in.js", "assign.js", "assignment.js", "annotate.js", "marks-report.js", "work-file.js",
}

# What each component's markup looks like, and the scripts it needs (in the order they must run).
NEEDS = {
    "form.quiz": ["on-page.js", "work-store.js", "quiz.js"],
    ".written[data-written], form.judge-form": ["on-page.js", "work-store.js", "written.js"],
    ".reader-options, details.admonition.figure": ["on-page.js", "reader-tools.js"],
    "a.gloss, span.gloss-extra": ["on-page.js", "gloss-popover.js"],
    ".listen": ["on-page.js", "listen.js"],
    ".my-work": ["on-page.js", "work-store.js", "work-file.js", "my-work.js"],
    ".hand-in": ["on-page.js", "work-store.js", "work-file.js", "hand-in.js"],
    "form.assign-form": ["assign.js"],
    ".assignment": ["on-page.js", "work-store.js", "assignment.js"],
    "button.reader-marks": ["on-page.js", "work-store.js", "annotate.js"],
    "section.my-marks, section.class-map": ["on-page.js", "work-store.js", "annotate.js", "marks-report.js"],
}

# A stand-in speech engine, so that Listen shows itself the same way in every Chromium build.
FAKE_SPEECH = """
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  speaking: false, paused: false, speak() {}, cancel() {}, pause() {}, resume() {}, getVoices() { return [{}]; } } });
"""


def scripts_of(html: Path, site: Path) -> list[str]:
    """The file names of the page's scripts, in document order, counted as often as they appear (the files of a
    script the hook built counted one by one)."""
    return [name for name in loaded_files(html, site) if name.endswith(".js")]


def test_each_page_loads_the_component_scripts_it_uses_once_and_no_others(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    without = []
    for html in pages:
        markup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("article")
        loaded = scripts_of(html, site)
        assert len(loaded) == len(set(loaded)), f"{html}: a script loads twice: {loaded}"
        needed: list[str] = []
        for selector, scripts in NEEDS.items():
            if markup is not None and markup.select_one(selector) is not None:
                order = [loaded.index(name) for name in scripts if name in loaded]
                assert len(order) == len(scripts) and order == sorted(order), f"{html}: {selector} needs {scripts} in order, got {loaded}"
                needed += scripts
        assert set(loaded) & COMPONENT_SCRIPTS == set(needed), f"{html}: loads {sorted(set(loaded) & COMPONENT_SCRIPTS)}, uses {sorted(set(needed))}"
        assert "theme-fixes.js" in loaded, html
        if not needed:
            without.append(html.relative_to(site).as_posix())
    # The pages the issue names, and more: none of them carries a component script.
    assert {"index.html", f"{READING}/glossary.html", f"{READING}/index.html", f"{READING}/sources.html"} <= set(without)


@pytest.mark.parametrize("path", ["index.html", f"{READING}/glossary.html"])
def test_a_page_without_components_requests_none_of_their_scripts(page: Page, site_root: str, site: Path, path: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url.rsplit("/", 1)[-1]))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site_root}/{path}", wait_until="load")
    # A file the hook built counts as the files it holds (their names head each part).
    files = [name for name in requested if not name.startswith("built-")] + [
        source.rsplit("/", 1)[-1]
        for name in requested if name.startswith("built-")
        for source in BUILT_PART.findall((site / "assets" / name).read_text(encoding="utf-8"))
    ]
    assert "theme-fixes.js" in files and "bundle" in " ".join(files)
    assert not set(files) & COMPONENT_SCRIPTS, files
    assert errors == []


def check_part_page(page: Page) -> None:
    """Every component of a part page has been started by its script."""
    expect(page.locator("form.quiz .quiz-check").first).to_be_visible()  # quiz.js
    expect(page.locator(".written .written-actions").first).to_be_visible()  # written.js
    expect(page.locator(".reader-options")).to_be_visible()  # reader-tools.js
    expect(page.locator(".listen")).to_be_visible()  # listen.js
    term = page.locator(".md-content a.gloss").first
    term.click()  # gloss-popover.js: the definition in place, not a jump to the glossary
    expect(page.locator(".gloss-popover")).to_be_visible()
    expect(page.locator(".gloss-popover-text")).to_have_text(term.get_attribute("data-short") or "")
    assert page.url.split("#")[0].endswith(PART)


def test_part_page_components_start_when_opened_directly(page: Page, site_root: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/{PART}")
    check_part_page(page)
    assert errors == []


def test_components_start_on_pages_reached_through_the_sites_links(page: Page, site_root: str) -> None:
    """From the site's home (no component scripts) to a part, then by the navigation to the quiz and My work."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/index.html")
    page.locator(".md-content a[href$='a-hidden-global-business.html']").first.click()
    page.wait_for_url(f"**/{PART}")
    check_part_page(page)
    page.locator(".md-nav--primary a.md-nav__link[href$='quiz.html']").first.dispatch_event("click")
    page.wait_for_url("**/quiz.html")
    expect(page.locator("form.quiz .quiz-check").first).to_be_visible()
    expect(page.locator(".written .written-actions").first).to_be_visible()
    page.locator(".md-nav--primary a.md-nav__link[href$='my-work.html']").first.dispatch_event("click")
    page.wait_for_url("**/my-work.html")
    expect(page.locator(".my-work .work-actions")).to_be_visible()
    assert errors == []


def test_key_figures_fold_on_a_phone_on_the_teachers_guide(page: Page, site: Path, site_root: str) -> None:
    """The guide's key figure is open in its HTML; on a phone reader-tools.js folds it to its summary."""
    assert '<details class="admonition figure" id="fig-hundreds-of-millions" open="open">' in (site / READING / "teacher.html").read_text(encoding="utf-8")
    page.set_viewport_size({"width": 375, "height": 667})
    page.goto(f"{site_root}/{READING}/teacher.html")
    figure = page.locator("details.admonition.figure").first
    expect(figure.locator("summary")).to_be_visible()
    page.wait_for_function("() => !document.querySelector('.md-content details.admonition.figure').open")
