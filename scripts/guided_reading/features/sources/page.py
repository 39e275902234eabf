"""\"Where our facts come from\": every source of the site's own statements, and what rests on each."""
from __future__ import annotations

from ...core.blocks import content_note, ext_link, page_meta
from ...core.citing import Cited, source_anchor
from ...core.context import ReadingContext
from ...core.markup import md_text
from ...core.schema import Source

TITLE = "Where our facts come from"
KINDS = {
    "primary": (
        "Primary sources",
        "The bodies that made an estimate or wrote a law, in their own publications: the International Labour "
        "Organization (ILO), the United Nations Office on Drugs and Crime (UNODC), treaties and legislation.",
    ),
    "secondary": (
        "Secondary sources",
        "Reports of someone else's work, such as a newspaper article about a study. We cite one only where we have not "
        "checked the original's own address, and we name the original too.",
    ),
}


def _use(part: Cited) -> str:
    label = md_text(part.label)
    return f"[{label}]({part.href})" if part.href else label


def _entry(source: Source, uses: list[Cited]) -> str:
    lines = [f"### {md_text(source.title)} {{ #{source_anchor(source.id)} .source-entry }}\n"]
    facts = [
        f"- **Publisher:** {md_text(source.publisher)}",
        f"- **Date:** {md_text(source.date) if source.date else 'not recorded'}",
        f"- **Address:** {ext_link(md_text(source.url), source.url)}" if source.url else "- **Address:** none given; see the note below",
        f"- **Kind:** {source.kind}",
    ]
    if source.note:
        facts.append(f"- **Note:** {md_text(source.note)}")
    groups: dict[str, list[str]] = {}
    for part in uses:
        groups.setdefault(part.group, []).append(_use(part))
    facts.append("- **What rests on it:**\n\n" + "\n".join(f"    - {md_text(group)}: {', '.join(items)}" for group, items in groups.items()))
    return "\n".join(lines) + "\n" + "\n".join(facts) + "\n"


def sources_page(ctx: ReadingContext, uses: dict[str, list[Cited]]) -> str:
    title = ctx.edition.meta.title
    out = [
        page_meta(ctx, f"{TITLE}: {title}", f"Every source behind the notes, figures, further reading and teacher's guide of {title}."),
        f"# {TITLE}\n",
        content_note(ctx),
        "The op-ed is the author's own text. Everything this site says in its own voice around it, in the glossary, "
        "the key-figure notes, the further reading and the teacher's guide, rests on the sources below. Each source "
        "lists the entries that rely on it, so that you can check a statement before you use it in class. The addresses "
        "lead to other sites and need an internet connection.\n",
        f"This reading uses {len(ctx.edition.sources)} sources: "
        + ", ".join(f"{sum(1 for s in ctx.edition.sources if s.kind == kind)} {kind}" for kind in KINDS) + ".\n",
    ]
    for kind, (heading, explanation) in KINDS.items():
        listed = [s for s in ctx.edition.sources if s.kind == kind]
        if not listed:
            continue
        out.append(f"## {heading} {{ #{kind} }}\n\n{explanation}\n")
        out.extend(_entry(s, uses.get(s.id, [])) for s in listed)
    return "\n".join(out)
