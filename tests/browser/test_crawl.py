"""The every-page checks, read from one crawl per origin (tests/browser/crawl.py): each built page is opened
once from 127.0.0.1 and once from disk, and everything below is what those two visits recorded.

axe runs on the 127.0.0.1 visit, in both palettes at both widths: its findings do not depend on the origin,
and 404.html, whose links are absolute (`/assets/...`) because a host serves it for any missing address,
only shows what a reader sees when served. Opened from disk, 404.html has no style or script by design, so
its failed requests and their console messages are not counted there.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from crawl import COMPONENTS, WIDTHS, PageRecord

from axe_support import PALETTES

pytestmark = pytest.mark.browser

# Each origin's tests run in one test process, beside its one crawl (`make test` runs with --dist loadgroup).
ORIGINS = [pytest.param(origin, marks=pytest.mark.xdist_group(f"crawl-{origin}"), id=origin) for origin in ("http", "file")]
HTTP_ONLY = pytest.mark.xdist_group("crawl-http")


def record_of(request: pytest.FixtureRequest, origin: str) -> dict[str, PageRecord]:
    return request.getfixturevalue(f"{origin}_crawl")


def _counted(origin: str, path: str) -> bool:
    return not (origin == "file" and path == "404.html")


@HTTP_ONLY
def test_every_page_passes_axe_in_both_palettes_at_both_widths(http_crawl: dict[str, PageRecord]) -> None:
    assert len(http_crawl) > 5 and "404.html" in http_crawl
    expected = {f"{scheme} {width}" for scheme in PALETTES.values() for width in WIDTHS}
    found = {}
    for path, record in http_crawl.items():
        assert set(record.axe) == expected, f"{path}: checked {sorted(record.axe)}"
        assert sorted(record.schemes) == sorted(PALETTES.values()), f"{path}: palettes seen {record.schemes}"
        found.update({f"{path} ({where})": lines for where, lines in record.axe.items() if lines})
    assert not found, "\n".join(f"{where}: {line}" for where, lines in found.items() for line in lines)


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_page_asks_another_host_for_anything(request: pytest.FixtureRequest, origin: str, site: Path) -> None:
    record = record_of(request, origin)
    assert sorted(record) == sorted(html.relative_to(site).as_posix() for html in site.rglob("*.html"))
    assert {path: r.foreign for path, r in record.items() if r.foreign} == {}


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_page_breaks_the_content_security_policy(request: pytest.FixtureRequest, origin: str) -> None:
    assert {path: r.csp for path, r in record_of(request, origin).items() if r.csp} == {}


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_page_logs_an_error_or_throws(request: pytest.FixtureRequest, origin: str) -> None:
    record = record_of(request, origin)
    assert {path: r.page_errors for path, r in record.items() if r.page_errors} == {}
    assert {path: r.console for path, r in record.items() if r.console and _counted(origin, path)} == {}


@pytest.mark.parametrize("origin", ORIGINS)
def test_no_request_for_the_sites_own_files_fails(request: pytest.FixtureRequest, origin: str) -> None:
    record = record_of(request, origin)
    assert {path: r.failed for path, r in record.items() if r.failed and _counted(origin, path)} == {}


@pytest.mark.parametrize("origin", ORIGINS)
def test_every_component_starts_on_every_page_that_has_it(request: pytest.FixtureRequest, origin: str) -> None:
    record = record_of(request, origin)
    not_started = {path: sorted(set(r.components) - set(r.started)) for path, r in record.items() if set(r.components) - set(r.started)}
    assert not_started == {}
    # "This needs JavaScript" notes are gone once their script ran.
    assert {path: r.needs_script for path, r in record.items() if r.needs_script} == {}
    # The crawl saw every component somewhere, so this is not true for want of components.
    assert {name for r in record.values() for name in r.components} == {*COMPONENTS, "gloss"}
