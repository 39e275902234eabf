"""What a reading asks of students, as the data the My work, hand-in and assignment pages read.

The same description names the reading in every saved file (its slug, title and an edition
fingerprint), so that a teacher's page can tell a file of this reading from one of another.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from ...core.context import ReadingContext
from ...core.markup import one_line
from ..figures.placing import judge_first
from ..quizzes.model import FINAL, Quiz

FILE_FORMAT = "guided-readings-work"
FILE_VERSION = 2


def quiz_order(ctx: ReadingContext) -> list[str]:
    quizzes = ctx.features.get("quizzes", {})
    return [p.id for p in ctx.parts if p.id in quizzes] + ([FINAL] if FINAL in quizzes else [])


def page_of(ctx: ReadingContext, part: str) -> str:
    return "quiz" if part == FINAL else part


def catalog(ctx: ReadingContext, teacher: bool = False) -> dict[str, Any]:
    """Parts, quizzes, word work, written prompts and predictions; with `teacher`, the answers and strong-answer points too."""
    quizzes = ctx.features.get("quizzes", {})
    titles = {p.id: p.title for p in ctx.parts} | {FINAL: "Final quiz"}
    out_quizzes = [
        _quiz(quizzes[quiz_id], titles[quiz_id], f"{page_of(ctx, quiz_id)}.html#quiz", teacher) for quiz_id in quiz_order(ctx)
    ]
    exercises = ctx.features.get("word_work") or {}
    word_work = [_quiz(exercises[p.id], exercises[p.id].title, f"{p.id}.html#word-work", teacher) for p in ctx.parts if p.id in exercises]
    written = []
    placed_prompts = ctx.features.get("writing", {})
    for part in [p.id for p in ctx.parts] + [FINAL]:
        for placed in placed_prompts.get(part, []):
            p = placed.prompt
            item = {
                "id": p.id, "part": part, "part_title": titles[part], "prompt": one_line(p.prompt),
                "min_words": p.min_words, "href": f"{page_of(ctx, part)}.html#write-{p.id}",
            }
            if teacher:
                item["points"] = [one_line(x) for x in p.points]
                item["paragraphs"] = placed.paragraphs
            written.append(item)
    predictions = []
    for placed in ctx.features.get("figures", []):
        judge = judge_first(placed.figure)
        if judge is None:
            continue
        page = next(part.id for part in ctx.parts if placed.location.paragraph in part.paragraphs)
        predictions.append({
            "id": placed.figure.id, "label": placed.figure.label, "prompt": judge.prompt,
            "choices": list(judge.choices), "href": f"{page}.html#{placed.anchor}",
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
    quizzes = ctx.features.get("quizzes", {})
    core: dict[str, Any] = {
        "quizzes": {
            quiz_id: [[p.question.id, [c.text for c in p.choices], [c.correct for c in p.choices]] for p in quizzes[quiz_id].questions]
            for quiz_id in quiz_order(ctx)
        },
        "written": [[p.id, p.prompt] for p in ctx.edition.writing],
        "predictions": [[f.id, list(j.choices)] for f in ctx.edition.figures if (j := judge_first(f))],
    }
    # Word work is in the work file too (version 2); a reading without it keeps the edition it had.
    exercises = ctx.features.get("word_work") or {}
    if exercises:
        core["word_work"] = {
            quiz.id: [[p.question.id, [c.text for c in p.choices], [c.correct for c in p.choices]] for p in quiz.questions]
            for quiz in exercises.values()
        }
    return core


def script_json(data: object) -> str:
    """JSON to place inside <script type="application/json">: nothing in it can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
