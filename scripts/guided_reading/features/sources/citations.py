"""Sources of the edition's own statements: every cited id exists, every stated number is cited,
and every source says which entries rest on it (for the "Where our facts come from" page).

What counts as a statement that needs a source is read from the schema: every field marked as a fact
(`PlainFact`, `ProseFact` in core/schema.py) whose text holds a number or a date. Quotations,
paragraph references and lesson timings are not statements of fact.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...core.cited import Cited
from ...core.context import Checking
from ...core.numbers import find_claims
from ...core.schema import EditionCore
from ...core.shared import FIGURE_ENTRIES
from .schema import SourcesKeys

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


def _figure_addresses(edition: EditionCore) -> Iterator[tuple[tuple[Any, ...], str, int]]:
    """The addresses a figure's callout links to, each of which must be a listed source."""
    for i, f in enumerate(FIGURE_ENTRIES.of(edition)):
        if f.source:
            yield ("figures", i, "source", "url"), f.source.url, i
        if f.latest:
            yield ("figures", i, "latest", "source", "url"), f.latest.source.url, i


def check_sources(ctx: Checking) -> dict[str, list[Cited]]:
    """Check every citation, and return for each source id the parts of the edition that rest on it."""
    reading, edition = ctx.reading, ctx.edition
    sources = SourcesKeys.of(edition).sources
    known = {s.id: s for s in sources}
    choices = ", ".join(known) or "none: add a `sources:` list (to edition.yml or sources.yml)"
    uses: dict[str, list[Cited]] = {sid: [] for sid in known}
    parts = ctx.cited_parts()
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
    by_url = {s.url.rstrip("/"): s.id for s in sources if s.url}
    figure_parts = [p for p in parts if p.group == "Key figures"]
    for path, url, index in _figure_addresses(edition):
        listed = by_url.get(url.rstrip("/"))
        if listed is None:
            ctx.problem(reading.error(path, f"the address {url} is not under `sources:`; list it there with its title, publisher, date and kind"))
        elif figure_parts[index] not in uses[listed]:
            uses[listed].append(figure_parts[index])
    for i, source in enumerate(sources):
        if not uses[source.id]:
            ctx.report(reading.error(("sources", i, "id"), f"nothing rests on source {source.id!r}; cite it with `sources: [{source.id}]` or remove it"))
    return uses
