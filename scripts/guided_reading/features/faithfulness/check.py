"""Faithful paraphrase: edition text that restates an op-ed sentence keeps the author's quantifier.

"Most networks are linked to terrorists" and "many networks are linked to terrorists" are different
claims: a paraphrase that swaps "most" for "many" weakens the author's claim (and the reader's chance
to question it). What can be detected without understanding the text: an editorial sentence that
shares enough content words with one sentence of the op-ed to be a quote or paraphrase of it, where
each has a quantifier the other lacks. Words that are quoted exactly (evidence, figure quotes,
repairs) are skipped: they are the op-ed's own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...core.context import Checking
from ...core.model import Document

# Each quantifier word and the claim it makes; words in one class say the same thing.
QUANTIFIERS: dict[str, str] = {
    "all": "all", "every": "all", "each": "all",
    "most": "most",
    "many": "many",
    "some": "some", "several": "some",
    "few": "few",
    "none": "none",
}
STOP_WORDS = frozenset("""
a an the and or but nor of to in on at by for with from into onto as is are was were be been being it its
this that these those their there they them he she his her we our you your i not so than then also
such other which who whom whose what when where while if because since about over under up down out
can could may might must should would will shall do does did has have had just only very more much
says say said writes author op-ed paragraph sentence text
""".split())
# Keys whose values are the op-ed's own words or not prose at all.
QUOTED_KEYS = frozenset({"id", "url", "quote", "starts_at", "word", "before", "after", "find", "replace",
                         "body_starts_at", "headings", "term", "forms"})

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


@dataclass(frozen=True)
class Limits:
    shared_words: int = 4  # content words an editorial sentence shares with an op-ed sentence
    shared_run: int = 3  # or: content words in a row, in the same order


LIMITS = Limits()


def _stem(word: str) -> str:
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def content_words(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return [_stem(w) for w in words if w not in STOP_WORDS and w not in QUANTIFIERS and len(w) > 2]


def quantifiers(text: str) -> dict[str, str]:
    """Quantifier class -> the word used, for the quantifiers in `text`."""
    found: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        if word in QUANTIFIERS:
            found.setdefault(QUANTIFIERS[word], word)
    return found


def _longest_run(a: list[str], b: list[str]) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


@dataclass(frozen=True)
class OpEdSentence:
    id: str
    text: str
    words: list[str]
    quantifiers: dict[str, str]


def op_ed_sentences(doc: Document) -> list[OpEdSentence]:
    return [
        OpEdSentence(s.id, s.text, content_words(s.text), quantifiers(s.text))
        for p in doc.paragraphs
        for s in p.sentences
        if quantifiers(s.text)
    ]


def changed_quantifier(text: str, sentences: list[OpEdSentence], limits: Limits = LIMITS) -> str | None:
    """A message when a sentence of `text` restates an op-ed sentence with another quantifier, else None."""
    for sentence in _SENTENCE_END.split(text):
        ours = quantifiers(sentence)
        if not ours:
            continue
        words = content_words(sentence)
        for theirs in sentences:
            if set(ours) == set(theirs.quantifiers):
                continue
            missing = [w for k, w in theirs.quantifiers.items() if k not in ours]
            added = [w for k, w in ours.items() if k not in theirs.quantifiers]
            if not missing or not added:
                continue
            shared = set(words) & set(theirs.words)
            if len(shared) >= limits.shared_words or _longest_run(words, theirs.words) >= limits.shared_run:
                return (
                    f"says {added[0]!r} where the op-ed says {missing[0]!r} ({theirs.id}: "
                    f"“{' '.join(theirs.text.split()[:14])}…”); keep the author's quantifier, or make clear the change is ours"
                )
    return None


def _strings(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in QUOTED_KEYS or (key == "evidence" and path[:1] == ("quizzes",)):
                continue
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def check_edition(edition: dict[str, Any], doc: Document, limits: Limits = LIMITS) -> list[tuple[tuple[Any, ...], str]]:
    """(key path, message) for every editorial string that changes a quantifier of the op-ed."""
    sentences = op_ed_sentences(doc)
    problems = []
    for path, text in _strings(edition, ()):
        message = changed_quantifier(text, sentences, limits)
        if message:
            problems.append((path, message))
    return problems


def check_faithfulness(ctx: Checking) -> None:
    """Report each changed quantifier: a warning in a draft, an error once published."""
    for key, message in check_edition(ctx.edition.model_dump(), ctx.doc):
        ctx.report(ctx.reading.error(key, message))
