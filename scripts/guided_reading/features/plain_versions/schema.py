"""Plain versions' part of the edition."""
from __future__ import annotations

from ...core.schema import EditionPart, Plain, Quote, Strict


class PlainVersion(Strict):
    starts_at: Quote  # the opening words of the paragraph it explains
    text: Plain  # the paragraph in plain words: grade 9 or below, no longer than the paragraph


class PlainVersionsKeys(EditionPart):
    # A plain version of each paragraph, found by the paragraph's opening words (like themes' starts_at).
    plain_versions: list[PlainVersion] = []
