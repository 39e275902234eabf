"""Plain versions on the page: folded under each paragraph, and as a second column of the printed handout.

The markup is templates (templates/*.html.j2); here is the data they are filled with."""
from __future__ import annotations

from collections.abc import Sequence

from ...core.context import Annotations, Annotator, ReadingContext
from ...core.model import Paragraph
from ...core.plain import PlainText
from ...core.templates import render

TEMPLATES = "features/plain_versions/templates"


def switch() -> str:
    """The reading-help switch that opens the plain version of every paragraph at once."""
    return str(render(f"{TEMPLATES}/switch.html.j2"))


def plain_block(item: PlainText) -> str:
    """A closed <details> under the paragraph: it opens without JavaScript; plain-words.js remembers the choice."""
    return str(render(f"{TEMPLATES}/block.html.j2", paragraph=item.paragraph, text=item.text))


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
    rows = [(paragraph, item.text if (item := placed.get(paragraph.id)) else "") for paragraph in ctx.doc.paragraphs]
    return str(render(f"{TEMPLATES}/handout.html.j2", rows=rows))
