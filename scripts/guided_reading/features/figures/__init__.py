"""Key figures: a callout after each number of the op-ed, and the numbers as cards on the reading's home."""
from __future__ import annotations

from typing import Any

from ...core.context import ReadingContext
from ...core.feature import Feature
from .callouts import make_annotator, place_figures
from .cards import figure_cards


def _sections(ctx: ReadingContext, placed: Any, slot: str, key: str) -> list[str]:
    return [figure_cards(ctx, placed)] if slot == "home" else []


# After the plain versions: a figure's callout sits below the plain version of its paragraph.
FEATURE = Feature("figures", place_figures, after=("plain_versions",), annotator=make_annotator, sections=_sections)
