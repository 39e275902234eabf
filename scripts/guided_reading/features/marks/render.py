"""The marks' and the comfort settings' markup: the switches in the reading-help bar, the list on My work
and the class map on Hand-in. Scripts (annotate.js, comfort.js) bring them to life; without them the
switches stay hidden and the map and list say that they need JavaScript.

The markup is templates (templates/*.html.j2); here is the data they are filled with."""
from __future__ import annotations

from typing import Any

from ...core.context import ReadingContext
from ...core.templates import render
from .kinds import NOTE_LIMIT, MarkKind

TEMPLATES = "features/marks/templates"


def _data(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> dict[str, Any]:
    """What annotate.js and the pages' scripts need: the reading, the kinds of mark and the longest note."""
    return {"reading": ctx.slug, "kinds": [list(k) for k in kinds], "note_limit": NOTE_LIMIT}


def _sentences(ctx: ReadingContext) -> list[list[object]]:
    """Every sentence of the op-ed by id, with its paragraph's number: what a mark refers to."""
    return [[s.id, p.number, s.text] for p in ctx.doc.paragraphs for s in p.sentences]


def marks_switch(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    return str(render(f"{TEMPLATES}/switch.html.j2", data=_data(ctx, kinds)))


def comfort_controls() -> str:
    return str(render(f"{TEMPLATES}/comfort.html.j2"))


def marks_list(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    return str(render(f"{TEMPLATES}/list.html.j2", data=_data(ctx, kinds), sentences=_sentences(ctx)))


def class_map(ctx: ReadingContext, kinds: tuple[MarkKind, ...]) -> str:
    return str(render(f"{TEMPLATES}/class_map.html.j2", kinds=kinds, paragraphs=ctx.doc.paragraphs, data=_data(ctx, kinds)))
