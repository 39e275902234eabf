"""Quizzes: questions whose every answer is tied to a sentence of the op-ed."""
from __future__ import annotations

import hashlib

from ...core.context import Checking, ReadingContext
from ...core.handle import Handle
from ...core.locate import find_quote
from ...core.quiz import FINAL, PlacedQuestion, Quiz
from ...core.shared import DISCUSSION_QUESTIONS, PLAIN_VERSIONS, SOURCE_ENTRIES, WRITTEN_PROMPTS
from ...core.shared_schema import Choice, Question
from . import checks as quiz_checks
from .schema import QuizzesKeys


def display_order(question: Question) -> tuple[Choice, ...]:
    """The choices in an order fixed by the question's id, so that the key's position carries no cue.

    Each choice is ranked by a hash of the id and its place in edition.yml: the same inputs always give
    the same order (on every build and every Python), and an editor's habit of writing the answer
    first, or last, does not reach the page. Choices that form a scale (`ordered: true`) keep their
    order: "Three times" before "Twice" would only confuse a reader.
    """
    if question.ordered:
        return tuple(question.choices)

    def rank(item: tuple[int, Choice]) -> bytes:
        return hashlib.sha256(f"{question.id}:{item[0]}".encode()).digest()

    return tuple(choice for _, choice in sorted(enumerate(question.choices), key=rank))


def check_quizzes(ctx: Checking) -> dict[str, Quiz]:
    """Every question's quiz, choices and evidence; then, when all of them hold, the item-writing checks."""
    reading = ctx.reading
    problems = len(ctx.problems)
    part_titles = {part.id: part.title for part in ctx.parts}
    page_of = ctx.part_of
    seen: dict[str, str] = {}
    quizzes: dict[str, Quiz] = {}
    for quiz_id, questions in QuizzesKeys.of(reading.edition).quizzes.items():
        if quiz_id != FINAL and quiz_id not in part_titles:
            ctx.problem(reading.error(("quizzes", quiz_id), f"expected a theme id ({', '.join(part_titles)}) or {FINAL!r}, got {quiz_id!r}"))
            continue
        placed = []
        for index, question in enumerate(questions):
            key = ("quizzes", quiz_id, index)
            if question.id in seen:
                ctx.problem(reading.error((*key, "id"), f"duplicate question id {question.id!r}; it is already used in quiz {seen[question.id]!r}"))
                continue
            seen[question.id] = quiz_id
            if not 2 <= len(question.choices) <= 6:
                ctx.problem(reading.error((*key, "choices"), f"question {question.id!r}: expected 2 to 6 choices, got {len(question.choices)}"))
                continue
            correct = sum(choice.correct for choice in question.choices)
            if not question.multiple and correct != 1:
                message = f"question {question.id!r}: a single-answer question needs exactly one correct choice, got {correct}"
                ctx.problem(reading.error((*key, "choices"), message))
                continue
            if question.multiple and correct < 1:
                ctx.problem(reading.error((*key, "choices"), f"question {question.id!r}: expected at least one correct choice, got none"))
                continue
            location = find_quote(ctx.doc, question.evidence)
            if location is None:
                ctx.problem(reading.error((*key, "evidence"), f"question {question.id!r}: expected a quote from the op-ed, {question.evidence!r} is not in it"))
                continue
            placed.append(PlacedQuestion(question, location, page_of[location.paragraph.id], display_order(question)))
        title = "Final quiz" if quiz_id == FINAL else part_titles[quiz_id]
        quizzes[quiz_id] = Quiz(quiz_id, title, tuple(placed))
    if len(ctx.problems) > problems:
        return quizzes  # the item-writing checks judge whole quizzes: not while questions are missing
    for key, message in quiz_checks.run_checks(quizzes, ctx.doc):
        ctx.report(reading.error(key, message))
    for key, message in quiz_checks.run_reading_checks(item_bank(ctx, quizzes), ctx.doc):
        ctx.report(reading.error(key, message))
    return quizzes


# Word work is checked before the quizzes (the registry's order) and held to the same item-writing rules.
# Its findings are read through a handle of the same key as the one word_work registers.
WORD_WORK: Handle[dict[str, Quiz]] = Handle("word_work")


def item_bank(ctx: Checking | ReadingContext, quizzes: dict[str, Quiz]) -> quiz_checks.Reading:
    """Every item of the reading (quizzes and word work), with what the reading-wide checks compare them to."""
    plain = {pid: version.text for pid, version in (PLAIN_VERSIONS.state(ctx) or {}).items()}
    edition = ctx.edition
    others = [(("writing", i, "prompt"), w.prompt) for i, w in enumerate(WRITTEN_PROMPTS.of(edition))]
    others += [(("discussion", i, "question"), d.question) for i, d in enumerate(DISCUSSION_QUESTIONS.of(edition))]
    return quiz_checks.Reading(
        quiz_checks.reading_items(quizzes, WORD_WORK.state(ctx) or {}),
        plain,
        frozenset(s.id for s in SOURCE_ENTRIES.of(edition)),
        tuple(others),
    )
