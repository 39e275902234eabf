"""Quiz sections of theme pages, the final quiz page, and the teachers' answer key."""
from __future__ import annotations

from ...core.answer_key import question_answers
from ...core.blocks import content_note, page_meta
from ...core.context import ReadingContext
from ...core.quiz import FINAL, Quiz
from ...core.quiz_html import quiz_html


def quiz_section(ctx: ReadingContext, quiz: Quiz, page: str) -> str:
    return (
        "## Check your understanding { #quiz }\n\n"
        f"{len(quiz.questions)} questions on this part. Choose your answers, then press **Check** for each: "
        "you will see why an answer is right and where the text says so. Your answers are kept on this device.\n\n"
        + quiz_html(quiz, f"{ctx.slug}/{quiz.id}", page)
        + "\n"
    )


def final_quiz_page(ctx: ReadingContext, quiz: Quiz) -> str:
    title = ctx.edition.meta.title
    return (
        page_meta(ctx, f"Final quiz: {title}", f"{len(quiz.questions)} questions on the whole op-ed {title}.")
        + "# Final quiz\n\n"
        + content_note(ctx)
        + f"{len(quiz.questions)} questions on the whole op-ed. Some ask what the text says; others ask you to judge "
        "how it uses its evidence. Each answer links to the sentence it rests on.\n\n"
        + quiz_html(quiz, f"{ctx.slug}/{FINAL}", "quiz")
        + "\n"
    )


# Said above the answers on the answer key (a page of the teacher's materials).
def answer_key_intro(guide: bool) -> str:
    """With a teacher's guide, the answer key is reached from it; a reading without one has no teacher.md to link."""
    where = ", from the [teacher's guide](teacher.md)" if guide else ""
    return (
        f"For teachers{where}. It is left out of the site's search and not linked from "
        "the quizzes, but anyone with the guide (or the offline download) can open it: it is a convenience, not a lock. "
        "Each part lists what its page asks, in the page's order. Each answer gives the explanation students see "
        "after checking, and the paragraph the evidence comes from.\n"
    )


def quiz_answers(quiz: Quiz) -> str:
    """One quiz's answers on the answer key, under its part's heading (or the final quiz's)."""
    return "### Quiz\n\n" + question_answers(quiz)
