"""The edition's model is made from the core's keys and each registered feature's schema (core/edition_model.py)."""
from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest

from guided_reading.core import shared
from guided_reading.core.edition_model import edition_model
from guided_reading.core.feature import Feature
from guided_reading.core.fields import key_table
from guided_reading.core.load import id_lists
from guided_reading.core.schema import EditionCore, EditionKey, EditionPart, Id
from guided_reading.features import KEY_ORDER, REGISTRY, Edition
from support import EDITION, error_for, line_of, reading_with, seed_context


def test_the_edition_has_the_cores_keys_then_each_features_in_key_order() -> None:
    parts = [f for f in REGISTRY if f.schema is not None]
    expected = list(EditionCore.model_fields)
    ranked = sorted(parts, key=lambda f: KEY_ORDER.index(f.name) if f.name in KEY_ORDER else len(KEY_ORDER))
    for feature in ranked:
        assert feature.schema is not None
        expected += list(feature.schema.model_fields)
    assert list(Edition.model_fields) == expected
    assert set(KEY_ORDER) <= {f.name for f in parts}, "KEY_ORDER names a feature that adds no keys"


def test_an_edition_is_an_instance_of_every_part_and_keeps_the_strict_settings() -> None:
    edition = seed_context().edition
    for feature in REGISTRY:
        if feature.schema is not None:
            assert isinstance(edition, feature.schema)
            assert feature.schema.of(edition) is edition
    assert Edition.model_config.get("extra") == "forbid" and Edition.model_config.get("strict") and Edition.model_config.get("frozen")


def test_a_part_missing_from_the_edition_or_a_key_declared_twice_is_refused() -> None:
    class Stray(EditionPart):
        stray: list[str] = []

    class Twice(EditionPart):
        themes: list[str] = []

    with pytest.raises(TypeError, match="is its feature in the registry"):
        Stray.of(seed_context().edition)
    with pytest.raises(ValueError, match="'themes' is declared by both the core and Twice"):
        edition_model([Twice])


def _bare(annotation: Any) -> Any:
    """The annotation without its marks (`Id` is `str` to the code that reads it)."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (list, dict):
        return origin[tuple(_bare(a) for a in args)] if len(args) > 1 else origin[_bare(args[0])]
    if args and origin in (typing.Union, type(int | None)):
        return typing.Union[tuple(_bare(a) for a in args)]  # noqa: UP007
    return annotation


def test_the_shared_keys_read_what_the_edition_holds() -> None:
    """core/shared.py types each feature's key that others read; each must be the key's type in the edition."""
    hints = typing.get_type_hints(shared)
    keys = {name: hint for name, hint in hints.items() if typing.get_origin(hint) is EditionKey}
    assert len(keys) >= 6
    for name, hint in keys.items():
        key = getattr(shared, name).key
        (declared,) = typing.get_args(hint)
        held = _bare(Edition.model_fields[key].annotation)
        if name == "TEACHER_GUIDE":  # a protocol: the guide's model has each of its members
            (guide, _none) = typing.get_args(held)
            assert all(member in guide.model_fields for member in ("preteach",))
            continue
        assert _bare(declared) == held, f"{name}: {declared} is not {held}"
    assert _bare(Id) is str


def test_every_list_of_entries_with_an_id_is_checked_for_duplicates(tmp_path: Path) -> None:
    assert {"repairs", "themes", "glossary", "figures", "discussion", "further_reading", "writing", "sources"} <= set(id_lists(Edition))
    first = "  - id: unodc-trafficking-faqs\n"
    assert EDITION.count(first) == 1
    edition = EDITION.replace(first, first + '    title: Again\n    publisher: UNODC\n    kind: primary\n' + first, 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "sources[1].id" and "duplicate id 'unodc-trafficking-faqs'" in error.message
    assert error.line == line_of(edition, first) + 4


def test_a_feature_whose_keys_state_facts_cites_them() -> None:
    """The citation rule reads what each feature's `cited` hook gives it: a feature whose schema marks a text as
    a fact (PlainFact, ProseFact) must have one, or its numbers and dates would escape the rule."""
    stating = set()
    for feature in REGISTRY:
        if feature.schema is not None and any("(a fact" in what for _, what in key_table(feature.schema)):
            stating.add(feature.name)
            assert type(feature).cited is not Feature.cited, f"{feature.name} states facts but cites none"
    assert {"glossary", "figures", "further_reading", "teacher"} <= stating
