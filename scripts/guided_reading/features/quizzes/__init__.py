"""Quizzes: a short quiz closing each part, and a final quiz on a page of its own."""
from __future__ import annotations

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.page import Page
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.quiz import FINAL, Quiz
from ...core.shared import QUIZZES, TEACHER_GUIDE
from ...core.shared_schema import Question
from ...core.slot import Slot
from .pages import answer_key_intro, final_quiz_page, quiz_answers, quiz_section
from .questions import check_quizzes
from .schema import QuizzesKeys


class Quizzes(Feature[dict[str, list[Question]], dict[str, Quiz]]):
    handle: Handle[dict[str, Quiz]] = QUIZZES
    schema = QuizzesKeys
    assets = ("assets/quiz.css", "assets/quiz.js", "assets/work-store.js", "assets/on-page.js")
    page_assets = (PageAsset(('class="quiz',), css=("assets/quiz.css",), js=(ON_PAGE, WORK_STORE, "assets/quiz.js")),)
    renderers = ("pages",)

    def check(self, ctx: Checking) -> dict[str, Quiz] | None:
        return check_quizzes(ctx) if self.config(ctx.edition) else None

    def sections(self, ctx: ReadingContext, state: dict[str, Quiz], slot: Slot, key: str) -> list[str]:
        if slot is Slot.ANSWER_KEY:  # the key "" is the page's opening; a part's id (or "final"), its answers
            if not key:
                return [answer_key_intro(TEACHER_GUIDE.of(ctx.edition) is not None)]
            return [quiz_answers(state[key])] if key in state else []
        quiz = state.get(key) if slot is Slot.PART else None
        return [quiz_section(ctx, quiz, key)] if quiz else []

    def pages(self, ctx: ReadingContext, state: dict[str, Quiz]) -> list[Page]:
        if FINAL not in state:
            return []
        page = final_quiz_page(ctx, state[FINAL]) + "".join(ctx.sections(Slot.FINAL))
        return [Page(f"{ctx.slug}/quiz.md", page, "Final quiz")]


FEATURE = Quizzes()
