"""Item-writing checks, each on its own: a quiz with the cue fails the check, one without it passes."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from guided_reading.builder.site_build import prepare
from guided_reading.core.context import build_text
from guided_reading.core.load import load_reading
from guided_reading.core.locate import find_quote
from guided_reading.core.schema import Question
from guided_reading.features.quizzes import checks as quiz_checks
from guided_reading.features.quizzes.questions import PlacedQuestion, Quiz, display_order
from support import EDITION, SEED, error_for, line_of, reading_with

DOC = build_text(load_reading(SEED)).doc
LIMITS = quiz_checks.LIMITS
FIRST_SENTENCE = DOC.paragraphs[0].sentences[0].text


def question(qid: str, choices: list[tuple[str, bool]], *, evidence: str = FIRST_SENTENCE, skill: str = "recall",
             multiple: bool = False, why: bool = True) -> PlacedQuestion:
    q = Question.model_validate({
        "id": qid, "prompt": "What does the text say?", "skill": skill, "multiple": multiple, "explanation": "Because.",
        "evidence": evidence,
        "choices": [{"text": t, "correct": c, **({"why": "A misreading."} if why and not c else {})} for t, c in choices],
    })
    location = find_quote(DOC, evidence)
    assert location is not None
    return PlacedQuestion(q, location, "page", display_order(q))


def quizzes(**sets: list[PlacedQuestion]) -> dict[str, Quiz]:
    return {name.replace("_", "-"): Quiz(name, name, tuple(qs)) for name, qs in sets.items()}


def even(qid: str, **kw: Any) -> PlacedQuestion:
    """A single-answer question whose options are all about the same length."""
    return question(qid, [("Reading one", False), ("Reading two", True), ("Reading six", False)], **kw)


def longest(qid: str, **kw: Any) -> PlacedQuestion:
    """A single-answer question whose correct option is the longest (but not by 1.5 times)."""
    return question(qid, [("Short wrong one", False), ("The longer right option", True), ("Another wrong one", False)], **kw)


def test_longest_share_allows_a_third_and_fails_above() -> None:
    good = quizzes(final=[longest("a"), even("b"), even("c")])
    assert quiz_checks.check_longest_share(good, DOC, LIMITS) == []
    bad = quizzes(final=[longest("a"), longest("b"), even("c")])
    [(key, message)] = quiz_checks.check_longest_share(bad, DOC, LIMITS)
    assert key == ("quizzes",) and "longest in 2 of 3" in message and "a, b" in message


def test_longest_share_ignores_choose_all_that_apply() -> None:
    multi = question("m", [("Short", True), ("A much longer right option", True), ("Wrong", False)], multiple=True)
    assert quiz_checks.check_longest_share(quizzes(final=[multi, longest("a"), even("b"), even("c")]), DOC, LIMITS) == []


def test_correct_option_far_longer_than_the_others() -> None:
    bad = question("q", [("No", False), ("A long and careful correct option", True), ("Yes", False)])
    [(key, message)] = quiz_checks.check_answer_length(quizzes(final=[bad]), DOC, LIMITS)
    assert key == ("quizzes", "final", 0, "choices", 1, "text") and "'q'" in message and "1.5 times" in message
    assert quiz_checks.check_answer_length(quizzes(final=[longest("ok")]), DOC, LIMITS) == []


def test_all_or_none_of_the_above() -> None:
    for text in ("All of the above", "none of the above", "None of these"):
        bad = question("q", [("One reading", False), ("Another reading", True), (text, False)])
        [(key, message)] = quiz_checks.check_elimination(quizzes(final=[bad]), DOC, LIMITS)
        assert key == ("quizzes", "final", 0, "choices", 2, "text") and "elimination" in message
    good = question("q", [("Above all, the money", False), ("Mostly the people", True), ("Nobody at all", False)])
    assert quiz_checks.check_elimination(quizzes(final=[good]), DOC, LIMITS) == []


def covering(skip: int | None = None) -> list[PlacedQuestion]:
    return [even(f"p{p.number}", evidence=p.sentences[0].text) for p in DOC.paragraphs if p.number != skip]


def test_every_paragraph_is_asked_about() -> None:
    assert quiz_checks.check_paragraph_coverage(quizzes(final=covering()), DOC, LIMITS) == []
    [(key, message)] = quiz_checks.check_paragraph_coverage(quizzes(final=covering(skip=6)), DOC, LIMITS)
    assert key == ("quizzes",) and message.startswith("¶ 6 is the evidence of no question")


def test_no_sentence_carries_more_than_two_questions() -> None:
    sentence = DOC.paragraphs[0].sentences[2]
    two = [even(f"q{i}", evidence=sentence.text[:40]) for i in range(2)]
    assert quiz_checks.check_sentence_load(quizzes(final=two), DOC, LIMITS) == []
    three = [*two, even("q2", evidence=sentence.text[-30:])]
    [(key, message)] = quiz_checks.check_sentence_load(quizzes(final=three), DOC, LIMITS)
    assert key == ("quizzes", "final", 2, "evidence") and sentence.id in message


def test_each_part_quiz_mixes_three_skills() -> None:
    two = [even("a", skill="recall"), even("b", skill="vocabulary"), even("c", skill="recall")]
    [(key, message)] = quiz_checks.check_skill_mix(quizzes(part_one=two), DOC, LIMITS)
    assert key == ("quizzes", "part-one") and "2 skills (recall, vocabulary)" in message
    three = [*two, even("d", skill="evidence")]
    assert quiz_checks.check_skill_mix(quizzes(part_one=three), DOC, LIMITS) == []
    assert quiz_checks.check_skill_mix(quizzes(final=two), DOC, LIMITS) == []  # the final quiz may focus


def test_every_wrong_option_has_its_own_explanation() -> None:
    bare = question("q", [("One", False), ("Two", True)], why=False)
    [(key, message)] = quiz_checks.check_wrong_options_explained(quizzes(final=[bare]), DOC, LIMITS)
    assert key == ("quizzes", "final", 0, "choices", 0) and "has no `why`" in message
    assert quiz_checks.check_wrong_options_explained(quizzes(final=[even("q")]), DOC, LIMITS) == []


def test_limits_are_data() -> None:
    strict = quiz_checks.Limits(per_sentence=1)
    two = [even(f"q{i}") for i in range(2)]
    assert quiz_checks.check_sentence_load(quizzes(final=two), DOC, strict)
    assert not quiz_checks.check_sentence_load(quizzes(final=two), DOC, LIMITS)


def test_display_order_is_fixed_by_the_id_and_varies_between_questions() -> None:
    choices = [(f"Option {n}", n == 0) for n in range(4)]
    first = [c.text for c in question("same-id", choices).choices]
    assert first == [c.text for c in question("same-id", choices).choices]
    orders = {tuple(c.text for c in question(f"id-{n}", choices).choices) for n in range(12)}
    assert len(orders) > 3
    assert sorted(first) == [t for t, _ in choices]


def test_the_seed_passes_and_its_keys_are_spread_over_the_positions() -> None:
    ctx = prepare(SEED)
    assert ctx.warnings == ()
    placed = [p for quiz in ctx.features["quizzes"].values() for p in quiz.questions if not p.question.multiple]
    positions = Counter(next(i for i, c in enumerate(p.choices) if c.correct) for p in placed)
    assert max(positions.values()) <= 0.4 * len(placed), positions


def test_a_published_reading_stops_at_the_first_unexplained_wrong_option(tmp_path: Path) -> None:
    why = "      why: That describes stateless people."
    edition = EDITION.replace(why, "      # no why", 1)
    edition = re.sub(r"# no why \"Non-state\".*\n.*\n", "# no why\n", edition, count=1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.a-hidden-global-business[0].choices[1]" and "has no `why`" in error.message
    assert error.line == line_of(edition, "    - text: Its members have no nationality")


def test_a_draft_only_warns(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace(
        "    - text: Its members have no nationality, so no state protects them\n",
        "    - text: None of the above\n", 1)
    ctx = prepare(reading_with(tmp_path, edition))
    assert len(ctx.warnings) == 1 and "quizzes.a-hidden-global-business[0].choices[1].text" in ctx.warnings[0]
