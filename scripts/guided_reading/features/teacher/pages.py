"""For teachers: the guide with its lesson plans, the answers to the open questions, and the pages to print.

The student copy of the handout holds the text, key words and a few questions, and never an answer;
the worksheet holds the longer tasks on blank grids; what a strong answer covers goes to the answer key,
which the site's search leaves out.

The pages are templates (templates/*.md.j2); here is the data they are filled with.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ...core.blocks import byline, content_note, minutes, oped_blocks, page_meta
from ...core.context import ReadingContext
from ...core.page import FOR_TEACHERS
from ...core.quiz import FINAL
from ...core.shared import FIGURES, GLOSSARY, GLOSSARY_ENTRIES, QUIZZES, SOURCES
from ...core.shared_schema import Discussion, GlossaryEntry
from ...core.slot import Slot
from ...core.stats import WORDS_PER_MINUTE, TextStats
from ...core.templates import render
from ...core.themes import Part
from .lesson_plans import ANNOTATE_SLOWDOWN, STEPS_PER_50, TimedLesson, TimedPlan, class_rate, paragraph_span, words_per_minute, worksheet_lines
from .materials import TEACHER, TeacherMaterials
from .qr import published_address, qr_svg
from .schema import HomeworkTask, TeacherGuide, TeacherKeys

TEMPLATES = "features/teacher/templates"


def note_line(ctx: ReadingContext, on_paper: str = "") -> str:
    """The content note as one line, without the printed block of help lines: the handout prints those once.

    Teacher tools carry the line only; the worksheet prints `on_paper`, one line that says where help is.
    """
    return content_note(ctx, paper=on_paper)


WORKSHEET_HELP = "Get help: the help lines are printed on the handout, and on the reading's “Get help” page."


def discussion_refs(ctx: ReadingContext, question_id: str) -> str:
    """"¶ 1, ¶ 7": the paragraphs that a discussion question's quotes come from."""
    return ", ".join(f"¶ {n}" for n in _materials(ctx).discussion_paragraphs.get(question_id, []))


def claim_paragraphs(ctx: ReadingContext) -> list[list[int]]:
    """For each claim of the guide, in order, the paragraphs its quotes come from."""
    return _materials(ctx).claim_paragraphs


def _materials(ctx: ReadingContext) -> TeacherMaterials:
    return TEACHER.state(ctx) or TeacherMaterials()


def preteach_entries(ctx: ReadingContext) -> list[GlossaryEntry]:
    entries = {e.id: e for e in GLOSSARY_ENTRIES.of(ctx.edition) if e.short.strip()}
    guide = TeacherKeys.of(ctx.edition).teacher
    ids = guide.preteach if guide and guide.preteach else list(entries)[:8]
    return [entries[i] for i in ids if i in entries]


def handout_questions(ctx: ReadingContext) -> list[Discussion]:
    """The few discussion questions printed on the student copy: those the guide names, or the first three."""
    guide = TeacherKeys.of(ctx.edition).teacher
    chosen = guide.handout_questions if guide and guide.handout_questions else [d.id for d in TeacherKeys.of(ctx.edition).discussion[:3]]
    by_id = {d.id: d for d in TeacherKeys.of(ctx.edition).discussion}
    return [by_id[i] for i in chosen if i in by_id]


# Where each material a lesson step can use lives: its name, its address, and (for other pages) where to say it is.
# Targets starting with "#" are sections of the guide itself: the guide says "above" or "below" from their order.
MATERIALS = {
    "vocabulary": ("Vocabulary to pre-teach", "#vocabulary-to-pre-teach", ""),
    "before-reading": ("Before reading", "#before-reading", ""),
    "discussion": ("Discussion questions", "#discussion-questions", ""),
    "homework": ("Homework", "#homework", ""),
    "handout": ("the printable handout", "handout.md", "a page of its own"),
    "worksheet": ("the printable worksheet", "worksheet.md", "a page of its own"),
    "figure-tracker": ("figure tracker", "worksheet.md#figure-tracker", "on the worksheet"),
    "grids": ("grids", "worksheet.md#grids", "on the worksheet"),
    "claims-table": ("claims-and-evidence table", "worksheet.md#claims-and-evidence", "on the worksheet; completed in the answer key"),
    "written-task": ("written task", "worksheet.md#written-task", "on the worksheet"),
    "key-figures": ("key figures", "index.md#key-figures-judge-them-first", "on the reading's home page"),
    "final-quiz": ("final quiz", "quiz.md", "on the site"),
    "answer-key": ("answer key", "answer-key.md", "a page of its own"),
    "glossary": ("glossary", "glossary.md", "on the site"),
    "help": ("Get help", "../help.md", "on the site"),
}
# The guide's own sections, in the order teacher_page writes them (the lesson plans come after "discussion").
GUIDE_ORDER = ["vocabulary", "before-reading", "discussion", "plans", "homework"]


