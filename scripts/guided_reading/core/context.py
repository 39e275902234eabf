"""Everything known about one reading: its text (loaded, cleaned, segmented, grouped), then what each feature found.

Three stages, each built once and never changed afterwards:
`ReadingText` is the text core; `Checking` is the text while the features check it (it gathers their
findings and problems); `ReadingContext` is the finished reading that the renderers read.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .cited import Cited
from .errors import ReadingError
from .load import Reading
from .locate import find_all
from .markup import Mark, sic_mark
from .model import Document, Paragraph
from .page import Page
from .schema import EditionCore
from .segment import build_document
from .slot import Slot
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


@dataclass(frozen=True)
class Installed:
    """A feature installed in one reading: its name and findings, and its hooks bound to those findings."""

    name: str
    state: Any
    annotate: Annotator | None
    sections: Callable[[ReadingContext, Slot, str], list[str]]
    pages: Callable[[ReadingContext], list[Page]]


@dataclass(frozen=True)
class ReadingText:
    """The text core of one reading: its files, its document, its parts and their statistics."""

    reading: Reading
    doc: Document
    parts: list[Part]
    stats: TextStats
    part_stats: dict[str, TextStats]
    sic_marks: dict[str, list[Mark]]

    @property
    def part_of(self) -> dict[str, str]:
        """The id of the part (the theme page) that shows each paragraph, by paragraph id."""
        return {p.id: part.id for part in self.parts for p in part.paragraphs}

    @property
    def slug(self) -> str:
        return self.reading.slug

    @property
    def edition(self) -> EditionCore:
        return self.reading.edition


@dataclass(frozen=True)
class Checking(ReadingText):
    """The text while the features check it, one after another, in the registry's order.

    `found` holds what each feature found so far (by feature key), for the features declared after it;
    a feature reads it through the other feature's handle (core/shared.py), never by its key.
    """

    found: dict[str, Any] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)  # the keys of the features whose checks found problems
    # Every feature's `cited` hook, in the order of the edition's keys, installed or not: what the edition
    # states as fact is cited wherever it is written, whether or not its feature passed its checks.
    citing: tuple[Callable[[Checking], Iterable[Cited]], ...] = ()

    def cited_parts(self) -> list[Cited]:
        """Every part of the edition that may state facts, from every feature, in the order of the edition's keys."""
        return [part for hook in self.citing for part in hook(self)]
    problems: list[ReadingError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def problem(self, problem: ReadingError) -> None:
        """A mistake: the checks go on, and the reading fails once all of them have run."""
        self.problems.append(problem)

    def report(self, problem: ReadingError) -> None:
        """A problem that stops a published reading and is only a warning in a draft."""
        if self.edition.status == "published":
            self.problems.append(problem)
        else:
            self.warnings.append(str(problem))


@dataclass(frozen=True)
class ReadingContext(ReadingText):
    """A checked reading: the text, and each installed feature with what it found, in the registry's order."""

    installed: tuple[Installed, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def found(self) -> Mapping[str, Any]:
        """What each installed feature found, by feature key: read it through the feature's handle (core/shared.py)."""
        return MappingProxyType({feature.name: feature.state for feature in self.installed})

    @property
    def features(self) -> Mapping[str, Any]:
        """The same, for tests that look at one feature's findings."""
        return self.found

    def annotate(self, paragraphs: Sequence[Paragraph], page: str, features: bool = True) -> Annotations:
        """Marks and blocks for the paragraphs of one page: the [sic] marks always, the features' unless told not to."""
        notes = Annotations()
        for paragraph in paragraphs:
            for mark in self.sic_marks.get(paragraph.id, []):
                notes.add_mark(paragraph.id, mark)
        for feature in self.installed if features else ():
            if feature.annotate is not None:
                feature.annotate(self, paragraphs, page, notes)
        return notes

    def sections(self, slot: Slot, key: str = "") -> list[str]:
        """What the features add to one place of a page, in the registry's order."""
        if not isinstance(slot, Slot):
            raise TypeError(f"expected a Slot, got {slot!r}")
        return [section for feature in self.installed for section in feature.sections(self, slot, key) if section]

    def feature_pages(self) -> list[Page]:
        return [page for feature in self.installed for page in feature.pages(self)]


def _sic_marks(reading: Reading, doc: Document) -> dict[str, list[Mark]]:
    marks: dict[str, list[Mark]] = {}
    for index, sic in enumerate(reading.edition.sic):
        found = find_all(doc, sic.word)
        if not found:
            raise reading.error(("sic", index, "word"), f"expected a word of the op-ed's body, {sic.word!r} is not in it")
        for loc in found:
            marks.setdefault(loc.paragraph.id, []).append(sic_mark(loc.start, loc.end))
    return marks


def build_text(reading: Reading) -> ReadingText:
    doc = build_document(reading)
    parts = build_parts(reading, doc)
    return ReadingText(
        reading=reading,
        doc=doc,
        parts=parts,
        stats=text_stats(doc.paragraphs),
        part_stats={part.id: text_stats(part.paragraphs) for part in parts},
        sic_marks=_sic_marks(reading, doc),
    )
