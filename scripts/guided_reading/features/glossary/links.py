"""Glossary links: the first use of each term on a page links to its entry, within the page's gloss budget."""
from __future__ import annotations

from collections.abc import Sequence

from ...core.context import Annotations, Annotator, ReadingContext
from ...core.markup import Mark, html_text, one_line
from ...core.model import Paragraph
from ...core.shared_schema import GlossaryEntry
from ...core.templates import render
from ...core.terms import TermMatcher
from .budget import plan_glosses

GLOSSARY_PAGE = "glossary.html"


def switch() -> str:
    """The reading-help switch that links every word of the glossary, not only those within the budget."""
    return str(render("features/glossary/templates/switch.html.j2"))


def term_link(entry: GlossaryEntry) -> tuple[str, str]:
    """A link to the entry; gloss-popover.js shows `data-short` beside the word (no `title`: one box, not two)."""
    short = html_text(one_line(entry.short))
    return f'<a class="gloss" href="{GLOSSARY_PAGE}#{entry.id}" data-short="{short}">', "</a>"


def extra_mark(entry: GlossaryEntry) -> tuple[str, str]:
    """A word left out of the gloss budget: plain text until the reader asks to "Explain more words"."""
    short = html_text(one_line(entry.short))
    return f'<span class="gloss-extra" data-href="{GLOSSARY_PAGE}#{entry.id}" data-short="{short}">', "</span>"


def make_annotator(matcher: TermMatcher) -> Annotator:
    def annotate(ctx: ReadingContext, paragraphs: Sequence[Paragraph], page: str, notes: Annotations) -> None:
        plan = plan_glosses(matcher, paragraphs, notes.marks)
        for pid, hit in plan.linked:
            open_, close = term_link(hit.entry)
            notes.add_mark(pid, Mark(hit.start, hit.end, open_, close))
        for pid, hit in plan.extra:
            open_, close = extra_mark(hit.entry)
            notes.add_mark(pid, Mark(hit.start, hit.end, open_, close))

    return annotate
