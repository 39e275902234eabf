"""Further reading's part section, from one entry of the edition: each value escaped for where it stands."""
from __future__ import annotations

import dataclasses

import markdown

from guided_reading.core.context import ReadingContext
from guided_reading.core.markup import md_text
from guided_reading.core.slot import Slot
from guided_reading.features.further_reading import FEATURE
from guided_reading.features.further_reading.schema import FurtherReading
from support import seed_context


def _with(entry: FurtherReading) -> ReadingContext:
    ctx = seed_context()
    edition = ctx.edition.model_copy(update={"further_reading": [entry]})
    return dataclasses.replace(ctx, reading=dataclasses.replace(ctx.reading, edition=edition))


def test_an_entry_closes_its_part_and_no_other() -> None:
    first, second = seed_context().parts[0].id, seed_context().parts[1].id
    entry = FurtherReading(
        id="hostile", organisation="<b>Org</b> & co", title="*Not* [a](javascript:alert(1))", url="https://example.org/?a=1&b=2",
        kind="report", why="Why <script>alert(2)</script> matters", themes=[first],
    )
    ctx = _with(entry)
    (section,) = FEATURE.sections(ctx, [entry], Slot.PART, first)
    assert section.splitlines() == [
        "## Read more { #read-more }",
        "",
        f'- **[{md_text(entry.title)}](https://example.org/?a=1&b=2){{ #read-hostile .external rel="noopener" }}**, '
        f"{md_text(entry.organisation)}. {md_text(entry.why)}",
        "",
        "All the sources, grouped by kind, are on the [further reading](further-reading.md) page.",
    ]
    html = markdown.markdown(section, extensions=["attr_list"])
    assert "<script" not in html and "<b>" not in html and "javascript:" not in html.split('href="')[1].split('"')[0]
    assert FEATURE.sections(ctx, [entry], Slot.PART, second) == []
