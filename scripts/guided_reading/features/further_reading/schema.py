"""Further reading's part of the edition."""
from __future__ import annotations

from typing import Literal

from ...core.schema import EditionPart, Id, Plain, PlainFact, Strict, Url


class FurtherReading(Strict):
    id: Id
    organisation: Plain
    title: Plain
    url: Url
    kind: Literal["data", "report", "law", "organisation", "teaching resource"]
    why: PlainFact
    themes: list[Id] = []  # theme pages it closes; empty: only on the further-reading page
    sources: list[Id] = []  # what the `why` rests on


class FurtherReadingKeys(EditionPart):
    further_reading: list[FurtherReading] = []
