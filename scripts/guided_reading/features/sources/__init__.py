"""Sources: every fact the site states names its source, and one page lists them all."""
from __future__ import annotations

from ...core.cited import SOURCES_PAGE, Cited
from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.handle import Handle
from ...core.page import Page
from ...core.shared import FIGURES, GLOSSARY, SOURCES
from ...core.shared_schema import Source
from .citations import check_sources
from .page import TITLE, sources_page
from .schema import SourcesKeys


class Sources(Feature[list[Source], dict[str, list[Cited]]]):
    handle: Handle[dict[str, list[Cited]]] = SOURCES
    schema = SourcesKeys
    renderers = ("page",)
    # After the glossary and the figures: the list links to the entries of both.
    after = (GLOSSARY, FIGURES)

    def check(self, ctx: Checking) -> dict[str, list[Cited]] | None:
        uses = check_sources(ctx)  # runs on every reading: a number stated without a source is a problem
        return uses if self.config(ctx.edition) else None

    def pages(self, ctx: ReadingContext, state: dict[str, list[Cited]]) -> list[Page]:
        return [Page(f"{ctx.slug}/{SOURCES_PAGE}", sources_page(ctx, state), TITLE)]


FEATURE = Sources()
