"""Plain versions as other parts of a reading see them: a paragraph retold in plain words, placed under it."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Paragraph


@dataclass(frozen=True)
class PlainText:
    paragraph: Paragraph
    text: str
    grade: float

    @property
    def words(self) -> int:
        return len(self.text.split())
