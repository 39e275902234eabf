"""Reading time and reading level, computed from the text at build time."""
from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .model import Paragraph

WORDS_PER_MINUTE = 200  # a common estimate for attentive reading of non-fiction
# textstat parses the whole CMU pronouncing dictionary (about a second) before its first count, so the
# figures of each text are kept, by a hash of the text, in a cache that later builds read instead.
CACHE = Path(os.environ.get("GUIDED_READING_CACHE", Path(__file__).resolve().parents[3] / ".cache")) / "reading-stats.json"


@dataclass(frozen=True)
class TextStats:
    words: int
    sentences: int
    minutes: int
    grade: float  # Flesch–Kincaid grade level

    @property
    def level(self) -> str:
        return f"grade {self.grade:.1f} (Flesch–Kincaid: {self.difficulty})"

    @property
    def difficulty(self) -> str:
        """The grade in words: a US school grade, not an age."""
        if self.grade >= 13:
            return "university-level wording"
        if self.grade >= 9:
            return "secondary-school wording"
        return "plain wording"


@functools.cache
def _textstat_version() -> str:
    return version("textstat")  # looked up once: each lookup scans sys.path (about 10 ms)


def _grade(text: str) -> float:
    key = hashlib.sha256(f"textstat {_textstat_version()}\n{text}".encode()).hexdigest()
    try:
        cache = json.loads(CACHE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    if key not in cache:
        import textstat  # imported on a cache miss only

        cache[key] = round(float(textstat.flesch_kincaid_grade(text)), 1)
        try:
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            tmp = CACHE.with_name(f".{CACHE.name}.{os.getpid()}")
            tmp.write_text(json.dumps(cache, sort_keys=True), encoding="utf-8")
            tmp.replace(CACHE)
        except OSError:
            pass  # a read-only checkout still builds; it just computes again next time
    return float(cache[key])


def text_stats(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> TextStats:
    text = "\n\n".join(p.text for p in paragraphs)
    words = len(text.split())
    sentences = sum(len(p.sentences) for p in paragraphs)
    return TextStats(words=words, sentences=sentences, minutes=max(1, round(words / WORDS_PER_MINUTE)), grade=_grade(text))


