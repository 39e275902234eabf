"""The sources' part of the edition (the source's model is shared, for every feature cites: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart
from ...core.shared_schema import Source


class SourcesKeys(EditionPart):
    sources: list[Source] = []  # every source of the edition's own statements (citations.py)
