"""The glossary page: A–Z with letter jumps, and where each word appears in the op-ed."""
from __future__ import annotations

from markupsafe import Markup

from ...core.blocks import content_note, page_meta
from ...core.citing import cited_line
from ...core.context import ReadingContext
from ...core.markup import md_text, prose_html
from ...core.model import Paragraph
from ...core.shared_schema import GlossaryEntry
from ...core.templates import render
from ...core.terms import TermMatcher, occurrences
from .schema import GlossaryKeys


def glossary_page(ctx: ReadingContext, matcher: TermMatcher) -> str:
    where = occurrences(matcher, ctx.doc)
    listed = [e for e in GlossaryKeys.of(ctx.edition).glossary if e.short.strip() and not e.in_text]
    entries = sorted([*matcher.entries, *listed], key=lambda e: e.term.lower())
    letters: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        letters.setdefault(entry.term[0].upper(), []).append(entry)
    sections = [(letter, [(entry, _body(ctx, entry, where.get(entry.id, []))) for entry in group]) for letter, group in letters.items()]
    title = ctx.edition.meta.title
    meta = page_meta(ctx, f"Glossary: {title}", f"The hard words of {title}, explained for readers aged 15 and over.")
    page = render("features/glossary/templates/page.md.j2", meta=Markup(meta), note=Markup(content_note(ctx)), count=len(entries), letters=sections)
    return str(page)


def _body(ctx: ReadingContext, entry: GlossaryEntry, paragraphs: list[Paragraph]) -> list[Markup]:
    """An entry's paragraphs of Markdown: the short definition, other forms, the note, its sources, where it appears."""
    pages = ctx.part_of
    body = [Markup(md_text(entry.short))]
    if entry.forms:
        body.append(Markup(f"*Other forms:* {md_text(', '.join(entry.forms))}"))
    if entry.note:
        body.append(Markup(prose_html(entry.note)))
    if entry.sources:
        body.append(Markup(cited_line(ctx, entry.sources)))
    links = ", ".join(f"[¶ {p.number}]({pages[p.id]}.md#{p.id})" for p in paragraphs)
    body.append(Markup(f"*Where it appears:* {links}" if links else "*Not in the op-ed's own words:* it helps with the notes and questions."))
    return body
