"""The optional parts of a reading (glossary, figures, quizzes, …) hook into its pages here.

A feature whose part of edition.yml is empty adds nothing: no page, no empty heading.
Figures are installed before the glossary so that a word inside a marked number is not linked twice.
"""
from __future__ import annotations

from . import figures, glossary, quizzes
from .context import ReadingContext
from .page import Page
from .render.figure_cards import figure_cards
from .render.glossary_page import glossary_page
from .render.quiz_pages import answer_key_page, final_quiz_page, quiz_section
from .themes import Part


def install_features(ctx: ReadingContext) -> None:
    """Check each feature's part of the edition against the text and register what it adds to pages."""
    edition = ctx.edition
    placed = figures.place_figures(ctx)  # runs even with no figures: every number needs one
    if placed:
        ctx.features["figures"] = placed
        ctx.annotators.append(figures.make_annotator(placed))
    if edition.glossary:
        matcher = glossary.check_glossary(ctx.reading, ctx.doc)
        ctx.features["glossary"] = matcher
        ctx.annotators.append(glossary.make_annotator(matcher))
    if edition.quizzes:
        ctx.features["quizzes"] = quizzes.check_quizzes(ctx)


def part_sections(ctx: ReadingContext, part: Part) -> list[str]:
    """What closes a theme page, after the op-ed's paragraphs."""
    sections = []
    quiz = ctx.features.get("quizzes", {}).get(part.id)
    if quiz:
        sections.append(quiz_section(ctx, quiz, part.id))
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
        pages.append(Page(f"{ctx.slug}/quiz.md", final_quiz_page(ctx, quiz_set[quizzes.FINAL]), "Final quiz"))
    if quiz_set:
        pages.append(Page(f"{ctx.slug}/answer-key.md", answer_key_page(ctx, quiz_set), None))
    return pages
