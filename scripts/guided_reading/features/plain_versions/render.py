"""Plain versions on the page: folded under each paragraph, and as a second column of the printed handout."""
from __future__ import annotations

from collections.abc import Sequence

from ...core.context import Annotations, Annotator, ReadingContext
from ...core.markup import html_text
from ...core.model import Paragraph
from ...core.plain import PlainText

# The reading-help switch that opens the plain version of every paragraph at once.
SWITCH = '<button type="button" class="md-button reader-plain" aria-pressed="false" hidden>Plain words for every paragraph</button>'


def plain_block(item: PlainText) -> str:
    """A closed <details> under the paragraph: it opens without JavaScript; plain-words.js remembers the choice."""
    n = item.paragraph.number
    return (
        f'<details class="plain-version" data-for="{item.paragraph.id}">'
        f'<summary>In plain words<span class="visually-hidden"> (¶ {n})</span></summary>'
        f'<p class="plain-text">{html_text(item.text)}</p></details>'
    )


def make_annotator(placed: dict[str, PlainText]) -> Annotator:
    def annotate(ctx: ReadingContext, paragraphs: Sequence[Paragraph], page: str, notes: Annotations) -> None:
        for paragraph in paragraphs:
            if paragraph.id in placed:
                notes.add_after(paragraph.id, plain_block(placed[paragraph.id]))

    return annotate


def handout_plain_column(ctx: ReadingContext, placed: dict[str, PlainText]) -> str:
    """An optional block for the handout: the text and its plain versions side by side, printed when chosen.

    It works without JavaScript: a checkbox, read by CSS (:has), swaps the one-column text for this one.
    """
    rows = []
    for paragraph in ctx.doc.paragraphs:
        item = placed.get(paragraph.id)
        plain = html_text(item.text) if item else ""
        rows.append(
            f'<tr><th scope="row">¶&nbsp;{paragraph.number}</th><td>{html_text(paragraph.text)}</td>'
            f'<td class="handout-plain-text">{plain}</td></tr>'
        )
    return (
        '<div class="handout-plain-choice"><label><input type="checkbox" id="handout-plain-toggle"> '
        "Print the plain versions in a second column, beside the text</label></div>\n\n"
        '<div class="handout-plain">'
        '<table><thead><tr><th scope="col">¶</th><th scope="col">The text</th><th scope="col">In plain words</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>\n"
    )
