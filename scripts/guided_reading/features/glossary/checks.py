"""Glossary checks: every entry occurs in the op-ed, no form belongs to two entries, definitions stay short,
and no page has more key terms than its gloss budget."""
from __future__ import annotations

from ...core.context import Checking
from ...core.locate import fold
from ...core.terms import TermMatcher
from .budget import BUDGET_PER_100, key_terms_over_budget
from .definitions import MAX_DEFINITION_GRADE, hard_definitions
from .schema import GlossaryKeys

MAX_SHORT_WORDS = 40


def check_glossary(ctx: Checking) -> TermMatcher:
    """Every entry must occur in the op-ed; no form may belong to two entries; definitions stay short.

    An entry without a definition is a to-do: it stops a published reading, warns in a draft and is left out.
    """
    reading, doc = ctx.reading, ctx.doc
    owners: dict[str, int] = {}
    for index, entry in enumerate(GlossaryKeys.of(reading.edition).glossary):
        if not entry.short.strip():
            ctx.report(reading.error(("glossary", index, "short"), f"glossary entry {entry.id!r} has no definition yet; write one or two sentences"))
        if len(entry.short.split()) > MAX_SHORT_WORDS:
            ctx.problem(reading.error(("glossary", index, "short"), f"expected at most {MAX_SHORT_WORDS} words, got {len(entry.short.split())}"))
        for position, form in enumerate((entry.term, *entry.forms)):
            key = " ".join(fold(form).lower().split())
            if key in owners and owners[key] != index:
                where = ("glossary", index, "term") if position == 0 else ("glossary", index, "forms", position - 1)
                other = GlossaryKeys.of(reading.edition).glossary[owners[key]].id
                ctx.problem(reading.error(where, f"{form!r} is already claimed by glossary entry {other!r}; a form may belong to one entry only"))
                continue
            owners[key] = index
    for index, entry, grade in hard_definitions(GlossaryKeys.of(reading.edition).glossary):
        if len(entry.short.split()) > MAX_SHORT_WORDS:
            continue  # already reported as too long
        ctx.report(reading.error(
            ("glossary", index, "short"),
            f"the definition of {entry.id!r} reads at grade {grade:.1f} (its own term and quoted words left out); expected "
            f"{MAX_DEFINITION_GRADE:.0f} or below: shorter sentences, shorter words",
        ))
    defined = [e for e in GlossaryKeys.of(reading.edition).glossary if e.short.strip()]
    matcher = TermMatcher([e for e in defined if e.in_text])
    # Looked for with every defined entry, so that an entry marked `in_text: false` is caught when the op-ed uses it.
    used = {hit.entry.id for p in doc.paragraphs for hit in TermMatcher(defined).find(p.text)}
    for index, entry in enumerate(GlossaryKeys.of(reading.edition).glossary):
        if entry.id in used and not entry.in_text:
            ctx.problem(reading.error(("glossary", index, "in_text"), f"glossary entry {entry.id!r} occurs in the op-ed; remove `in_text: false`"))
        if entry.id not in used and entry in matcher.entries:
            ctx.problem(reading.error(
                ("glossary", index, "term"),
                f"glossary entry {entry.id!r}: none of its forms ({', '.join((entry.term, *entry.forms))}) occurs in the op-ed",
            ))
    check_budget(ctx, matcher)
    return matcher


def check_budget(ctx: Checking, matcher: TermMatcher) -> None:
    """Key terms are always linked, so a page may not have more of them than its gloss budget allows."""
    index_of = {e.id: i for i, e in enumerate(GlossaryKeys.of(ctx.edition).glossary)}
    for part in ctx.parts:
        count, budget, keys = key_terms_over_budget(matcher, part.paragraphs)
        if count > budget:
            ctx.report(ctx.reading.error(
                ("glossary", index_of[keys[-1]], "key"),
                f"the page {part.id!r} ({part.span}) uses {count} key terms ({', '.join(keys)}) but its gloss budget is "
                f"{budget} words ({BUDGET_PER_100} per 100 words of text); mark fewer entries `key: true`",
            ))
