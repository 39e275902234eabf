"""Key figures' part of the edition (the figure's model is shared: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart, Prose
from ...core.shared_schema import Figure


class FiguresKeys(EditionPart):
    figures: list[Figure] = []
    # What a reader should know about the op-ed's numbers as a whole, above the "then and now" cards on
    # the reading's home (e.g. that it gives no dates or report titles); none: a general line.
    figures_intro: Prose | None = None
