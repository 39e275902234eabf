"""The site's home page: every reading as a card."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..core.blocks import content_note, front_matter, minutes
from ..core.context import ReadingContext
from ..core.markup import md_text, prose_html
from ..core.page import FOR_TEACHERS
from ..core.templates import render

SITE_INTRO = (
    "Guided readings of opinion pieces on hard subjects. Each reading gives you the text in numbered "
    "paragraphs, split into short themed parts, with an introduction to each part and the hard words explained."
)


@dataclass(frozen=True)
class Listing:
    """What the site's own pages need of one reading: its card on the home page, its content note as the
    home page shows it, and its section of the navigation. Plain data, so that a reading whose inputs
    did not change is listed from the generation record without being loaded again."""

    slug: str
    title: str
    card: str
    content_note: str  # the full note, its links made from the site's root; "" when the reading has none
    nav: dict[str, list[object]]


def listing(ctx: ReadingContext, nav: dict[str, list[object]]) -> Listing:
    meta = ctx.edition.meta
    parts = "\n".join(f"    - [{md_text(p.title)}]({ctx.slug}/{p.id}.md)" for p in ctx.parts)
    draft = " · **draft**" if ctx.edition.status == "draft" else ""
    card = (
        f"-   **[{md_text(meta.title)}]({ctx.slug}/index.md)**\n\n"
        f"    {md_text(meta.author) + ' · ' if meta.author else ''}{minutes(ctx.stats.minutes)} · reading level {ctx.stats.level}{draft}\n\n"
        f"    {prose_html(meta.summary)}\n\n"
        f"{parts}"
    )
    note = content_note(ctx, full=True, folder=f"{ctx.slug}/") if ctx.edition.content_note else ""
    return Listing(ctx.slug, meta.title, card, note, nav)


def content_notes(readings: list[Listing]) -> str:
    """The readings' own content notes, gathered at the top of the site's home page."""
    notes = [item for item in readings if item.content_note]
    if not notes:
        return ""
    if len(readings) == 1:
        return notes[0].content_note
    items = "\n".join(f"    - *{md_text(item.title)}* deals with a difficult subject; its pages carry a content note." for item in notes)
    return f'!!! note content-note "Content note"\n\n{items}\n\n    If a subject affects you or someone you know, [help is available](help.md).\n\n'


def library_page(readings: list[Listing]) -> str:
    """The site's home: its introduction, the readings' content notes, the offline download (builder/package.py
    writes the zip's size into it once the zip exists) and a card for each reading."""
    return str(render(
        "pages/templates/library.md.j2",
        front=Markup(front_matter("Guided readings", SITE_INTRO)), intro=SITE_INTRO, notes=Markup(content_notes(readings)),
        offline=render("pages/templates/offline.html.j2"), heading="The reading" if len(readings) == 1 else "The readings",
        cards=[Markup(item.card) for item in readings], teachers=Markup(teachers_areas(readings)),
    ))


def teachers_areas(readings: list[Listing]) -> str:
    """Links to each reading's teachers' area (the first page of its group for teachers), which no student page links to."""
    links = []
    for item in readings:
        (title, section), = item.nav.items()
        for entry in section:
            if isinstance(entry, dict) and FOR_TEACHERS in entry and entry[FOR_TEACHERS]:
                (path,) = entry[FOR_TEACHERS][0].values()
                name = md_text(title) if len(readings) > 1 else "the teachers' area"
                links.append(f"[{name}]({path})")
    if not links:
        return ""
    where = links[0] if len(links) == 1 else "the teachers' area of each reading: " + ", ".join(links)
    return f"Teachers: lesson plans, answer keys and the hand-in page are in {where}. It is kept apart from the students' pages, but it is no lock.\n\n"
