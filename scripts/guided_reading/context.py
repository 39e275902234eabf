"""Everything known about one reading once it is loaded, cleaned, segmented and grouped."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ReadingError
from .load import Reading
from .locate import find_all
from .model import Document, Paragraph
from .render.markup import Mark
from .schema import Edition
from .segment import build_document
from .stats import TextStats, text_stats
from .themes import Part, build_parts


@dataclass
class Annotations:
    """What features add to the paragraphs of one page: inline marks and blocks placed after a paragraph."""

    marks: dict[str, list[Mark]] = field(default_factory=dict)
    after: dict[str, list[str]] = field(default_factory=dict)

    def add_mark(self, pid: str, mark: Mark) -> None:
        self.marks.setdefault(pid, []).append(mark)

    def add_after(self, pid: str, block: str) -> None:
        self.after.setdefault(pid, []).append(block)


# An annotator sees the reading and the paragraphs of one page (and the page's path) and adds to it.
Annotator = Callable[["ReadingContext", Sequence[Paragraph], str, Annotations], None]


@dataclass
class ReadingContext:
    reading: Reading
    doc: Document
    parts: list[Part]
    stats: TextStats
    part_stats: dict[str, TextStats]
    sic_marks: dict[str, list[Mark]]
    annotators: list[Annotator] = field(default_factory=list)
    # What each optional feature worked out about the reading (e.g. the glossary's matcher), by feature name.
    features: dict[str, Any] = field(default_factory=dict)
    # Problems that stop a published reading but only warn in a draft.
    warnings: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.reading.slug

    @property
    def edition(self) -> Edition:
        return self.reading.edition

    def report(self, problem: ReadingError) -> None:
        """A problem that stops a published reading and is only a warning in a draft."""
        if self.edition.status == "published":
            raise problem
        self.warnings.append(str(problem))

    def annotate(self, paragraphs: Sequence[Paragraph], page: str, features: bool = True) -> Annotations:
        """Marks and blocks for the paragraphs of one page: the [sic] marks always, the features' unless told not to."""
        notes = Annotations()
        for paragraph in paragraphs:
            for mark in self.sic_marks.get(paragraph.id, []):
                notes.add_mark(paragraph.id, mark)
        for annotator in self.annotators if features else []:
            annotator(self, paragraphs, page, notes)
        return notes


SIC_CLOSE = '</span><span class="editorial"> <abbr title="sic: printed exactly as the author wrote it">[sic]</abbr></span>'


def _sic_marks(reading: Reading, doc: Document) -> dict[str, list[Mark]]:
    marks: dict[str, list[Mark]] = {}
    for index, sic in enumerate(reading.edition.sic):
        found = find_all(doc, sic.word)
        if not found:
            raise reading.error(("sic", index, "word"), f"expected a word of the op-ed's body, {sic.word!r} is not in it")
        for loc in found:
            marks.setdefault(loc.paragraph.id, []).append(
                Mark(loc.start, loc.end, '<span class="sic">', SIC_CLOSE)
            )
    return marks


def build_context(reading: Reading) -> ReadingContext:
    doc = build_document(reading)
    parts = build_parts(reading, doc)
    return ReadingContext(
        reading=reading,
        doc=doc,
        parts=parts,
        stats=text_stats(doc.paragraphs),
        part_stats={part.id: text_stats(part.paragraphs) for part in parts},
        sic_marks=_sic_marks(reading, doc),
    )
