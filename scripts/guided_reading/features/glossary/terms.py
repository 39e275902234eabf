"""Glossary terms: every form of every entry, found case-insensitively and as whole words in the text."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...core.locate import fold
from ...core.model import Document, Paragraph
from ...core.schema import GlossaryEntry
from ...core.stats import _grade

# Definitions are read beside the text by readers who find it hard: grade 9 or below (Flesch–Kincaid).
MAX_DEFINITION_GRADE = 9.0
# Quoted words ("twist government entities") are the op-ed's, not ours.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


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


def definition_text(entry: GlossaryEntry) -> str:
    """The definition as its grade is measured: without the entry's own words and the op-ed's quoted words.

    That is the one exception to the grade rule, and it is the same for every entry: a definition of
    "intergovernmental organisation" has to name it, and the long words it cannot avoid are not counted.
    """
    text = _QUOTED.sub("it", " ".join(entry.short.split()))
    for form in sorted((entry.term, *entry.forms), key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){_form_pattern(form)}(?![\w-])", "it", fold(text), flags=re.IGNORECASE)
    return text


def definition_grade(entry: GlossaryEntry) -> float:
    return _grade(definition_text(entry))


def hard_definitions(entries: Sequence[GlossaryEntry]) -> list[tuple[int, GlossaryEntry, float]]:
    """(index, entry, grade) of each definition above MAX_DEFINITION_GRADE."""
    found = []
    for index, entry in enumerate(entries):
        if entry.short.strip():
            grade = definition_grade(entry)
            if grade > MAX_DEFINITION_GRADE:
                found.append((index, entry, grade))
    return found
