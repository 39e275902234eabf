"""Written answers: prompts tied to quotes of the op-ed, checked against the reading's parts and text."""
from __future__ import annotations

from ...core.context import Checking
from ...core.locate import find_quote
from ...core.quiz import FINAL
from ...core.shared import QUIZ_ENTRIES
from ...core.written import PlacedPrompt
from .schema import WritingKeys


def check_writing(ctx: Checking) -> dict[str, list[PlacedPrompt]]:
    """Each prompt's part must exist and each of its quotes must be in the op-ed. Prompts by part id."""
    reading = ctx.reading
    parts = [p.id for p in ctx.parts]
    page_of = ctx.part_of
    out: dict[str, list[PlacedPrompt]] = {}
    for index, prompt in enumerate(WritingKeys.of(ctx.edition).writing):
        if prompt.part != FINAL and prompt.part not in parts:
            ctx.problem(reading.error(("writing", index, "part"), f"expected a theme id ({', '.join(parts)}) or {FINAL!r}, got {prompt.part!r}"))
            continue
        if prompt.part == FINAL and FINAL not in QUIZ_ENTRIES.of(ctx.edition):
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
