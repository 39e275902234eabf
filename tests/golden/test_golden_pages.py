"""The generated Markdown of the seed reading, kept as golden files and reviewed as diffs.

Run `make test PYTEST_ARGS=--update-golden` (or `pytest tests/golden --update-golden`) after an
intended change, then read the diff before committing it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from guided_reading.build.site_build import load_all
from guided_reading.site.site_pages import site_pages
from support import SEED

GOLDEN = Path(__file__).parent / "pages"


def generated() -> dict[str, str]:
    return {page.path: page.markdown for page in site_pages(load_all(SEED.parent))}


def test_generated_pages_match_golden_files(request: pytest.FixtureRequest) -> None:
    pages = generated()
    if request.config.getoption("--update-golden"):
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
    expected = {str(p.relative_to(GOLDEN)): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.md")}
    assert sorted(pages) == sorted(expected), "pages were added or removed: rerun with --update-golden and review"
    for path, text in pages.items():
        assert text == expected[path], f"{path} differs from its golden file: rerun with --update-golden and review the diff"
