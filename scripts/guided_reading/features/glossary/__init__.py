"""The glossary: hard words explained where they stand, and all of them on one page."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import Page
from .checks import check_glossary
from .links import SWITCH, make_annotator
from .page import glossary_page
from .terms import TermMatcher


def _check(ctx: Checking) -> TermMatcher | None:
    if not ctx.edition.glossary:
        return None
    matcher = check_glossary(ctx)
    return matcher if matcher.entries else None


def _sections(ctx: ReadingContext, matcher: Any, slot: str, key: str) -> list[str]:
    return [SWITCH] if slot == "reader-options" else []


def _pages(ctx: ReadingContext, matcher: Any) -> list[Page]:
    return [Page(f"{ctx.slug}/glossary.md", glossary_page(ctx), "Glossary")]


# After the figures: a word inside a number that a figure marks is not linked a second time.
FEATURE = Feature("glossary", _check, after=("figures",), annotator=make_annotator, sections=_sections, pages=_pages)
