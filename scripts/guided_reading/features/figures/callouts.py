"""Key figures: the callout after each number the op-ed uses, saying what the source measured and what we know now.

The callout is a template (templates/callout.md.j2); here is the data it is filled with."""
from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from ...core.context import Annotations, Annotator, ReadingContext
from ...core.figures import PlacedFigure, judge_first
from ...core.markup import Mark, html_text
from ...core.model import Paragraph
from ...core.shared import FIGURES
from ...core.templates import render

TEMPLATES = "features/figures/templates"


def callout(placed: PlacedFigure, slug: str = "", judge: bool = False) -> str:
    """The key-figure note (templates/callout.md.j2). With `judge` (theme pages), a figure the reader must judge
    first is a closed <details> behind a prediction; elsewhere (the full text) every callout stands open."""
    figure = placed.figure
    return str(render(
        f"{TEMPLATES}/callout.md.j2",
        figure=figure,
        anchor=placed.anchor,
        slug=slug,
        judge=judge_first(figure) if judge else None,
        said=placed.location.text,
        paragraph=placed.location.paragraph.number,
        source_name=f"{figure.source.name}, {figure.source.year}" if figure.source else "",
    ))


def make_annotator(placed: list[PlacedFigure]) -> Annotator:
    def annotate(ctx: ReadingContext, paragraphs: Sequence[Paragraph], page: str, notes: Annotations) -> None:
        ids = {p.id for p in paragraphs}
        for item in placed:
            pid = item.location.paragraph.id
            if pid not in ids:
                continue
            spans = [(c.start, c.end) for c in item.claims] or [(item.location.start, item.location.end)]
            label = html_text(item.figure.label)
            for start, end in spans:
                notes.add_mark(pid, Mark(start, end, f'<a class="figure-mark" href="#{item.anchor}" title="Key figure: {label}">', "</a>"))
            notes.add_after(pid, callout(item, ctx.slug, judge=page != "full-text.md"))

    return annotate


def judged_callouts(ctx: ReadingContext) -> str:
    """For the teacher's guide: the callouts students judge before they open, shown open in full."""
    judged = [(p, judge) for p in FIGURES.state(ctx) or [] if (judge := judge_first(p.figure))]
    if not judged:
        return ""
    return str(render(
        f"{TEMPLATES}/judged.md.j2",
        asks=[(p.figure, judge) for p, judge in judged],
        callouts=[Markup(callout(p)) for p, _ in judged],
    ))
