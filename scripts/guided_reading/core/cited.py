"""A part of the edition that may state facts, as the citation rule and the sources page see it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SOURCES_PAGE = "sources.md"


@dataclass(frozen=True)
class Cited:
    """One part of the edition that may state facts: where its text is, what it cites, and how the source page links to it."""

    group: str  # "Glossary", "Key figures", "Further reading", "Teacher's guide"
    label: str  # plain text naming the entry
    href: str | None  # the page (and anchor) that shows it; None when it is not shown
    texts: tuple[tuple[tuple[Any, ...], str], ...]  # (key path, text) of each field that may state a fact
    ids: tuple[str, ...]
    ids_path: tuple[Any, ...]  # key path of its `sources:`


def first_words(text: str, count: int = 8) -> str:
    """The start of a text, to name an entry that has no title (a discussion question, a claim)."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
