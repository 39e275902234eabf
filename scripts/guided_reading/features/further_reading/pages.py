"""Further reading: a short list closing each theme page, and every entry grouped by kind on one page."""
from __future__ import annotations

from markupsafe import Markup

from ...core.blocks import content_note, page_meta
from ...core.citing import cited_line
from ...core.context import ReadingContext
from ...core.shared import SOURCE_ENTRIES
from ...core.templates import render
from ...core.themes import Part
from .schema import FurtherReading, FurtherReadingKeys

KINDS = {
    "data": "Data and estimates",
    "report": "Reports",
    "law": "Laws and treaties",
    "organisation": "Organisations",
    "teaching resource": "Teaching resources",
}


TEMPLATES = "features/further_reading/templates"


def entry_line(ctx: ReadingContext, entry: FurtherReading) -> Markup:
    """One entry; its link carries an id so that the sources page can point at it."""
    # An entry that is its own only source needs no source line; the sources page still lists it.
    own = {s.id for s in SOURCE_ENTRIES.of(ctx.edition) if s.url and s.url.rstrip("/") == entry.url.rstrip("/")}
    cited = "" if set(entry.sources) <= own else cited_line(ctx, entry.sources)
    line = render(f"{TEMPLATES}/entry.md.j2", entry=entry, why=" ".join(entry.why.split()), cited=Markup(cited))
    return Markup(line.removesuffix("\n"))


def part_reading(ctx: ReadingContext, part: Part) -> str:
    entries = [e for e in FurtherReadingKeys.of(ctx.edition).further_reading if part.id in e.themes]
    if not entries:
        return ""
    return str(render(f"{TEMPLATES}/part.md.j2", lines=[entry_line(ctx, e) for e in entries]))


def further_reading_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    groups = [
        (heading, [entry_line(ctx, e) for e in entries])
        for kind, heading in KINDS.items()
        if (entries := [e for e in FurtherReadingKeys.of(ctx.edition).further_reading if e.kind == kind])
    ]
    meta = page_meta(ctx, f"Further reading: {title}", f"Data, reports, laws, organisations and teaching resources on the subject of {title}.")
    return str(render(f"{TEMPLATES}/page.md.j2", meta=Markup(meta), note=Markup(content_note(ctx)), groups=groups))
