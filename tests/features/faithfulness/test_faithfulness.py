"""Editorial text that restates an op-ed sentence keeps the author's quantifier."""
from __future__ import annotations

from pathlib import Path

from guided_reading.builder.site_build import prepare
from guided_reading.core.context import build_text
from guided_reading.features import load_reading
from guided_reading.features.faithfulness.check import changed_quantifier, check_edition, op_ed_sentences
from support import EDITION, SEED, error_for, line_of, reading_with

READING = load_reading(SEED)
DOC = build_text(READING).doc
SENTENCES = op_ed_sentences(DOC)


def test_most_turned_into_many_is_flagged() -> None:
    message = changed_quantifier("The op-ed says that many trafficking networks have affiliations with terrorists and arms dealers.", SENTENCES)
    assert message is not None and "'many' where the op-ed says 'most'" in message and "p2-s5" in message


def test_the_author_s_own_quantifier_passes() -> None:
    assert changed_quantifier("The op-ed says that most trafficking networks have affiliations with terrorists and arms dealers.", SENTENCES) is None
    # ¶ 5 itself says "many" of the networks are based in the legal economy.
    assert changed_quantifier("They are flexible and stable, and many have their operational base in the legal economy.", SENTENCES) is None


def test_a_quantifier_in_an_unrelated_sentence_passes() -> None:
    assert changed_quantifier("Many students find the glossary useful.", SENTENCES) is None
    assert changed_quantifier("Some words are explained in the margin.", SENTENCES) is None


def test_words_with_the_same_meaning_pass() -> None:
    # "all nations" in ¶ 9; "every nation" makes the same claim.
    assert changed_quantifier("Its elimination should be the common goal of every nation across the world.", SENTENCES) is None
    assert changed_quantifier("Its elimination should be the common goal of some nations across the world.", SENTENCES) is not None


def test_the_seed_is_faithful_and_quotes_are_skipped() -> None:
    assert check_edition(READING.edition.model_dump(), DOC) == []
    data = {"quizzes": {"final": [{"evidence": "as many of them have affiliations with other non-state actors like terrorists"}]}}
    assert check_edition(data, DOC) == []
    data["quizzes"]["final"][0]["explanation"] = "Many of them have affiliations with other non-state actors like terrorists."
    assert [path for path, _ in check_edition(data, DOC)] == [("quizzes", "final", 0, "explanation")]


def test_a_published_reading_names_file_line_and_key(tmp_path: Path) -> None:
    edition = EDITION.replace("that most trafficking networks have affiliations", "that many trafficking networks have affiliations", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key is not None and error.key.startswith("glossary[") and error.key.endswith("].short")
    assert error.line == line_of(edition, "short: >-\n      A link or connection") and "'many' where the op-ed says 'most'" in error.message


def test_a_draft_warns(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace(
        "that most trafficking networks have affiliations", "that some trafficking networks have affiliations", 1)
    ctx = prepare(reading_with(tmp_path, edition))
    assert len(ctx.warnings) == 1 and "'some' where the op-ed says 'most'" in ctx.warnings[0]
