"""Word work: gap-fills at the end of each part, built from the glossary's words as the op-ed uses them."""
from __future__ import annotations

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.quiz import Quiz
from ...core.shared import GLOSSARY, WORD_WORK
from ...core.shared_schema import Question
from ...core.slot import Slot
from .exercises import build_word_work
from .schema import WordWorkKeys
from .section import word_work_answers, word_work_section


class WordWork(Feature[dict[str, list[Question]], dict[str, Quiz]]):
    handle: Handle[dict[str, Quiz]] = WORD_WORK
    schema = WordWorkKeys
    assets = ("assets/quiz.css", "assets/quiz.js", "assets/work-store.js", "assets/on-page.js")
    page_assets = (PageAsset(('class="quiz',), css=("assets/quiz.css",), js=(ON_PAGE, WORK_STORE, "assets/quiz.js")),)
    renderers = ("section",)
    # Built from the glossary's matcher: nothing to check without it.
    after = needs = (GLOSSARY,)

    def check(self, ctx: Checking) -> dict[str, Quiz] | None:
        matcher = GLOSSARY.state(ctx)
        return build_word_work(ctx, matcher) if matcher else None

    def sections(self, ctx: ReadingContext, state: dict[str, Quiz], slot: Slot, key: str) -> list[str]:
        exercise = state.get(key) if slot in (Slot.PART, Slot.ANSWER_KEY) else None
        if exercise is None:
            return []
        return [word_work_answers(exercise) if slot is Slot.ANSWER_KEY else word_work_section(ctx, exercise, key)]


FEATURE = WordWork()
