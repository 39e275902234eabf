"""The whole edition's model, made from the core's keys and the keys each feature adds (its `schema`).

The registry (features/__init__.py) calls `edition_model` once with its features' parts; the core never
names a feature. The model has the core's `EditionCore` and every part as bases, so an edition is an
instance of each (`GlossaryKeys.of(edition)`), and keeps their settings: strict, frozen, no unknown key.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from pydantic import BaseModel, create_model

from .schema import EditionCore, EditionPart


def edition_model(parts: Sequence[type[EditionPart]]) -> type[EditionCore]:
    """`Edition`: the core's keys, then each part's keys in the order of `parts`."""
    owner: dict[str, str] = {key: "the core" for key in EditionCore.model_fields}
    for part in parts:
        for key in part.model_fields:
            if key in owner:
                raise ValueError(f"the edition's key {key!r} is declared by both {owner[key]} and {part.__name__}")
            owner[key] = part.__name__
    # pydantic gathers a model's fields from its bases last to first: the core's come first, then the parts in order.
    bases: tuple[type[EditionCore | EditionPart], ...] = (*reversed(parts), EditionCore)
    model: type[BaseModel] = create_model("Edition", __base__=bases, __module__=__name__)
    return cast(type[EditionCore], model)
