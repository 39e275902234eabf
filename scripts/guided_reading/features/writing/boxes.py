"""Written answers on a reading's pages: a text box kept on the device, then the points of a strong answer.

The points and evidence links sit in the page, hidden, as the quiz answers do: written.js shows them
once the reader has written enough and submitted a first draft, which is kept as written beside any
revision. Without JavaScript the box still takes an answer (not kept).
"""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.markup import md_text, one_line
from ...core.written import PlacedPrompt, paragraph_refs, written_box


def written_section(ctx: ReadingContext, placed_by_part: dict[str, list[PlacedPrompt]], part: str, current_page: str) -> str:
    """The "Write about it" section of a theme page or of the final quiz page; empty if it has no prompts."""
    prompts = placed_by_part.get(part, [])
    if not prompts:
        return ""
    intro = (
        "Answer in a few sentences of your own, using the paragraphs named. Your answer is kept on this device "
        "and gathered on [My work](my-work.md), where you can print it or save it to hand in."
    )
    boxes = "\n\n".join(written_box(ctx, placed, current_page) for placed in prompts)
    return f"## Write about it {{ #write }}\n\n{intro}\n\n{boxes}\n"


def handout_writing(ctx: ReadingContext, placed_by_part: dict[str, list[PlacedPrompt]]) -> str:
    """The written prompts on paper: each with lined space to answer in; never the strong-answer points."""
    if not placed_by_part:
        return ""
    titles = {p.id: p.title for p in ctx.parts} | {"final": "The whole op-ed"}
    order = [p.id for p in ctx.parts] + ["final"]
    items: list[str] = []
    for part in order:
        for placed in placed_by_part.get(part, []):
            question = md_text(one_line(placed.prompt.prompt))
            lines = '<span class="write-lines" aria-hidden="true">' + "<span></span>" * 6 + "</span>"
            items.append(f"{len(items) + 1}. **{md_text(titles[part])}.** {question} ({paragraph_refs(placed)})\n\n    {lines}\n")
    return (
        "## Write about it { .handout-break }\n\n"
        "Answer in full sentences, in your own words, and name the paragraphs you use.\n\n" + "\n".join(items)
    )
