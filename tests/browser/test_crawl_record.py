"""The crawl's record can fail: a page with every fault the every-page checks look for shows each of them."""
from __future__ import annotations

from pathlib import Path

import pytest
from crawl import crawl
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

FAULTY = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self'">
<title>Faults</title></head><body>
<form class="quiz"><p>A quiz whose script never loads.</p></form>
<img src="https://example.org/tracker.png" alt="">
<script>document.title = "inline ran";</script>
<script src="boom.js"></script>
<img src="missing.png" alt="">
</body></html>
"""


def test_the_crawl_records_every_fault(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "faulty.html").write_text(FAULTY, encoding="utf-8")
    (tmp_path / "boom.js").write_text('console.error("something broke"); throw new Error("boom");', encoding="utf-8")
    (tmp_path / "clean.html").write_text('<!doctype html><html lang="en"><title>Clean</title><p>Nothing here.</p></html>', encoding="utf-8")
    record = crawl(browser, tmp_path.as_uri(), ["clean.html", "faulty.html"], with_axe=False)
    faulty, clean = record["faulty.html"], record["clean.html"]
    assert faulty.foreign == ["https://example.org/tracker.png"]
    assert any("script-src" in line for line in faulty.csp)
    assert any("something broke" in line for line in faulty.console)
    assert any("boom" in line for line in faulty.page_errors)
    assert any(line.startswith(tmp_path.as_uri() + "/missing.png") for line in faulty.failed)
    assert faulty.components == ["quiz"] and faulty.started == []
    assert (clean.foreign, clean.csp, clean.console, clean.page_errors, clean.failed, clean.components) == ([], [], [], [], [], [])
