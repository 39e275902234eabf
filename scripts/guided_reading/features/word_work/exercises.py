"""Word work: a short vocabulary exercise for each part, written by the editor under `word_work:`.

Each item is a sentence of the part with one gap (_____) and four words of one word form, of which exactly
one fits by meaning: grammar rules none out, so the reader has to understand the sentence to choose. It is
a quiz like the others (the same form, script and storage); the explanation says what the word means, and the
evidence is the sentence. The item-writing checks (quizzes/checks.py) hold word work to the same rules as
the quizzes: no item gives another away, and no id names an answer.
"""
from __future__ import annotations

from ...core.context import Checking
from ...core.locate import find_quote
from ...core.quiz import PlacedQuestion, Quiz
from ...core.shared_schema import Question
from ...core.terms import TermMatcher
from .schema import WordWorkKeys

CHOICES = 4
KEY = "word_work"
GAP = "_____"  # the gap in a sentence; quizzes/checks.py looks for the same mark


def _shown(question: Question, number: int) -> Question:
    """The question as the page asks it: the sentence in quotation marks, after a line saying what to do."""
    prompt = f"Which word fits the gap in this sentence from ¶ {number}? “{' '.join(question.prompt.split())}”"
    return question.model_copy(update={"prompt": prompt})


def build_word_work(ctx: Checking, matcher: TermMatcher | None = None) -> dict[str, Quiz]:
    """Each part's gap-fills, placed at their sentences; every structural slip is a problem at its key."""
    reading = ctx.reading
    parts = {part.id: part for part in ctx.parts}
    exercises: dict[str, Quiz] = {}
    seen: set[str] = set()
    for part_id, items in WordWorkKeys.of(reading.edition).word_work.items():
        if part_id not in parts:
            ctx.problem(reading.error((KEY, part_id), f"expected a theme id ({', '.join(parts)}), got {part_id!r}"))
            continue
        own = {p.id for p in parts[part_id].paragraphs}
        placed = []
        for index, question in enumerate(items):
            key = (KEY, part_id, index)
            if question.id in seen:
                ctx.problem(reading.error((*key, "id"), f"duplicate word-work id {question.id!r}"))
                continue
            seen.add(question.id)
            right = [c for c in question.choices if c.correct]
            if question.prompt.count(GAP) != 1 or len(right) != 1 or len(question.choices) != CHOICES:
                ctx.problem(reading.error(key, f"word work {question.id!r}: expected a sentence with one gap ({GAP}) and "
                                          f"{CHOICES} words of which one is correct"))
                continue
            location = find_quote(ctx.doc, question.prompt.replace(GAP, right[0].text))
            if location is None or location.paragraph.id not in own:
                where = "in the op-ed" if location is None else f"in part {part_id!r} (it is in ¶ {location.paragraph.number})"
                ctx.problem(reading.error((*key, "prompt"), f"word work {question.id!r}: with the gap filled by {right[0].text!r}, "
                                          f"the sentence is not {where}"))
                continue
            shown = _shown(question, location.paragraph.number)
            # Alphabetical: the order carries no cue, and a word is easy to find.
            choices = tuple(sorted(shown.choices, key=lambda c: c.text.lower()))
            placed.append(PlacedQuestion(shown, location, part_id, choices))
        if placed:
            exercises[part_id] = Quiz(f"{part_id}-words", f"Word work: {parts[part_id].title}", tuple(placed))
    return exercises
