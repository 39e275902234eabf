"""Find quotes from edition.yml in the op-ed: the one place every feature looks text up."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document, Paragraph, Sentence

# Typographic quotes and dashes compare equal to their plain forms; one character each, so offsets hold.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    return text.translate(_FOLD)


def normalise_quote(quote: str) -> str:
    return fold(_SPACE.sub(" ", quote).strip())


@dataclass(frozen=True)
class Location:
    paragraph: Paragraph
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(
            s for s in self.paragraph.sentences if s.start < self.end and s.start + len(s.text) > self.start
        )

    @property
    def anchor(self) -> str:
        """The id to link to: the first sentence the quote touches."""
        return self.sentences[0].id if self.sentences else self.paragraph.id


def find_all(doc: Document, quote: str) -> list[Location]:
    needle = normalise_quote(quote)
    found: list[Location] = []
    if not needle:
        return found
    for paragraph in doc.paragraphs:
        haystack = fold(paragraph.text)
        start = haystack.find(needle)
        while start != -1:
            found.append(Location(paragraph, start, start + len(needle)))
            start = haystack.find(needle, start + 1)
    return found


def find_quote(doc: Document, quote: str) -> Location | None:
    found = find_all(doc, quote)
    return found[0] if found else None


def paragraph_starting_with(doc: Document, quote: str) -> Paragraph | None:
    needle = normalise_quote(quote)
    return next((p for p in doc.paragraphs if fold(p.text).startswith(needle)), None)
