"""Every feature reports all of its problems, and one feature's mistake does not hide another's."""
from __future__ import annotations

from pathlib import Path

from support import EDITION, line_of, problems_for, reading_with, seed_context

CTX = seed_context()


ENTRIES = [e for e in CTX.edition.glossary if e.in_text]


def _not_in_text(edition: str, term: str) -> str:
    """Mark an entry that the op-ed uses as `in_text: false`: a mistake the glossary reports at that entry."""
    return edition.replace(f"term: {term}\n", f"term: {term}\n    in_text: false\n", 1)


def test_two_mistakes_in_each_of_two_features_give_four_lines(tmp_path: Path) -> None:
    glossary = ENTRIES
    quiz = CTX.edition.quizzes[CTX.parts[0].id]
    edition = EDITION
    # The glossary: two entries that the op-ed uses, marked as not in the text.
    for entry in glossary[:2]:
        edition = _not_in_text(edition, entry.term)
    # A quiz: two questions whose evidence is not a quote of the op-ed.
    for question in quiz[:2]:
        edition = edition.replace(f"evidence: {question.evidence}\n", "evidence: words the author never wrote\n", 1)
    problems = problems_for(reading_with(tmp_path, edition))
    keys = [p.key for p in problems]
    index = [CTX.edition.glossary.index(e) for e in glossary[:2]]
    assert f"glossary[{index[0]}].in_text" in keys and f"glossary[{index[1]}].in_text" in keys, keys
    quiz_keys = [k for k in keys if k and k.startswith("quizzes.") and k.endswith(".evidence")]
    assert len(quiz_keys) == 2, keys
    assert len(problems) == 4, [str(p) for p in problems]
    first = next(p for p in problems if p.key == f"glossary[{index[0]}].in_text")
    assert first.line == line_of(edition, f"term: {glossary[0].term}\n    in_text: false") + 1


def test_a_feature_that_reads_a_failed_feature_is_skipped_not_reported_twice(tmp_path: Path) -> None:
    """Word work is built from the glossary: with the glossary wrong, it adds no problems of its own."""
    entry = ENTRIES[0]
    problems = problems_for(reading_with(tmp_path, _not_in_text(EDITION, entry.term)))
    assert [p.key for p in problems] == [f"glossary[{CTX.edition.glossary.index(entry)}].in_text"]
