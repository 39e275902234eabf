"""Pieces shared by the pages of a reading: front matter, the content note, the op-ed's paragraphs."""
from __future__ import annotations

from collections.abc import Sequence

import yaml
from markupsafe import Markup

from .context import ReadingContext, ReadingText
from .markup import attr_text, md_text, paragraph_html, prose_html, title_text
from .model import Paragraph
from .templates import render


def front_matter(title: str, description: str, lead: dict[str, object] | None = None, **extra: object) -> str:
    """Page metadata from plain text. Templates insert these values unescaped, so they are escaped here.

    `lead` comes first, in its own order (a draft's `draft: true` and its to-dos); the rest is sorted.
    """
    data = {"title": title_text(title), "description": attr_text(description), **extra}
    first = yaml.safe_dump(lead, allow_unicode=True, sort_keys=False, width=1000) if lead else ""
    return "---\n" + first + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=1000) + "---\n\n"


def page_meta(ctx: ReadingText, title: str, description: str, **extra: object) -> str:
    """The front matter of one of a reading's pages. Every page of a draft carries `draft: true`, which
    overrides/main.html turns into a banner, and the draft's to-dos for the banner to list."""
    lead: dict[str, object] | None = None
    if ctx.edition.status == "draft":
        lead = {"draft": True, **({"todo": list(ctx.edition.todo)} if ctx.edition.todo else {})}
    return front_matter(title, description, lead, **extra)


def indent(text: str, spaces: int = 4) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line.strip() else "" for line in text.strip().splitlines())


def admonition(kind: str, title: str, body: str, extra_class: str = "") -> str:
    classes = f"{kind} {extra_class}".strip()
    return f'!!! {classes} "{title}"\n\n{indent(body)}\n'


def content_note(ctx: ReadingContext, full: bool = False, folder: str = "", paper: str | None = None) -> str:
    """The full note on a reading's home and first part; elsewhere one line that opens it, and the way to help.

    `folder` places its links on a page outside the reading's folder. On paper the note prints the edition's
    help lines; `paper` replaces them with one line (printed only when the edition has help lines), or with
    nothing when it is "".
    """
    note = ctx.edition.content_note
    if not note:
        return ""
    help_lines = [
        (h, h.url.removeprefix("https://").removeprefix("http://").rstrip("/") if h.url else "")
        for h in ctx.edition.help_lines
    ]
    return str(render("core/templates/content_note.html.j2", full=full, note=Markup(prose_html(note, folder)),
                      help_lines=help_lines, paper=paper))


def ext_link(text: str, url: str) -> str:
    """A Markdown link to another site: marked as external (see reading.css) and opened without an opener.

    `text` must already be safe Markdown (md_text of plain text); `url` is a schema-checked http(s) address.
    """
    return f'[{text}]({url}){{ .external rel="noopener" }}'


def minutes(n: int) -> str:
    return "about 1 minute" if n == 1 else f"about {n} minutes"


def oped_blocks(ctx: ReadingContext, paragraphs: Sequence[Paragraph], page: str, level: int = 2, plain: bool = False) -> str:
    """The op-ed's own headings and numbered paragraphs, with what the features add to them (unless `plain`)."""
    notes = ctx.annotate(paragraphs, page, features=not plain)
    first_of_section = {s.paragraphs[0].id: s for s in ctx.doc.sections if s.paragraphs and s.heading}
    out: list[str] = []
    items: list[Markup] = []  # the items of the list being written: one raw HTML block, no blank line inside
    for paragraph in paragraphs:
        section = first_of_section.get(paragraph.id)
        if items and (paragraph.kind != "item" or section is not None):
            out.append(list_html(items))
            items = []
        if section is not None and section.heading:
            out.append(f"{'#' * level} {md_text(section.heading)} {{ #{section.id} .oped-heading dir=auto }}")
        html = paragraph_html(paragraph, notes.marks.get(paragraph.id))
        after = notes.after.get(paragraph.id, [])
        if paragraph.kind == "item":
            items.append(Markup(html))
            if after:  # a block placed after an item ends the list; the next item opens another
                out.append(list_html(items))
                items = []
        else:
            out.append(html)
        out.extend(after)
    if items:
        out.append(list_html(items))
    return "\n\n".join(out) + "\n"


def list_html(items: list[Markup]) -> str:
    """The items of one list of the op-ed (numbered, bulleted, references, table rows), each keeping its own marker."""
    return str(render("core/templates/oped_list.html.j2", items=items))


def byline(ctx: ReadingContext) -> str:
    """Author, affiliation, publisher and date, as many as the edition gives (a draft may not know its author yet)."""
    return str(render("core/templates/byline.md.j2", meta=ctx.edition.meta))
