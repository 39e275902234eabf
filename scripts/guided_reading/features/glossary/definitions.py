"""Definitions a reader who finds the text hard can read: grade 9 or below, measured fairly.

The grade is measured without the entry's own term and forms and without the op-ed's words in quotation
marks. That is the one exception to the rule, the same for every entry: a definition of
"intergovernmental organisation" has to name it, and the long words it cannot avoid are not counted.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...core.locate import fold
from ...core.shared_schema import GlossaryEntry
from ...core.stats import _grade

# Definitions are read beside the text by readers who find it hard: grade 9 or below (Flesch–Kincaid).
MAX_DEFINITION_GRADE = 9.0
# Quoted words ("twist government entities") are the op-ed's, not ours.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _form_pattern(form: str) -> str:
    return r"\s+".join(re.escape(fold(word)) for word in form.split())


def definition_text(entry: GlossaryEntry) -> str:
    """The definition as its grade is measured: without the entry's own words and the op-ed's quoted words."""
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
