"""Key figures: a callout after each number of the op-ed, and the numbers as cards on the reading's home."""
from __future__ import annotations

from typing import Any

from ...core.context import ReadingContext
from ...core.feature import Feature
from .callouts import judged_callouts, make_annotator
from .cards import figure_cards
from .placing import place_figures


def _sections(ctx: ReadingContext, placed: Any, slot: str, key: str) -> list[str]:
    if slot == "home":
        return [figure_cards(ctx, placed)]
    if slot == "teacher-guide":
        return [judged_callouts(ctx)]
    return []


# After the plain versions: a figure's callout sits below the plain version of its paragraph.
FEATURE = Feature("figures", place_figures, after=("plain_versions",), annotator=make_annotator, sections=_sections)
