"""Written answers as other parts of a reading see them: a prompt placed at its quotes, and the box a
student writes in (on a part page, the final quiz page, or an assignment).

The points and evidence links sit in the page, hidden, as the quiz answers do: written.js shows them
once the reader has written enough. Without JavaScript the box still takes an answer (not kept).
"""
from __future__ import annotations

from dataclasses import dataclass

from .context import ReadingContext
from .locate import Location
from .markup import one_line
from .shared_schema import WrittenPrompt
from .templates import render


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
    """The box a student writes in (templates/written.html.j2), with the points and the quotes to compare."""
    return str(render(
        "core/templates/written.html.j2",
        prompt=placed.prompt,
        prompt_text=one_line(placed.prompt.prompt),
        slug=ctx.slug,
        refs=paragraph_refs(placed),
        evidence=[(placed.href(i, current_page), location) for i, location in enumerate(placed.evidence)],
    ))
