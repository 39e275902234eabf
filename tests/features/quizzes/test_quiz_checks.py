"""Item-writing checks, each on its own: a quiz with the cue fails the check, one without it passes."""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

from guided_reading.builder.site_build import prepare
from guided_reading.core.context import build_text
from guided_reading.core.locate import find_quote
from guided_reading.core.shared_schema import Question
from guided_reading.features import load_reading
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
    why = ("      why: The op-ed does say this, but in paragraph 3, about people fleeing wars and hunger. Reread the second\n"
           "        sentence of paragraph 1, which begins 'These networks, which mostly work secretly…'.\n")
    assert why in EDITION
    edition = EDITION.replace(why, "      # no why\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.a-hidden-global-business[0].choices[2]" and "has no `why`" in error.message
    assert error.line == line_of(edition, "    - text: Make the migration problem harder")


def test_a_draft_only_warns(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace(
        "    - text: Modern tools, payments to officials, and false documents\n",
        "    - text: None of the above\n", 1)
    ctx = prepare(reading_with(tmp_path, edition))
    assert len(ctx.warnings) == 1 and "quizzes.a-hidden-global-business[3].choices[1].text" in ctx.warnings[0]


# --- Plausibility checks across a reading: each with a failing and a passing fixture --------------------------------

P1 = DOC.paragraphs[0]
SECOND = P1.sentences[1].text  # "These networks, which mostly work secretly use the opportunity to exploit individuals, …"


def item(qid: str, choices: list[dict[str, Any]], *, prompt: str = "What does the text say?", multiple: bool = False,
         evidence: str = FIRST_SENTENCE, explanation: str = "Because.", gap: bool = False, index: int = 0) -> quiz_checks.Item:
    q = Question.model_validate({
        "id": qid, "prompt": prompt, "skill": "recall", "multiple": multiple, "explanation": explanation,
        "evidence": evidence, "choices": choices,
    })
    location = find_quote(DOC, evidence)
    assert location is not None
    return quiz_checks.Item(("word_work" if gap else "quizzes", "final", index), PlacedQuestion(q, location, "page", tuple(q.choices)), gap)


def right(text: str) -> dict[str, Any]:
    return {"text": text, "correct": True}


def wrong(text: str, kind: str = "half-truth", **more: str) -> dict[str, Any]:
    return {"text": text, "why": "A misreading.", "kind": kind, **more}


def bank(*items: quiz_checks.Item, plain: dict[str, str] | None = None, sources: tuple[str, ...] = (),
         others: tuple[tuple[tuple[Any, ...], str], ...] = ()) -> quiz_checks.Reading:
    return quiz_checks.Reading(tuple(items), plain or {}, frozenset(sources), others)


def test_every_wrong_option_says_what_it_is() -> None:
    good = item("q", [right("One"), wrong("Two", "misreading", quote="the new invasion"), wrong("Three", "misconception", source="faq"),
                      wrong("Four", "elsewhere", quote="work globally"), wrong("Five")])
    assert quiz_checks.check_distractor_kinds(bank(good, sources=("faq",)), DOC, LIMITS) == []
    bad = item("q", [right("One"), {"text": "Bare", "why": "A misreading."}, wrong("No quote", "misreading"),
                     wrong("Not the op-ed's", "elsewhere", quote="words the author never wrote"), wrong("Unknown", "misconception", source="faq")])
    problems = quiz_checks.check_distractor_kinds(bank(bad), DOC, LIMITS)
    assert [key for key, _ in problems] == [
        ("quizzes", "final", 0, "choices", 1), ("quizzes", "final", 0, "choices", 2),
        ("quizzes", "final", 0, "choices", 3, "quote"), ("quizzes", "final", 0, "choices", 4, "source"),
    ]
    assert "has no `kind`" in problems[0][1] and "needs a `quote`" in problems[1][1] and "is not in it" in problems[2][1]


def test_choose_all_items_vary_in_how_many_options_are_correct() -> None:
    three = [right("A"), right("B"), right("C"), wrong("D")]
    two = [right("A"), right("B"), wrong("C"), wrong("D")]
    same = bank(item("a", three, multiple=True), item("b", three, multiple=True))
    [(key, message)] = quiz_checks.check_choose_all_spread(same, DOC, LIMITS)
    assert key == ("quizzes",) and "every \"choose all that apply\" question has 3 correct options" in message
    assert quiz_checks.check_choose_all_spread(bank(item("a", three, multiple=True), item("b", two, multiple=True)), DOC, LIMITS) == []


def test_no_answer_type_is_the_key_more_often_than_chance() -> None:
    def asks(qid: str, none_is_key: bool) -> quiz_checks.Item:
        none = "Nothing: the op-ed gives no source for it"
        return item(qid, [right(none) if none_is_key else wrong(none), wrong("A report") if none_is_key else right("A report"),
                          wrong("A court case"), wrong("A survey")])
    [(key, message)] = quiz_checks.check_answer_types(bank(asks("a", True), asks("b", True)), DOC, LIMITS)
    assert key == ("quizzes",) and "\"no support\" is the key in 2 of the 2" in message and "at most 1" in message
    assert quiz_checks.check_answer_types(bank(asks("a", True), asks("b", False)), DOC, LIMITS) == []


def test_the_key_is_not_the_option_closest_to_the_plain_version_or_the_cited_sentence() -> None:
    plain = {P1.id: "Groups that are not governments now act on the world stage and make it less safe."}

    def echo(qid: str, echoing: bool) -> quiz_checks.Item:
        close, far = "Groups that are not governments act on the world stage", "Bodies with no state behind them reach abroad"
        return item(qid, [right(close if echoing else far), wrong(far if echoing else close), wrong("A tax"), wrong("A war")])
    echoing = bank(*(echo(f"q{i}", True) for i in range(4)), plain=plain)
    problems = quiz_checks.check_closest_wording(echoing, DOC, LIMITS)
    assert [m.split(":")[0] for _, m in problems] == ["key closest in wording to the plain version", "key closest in wording to the cited sentence"]
    assert "100% of 4 single-answer questions (chance 25%)" in problems[0][1]
    assert quiz_checks.check_closest_wording(bank(*(echo(f"q{i}", False) for i in range(4)), plain=plain), DOC, LIMITS) == []
    # A tie counts as the share a random pick would have: no option closer than another is no cue.
    tie = quiz_checks.closeness(bank(item("t", [right("A tax"), wrong("A war"), wrong("A fee"), wrong("A law")]), plain=plain), "plain version")
    assert tie.closest == tie.chance == 0.25


GAPPED = "Which word fits the gap? “These networks, which mostly work secretly use the opportunity to _____ individuals, weaken their countries”"


def test_word_work_options_share_one_word_form() -> None:
    mixed = item("g", [right("exploit"), {"text": "exploiting", "why": "No."}, {"text": "shelter", "why": "No."}, {"text": "rescued", "why": "No."}],
                 prompt=GAPPED, evidence=SECOND, gap=True)
    problems = quiz_checks.check_gap_options(bank(mixed), DOC, LIMITS)
    assert [key[4] for key, _ in problems] == [1, 3]
    assert all("same word form" in m for _, m in problems)
    same = item("g", [right("exploit"), {"text": "shelter", "why": "No."}, {"text": "educate", "why": "No."}, {"text": "represent", "why": "No."}],
                prompt=GAPPED, evidence=SECOND, gap=True)
    assert quiz_checks.check_gap_options(bank(same), DOC, LIMITS) == []
    no_gap = item("g", [right("exploit"), {"text": "shelter", "why": "No."}], prompt="Which word?", evidence=SECOND, gap=True)
    [(key, message)] = quiz_checks.check_gap_options(bank(no_gap), DOC, LIMITS)
    assert key[-1] == "prompt" and "exactly one gap" in message


def test_no_item_gives_away_another() -> None:
    gap = item("g", [right("exploit"), wrong("shelter"), wrong("educate"), wrong("represent")], prompt=GAPPED, evidence=SECOND, gap=True)
    # The gap's word with its own sentence around it, in another item's prompt.
    telling = item("q", [right("A"), wrong("B")], prompt="Why do the networks use the opportunity to exploit individuals?", index=1)
    [(key, message)] = quiz_checks.check_no_item_reveals_another(bank(gap, telling), DOC, LIMITS)
    assert key == ("quizzes", "final", 1, "prompt") and "'g'" in message
    # The word alone, in another sense, gives nothing away.
    quiet = item("q", [right("A"), wrong("B")], prompt="Whom do the smugglers exploit?", index=1)
    assert quiz_checks.check_no_item_reveals_another(bank(gap, quiet), DOC, LIMITS) == []
    # The set of answers a question asks for, listed in another item's explanation.
    partners = item("p", [right("Governments"), right("Non-governmental organisations"), wrong("Armed forces"), wrong("Banks")], multiple=True)
    listing = item("q", [right("A"), wrong("B")], explanation="Governments and non-governmental organisations must act together.", index=1)
    [(key, _)] = quiz_checks.check_no_item_reveals_another(bank(partners, listing), DOC, LIMITS)
    assert key == ("quizzes", "final", 1, "explanation")
    # A written prompt counts too; one that names only part of the set does not give it away.
    others = ((("writing", 0, "prompt"), "Why must governments and non-governmental organisations work together?"),)
    assert len(quiz_checks.check_no_item_reveals_another(bank(partners, others=others), DOC, LIMITS)) == 1
    assert quiz_checks.check_no_item_reveals_another(bank(partners, others=((("writing", 0, "prompt"), "What must governments do?"),)), DOC, LIMITS) == []


def test_a_not_question_is_not_given_away_by_a_text_that_quotes_its_other_options() -> None:
    """"Which is NOT the author's?": a text quoting one of the wrong options tells a reader that option is the
    author's, and the key comes by elimination (a blind reader did this: another item quoted two of the three)."""
    not_theirs = item("n", [right("The front line"), wrong("A call to arms"), wrong("A merciless fight"), wrong("A new invasion")],
                      prompt="Which of these phrases is NOT the author's?")
    quoting = item("q", [right("A"), wrong("B")], prompt='Why does the author call the struggle "a call to arms"?', index=1)
    [(key, message)] = quiz_checks.check_no_item_reveals_another(bank(not_theirs, quoting), DOC, LIMITS)
    assert key == ("quizzes", "final", 1, "prompt") and "'n'" in message
    others = ((("discussion", 0, "question"), "Is this merciless fight a war?"),)
    assert len(quiz_checks.check_no_item_reveals_another(bank(not_theirs, others=others), DOC, LIMITS)) == 1
    # Words of an option that are not the phrase itself, or the key, give nothing away.
    quiet = item("q", [right("A"), wrong("B")], prompt="Which invasion, and on what front, does the author mean?", index=1)
    assert quiz_checks.check_no_item_reveals_another(bank(not_theirs, quiet), DOC, LIMITS) == []
    # The same options asked the usual way: quoting them is no giveaway.
    theirs = item("t", [right("A call to arms"), wrong("The front line")], prompt="Which of these phrases is the author's?")
    assert quiz_checks.check_no_item_reveals_another(bank(theirs, quoting), DOC, LIMITS) == []


def test_a_wrong_options_why_keeps_the_answer_for_show_the_answer() -> None:
    """A wrong check shows that option's why, then "Try again, or Show the answer": the why must not answer."""
    def why_of(text: str) -> dict[str, Any]:
        return {"text": "They shelter refugees", "kind": "half-truth", "why": text}

    telling = item("q", [right("They sell people across borders for profit"), why_of("No: they sell people across borders for profit.")])
    [(key, message)] = quiz_checks.check_whys_keep_the_answer(bank(telling), DOC, LIMITS)
    assert key == ("quizzes", "final", 0, "choices", 1, "why") and "'They shelter refugees'" in message
    pointing = item("q", [right("They sell people across borders for profit"), why_of("The op-ed does not say this; read paragraph 1 again.")])
    assert quiz_checks.check_whys_keep_the_answer(bank(pointing), DOC, LIMITS) == []
    # A gap's word named in a wrong word's why; and a why that explains by meaning alone.
    gap = item("g", [right("exploit"), wrong("shelter"), wrong("educate"), wrong("represent")], prompt=GAPPED, evidence=SECOND, gap=True)
    named = gap.question.model_copy(update={"choices": [gap.question.choices[0], gap.question.choices[1].model_copy(update={"why": 'It looks like "exploit".'}),
                                                        *gap.question.choices[2:]]})
    named_item = dataclasses.replace(gap, placed=dataclasses.replace(gap.placed, question=named))
    assert len(quiz_checks.check_whys_keep_the_answer(bank(named_item), DOC, LIMITS)) == 1
    assert quiz_checks.check_whys_keep_the_answer(bank(gap), DOC, LIMITS) == []
    # "Which is NOT the author's?": each wrong option's why says it is the author's, as it must.
    negated = item("n", [right("The front line"), wrong("A call to arms")], prompt="Which is NOT the author's?")
    negated_why = negated.question.model_copy(update={"choices": [negated.question.choices[0],
                                                                  negated.question.choices[1].model_copy(update={"why": 'She writes "a call to arms".'})]})
    assert quiz_checks.check_whys_keep_the_answer(bank(dataclasses.replace(negated, placed=dataclasses.replace(negated.placed, question=negated_why))),
                                                   DOC, LIMITS) == []


def every_reveal(reading: quiz_checks.Reading) -> list[tuple[tuple[Any, ...], str, quiz_checks.Item]]:
    """What `revealing` finds, by asking `reveals` of every text and every other item, with no shortcut."""
    found = []
    for target in reading.items:
        for other in reading.items:
            if other is not target:
                found += [((*other.key, *quiz_checks._field_path(field)), f"{other.question.id}.{field}", target)
                          for field, text in other.texts() if quiz_checks.reveals(target, text)]
        found += [(key, ".".join(str(k) for k in key), target) for key, text in reading.others if quiz_checks.reveals(target, text)]
    return found


def test_revealing_weighs_only_texts_with_the_answers_words_and_misses_nothing() -> None:
    """`revealing` skips the texts that hold none of the words an answer needs; it finds what asking every text finds."""
    gap = item("g", [right("exploit"), wrong("shelter"), wrong("educate"), wrong("represent")], prompt=GAPPED, evidence=SECOND, gap=True)
    telling = item("q", [right("A"), wrong("B")], prompt="Why do the networks use the opportunity to exploit individuals?", index=1)
    partners = item("p", [right("Governments"), right("Non-governmental organisations"), wrong("Armed forces"), wrong("Banks")],
                    multiple=True, index=2)
    listing = item("l", [right("Armed forces and banks"), wrong("B")], explanation="Governments and non-governmental organisations act.", index=3)
    single = item("s", [right("They sell people across borders for profit"), wrong("They shelter refugees")], index=4)
    echo = item("e", [right("Borders"), wrong("Profit")], prompt="Who sells people across borders for profit?", index=5)
    negated = item("n", [right("The front line"), wrong("A call to arms"), wrong("A merciless fight")], prompt="Which is NOT the author's?", index=6)
    quoting = item("c", [right("A"), wrong("B")], explanation='She calls it "a call to arms".', index=7)
    others = ((("writing", 0, "prompt"), "Why do governments and non-governmental organisations exploit the opportunity?"),)
    reading = bank(gap, telling, partners, listing, single, echo, negated, quoting, others=others)
    found = quiz_checks.revealing(reading)
    assert found == every_reveal(reading)
    assert {(where, target.question.id) for _, where, target in found} >= {("q.prompt", "g"), ("l.explanation", "p"), ("e.prompt", "s"),
                                                                          ("c.explanation", "n")}
    assert any(key[0] == "writing" for key, _, _ in found)
    from guided_reading.features.quizzes.questions import item_bank

    ctx = prepare(SEED)
    seed = item_bank(ctx, dict(ctx.features["quizzes"]))
    assert quiz_checks.revealing(seed) == every_reveal(seed) == []


def test_ids_say_nothing_about_the_answer() -> None:
    naming = item("words-smuggling", [right("smuggling"), wrong("banking"), wrong("farming"), wrong("teaching")], prompt=GAPPED, evidence=SECOND, gap=True)
    [(key, message)] = quiz_checks.check_opaque_ids(bank(naming), DOC, LIMITS)
    assert key[-1] == "id" and "names the answer (smuggling)" in message
    opaque = item("gap-a1", [right("smuggling"), wrong("banking"), wrong("farming"), wrong("teaching")], prompt=GAPPED, evidence=SECOND, gap=True)
    assert quiz_checks.check_opaque_ids(bank(opaque), DOC, LIMITS) == []
    # An id may name the topic the prompt names.
    topic = item("scope-grossing", [right("Taking in"), wrong("Keeping")], prompt="What does grossing mean?")
    assert quiz_checks.check_opaque_ids(bank(topic), DOC, LIMITS) == []


def test_the_seed_meets_the_plausibility_targets() -> None:
    from guided_reading.features.quizzes.questions import item_bank

    ctx = prepare(SEED)
    reading = item_bank(ctx, dict(ctx.features["quizzes"]))
    assert quiz_checks.run_reading_checks(reading, ctx.doc) == []
    for figure in quiz_checks.closeness_figures(reading):
        assert figure.rate <= figure.chance_rate + 0.10, figure.line()
    assert len(quiz_checks.choose_all_counts(reading)) >= 2
    assert quiz_checks.revealing(reading) == []
    assert all(f.keys <= f.expected or f.keys <= 1 for f in quiz_checks.answer_types(reading))
    # Every item of the reading (quizzes and word work) is checked, and every wrong quiz option has a kind.
    assert sum(item.gap for item in reading.items) == sum(len(q.questions) for q in ctx.features["word_work"].values()) > 0


def test_choices_that_form_a_scale_keep_the_order_they_are_written_in() -> None:
    choices = [("Never", False), ("Once", True), ("Twice", False), ("Three times", False)]
    shuffled = [question(f"id-{n}", choices).choices for n in range(12)]
    assert any([c.text for c in order] != [t for t, _ in choices] for order in shuffled)  # by default, shuffled
    scale = Question.model_validate({**question("scale", choices).question.model_dump(), "ordered": True})
    assert [c.text for c in display_order(scale)] == ["Never", "Once", "Twice", "Three times"]
