"""Reading time and reading level, computed from the text at build time."""
from __future__ import annotations

import math
from dataclasses import dataclass

import textstat

from .model import Paragraph

WORDS_PER_MINUTE = 200  # a common estimate for attentive reading of non-fiction


@dataclass(frozen=True)
class TextStats:
    words: int
    sentences: int
    minutes: int
    grade: float  # Flesch–Kincaid grade level

    @property
    def level(self) -> str:
        return f"grade {self.grade:.1f} (Flesch–Kincaid)"


def text_stats(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> TextStats:
    text = "\n\n".join(p.text for p in paragraphs)
    words = len(text.split())
    sentences = sum(len(p.sentences) for p in paragraphs)
    return TextStats(
        words=words,
        sentences=sentences,
        minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
    )
