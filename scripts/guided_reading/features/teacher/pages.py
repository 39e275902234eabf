"""For teachers: the guide with its lesson plans, the answers to the open questions, and the pages to print.

The student copy of the handout holds the text, key words and a few questions, and never an answer;
the worksheet holds the longer tasks on blank grids; what a strong answer covers goes to the answer key,
which the site's search leaves out.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ...core.blocks import admonition, byline, content_note, minutes, oped_blocks, page_meta, printed_help_lines
from ...core.context import ReadingContext
from ...core.markup import md_text, one_line, prose_html
from ...core.page import FOR_TEACHERS
from ...core.quiz import FINAL
from ...core.shared import FIGURES, GLOSSARY, GLOSSARY_ENTRIES, QUIZZES, SOURCES
from ...core.shared_schema import Discussion, GlossaryEntry
from ...core.slot import Slot
from ...core.stats import WORDS_PER_MINUTE
from ...core.templates import render
from ...core.themes import Part
from .lesson_plans import ANNOTATE_SLOWDOWN, STEPS_PER_50, TimedLesson, TimedPlan, class_rate, paragraph_span, words_per_minute, worksheet_lines
from .materials import TEACHER, TeacherMaterials
from .qr import published_address, qr_svg
from .schema import TeacherGuide, TeacherKeys


def note_line(ctx: ReadingContext, on_paper: str = "") -> str:
    """The content note as one line, without the printed block of help lines: the handout prints those once.

    Teacher tools carry the line only; the worksheet prints `on_paper`, one line that says where help is.
    """
    line = content_note(ctx).replace(printed_help_lines(ctx), "")
    if on_paper and ctx.edition.help_lines:
        line = line.replace("</div>\n\n", f"{render(f'{TEMPLATES}/help_pointer.html.j2', text=on_paper)}</div>\n\n", 1)
    return line


TEMPLATES = "features/teacher/templates"
WORKSHEET_HELP = "Get help: the help lines are printed on the handout, and on the reading's “Get help” page."


def _list(items: list[str]) -> str:
    return "\n".join(f"- {prose_html(' '.join(item.split()))}" for item in items) + "\n"


def discussion_refs(ctx: ReadingContext, question_id: str) -> str:
    """"¶ 1, ¶ 7": the paragraphs that a discussion question's quotes come from."""
    return ", ".join(f"¶ {n}" for n in _materials(ctx).discussion_paragraphs.get(question_id, []))


def claim_paragraphs(ctx: ReadingContext) -> list[list[int]]:
    """For each claim of the guide, in order, the paragraphs its quotes come from."""
    return _materials(ctx).claim_paragraphs


def _materials(ctx: ReadingContext) -> TeacherMaterials:
    return TEACHER.state(ctx) or TeacherMaterials()


def teacher_note(kind: str = "page") -> str:
    """Said on every page for teachers: these pages are out of the way, not locked."""
    return admonition(
        "info",
        FOR_TEACHERS,
        f"This {kind} is for teachers. It sits under “{FOR_TEACHERS}” in the navigation, out of the students' path "
        "through the parts, and the answer key is left out of the site's search. **Nothing here is a lock**: there are "
        "no accounts or passwords, and anyone with the address or the offline copy can open these pages.",
        "teacher-note",
    ) + "\n"


def _levels(ctx: ReadingContext) -> str:
    rows = ["| Part | Paragraphs | Words | Sentences | Reading time | Reading level |", "|---|---|---|---|---|---|"]
    for number, part in enumerate(ctx.parts, start=1):
        s = ctx.part_stats[part.id]
        link = f"[{number}. {md_text(part.title)}]({part.id}.md)"
        rows.append(f"| {link} | {part.span} | {s.words} | {s.sentences} | {minutes(s.minutes)} | grade {s.grade:.1f} |")
    s = ctx.stats
    rows.append(f"| **Whole op-ed** | ¶ 1–{len(ctx.doc.paragraphs)} | {s.words} | {s.sentences} | {minutes(s.minutes)} | grade {s.grade:.1f} |")
    return "\n".join(rows) + "\n"


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


def _uses(uses: list[str]) -> str:
    links = []
    for use in uses:
        name, target, where = MATERIALS[use]
        if target.startswith("#"):
            where = "above" if GUIDE_ORDER.index(use) < GUIDE_ORDER.index("plans") else "below"
        links.append(f"[{name}]({target}) ({where})")
    return "<br>*Uses:* " + "; ".join(links) if links else ""


