"""Further reading: a short list closing each theme page, and every entry grouped by kind on one page."""
from __future__ import annotations

from collections.abc import Iterator

from ...core.cited import Cited
from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.fields import stated_texts
from ...core.handle import Handle
from ...core.page import Page
from ...core.slot import Slot
from .pages import further_reading_page, part_reading
from .schema import FurtherReading, FurtherReadingKeys


class Further(Feature[list[FurtherReading], list[FurtherReading]]):
    handle: Handle[list[FurtherReading]] = Handle("further_reading")
    schema = FurtherReadingKeys
    renderers = ("pages",)

    def check(self, ctx: Checking) -> list[FurtherReading] | None:
        """Each entry's themes must be parts of the reading."""
        parts = {p.id for p in ctx.parts}
        for i, entry in enumerate(self.config(ctx.edition)):
            for k, theme in enumerate(entry.themes):
                if theme not in parts:
                    ctx.problem(ctx.reading.error(("further_reading", i, "themes", k), f"expected a theme id ({', '.join(sorted(parts))}), got {theme!r}"))
        return list(self.config(ctx.edition)) or None

    def cited(self, ctx: Checking) -> Iterator[Cited]:
        for i, r in enumerate(self.config(ctx.edition)):
            yield Cited("Further reading", r.title, f"further-reading.md#read-{r.id}", stated_texts(r, ("further_reading", i)),
                        tuple(r.sources), ("further_reading", i, "sources"))

    def sections(self, ctx: ReadingContext, state: list[FurtherReading], slot: Slot, key: str) -> list[str]:
        part = next((p for p in ctx.parts if p.id == key), None) if slot is Slot.PART else None
        section = part_reading(ctx, part) if part else ""
        return [section] if section else []

    def pages(self, ctx: ReadingContext, state: list[FurtherReading]) -> list[Page]:
        return [Page(f"{ctx.slug}/further-reading.md", further_reading_page(ctx), "Further reading")]


FEATURE = Further()
