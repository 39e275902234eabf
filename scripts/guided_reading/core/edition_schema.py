"""The JSON Schema of edition.yml, made from the typed model, for editors' tools (completion, checks as they type).

Each function takes the edition's model, which the registry makes (features/__init__.py `Edition`).

Committed as edition.schema.json; each edition names it in its first line:
`# yaml-language-server: $schema=../../edition.schema.json`. A test keeps the file current.

A file split off edition.yml (`glossary.yml`, see edition_files.py) is checked by a schema of its own,
schemas/<key>.schema.json, which allows that one key and carries the definitions it needs: the YAML
extension of VS Code (yaml-language-server) takes a modeline's address as a whole file, without a
`#/$defs/...` part, so each split file names a complete schema in its first line.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

SCHEMA_FILE = "edition.schema.json"
SCHEMA_COMMENT = f"# yaml-language-server: $schema=../../{SCHEMA_FILE}"
PARTS_FOLDER = "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def part_schema_file(key: str) -> str:
    """Where the schema of `<key>.yml` is, relative to the project."""
    return f"{PARTS_FOLDER}/{key}.schema.json"


def part_schema_comment(key: str) -> str:
    """The first line of `<key>.yml`, naming its schema (relative to seeds/<slug>/)."""
    return f"# yaml-language-server: $schema=../../{part_schema_file(key)}"


def _edition_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = DRAFT
    schema["title"] = "Guided Readings edition.yml"
    schema["description"] = "What the people who edit a reading decide about it. See docs/authoring.md for every key."
    return schema


def _dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def edition_json_schema(model: type[BaseModel]) -> str:
    return _dump(_edition_schema(model))


def _refs(node: Any) -> set[str]:
    """The names of the definitions `node` refers to directly (`#/$defs/Name`)."""
    if isinstance(node, dict):
        found = {node["$ref"].removeprefix("#/$defs/")} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node))
    return set()


def part_json_schema(key: str, edition: dict[str, Any]) -> str:
    """The schema of `<key>.yml`, given the edition's: one required top-level key, with every definition it reaches and no other."""
    definitions = edition.get("$defs", {})
    wanted, todo = set(), _refs(edition["properties"][key])
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo |= _refs(definitions[name])
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "title": f"Guided Readings {key}.yml",
        "description": f"The `{key}:` key of an edition, in a file of its own beside edition.yml. See docs/authoring.md.",
        "type": "object",
        "properties": {key: edition["properties"][key]},
        "required": [key],
        "additionalProperties": False,
    }
    if wanted:
        schema["$defs"] = {name: definitions[name] for name in sorted(wanted)}
    return _dump(schema)


def schema_files(model: type[BaseModel]) -> dict[str, str]:
    """Every schema file `make schema` writes, by its path in the project: edition.schema.json and one per split key."""
    from .edition_files import split_keys

    edition = _edition_schema(model)
    files = {SCHEMA_FILE: _dump(edition)}
    for key in split_keys(model):
        files[part_schema_file(key)] = part_json_schema(key, edition)
    return files


GUIDE = "docs/authoring.md"
TABLE_START = "<!-- The table of keys is written from the schema by `make schema`: edit the models (core/schema.py, a feature's schema.py), not the table. -->"
TABLE_END = "<!-- End of the table of keys. -->"


def key_table_markdown(model: type[BaseModel]) -> str:
    """The authoring guide's table of every key of the edition and what it holds, from the schema's marks."""
    from .fields import key_table

    rows = [f"| `{key}` | {what} |" for key, what in key_table(model)]
    return "\n".join([TABLE_START, "", "| Key | What it holds |", "|---|---|", *rows, "", TABLE_END])


def guide_with_key_table(guide: str, model: type[BaseModel]) -> str:
    """The authoring guide with its table of keys made anew (the guide must hold the two markers)."""
    start, end = guide.index(TABLE_START), guide.index(TABLE_END) + len(TABLE_END)
    return guide[:start] + key_table_markdown(model) + guide[end:]


def write_schema(root: Path, model: type[BaseModel]) -> Path:
    """Write every schema file (removing those of keys that no longer exist) and the authoring guide's
    table of keys; the path of edition.schema.json."""
    files = schema_files(model)
    guide = root / GUIDE
    if guide.exists():
        guide.write_text(guide_with_key_table(guide.read_text(encoding="utf-8"), model), encoding="utf-8")
    (root / PARTS_FOLDER).mkdir(exist_ok=True)
    for stale in (root / PARTS_FOLDER).glob("*.schema.json"):
        if stale.relative_to(root).as_posix() not in files:
            stale.unlink()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root / SCHEMA_FILE