def _lesson_table(ctx: ReadingContext, guide: TeacherGuide, lesson: TimedLesson) -> str:
    rows = ["| Time | Step | What happens |", "|---|---|---|"]
    for timed in lesson.steps:
        step = timed.step
        what = md_text(one_line(step.activity))
        if step.reads:
            pace = "with annotations" if step.pace == "annotate" else "reading"
            what += f"<br>*Reading:* {paragraph_span(step.reads)}, {minutes(timed.reading)} {pace} at grade {guide.class_grade}."
        what += _uses(list(step.uses))
        rows.append(f"| {timed.start}–{timed.start + timed.minutes} min | **{md_text(step.title)}** | {what} |")
    out = "\n".join(rows) + "\n"
    if lesson.lesson.homework:
        task = next(h for h in guide.homework if h.id == lesson.lesson.homework)
        out += f"\n**Homework:** [{md_text(task.title)}](#homework-{task.id}) (about {task.minutes} minutes; the options are listed below).\n"
    return out


def _plans(ctx: ReadingContext, guide: TeacherGuide, plans: list[TimedPlan]) -> str:
    if not plans:
        return ""
    count = len(plans)
    out = [
        "## Lesson plans\n",
        f"{'Two plans' if count == 2 else f'{count} plans' if count > 2 else 'One plan'} for lessons of the length given. "
        f"The time for reading is worked out from the text for a class reading at grade {guide.class_grade}: "
        f"we plan on {class_rate(guide.class_grade)} words a minute for a text at the class's level, slower in step with how "
        f"far the text's grade is above it (for this op-ed, at grade {ctx.stats.grade:.0f}, about "
        f"{round(words_per_minute(ctx.stats.grade, guide.class_grade, 'read'))} words a minute), and "
        f"{'half' if ANNOTATE_SLOWDOWN == 2 else f'1/{ANNOTATE_SLOWDOWN:g} of'} that pace while students annotate "
        f"(about {round(words_per_minute(ctx.stats.grade, guide.class_grade, 'annotate'))}). "
        f"A 50-minute lesson has at most {STEPS_PER_50} steps, and one step of each lesson takes the time that is left.\n",
    ]
    for timed in plans:
        plan = timed.plan
        lessons = len(timed.lessons)
        heading = f"{md_text(plan.title)} ({lessons} × {plan.minutes} minutes)" if lessons > 1 else f"{md_text(plan.title)} ({plan.minutes} minutes)"
        out.append(f"### {heading} {{ #plan-{plan.id} }}\n")
        if plan.summary:
            out.append(prose_html(one_line(plan.summary)) + "\n")
        for n, lesson in enumerate(timed.lessons, start=1):
            if lessons > 1:
                out.append(f"#### Lesson {n}\n")
            out.append(_lesson_table(ctx, guide, lesson))
    return "\n".join(out)


def _homework(guide: TeacherGuide) -> str:
    if not guide.homework:
        return ""
    items = [
        f"### {md_text(h.title)} {{ #homework-{h.id} }}\n\n"
        f"About {h.minutes} minutes{' (printed on the worksheet, with lines to write on)' if h.worksheet else ''}. {prose_html(one_line(h.task))}\n"
        for h in guide.homework
    ]
    return "## Homework\n\nSet **one** task per lesson, from this short list; each plan names the one it suggests.\n\n" + "\n".join(items)


def _materials_line(ctx: ReadingContext, guide: TeacherGuide) -> str:
    """The guide's list of materials: only the pages this reading has (a reading without quizzes has no quiz.md)."""
    quizzes = QUIZZES.state(ctx) or {}
    on_site = [link for link, has in (("the [final quiz](quiz.md)", FINAL in quizzes), ("the [glossary](glossary.md)", GLOSSARY.present(ctx))) if has]
    key = "; the [answer key](answer-key.md) for the quizzes, the discussion questions and the claims-and-evidence table"
    return (
        "**Materials:** the [printable handout](handout.md) (the text, key words and a few questions, at most four A4 pages); "
        "the [printable worksheet](worksheet.md) (the longer tasks, on blank grids)"
        + (key if quizzes or TeacherKeys.of(ctx.edition).discussion or guide.claims else "")
        + ("; " + " and ".join(on_site) if on_site else "")
        + ".\n"
    )


def _assessment(ctx: ReadingContext, guide: TeacherGuide) -> str:
    quizzes = QUIZZES.state(ctx) or {}
    if not quizzes:
        return ""
    final = " and the [final quiz](quiz.md)" if FINAL in quizzes else ""
    return (
        f"## Assessment\n\nStudents can take the quiz at the end of each part{final} on their own; "
        "their answers stay on their device. Check answers with the [answer key](answer-key.md). The written task shows "
        "whether students can weigh a claim against its evidence.\n"
    )


