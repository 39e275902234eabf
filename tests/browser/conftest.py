"""One Chromium for the whole run (Debian's, driven by Playwright), and the built site on 127.0.0.1."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl import PageRecord, crawl, site_pages
from playwright.sync_api import Browser, Page, sync_playwright

from foreign import record_foreign

pytest.register_assert_rewrite("crawl_checks")  # its failures show what the crawl recorded, page by page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def http_root(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`site_root` is the site from disk; a test marked `each_origin` (its behaviour differs by origin: what the
    browser stores, search's worker) runs once from disk and once from 127.0.0.1. Every page is opened from
    both origins by the crawls (test_crawl_http.py, test_crawl_file.py)."""
    named = any("site_root" in str(mark.args[0]) for mark in metafunc.definition.iter_markers("parametrize"))
    if "site_root" in metafunc.fixturenames and not named:  # a test that names its origins itself keeps them
        origins = ["file", "http"] if metafunc.definition.get_closest_marker("each_origin") else ["file"]
        metafunc.parametrize("site_root", origins, indirect=True)


@pytest.fixture
def site_root(request: pytest.FixtureRequest, site: Path) -> str:
    """The site's address: from disk, or (`each_origin`) once from disk and once from 127.0.0.1."""
    if request.param == "file":
        return site.as_uri()
    return request.getfixturevalue("http_root")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that records every request to another host in `page.foreign_requests`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.foreign_requests = record_foreign(page)  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture(scope="session")
def http_crawl(browser: Browser, http_root: str, site: Path) -> dict[str, PageRecord]:
    """Every page opened once from 127.0.0.1, checked with axe in both palettes at both widths (tests/browser/crawl.py)."""
    return crawl(browser, http_root, site_pages(site), with_axe=True)


@pytest.fixture(scope="session")
def file_crawl(browser: Browser, site: Path) -> dict[str, PageRecord]:
    """Every page opened once from disk (tests/browser/crawl.py)."""
    return crawl(browser, site.as_uri(), site_pages(site), with_axe=False)
