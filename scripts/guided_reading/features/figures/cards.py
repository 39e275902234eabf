"""The key figures on a reading's home page, as cards: what the op-ed says, and what we know now."""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.figures import PlacedFigure
from ...core.markup import md_text, prose_html

GENERAL = (
    "Each card shows a number the op-ed uses, the published estimate it matches (with its year) or that no "
    "estimate supports it, and the latest figure where there is one. "
)


def figure_cards(ctx: ReadingContext, placed: list[PlacedFigure]) -> str:
    part_of = ctx.part_of
    cards = []
    for item in placed:
        figure = item.figure
        paragraph = item.location.paragraph
        then = ", ".join(md_text(c.text) for c in item.claims) or md_text(item.location.text)
        source = f"matches {md_text(figure.source.name)}, {figure.source.year}" if figure.source else "no estimate supports it"
        now = f"**Now:** {md_text(figure.latest.figure)} ({md_text(figure.latest.date)})" if figure.latest else ""
        cards.append(
            f"-   **[{md_text(figure.label)}]({part_of[paragraph.id]}.md#{item.anchor})**\n\n"
            f"    **The op-ed (¶ {paragraph.number}):** {then} ({source})\n\n"
            + (f"    {now}\n" if now else "")
        )
    intro = prose_html(ctx.edition.figures_intro) + " " if ctx.edition.figures_intro else GENERAL
    return (
        "## Key figures, then and now\n\n"
        + intro
        + "Each card leads to a note beside the paragraph that uses the number.\n\n"
        '<div class="grid cards figure-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
    )
