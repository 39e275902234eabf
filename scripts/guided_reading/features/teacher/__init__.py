"""For teachers: the guide with its lesson plans and the answer key (GUIDE), and the pages to print (PRINTS)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.locate import find_quote
from ...core.page import FOR_TEACHERS, Page
from .lesson_plans import TimedPlan, time_plans
from .pages import answer_key_page, handout_page, teacher_page, worksheet_page


@dataclass(frozen=True)
class TeacherMaterials:
    """The lesson plans with their steps timed (none without a `teacher:` section), and the paragraphs
    that the discussion questions (by id) and the claims (in order) quote."""

    plans: list[TimedPlan] = field(default_factory=list)
    discussion_paragraphs: dict[str, list[int]] = field(default_factory=dict)
    claim_paragraphs: list[list[int]] = field(default_factory=list)


def _paragraphs(ctx: Checking, quotes: list[str], key: tuple) -> list[int]:
    """The paragraph of each quote, in the op-ed's order; a quote the op-ed does not hold is a problem."""
    numbers = set()
    for k, quote in enumerate(quotes):
        location = find_quote(ctx.doc, quote)
        if location is None:
            ctx.problem(ctx.reading.error((*key, "quotes", k), f"expected a quote from the op-ed, {quote!r} is not in it"))
        else:
            numbers.add(location.paragraph.number)
    return sorted(numbers)


def _check_guide(ctx: Checking) -> TeacherMaterials:
    """The quotes and glossary ids that the discussion and the guide point at must exist."""
    edition = ctx.edition
    discussion = {item.id: _paragraphs(ctx, item.quotes, ("discussion", i)) for i, item in enumerate(edition.discussion)}
    guide = edition.teacher
    if guide is None:
        return TeacherMaterials([], discussion, [])
    terms = {g.id for g in edition.glossary}
    for k, term in enumerate(guide.preteach):
        if term not in terms:
            ctx.problem(ctx.reading.error(("teacher", "preteach", k), f"expected the id of a glossary entry, got {term!r}"))
    claims = [_paragraphs(ctx, claim.quotes, ("teacher", "claims", i)) for i, claim in enumerate(guide.claims)]
    return TeacherMaterials(time_plans(ctx), discussion, claims)


def _guide_pages(ctx: ReadingContext, materials: Any) -> list[Page]:
    pages = []
    guide = ctx.edition.teacher
    if guide:
        pages.append(Page(f"{ctx.slug}/teacher.md", teacher_page(ctx, guide, materials.plans), "Teacher's guide", FOR_TEACHERS))
    quizzes = ctx.features.get("quizzes", {})
    if quizzes or ctx.edition.discussion or (guide and guide.claims):
        pages.append(Page(f"{ctx.slug}/answer-key.md", answer_key_page(ctx, quizzes), "Answer key", FOR_TEACHERS))
    return pages


def _print_pages(ctx: ReadingContext, state: Any) -> list[Page]:
    return [
        Page(f"{ctx.slug}/handout.md", handout_page(ctx), "Printable handout", FOR_TEACHERS),
        Page(f"{ctx.slug}/worksheet.md", worksheet_page(ctx), "Printable worksheet", FOR_TEACHERS),
    ]


GUIDE = Feature("teacher", _check_guide, pages=_guide_pages)
PRINTS = Feature("printables", lambda ctx: True, pages=_print_pages)
