"""The four marks a student can put on a sentence, as the lesson names them."""
from __future__ import annotations

from typing import NamedTuple


class MarkKind(NamedTuple):
    id: str  # stored in the work file: never change one
    label: str
    symbol: str  # shown beside the sentence, and printed


KINDS: tuple[MarkKind, ...] = (
    MarkKind("important", "Important", "!"),
    MarkKind("question", "Question", "?"),
    MarkKind("connection", "Connection", "↔"),
    MarkKind("disagree", "I disagree / not supported", "✗"),
)
NOTE_LIMIT = 280  # characters of a mark's note
