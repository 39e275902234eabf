"""The quiz component: a plain HTML form that works and prints without JavaScript; quiz.js adds the checking."""
from __future__ import annotations

import json

from .markup import html_text, one_line
from .quiz import PlacedQuestion, Quiz

LETTERS = "ABCDEF"


def _question(quiz: Quiz, number: int, total: int, placed: PlacedQuestion) -> str:
    q = placed.question
    kind = "checkbox" if q.multiple else "radio"
    name = f"{quiz.id}--{q.id}"
    choices = "".join(
        f'<li><label class="quiz-choice"><input type="{kind}" name="{name}" value="{i}">'
        f'<span class="quiz-letter">{LETTERS[i]}</span> <span class="quiz-text">{html_text(c.text)}</span></label></li>'
        for i, c in enumerate(placed.choices)
    )
    instruction = "Choose all that apply." if q.multiple else "Choose one answer."
    return (
        f'<fieldset class="quiz-question" id="q-{q.id}" data-question="{q.id}">'
        f'<legend><span class="quiz-number">Question {number} of {total}.</span> {html_text(q.prompt)}</legend>'
        f'<p class="quiz-instruction">{instruction}</p>'
        f'<ul class="quiz-choices">{choices}</ul>'
        '<p class="quiz-actions" hidden><button type="button" class="md-button quiz-check">Check</button></p>'
        '<div class="quiz-feedback" role="status" aria-live="polite"></div>'
        "</fieldset>"
    )


def quiz_data(quiz: Quiz, current_page: str) -> str:
    """What the script needs to check answers; kept out of the visible page so that print shows no answers."""
    data = {}
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
        why = [one_line(c.why) if c.why and not c.correct else None for c in placed.choices]
        if any(why):
            data[q.id]["why"] = why  # by shown position: why that wrong option is wrong
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def quiz_html(quiz: Quiz, storage_key: str, current_page: str) -> str:
    total = len(quiz.questions)
    questions = "".join(_question(quiz, n, total, p) for n, p in enumerate(quiz.questions, start=1))
    return (
        f'<form class="quiz" id="quiz-{quiz.id}" data-quiz="{html_text(storage_key)}" aria-label="{html_text(quiz.title)}: quiz">'
        f"{questions}"
        '<div class="quiz-summary" hidden><p class="quiz-score" role="status" aria-live="polite"></p>'
        '<p><button type="button" class="md-button quiz-reset">Try again</button></p></div>'
        f'<script type="application/json" class="quiz-data">{quiz_data(quiz, current_page)}</script>'
        "</form>"
    )
