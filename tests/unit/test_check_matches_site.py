"""`make check` makes every check `make site` makes before MkDocs: a reading that would stop the build
stops `check` with the same one-line error, and a reading `check` accepts generates."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import EDITION, SEED, run_cli_here


def _project(tmp_path: Path, edition: str, slug: str = "sample") -> Path:
    folder = tmp_path / "seeds" / slug
    folder.mkdir(parents=True)
    shutil.copy(SEED / "source.txt", folder / "source.txt")
    (folder / "edition.yml").write_text(edition, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    return tmp_path


def test_a_draft_with_no_byline_checks_and_generates_alike(tmp_path: Path) -> None:
    draft = "\n".join(line for line in EDITION.splitlines() if not line.startswith("  author:"))
    draft = draft.replace("status: published", "status: draft", 1)
    root = _project(tmp_path, draft)
    check, generate = run_cli_here(root, "check"), run_cli_here(root, "generate")
    assert (check.returncode, generate.returncode) == (0, 0), check.stderr + generate.stderr
    assert check.stderr == generate.stderr  # the same warnings
    about = (root / "docs" / "sample" / "about.md").read_text(encoding="utf-8")
    assert "still to be identified (draft)" in about
    [citation] = [line for line in about.splitlines() if line.startswith('<p class="citation"')]
    assert citation.startswith('<p class="citation" markdown>*') and "None" not in citation  # the title leads


@pytest.mark.parametrize("name", ["my reading", "Trafficking", "a" * 100, "two--hyphens"])
def test_every_seeds_folder_follows_the_slug_rule(tmp_path: Path, name: str) -> None:
    root = _project(tmp_path, EDITION, slug=name)
    for command in ("check", "generate", "build"):
        result = run_cli_here(root, command)
        assert result.returncode == 1, command
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"error: seeds/{name[:40]}") and "slug" in line and "rename the folder" in line
    assert not (root / "docs" / name[:80]).exists()


def test_a_300_character_slug_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    (tmp_path / "op-ed.txt").write_bytes((SEED / "source.txt").read_bytes())
    result = run_cli_here(tmp_path, "new", "op-ed.txt", "--slug", "a" * 300)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert "SLUG: a slug may be at most 80 characters" in line and "Traceback" not in result.stderr
    assert not (tmp_path / "seeds").exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_source_is_told_to_save_as_utf8(tmp_path: Path, encoding: str) -> None:
    root = _project(tmp_path, EDITION)
    source = root / "seeds" / "sample" / "source.txt"
    source.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    for command in ("check", "generate"):
        result = run_cli_here(root, command)
        [line] = result.stderr.strip().splitlines()
        assert result.returncode == 1 and "source.txt" in line and "UTF-16" in line and "save the op-ed as UTF-8" in line
    (tmp_path / "op-ed.txt").write_bytes(source.read_bytes())
    result = run_cli_here(tmp_path, "new", "op-ed.txt", "--slug", "other")
    assert result.returncode == 1 and "UTF-16" in result.stderr and "binary" not in result.stderr


def test_a_utf16_edition_is_told_to_save_as_utf8(tmp_path: Path) -> None:
    root = _project(tmp_path, EDITION)
    (root / "seeds" / "sample" / "edition.yml").write_bytes(EDITION.encode("utf-16"))
    result = run_cli_here(root, "check")
    [line] = result.stderr.strip().splitlines()
    assert result.returncode == 1 and "edition.yml" in line and "UTF-16" in line and "save it as UTF-8" in line


def test_check_refuses_a_reading_that_a_hand_written_docs_folder_hides(tmp_path: Path) -> None:
    root = _project(tmp_path, EDITION)
    (root / "docs" / "sample").mkdir()
    (root / "docs" / "sample" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    for command in ("check", "generate"):
        result = run_cli_here(root, command)
        assert result.returncode == 1 and "hand-written folder of docs/" in result.stderr, command
