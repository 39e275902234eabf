"""A checked reading as the plain records a learning management system takes (see model.py).

The options keep the order the site shows (display_order), so that "B" means the same on the site, on
paper and in the LMS. Links to the reading's pages need the site's address on the web (SITE_URL);
without it the package holds the quizzes, prompts and topics, and the links are left out.
"""
from __future__ import annotations

from ..core.context import ReadingContext
from ..core.quiz import FINAL, PlacedQuestion
from ..core.shared import QUIZZES
from ..features.teacher.schema import TeacherKeys
from ..features.writing.schema import WritingKeys
from . import model

FULL_TEXT = "full-text.html"


def _url(site_url: str | None, slug: str, page: str) -> str | None:
    return f"{site_url.rstrip('/')}/{slug}/{page}" if site_url else None


def _item(question: PlacedQuestion, site_url: str | None, slug: str) -> model.Item:
    q = question.question
    options = tuple(
        model.Option(choice.text, choice.correct, q.explanation if choice.correct else (choice.why or q.explanation))
        for choice in question.choices
    )
    where = question.evidence
    return model.Item(
        id=q.id,
        prompt=q.prompt,
        multiple=q.multiple,
        options=options,
        explanation=q.explanation,
        evidence=f"¶ {where.paragraph.number}: “{where.text}”",
        evidence_url=_url(site_url, slug, question.evidence_href),
    )


def lms_reading(ctx: ReadingContext, site_url: str | None) -> model.Reading:
    slug, edition = ctx.slug, ctx.edition
    site_url = site_url if site_url and site_url.startswith(("http://", "https://")) else None
    parts = {part.id: part.title for part in ctx.parts}
    placed = QUIZZES.state(ctx) or {}
    order = [*parts, FINAL]
    quizzes = tuple(
        model.Quiz(quiz_id, placed[quiz_id].title, tuple(_item(q, site_url, slug) for q in placed[quiz_id].questions))
        for quiz_id in order if quiz_id in placed and placed[quiz_id].questions
    )
    prompts = tuple(
        model.Prompt(p.id, parts.get(p.part, "Final quiz"), p.prompt, tuple(p.points))
        for p in WritingKeys.of(edition).writing
    )
    topics = tuple(model.Topic(d.id, d.question, tuple(d.points)) for d in TeacherKeys.of(edition).discussion)
    links: tuple[model.Link, ...] = ()
    if site_url:
        pages = [(part_id, f"{number}. {title}", f"{part_id}.html") for number, (part_id, title) in enumerate(parts.items(), start=1)]
        pages.append(("full-text", "The full text", FULL_TEXT))
        links = tuple(model.Link(ident, title, _url(site_url, slug, page) or "") for ident, title, page in pages)
    return model.Reading(slug, edition.meta.title, edition.meta.author or "", quizzes, prompts, topics, links, site_url)
