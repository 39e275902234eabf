"""The "Word work" section of a part page: its vocabulary exercise, in the quiz component's form."""
from __future__ import annotations

from ...core.answer_key import question_answers
from ...core.context import ReadingContext
from ...core.quiz import Quiz
from ...core.quiz_html import quiz_html


def word_work_section(ctx: ReadingContext, exercise: Quiz, page: str) -> str:
    return (
        "## Word work { #word-work }\n\n"
        f"{len(exercise.questions)} sentences from this part, each with one word left out. Choose the word that fits, "
        "then press **Check**: you will see what the word means and where it stands in the text. "
        "Your answers are kept on this device.\n\n"
        + quiz_html(exercise, f"{ctx.slug}/{exercise.id}", page)
        + "\n"
    )


def word_work_answers(exercise: Quiz) -> str:
    """A part's word work on the answer key: the word that fits each gap, what it means there, and why not the others."""
    return "### Word work\n\n" + question_answers(exercise)
