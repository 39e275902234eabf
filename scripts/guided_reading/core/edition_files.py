"""An edition in one file or several: edition.yml, and any other top-level key in a file named after it.

The rule (docs/authoring.md, "The edition's files"): `edition.yml` is the main file and holds `status`
and `meta`. Any other top-level key may instead live in `<key>.yml` in the same folder, whose only
top-level key is `<key>`: `glossary.yml` holds `glossary:`. A key written in two files, a `.yml` file
named after no key, or a `.yaml` file is an error, so that a misspelt file name is never ignored.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ReadingError, raise_all, shown_path
from .yaml_lines import LineMap, load_yaml

if TYPE_CHECKING:
    from pydantic import BaseModel

MAIN_NAME = "edition.yml"
# What a reading is and whether it is published: always in the main file, where the schema requires them.
MAIN_ONLY = ("status", "meta")
YAML_SUFFIXES = (".yml", ".yaml")


def split_keys(edition: type[BaseModel]) -> list[str]:
    """The keys of the edition's model (features/__init__.py `Edition`) that may live in a file of their own."""
    return [key for key in edition.model_fields if key not in MAIN_ONLY]


def part_files(folder: Path) -> list[Path]:
    """The YAML files of a reading's folder besides edition.yml, by name (hidden files, such as an editor's, left out)."""
    return sorted(
        p for p in folder.iterdir()
        if p.name != MAIN_NAME and not p.name.startswith(".") and p.suffix in YAML_SUFFIXES and not p.is_dir()
    )


def edition_files(folder: Path) -> list[Path]:
    """edition.yml, then the files split off it."""
    return [folder / MAIN_NAME, *part_files(folder)]


def _where(lines: LineMap, key: str) -> str:
    file = lines.file_of((key,))
    line = lines.line_of((key,))
    return f"{shown_path(file) if file else MAIN_NAME}:{line}" if line else shown_path(file or MAIN_NAME)


def _name_problem(path: Path, keys: list[str]) -> str | None:
    """Why a file may not be part of the edition, or None when its name is one of `keys`."""
    stem = path.stem
    if path.suffix != ".yml":
        wanted = f"{stem}.yml" if stem in keys else "a name ending in .yml"
        return f"the edition's files end in .yml; rename it to {wanted}"
    if stem in MAIN_ONLY:
        return f"`{stem}:` stays in {MAIN_NAME}; move it back there and delete this file"
    if stem in keys:
        return None
    close = difflib.get_close_matches(stem, keys, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}.yml?" if close else "expected one of " + ", ".join(f"{k}.yml" for k in sorted(keys))
    return f"not a part of the edition: a file beside {MAIN_NAME} is named after the one key it holds; {hint}"


def _load_part(path: Path, key: str, data: dict[str, Any], lines: LineMap) -> list[ReadingError]:
    """Add the key that `path` holds to the edition's data and lines; the problems of the file, if any."""
    try:
        part, part_lines = load_yaml(path)
    except ReadingError as error:
        return [error]
    if not isinstance(part, dict) or key not in part:
        return [ReadingError(path, f"expected `{key}:` as the file's only top-level key", line=part_lines.line_of(()) if part else None)]
    problems = [
        ReadingError(path, f"this file holds `{key}:` only; move `{other}:` to {MAIN_NAME} or to {other}.yml", line=part_lines.line_of((other,)), key=other)
        for other in part if other != key
    ]
    if key in data:
        problems.append(ReadingError(
            path, f"`{key}:` is also written in {_where(lines, key)}; keep it in one file", line=part_lines.line_of((key,)), key=key
        ))
        return problems
    data[key] = part[key]
    lines.take(key, part_lines)
    return problems


def load_edition_data(folder: Path, edition: type[BaseModel]) -> tuple[Any, LineMap]:
    """The edition's data from all its files, and where each key of the model `edition` was written (file and line)."""
    data, lines = load_yaml(folder / MAIN_NAME)
    parts = part_files(folder)
    if not parts:
        return data, lines
    if not isinstance(data, dict):
        return data, lines  # the schema reports that edition.yml is not a block of keys
    keys = split_keys(edition)
    problems: list[ReadingError] = []
    for path in parts:
        if path.is_symlink():
            problems.append(ReadingError(path, "is a symbolic link; keep the edition's files in the reading's folder"))
            continue
        wrong_name = _name_problem(path, keys)
        if wrong_name:
            problems.append(ReadingError(path, wrong_name))
            continue
        problems.extend(_load_part(path, path.stem, data, lines))
    raise_all(problems)
    return data, lines
