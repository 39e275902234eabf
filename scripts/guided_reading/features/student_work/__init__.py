"""Student work: My work (everything saved on this device), the teacher's hand-in page and assignments."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import FOR_TEACHERS, Page
from ..figures.placing import judge_first
from .pages import assign_page, assignment_page, hand_in_page, my_work_page


def _check(ctx: Checking) -> bool | None:
    """Quizzes, written prompts or figures to judge first: work a student can save and hand in."""
    found = ctx.features
    judged = any(judge_first(p.figure) for p in found.get("figures", []))
    return True if found.get("quizzes") or found.get("writing") or judged else None


def _pages(ctx: ReadingContext, state: Any) -> list[Page]:
    return [
        Page(f"{ctx.slug}/my-work.md", my_work_page(ctx), "My work"),
        Page(f"{ctx.slug}/hand-in.md", hand_in_page(ctx), "Hand-in", FOR_TEACHERS),
        Page(f"{ctx.slug}/assign.md", assign_page(ctx), "Make an assignment", FOR_TEACHERS),
        Page(f"{ctx.slug}/assignment.md", assignment_page(ctx), None),
    ]


FEATURE = Feature("student_work", _check, after=("figures", "quizzes", "writing"), pages=_pages)
