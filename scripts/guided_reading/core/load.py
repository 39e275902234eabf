"""Read a reading's op-ed and its edition (one file or several, see edition_files.py) and validate the edition
against the edition's model (made from the registry: features/__init__.py `Edition`, which loads with it)."""
from __future__ import annotations

import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .edition_files import MAIN_NAME, load_edition_data
from .errors import ReadingError, raise_all
from .schema import EditionCore
from .yaml_lines import LineMap, key_path, looks_like_utf16

SOURCE_NAME = "source.txt"
EDITION_NAME = MAIN_NAME


@dataclass(frozen=True)
class Reading:
    slug: str
    folder: Path
    source: str
    edition: EditionCore  # an instance of the whole edition's model, with every feature's keys
    lines: LineMap

    @property
    def source_path(self) -> Path:
        return self.folder / SOURCE_NAME

    @property
    def edition_path(self) -> Path:
        return self.folder / EDITION_NAME

    def error(self, key: tuple[Any, ...], message: str) -> ReadingError:
        """An error about one key of the edition, located at its line in the file that holds it."""
        return located(self.lines, self.edition_path, key, message)


def located(lines: LineMap, main: Path, key: tuple[Any, ...], message: str) -> ReadingError:
    """An error at `key`: in the file the key was written in (edition.yml or a file split off it), at its line."""
    return ReadingError(lines.file_of(key) or main, message, line=lines.line_of(key), key=key_path(key))


# An op-ed is a few thousand words (the seed: 952 words, 6 KB). 256 KB holds about 40,000 words of
# English, four times a long magazine essay; anything larger is not one reading, and would make a draft
# with thousands of warnings and a build that takes minutes.
MAX_SOURCE_BYTES = 256 * 1024


def read_source(path: Path) -> str:
    if path.is_dir():
        raise ReadingError(path, "is a folder; expected the op-ed as a UTF-8 text file")
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            limit = f"{MAX_SOURCE_BYTES // 1024} KB (about 40,000 words)"
            raise ReadingError(path, f"is {size / 1024 / 1024:.1f} MB; a reading's text may be at most {limit}: split it into several readings")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadingError(path, "file not found; every reading needs source.txt and edition.yml") from None
    except PermissionError:
        raise ReadingError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise ReadingError(path, f"cannot be read ({exc.strerror or exc})") from None
    if looks_like_utf16(data):
        raise ReadingError(path, "is UTF-16 text; save the op-ed as UTF-8 (in most editors: Save As, encoding UTF-8)")
    if b"\x00" in data:
        raise ReadingError(path, "looks like a binary file; expected the op-ed as UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadingError(path, f"not UTF-8 text (byte {exc.start}); save the op-ed as UTF-8", line=line) from None
    if not text.strip():
        raise ReadingError(path, "the file is empty; expected the op-ed's text")
    return text


def _describe(error: ErrorDetails) -> str:
    kind = error["type"]
    got = error.get("input")
    if kind == "extra_forbidden":
        return "unknown key; check its spelling against the authoring guide"
    if kind == "missing":
        return "required key is missing"
    if kind == "string_type":
        return f"expected text, got {type(got).__name__} {got!r}"
    if kind in ("list_type", "dict_type", "model_type"):
        wanted = "a list" if kind == "list_type" else "a block of keys"
        return f"expected {wanted}, got {type(got).__name__}"
    if kind == "literal_error":
        return f"expected {error['ctx']['expected']}, got {got!r}"
    if kind == "string_pattern_mismatch":
        return f"expected an id or address of the form {error['ctx']['pattern']}, got {got!r}"
    if kind == "value_error":  # a check of our own, such as the escaping policy's
        return str(error["ctx"]["error"])
    if kind == "union_tag_invalid":
        return f"expected kind {error['ctx']['expected_tags']}, got {got!r}"
    return f"{error['msg']}, got {got!r}"


def _loc(error: ErrorDetails) -> tuple[Any, ...]:
    # Pydantic adds the union tag ("join") to the location of items in a tagged list: drop it.
    return tuple(part for part in error["loc"] if not (isinstance(part, str) and part in ("join", "replace")))


def id_lists(model: type[BaseModel]) -> list[str]:
    """The keys of the edition that hold a list of entries with an `id`, which must be unique within the list."""
    found = []
    for key, info in model.model_fields.items():
        if typing.get_origin(info.annotation) is list:
            (item,) = typing.get_args(info.annotation)
            while typing.get_origin(item) is typing.Annotated:
                item = typing.get_args(item)[0]
            kinds = typing.get_args(item) or (item,)
            if all(isinstance(k, type) and issubclass(k, BaseModel) and "id" in k.model_fields for k in kinds):
                found.append(key)
    return found


def validate_edition(data: Any, lines: LineMap, path: Path, model: type[EditionCore]) -> EditionCore:
    try:
        edition = model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = _loc(error)
            problems.append(located(lines, path, loc, _describe(error)))
        raise_all(problems)
        raise AssertionError("unreachable") from None
    problems = []
    for list_name in id_lists(model):
        seen: dict[str, int] = {}
        for index, item in enumerate(getattr(edition, list_name)):
            if item.id in seen:
                problems.append(located(
                    lines, path, (list_name, index, "id"), f"duplicate id {item.id!r}; it is already used by {list_name}[{seen[item.id]}]"
                ))
            seen.setdefault(item.id, index)
    raise_all(problems)
    return edition


def checked_source_path(folder: Path) -> Path:
    """source.txt must be a real file inside its reading's folder: not a link, never somewhere else."""
    path = folder / SOURCE_NAME
    if path.is_symlink():
        raise ReadingError(path, "is a symbolic link; copy the op-ed into the reading's folder instead")
    if path.exists() and path.resolve().parent != folder.resolve():
        raise ReadingError(path, "resolves outside its reading's folder; copy the op-ed into the folder instead")
    return path


def load_reading(folder: Path, model: type[EditionCore]) -> Reading:
    """One reading, its edition validated against `model` (features/__init__.py `load_reading` passes the registry's)."""
    source = read_source(checked_source_path(folder))
    data, lines = load_edition_data(folder, model)
    edition = validate_edition(data, lines, folder / EDITION_NAME, model)
    return Reading(slug=folder.name, folder=folder, source=source, edition=edition, lines=lines)
