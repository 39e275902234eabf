"""Further reading: a short list closing each theme page, and every entry grouped by kind on one page."""
from __future__ import annotations

from ...core.blocks import content_note, page_meta
from ...core.citing import cited_line
from ...core.context import ReadingContext
from ...core.markup import md_text
from ...core.schema import FurtherReading
from ...core.themes import Part

KINDS = {
    "data": "Data and estimates",
    "report": "Reports",
    "law": "Laws and treaties",
    "organisation": "Organisations",
    "teaching resource": "Teaching resources",
}


def entry_line(ctx: ReadingContext, entry: FurtherReading) -> str:
    """One entry; its link carries an id so that the sources page can point at it."""
    link = f'[{md_text(entry.title)}]({entry.url}){{ #read-{entry.id} .external rel="noopener" }}'
    # An entry that is its own only source needs no source line; the sources page still lists it.
    own = {s.id for s in ctx.edition.sources if s.url and s.url.rstrip("/") == entry.url.rstrip("/")}
    cited = "" if set(entry.sources) <= own else cited_line(ctx, entry.sources)
    return f"- **{link}**, {md_text(entry.organisation)}. {md_text(' '.join(entry.why.split()))}" + (f" {cited}" if cited else "")


def part_reading(ctx: ReadingContext, part: Part) -> str:
    entries = [e for e in ctx.edition.further_reading if part.id in e.themes]
    if not entries:
        return ""
    return (
        "## Read more { #read-more }\n\n"
        + "\n".join(entry_line(ctx, e) for e in entries)
        + "\n\nAll the sources, grouped by kind, are on the [further reading](further-reading.md) page.\n"
    )


def further_reading_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    out = [
        page_meta(ctx, f"Further reading: {title}", f"Data, reports, laws, organisations and teaching resources on the subject of {title}."),
        "# Further reading\n",
        content_note(ctx),
        "Where to check the op-ed's figures, read the laws it refers to, and find out who works against trafficking. "
        "All links lead to other sites and need an internet connection.\n",
    ]
    for kind, heading in KINDS.items():
        entries = [e for e in ctx.edition.further_reading if e.kind == kind]
        if entries:
            out.append(f"## {heading}\n\n" + "\n".join(entry_line(ctx, e) for e in entries) + "\n")
    return "\n".join(out)
