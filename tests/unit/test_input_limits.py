"""Inputs the tools refuse, each with one line before anything is written, leaving seeds/ and site/ as they were."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from guided_reading.core.errors import ReadingError
from guided_reading.core.load import MAX_SOURCE_BYTES
from guided_reading.core.yaml_lines import load_yaml
from support import EDITION, SEED, copy_project, error_for, reading_with
from support import run_cli_here as run_cli


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with a fake previous site/, which no refused input may touch."""
    root = copy_project(tmp_path_factory.mktemp("limits"))
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("previous build\n", encoding="utf-8")
    return root


def refused(project: Path, *args: str) -> str:
    before = sorted(p.relative_to(project).as_posix() for p in (project / "seeds").rglob("*"))
    result = run_cli(project, *args)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert sorted(p.relative_to(project).as_posix() for p in (project / "seeds").rglob("*")) == before
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "previous build\n"
    return lines[0]


def test_a_source_over_the_size_limit_is_refused(project: Path, tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_text(("A sentence of an op-ed that goes on. " * 20 + "\n\n") * (MAX_SOURCE_BYTES // 700 + 10), encoding="utf-8")
    line = refused(project, "new", str(big), "--slug", "huge")
    assert "huge.txt" in line and "at most 256 KB" in line


def test_a_folder_as_source_is_refused(project: Path, tmp_path: Path) -> None:
    line = refused(project, "new", str(tmp_path), "--slug", "folder")
    assert "is a folder" in line


@pytest.mark.parametrize("slug", ["assets", "help", "authoring", "search"])
def test_a_slug_the_build_would_refuse_is_refused_by_new(project: Path, slug: str) -> None:
    line = refused(project, "new", str(SEED / "source.txt"), "--slug", slug)
    assert f"SLUG {slug!r} is taken" in line


def test_a_symlinked_source_is_refused(project: Path) -> None:
    folder = project / "seeds" / "linked"
    folder.mkdir()
    (folder / "edition.yml").write_text(EDITION, encoding="utf-8")
    os.symlink(SEED / "source.txt", folder / "source.txt")
    try:
        line = refused(project, "build")
        assert "seeds/linked/source.txt" in line and "symbolic link" in line
        assert not line.split()[1].startswith("/"), "paths in messages are relative to the project"
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def test_a_source_that_is_a_folder_inside_a_reading_is_refused(tmp_path: Path) -> None:
    folder = reading_with(tmp_path, EDITION)
    (folder / "source.txt").unlink()
    (folder / "source.txt").mkdir()
    assert "is a folder" in error_for(folder).message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("meta:\n  title abc\n  author: x\n", 2),  # a key without its colon
        ('meta:\n  title: "abc\n  author: x\n', 2),  # an unclosed quote
        ("meta:\n  title: abc\n   author: x\n", 3),  # a line indented too far
        ("meta:\n  title: [abc\n  author: x\n", 2),  # an unclosed list
    ],
)
def test_a_yaml_syntax_error_names_the_line_of_the_mistake(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "edition.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadingError) as caught:
        load_yaml(path)
    assert caught.value.line == line, str(caught.value)
