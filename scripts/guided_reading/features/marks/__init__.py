"""Marks on the text: a student marks any sentence of the op-ed (important, a question, a connection, "I
disagree / not supported"), with a short note, on the part pages and the full text. The marks stay on the
device (work-store.js, kind "marks"), travel in the work file, show on My work, and on Hand-in become a
class map of the op-ed, each sentence shaded by how many students marked it.

The reading-help bar also gets the reader's comfort settings: text size, line spacing and a legible font.
"""
from __future__ import annotations

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.slot import Slot
from .kinds import KINDS, MarkKind
from .render import class_map, comfort_controls, marks_list, marks_switch

MARKS: Handle[tuple[MarkKind, ...]] = Handle("marks")


class Marks(Feature[None, tuple[MarkKind, ...]]):
    handle = MARKS
    renderers = ("render",)
    assets = ("assets/annotate.css", "assets/annotate.js", "assets/marks-report.css", "assets/marks-report.js", "assets/comfort.css", "assets/comfort.js",
              "assets/on-page.js", "assets/work-store.js")
    page_assets = (
        # The switch in the reading-help bar, My work's list and Hand-in's class map.
        PageAsset(('reader-marks"', 'class="my-marks', 'class="class-map'), css=("assets/annotate.css",),
                  js=(ON_PAGE, WORK_STORE, "assets/annotate.js")),
        PageAsset(('class="my-marks', 'class="class-map'), css=("assets/marks-report.css",),
                  js=(ON_PAGE, WORK_STORE, "assets/annotate.js", "assets/marks-report.js")),
    )

    def check(self, ctx: Checking) -> tuple[MarkKind, ...] | None:
        return KINDS if ctx.doc.paragraphs else None

    def sections(self, ctx: ReadingContext, state: tuple[MarkKind, ...], slot: Slot, key: str) -> list[str]:
        if slot is Slot.READER_OPTIONS:
            return [marks_switch(ctx, state), comfort_controls()]
        if slot is Slot.MY_WORK:
            return [marks_list(ctx, state)]
        if slot is Slot.HAND_IN:
            return [class_map(ctx, state)]
        return []


FEATURE = Marks()
