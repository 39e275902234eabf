"""What a draft still lacks: its author, and the to-dos its edition lists. Each stops a published reading."""
from __future__ import annotations

from .context import Checking


def check_todo(ctx: Checking) -> None:
    """Warn about each open to-do in a draft; refuse to publish a reading that still has one."""
    edition, reading = ctx.edition, ctx.reading
    if not edition.meta.author:
        ctx.report(reading.error(("meta", "author"), "the author's name is required to publish; no byline was found in the text"))
    for index, item in enumerate(edition.todo):
        ctx.report(reading.error(("todo", index), f"still to do: {item} (delete the line when it is done)"))
