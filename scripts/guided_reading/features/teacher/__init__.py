"""For teachers: the guide with its lesson plans and the answer key (GUIDE), and the pages to print (PRINTS)."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.locate import find_quote
from ...core.page import FOR_TEACHERS, Page
from ...core.schema import TeacherGuide
from ...core.shared import QUIZZES
from .lesson_plans import time_plans
from .materials import TEACHER, TeacherMaterials
from .pages import answer_key_page, handout_page, teacher_page, worksheet_page


def _paragraphs(ctx: Checking, quotes: list[str], key: tuple[Any, ...]) -> list[int]:
    """The paragraph of each quote, in the op-ed's order; a quote the op-ed does not hold is a problem."""
    numbers = set()
    for k, quote in enumerate(quotes):
        location = find_quote(ctx.doc, quote)
        if location is None:
            ctx.problem(ctx.reading.error((*key, "quotes", k), f"expected a quote from the op-ed, {quote!r} is not in it"))
        else:
            numbers.add(location.paragraph.number)
    return sorted(numbers)


class Guide(Feature[TeacherGuide | None, TeacherMaterials]):
    handle: Handle[TeacherMaterials] = TEACHER
    # The answer key holds the quizzes' answers (Slot.ANSWER_KEY); the guide links the final quiz when there is one.
    after = (QUIZZES,)

    def check(self, ctx: Checking) -> TeacherMaterials:
        """The quotes and glossary ids that the discussion and the guide point at must exist."""
        edition = ctx.edition
        discussion = {item.id: _paragraphs(ctx, item.quotes, ("discussion", i)) for i, item in enumerate(edition.discussion)}
        guide = self.config(edition)
        if guide is None:
            return TeacherMaterials([], discussion, [])
        terms = {g.id for g in edition.glossary}
        for k, term in enumerate(guide.preteach):
            if term not in terms:
                ctx.problem(ctx.reading.error(("teacher", "preteach", k), f"expected the id of a glossary entry, got {term!r}"))
        claims = [_paragraphs(ctx, claim.quotes, ("teacher", "claims", i)) for i, claim in enumerate(guide.claims)]
        return TeacherMaterials(time_plans(ctx), discussion, claims)

    def pages(self, ctx: ReadingContext, state: TeacherMaterials) -> list[Page]:
        pages = []
        guide = ctx.edition.teacher
        if guide:
            pages.append(Page(f"{ctx.slug}/teacher.md", teacher_page(ctx, guide, state.plans), "Teacher's guide", FOR_TEACHERS))
        if QUIZZES.present(ctx) or ctx.edition.discussion or (guide and guide.claims):
            pages.append(Page(f"{ctx.slug}/answer-key.md", answer_key_page(ctx), "Answer key", FOR_TEACHERS))
        return pages


class Prints(Feature[None, bool]):
    handle: Handle[bool] = Handle("printables")
    edition_key = False

    def check(self, ctx: Checking) -> bool:
        return True

    def pages(self, ctx: ReadingContext, state: bool) -> list[Page]:
        return [
            Page(f"{ctx.slug}/handout.md", handout_page(ctx), "Printable handout", FOR_TEACHERS),
            Page(f"{ctx.slug}/worksheet.md", worksheet_page(ctx), "Printable worksheet", FOR_TEACHERS),
        ]


GUIDE = Guide()
PRINTS = Prints()
