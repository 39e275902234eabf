"""The reader's switches above the op-ed's text: plain words for every paragraph, and more words explained.

The bar stays hidden without JavaScript (each "In plain words" still opens on its own, and every word is on
the glossary page); reader-tools.js shows the switches a page can use and remembers the reader's choice.
"""
from __future__ import annotations

from ..core.context import ReadingContext


def reader_options(ctx: ReadingContext) -> str:
    buttons = []
    if "plain_versions" in ctx.features:
        buttons.append('<button type="button" class="md-button reader-plain" aria-pressed="false" hidden>Plain words for every paragraph</button>')
    if "glossary" in ctx.features:
        buttons.append('<button type="button" class="md-button reader-more" aria-pressed="false" hidden>Explain more words</button>')
    if not buttons:
        return ""
    return f'<div class="reader-options" role="group" aria-label="Reading help" hidden><p>{" ".join(buttons)}</p></div>\n\n'
