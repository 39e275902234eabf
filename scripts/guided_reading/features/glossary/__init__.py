"""The glossary: hard words explained where they stand, and all of them on one page."""
from __future__ import annotations

from collections.abc import Iterator

from ...core.cited import Cited
from ...core.context import Annotator, Checking, ReadingContext
from ...core.feature import Feature
from ...core.fields import stated_texts
from ...core.handle import Handle
from ...core.page import Page
from ...core.page_asset import ON_PAGE, PageAsset
from ...core.shared import FIGURES, GLOSSARY
from ...core.shared_schema import GlossaryEntry
from ...core.slot import Slot
from ...core.terms import TermMatcher
from .checks import check_glossary
from .links import make_annotator, switch
from .page import glossary_page
from .schema import GlossaryKeys


class Glossary(Feature[list[GlossaryEntry], TermMatcher]):
    handle: Handle[TermMatcher] = GLOSSARY
    schema = GlossaryKeys
    assets = ("assets/gloss-popover.js", "assets/on-page.js")
    # Definitions in place: glossary links, and the words "Explain more words" turns into links.
    page_assets = (PageAsset(('class="gloss"', 'class="gloss-extra'), js=(ON_PAGE, "assets/gloss-popover.js")),)
    renderers = ("links", "page")
    # After the figures: a word inside a number that a figure marks is not linked a second time.
    after = (FIGURES,)

    def check(self, ctx: Checking) -> TermMatcher | None:
        if not self.config(ctx.edition):
            return None
        matcher = check_glossary(ctx)
        return matcher if matcher.entries else None

    def cited(self, ctx: Checking) -> Iterator[Cited]:
        entries = self.config(ctx.edition)
        shown = {e.id for e in entries if e.short.strip()} if self.state(ctx) else set()
        for i, g in enumerate(entries):
            href = f"glossary.md#{g.id}" if g.id in shown else None
            yield Cited("Glossary", g.term, href, stated_texts(g, ("glossary", i)), tuple(g.sources), ("glossary", i, "sources"))

    def annotator(self, state: TermMatcher) -> Annotator:
        return make_annotator(state)

    def sections(self, ctx: ReadingContext, state: TermMatcher, slot: Slot, key: str) -> list[str]:
        return [switch()] if slot is Slot.READER_OPTIONS else []

    def pages(self, ctx: ReadingContext, state: TermMatcher) -> list[Page]:
        return [Page(f"{ctx.slug}/glossary.md", glossary_page(ctx, state), "Glossary")]


FEATURE = Glossary()
