"""Sources: every fact the site states names its source, and one page lists them all."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import Page
from .citations import SOURCES_PAGE, check_sources
from .page import TITLE, sources_page


def _check(ctx: Checking) -> dict | None:
    uses = check_sources(ctx)  # runs on every reading: a number stated without a source is a problem
    return uses if ctx.edition.sources else None


def _pages(ctx: ReadingContext, uses: Any) -> list[Page]:
    return [Page(f"{ctx.slug}/{SOURCES_PAGE}", sources_page(ctx, uses), TITLE)]


# After the glossary and the figures: the list links to the entries of both.
FEATURE = Feature("sources", _check, after=("glossary", "figures"), pages=_pages)
