"""Written answers on a reading's pages: a text box kept on the device, then the points of a strong answer.

The points and evidence links sit in the page, hidden, as the quiz answers do: written.js shows them
once the reader has written enough. Without JavaScript the box still takes an answer (not kept).
"""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.markup import html_text, md_text, one_line
from .prompts import PlacedPrompt

# The longest written answer kept, in characters (about 5,000 words, far above a long essay). The same
# figure is LIMIT in docs/assets/work-store.js; tests/js checks that they agree.
ANSWER_LIMIT = 30000


def _paragraph_refs(placed: PlacedPrompt) -> str:
    return ", ".join(f"¶ {n}" for n in placed.paragraphs)


def written_box(ctx: ReadingContext, placed: PlacedPrompt, current_page: str) -> str:
    p = placed.prompt
    box = f"write-{p.id}-text"
    points = "".join(f"<li>{html_text(x)}</li>" for x in p.points)
    links = "; ".join(
        f'<a href="{placed.href(i, current_page)}">¶ {loc.paragraph.number}</a>: “{html_text(loc.text)}”'
        for i, loc in enumerate(placed.evidence)
    )
    return (
        f'<div class="written" id="write-{p.id}" data-written="{html_text(ctx.slug)}/{p.id}" data-min-words="{p.min_words}">'
        f'<p class="written-prompt"><label for="{box}"><strong>{html_text(one_line(p.prompt))}</strong></label> '
        f'<span class="written-refs">Look again at {_paragraph_refs(placed)}.</span></p>'
        f'<textarea id="{box}" class="written-text" rows="7" spellcheck="true" maxlength="{ANSWER_LIMIT}" aria-describedby="{box}-count"></textarea>'
        f'<p class="written-count" id="{box}-count">Write at least {p.min_words} words (up to {ANSWER_LIMIT:,} characters), '
        "then submit your first draft to compare it with a strong answer.</p>"
        '<p class="written-actions" hidden><button type="button" class="md-button written-compare" disabled>'
        "Submit my first draft and compare</button></p>"
        f'<div class="written-strong" hidden><p><strong>A strong answer covers:</strong></p><ul>{points}</ul>'
        f'<p class="written-evidence">In the text: {links}</p></div>'
        "</div>"
    )


def written_section(ctx: ReadingContext, part: str, current_page: str) -> str:
    """The "Write about it" section of a theme page or of the final quiz page; empty if it has no prompts."""
    prompts = ctx.features.get("writing", {}).get(part, [])
    if not prompts:
        return ""
    intro = (
        "Answer in a few sentences of your own, using the paragraphs named. Your answer is kept on this device "
        "and gathered on [My work](my-work.md), where you can print it or save it to hand in."
    )
    boxes = "\n\n".join(written_box(ctx, placed, current_page) for placed in prompts)
    return f"## Write about it {{ #write }}\n\n{intro}\n\n{boxes}\n"


def handout_writing(ctx: ReadingContext) -> str:
    """The written prompts on paper: each with lined space to answer in; never the strong-answer points."""
    placed_by_part = ctx.features.get("writing", {})
    if not placed_by_part:
        return ""
    titles = {p.id: p.title for p in ctx.parts} | {"final": "The whole op-ed"}
    order = [p.id for p in ctx.parts] + ["final"]
    items = []
    for part in order:
        for placed in placed_by_part.get(part, []):
            question = md_text(one_line(placed.prompt.prompt))
            lines = '<span class="write-lines" aria-hidden="true">' + "<span></span>" * 6 + "</span>"
            items.append(f"{len(items) + 1}. **{md_text(titles[part])}.** {question} ({_paragraph_refs(placed)})\n\n    {lines}\n")
    return (
        "## Write about it { .handout-break }\n\n"
        "Answer in full sentences, in your own words, and name the paragraphs you use.\n\n" + "\n".join(items)
    )
