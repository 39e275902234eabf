"""Lighthouse scores of the main kinds of page, mobile preset, site/ served gzipped on 127.0.0.1.

- The site as built: accessibility, best practices and SEO at 100 on each page. They are properties of
  the page, not of how fast the machine is at the moment, so one run decides them.
- The site without Material's bundle (a theme file; see lighthouse_scores.py): performance at least
  OWN_THRESHOLDS (98: it is 100 on a quiet machine) on each page, the median of three runs, so that one
  slow run on a busy machine does not decide. The runs stop once the median is decided. Each run gathers
  and audits only the five metrics the score is made of (PERFORMANCE_METRICS).
- The check can fail: a page of the site's own that keeps the main thread busy scores below 100.

The slowest checks of the suite: skip them locally with `-m "not lighthouse"`. `make test` runs them
after the rest, on their own, because other tests running at the same time would slow the simulated phone.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gzip_server import serve_gzipped
from lighthouse_scores import (
    OWN_THRESHOLDS,
    PAGES,
    PERFORMANCE_METRICS,
    THRESHOLDS,
    below_thresholds,
    lighthouse_scores,
    served_without_theme_bundle,
    without_theme_bundle,
)

pytestmark = pytest.mark.lighthouse

PROPERTIES = tuple(THRESHOLDS)


@pytest.fixture(scope="module")
def gzip_root(site: Path) -> Iterator[str]:
    with serve_gzipped(site) as base:
        yield base


@pytest.fixture(scope="module")
def bare_root(site: Path) -> Iterator[str]:
    with served_without_theme_bundle(site) as base:
        yield base


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_accessibility_best_practices_and_seo_are_100(site: Path, gzip_root: str, path: str, tmp_path: Path) -> None:
    if not (site / path).exists():
        pytest.skip(f"{path} is not part of this reading")
    scores, lost = lighthouse_scores(f"{gzip_root}/{path}", tmp_path, runs=1, categories=PROPERTIES)
    assert below_thresholds(scores) == {}, f"{path}: {scores}, thresholds {THRESHOLDS}; points lost to:\n" + "\n".join(lost)


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_the_sites_own_share_of_performance_holds(site: Path, bare_root: str, path: str, tmp_path: Path) -> None:
    if not (site / path).exists():
        pytest.skip(f"{path} is not part of this reading")
    scores, lost = lighthouse_scores(f"{bare_root}/{path}", tmp_path, categories=PERFORMANCE_METRICS, thresholds=OWN_THRESHOLDS)
    assert below_thresholds(scores, OWN_THRESHOLDS) == {}, (
        f"{path} without the theme's bundle: {scores}; points lost to:\n" + "\n".join(lost)
    )


def test_a_busy_page_of_our_own_loses_performance(site: Path, tmp_path: Path) -> None:
    """Half a second of the page's own script on the main thread is caught, with the bundle gone as in the gate."""
    bare = without_theme_bundle(site, tmp_path / "site")
    (bare / "assets" / "busy.js").write_text("const end = Date.now() + 500; while (Date.now() < end) {}\n", encoding="utf-8")
    page = bare / PAGES["home"]
    page.write_text(page.read_text(encoding="utf-8").replace("</head>", '<script src="assets/busy.js"></script></head>', 1), encoding="utf-8")
    with serve_gzipped(bare) as base:
        scores, _ = lighthouse_scores(f"{base}/{PAGES['home']}", tmp_path / "runs", runs=1, categories=PERFORMANCE_METRICS)
    assert scores["performance"] < OWN_THRESHOLDS["performance"]
