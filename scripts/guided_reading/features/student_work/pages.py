"""Pages for student work: My work (students), Hand-in and Make an assignment (teachers), and the
assignment page a teacher's link opens. Their scripts read the reading's catalog (student_work.py).

The pages are templates (templates/*.md.j2); here is the data they are filled with."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ...core.blocks import content_note, page_meta
from ...core.context import ReadingContext
from ...core.quiz import FINAL
from ...core.quiz_html import quiz_html
from ...core.shared import QUIZZES, WRITING
from ...core.slot import Slot
from ...core.templates import render
from ...core.written import written_box
from .catalog import catalog, quiz_order

TEMPLATES = "features/student_work/templates"


def my_work_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    return str(render(
        f"{TEMPLATES}/my_work.md.j2",
        meta=Markup(page_meta(ctx, f"My work: {title}",
                              f"Your answers to {title}, gathered on one page to print, save to a file, or load on another computer.",
                              hide=["toc"])),
        note=Markup(content_note(ctx)),
        catalog=catalog(ctx, teacher=False),
        sections=[Markup(section) for section in ctx.sections(Slot.MY_WORK)],
    ))


def _report_data(ctx: ReadingContext) -> dict[str, Any]:
    """What Hand-in's class report needs beyond the catalog: each question's skill, and why each wrong option is wrong."""
    quizzes = QUIZZES.state(ctx) or {}
    return {
        quiz_id: {
            placed.question.id: {
                "skill": placed.question.skill,
                "why": [None if c.correct else (c.why or placed.question.explanation) for c in placed.choices],
            }
            for placed in quizzes[quiz_id].questions
        }
        for quiz_id in quiz_order(ctx)
    }


def hand_in_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    return str(render(
        f"{TEMPLATES}/hand_in.md.j2",
        meta=Markup(page_meta(
            ctx,
            f"Hand-in: {title}",
            f"Open the work files your students saved from {title}: a class table, marking and feedback, a class report and a CSV.",
            search={"exclude": True},
            robots="noindex",
            hide=["toc"],
        )),
        note=Markup(content_note(ctx)),
        catalog=catalog(ctx, teacher=True),
        report=_report_data(ctx),
        sections=[Markup(section) for section in ctx.sections(Slot.HAND_IN)],
    ))


@dataclass(frozen=True)
class _Group:
    """One fieldset of Make an assignment: a part to read (or the final quiz) with its questions and prompts."""

    id: str
    number: int = 0
    part: dict[str, Any] | None = None  # None for the final quiz, which has nothing to read
    questions: list[dict[str, Any]] = field(default_factory=list)
    prompts: list[dict[str, Any]] = field(default_factory=list)


def assign_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    data = catalog(ctx)
    quizzes = {q["id"]: q for q in data["quizzes"]}
    written: dict[str, list[dict[str, Any]]] = {}
    for w in data["written"]:
        written.setdefault(w["part"], []).append(w)
    heads = [(part["id"], number, part) for number, part in enumerate(data["parts"], start=1)]
    if FINAL in quizzes or FINAL in written:
        heads.append((FINAL, 0, None))
    groups = [
        _Group(part_id, number, part, quizzes.get(part_id, {}).get("questions", []), written.get(part_id, []))
        for part_id, number, part in heads
    ]
    return str(render(
        f"{TEMPLATES}/assign.md.j2",
        meta=Markup(page_meta(
            ctx,
            f"Make an assignment: {title}",
            f"Choose parts, questions and written prompts of {title} and get a link for your students.",
            search={"exclude": True},
            robots="noindex",
        )),
        note=Markup(content_note(ctx)),
        groups=groups,
    ))


def assignment_page(ctx: ReadingContext) -> str:
    """What a student sees from a teacher's link: only the chosen parts, questions and prompts."""
    title = ctx.edition.meta.title
    quizzes = QUIZZES.state(ctx) or {}
    writing = WRITING.state(ctx) or {}
    part_titles = {p.id: p.title for p in ctx.parts} | {FINAL: "The whole op-ed"}
    return str(render(
        f"{TEMPLATES}/assignment.md.j2",
        meta=Markup(page_meta(ctx, f"Assignment: {title}", f"An assignment on {title}, set by your teacher.")),
        note=Markup(content_note(ctx)),
        slug=ctx.slug,
        parts=catalog(ctx)["parts"],
        quizzes=[
            (quiz_id, part_titles[quiz_id], Markup(quiz_html(quizzes[quiz_id], f"{ctx.slug}/{quiz_id}", "assignment")))
            for quiz_id in quiz_order(ctx)
        ],
        boxes=[
            (placed.prompt.id, part_titles[part], Markup(written_box(ctx, placed, "assignment")))
            for part in [p.id for p in ctx.parts] + [FINAL]
            for placed in writing.get(part, [])
        ],
    ))
