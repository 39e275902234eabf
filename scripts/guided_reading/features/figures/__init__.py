"""Key figures: a callout after each number of the op-ed, and the numbers as cards on the reading's home."""
from __future__ import annotations

from collections.abc import Iterator

from ...core.cited import Cited
from ...core.context import Annotator, Checking, ReadingContext
from ...core.feature import Feature
from ...core.fields import stated_texts
from ...core.figures import PlacedFigure
from ...core.handle import Handle
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.shared import FIGURES, PLAIN_VERSIONS
from ...core.shared_schema import Figure
from ...core.slot import Slot
from .callouts import judged_callouts, make_annotator
from .cards import figure_cards
from .placing import place_figures
from .schema import FiguresKeys


class Figures(Feature[list[Figure], list[PlacedFigure]]):
    handle: Handle[list[PlacedFigure]] = FIGURES
    schema = FiguresKeys
    assets = ("assets/written.js", "assets/reader-tools.js", "assets/on-page.js", "assets/work-store.js")
    page_assets = (
        PageAsset(('data-judge="',), js=(ON_PAGE, WORK_STORE, "assets/written.js")),  # judge first, then check
        PageAsset(('class="admonition figure',), js=(ON_PAGE, "assets/reader-tools.js")),  # callouts that fold on a phone
    )
    renderers = ("callouts", "cards")
    # After the plain versions: a figure's callout sits below the plain version of its paragraph.
    after = (PLAIN_VERSIONS,)

    def check(self, ctx: Checking) -> list[PlacedFigure]:
        return place_figures(ctx)

    def cited(self, ctx: Checking) -> Iterator[Cited]:
        placed = {p.figure.id: p for p in self.state(ctx) or []}
        part_of = ctx.part_of
        for i, f in enumerate(self.config(ctx.edition)):
            where = placed.get(f.id)
            href = f"{part_of[where.location.paragraph.id]}.md#{where.anchor}" if where else None
            yield Cited("Key figures", f.label, href, stated_texts(f, ("figures", i)), tuple(f.sources), ("figures", i, "sources"))

    def annotator(self, state: list[PlacedFigure]) -> Annotator:
        return make_annotator(state)

    def sections(self, ctx: ReadingContext, state: list[PlacedFigure], slot: Slot, key: str) -> list[str]:
        if slot is Slot.HOME:
            return [figure_cards(ctx, state)]
        if slot is Slot.TEACHER_GUIDE:
            return [judged_callouts(ctx)]
        return []


FEATURE = Figures()
