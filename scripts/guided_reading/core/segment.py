"""Cut the cleaned body into sections, paragraphs and sentences with stable ids."""
from __future__ import annotations

import re

from .clean import Block, clean, normalise_space
from .load import Reading
from .model import Document, Paragraph, Section, Sentence

# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    "e.g i.e etc vs mr mrs ms dr prof st no nos fig al approx dept univ inc ltd co jr sr gen gov sen rep u.s u.k u.n".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs that cover `text` in order, whitespace between them excluded."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[start : match.start() + 1]
        last_word = head.split()[-1].rstrip(".").lower() if head.split() else ""
        if last_word in ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        end = match.end()
        pieces.append((start, text[start:end].rstrip()))
        start = end
    if start < len(text):
        pieces.append((start, text[start:].rstrip()))
    return [(offset, piece) for offset, piece in pieces if piece]


def make_paragraph(number: int, text: str, line: int, kind: str = "paragraph") -> Paragraph:
    pid = f"p{number}"
    sentences = tuple(Sentence(f"{pid}-s{k}", s, off) for k, (off, s) in enumerate(split_sentences(text), start=1))
    return Paragraph(pid, number, text, sentences, line, kind)


def segment_blocks(reading: Reading, blocks: list[Block]) -> list[Section]:
    headings = {normalise_space(h): i for i, h in enumerate(reading.edition.source.headings)}
    found: set[str] = set()
    sections: list[tuple[str | None, list[Paragraph]]] = []
    number = 0
    for block in blocks:
        if block.text in headings:
            found.add(block.text)
            sections.append((block.text, []))
            continue
        if not sections:
            sections.append((None, []))
        number += 1
        sections[-1][1].append(make_paragraph(number, block.text, block.line, block.kind))
    for heading, index in headings.items():
        if heading not in found:
            raise reading.error(("source", "headings", index), f"expected a whole paragraph of the body, {heading!r} is not one")
    return [Section(f"s{i}", h, tuple(ps)) for i, (h, ps) in enumerate(sections, start=1) if ps or h]


def build_document(reading: Reading) -> Document:
    blocks, log = clean(reading)
    return Document(tuple(segment_blocks(reading, blocks)), tuple(log))
