"""Further reading: a short list closing each theme page, and every entry grouped by kind on one page."""
from __future__ import annotations

from typing import Any

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.page import Page
from .pages import further_reading_page, part_reading


def _check(ctx: Checking) -> list | None:
    """Each entry's themes must be parts of the reading."""
    parts = {p.id for p in ctx.parts}
    for i, entry in enumerate(ctx.edition.further_reading):
        for k, theme in enumerate(entry.themes):
            if theme not in parts:
                ctx.problem(ctx.reading.error(("further_reading", i, "themes", k), f"expected a theme id ({', '.join(sorted(parts))}), got {theme!r}"))
    return list(ctx.edition.further_reading) or None


def _sections(ctx: ReadingContext, entries: Any, slot: str, key: str) -> list[str]:
    part = next((p for p in ctx.parts if p.id == key), None) if slot == "part" else None
    return [part_reading(ctx, part)] if part else []


def _pages(ctx: ReadingContext, entries: Any) -> list[Page]:
    return [Page(f"{ctx.slug}/further-reading.md", further_reading_page(ctx), "Further reading")]


FEATURE = Feature("further_reading", _check, sections=_sections, pages=_pages)
