"""Word work: each part's gap-fills, written under `word_work:`, placed at their sentences of the op-ed."""
from __future__ import annotations

from pathlib import Path

from guided_reading.features.quizzes.checks import GAP, word_form
from support import EDITION, error_for, reading_with, seed_context

CTX = seed_context()


def test_every_part_gets_a_short_exercise_from_its_own_sentences() -> None:
    exercises = CTX.features["word_work"]
    assert set(exercises) == {p.id for p in CTX.parts}
    for part in CTX.parts:
        quiz = exercises[part.id]
        assert 2 <= len(quiz.questions) <= 4
        own = {p.id for p in part.paragraphs}
        sentences = [s.id for placed in quiz.questions for s in placed.evidence.sentences]
        assert len(sentences) == len(set(sentences)), "one gap per sentence"
        for placed in quiz.questions:
            q = placed.question
            assert placed.evidence.paragraph.id in own and placed.evidence_page == part.id
            assert q.prompt.count(GAP) == 1 and q.skill == "vocabulary"
            assert q.prompt.startswith(f"Which word fits the gap in this sentence from ¶ {placed.evidence.paragraph.number}? “")
            answer = next(c.text for c in q.choices if c.correct)
            assert sum(c.correct for c in q.choices) == 1 and len(q.choices) == 4
            # The sentence with the gap filled is the op-ed's, and no choice stands elsewhere in it.
            gapped = q.prompt.split("“", 1)[1].rstrip("”")
            assert gapped.replace(GAP, answer).lower() in " ".join(placed.evidence.paragraph.text.split()).lower()
            for choice in q.choices:
                assert choice.text.lower() not in gapped.lower()
                assert word_form(choice.text) == word_form(answer), (q.id, choice.text)
                assert choice.correct or choice.why
            assert [c.text.lower() for c in placed.choices] == sorted(c.text.lower() for c in q.choices)  # no position cue


def test_word_work_ids_name_no_answer() -> None:
    for quiz in CTX.features["word_work"].values():
        for placed in quiz.questions:
            answer = next(c.text for c in placed.question.choices if c.correct)
            assert answer.lower() not in placed.question.id


def test_a_gap_whose_filled_sentence_is_not_in_the_op_ed_is_an_error(tmp_path: Path) -> None:
    edition = EDITION.replace("    - text: upheavals\n      correct: true", "    - text: upturns\n      correct: true", 1)
    edition = edition.replace("    - text: upturns\n      why:", "    - text: upheavals\n      why:", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "word_work.a-hidden-global-business[0].prompt" and "'upturns'" in error.message
