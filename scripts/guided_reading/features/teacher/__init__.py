"""For teachers: the guide with its lesson plans and the answer key (GUIDE), and the pages to print (PRINTS)."""
from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from ...core.cited import Cited, first_words
from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.fields import Path, fact_keys, stated_texts
from ...core.handle import Handle
from ...core.locate import find_quote
from ...core.page import FOR_TEACHERS, Page
from ...core.quiz import FINAL
from ...core.shared import FIGURES, GLOSSARY, GLOSSARY_ENTRIES, QUIZZES
from .lesson_plans import time_plans
from .materials import TEACHER, TeacherMaterials
from .pages import answer_key_page, handout_page, teacher_page, worksheet_page
from .schema import GuideSection, LessonStep, TeacherGuide, TeacherKeys


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


def _materials(ctx: Checking, guide: TeacherGuide) -> dict[str, bool | None]:
    """Which materials a lesson step can use this reading has: True or False, or None when a failed check hides it."""
    def of(handle: Handle[Any], has: bool) -> bool | None:
        return None if handle.failed(ctx) else has

    quizzes = QUIZZES.state(ctx) or {}
    answer_key = bool(quizzes or TeacherKeys.of(ctx.edition).discussion or guide.claims)
    return {
        "final-quiz": of(QUIZZES, FINAL in quizzes),
        "answer-key": of(QUIZZES, answer_key) if not answer_key else True,
        "glossary": of(GLOSSARY, GLOSSARY.present(ctx)),
        "vocabulary": of(GLOSSARY, GLOSSARY.present(ctx)),
        "key-figures": of(FIGURES, FIGURES.present(ctx)),
        "figure-tracker": of(FIGURES, FIGURES.present(ctx)),
        "discussion": bool(TeacherKeys.of(ctx.edition).discussion),
        "claims-table": bool(guide.claims),
        "grids": bool(guide.grids),
        "homework": bool(guide.homework),
        "written-task": any(h.worksheet for h in guide.homework),
    }


def _steps(guide: TeacherGuide) -> list[tuple[Path, LessonStep]]:
    steps: list[tuple[Path, LessonStep]] = [(("teacher", "lesson", i), step) for i, step in enumerate(guide.lesson)]
    for p, plan in enumerate(guide.plans):
        for n, lesson in enumerate(plan.lessons):
            steps += [(("teacher", "plans", p, "lessons", n, "steps", s), step) for s, step in enumerate(lesson.steps)]
    return steps


def _check_uses(ctx: Checking, guide: TeacherGuide) -> None:
    """A step that uses material the reading does not have would link to a page or section that is not there."""
    has = _materials(ctx, guide)
    for where, step in _steps(guide):
        for k, use in enumerate(step.uses):
            if has.get(use, True) is False:
                ctx.problem(ctx.reading.error((*where, "uses", k), f"uses {use!r}, which this reading does not have; remove it or add the material"))


GUIDE_SECTIONS: dict[GuideSection, str] = {
    "overview": "Overview", "objectives": "Learning objectives", "before": "Before reading", "during": "During reading", "after": "After reading",
}


class Guide(Feature[TeacherGuide | None, TeacherMaterials]):
    handle: Handle[TeacherMaterials] = TEACHER
    schema = TeacherKeys
    renderers = ("pages", "qr")
    # The answer key holds the quizzes' answers (Slot.ANSWER_KEY); the guide links the final quiz, the
    # glossary and the key figures when the reading has them, and a lesson step may use them.
    after = (FIGURES, GLOSSARY, QUIZZES)

    def check(self, ctx: Checking) -> TeacherMaterials:
        """The quotes and glossary ids that the discussion and the guide point at must exist."""
        edition = ctx.edition
        discussion = {item.id: _paragraphs(ctx, item.quotes, ("discussion", i)) for i, item in enumerate(TeacherKeys.of(edition).discussion)}
        guide = self.config(edition)
        if guide is None:
            return TeacherMaterials([], discussion, [])
        terms = {g.id for g in GLOSSARY_ENTRIES.of(edition)}
        for k, term in enumerate(guide.preteach):
            if term not in terms:
                ctx.problem(ctx.reading.error(("teacher", "preteach", k), f"expected the id of a glossary entry, got {term!r}"))
        claims = [_paragraphs(ctx, claim.quotes, ("teacher", "claims", i)) for i, claim in enumerate(guide.claims)]
        _check_uses(ctx, guide)
        return TeacherMaterials(time_plans(ctx), discussion, claims)

    def cited(self, ctx: Checking) -> Iterator[Cited]:
        """The guide's sections, discussion questions, claims and lesson steps: each names its own sources."""
        guide = self.config(ctx.edition)
        if guide is None:
            return
        for section in fact_keys(TeacherGuide):  # overview, objectives, before, during, after
            key = typing.cast(GuideSection, section)
            yield Cited("Teacher's guide", GUIDE_SECTIONS[key], "teacher.md", stated_texts(guide, ("teacher",), [section]),
                        tuple(guide.sources.get(key, [])), ("teacher", "sources", section))
        for i, d in enumerate(TeacherKeys.of(ctx.edition).discussion):
            yield Cited("Teacher's guide", f"Discussion question {i + 1}: {first_words(d.question)}", "teacher.md",
                        stated_texts(d, ("discussion", i)), tuple(d.sources), ("discussion", i, "sources"))
        for i, c in enumerate(guide.claims):
            yield Cited("Teacher's guide", f"Claims and evidence: {first_words(c.claim)}", "teacher.md", stated_texts(c, ("teacher", "claims", i)),
                        tuple(c.sources), ("teacher", "claims", i, "sources"))
        for at, step in _steps(guide):
            yield Cited("Teacher's guide", f"Lesson plan: {step.title}", "teacher.md", stated_texts(step, at), tuple(step.sources), (*at, "sources"))

    def pages(self, ctx: ReadingContext, state: TeacherMaterials) -> list[Page]:
        pages = []
        guide = TeacherKeys.of(ctx.edition).teacher
        if guide:
            pages.append(Page(f"{ctx.slug}/teacher.md", teacher_page(ctx, guide, state.plans), "Teacher's guide", FOR_TEACHERS))
        if QUIZZES.present(ctx) or TeacherKeys.of(ctx.edition).discussion or (guide and guide.claims):
            pages.append(Page(f"{ctx.slug}/answer-key.md", answer_key_page(ctx), "Answer key", FOR_TEACHERS))
        return pages


class Prints(Feature[None, bool]):
    handle: Handle[bool] = Handle("printables")
    renderers = ("pages",)

    def check(self, ctx: Checking) -> bool:
        return True

    def pages(self, ctx: ReadingContext, state: bool) -> list[Page]:
        return [
            Page(f"{ctx.slug}/handout.md", handout_page(ctx), "Printable handout", FOR_TEACHERS),
            Page(f"{ctx.slug}/worksheet.md", worksheet_page(ctx), "Printable worksheet", FOR_TEACHERS),
        ]


GUIDE = Guide()
PRINTS = Prints()
