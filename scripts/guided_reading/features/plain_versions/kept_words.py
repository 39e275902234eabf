"""The words a plain version must keep: those the reading's questions, lesson or glossary ask about.

A plain version is a ladder back to the original, so it may not quietly drop the very words a student is
asked about. Those words are gathered from the edition itself:

- every short phrase (one to five words) put in quotation marks in a quiz, a written prompt, a discussion
  question or the teacher's guide: the whole phrase when it is a glossary term ("call to arms"), otherwise
  each of its words that is rare in everyday English ("merciless" in "merciless fight", "culprits" in
  "constant pressure on the culprits"; connectives such as "thus" are common and need not stay);
- every glossary entry marked `key: true`, and every entry the lesson pre-teaches.

When such a word or phrase stands in a paragraph, the paragraph's plain version must use it too, in any
form the glossary gives for it ("smugglers" for "smuggling"), so that the reader meets it again and can
look it up. Explaining it in other words is fine, as long as the word itself is named.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ...core.locate import fold
from ...core.schema import EditionCore
from ...core.shared import GLOSSARY_ENTRIES, TEACHER_GUIDE, WRITTEN_PROMPTS
from ...core.word_frequency import zipf

MAX_PHRASE_WORDS = 5
# A word rarer than this in everyday English (wordfreq's Zipf scale: "the" 7.7, "merciless" 3.0) is one a
# student may be asked to understand, so the plain version keeps it. 4.0 keeps "persecution" (3.7) and
# "instrumental" (3.99) and lets "thus" (4.9) and "passion" (4.4) be put in other words.
RARE_ZIPF = 4.0
# Straight or typographic double quotes around a short phrase; single quotes are too often apostrophes.
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,80})[\"”]")


@dataclass(frozen=True)
class Asked:
    """A word or phrase a reader is asked about, with every form that counts as keeping it."""

    forms: tuple[str, ...]
    why: str  # where it is asked about, for the error message

    def pattern(self) -> re.Pattern[str]:
        alternation = "|".join(r"\s+".join(re.escape(w) for w in _norm(f).split()) for f in sorted(self.forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _zipf(word: str) -> float:
    return float(zipf(word))  # through the build's store of words already looked up (core/word_frequency.py)


def _norm(text: str) -> str:
    return " ".join(fold(text).lower().split())


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def quoted_phrases(texts: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    for text in texts:
        for match in _QUOTED.finditer(text):
            phrase = match.group(1).strip(" .,;:!?…")
            if phrase and len(phrase.split()) <= MAX_PHRASE_WORDS:
                found.setdefault(phrase, None)
    return list(found)


def asked_about(edition: EditionCore) -> list[Asked]:
    """Everything the reading asks about, each with the forms that keep it (a glossary entry's forms)."""
    glossary = GLOSSARY_ENTRIES.of(edition)
    by_form = {_norm(f): e for e in glossary for f in (e.term, *e.forms)}
    asked: dict[tuple[str, ...], Asked] = {}

    def add(forms: tuple[str, ...], why: str) -> None:
        asked.setdefault(tuple(sorted(_norm(f) for f in forms)), Asked(forms, why))

    sources = {
        "a quiz": edition.model_dump(include={"quizzes"}),
        "a written prompt": [w.prompt for w in WRITTEN_PROMPTS.of(edition)],
        "a discussion question": edition.model_dump(include={"discussion"}),
        "the teacher's guide": edition.model_dump(include={"teacher"}),
    }
    for why, data in sources.items():
        for phrase in quoted_phrases(_strings(data)):
            entry = by_form.get(_norm(phrase))
            if entry is not None:
                add((entry.term, *entry.forms), f"{why} quotes it")
                continue
            for word in re.findall(r"[A-Za-z][A-Za-z'-]+", phrase):
                if _zipf(word.lower()) < RARE_ZIPF:
                    entry = by_form.get(_norm(word))
                    add((entry.term, *entry.forms) if entry else (word,), f"{why} quotes it in {phrase!r}")
    guide = TEACHER_GUIDE.of(edition)
    preteach = set(guide.preteach) if guide else set()
    for entry in glossary:
        if entry.key or entry.id in preteach:
            add((entry.term, *entry.forms), "the lesson pre-teaches it" if entry.id in preteach else "it is a key term of the glossary")
    return list(asked.values())


def dropped(paragraph: str, plain: str, asked: Iterable[Asked]) -> list[tuple[str, Asked]]:
    """The words of `paragraph` that the reading asks about and `plain` leaves out: (the words as written, why)."""
    missing = []
    for item in asked:
        pattern = item.pattern()
        found = pattern.search(fold(paragraph))
        if found and not pattern.search(fold(plain)):
            missing.append((paragraph[found.start() : found.end()], item))
    return missing
