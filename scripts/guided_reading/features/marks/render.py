"""The marks' and the comfort settings' markup: the switches in the reading-help bar, the list on My work
and the class map on Hand-in. Scripts (annotate.js, comfort.js) bring them to life; without them the
switches stay hidden and the map and list say that they need JavaScript."""
from __future__ import annotations

from ...core.context import ReadingContext
from ...core.markup import html_text, script_json
from .kinds import NOTE_LIMIT, MarkKind


def _data(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    data = {"reading": ctx.slug, "kinds": [list(k) for k in kinds], "note_limit": NOTE_LIMIT}
    return f'<script type="application/json" class="mark-data">{script_json(data)}</script>'


def _sentences(ctx: ReadingContext) -> str:
    """Every sentence of the op-ed by id, with its paragraph's number: what a mark refers to."""
    data = [[s.id, p.number, s.text] for p in ctx.doc.paragraphs for s in p.sentences]
    return f'<script type="application/json" class="mark-sentences">{script_json(data)}</script>'


def marks_switch(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    return f'<button type="button" class="md-button reader-marks" aria-pressed="false" hidden>Mark the text</button>{_data(ctx, kinds)}'


def comfort_controls() -> str:
    return '<button type="button" class="md-button reader-comfort" aria-expanded="false" hidden>Text size and font</button>'


def marks_list(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    return (
        '<section class="my-marks" aria-labelledby="my-marks-title">'
        '<h2 id="my-marks-title">Your marks on the text</h2>'
        '<p class="my-marks__empty">You have not marked any sentence yet. On a part page or the full text, '
        'choose “Mark the text” in the reading-help bar, then pick a sentence.</p>'
        '<ol class="my-marks__list"></ol>'
        f"{_data(ctx, kinds)}{_sentences(ctx)}</section>"
    )


def class_map(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    filters = "".join(
        f'<label><input type="radio" name="class-map-kind" value="{html_text(k.id)}"> {html_text(k.symbol)} {html_text(k.label)}</label> '
        for k in kinds
    )
    paragraphs = "".join(
        f'<div class="class-map__para"><span class="class-map__num">¶ {p.number}</span> '
        + " ".join(f'<span class="class-map__sentence" data-sentence="{s.id}">{html_text(s.text)}</span>' for s in p.sentences)
        + "</div>"
        for p in ctx.doc.paragraphs
    )
    return (
        '<section class="class-map" aria-labelledby="class-map-title" hidden>'
        '<details class="class-map__fold"><summary><h2 id="class-map-title">Class map: what students marked</h2></summary>'
        "<p>Each sentence is shaded by how many of the students whose files are open marked it. Choose a kind of "
        "mark; select a sentence's count to read the students' notes.</p>"
        '<fieldset class="class-map__kinds"><legend>Show</legend>'
        f'<label><input type="radio" name="class-map-kind" value="" checked> All marks</label> {filters}</fieldset>'
        '<p class="class-map__summary" role="status" aria-live="polite"></p>'
        '<p><button type="button" class="md-button class-map__print">Print the class map</button></p>'
        f'<div class="class-map__text">{paragraphs}</div></details>{_data(ctx, kinds)}</section>'
    )
