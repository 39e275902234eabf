"""Generated Markdown kept as golden files and reviewed as diffs.

Two readings: the seed, end to end, byte for byte (tests/golden/pages); and a small fixture reading
(tests/golden/fixture/seeds/sunday-library: two parts, a few entries of each feature, its edition split
into several files), whose pages are kept one block per line (tests/golden/fixture/pages), so that a
diff shows exactly which paragraph, question or choice changed, and whose warnings are kept too.

Run `make test PYTEST_ARGS=--update-golden` (or `pytest tests/golden --update-golden`) after an
intended change, then read the diff before committing it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from guided_reading.builder.site_build import load_all
from guided_reading.pages.site_pages import site_pages
from support import SEED

GOLDEN = Path(__file__).parent / "pages"
FIXTURE = Path(__file__).parent / "fixture"
FIXTURE_SEEDS = FIXTURE / "seeds"

# Where a block of generated HTML starts: each one begins a line of the reviewable view.
BLOCK = re.compile(r"(?<!\n)(?=<(?:p|ul|ol|li|fieldset|legend|form|div|section|details|summary|h[1-6]|table|tr|blockquote|figure|aside|nav|script)[\s>])"
                   # and each item of the JSON a page gives its scripts: `}, {` in a list, `}, "id": {` in an object
                   r"|(?<=\}, )(?=[{\"])")
JOINED = "⏎"  # ends a line of the view that is one line in the page


def one_block_per_line(markdown: str) -> str:
    """The page with each HTML block on a line of its own; a line that continues in the page ends in ⏎."""
    return BLOCK.sub(JOINED + "\n", markdown)


def page_text(view: str) -> str:
    """The page back from its reviewable view."""
    return view.replace(JOINED + "\n", "")


def compare_with_golden(request: pytest.FixtureRequest, pages: dict[str, str], golden: Path, view: Callable[[str], str] = str) -> None:
    """Each page, seen through `view`, equals its golden file; `--update-golden` rewrites them first."""
    if request.config.getoption("--update-golden"):
        for old in golden.rglob("*.md"):
            old.unlink()
        for path, text in pages.items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_text(view(text), encoding="utf-8")
    expected = {str(p.relative_to(golden)): p.read_text(encoding="utf-8") for p in golden.rglob("*.md")}
    assert sorted(pages) == sorted(expected), "pages were added or removed: rerun with --update-golden and review"
    for path, text in pages.items():
        assert view(text) == expected[path], f"{path} differs from its golden file: rerun with --update-golden and review the diff"


def generated() -> dict[str, str]:
    return {page.path: page.markdown for page in site_pages(load_all(SEED.parent)) if page.data is None}


def test_generated_pages_match_golden_files(request: pytest.FixtureRequest) -> None:
    compare_with_golden(request, generated(), GOLDEN)


def test_the_fixture_readings_pages_match_their_golden_files_one_block_per_line(request: pytest.FixtureRequest) -> None:
    contexts = load_all(FIXTURE_SEEDS)
    pages = {page.path: page.markdown for page in site_pages(contexts) if page.data is None}
    for text in pages.values():
        assert JOINED not in text and page_text(one_block_per_line(text)) == text, "the view must give the page back"
    compare_with_golden(request, pages, FIXTURE / "pages", one_block_per_line)
    # What the build says about the fixture (a draft), with paths from the project's folder.
    root = Path(__file__).resolve().parents[2]
    warnings = "".join(f"{w.replace(str(root) + '/', '')}\n" for ctx in contexts for w in ctx.warnings)
    golden_warnings = FIXTURE / "warnings.txt"
    if request.config.getoption("--update-golden"):
        golden_warnings.write_text(warnings, encoding="utf-8")
    assert warnings == golden_warnings.read_text(encoding="utf-8"), "the fixture's warnings changed: rerun with --update-golden and review"
