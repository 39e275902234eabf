"""\"Where our facts come from\": every source of the site's own statements, and what rests on each."""
from __future__ import annotations

from markupsafe import Markup

from ...core.blocks import content_note, ext_link, page_meta
from ...core.cited import Cited
from ...core.citing import source_anchor
from ...core.context import ReadingContext
from ...core.markup import md_text
from ...core.shared_schema import Source
from ...core.templates import render
from .schema import SourcesKeys

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


TEMPLATES = "features/sources/templates"


def _entry(source: Source, uses: list[Cited]) -> Markup:
    groups: dict[str, list[Markup]] = {}
    for part in uses:
        groups.setdefault(part.group, []).append(Markup(_use(part)))
    address = Markup(ext_link(md_text(source.url), source.url)) if source.url else ""
    return render(f"{TEMPLATES}/entry.md.j2", source=source, anchor=source_anchor(source.id), address=address, groups=list(groups.items()))


def sources_page(ctx: ReadingContext, uses: dict[str, list[Cited]]) -> str:
    title = ctx.edition.meta.title
    sources = SourcesKeys.of(ctx.edition).sources
    kinds = [
        (kind, heading, Markup(explanation), [_entry(s, uses.get(s.id, [])) for s in listed])
        for kind, (heading, explanation) in KINDS.items()
        if (listed := [s for s in sources if s.kind == kind])
    ]
    meta = page_meta(ctx, f"{TITLE}: {title}", f"Every source behind the notes, figures, further reading and teacher's guide of {title}.")
    return str(render(
        f"{TEMPLATES}/page.md.j2", meta=Markup(meta), title=TITLE, note=Markup(content_note(ctx)), count=len(sources),
        counts=[f"{sum(1 for s in sources if s.kind == kind)} {kind}" for kind in KINDS], kinds=kinds,
    ))
