"""Glossary terms: every form of every entry, found case-insensitively and as whole words in the text."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import word_frequency
from .locate import fold
from .model import Document, Paragraph
from .shared_schema import GlossaryEntry


@dataclass(frozen=True)
class TermHit:
    start: int
    end: int
    entry: GlossaryEntry


def _form_pattern(form: str) -> str:
    return r"\s+".join(re.escape(fold(word)) for word in form.split())


class TermMatcher:
    """Case-insensitive, whole-word matching of every form of every entry; the longest form wins."""

    def __init__(self, entries: Sequence[GlossaryEntry]):
        self.entries = tuple(entries)
        self.by_form: dict[str, GlossaryEntry] = {}
        for entry in entries:
            for form in (entry.term, *entry.forms):
                self.by_form.setdefault(" ".join(fold(form).lower().split()), entry)
        forms = sorted(self.by_form, key=lambda f: (-len(f), f))
        alternation = "|".join(_form_pattern(f) for f in forms) or r"(?!x)x"
        # Letters, digits and hyphens continue a word: "state" must not match inside "non-state".
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)

    def find(self, text: str) -> list[TermHit]:
        folded = fold(text)
        hits = []
        for match in self.pattern.finditer(folded):
            key = " ".join(match.group(0).lower().split())
            hits.append(TermHit(match.start(), match.end(), self.by_form[key]))
        return hits


def occurrences(matcher: TermMatcher, doc: Document) -> dict[str, list[Paragraph]]:
    """For each entry id, the paragraphs that use it, in order."""
    found: dict[str, list[Paragraph]] = {}
    for paragraph in doc.paragraphs:
        for entry_id in dict.fromkeys(hit.entry.id for hit in matcher.find(paragraph.text)):
            found.setdefault(entry_id, []).append(paragraph)
    return found


@cache
def zipf(word: str) -> float:
    return word_frequency.zipf(word)  # wordfreq, through the build's store of words already looked up


def rarity(text: str) -> float:
    """How common a term is in everyday English: the Zipf value of its rarest word (lower is rarer)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return min((zipf(w.lower()) for w in words), default=0.0)
