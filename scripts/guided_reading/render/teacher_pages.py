"""For teachers: the guide for one lesson, and a printable handout for students."""
from __future__ import annotations

from ..context import ReadingContext
from ..figures import judged_callouts
from ..plain_versions import handout_plain_column
from ..schema import TeacherGuide
from .common import byline, content_note, front_matter, minutes, oped_blocks
from .markup import md_text, prose_html
from .written import handout_writing


def _list(items: list[str]) -> str:
    return "\n".join(f"- {prose_html(item)}" for item in items) + "\n"


def _levels(ctx: ReadingContext) -> str:
    rows = ["| Part | Paragraphs | Words | Sentences | Reading time | Reading level |", "|---|---|---|---|---|---|"]
    for number, part in enumerate(ctx.parts, start=1):
        s = ctx.part_stats[part.id]
        link = f"[{number}. {md_text(part.title)}]({part.id}.md)"
        rows.append(f"| {link} | {part.span} | {s.words} | {s.sentences} | {minutes(s.minutes)} | grade {s.grade:.1f} |")
    s = ctx.stats
    rows.append(f"| **Whole op-ed** | ¶ 1–{len(ctx.doc.paragraphs)} | {s.words} | {s.sentences} | {minutes(s.minutes)} | grade {s.grade:.1f} |")
    return "\n".join(rows) + "\n"


def preteach_entries(ctx: ReadingContext):
    entries = {e.id: e for e in ctx.edition.glossary if e.short.strip()}
    guide = ctx.edition.teacher
    ids = guide.preteach if guide and guide.preteach else list(entries)[:8]
    return [entries[i] for i in ids if i in entries]


def teacher_page(ctx: ReadingContext, guide: TeacherGuide) -> str:
    meta = ctx.edition.meta
    out = [
        front_matter(f"Teacher's guide: {meta.title}", f"A one-lesson plan, objectives, vocabulary, activities and discussion questions for {meta.title}."),
        "# Teacher's guide\n",
        content_note(ctx),
        "## Overview\n\n" + prose_html(guide.overview) + "\n",
        "**Materials:** the [printable handout](handout.md) (text, vocabulary and questions); "
        "the [answer key](answer-key.md) for every quiz, which students do not see from the quizzes; "
        "the [final quiz](quiz.md) and the [glossary](glossary.md).\n",
        "## Learning objectives\n\nBy the end of the lesson, students can:\n\n" + _list(guide.objectives),
        f"## Time and reading level\n\nOne 50-minute lesson. Reading the whole op-ed takes {minutes(ctx.stats.minutes)}. "
        "The reading level is the Flesch–Kincaid grade, worked out from the text each time the site is built: it counts "
        "words per sentence and syllables per word, so it measures difficulty of wording, not of ideas.\n\n" + _levels(ctx),
    ]
    if "glossary" in ctx.features:
        vocab = "\n".join(f"- **[{md_text(e.term)}](glossary.md#{e.id})**: {md_text(' '.join(e.short.split()))}" for e in preteach_entries(ctx))
        out.append("## Vocabulary to pre-teach\n\n" + vocab + "\n")
    for key, heading in (("before", "Before reading"), ("during", "During reading"), ("after", "After reading")):
        items = getattr(guide, key)
        if items:
            out.append(f"## {heading}\n\n" + _list(items))
    if ctx.edition.discussion:
        questions = []
        for n, d in enumerate(ctx.edition.discussion, start=1):
            refs = ", ".join(f"¶ {p}" for p in d.paragraphs)
            points = "\n".join(f"    - {md_text(' '.join(p.split()))}" for p in d.points)
            questions.append(f"{n}. **{md_text(' '.join(d.question.split()))}**{f' ({refs})' if refs else ''}\n\n    A strong answer:\n\n{points}\n")
        out.append("## Discussion questions\n\n" + "\n".join(questions))
    if guide.claims:
        rows = ["| The author claims | The evidence given | A careful reader asks | ¶ |", "|---|---|---|---|"]
        for c in guide.claims:
            cells = [md_text(" ".join(x.split())) for x in (c.claim, c.evidence, c.ask)]
            rows.append(f"| {cells[0]} | {cells[1]} | {cells[2]} | {', '.join(str(p) for p in c.paragraphs)} |")
        out.append("## Claims and evidence\n\nA map of the op-ed's argument, for the after-reading discussion.\n\n" + "\n".join(rows) + "\n")
    if guide.lesson:
        start = 0
        steps = []
        for step in guide.lesson:
            steps.append(f"| {start}–{start + step.minutes} min | **{md_text(step.title)}** | {md_text(' '.join(step.activity.split()))} |")
            start += step.minutes
        out.append(f"## Lesson plan ({start} minutes)\n\n| Time | Step | What happens |\n|---|---|---|\n" + "\n".join(steps) + "\n")
    out.append(
        "## Assessment\n\nStudents can take the quiz at the end of each part and the [final quiz](quiz.md) on their own; "
        "their answers stay on their device. Check answers with the [answer key](answer-key.md). The written task in the "
        "after-reading activities shows whether students can weigh a claim against its evidence.\n"
    )
    out.append(judged_callouts(ctx))
    return "\n".join(out)


