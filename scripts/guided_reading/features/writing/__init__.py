"""Written answers: open prompts with a box to write in, at the end of a part or of the final quiz."""
from __future__ import annotations

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.quiz import FINAL
from ...core.shared import WRITING
from ...core.shared_schema import WrittenPrompt
from ...core.slot import Slot
from ...core.written import PlacedPrompt
from .boxes import handout_writing, written_answers, written_section
from .prompts import check_writing
from .schema import WritingKeys


class Writing(Feature[list[WrittenPrompt], dict[str, list[PlacedPrompt]]]):
    handle: Handle[dict[str, list[PlacedPrompt]]] = WRITING
    schema = WritingKeys
    assets = ("assets/written.js", "assets/work-store.js", "assets/on-page.js")
    page_assets = (PageAsset(('data-written="',), js=(ON_PAGE, WORK_STORE, "assets/written.js")),)
    renderers = ("boxes",)

    def check(self, ctx: Checking) -> dict[str, list[PlacedPrompt]] | None:
        return check_writing(ctx) if self.config(ctx.edition) else None

    def sections(self, ctx: ReadingContext, state: dict[str, list[PlacedPrompt]], slot: Slot, key: str) -> list[str]:
        if slot is Slot.PART:
            return [written_section(ctx, state, key, key)]
        if slot is Slot.FINAL:
            return [written_section(ctx, state, FINAL, "quiz")]
        if slot is Slot.WORKSHEET:
            return [handout_writing(ctx, state)]
        if slot is Slot.ANSWER_KEY and key:
            return [written_answers(state.get(key, []))]
        return []


FEATURE = Writing()
