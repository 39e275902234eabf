"""An edition split into several files: edition.yml and `<key>.yml` files; every error names the file it is in."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guided_reading.builder.generation_cache import reading_key
from guided_reading.builder.site_build import load_all
from guided_reading.core.edition_files import edition_files, split_keys
from guided_reading.core.edition_schema import part_schema_comment
from guided_reading.core.errors import ReadingError
from guided_reading.features import Edition, load_reading
from support import EDITION, SEED, copy_project, error_for, line_of, problems_for, reading_with
from support import run_cli_here as run_cli


def split_off(text: str, key: str) -> tuple[str, str]:
    """`text` without its top-level `key:` block, and that block with the comments just above it."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "\n")), len(lines))
    while end > start and lines[end - 1].startswith("#"):  # comments just above the next key belong to it
        end -= 1
    while start > 0 and lines[start - 1].startswith("#") and not lines[start - 1].startswith("# yaml-language-server"):
        start -= 1
    block = "".join(lines[start:end]).rstrip("\n") + "\n"
    while end < len(lines) and lines[end] == "\n":
        end += 1
    return "".join(lines[:start] + lines[end:]), block


def split_reading(tmp_path: Path, text: str, keys: tuple[str, ...], source: bytes | None = None) -> Path:
    """A reading whose edition `text` is written as edition.yml plus one file for each of `keys`."""
    parts = {}
    for key in keys:
        text, parts[key] = split_off(text, key)
    folder = reading_with(tmp_path, text, source=source)
    for key, block in parts.items():
        (folder / f"{key}.yml").write_text(f"{part_schema_comment(key)}\n{block}", encoding="utf-8")
    return folder


KEYS = ("glossary", "figures", "quizzes", "sources", "teacher")


def test_a_split_edition_loads_as_the_same_edition_as_one_file(tmp_path: Path) -> None:
    single = load_reading(reading_with(tmp_path / "one", EDITION))
    split = load_reading(split_reading(tmp_path / "split", EDITION, KEYS))
    assert split.edition == single.edition
    assert [p.name for p in edition_files(split.folder)] == ["edition.yml", "figures.yml", "glossary.yml", "quizzes.yml", "sources.yml", "teacher.yml"]


def test_a_schema_error_in_glossary_yml_names_that_file_and_line(tmp_path: Path) -> None:
    edition = EDITION.replace("    term: mafia\n", "    term: mafia\n    termm: a misspelt key\n", 1)
    folder = split_reading(tmp_path, edition, KEYS)
    glossary = (folder / "glossary.yml").read_text(encoding="utf-8")
    error = error_for(folder)
    assert error.file.endswith("sample/glossary.yml")
    assert error.key is not None and re.fullmatch(r"glossary\[\d+\]\.termm", error.key)
    assert error.line == line_of(glossary, "termm: a misspelt key") and "unknown key" in error.message


def test_a_feature_error_in_glossary_yml_names_that_file_and_line(tmp_path: Path) -> None:
    """The glossary's own check (a term the op-ed does not use) goes through `reading.error`, which knows the file."""
    edition = EDITION.replace("    term: mafia\n    forms: [mafias]\n", "    term: cartel\n    forms: [cartels]\n", 1)
    folder = split_reading(tmp_path, edition, KEYS)
    glossary = (folder / "glossary.yml").read_text(encoding="utf-8")
    error = next(p for p in problems_for(folder) if "none of its forms" in p.message)
    assert error.file.endswith("sample/glossary.yml")
    assert error.line == line_of(glossary, "term: cartel") and error.key is not None and error.key.endswith("].term")


def test_errors_in_several_files_are_reported_together_each_in_its_file(tmp_path: Path) -> None:
    edition = EDITION.replace("  author: Maria Javed", "  author: 42", 1).replace("    term: mafia\n", "    term: mafia\n    termm: x\n", 1)
    edition = edition.replace("    skill: ", "    skill: guessing\n    old_skill: ", 1)
    folder = split_reading(tmp_path, edition, KEYS)
    with pytest.raises(ReadingError) as caught:
        load_all(folder.parent)
    lines = str(caught.value).splitlines()
    assert [re.sub(r":\d+:.*", "", line).rsplit("/", 1)[1] for line in lines] == ["edition.yml", "glossary.yml", "quizzes.yml", "quizzes.yml"]
    quizzes = (folder / "quizzes.yml").read_text(encoding="utf-8")
    assert any(f"/quizzes.yml:{line_of(quizzes, 'skill: guessing')}: quizzes." in line for line in lines)
    assert re.search(r"/edition\.yml:\d+: meta\.author: expected text", lines[0])


