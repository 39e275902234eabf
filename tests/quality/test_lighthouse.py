"""Lighthouse scores of the main kinds of page, mobile preset, site/ served gzipped on 127.0.0.1.

Each page must score 100 in accessibility, best practices and SEO, as the median of three runs;
performance is printed but not enforced (see THRESHOLDS in lighthouse_scores.py). The slowest checks of the suite: skip them locally with
`-m "not lighthouse"`, and run them on a quiet machine (`make lighthouse` prints what costs points).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gzip_server import serve_gzipped
from lighthouse_scores import PAGES, THRESHOLDS, below_thresholds, lighthouse_scores

pytestmark = pytest.mark.lighthouse


@pytest.fixture(scope="module")
def gzip_root(site: Path) -> Iterator[str]:
    with serve_gzipped(site) as base:
        yield base


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_scores_meet_the_thresholds(site: Path, gzip_root: str, path: str, tmp_path: Path) -> None:
    if not (site / path).exists():
        pytest.skip(f"{path} is not part of this reading")
    scores, lost = lighthouse_scores(f"{gzip_root}/{path}", tmp_path)
    assert below_thresholds(scores) == {}, f"{path}: {scores}, thresholds {THRESHOLDS}; points lost to:\n" + "\n".join(lost)
