"""A generated page: where it goes in docs/ and how it appears in the navigation."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/
    markdown: str
    nav_title: str | None  # None: reachable by links only
    section: str | None = None  # a labelled group of the reading's navigation, e.g. FOR_TEACHERS
    data: bytes | None = None  # a file to download rather than a page: written as these bytes, `markdown` unused


# The reading's pages for teachers, kept out of the students' path through the parts.
FOR_TEACHERS = "For teachers"
