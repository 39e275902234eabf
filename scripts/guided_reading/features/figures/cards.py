"""The key figures on a reading's home page, as cards: what the op-ed says, and what we know now."""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.figures import PlacedFigure
from ...core.markup import md_text, prose_html
from .schema import FiguresKeys

GENERAL = "Each card shows a number the op-ed uses, in its own words. Judge it yourself before you read our note on it. "


def figure_cards(ctx: ReadingContext, placed: list[PlacedFigure]) -> str:
    part_of = ctx.part_of
    cards = []
    for item in placed:
        figure = item.figure
        paragraph = item.location.paragraph
        # Only the op-ed's words: the verdict (which estimate, the latest figure) waits on the part page
        # until the reader has judged the number (judge-first).
        cards.append(
            f"-   **[{md_text(figure.label)}]({part_of[paragraph.id]}.md#{item.anchor})**\n\n"
            f"    **The op-ed (¶ {paragraph.number}):** “{md_text(item.location.text)}”\n"
        )
    said = FiguresKeys.of(ctx.edition).figures_intro
    intro = prose_html(said) + " " if said else GENERAL
    return (
        "## Key figures: judge them first\n\n"
        + intro
        + "Each card leads to the paragraph that uses the number, where you answer a question before the note opens.\n\n"
        '<div class="grid cards figure-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
    )
