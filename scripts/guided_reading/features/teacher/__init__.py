"""For teachers: the guide with its lesson plans and the answer key (GUIDE), and the pages to print (PRINTS)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import FOR_TEACHERS, Page
from ..quizzes.pages import answer_key_page
from .lesson_plans import TimedPlan, time_plans
from .pages import discussion_key, handout_page, teacher_page, worksheet_page


@dataclass(frozen=True)
class TeacherMaterials:
    """The lesson plans with their steps timed (none without a `teacher:` section)."""

    plans: list[TimedPlan] = field(default_factory=list)


def _check_guide(ctx: Checking) -> TeacherMaterials:
    """Paragraph numbers and glossary ids that the discussion and the guide point at must exist."""
    edition, reading = ctx.edition, ctx.reading
    count = len(ctx.doc.paragraphs)
    terms = {g.id for g in edition.glossary}
    for i, item in enumerate(edition.discussion):
        for k, number in enumerate(item.paragraphs):
            if not 1 <= number <= count:
                ctx.problem(reading.error(("discussion", i, "paragraphs", k), f"expected a paragraph number from 1 to {count}, got {number}"))
    guide = edition.teacher
    if guide:
        for k, term in enumerate(guide.preteach):
            if term not in terms:
                ctx.problem(reading.error(("teacher", "preteach", k), f"expected the id of a glossary entry, got {term!r}"))
        for i, claim in enumerate(guide.claims):
            for k, number in enumerate(claim.paragraphs):
                if not 1 <= number <= count:
                    ctx.problem(reading.error(("teacher", "claims", i, "paragraphs", k), f"expected a paragraph number from 1 to {count}, got {number}"))
    return TeacherMaterials(time_plans(ctx))


def _guide_pages(ctx: ReadingContext, materials: Any) -> list[Page]:
    pages = []
    guide = ctx.edition.teacher
    if guide:
        pages.append(Page(f"{ctx.slug}/teacher.md", teacher_page(ctx, guide, materials.plans), "Teacher's guide", FOR_TEACHERS))
    quizzes = ctx.features.get("quizzes", {})
    if quizzes or ctx.edition.discussion or (guide and guide.claims):
        key = answer_key_page(ctx, quizzes) if quizzes else ""
        pages.append(Page(f"{ctx.slug}/answer-key.md", discussion_key(ctx, key), "Answer key", FOR_TEACHERS))
    return pages


def _print_pages(ctx: ReadingContext, state: Any) -> list[Page]:
    return [
        Page(f"{ctx.slug}/handout.md", handout_page(ctx), "Printable handout", FOR_TEACHERS),
        Page(f"{ctx.slug}/worksheet.md", worksheet_page(ctx), "Printable worksheet", FOR_TEACHERS),
    ]


GUIDE = Feature("teacher", _check_guide, pages=_guide_pages)
PRINTS = Feature("printables", lambda ctx: True, pages=_print_pages)
