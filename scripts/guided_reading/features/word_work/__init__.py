"""Word work: gap-fills at the end of each part, built from the glossary's words as the op-ed uses them."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from .exercises import build_word_work
from .section import word_work_section


def _check(ctx: Checking) -> dict | None:
    matcher = ctx.features.get("glossary")
    return build_word_work(ctx, matcher) if matcher else None


def _sections(ctx: ReadingContext, exercises: Any, slot: str, key: str) -> list[str]:
    exercise = exercises.get(key) if slot == "part" else None
    return [word_work_section(ctx, exercise, key)] if exercise else []


FEATURE = Feature("word_work", _check, after=("glossary",), sections=_sections)
