"""Guess the shape of an op-ed received as plain text: title, byline, dateline, front matter, headings, page breaks.

Used only to draft a new edition.yml; an editor checks every guess before the reading is published.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import Block, normalise_space, split_blocks

_BOILERPLATE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\+?\d[\d ()-]{7,}\d|©|all rights reserved|^(contact|subscribe|follow us|"
    r"website|e-?mail|address|phone|tel|visit us|submit|share this|advertisement)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written by)\s+(.+)$", re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:to|dear)\b.*[:,]$", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:[-–—]+\s*\S|sincerely|yours|regards|signed)", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def words(text: str) -> int:
    return len(text.split())


def is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.search(text))


def is_paragraph(text: str) -> bool:
    if text.startswith("(") and text.endswith(")"):
        return False  # an affiliation or note in brackets
    return words(text) >= 20 or (words(text) >= 8 and bool(_TERMINAL.search(text)))


def is_label(text: str) -> bool:
    """A "Keywords: …" or "Posted: …" line of page furniture."""
    return bool(re.match(r"^[A-Za-z]+:\s", text))


def is_heading(text: str) -> bool:
    return (
        1 <= words(text) <= 14
        and not _TERMINAL.search(text)
        and not text.endswith((",", ";"))
        and not _SALUTATION.match(text)
        and not _SIGN_OFF.match(text)
        and not is_boilerplate(text)
    )


def is_name(text: str) -> bool:
    parts = text.split()
    return 2 <= len(parts) <= 5 and all(p[:1].isupper() for p in parts if p.isalpha()) and not re.search(r"\d|:", text)


@dataclass
class Shape:
    title: str | None = None
    author: str | None = None
    dateline: str | None = None
    body_start: Block | None = None
    front: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    boilerplate: list[Block] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    joins: list[tuple[str, str, int]] = field(default_factory=list)  # (end of one block, start of the next, line)
    escapes: dict[str, int] = field(default_factory=dict)  # "\\$" -> count


def _body_index(blocks: list[Block]) -> int:
    """The first block of the body: a paragraph, or a heading or salutation right before one."""
    for i, block in enumerate(blocks):
        if is_boilerplate(block.text):
            continue
        if is_paragraph(block.text):
            before = blocks[i - 1].text if i > 0 else ""
            if before and (is_heading(before) or _SALUTATION.match(before)) and not is_name(before) and not is_label(before):
                # A heading right before the first paragraph opens the body, unless it is the title itself.
                return i - 1 if i - 1 > 0 or _SALUTATION.match(blocks[i - 1].text) else i
            return i
    return 0


def detect_shape(text: str) -> Shape:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = split_blocks(lines, 1)
    shape = Shape()
    if not blocks:
        return shape
    start = _body_index(blocks)
    shape.front = blocks[:start]
    shape.body_start = blocks[start]
    shape.boilerplate = [b for b in shape.front if is_boilerplate(b.text)]
    candidates = [
        b.text for b in shape.front
        if is_heading(b.text) and words(b.text) >= 3 and not _BYLINE.match(b.text) and not is_label(b.text) and not _DATE.search(b.text)
    ]
    # A title is usually followed by its byline: prefer such a line, then the longest.
    pairs = zip(shape.front, shape.front[1:] + [shape.body_start], strict=False)  # empty front: no pairs
    followed = [a.text for a, b in pairs if a.text in candidates and (_BYLINE.match(b.text) or is_name(b.text))]
    shape.title = (followed or [max(candidates, key=len)] if candidates else [None])[0]
    for block in shape.front:
        by = _BYLINE.match(block.text)
        if by:
            shape.author = normalise_space(by.group(1))
        date = _DATE.search(block.text)
        if date and not shape.dateline:
            shape.dateline = date.group(0)
    if not shape.author:
        after_title = [b.text for b in shape.front if b.text != shape.title and is_name(b.text) and not is_boilerplate(b.text)]
        shape.author = after_title[-1] if after_title else None
    last = blocks[-1].text
    if not shape.author and _SIGN_OFF.match(last) and words(last) <= 8:
        shape.author = normalise_space(re.sub(r"^[-–—\s]+", "", last).split(",")[0]) or None
    if not shape.dateline:
        first = blocks[start].text
        date = _DATE.search(first[:80])
        shape.dateline = date.group(0) if date else None
    body = shape.body = blocks[start:]
    for i, block in enumerate(body):
        nxt = body[i + 1].text if i + 1 < len(body) else ""
        if is_heading(block.text) and nxt and (is_paragraph(nxt) or _TERMINAL.search(nxt)) and not _SALUTATION.match(block.text):
            shape.headings.append(block.text)
        elif nxt and not _TERMINAL.search(block.text) and not block.text.endswith(":") and nxt[:1].islower():
            shape.joins.append((" ".join(block.text.split()[-3:]), " ".join(nxt.split()[:4]), body[i + 1].line))
    for escape in re.findall(r"\\[$*_#&%\[\]]", "\n".join(b.text for b in body)):
        shape.escapes[escape] = shape.escapes.get(escape, 0) + 1
    return shape
