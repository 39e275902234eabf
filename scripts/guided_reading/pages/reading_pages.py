"""The core pages of a reading: its home, one page per theme, the full text, and "About this text"."""
from __future__ import annotations

from markupsafe import Markup

from ..core.blocks import byline, content_note, ext_link, minutes, oped_blocks, page_meta
from ..core.context import ReadingContext
from ..core.markup import md_text, prose_text
from ..core.quiz import FINAL
from ..core.shared import GLOSSARY, QUIZZES, SOURCES, STUDENT_WORK
from ..core.slot import Slot
from ..core.templates import render
from ..features.further_reading.schema import FurtherReadingKeys
from ..features.teacher.schema import TeacherKeys
from .reader_tools import reader_options


def home_page(ctx: ReadingContext) -> str:
    meta = ctx.edition.meta
    stats = ctx.stats
    return str(render(
        "pages/templates/home.md.j2",
        meta=Markup(page_meta(ctx, meta.title, prose_text(meta.summary))),
        title=meta.title,
        byline=Markup(byline(ctx)),
        summary=meta.summary,
        note=Markup(content_note(ctx, full=True)),
        time=minutes(stats.minutes),
        words=f"{stats.words:,}",
        paragraphs=len(ctx.doc.paragraphs),
        level=stats.level,
        audience=meta.audience,
        cards=[{"part": part, "time": minutes(ctx.part_stats[part.id].minutes)} for part in ctx.parts],
        sections=[Markup(section) for section in ctx.sections(Slot.HOME)],
        # the other ways in: links to the reading's other pages, for the parts this reading has
        glossary=GLOSSARY.present(ctx),
        final_quiz=FINAL in (QUIZZES.state(ctx) or {}),
        further_reading=bool(FurtherReadingKeys.of(ctx.edition).further_reading),
        my_work=STUDENT_WORK.present(ctx),
        teacher=bool(TeacherKeys.of(ctx.edition).teacher),
    ))


def listen() -> str:
    """The read-aloud controls (listen.js shows them where the browser can speak)."""
    return str(render("pages/templates/listen.html.j2"))


def part_page(ctx: ReadingContext, index: int) -> str:
    part = ctx.parts[index]
    ps = ctx.part_stats[part.id]
    description = prose_text(part.intro) if part.intro else f"{part.title}: {part.span} of {ctx.edition.meta.title}"
    return str(render(
        "pages/templates/part.md.j2",
        meta=Markup(page_meta(ctx, part.title, description)),
        title=part.title,
        part_meta=render("pages/templates/part_meta.html.j2", label=f"Part {index + 1} of {len(ctx.parts)}", span=part.span,
                         time=minutes(ps.minutes), words=ps.words),
        note=Markup(content_note(ctx, full=index == 0)),
        intro=part.intro,
        objectives=part.objectives,
        span=part.span,
        listen=Markup(listen()),
        reader_options=Markup(reader_options(ctx)),
        text=Markup(oped_blocks(ctx, part.paragraphs, f"{part.id}.md", level=3)),
        sections=[Markup(section) for section in ctx.sections(Slot.PART, part.id)],
    ))


def full_text_page(ctx: ReadingContext) -> str:
    meta = ctx.edition.meta
    by = f" by {meta.author}" if meta.author else ""
    return str(render(
        "pages/templates/full_text.md.j2",
        meta=Markup(page_meta(ctx, f"Full text: {meta.title}", f"The whole op-ed {meta.title}{by}, with numbered paragraphs.")),
        title=meta.title,
        byline=Markup(byline(ctx)),
        words=f"{ctx.stats.words:,}",
        time=minutes(ctx.stats.minutes),
        note=Markup(content_note(ctx)),
        listen=Markup(listen()),
        reader_options=Markup(reader_options(ctx)),
        text=Markup(oped_blocks(ctx, ctx.doc.paragraphs, "full-text.md", level=2)),
    ))


def citation_name(author: str) -> str:
    """"Maria Javed" -> "Javed, M." as reference lists write it; pen names ("The Editors") stay as they are."""
    words = author.split()
    if not 2 <= len(words) <= 4 or words[0] in ("The", "A", "An") or not all(w[:1].isupper() for w in words):
        return author
    return f"{words[-1]}, {' '.join(w[0] + '.' for w in words[:-1])}"