def handout_figures(placed: list) -> str:
    """The key-figure notes as one table, so that the questions on figures can be answered on paper."""
    rows = ["| The op-ed says | What the source measured | What we know now |", "|---|---|---|"]
    for item in placed:
        figure = item.figure
        said = f"“{md_text(item.location.text)}” (¶ {item.location.paragraph.number})"
        measured = (
            f"{md_text(' '.join(figure.source.measured.split()))} ({md_text(figure.source.name)}, {figure.source.year})"
            if figure.source else "No published estimate supports it."
        )
        latest = f"{md_text(figure.latest.figure)} ({md_text(figure.latest.date)})" if figure.latest else ""
        rows.append(f"| {said} | {measured} | {latest} |")
    return "## Key figures { .handout-break }\n\n" + "\n".join(rows) + "\n"


def handout_page(ctx: ReadingContext) -> str:
    meta = ctx.edition.meta
    out = [
        front_matter(f"Handout: {meta.title}", f"A printable handout of {meta.title}: the text with numbered paragraphs, vocabulary and questions."),
        f"# Handout: {md_text(meta.title)}\n",
        byline(ctx) + "\n",
        '<p class="handout-credit">A guided-reading handout. Paragraph numbers (¶) are those of this edition, not of the original.</p>\n',
        '<p class="handout-name">Name: <span class="write-line"></span> Date: <span class="write-line write-line--short"></span></p>\n',
        '<p class="handout-tip">Print this page (Ctrl+P or ⌘P): navigation and buttons are left out of the printout.</p>\n',
        content_note(ctx, full=True),
        "## The text\n",
        oped_blocks(ctx, ctx.doc.paragraphs, "handout.md", level=3, plain=True),
    ]
    if "plain_versions" in ctx.features:
        out.append(handout_plain_column(ctx, ctx.features["plain_versions"]))
    if "figures" in ctx.features:
        out.append(handout_figures(ctx.features["figures"]))
    if "glossary" in ctx.features:
        vocab = "\n".join(f"- **{md_text(e.term)}**: {md_text(' '.join(e.short.split()))}" for e in preteach_entries(ctx))
        out.append('## Vocabulary\n\n' + vocab + "\n")
    if ctx.edition.discussion:
        items = []
        for n, d in enumerate(ctx.edition.discussion, start=1):
            refs = ", ".join(f"¶ {p}" for p in d.paragraphs)
            question = md_text(" ".join(d.question.split())) + (f" ({refs})" if refs else "")
            items.append(f'{n}. {question}\n\n    <span class="write-space" aria-hidden="true"></span>\n')
        out.append("## Questions\n\nAnswer in full sentences, and give the number of the paragraph that supports your answer.\n\n" + "\n".join(items))
    out.append(handout_writing(ctx))
    return "\n".join(out)
