"""Plain versions: the same paragraph in plainer words, folded under the op-ed's paragraph."""
from __future__ import annotations

from typing import Any

from ...core.context import ReadingContext
from ...core.feature import Feature
from .render import SWITCH, handout_plain_column, make_annotator
from .versions import check_plain_versions


def _sections(ctx: ReadingContext, placed: Any, slot: str, key: str) -> list[str]:
    if slot == "reader-options":
        return [SWITCH]
    if slot == "handout":
        return [handout_plain_column(ctx, placed)]
    return []


FEATURE = Feature("plain_versions", check_plain_versions, annotator=make_annotator, sections=_sections)
