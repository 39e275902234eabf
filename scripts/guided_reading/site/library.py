"""The site's home page: every reading as a card."""
from __future__ import annotations

from ..core.blocks import content_note, front_matter, minutes
from ..core.context import ReadingContext
from ..core.markup import md_text, prose_html

SITE_INTRO = (
    "Guided readings of opinion pieces on hard subjects. Each reading gives you the text in numbered "
    "paragraphs, split into short themed parts, with an introduction to each part and the hard words explained."
)


OFFLINE = (
    '<p class="offline-download"><a href="downloads/guided-readings-offline.zip" download>Download for offline use</a>'
    '<span class="download-size"></span>: the whole site in one file. Unzip it anywhere, on a computer or a USB stick, '
    "and open <code>index.html</code> in the <code>guided-readings</code> folder: everything works without internet.</p>\n\n"
)


def content_notes(readings: list[ReadingContext]) -> str:
    """The readings' own content notes, gathered at the top of the site's home page."""
    notes = [ctx for ctx in readings if ctx.edition.content_note]
    if not notes:
        return ""
    if len(readings) == 1:
        return content_note(notes[0], full=True, folder=f"{notes[0].slug}/")
    items = "\n".join(f"    - *{md_text(ctx.edition.meta.title)}* deals with a difficult subject; its pages carry a content note." for ctx in notes)
    return f'!!! note content-note "Content note"\n\n{items}\n\n    If a subject affects you or someone you know, [help is available](help.md).\n\n'


def library_page(readings: list[ReadingContext]) -> str:
    cards = []
    for ctx in readings:
        meta = ctx.edition.meta
        parts = "\n".join(f"    - [{md_text(p.title)}]({ctx.slug}/{p.id}.md)" for p in ctx.parts)
        draft = " · **draft**" if ctx.edition.status == "draft" else ""
        cards.append(
            f"-   **[{md_text(meta.title)}]({ctx.slug}/index.md)**\n\n"
            f"    {md_text(meta.author) + ' · ' if meta.author else ''}{minutes(ctx.stats.minutes)} · reading level {ctx.stats.level}{draft}\n\n"
            f"    {prose_html(meta.summary)}\n\n"
            f"{parts}"
        )
    return (
        front_matter("Guided readings", SITE_INTRO)
        + "# Guided readings\n\n"
        + SITE_INTRO
        + "\n\n"
        + content_notes(readings)
        + OFFLINE
        + ("## The reading\n\n" if len(readings) == 1 else "## The readings\n\n")
        + '<div class="grid cards" markdown>\n\n'
        + "\n\n".join(cards)
        + "\n\n</div>\n\n"
        + "Editors and teachers who want to add a reading: see the [authoring guide](authoring.md).\n"
    )