def _uses(uses: list[str]) -> list[tuple[Markup, str, Markup]]:
    """The materials a lesson step uses: name, address and where it is, in the guide's own Markdown."""
    links = []
    for use in uses:
        name, target, where = MATERIALS[use]
        if target.startswith("#"):
            where = "above" if GUIDE_ORDER.index(use) < GUIDE_ORDER.index("plans") else "below"
        links.append((Markup(name), target, Markup(where)))
    return links


@dataclass(frozen=True)
class _Row:
    """One step in a lesson plan's table."""

    start: int
    end: int
    title: str
    activity: str
    reads: str  # the paragraphs read in this step, or "" when it reads none
    time: str
    pace: str
    uses: list[tuple[Markup, str, Markup]]


@dataclass(frozen=True)
class _Lesson:
    rows: list[_Row]
    homework: HomeworkTask | None


def _lesson(guide: TeacherGuide, lesson: TimedLesson) -> _Lesson:
    rows = [
        _Row(
            timed.start, timed.start + timed.minutes, timed.step.title, timed.step.activity,
            paragraph_span(timed.step.reads) if timed.step.reads else "", minutes(timed.reading),
            "with annotations" if timed.step.pace == "annotate" else "reading", _uses(list(timed.step.uses)),
        )
        for timed in lesson.steps
    ]
    homework = next(h for h in guide.homework if h.id == lesson.lesson.homework) if lesson.lesson.homework else None
    return _Lesson(rows, homework)


@dataclass(frozen=True)
class _Level:
    """A row of the guide's table of reading times and levels."""

    stats: TextStats
    time: str
    part: Part | None = None


def teacher_page(ctx: ReadingContext, guide: TeacherGuide, plans: list[TimedPlan]) -> str:
    meta = ctx.edition.meta
    quizzes = QUIZZES.state(ctx) or {}
    keys = TeacherKeys.of(ctx.edition)
    on_handout = {d.id for d in handout_questions(ctx)}
    grade = ctx.stats.grade
    count = len(plans)
    pace = {
        "plans": "Two plans" if count == 2 else f"{count} plans" if count > 2 else "One plan",
        "class_rate": class_rate(guide.class_grade),
        "grade": grade,
        "read": round(words_per_minute(grade, guide.class_grade, "read")),
        "annotate_share": "half" if ANNOTATE_SLOWDOWN == 2 else f"1/{ANNOTATE_SLOWDOWN:g} of",
        "annotate": round(words_per_minute(grade, guide.class_grade, "annotate")),
        "steps": STEPS_PER_50,
    }
    return str(render(
        f"{TEMPLATES}/guide.md.j2",
        meta=Markup(page_meta(ctx, f"Teacher's guide: {meta.title}",
                              f"Lesson plans, objectives, vocabulary, activities and discussion questions for {meta.title}.")),
        for_teachers=FOR_TEACHERS,
        note=Markup(note_line(ctx)),
        guide=guide,
        answer_key=bool(quizzes or keys.discussion or guide.claims),
        final_quiz=FINAL in quizzes,
        quizzes=bool(quizzes),
        glossary=GLOSSARY.present(ctx),
        sources=SOURCES.present(ctx),
        words_per_minute=WORDS_PER_MINUTE,
        levels=[_Level(ctx.part_stats[part.id], minutes(ctx.part_stats[part.id].minutes), part) for part in ctx.parts],
        whole=_Level(ctx.stats, minutes(ctx.stats.minutes)),
        paragraphs=len(ctx.doc.paragraphs),
        vocabulary=preteach_entries(ctx) if GLOSSARY.present(ctx) else [],
        activities=[(heading, items) for heading, items in
                    (("Before reading", guide.before), ("During reading", guide.during), ("After reading", guide.after)) if items],
        discussion=[(d, discussion_refs(ctx, d.id), d.id in on_handout) for d in keys.discussion],
        pace=pace,
        plans=[(timed.plan, [_lesson(guide, lesson) for lesson in timed.lessons]) for timed in plans],
        # what features add for the teacher, e.g. the figures students judge first
        sections=[Markup(section) for section in ctx.sections(Slot.TEACHER_GUIDE) if section],
    ))


