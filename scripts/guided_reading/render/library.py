"""The site's home page: every reading as a card."""
from __future__ import annotations

from ..context import ReadingContext
from .common import front_matter, minutes
from .markup import md_text

SITE_INTRO = (
    "Guided readings of opinion pieces on hard subjects. Each reading gives you the text in numbered "
    "paragraphs, split into short themed parts, with an introduction to each part and the hard words explained."
)


def library_page(readings: list[ReadingContext]) -> str:
    cards = []
    for ctx in readings:
        meta = ctx.edition.meta
        parts = "\n".join(f"    - [{md_text(p.title)}]({ctx.slug}/{p.id}.md)" for p in ctx.parts)
        draft = " · **draft**" if ctx.edition.status == "draft" else ""
        cards.append(
            f"-   **[{md_text(meta.title)}]({ctx.slug}/index.md)**\n\n"
            f"    {md_text(meta.author)} · {minutes(ctx.stats.minutes)} · reading level {ctx.stats.level}{draft}\n\n"
            f"    {' '.join(meta.summary.split())}\n\n"
            f"{parts}"
        )
    return (
        front_matter("Guided readings", SITE_INTRO)
        + "# Guided readings\n\n"
        + SITE_INTRO
        + "\n\n"
        + '!!! note "Content note"\n\n'
        + "    These readings deal with human trafficking and exploitation, without graphic detail. "
        + "If the subject affects you or someone you know, [help is available](help.md).\n\n"
        + ("## The reading\n\n" if len(readings) == 1 else "## The readings\n\n")
        + '<div class="grid cards" markdown>\n\n'
        + "\n\n".join(cards)
        + "\n\n</div>\n"
    )
