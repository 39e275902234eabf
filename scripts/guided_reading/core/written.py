"""Written answers as other parts of a reading see them: a prompt placed at its quotes, and the box a
student writes in (on a part page, the final quiz page, or an assignment).

The points and evidence links sit in the page, hidden, as the quiz answers do: written.js shows them
once the reader has written enough. Without JavaScript the box still takes an answer (not kept).
"""
from __future__ import annotations

from dataclasses import dataclass

from .context import ReadingContext
from .locate import Location
from .markup import html_text, one_line
from .shared_schema import WrittenPrompt


@dataclass(frozen=True)
class PlacedPrompt:
    prompt: WrittenPrompt
    evidence: tuple[Location, ...]
    evidence_pages: tuple[str, ...]  # the theme page showing each quote, without ".md"

    def href(self, index: int, current_page: str) -> str:
        page = self.evidence_pages[index]
        anchor = self.evidence[index].anchor
        return f"#{anchor}" if page == current_page else f"{page}.html#{anchor}"

    @property
    def paragraphs(self) -> list[int]:
        return sorted({loc.paragraph.number for loc in self.evidence})


def paragraph_refs(placed: PlacedPrompt) -> str:
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
        f'<span class="written-refs">Look again at {paragraph_refs(placed)}.</span></p>'
        f'<textarea id="{box}" class="written-text" rows="7" spellcheck="true" aria-describedby="{box}-count"></textarea>'
        f'<p class="written-count" id="{box}-count">Write at least {p.min_words} words, then submit your first draft to compare it with a strong answer.</p>'
        '<p class="written-actions" hidden><button type="button" class="md-button written-compare" disabled>'
        "Submit my first draft and compare</button></p>"
        f'<div class="written-strong" hidden><p><strong>A strong answer covers:</strong></p><ul>{points}</ul>'
        f'<p class="written-evidence">In the text: {links}</p></div>'
        "</div>"
    )