def about_the_author(ctx: ReadingContext) -> str:
    """The note about the author that closed the op-ed as received, shown here rather than in the text."""
    note = ctx.edition.meta.about_the_author
    return f"## About the author\n\n{md_text(note)}\n\n" if note else ""


def publisher_notes(ctx: ReadingContext) -> str:
    """What the publisher printed with the op-ed for the record: a correction, a translator's credit."""
    notes = ctx.edition.meta.publisher_notes
    if not notes:
        return ""
    items = "\n".join(f"- {md_text(note)}" for note in notes)
    return f"## Printed with the op-ed\n\n{items}\n\n"


def facts_section(ctx: ReadingContext) -> str:
    """On "About this text": where the site's own statements (not the author's) come from."""
    if not SOURCES.present(ctx):
        return ""
    return (
        "## Where our facts come from\n\n"
        "The op-ed's claims are the author's. The glossary notes, key-figure notes, further reading and teacher's guide "
        "are ours, and every fact they state names its source: the [list of sources](sources.md) gives each one's "
        "publisher, date and address, says whether it is a primary or a secondary source, and links to what rests on it.\n\n"
    )


def about_page(ctx: ReadingContext) -> str:
    meta = ctx.edition.meta
    rows = "\n".join(
        f"| {md_text(r.kind)} | {md_text(r.what)} | {md_text(r.reason)} |" for r in ctx.doc.repairs
    )
    sics = "\n".join(f"- *{md_text(s.word)}* [sic]: {md_text(s.note)}" for s in ctx.edition.sic)
    publisher = meta.publisher
    pub_line = ""
    if publisher:
        name = md_text(publisher.name)
        pub_line = f"- **Publisher:** {ext_link(name, publisher.url) if publisher.url else name}\n"
    keywords = f"- **Keywords given by the publisher:** {md_text(', '.join(meta.keywords))}\n" if meta.keywords else ""
    date = md_text(meta.published) if meta.published else "n.d."
    source = f" {md_text(publisher.name)}." if publisher else ""  # no publisher: no empty ". ." after the title
    url = f" {publisher.url}" if publisher and publisher.url else ""
    if meta.author:
        citation = f"{md_text(citation_name(meta.author))} ({date}). *{md_text(meta.title)}* [Op-ed].{source}{url}"
    else:  # a draft whose author is still to find: the title takes the author's place
        citation = f"*{md_text(meta.title)}* ({date}). [Op-ed].{source}{url}"
    return (
        page_meta(ctx, f"About this text: {meta.title}", f"Where the op-ed {meta.title} comes from and how it was prepared.")
        + "# About this text\n\n"
        + content_note(ctx)
        + "## Source\n\n"
        + f"- **Title:** {md_text(meta.title)}\n"
        + f"- **Author:** {md_text(meta.author) if meta.author else 'still to be identified (draft)'}"
        + (f", {md_text(meta.affiliation)}" if meta.affiliation else "")
        + "\n"
        + pub_line
        + f"- **Date of publication:** {md_text(meta.published) if meta.published else 'not given in the text'}\n"
        + keywords
        + "\nThe op-ed is reproduced in full, in the author's words, for study. Its paragraphs are numbered "
        + "here so that a class can point to them; the numbers are not part of the original.\n\n"
        + about_the_author(ctx)
        + publisher_notes(ctx)
        + "## How the text was prepared\n\n"
        + "The text was received as a plain-text file. Every change made to it is listed here; nothing else "
        + "of the author's wording has been changed.\n\n"
        + "| Change | What was done | Why |\n|---|---|---|\n"
        + (rows or "| none | The text is shown exactly as received. | |")
        + "\n\n"
        + (f"## Words marked [sic]\n\n*[sic]* (Latin for “thus”) means a word is printed exactly as the author wrote it.\n\n{sics}\n\n" if sics else "")
        + facts_section(ctx)
        + "## How to cite this reading\n\n"
        + str(render("pages/templates/citation.html.j2", citation=Markup(citation)))
        + "\n\n"
        + "Paragraph numbers (¶) refer to this edition: link to a paragraph by clicking its number.\n"
    )
