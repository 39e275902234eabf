"""What the crawls' records must show (tests/browser/crawl.py): the every-page checks, asserted by
test_crawl_http.py and test_crawl_file.py, one test file per origin so that each origin's crawl runs once,
in one test process (`make test` runs with --dist loadfile)."""
from __future__ import annotations

from pathlib import Path

from crawl import COMPONENTS, WIDTHS, PageRecord

from axe_support import PALETTES


def _counted(origin: str, path: str) -> bool:
    """Opened from disk, 404.html has no style or script by design (its links are absolute, `/assets/...`,
    because a host serves it for any missing address): its failed requests and their messages do not count."""
    return not (origin == "file" and path == "404.html")


def every_page_passes_axe_in_both_palettes_at_both_widths(record: dict[str, PageRecord]) -> None:
    assert len(record) > 5 and "404.html" in record
    expected = {f"{scheme} {width}" for scheme in PALETTES.values() for width in WIDTHS}
    found = {}
    for path, page in record.items():
        assert set(page.axe) == expected, f"{path}: checked {sorted(page.axe)}"
        assert sorted(page.schemes) == sorted(PALETTES.values()), f"{path}: palettes seen {page.schemes}"
        found.update({f"{path} ({where})": lines for where, lines in page.axe.items() if lines})
    assert not found, "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)


def no_page_asks_another_host_for_anything(record: dict[str, PageRecord], site: Path) -> None:
    assert sorted(record) == sorted(html.relative_to(site).as_posix() for html in site.rglob("*.html"))
    assert {path: page.foreign for path, page in record.items() if page.foreign} == {}


def no_page_breaks_the_content_security_policy(record: dict[str, PageRecord]) -> None:
    assert {path: page.csp for path, page in record.items() if page.csp} == {}


def no_page_logs_an_error_or_throws(record: dict[str, PageRecord], origin: str) -> None:
    assert {path: page.page_errors for path, page in record.items() if page.page_errors} == {}
    assert {path: page.console for path, page in record.items() if page.console and _counted(origin, path)} == {}


def no_request_for_the_sites_own_files_fails(record: dict[str, PageRecord], origin: str) -> None:
    assert {path: page.failed for path, page in record.items() if page.failed and _counted(origin, path)} == {}


def every_component_starts_on_every_page_that_has_it(record: dict[str, PageRecord]) -> None:
    missing = {path: sorted(set(page.components) - set(page.started)) for path, page in record.items() if set(page.components) - set(page.started)}
    assert missing == {}
    # "This needs JavaScript" notes are gone once their script ran.
    assert {path: page.needs_script for path, page in record.items() if page.needs_script} == {}
    # The crawl saw every component somewhere, so this is not true for want of components.
    assert {name for page in record.values() for name in page.components} == {*COMPONENTS, "gloss"}
