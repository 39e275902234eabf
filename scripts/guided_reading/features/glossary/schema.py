"""The glossary's part of the edition: its entries (the entry's model is shared: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart
from ...core.shared_schema import GlossaryEntry


class GlossaryKeys(EditionPart):
    glossary: list[GlossaryEntry] = []