def _answer_key_parts(ctx: ReadingContext) -> list[tuple[str, list[Markup]]]:
    """Each part's word work, quiz and written prompts, in its page's order, then the final quiz page's; a page
    that asks nothing is left out."""
    parts = []
    for title, key in [(part.title, part.id) for part in ctx.parts] + [("Final quiz", FINAL)]:
        found = ctx.sections(Slot.ANSWER_KEY, key)
        if found:
            parts.append((title, [Markup(section) for section in found]))
    return parts


def answer_key_page(ctx: ReadingContext) -> str:
    """The answer key: the quizzes' answers (if any), then what strong answers cover, then the completed claims table."""
    title = ctx.edition.meta.title
    covers = (f"Answers, explanations and paragraph references for every quiz of {title}." if QUIZZES.present(ctx)
              else f"What strong answers cover, for {title}.")
    guide = TeacherKeys.of(ctx.edition).teacher
    return str(render(
        f"{TEMPLATES}/answer_key.md.j2",
        meta=Markup(page_meta(ctx, f"Answer key: {title}", covers, search={"exclude": True}, robots="noindex")),
        for_teachers=FOR_TEACHERS,
        note=Markup(note_line(ctx)),
        sections=[Markup(section) for section in ctx.sections(Slot.ANSWER_KEY)],  # the opening, when the reading has quizzes
        parts=_answer_key_parts(ctx),
        discussion=[(d, discussion_refs(ctx, d.id)) for d in TeacherKeys.of(ctx.edition).discussion],
        claims=list(zip(guide.claims, claim_paragraphs(ctx), strict=True)) if guide else [],
    ))


@dataclass(frozen=True)
class _HandoutPart:
    """A part on the handout: its heading, a QR code to its page when the site has a web address, and its text."""

    number: int
    id: str
    title: str
    span: str
    text: Markup
    address: str | None = None
    qr: Markup = Markup("")


def _handout_part(ctx: ReadingContext, number: int, part: Part) -> _HandoutPart:
    text = Markup(oped_blocks(ctx, part.paragraphs, "handout.md", level=3, plain=True))
    address = published_address(f"{ctx.slug}/{part.id}.md")
    qr = Markup(qr_svg(address, f"QR code: part {number} online, {address}")) if address else Markup("")
    return _HandoutPart(number, part.id, part.title, part.span, text, address, qr)


def handout_page(ctx: ReadingContext) -> str:
    """The student copy: the text with ¶ numbers, key vocabulary and a few questions; at most four A4 pages, no answers."""
    meta = ctx.edition.meta
    return str(render(
        f"{TEMPLATES}/handout.md.j2",
        meta=Markup(page_meta(ctx, f"Handout: {meta.title}",
                              f"A printable handout of {meta.title}: the text with numbered paragraphs, key vocabulary and questions.")),
        title=meta.title,
        byline=Markup(byline(ctx)),
        note=Markup(content_note(ctx, full=True)),
        parts=[_handout_part(ctx, number, part) for number, part in enumerate(ctx.parts, start=1)],
        sections=[Markup(section) for section in ctx.sections(Slot.HANDOUT)],  # what features print after the text, e.g. the plain versions
        vocabulary=preteach_entries(ctx) if GLOSSARY.present(ctx) else [],
        questions=[(d, discussion_refs(ctx, d.id)) for d in handout_questions(ctx)],
    ))


def worksheet_page(ctx: ReadingContext) -> str:
    """The longer tasks on paper: a blank figure tracker, the guide's grids, a claims-and-evidence table, the written task."""
    meta = ctx.edition.meta
    guide = TeacherKeys.of(ctx.edition).teacher
    placed = FIGURES.state(ctx) or []
    return str(render(
        f"{TEMPLATES}/worksheet.md.j2",
        meta=Markup(page_meta(ctx, f"Worksheet: {meta.title}", f"A printable worksheet for {meta.title}: the longer tasks on blank grids.")),
        title=meta.title,
        note=Markup(note_line(ctx, WORKSHEET_HELP)),
        figures=len(placed),  # one row of the tracker for each number the op-ed names
        figures_where=paragraph_span([item.location.paragraph.number for item in placed]) if placed else "",
        grids=guide.grids if guide else [],
        claims=list(zip(guide.claims, claim_paragraphs(ctx), strict=True)) if guide else [],
        tasks=[(task, worksheet_lines(task.task)) for task in guide.homework if task.worksheet] if guide else [],  # a line for every ten words asked for
        sections=[Markup(section) for section in ctx.sections(Slot.WORKSHEET)],  # e.g. the written prompts, with lines to write on
    ))
