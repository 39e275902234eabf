"""Written answers: open prompts with a box to write in, at the end of a part or of the final quiz."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ..quizzes.model import FINAL
from .boxes import handout_writing, written_section
from .prompts import check_writing


def _check(ctx: Checking) -> dict | None:
    return check_writing(ctx) if ctx.edition.writing else None


def _sections(ctx: ReadingContext, prompts: Any, slot: str, key: str) -> list[str]:
    if slot == "part":
        return [written_section(ctx, key, key)]
    if slot == "final":
        return [written_section(ctx, FINAL, "quiz")]
    if slot == "worksheet":
        return [handout_writing(ctx)]
    return []


FEATURE = Feature("writing", _check, sections=_sections)
