"""Word work: each part's gap-fill questions come from its own glossary words and the sentences they stand in."""
from __future__ import annotations

from guided_reading.features.word_work.exercises import GAP
from support import seed_context

CTX = seed_context()


def test_every_part_gets_a_short_exercise_from_its_own_sentences() -> None:
    exercises = CTX.features["word_work"]
    assert set(exercises) == {p.id for p in CTX.parts}
    for part in CTX.parts:
        quiz = exercises[part.id]
        assert 2 <= len(quiz.questions) <= 4
        own = {p.id for p in part.paragraphs}
        sentences = [placed.evidence.anchor for placed in quiz.questions]
        assert len(sentences) == len(set(sentences)), "one gap per sentence"
        for placed in quiz.questions:
            q = placed.question
            assert placed.evidence.paragraph.id in own and placed.evidence_page == part.id
            assert q.prompt.count(GAP) == 1 and q.skill == "vocabulary"
            answer = next(c.text for c in q.choices if c.correct)
            assert sum(c.correct for c in q.choices) == 1 and len(q.choices) == 4
            gapped = q.prompt.split("“", 1)[1].rstrip("”")
            # The sentence with the gap filled is the sentence of the text, and no choice stands elsewhere in it.
            filled = gapped.replace(GAP, answer)
            assert " ".join(placed.evidence.text.split()).lower() == filled.lower()
            for choice in q.choices:
                assert choice.text.lower() not in gapped.lower()
            assert [c.text.lower() for c in q.choices] == sorted(c.text.lower() for c in q.choices)  # no position cue


def test_the_subject_itself_is_never_the_gap() -> None:
    for quiz in CTX.features["word_work"].values():
        for placed in quiz.questions:
            assert not placed.question.id.endswith("human-trafficking")
