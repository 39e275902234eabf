"""Plain versions: the same paragraph in plainer words, folded under the op-ed's paragraph."""
from __future__ import annotations

from ...core.context import Annotator, Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.plain import PlainText
from ...core.shared import PLAIN_VERSIONS
from ...core.slot import Slot
from .render import handout_plain_column, make_annotator, switch
from .schema import PlainVersion, PlainVersionsKeys
from .versions import check_plain_versions


class PlainVersions(Feature[list[PlainVersion], dict[str, PlainText]]):
    handle: Handle[dict[str, PlainText]] = PLAIN_VERSIONS
    schema = PlainVersionsKeys
    renderers = ("render",)

    def check(self, ctx: Checking) -> dict[str, PlainText]:
        return check_plain_versions(ctx)

    def annotator(self, state: dict[str, PlainText]) -> Annotator:
        return make_annotator(state)

    def sections(self, ctx: ReadingContext, state: dict[str, PlainText], slot: Slot, key: str) -> list[str]:
        if slot is Slot.READER_OPTIONS:
            return [switch()]
        if slot is Slot.HANDOUT:
            return [handout_plain_column(ctx, state)]
        return []


FEATURE = PlainVersions()
