"""Every built page, opened once from 127.0.0.1, with axe in both palettes (switched in place) at both widths: the checks read the crawl's record
(tests/browser/crawl.py, crawl_checks.py)."""
from __future__ import annotations

from pathlib import Path

import crawl_checks as checks
import pytest
from crawl import PageRecord

pytestmark = pytest.mark.browser
ORIGIN = "http"


def test_every_page_passes_axe_in_both_palettes_at_both_widths(http_crawl: dict[str, PageRecord]) -> None:
    checks.every_page_passes_axe_in_both_palettes_at_both_widths(http_crawl)


def test_no_page_asks_another_host_for_anything(http_crawl: dict[str, PageRecord], site: Path) -> None:
    checks.no_page_asks_another_host_for_anything(http_crawl, site)


def test_no_page_breaks_the_content_security_policy(http_crawl: dict[str, PageRecord]) -> None:
    checks.no_page_breaks_the_content_security_policy(http_crawl)


def test_no_page_logs_an_error_or_throws(http_crawl: dict[str, PageRecord]) -> None:
    checks.no_page_logs_an_error_or_throws(http_crawl, ORIGIN)


def test_no_request_for_the_sites_own_files_fails(http_crawl: dict[str, PageRecord]) -> None:
    checks.no_request_for_the_sites_own_files_fails(http_crawl, ORIGIN)


def test_every_component_starts_on_every_page_that_has_it(http_crawl: dict[str, PageRecord]) -> None:
    checks.every_component_starts_on_every_page_that_has_it(http_crawl)
