"""Every mistake a user can make in a reading's files ends in one line naming file:line and key."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guided_reading.builder.site_build import load_all, prepare
from guided_reading.core.errors import ReadingError
from support import EDITION, SEED, error_for, line_of, reading_with


def test_the_seed_loads_without_error() -> None:
    ctx = prepare(SEED)
    assert len(ctx.doc.paragraphs) == 9


def test_missing_edition_names_the_file(tmp_path: Path) -> None:
    error = error_for(reading_with(tmp_path))
    assert error.file.endswith("sample/edition.yml")
    assert "file not found" in error.message


def test_missing_source_names_the_file(tmp_path: Path) -> None:
    folder = reading_with(tmp_path, EDITION)
    (folder / "source.txt").unlink()
    error = error_for(folder)
    assert error.file.endswith("sample/source.txt") and "file not found" in error.message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    broken = EDITION.replace("  author: Maria Javed", "  author: [Maria Javed")
    error = error_for(reading_with(tmp_path, broken))
    assert error.key == "(syntax)"
    assert error.line is not None and error.line >= line_of(broken, "author: [Maria")


def test_unknown_key_names_line_and_key(tmp_path: Path) -> None:
    edition = EDITION.replace("  author: Maria Javed", "  author: Maria Javed\n  autor: typo")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("meta.autor", line_of(edition, "autor: typo"))
    assert "unknown key" in error.message


def test_wrong_type_names_line_key_and_expectation(tmp_path: Path) -> None:
    edition = EDITION.replace("  author: Maria Javed", "  author: 42")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("meta.author", line_of(edition, "author: 42"))
    assert "expected text" in error.message


def test_missing_required_key(tmp_path: Path) -> None:
    edition = EDITION.replace("  author: Maria Javed\n", "")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "meta.author" and "required" in error.message


def test_bad_status_value(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: final")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("status", line_of(edition, "status: final"))
    assert "'draft'" in error.message and "'published'" in error.message


def test_duplicate_id(tmp_path: Path) -> None:
    edition = EDITION.replace("  - id: why-no-country-can-act-alone", "  - id: a-hidden-global-business")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "themes[1].id" and "duplicate id" in error.message
    assert error.line == line_of(edition, "  - id: a-hidden-global-business\n    title: Why")


def test_repair_text_not_found(tmp_path: Path) -> None:
    edition = EDITION.replace("before: cooperation in", "before: cooperation on")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("repairs[1].before", line_of(edition, "before: cooperation on"))
    assert "not found" in error.message


def test_replace_repair_count_checked(tmp_path: Path) -> None:
    edition = EDITION.replace("find: '\\$ 150'", "find: '\\$ 250'")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "repairs[3].find" and "found 0" in error.message


def test_unknown_repair_kind(tmp_path: Path) -> None:
    edition = EDITION.replace("kind: replace", "kind: rewrite")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.startswith("repairs[3]") and "kind" in error.message


def test_theme_boundary_not_found(tmp_path: Path) -> None:
    edition = EDITION.replace("starts_at: Civil society is instrumental", "starts_at: Civil society is essential")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("themes[2].starts_at", line_of(edition, "starts_at: Civil society is essential"))


def test_theme_out_of_order(tmp_path: Path) -> None:
    edition = EDITION.replace("starts_at: Therefore for human trafficking to be fought well", "starts_at: Also, human traffic mafias")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "themes[3].starts_at" and "after the start of the previous theme" in error.message


def test_heading_not_found(tmp_path: Path) -> None:
    edition = EDITION.replace("    - The Global Scope and Impact of Human Trafficking", "    - The Global Scope")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "source.headings[0]"


def test_sic_word_not_found(tmp_path: Path) -> None:
    edition = EDITION.replace("word: sorterage", "word: sortilege")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "sic[0].word"


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"caf\xe9 au lait\n", "not UTF-8")],
)
def test_unreadable_sources(tmp_path: Path, data: bytes, expected: str) -> None:
    error = error_for(reading_with(tmp_path, EDITION, source=data))
    assert expected in error.message and error.file.endswith("source.txt")


def test_errors_print_as_file_line_key(tmp_path: Path) -> None:
    edition = EDITION.replace("  author: Maria Javed", "  author: 42")
    folder = reading_with(tmp_path, edition)
    with pytest.raises(ReadingError) as caught:
        load_all(folder.parent)
    assert re.fullmatch(r".+/edition\.yml:\d+: meta\.author: expected text, got int 42", str(caught.value))
