"""Generated Markdown kept as golden files and reviewed as diffs.

Two readings: the seed, end to end (tests/golden/pages); and a small fixture reading
(tests/golden/fixture/seeds/sunday-library: two parts, a few entries of each feature, its edition split
into several files), whose warnings are kept too (tests/golden/fixture/pages). Both are kept one block per
line, so that a diff shows exactly which paragraph, question or choice changed; the view gives the page back
byte for byte (a line that continues in the page ends in ⏎), so the comparison is still of every byte.

The pages come from the production path: builder.generate writes them into the docs/ of a project
made for the test. Run `make test PYTEST_ARGS=--update-golden` (or `pytest tests/golden --update-golden`) after an
intended change, then read the diff before committing it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from support import SEED, generated_pages

GOLDEN = Path(__file__).parent / "pages"
FIXTURE = Path(__file__).parent / "fixture"
FIXTURE_SEEDS = FIXTURE / "seeds"

# Where a block of generated HTML starts: each one begins a line of the reviewable view.
BLOCK = re.compile(r"(?<!\n)(?=<(?:p|ul|ol|li|fieldset|legend|form|div|section|details|summary|h[1-6]|table|tr|blockquote|figure|aside|nav|script)[\s>])"
                   # each sentence of the op-ed
                   r"|(?<!\n)(?=<span class=\"sentence\")"
                   # and each item of the JSON a page gives its scripts: `}, {` or `], [` in a list, `}, "id": {` in an object
                   r"|(?<=\}, )(?=[{\"])|(?<=\], )(?=\[)")
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


def test_generated_pages_match_golden_files(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    pages, _ = generated_pages({SEED.name: SEED}, tmp_path)
    for text in pages.values():
        assert JOINED not in text and page_text(one_block_per_line(text)) == text, "the view must give the page back"
    compare_with_golden(request, pages, GOLDEN, one_block_per_line)


def test_the_fixture_readings_pages_match_their_golden_files_one_block_per_line(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    pages, generated_warnings = generated_pages({folder.name: folder for folder in sorted(FIXTURE_SEEDS.iterdir())}, tmp_path)
    for text in pages.values():
        assert JOINED not in text and page_text(one_block_per_line(text)) == text, "the view must give the page back"
    compare_with_golden(request, pages, FIXTURE / "pages", one_block_per_line)
    # What the build says about the fixture (a draft), with paths from the project's folder.
    root = Path(__file__).resolve().parents[2]
    fixture = FIXTURE.relative_to(root).as_posix() + "/"  # the readings were generated in tmp_path, from FIXTURE's
    warnings = "".join(f"{w.replace(str(tmp_path) + '/', fixture)}\n" for w in generated_warnings)
    golden_warnings = FIXTURE / "warnings.txt"
    if request.config.getoption("--update-golden"):
        golden_warnings.write_text(warnings, encoding="utf-8")
    assert warnings == golden_warnings.read_text(encoding="utf-8"), "the fixture's warnings changed: rerun with --update-golden and review"
