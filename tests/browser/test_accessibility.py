"""axe-core itself: the check can fail. The every-page axe checks (both palettes, both widths, served from
127.0.0.1 so that 404.html counts) read the crawl's record: tests/browser/test_crawl_http.py."""
from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from axe_support import axe_page, axe_violations, describe

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": 1280, "phone": 375}


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
