"""Written answers: prompts tied to quotes of the op-ed, checked against the reading's parts and text."""
from __future__ import annotations

from dataclasses import dataclass

from ...core.context import Checking
from ...core.locate import Location, find_quote
from ...core.schema import WrittenPrompt
from ..quizzes.model import FINAL


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


def check_writing(ctx: Checking) -> dict[str, list[PlacedPrompt]]:
    """Each prompt's part must exist and each of its quotes must be in the op-ed. Prompts by part id."""
    reading = ctx.reading
    parts = [p.id for p in ctx.parts]
    page_of = ctx.part_of
    out: dict[str, list[PlacedPrompt]] = {}
    for index, prompt in enumerate(ctx.edition.writing):
        if prompt.part != FINAL and prompt.part not in parts:
            ctx.problem(reading.error(("writing", index, "part"), f"expected a theme id ({', '.join(parts)}) or {FINAL!r}, got {prompt.part!r}"))
            continue
        if prompt.part == FINAL and FINAL not in ctx.edition.quizzes:
            ctx.problem(reading.error(("writing", index, "part"), "a prompt for the final quiz page needs a final quiz (quizzes: final:)"))
            continue
        found = []
        for k, quote in enumerate(prompt.evidence):
            location = find_quote(ctx.doc, quote)
            if location is None:
                ctx.problem(reading.error(("writing", index, "evidence", k), f"prompt {prompt.id!r}: expected a quote from the op-ed, {quote!r} is not in it"))
            else:
                found.append(location)
        if len(found) < len(prompt.evidence):
            continue
        pages = tuple(page_of[loc.paragraph.id] for loc in found)
        out.setdefault(prompt.part, []).append(PlacedPrompt(prompt, tuple(found), pages))
    return out
