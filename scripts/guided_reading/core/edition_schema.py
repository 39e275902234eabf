"""The JSON Schema of edition.yml, made from the typed model, for editors' tools (completion, checks as they type).

Committed as edition.schema.json; each edition names it in its first line:
`# yaml-language-server: $schema=../../edition.schema.json`. A test keeps the file current.
"""
from __future__ import annotations

import json
from pathlib import Path

SCHEMA_FILE = "edition.schema.json"
SCHEMA_COMMENT = f"# yaml-language-server: $schema=../../{SCHEMA_FILE}"


def edition_json_schema() -> str:
    from .schema import Edition

    schema = Edition.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Guided Readings edition.yml"
    schema["description"] = "What the people who edit a reading decide about it. See docs/authoring.md for every key."
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(root: Path) -> Path:
    path = root / SCHEMA_FILE
    path.write_text(edition_json_schema(), encoding="utf-8")
    return path
