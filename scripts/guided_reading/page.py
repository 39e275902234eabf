"""A generated page: where it goes in docs/ and how it appears in the navigation."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/
    markdown: str
    nav_title: str | None  # None: reachable by links only
