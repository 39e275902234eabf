"""What a reading asks of students, as the data the My work, hand-in and assignment pages read.

The same description names the reading in every saved file (its slug, title and an edition
fingerprint), so that a teacher's page can tell a file of this reading from one of another.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ...core.context import ReadingContext
from ...core.figures import judge_first
from ...core.markup import one_line
from ...core.quiz import FINAL, Quiz
from ...core.shared import FIGURE_ENTRIES, FIGURES, QUIZZES, WORD_WORK, WRITING, WRITTEN_PROMPTS

# Word work's exercises, by part id: read at page time, when every feature has checked. (Its place is beside
# the other handles in core/shared.py; the word-work feature registers the same key.)

FILE_FORMAT = "guided-readings-work"
FILE_VERSION = 2


def quiz_order(ctx: ReadingContext) -> list[str]:
    quizzes = QUIZZES.state(ctx) or {}
    return [p.id for p in ctx.parts if p.id in quizzes] + ([FINAL] if FINAL in quizzes else [])


def page_of(ctx: ReadingContext, part: str) -> str:
    return "quiz" if part == FINAL else part


def catalog(ctx: ReadingContext, teacher: bool = False) -> dict[str, Any]:
    """Parts, quizzes, word work, written prompts and predictions; with `teacher`, the answers and strong-answer points too."""
    quizzes = QUIZZES.state(ctx) or {}
    titles = {p.id: p.title for p in ctx.parts} | {FINAL: "Final quiz"}
    out_quizzes = [
        _quiz(quizzes[quiz_id], titles[quiz_id], f"{page_of(ctx, quiz_id)}.html#quiz", teacher) for quiz_id in quiz_order(ctx)
    ]
    exercises = WORD_WORK.state(ctx) or {}
    word_work = [_quiz(exercises[p.id], exercises[p.id].title, f"{p.id}.html#word-work", teacher) for p in ctx.parts if p.id in exercises]
    written = []
    placed_prompts = WRITING.state(ctx) or {}
    for part in [p.id for p in ctx.parts] + [FINAL]:
        for prompt in placed_prompts.get(part, []):
            p = prompt.prompt
            item = {
                "id": p.id, "part": part, "part_title": titles[part], "prompt": one_line(p.prompt),
                "min_words": p.min_words, "href": f"{page_of(ctx, part)}.html#write-{p.id}",
            }
            if teacher:
                item["points"] = [one_line(x) for x in p.points]
                item["paragraphs"] = prompt.paragraphs
            written.append(item)
    predictions = []
    for figure in FIGURES.state(ctx) or []:
        judge = judge_first(figure.figure)
        if judge is None:
            continue
        page = next(part.id for part in ctx.parts if figure.location.paragraph in part.paragraphs)
        predictions.append({
            "id": figure.figure.id, "label": figure.figure.label, "prompt": judge.prompt,
            "choices": list(judge.choices), "href": f"{page}.html#{figure.anchor}",
        })
    parts = [{"id": p.id, "title": p.title, "span": p.span, "href": f"{p.id}.html"} for p in ctx.parts]
    return {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "reading": {"slug": ctx.slug, "title": ctx.edition.meta.title, "edition": edition_id(ctx)},
        "parts": parts,
        "quizzes": out_quizzes,
        "word_work": word_work,
        "written": written,
        "predictions": predictions,
    }


def _quiz(quiz: Quiz, title: str, href: str, teacher: bool) -> dict[str, Any]:
    questions = []
    for placed in quiz.questions:
        q = placed.question
        # Choices in the order they are shown: stored answers are positions on the page.
        item: dict[str, Any] = {"id": q.id, "prompt": one_line(q.prompt), "choices": [c.text for c in placed.choices]}
        if teacher:
            item["correct"] = [i for i, c in enumerate(placed.choices) if c.correct]
        questions.append(item)
    return {"id": quiz.id, "title": title, "href": href, "questions": questions}


def edition_id(ctx: ReadingContext) -> str:
    """A short fingerprint of what students answer: it changes when a question, choice or prompt changes."""
    student = catalog_core(ctx)
    digest = hashlib.sha256(json.dumps(student, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:10]


def catalog_core(ctx: ReadingContext) -> dict[str, Any]:
    quizzes = QUIZZES.state(ctx) or {}
    core: dict[str, Any] = {
        "quizzes": {
            quiz_id: [[p.question.id, [c.text for c in p.choices], [c.correct for c in p.choices]] for p in quizzes[quiz_id].questions]
            for quiz_id in quiz_order(ctx)
        },
        "written": [[p.id, p.prompt] for p in WRITTEN_PROMPTS.of(ctx.edition)],
        "predictions": [[f.id, list(j.choices)] for f in FIGURE_ENTRIES.of(ctx.edition) if (j := judge_first(f))],
    }
    # Word work is in the work file too (version 2); a reading without it keeps the edition it had.
    exercises = WORD_WORK.state(ctx) or {}
    if exercises:
        core["word_work"] = {
            quiz.id: [[p.question.id, [c.text for c in p.choices], [c.correct for c in p.choices]] for p in quiz.questions]
            for quiz in exercises.values()
        }
    return core
