"""The key figures on a reading's home page, as cards: what the op-ed says, and what we know now."""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.markup import md_text


def figure_cards(ctx: ReadingContext, placed: list) -> str:
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
    return (
        "## Key figures, then and now\n\n"
        "The op-ed gives no dates or report titles for its numbers. Where they match a published estimate, that "
        "estimate is years old, and it sometimes measures something other than what the text says. Each card leads "
        "to a note beside the paragraph that uses the number.\n\n"
        '<div class="grid cards figure-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"
    )
