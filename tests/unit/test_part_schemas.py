"""Each file split off edition.yml names a JSON Schema of its own, made from the typed model and kept current."""
from __future__ import annotations

import json

from guided_reading.core.edition_files import MAIN_ONLY, edition_files, part_files, split_keys
from guided_reading.core.edition_schema import PARTS_FOLDER, SCHEMA_FILE, part_schema_comment, schema_files
from guided_reading.features import Edition
from support import ROOT


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        return ([node["$ref"]] if "$ref" in node else []) + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def test_the_committed_schemas_are_current_and_complete() -> None:
    files = schema_files(Edition)
    for name, text in files.items():
        assert (ROOT / name).read_text(encoding="utf-8") == text, f"{name} changed: run `make schema` and commit it"
    committed = {p.relative_to(ROOT).as_posix() for p in (ROOT / PARTS_FOLDER).glob("*")}
    assert committed == {name for name in files if name != SCHEMA_FILE}, "stale files in schemas/: run `make schema`"


def test_each_part_schema_allows_its_key_only_and_resolves_every_reference_in_itself() -> None:
    edition = json.loads(schema_files(Edition)[SCHEMA_FILE])
    for key in split_keys(Edition):
        schema = json.loads(schema_files(Edition)[f"{PARTS_FOLDER}/{key}.schema.json"])
        assert schema["properties"] == {key: edition["properties"][key]}
        assert schema["required"] == [key] and schema["additionalProperties"] is False
        for ref in _refs(schema):
            assert ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in schema["$defs"], (key, ref)
            assert schema["$defs"][ref.removeprefix("#/$defs/")] == edition["$defs"][ref.removeprefix("#/$defs/")]


def test_the_keys_that_stay_in_edition_yml_are_those_the_schema_requires() -> None:
    """The main file's schema requires them, so edition.yml without its split-off keys still validates in an editor."""
    assert sorted(json.loads(schema_files(Edition)[SCHEMA_FILE])["required"]) == sorted(MAIN_ONLY)


def test_every_split_file_names_its_schema_in_its_first_line() -> None:
    seeds = [path for folder in sorted((ROOT / "seeds").iterdir()) if folder.is_dir() for path in part_files(folder)]
    fixture = [path for folder in sorted((ROOT / "tests" / "golden").glob("fixture/seeds/*")) for path in edition_files(folder)]
    assert seeds and fixture, "the seed and the golden fixture are split into several files"
    for path in seeds:
        assert path.read_text(encoding="utf-8").splitlines()[0] == part_schema_comment(path.stem), path
    for path in seeds + fixture:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("$schema=")[1]).resolve()
        wanted = SCHEMA_FILE if path.name == "edition.yml" else f"{PARTS_FOLDER}/{path.stem}.schema.json"
        assert target == (ROOT / wanted).resolve() and target.is_file(), path
