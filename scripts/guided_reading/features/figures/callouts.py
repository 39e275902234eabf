"""Key figures: the callout after each number the op-ed uses, saying what the source measured and what we know now."""
from __future__ import annotations

from collections.abc import Sequence

from ...core.blocks import ext_link
from ...core.context import Annotations, Annotator, ReadingContext
from ...core.figures import PlacedFigure, judge_first
from ...core.markup import Mark, html_text, md_text, prose_html
from ...core.model import Paragraph
from ...core.shared import FIGURES
from ...core.shared_schema import JudgeFirst


def judge_form(placed: PlacedFigure, judge: JudgeFirst, slug: str) -> str:
    """The one-line prediction asked before the callout opens; hidden until judge-first.js shows it."""
    name = f"judge-{placed.figure.id}"
    choices = "".join(
        f'<label class="judge-choice"><input type="radio" name="{name}" value="{i}"> {html_text(c)}</label>'
        for i, c in enumerate(judge.choices)
    )
    return (
        f'<form class="judge-form" data-judge="{html_text(slug)}/{placed.figure.id}" hidden>'
        f'<fieldset><legend>{html_text(judge.prompt)}</legend><div class="judge-choices">{choices}</div></fieldset>'
        '<p><button type="button" class="md-button judge-open">Open the key figure</button></p>'
        '<p class="judge-said" role="status" aria-live="polite"></p></form>'
    )


def callout(placed: PlacedFigure, slug: str = "", judge: bool = False) -> str:
    """The key-figure note. With `judge` (theme pages), a figure the reader must judge first is a closed
    <details> behind a prediction; elsewhere (the full text) every callout stands open."""
    figure = placed.figure
    n = placed.location.paragraph.number
    asks = judge_first(figure) if judge else None
    if asks is not None:
        lines = [
            # Out of the search index: a search result must not show the verdict before the reader has judged.
            f'<div class="judge-first" id="{placed.anchor}" data-search-exclude markdown>',
            judge_form(placed, asks, slug),
            "",
            '<details class="admonition figure" markdown>',
            f"<summary>Key figure: {html_text(figure.label)}</summary>",
            "",
        ]
    else:
        lines = [
            # A <details>, open: reader-tools.js folds it to its one-line summary on a phone.
            f'<details class="admonition figure" id="{placed.anchor}" open data-search-exclude markdown>',
            f"<summary>Key figure: {md_text(figure.label)}</summary>",
            "",
        ]
    lines += [
        f"**The op-ed says:** “{md_text(placed.location.text)}” (¶ {n})",
        "",
    ]
    if figure.source:
        s = figure.source
        lines += [f"**The source says:** {prose_html(s.measured)} ({ext_link(md_text(f'{s.name}, {s.year}'), s.url)})", ""]
    else:
        lines += ["**The source says:** the op-ed names no source for this figure, and none we know of supports it.", ""]
    if figure.latest:
        latest = figure.latest
        cite = ext_link(md_text(latest.source.title), latest.source.url)
        if latest.report:
            cite = f"{md_text(latest.report)}; reported by {cite}"
        lines += [f"**Latest:** {md_text(latest.figure)} ({md_text(latest.date)}). {prose_html(latest.text)} ({cite})", ""]
    lines += [f"**How to read it:** {prose_html(figure.note)}", "", "</details>"]
    lines += ["</div>"] if asks is not None else []
    return "\n".join(lines)


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
    judged = [p for p in FIGURES.state(ctx) or [] if judge_first(p.figure)]
    if not judged:
        return ""
    intro = (
        "## Figures students judge first\n\n"
        "On the part pages every key-figure note stays closed until the student has answered a neutral question "
        "about the number; the answer is kept on their device and shows on My work. The reading's home shows only "
        "the op-ed's own words, and search leaves the notes out. Here they are in full.\n\n"
    )
    asks = "".join(f"- {md_text(p.figure.label)}: “{md_text(judge.prompt)}”\n" for p in judged if (judge := judge_first(p.figure)))
    return intro + asks + "\n" + "\n\n".join(callout(p) for p in judged) + "\n"
