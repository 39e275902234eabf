"""Sources of the edition's own statements: every cited id exists, every stated number is cited,
and every source says which entries rest on it (for the "Where our facts come from" page).

What counts as a statement that needs a source is read from the schema: every field marked as a fact
(`PlainFact`, `ProseFact` in core/schema.py) whose text holds a number or a date. Quotations,
paragraph references and lesson timings are not statements of fact.
"""
from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from typing import Any

from ...core.citing import Cited
from ...core.context import Checking, ReadingContext
from ...core.fields import Path, fact_keys, stated_texts
from ...core.numbers import find_claims
from ...core.schema import Edition, GuideSection, LessonStep, TeacherGuide
from ...core.shared import FIGURES, GLOSSARY

# Text that holds digits but states no fact of its own.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')
_PARAGRAPH_REFS = re.compile(r"(?:¶\s*|\bparagraphs?\s+)\d+(?:\s*[–-]\s*\d+)?(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:¶\s*)?\d+(?:\s*[–-]\s*\d+)?)*", re.IGNORECASE)
_TIMINGS = re.compile(r"\b\d+(?:\s*[–-]\s*\d+)?[\s-](?:minutes?|min|words?)\b", re.IGNORECASE)
_ENUMERATORS = re.compile(r"\(\d\)")
_YEAR = re.compile(r"(?<![\w.,])(?:1[5-9]|20)\d\d(?![\w,])")


def stated_numbers(text: str) -> list[str]:
    """The numbers and years a text states in its own voice, in order of appearance."""
    for pattern in (_QUOTED, _PARAGRAPH_REFS, _TIMINGS, _ENUMERATORS):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    found = [(c.start, c.text) for c in find_claims(text)]
    found += [(m.start(), m.group(0)) for m in _YEAR.finditer(text)]
    return list(dict.fromkeys(value for _, value in sorted(found)))


GUIDE_SECTIONS: dict[GuideSection, str] = {
    "overview": "Overview", "objectives": "Learning objectives", "before": "Before reading", "during": "During reading", "after": "After reading",
}


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def cited_parts(ctx: Checking | ReadingContext) -> Iterator[Cited]:
    edition = ctx.edition
    shown_terms = {e.id for e in edition.glossary if e.short.strip()} if GLOSSARY.present(ctx) else set()
    for i, g in enumerate(edition.glossary):
        href = f"glossary.md#{g.id}" if g.id in shown_terms else None
        yield Cited("Glossary", g.term, href, stated_texts(g, ("glossary", i)), tuple(g.sources), ("glossary", i, "sources"))
    placed = {p.figure.id: p for p in FIGURES.state(ctx) or []}
    part_of = ctx.part_of
    for i, f in enumerate(edition.figures):
        where = placed.get(f.id)
        href = f"{part_of[where.location.paragraph.id]}.md#{where.anchor}" if where else None
        yield Cited("Key figures", f.label, href, stated_texts(f, ("figures", i)), tuple(f.sources), ("figures", i, "sources"))
    for i, r in enumerate(edition.further_reading):
        yield Cited("Further reading", r.title, f"further-reading.md#read-{r.id}", stated_texts(r, ("further_reading", i)),
                    tuple(r.sources), ("further_reading", i, "sources"))
    guide = edition.teacher
    if guide is None:
        return
    for section in fact_keys(TeacherGuide):  # overview, objectives, before, during, after: each cites its own sources
        key = typing.cast(GuideSection, section)
        yield Cited("Teacher's guide", GUIDE_SECTIONS[key], "teacher.md", stated_texts(guide, ("teacher",), [section]),
                    tuple(guide.sources.get(key, [])), ("teacher", "sources", section))
    for i, d in enumerate(edition.discussion):
        yield Cited("Teacher's guide", f"Discussion question {i + 1}: {_first_words(d.question)}", "teacher.md",
                    stated_texts(d, ("discussion", i)), tuple(d.sources), ("discussion", i, "sources"))
    for i, c in enumerate(guide.claims):
        yield Cited("Teacher's guide", f"Claims and evidence: {_first_words(c.claim)}", "teacher.md", stated_texts(c, ("teacher", "claims", i)),
                    tuple(c.sources), ("teacher", "claims", i, "sources"))
    steps: list[tuple[Path, LessonStep]] = [(("teacher", "lesson", i), step) for i, step in enumerate(guide.lesson)]
    steps += [(("teacher", "plans", p, "lessons", n, "steps", k), step)
              for p, plan in enumerate(guide.plans) for n, lesson in enumerate(plan.lessons) for k, step in enumerate(lesson.steps)]
    for at, step in steps:
        yield Cited("Teacher's guide", f"Lesson plan: {step.title}", "teacher.md", stated_texts(step, at), tuple(step.sources), (*at, "sources"))


def _figure_addresses(edition: Edition) -> Iterator[tuple[tuple[Any, ...], str, int]]:
    """The addresses a figure's callout links to, each of which must be a listed source."""
    for i, f in enumerate(edition.figures):
        if f.source:
            yield ("figures", i, "source", "url"), f.source.url, i
        if f.latest:
            yield ("figures", i, "latest", "source", "url"), f.latest.source.url, i


def check_sources(ctx: Checking) -> dict[str, list[Cited]]:
    """Check every citation, and return for each source id the parts of the edition that rest on it."""
    reading, edition = ctx.reading, ctx.edition
    known = {s.id: s for s in edition.sources}
    choices = ", ".join(known) or "none: add a `sources:` list (to edition.yml or sources.yml)"
    uses: dict[str, list[Cited]] = {sid: [] for sid in known}
    parts = list(cited_parts(ctx))
    for part in parts:
        for k, sid in enumerate(part.ids):
            if sid not in known:
                ctx.problem(reading.error((*part.ids_path, k), f"unknown source id {sid!r}; expected one of the ids under `sources:` ({choices})"))
            elif part not in uses[sid]:
                uses[sid].append(part)
        if part.ids:
            continue
        for path, text in part.texts:
            numbers = stated_numbers(text)
            if numbers:
                ctx.report(reading.error(path, f"states {numbers[0]!r} but names no source; add `sources: [id]` to the entry, "
                                               "with the id of a source listed under `sources:`"))
                break
    by_url = {s.url.rstrip("/"): s.id for s in edition.sources if s.url}
    figure_parts = [p for p in parts if p.group == "Key figures"]
    for path, url, index in _figure_addresses(edition):
        listed = by_url.get(url.rstrip("/"))
        if listed is None:
            ctx.problem(reading.error(path, f"the address {url} is not under `sources:`; list it there with its title, publisher, date and kind"))
        elif figure_parts[index] not in uses[listed]:
            uses[listed].append(figure_parts[index])
    for i, source in enumerate(edition.sources):
        if not uses[source.id]:
            ctx.report(reading.error(("sources", i, "id"), f"nothing rests on source {source.id!r}; cite it with `sources: [{source.id}]` or remove it"))
    return uses
