"""Quizzes: a short quiz closing each part, and a final quiz on a page of its own."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import Page
from .model import FINAL, Quiz
from .pages import final_quiz_page, quiz_section
from .questions import check_quizzes


def _check(ctx: Checking) -> dict[str, Quiz] | None:
    return check_quizzes(ctx) if ctx.edition.quizzes else None


def _sections(ctx: ReadingContext, quizzes: Any, slot: str, key: str) -> list[str]:
    quiz = quizzes.get(key) if slot == "part" else None
    return [quiz_section(ctx, quiz, key)] if quiz else []


def _pages(ctx: ReadingContext, quizzes: Any) -> list[Page]:
    if FINAL not in quizzes:
        return []
    page = final_quiz_page(ctx, quizzes[FINAL]) + "".join(ctx.sections("final"))
    return [Page(f"{ctx.slug}/quiz.md", page, "Final quiz")]


FEATURE = Feature("quizzes", _check, sections=_sections, pages=_pages)
