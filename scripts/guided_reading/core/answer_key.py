"""The answer key's entries, as the quizzes and the word work both write them: each question's answer, why it
is right, why each other option is wrong, and the sentence of the op-ed it rests on (with its letters in the
order the students see)."""
from __future__ import annotations

from .markup import md_text
from .quiz import Quiz
from .quiz_html import LETTERS


def question_answers(quiz: Quiz) -> str:
    """A numbered Markdown list: one entry per question of `quiz`, in the order of its page."""
    out = []
    for number, placed in enumerate(quiz.questions, start=1):
        q = placed.question
        answers = "; ".join(f"**{LETTERS[i]}.** {md_text(c.text)}" for i, c in enumerate(placed.choices) if c.correct)
        wrong = "".join(
            f"        - {LETTERS[i]}. *{md_text(c.text)}*: {md_text(' '.join(c.why.split()))}\n"
            for i, c in enumerate(placed.choices)
            if not c.correct and c.why
        )
        link = f"[¶ {placed.evidence.paragraph.number}]({placed.evidence_page}.md#{placed.evidence.anchor})"
        out.append(
            f"{number}. {md_text(q.prompt)} *({q.skill}{', choose all that apply' if q.multiple else ''})*\n\n"
            f"    - Answer: {answers}\n"
            f"    - Why: {md_text(' '.join(q.explanation.split()))}\n"
            + (f"    - The other options:\n{wrong}" if wrong else "")
            + f"    - Evidence, {link}: “{md_text(placed.evidence.text)}”\n"
        )
    return "\n".join(out)
