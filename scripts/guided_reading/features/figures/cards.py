"""The key figures on a reading's home page, as cards: what the op-ed says, and what we know now."""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.figures import PlacedFigure
from ...core.templates import render
from .schema import FiguresKeys


def figure_cards(ctx: ReadingContext, placed: list[PlacedFigure]) -> str:
    """The home page's section of key figures (templates/cards.md.j2)."""
    cards = [
        {"figure": item.figure, "page": ctx.part_of[item.location.paragraph.id], "anchor": item.anchor,
         "paragraph": item.location.paragraph.number, "said": item.location.text}
        for item in placed
    ]
    return str(render("features/figures/templates/cards.md.j2", intro=FiguresKeys.of(ctx.edition).figures_intro, cards=cards))
