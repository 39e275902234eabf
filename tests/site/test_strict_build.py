"""MkDocs runs in the same process as the generator, and its --strict still fails the build on a warning."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import run_cli

pytestmark = pytest.mark.build


def test_a_broken_link_fails_the_build_and_keeps_site(built_copy: Path) -> None:
    root = built_copy
    before = (root / "site" / "help.html").read_bytes()
    with (root / "docs" / "help.md").open("a", encoding="utf-8") as help_page:
        help_page.write("\n[A page that is not there](missing.md)\n")
    result = run_cli(root, "build")
    assert result.returncode == 1
    assert "missing.md" in result.stderr and "strict" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert (root / "site" / "help.html").read_bytes() == before
    assert not list(root.glob(".site.*"))


def test_an_unchanged_build_skips_generation_and_a_deleted_page_comes_back(built_copy: Path) -> None:
    root = built_copy
    assert run_cli(root, "generate").stdout.strip() == "generate: 1 reading(s) already up to date"
    page = next((root / "docs").glob("*/full-text.md"))
    text = page.read_text(encoding="utf-8")
    page.unlink()
    assert run_cli(root, "generate").stdout.strip() == "generate: 1 reading(s) written"
    assert page.read_text(encoding="utf-8") == text