def test_a_key_written_in_two_files_names_both(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    _, glossary_block = split_off(EDITION, "glossary")
    main = (folder / "edition.yml").read_text(encoding="utf-8")
    (folder / "edition.yml").write_text(main + "\n" + glossary_block, encoding="utf-8")
    main = (folder / "edition.yml").read_text(encoding="utf-8")
    error = error_for(folder)
    assert error.file.endswith("sample/glossary.yml") and error.line == 2 and error.key == "glossary"
    second = line_of(main, "\nglossary:") + 1
    assert re.search(rf"also written in .*sample/edition\.yml:{second}; keep it in one file", error.message)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("glosary.yml", "did you mean glossary.yml?"),
        ("quiz.yml", "did you mean quizzes.yml?"),
        ("notes.yml", "expected one of content_note.yml, discussion.yml, figures.yml"),
        ("glossary.yaml", "rename it to glossary.yml"),
        ("meta.yml", "`meta:` stays in edition.yml"),
        ("status.yml", "`status:` stays in edition.yml"),
    ],
)
def test_a_file_named_after_no_key_is_an_error_never_ignored(tmp_path: Path, name: str, expected: str) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    (folder / name).write_text("anything: 1\n", encoding="utf-8")
    error = error_for(folder)
    assert error.file.endswith(f"sample/{name}") and expected in error.message


def test_a_split_file_holds_only_its_own_key(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    text = (folder / "glossary.yml").read_text(encoding="utf-8")
    (folder / "glossary.yml").write_text(text + "todo:\n  - write more\n", encoding="utf-8")
    error = error_for(folder)
    assert (error.key, error.line) == ("todo", line_of(text + "todo:", "todo:"))
    assert "holds `glossary:` only; move `todo:` to edition.yml or to todo.yml" in error.message


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- a list\n", "glossry:\n  - id: x\n"])
def test_a_split_file_without_its_key_is_an_error(tmp_path: Path, text: str) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    (folder / "glossary.yml").write_text(text, encoding="utf-8")
    error = error_for(folder)
    assert error.file.endswith("sample/glossary.yml") and "expected `glossary:` as the file's only top-level key" in error.message


def test_a_yaml_syntax_error_in_a_split_file_names_it(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    text = (folder / "glossary.yml").read_text(encoding="utf-8").replace("    term: mafia\n", "    term: [mafia\n", 1)
    (folder / "glossary.yml").write_text(text, encoding="utf-8")
    error = error_for(folder)
    assert error.file.endswith("sample/glossary.yml") and error.key == "(syntax)" and error.line == line_of(text, "term: [mafia")


def test_a_split_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    (tmp_path / "elsewhere.yml").write_bytes((folder / "glossary.yml").read_bytes())
    (folder / "glossary.yml").unlink()
    (folder / "glossary.yml").symlink_to(tmp_path / "elsewhere.yml")
    assert "symbolic link" in error_for(folder).message


def test_other_files_of_the_folder_are_not_part_of_the_edition(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    (folder / "notes.txt").write_text("not YAML", encoding="utf-8")
    (folder / ".glossary.yml.swp").write_bytes(b"\x00editor swap file")
    assert load_reading(folder).edition == load_reading(reading_with(tmp_path / "one", EDITION)).edition


def test_every_key_but_status_and_meta_may_be_split_off() -> None:
    assert "status" not in split_keys(Edition) and "meta" not in split_keys(Edition)
    assert {"glossary", "figures", "quizzes", "sources", "teacher", "writing", "plain_versions"} <= set(split_keys(Edition))


def test_the_generation_cache_sees_a_change_to_a_split_file(tmp_path: Path) -> None:
    folder = split_reading(tmp_path, EDITION, ("glossary",))
    before = reading_key("code", folder)
    glossary = folder / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("term: mafia", "term: Mafia", 1), encoding="utf-8")
    changed = reading_key("code", folder)
    assert changed != before
    (folder / "figures.yml").write_text("figures: []\n", encoding="utf-8")
    assert reading_key("code", folder) != changed


def test_the_seed_is_split_and_joins_back_into_the_single_file_edition(tmp_path: Path) -> None:
    names = [p.name for p in edition_files(SEED)]
    assert names[0] == "edition.yml" and {f"{key}.yml" for key in KEYS} <= set(names)
    assert EDITION == "\n".join(p.read_text(encoding="utf-8") for p in edition_files(SEED))
    assert load_reading(SEED).edition == load_reading(reading_with(tmp_path, EDITION)).edition


def test_make_check_on_the_split_seed_names_glossary_yml_and_the_line(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    glossary = root / "seeds" / "human-trafficking-networks" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8").replace("    term: mafia\n    forms: [mafias]\n", "    term: cartel\n    forms: [cartels]\n", 1)
    glossary.write_text(text, encoding="utf-8")
    result = run_cli(root, "check")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    where = f"error: seeds/human-trafficking-networks/glossary.yml:{line_of(text, 'term: cartel')}: glossary["
    assert any(line.startswith(where) and "none of its forms (cartel, cartels) occurs in the op-ed" in line for line in errors), result.stderr
