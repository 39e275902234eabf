"""axe-core on every built page, in the light and the dark palette, at desktop and phone widths.

Pages are served from 127.0.0.1 so that 404.html is checked too: its links are absolute
(`/assets/...`) because a host serves it for any missing address, so opened from disk it has no
style or script and says nothing about what a reader sees. The same visits check that no page asks
another host for anything, from 127.0.0.1 (tests/browser/test_offline.py does it from disk): each page is
watched from its loading until both widths are checked.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from axe_support import PALETTES, axe_page, axe_violations, describe, settle
from foreign import record_foreign

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": 1280, "phone": 375}


@pytest.mark.parametrize("palette", PALETTES)
def test_every_page_passes_axe_and_asks_no_other_host(browser: Browser, http_root: str, site: Path, palette: str) -> None:
    """Each page is loaded once per palette and checked at every width (the viewport is resized in place)."""
    first, *others = WIDTHS.values()
    page = axe_page(browser, palette, first)
    foreign = record_foreign(page)
    found: dict[str, list[str]] = {}
    requested: dict[str, list[str]] = {}
    paths = sorted(html.relative_to(site).as_posix() for html in site.rglob("*.html"))
    try:
        for path in paths:
            foreign.clear()
            page.set_viewport_size({"width": first, "height": 900})
            page.goto(f"{http_root}/{path}")
            scheme = page.evaluate("document.body.dataset.mdColorScheme")
            assert scheme == PALETTES[palette], f"{path}: expected the {palette} palette, got {scheme}"
            for width in [first, *others]:
                if width != first:
                    page.set_viewport_size({"width": width, "height": 900})
                    settle(page)
                    assert page.evaluate("innerWidth") == width
                if problems := describe(axe_violations(page)):
                    found[f"{path} at {width}px"] = problems
            if foreign:
                requested[path] = list(foreign)
    finally:
        page.context.close()
    assert len(paths) > 5
    assert not found, "\n".join(f"{path}: {line}" for path, lines in found.items() for line in lines)
    assert requested == {}, f"pages that asked another host for something: {requested}"


def test_axe_reports_what_it_should(browser: Browser, http_root: str) -> None:
    """The check itself can fail: grey-on-grey text added to a page is reported."""
    page = axe_page(browser, "dark", WIDTHS["desktop"])
    try:
        page.goto(f"{http_root}/index.html")
        page.evaluate(
            """() => {
                const p = document.createElement('p');
                p.textContent = 'Barely legible';
                p.style.cssText = 'color: #777; background: #666';
                document.querySelector('article').append(p);
            }"""
        )
        assert any(line.startswith("color-contrast:") for line in describe(axe_violations(page)))
    finally:
        page.context.close()
