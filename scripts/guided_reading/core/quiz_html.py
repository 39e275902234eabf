"""The quiz component: a plain HTML form that works and prints without JavaScript; quiz.js adds the checking.

The form is a template (templates/quiz.html.j2); here is the data it is filled with."""
from __future__ import annotations

import re
from typing import Any

from .markup import one_line
from .quiz import PlacedQuestion, Quiz
from .templates import render

LETTERS = "ABCDEF"


def link_shows_answer(placed: PlacedQuestion) -> bool:
    """Whether the sentence the evidence link highlights holds a right option in its own words, as the sentence of a
    gap-fill holds its word: such a link would answer the question, so a wrong check does not offer it."""
    text = " ".join(s.text for s in placed.evidence.sentences).casefold()
    return any(re.search(rf"(?<!\w){re.escape(c.text.casefold())}(?!\w)", text) for c in placed.choices if c.correct)


def quiz_data(quiz: Quiz, current_page: str) -> dict[str, dict[str, Any]]:
    """What the script needs to check answers; kept out of the visible page so that print shows no answers."""
    data: dict[str, dict[str, Any]] = {}
    for placed in quiz.questions:
        q = placed.question
        href = placed.evidence_href
        if placed.evidence_page == current_page:
            href = f"#{placed.evidence.anchor}"
        data[q.id] = {
            "correct": [i for i, c in enumerate(placed.choices) if c.correct],
            "explanation": one_line(q.explanation),
            "evidence": {"href": href, "label": f"¶ {placed.evidence.paragraph.number}"},
        }
        if link_shows_answer(placed):
            data[q.id]["evidence"]["shows_answer"] = True
        why = [one_line(c.why) if c.why and not c.correct else None for c in placed.choices]
        if any(why):
            data[q.id]["why"] = why  # by shown position: why that wrong option is wrong
    return data


def quiz_html(quiz: Quiz, storage_key: str, current_page: str) -> str:
    return str(render("core/templates/quiz.html.j2", quiz=quiz, storage_key=storage_key, letters=LETTERS,
                      data=quiz_data(quiz, current_page)))
