"""edition.schema.json is made from the typed model, kept current, and named by every edition."""
from __future__ import annotations

import json

from guided_reading.core.edition_schema import GUIDE, SCHEMA_COMMENT, SCHEMA_FILE, edition_json_schema, guide_with_key_table
from guided_reading.features import Edition
from support import ROOT


def test_the_committed_json_schema_is_current() -> None:
    committed = (ROOT / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == edition_json_schema(Edition), "the schema changed: run `make schema` and commit edition.schema.json"


def test_the_json_schema_describes_the_edition() -> None:
    schema = json.loads(edition_json_schema(Edition))
    assert {"status", "meta", "glossary", "quizzes"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_every_edition_names_the_schema() -> None:
    for edition in sorted((ROOT / "seeds").glob("*/edition.yml")):
        assert edition.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_COMMENT, edition


def test_the_authoring_guides_table_of_keys_is_current() -> None:
    guide = (ROOT / GUIDE).read_text(encoding="utf-8")
    assert guide_with_key_table(guide, Edition) == guide, "the schema changed: run `make schema` and commit docs/authoring.md"
    # Keys a hand-kept list once missed.
    for key in ("teacher.plans[].summary", "teacher.grids[].instructions", "teacher.homework[].task"):
        assert f"| `{key}` | Markdown |" in guide
