"""The op-ed as structured data: sections, paragraphs and sentences with stable ids."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    id: str  # "p4-s2"
    text: str
    start: int  # offset of the sentence in its paragraph's text


@dataclass(frozen=True)
class Paragraph:
    id: str  # "p4"
    number: int  # 4, counted across the whole op-ed
    text: str
    sentences: tuple[Sentence, ...]
    line: int  # line of source.txt where the paragraph begins
    kind: str = "paragraph"  # or "item" (of a list or table), "question", "answer" (of an interview)


@dataclass(frozen=True)
class Section:
    id: str  # "s1"
    heading: str | None
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class RepairRecord:
    """One change made to the text as received, shown on the "About this text" page."""

    id: str
    kind: str
    what: str
    reason: str
    line: int | None = None  # line of source.txt


@dataclass(frozen=True)
class Document:
    sections: tuple[Section, ...]
    repairs: tuple[RepairRecord, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    def paragraph(self, pid: str) -> Paragraph:
        for p in self.paragraphs:
            if p.id == pid:
                return p
        raise KeyError(pid)
