"""Quiz sections of theme pages, the final quiz page, and the teachers' answer key."""
from __future__ import annotations

from ...core.blocks import content_note, page_meta
from ...core.context import ReadingContext
from ...core.markup import md_text
from ...core.quiz import FINAL, Quiz
from ...core.quiz_html import LETTERS, quiz_html


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


# Said above the quizzes' answers on the answer key (a page of the teacher's materials).
def answer_key_intro(guide: bool) -> str:
    """With a teacher's guide, the answer key is reached from it; a reading without one has no teacher.md to link."""
    where = ", from the [teacher's guide](teacher.md)" if guide else ""
    return (
        f"For teachers{where}. It is left out of the site's search and not linked from "
        "the quizzes, but anyone with the guide (or the offline download) can open it: it is a convenience, not a lock. "
        "Each answer gives the explanation students see after checking, and the paragraph the evidence comes from.\n"
    )


def quiz_answers(ctx: ReadingContext, quizzes: dict[str, Quiz]) -> list[str]:
    """The answer key's part for the quizzes: each quiz's answers, explanations and evidence, in reading order."""
    out = []
    order = [p.id for p in ctx.parts if p.id in quizzes] + ([FINAL] if FINAL in quizzes else [])
    for quiz_id in order:
        quiz = quizzes[quiz_id]
        out.append(f"## {md_text(quiz.title)}\n")
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
    return out
