"""Citations as every part of a reading sees them: a cited entry of the edition, and the line under an
entry that names its sources, linked to their places on the sources page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .context import ReadingContext
from .markup import md_text
from .schema import Source

SOURCES_PAGE = "sources.md"


@dataclass(frozen=True)
class Cited:
    """One part of the edition that may state facts: where its text is, what it cites, and how the source page links to it."""

    group: str  # "Glossary", "Key figures", "Further reading", "Teacher's guide"
    label: str  # plain text naming the entry
    href: str | None  # the page (and anchor) that shows it; None when it is not shown
    texts: tuple[tuple[tuple[Any, ...], str], ...]  # (key path, text) of each field that may state a fact
    ids: tuple[str, ...]
    ids_path: tuple[Any, ...]  # key path of its `sources:`


def source_anchor(source_id: str) -> str:
    return f"src-{source_id}"


def source_link(source: Source) -> str:
    """A link to a source's entry on the sources page, for the pages that cite it."""
    return f"[{md_text(source.title)}]({SOURCES_PAGE}#{source_anchor(source.id)})"


def cited_line(ctx: ReadingContext, ids: tuple[str, ...] | list[str]) -> str:
    """"*Sources:* …" under an entry: each source by title, publisher and date, linked to its place on the sources page."""
    by_id = {s.id: s for s in ctx.edition.sources}
    cited = [by_id[i] for i in ids if i in by_id]
    items = "; ".join(
        f"{source_link(s)} ({md_text(s.publisher)}{', ' + md_text(s.date) if s.date else ''})" for s in cited
    )
    return f"*{'Source' if len(cited) == 1 else 'Sources'}:* {items}" if cited else ""
