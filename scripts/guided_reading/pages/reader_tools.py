"""The reader's switches above the op-ed's text: plain words for every paragraph, and more words explained.

The bar stays hidden without JavaScript (each "In plain words" still opens on its own, and every word is on
the glossary page); reader-tools.js shows the switches a page can use and remembers the reader's choice.
"""
from __future__ import annotations

from markupsafe import Markup

from ..core.context import ReadingContext
from ..core.slot import Slot
from ..core.templates import render


def reader_options(ctx: ReadingContext) -> str:
    """The switches the reading's features offer (`reader-options` sections), in one bar above the text."""
    buttons = ctx.sections(Slot.READER_OPTIONS)
    if not buttons:
        return ""
    # Each button is a feature's section: HTML its renderer wrote.
    return str(render("pages/templates/reader_options.html.j2", slug=ctx.slug, buttons=[Markup(button) for button in buttons]))
