"""The optional parts of a reading (glossary, figures, quizzes, …) hook into its pages here.

A feature whose part of edition.yml is empty adds nothing: no page, no empty heading.
Figures are installed before the glossary so that a word inside a marked number is not linked twice.
"""
from __future__ import annotations

from . import faithfulness, figures, glossary, lesson_plans, plain_versions, quizzes, sources, word_work, writing
from .context import ReadingContext
from .page import FOR_TEACHERS, Page
from .render.figure_cards import figure_cards
from .render.further_reading import further_reading_page, part_reading
from .render.glossary_page import glossary_page
from .render.quiz_pages import answer_key_page, final_quiz_page, quiz_section
from .render.sources_page import sources_page
from .render.teacher_pages import discussion_key, handout_page, teacher_page, worksheet_page
from .render.word_work_section import word_work_section
from .render.work_pages import assign_page, assignment_page, hand_in_page, my_work_page
from .render.written import written_section
from .themes import Part


def install_features(ctx: ReadingContext) -> None:
    """Check each feature's part of the edition against the text and register what it adds to pages."""
    edition = ctx.edition
    placed = figures.place_figures(ctx)  # runs even with no figures: every number needs one
    if placed:
        ctx.features["figures"] = placed
        ctx.annotators.append(figures.make_annotator(placed))
    if edition.glossary:
        matcher = glossary.check_glossary(ctx)
        if matcher.entries:
            ctx.features["glossary"] = matcher
            ctx.annotators.append(glossary.make_annotator(matcher))
    if edition.quizzes:
        ctx.features["quizzes"] = quizzes.check_quizzes(ctx)
    install_scaffolds(ctx)
    if edition.writing:
        ctx.features["writing"] = writing.check_writing(ctx)
    check_references(ctx)
    uses = sources.check_sources(ctx)  # after the glossary and figures: it links to their entries
    if ctx.edition.sources:
        ctx.features["sources"] = uses
    if edition.teacher:
        ctx.features["lesson_plans"] = lesson_plans.time_plans(ctx)
    faithfulness.check_faithfulness(ctx)


def install_scaffolds(ctx: ReadingContext) -> None:
    """Plain versions (placed first, so each sits right under its paragraph) and word work from the glossary."""
    placed = plain_versions.check_plain_versions(ctx)
    if placed:
        ctx.features["plain_versions"] = placed
        ctx.annotators.insert(0, plain_versions.make_annotator(placed))
    if "glossary" in ctx.features:
        exercises = word_work.build_word_work(ctx, ctx.features["glossary"])
        if exercises:
            ctx.features["word_work"] = exercises


def check_references(ctx: ReadingContext) -> None:
    """Ids and paragraph numbers that one part of the edition uses to point at another must exist."""
    edition, reading = ctx.edition, ctx.reading
    parts = {p.id for p in ctx.parts}
    terms = {g.id for g in edition.glossary}
    count = len(ctx.doc.paragraphs)
    for i, entry in enumerate(edition.further_reading):
        for k, theme in enumerate(entry.themes):
            if theme not in parts:
                raise reading.error(("further_reading", i, "themes", k), f"expected a theme id ({', '.join(sorted(parts))}), got {theme!r}")
    for i, item in enumerate(edition.discussion):
        for k, number in enumerate(item.paragraphs):
            if not 1 <= number <= count:
                raise reading.error(("discussion", i, "paragraphs", k), f"expected a paragraph number from 1 to {count}, got {number}")
    if edition.teacher:
        for k, term in enumerate(edition.teacher.preteach):
            if term not in terms:
                raise reading.error(("teacher", "preteach", k), f"expected the id of a glossary entry, got {term!r}")
        for i, claim in enumerate(edition.teacher.claims):
            for k, number in enumerate(claim.paragraphs):
                if not 1 <= number <= count:
                    raise reading.error(("teacher", "claims", i, "paragraphs", k), f"expected a paragraph number from 1 to {count}, got {number}")


def part_sections(ctx: ReadingContext, part: Part) -> list[str]:
    """What closes a theme page, after the op-ed's paragraphs."""
    sections = []
    exercise = ctx.features.get("word_work", {}).get(part.id)
    if exercise:
        sections.append(word_work_section(ctx, exercise, part.id))
    quiz = ctx.features.get("quizzes", {}).get(part.id)
    if quiz:
        sections.append(quiz_section(ctx, quiz, part.id))
    written = written_section(ctx, part.id, part.id)
    if written:
        sections.append(written)
    reading_list = part_reading(ctx, part)
    if reading_list:
        sections.append(reading_list)
    return sections


def home_sections(ctx: ReadingContext) -> list[str]:
    sections = []
    if "figures" in ctx.features:
        sections.append(figure_cards(ctx, ctx.features["figures"]))
    return sections


def feature_pages(ctx: ReadingContext) -> list[Page]:
    pages: list[Page] = []
    if "glossary" in ctx.features:
        pages.append(Page(f"{ctx.slug}/glossary.md", glossary_page(ctx), "Glossary"))
    quiz_set = ctx.features.get("quizzes", {})
    if quizzes.FINAL in quiz_set:
        final = final_quiz_page(ctx, quiz_set[quizzes.FINAL]) + written_section(ctx, quizzes.FINAL, "quiz")
        pages.append(Page(f"{ctx.slug}/quiz.md", final, "Final quiz"))
    if ctx.edition.further_reading:
        pages.append(Page(f"{ctx.slug}/further-reading.md", further_reading_page(ctx), "Further reading"))
    if has_student_work(ctx):
        pages.append(Page(f"{ctx.slug}/my-work.md", my_work_page(ctx), "My work"))
    if ctx.edition.teacher:
        pages.append(Page(f"{ctx.slug}/teacher.md", teacher_page(ctx, ctx.edition.teacher), "Teacher's guide", FOR_TEACHERS))
    if quiz_set or ctx.edition.discussion or (ctx.edition.teacher and ctx.edition.teacher.claims):
        key = answer_key_page(ctx, quiz_set) if quiz_set else ""
        pages.append(Page(f"{ctx.slug}/answer-key.md", discussion_key(ctx, key), "Answer key", FOR_TEACHERS))
    if has_student_work(ctx):
        pages.append(Page(f"{ctx.slug}/hand-in.md", hand_in_page(ctx), "Hand-in", FOR_TEACHERS))
        pages.append(Page(f"{ctx.slug}/assign.md", assign_page(ctx), "Make an assignment", FOR_TEACHERS))
        pages.append(Page(f"{ctx.slug}/assignment.md", assignment_page(ctx), None))
    pages.append(Page(f"{ctx.slug}/handout.md", handout_page(ctx), "Printable handout", FOR_TEACHERS))
    pages.append(Page(f"{ctx.slug}/worksheet.md", worksheet_page(ctx), "Printable worksheet", FOR_TEACHERS))
    if "sources" in ctx.features:
        pages.append(Page(f"{ctx.slug}/{sources.SOURCES_PAGE}", sources_page(ctx, ctx.features["sources"]), "Where our facts come from"))
    return pages


def has_student_work(ctx: ReadingContext) -> bool:
    """Quizzes, written prompts or figures to judge first: work a student can save and hand in."""
    return bool(ctx.features.get("quizzes") or ctx.features.get("writing") or any(
        figures.judge_first(p.figure) for p in ctx.features.get("figures", [])
    ))
