"""Group the paragraphs into the themed parts of a reading."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .load import Reading
from .locate import paragraph_starting_with
from .model import Document, Paragraph


@dataclass(frozen=True)
class Part:
    id: str  # also the page's file name
    title: str
    intro: str | None
    objectives: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]

    @property
    def span(self) -> str:
        first, last = self.paragraphs[0].number, self.paragraphs[-1].number
        return f"¶ {first}" if first == last else f"¶ {first}–{last}"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "part"


def _default_parts(doc: Document) -> list[Part]:
    """One part per section of the op-ed, or one part for the whole text if it has no headings."""
    parts: list[Part] = []
    used: set[str] = set()
    for number, section in enumerate(doc.sections, start=1):
        if not section.paragraphs:
            continue
        title = section.heading.rstrip(":") if section.heading else ("The text" if len(doc.sections) == 1 else f"Part {number}")
        pid = slugify(title)
        while pid in used or pid in RESERVED_PAGES:
            pid += "-part"
        used.add(pid)
        parts.append(Part(pid, title, None, (), section.paragraphs))
    return parts


# File names the reading's other pages use; a theme id may not take one.
RESERVED_PAGES = frozenset({"index", "full-text", "about", "glossary", "quiz", "answer-key", "teacher", "handout", "further-reading"})
# The student-work pages (features/student_work/pages.py).
RESERVED_PAGES |= {"my-work", "hand-in", "assign", "assignment"}


def build_parts(reading: Reading, doc: Document) -> list[Part]:
    themes = reading.edition.themes
    if not themes:
        return _default_parts(doc)
    paragraphs = doc.paragraphs
    starts: list[int] = []
    for index, theme in enumerate(themes):
        if theme.id in RESERVED_PAGES:
            raise reading.error(("themes", index, "id"), f"{theme.id!r} is the name of another page of the reading; choose another id")
        found = paragraph_starting_with(doc, theme.starts_at)
        if found is None:
            raise reading.error(("themes", index, "starts_at"), f"expected the opening words of a paragraph, {theme.starts_at!r} begins none")
        position = paragraphs.index(found)
        if index == 0 and position != 0:
            raise reading.error(("themes", 0, "starts_at"), "the first theme must start at the first paragraph of the body")
        if starts and position <= starts[-1]:
            raise reading.error(("themes", index, "starts_at"), "expected a paragraph after the start of the previous theme")
        starts.append(position)
    ends = starts[1:] + [len(paragraphs)]
    return [
        Part(t.id, t.title, t.intro, tuple(t.objectives), tuple(paragraphs[a:b]))
        for t, a, b in zip(themes, starts, ends, strict=True)
    ]