def teacher_page(ctx: ReadingContext, guide: TeacherGuide, plans: list[TimedPlan]) -> str:
    meta = ctx.edition.meta
    out = [
        page_meta(ctx, f"Teacher's guide: {meta.title}", f"Lesson plans, objectives, vocabulary, activities and discussion questions for {meta.title}."),
        "# Teacher's guide\n",
        teacher_note("guide"),
        note_line(ctx),
        "## Overview\n\n" + prose_html(one_line(guide.overview)) + "\n",
        _materials_line(ctx, guide),
        *(["**Sources:** [where our facts come from](sources.md) lists what each note and passage rests on.\n"] if SOURCES.present(ctx) else []),
        "## Learning objectives\n\nBy the end of the lesson, students can:\n\n" + _list(guide.objectives),
        f"## Time and reading level\n\nReading the whole op-ed takes {minutes(ctx.stats.minutes)} at {WORDS_PER_MINUTE} words a minute. "
        "The reading level is the Flesch–Kincaid grade, worked out from the text each time the site is built: it counts "
        "words per sentence and syllables per word, so it measures difficulty of wording, not of ideas. The lesson plans "
        "below time the reading from these figures.\n\n" + _levels(ctx),
    ]
    if GLOSSARY.present(ctx):
        vocab = "\n".join(f"- **[{md_text(e.term)}](glossary.md#{e.id})**: {md_text(one_line(e.short))}" for e in preteach_entries(ctx))
        out.append("## Vocabulary to pre-teach\n\nThese words are also on the printable handout.\n\n" + vocab + "\n")
    for key, heading in (("before", "Before reading"), ("during", "During reading"), ("after", "After reading")):
        items = getattr(guide, key)
        if items:
            out.append(f"## {heading}\n\n" + _list(items))
    if TeacherKeys.of(ctx.edition).discussion:
        on_handout = {d.id for d in handout_questions(ctx)}
        questions = []
        for n, d in enumerate(TeacherKeys.of(ctx.edition).discussion, start=1):
            refs = discussion_refs(ctx, d.id)
            mark = " *(on the handout)*" if d.id in on_handout else ""
            questions.append(f"{n}. **{md_text(one_line(d.question))}**{f' ({refs})' if refs else ''}{mark}")
        out.append(
            "## Discussion questions\n\nWhat a strong answer covers is in the [answer key](answer-key.md#discussion-questions), "
            "which the site's search leaves out.\n\n" + "\n".join(questions) + "\n"
        )
    if guide.claims:
        out.append(
            "## Claims and evidence\n\nThe [worksheet](worksheet.md#claims-and-evidence) lists the op-ed's main claims with "
            "blank columns for the evidence given and for what a careful reader asks; the completed table is in the "
            "[answer key](answer-key.md#claims-and-evidence).\n"
        )
    out.append(_plans(ctx, guide, plans))
    out.append(_homework(guide))
    out.append(
        _assessment(ctx, guide)
    )
    out.extend(ctx.sections(Slot.TEACHER_GUIDE))  # what features add for the teacher, e.g. the figures students judge first
    return "\n".join(part for part in out if part)


def answer_key_page(ctx: ReadingContext) -> str:
    """The answer key: the quizzes' answers (if any), then what strong answers cover, then the completed claims table."""
    title = ctx.edition.meta.title
    quizzes = QUIZZES.present(ctx)
    covers = f"Answers, explanations and paragraph references for every quiz of {title}." if quizzes else f"What strong answers cover, for {title}."
    out = [
        page_meta(ctx, f"Answer key: {title}", covers, search={"exclude": True}, robots="noindex"),
        "# Answer key\n\n" + teacher_note("answer key"),
        note_line(ctx),
    ]
    out += ctx.sections(Slot.ANSWER_KEY)  # the quizzes' answers, when the reading has quizzes
    if TeacherKeys.of(ctx.edition).discussion:
        items = []
        for n, d in enumerate(TeacherKeys.of(ctx.edition).discussion, start=1):
            refs = discussion_refs(ctx, d.id)
            points = "\n".join(f"    - {md_text(one_line(p))}" for p in d.points)
            items.append(f"{n}. **{md_text(one_line(d.question))}**{f' ({refs})' if refs else ''}\n\n    A strong answer covers:\n\n{points}\n")
        out.append("## Discussion questions { #discussion-questions }\n\n" + "\n".join(items))
    guide = TeacherKeys.of(ctx.edition).teacher
    if guide and guide.claims:
        rows = ["| The author claims | The evidence given | A careful reader asks | ¶ |", "|---|---|---|---|"]
        for c, numbers in zip(guide.claims, claim_paragraphs(ctx), strict=True):
            cells = [md_text(one_line(x)) for x in (c.claim, c.evidence, c.ask)]
            rows.append(f"| {cells[0]} | {cells[1]} | {cells[2]} | {', '.join(str(p) for p in numbers)} |")
        out.append(
            "## Claims and evidence { #claims-and-evidence }\n\n"
            "The completed version of the worksheet's table: a map of the op-ed's argument.\n\n" + "\n".join(rows) + "\n"
        )
    return "\n".join(out)


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
