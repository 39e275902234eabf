"""Written answers on a reading's pages: a text box kept on the device, then the points of a strong answer.

The points and evidence links sit in the page, hidden, as the quiz answers do: written.js shows them
once the reader has written enough and submitted a first draft, which is kept as written beside any
revision. Without JavaScript the box still takes an answer (not kept).
The sections are templates (templates/*.md.j2); here is the data they are filled with.
"""
from __future__ import annotations

from markupsafe import Markup

from ...core.context import ReadingContext
from ...core.templates import render
from ...core.written import PlacedPrompt, paragraph_refs, written_box

TEMPLATES = "features/writing/templates"


def written_section(ctx: ReadingContext, placed_by_part: dict[str, list[PlacedPrompt]], part: str, current_page: str) -> str:
    """The "Write about it" section of a theme page or of the final quiz page; empty if it has no prompts."""
    prompts = placed_by_part.get(part, [])
    if not prompts:
        return ""
    boxes = [Markup(written_box(ctx, placed, current_page)) for placed in prompts]
    return str(render(f"{TEMPLATES}/section.md.j2", boxes=boxes))


def handout_writing(ctx: ReadingContext, placed_by_part: dict[str, list[PlacedPrompt]]) -> str:
    """The written prompts on paper: each with lined space to answer in; never the strong-answer points."""
    if not placed_by_part:
        return ""
    titles = {p.id: p.title for p in ctx.parts} | {"final": "The whole op-ed"}
    order = [p.id for p in ctx.parts] + ["final"]
    prompts = [
        (titles[part], placed.prompt.prompt, paragraph_refs(placed))
        for part in order for placed in placed_by_part.get(part, [])
    ]
    return str(render(f"{TEMPLATES}/handout.md.j2", prompts=prompts))


def written_answers(prompts: list[PlacedPrompt]) -> str:
    """A part's written prompts on the answer key, each with what a strong answer covers; empty without prompts."""
    if not prompts:
        return ""
    rows = [(placed.prompt.prompt, paragraph_refs(placed), placed.prompt.points) for placed in prompts]
    return str(render(f"{TEMPLATES}/answer_key.md.j2", prompts=rows))
