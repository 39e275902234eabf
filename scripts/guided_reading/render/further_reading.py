"""Further reading: a short list closing each theme page, and every entry grouped by kind on one page."""
from __future__ import annotations

from ..context import ReadingContext
from ..schema import FurtherReading
from ..themes import Part
from .common import content_note, ext_link, front_matter
from .markup import md_text

KINDS = {
    "data": "Data and estimates",
    "report": "Reports",
    "law": "Laws and treaties",
    "organisation": "Organisations",
    "teaching resource": "Teaching resources",
}


def entry_line(entry: FurtherReading) -> str:
    return f"- **{ext_link(md_text(entry.title), entry.url)}**, {md_text(entry.organisation)}. {md_text(' '.join(entry.why.split()))}"


def part_reading(ctx: ReadingContext, part: Part) -> str:
    entries = [e for e in ctx.edition.further_reading if part.id in e.themes]
    if not entries:
        return ""
    return (
        "## Read more { #read-more }\n\n"
        + "\n".join(entry_line(e) for e in entries)
        + "\n\nAll the sources, grouped by kind, are on the [further reading](further-reading.md) page.\n"
    )


def further_reading_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    out = [
        front_matter(f"Further reading: {title}", f"Data, reports, laws, organisations and teaching resources on the subject of {title}."),
        "# Further reading\n",
        content_note(ctx),
        "Where to check the op-ed's figures, read the laws it refers to, and find out who works against trafficking. "
        "All links lead to other sites and need an internet connection.\n",
    ]
    for kind, heading in KINDS.items():
        entries = [e for e in ctx.edition.further_reading if e.kind == kind]
        if entries:
            out.append(f"## {heading}\n\n" + "\n".join(entry_line(e) for e in entries) + "\n")
    return "\n".join(out)
