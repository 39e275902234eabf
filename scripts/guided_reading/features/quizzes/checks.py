"""Item-writing checks: questions that only a reader of the op-ed can answer.

A test-wise student looks for the longest option, for "all of the above", for a stem that gives the
answer away, and notices when every question points at the same sentence. Each check below looks
for one of those cues in a reading's quizzes and returns the problems it finds as (key path in
edition.yml, message); the caller reports them, as warnings in a draft and errors once published.
The limits are data (LIMITS), so a test or a future reading can tighten or relax one of them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ...core.markup import one_line
from ...core.model import Document
from ...core.quiz import FINAL, PlacedQuestion, Quiz

Problem = tuple[tuple[Any, ...], str]


@dataclass(frozen=True)
class Limits:
    # Share of a reading's single-answer questions whose correct option may be the strictly longest.
    longest_share: float = 1 / 3
    # A correct option longer than this many times the mean length of the other options stands out.
    length_ratio: float = 1.5
    # Questions that may rest on one sentence of the op-ed.
    per_sentence: int = 2
    # Skills (recall, vocabulary, argument, evidence) each part quiz must mix.
    skills_per_part: int = 3
    # Options that can be chosen by elimination, without reading.
    elimination: tuple[str, ...] = (
        r"\ball of the above\b", r"\bnone of the above\b", r"\bboth of the above\b", r"\bneither of the above\b",
        r"\ball of these\b", r"\bnone of these\b",
    )


LIMITS = Limits()


def _text_length(text: str) -> int:
    return len(one_line(text))


def _questions(quizzes: Mapping[str, Quiz]) -> list[tuple[tuple[Any, ...], PlacedQuestion]]:
    """Every placed question with its key path in edition.yml, in the edition's order."""
    return [(("quizzes", quiz_id, i), placed) for quiz_id, quiz in quizzes.items() for i, placed in enumerate(quiz.questions)]


def _single(quizzes: Mapping[str, Quiz]) -> list[tuple[tuple[Any, ...], PlacedQuestion]]:
    return [(key, p) for key, p in _questions(quizzes) if not p.question.multiple]


def _correct_index(placed: PlacedQuestion) -> int:
    return next(i for i, c in enumerate(placed.question.choices) if c.correct)


def longest_is_answer(placed: PlacedQuestion) -> bool:
    """True when the correct option of a single-answer question is longer than every other option."""
    key = _correct_index(placed)
    lengths = [_text_length(c.text) for c in placed.question.choices]
    return all(lengths[key] > n for i, n in enumerate(lengths) if i != key)


def check_longest_share(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    single = _single(quizzes)
    longest = [p.question.id for _, p in single if longest_is_answer(p)]
    allowed = int(len(single) * limits.longest_share + 1e-9)
    if len(longest) <= allowed:
        return []
    return [(
        ("quizzes",),
        f"the correct option is the longest in {len(longest)} of {len(single)} single-answer questions; at most "
        f"{allowed} may be, or always picking the longest option passes the quiz. Shorten the answer or lengthen a "
        f"wrong option in some of: {', '.join(longest)}",
    )]


def check_answer_length(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for key, placed in _single(quizzes):
        index = _correct_index(placed)
        choices = placed.question.choices
        others = [_text_length(c.text) for i, c in enumerate(choices) if i != index]
        mean = sum(others) / len(others)
        length = _text_length(choices[index].text)
        if length > limits.length_ratio * mean:
            problems.append((
                (*key, "choices", index, "text"),
                f"question {placed.question.id!r}: the correct option is {length} characters, more than "
                f"{limits.length_ratio:g} times the mean of the others ({mean:.0f}); its length gives it away",
            ))
    return problems


def check_elimination(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    pattern = re.compile("|".join(limits.elimination), re.IGNORECASE)
    problems = []
    for key, placed in _questions(quizzes):
        for i, choice in enumerate(placed.question.choices):
            found = pattern.search(choice.text)
            if found:
                problems.append((
                    (*key, "choices", i, "text"),
                    f"question {placed.question.id!r}: {found.group(0)!r} can be chosen by elimination; "
                    "write a choice that stands on its own (or make the question \"choose all that apply\")",
                ))
    return problems


def check_paragraph_coverage(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    asked = {p.evidence.paragraph.id for _, p in _questions(quizzes)}
    missed = [p for p in doc.paragraphs if p.id not in asked]
    if not missed:
        return []
    numbers = ", ".join(f"¶ {p.number}" for p in missed)
    return [(("quizzes",), f"{numbers} {'is' if len(missed) == 1 else 'are'} the evidence of no question; every paragraph of the op-ed needs at least one")]


def check_sentence_load(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    seen: Counter[str] = Counter()
    problems = []
    for key, placed in _questions(quizzes):
        for sentence in placed.evidence.sentences:
            seen[sentence.id] += 1
            if seen[sentence.id] == limits.per_sentence + 1:
                problems.append((
                    (*key, "evidence"),
                    f"question {placed.question.id!r}: sentence {sentence.id} (¶ {placed.evidence.paragraph.number}) is already "
                    f"the evidence of {limits.per_sentence} questions; ask about another part of the op-ed",
                ))
    return problems


def check_skill_mix(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for quiz_id, quiz in quizzes.items():
        if quiz_id == FINAL:
            continue
        skills = sorted({p.question.skill for p in quiz.questions})
        if len(skills) < limits.skills_per_part:
            problems.append((
                ("quizzes", quiz_id),
                f"the quiz mixes {len(skills)} skill{'s' if len(skills) != 1 else ''} ({', '.join(skills)}); a part quiz "
                f"needs at least {limits.skills_per_part} of recall, vocabulary, argument and evidence",
            ))
    return problems


def check_wrong_options_explained(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for key, placed in _questions(quizzes):
        for i, choice in enumerate(placed.question.choices):
            if not choice.correct and choice.why is None:
                problems.append((
                    (*key, "choices", i),
                    f"question {placed.question.id!r}: the wrong option {choice.text!r} has no `why`; "
                    "say what misreading leads to it and what the text says instead",
                ))
    return problems


Check = Callable[[Mapping[str, "Quiz"], Document, Limits], list[Problem]]

CHECKS: tuple[Check, ...] = (
    check_longest_share,
    check_answer_length,
    check_elimination,
    check_paragraph_coverage,
    check_sentence_load,
    check_skill_mix,
    check_wrong_options_explained,
)


def run_checks(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits = LIMITS) -> list[Problem]:
    return [problem for check in CHECKS for problem in check(quizzes, doc, limits)]
