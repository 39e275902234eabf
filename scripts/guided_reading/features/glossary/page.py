"""The glossary page: A–Z with letter jumps, and where each word appears in the op-ed."""
from __future__ import annotations

from ...core.blocks import content_note, page_meta
from ...core.citing import cited_line
from ...core.context import ReadingContext
from ...core.markup import md_text, prose_html
from ...core.schema import GlossaryEntry
from ...core.terms import TermMatcher, occurrences


def glossary_page(ctx: ReadingContext, matcher: TermMatcher) -> str:
    where = occurrences(matcher, ctx.doc)
    pages = ctx.part_of
    listed = [e for e in ctx.edition.glossary if e.short.strip() and not e.in_text]
    entries = sorted([*matcher.entries, *listed], key=lambda e: e.term.lower())
    letters: dict[str, list[GlossaryEntry]] = {}
    for entry in entries:
        letters.setdefault(entry.term[0].upper(), []).append(entry)
    jumps = " ".join(f"[{letter}](#letter-{letter.lower()})" for letter in letters)
    out = [
        page_meta(ctx, f"Glossary: {ctx.edition.meta.title}", f"The hard words of {ctx.edition.meta.title}, explained for readers aged 15 and over."),
        "# Glossary\n",
        content_note(ctx),
        f"{len(entries)} words and names from the op-ed, explained in plain language. In the reading, each page "
        "underlines a few of them with dots: the words the argument turns on and the rarest ones, about 4 in every "
        "100 words. Tap, click or focus one for its short definition beside it. To underline the others too, turn on "
        "**Explain more words** above the text.\n",
        f'<nav class="glossary-letters" aria-label="Glossary letters" markdown>{jumps}</nav>\n',
    ]
    for letter, group in letters.items():
        out.append(f"## {letter} {{ #letter-{letter.lower()} }}\n")
        for entry in group:
            out.append(f"### {md_text(entry.term)} {{ #{entry.id} .glossary-term }}\n")
            body = [md_text(entry.short)]
            if entry.forms:
                body.append(f"*Other forms:* {md_text(', '.join(entry.forms))}")
            if entry.note:
                body.append(prose_html(entry.note))
            if entry.sources:
                body.append(cited_line(ctx, entry.sources))
            paragraphs = where.get(entry.id, [])
            links = ", ".join(f"[¶ {p.number}]({pages[p.id]}.md#{p.id})" for p in paragraphs)
            body.append(f"*Where it appears:* {links}" if links else "*Not in the op-ed's own words:* it helps with the notes and questions.")
            out.append("\n\n".join(body) + "\n")
    return "\n".join(out)
