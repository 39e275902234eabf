"""Citations as every part of a reading sees them: a cited entry of the edition, and the line under an
entry that names its sources, linked to their places on the sources page."""
from __future__ import annotations

from .cited import SOURCES_PAGE
from .context import ReadingContext
from .markup import md_text
from .shared import SOURCE_ENTRIES
from .shared_schema import Source


def source_anchor(source_id: str) -> str:
    return f"src-{source_id}"


def source_link(source: Source) -> str:
    """A link to a source's entry on the sources page, for the pages that cite it."""
    return f"[{md_text(source.title)}]({SOURCES_PAGE}#{source_anchor(source.id)})"


def cited_line(ctx: ReadingContext, ids: tuple[str, ...] | list[str]) -> str:
    """"*Sources:* …" under an entry: each source by title, publisher and date, linked to its place on the sources page."""
    by_id = {s.id: s for s in SOURCE_ENTRIES.of(ctx.edition)}
    cited = [by_id[i] for i in ids if i in by_id]
    items = "; ".join(
        f"{source_link(s)} ({md_text(s.publisher)}{', ' + md_text(s.date) if s.date else ''})" for s in cited
    )
    return f"*{'Source' if len(cited) == 1 else 'Sources'}:* {items}" if cited else ""
