"""A part's quiz as the page gets it, from one question of the edition: the markup says nothing about the
answer (the key, the explanations and the evidence travel in the quiz's JSON only), and every value is escaped."""
from __future__ import annotations

import dataclasses
import json
import re

from bs4 import BeautifulSoup

from guided_reading.core.context import Checking, ReadingContext, ReadingText
from guided_reading.core.quiz import Quiz
from guided_reading.core.shared_schema import Choice, Question
from guided_reading.core.slot import Slot
from guided_reading.features.quizzes import FEATURE
from guided_reading.features.quizzes.questions import check_quizzes
from support import seed_context

HOSTILE = Question(
    id="topic-one",
    skill="recall",
    prompt='Which <b>word</b> does paragraph 1 use? "quoted" & more',
    choices=[
        Choice(text="Mafias", kind="elsewhere", quote="human traffic mafias", why="It comes in paragraph 3."),
        Choice(text="<script>alert(1)</script>", kind="half-truth", why="Not <i>this</i> one."),
        Choice(text="Smugglers", correct=True),
    ],
    explanation="The author writes <em>smugglers</em>.",
    evidence="It means the smugglers exploit those",
)


def _one_question() -> tuple[ReadingContext, str]:
    """The seed with its first part's quiz replaced by HOSTILE; returns the context and the part's id."""
    ctx = seed_context()
    part = ctx.parts[0].id
    edition = ctx.edition.model_copy(update={"quizzes": {part: [HOSTILE]}})
    return dataclasses.replace(ctx, reading=dataclasses.replace(ctx.reading, edition=edition)), part


def _checked(ctx: ReadingContext) -> dict[str, Quiz]:
    """The quizzes as the feature's check places them. One question breaks the rules a whole reading must keep
    (every paragraph asked about, a spread of skills in a part): those are expected here, a problem of the question is not."""
    checking = Checking(**{name: getattr(ctx, name) for name in ReadingText.__dataclass_fields__}, citing=())
    state = check_quizzes(checking)
    assert not [p for p in checking.problems if "[" in p.key], checking.problems  # none names the question
    assert state
    return state


def test_the_markup_holds_the_question_and_its_choices_but_not_the_answer() -> None:
    ctx, part = _one_question()
    state = _checked(ctx)
    (section,) = FEATURE.sections(ctx, state, Slot.PART, part)
    soup = BeautifulSoup(section, "html.parser")
    (fieldset,) = soup.select("fieldset.quiz-question")
    assert fieldset["data-question"] == "topic-one"
    assert fieldset.legend.get_text(" ", strip=True).endswith('Which <b>word</b> does paragraph 1 use? "quoted" & more')
    shown = [c.get_text(strip=True) for c in fieldset.select(".quiz-text")]  # in the page's own order
    assert sorted(shown) == sorted(c.text for c in HOSTILE.choices)
    assert not soup.find("script", src=True) and not soup.find("b") and "<script>alert" not in section
    # The key is in the quiz's JSON only: no attribute or class of the markup tells the choices apart.
    for label in fieldset.select(".quiz-choice"):
        assert set(label.attrs) == {"class"} and label["class"] == ["quiz-choice"]
    assert [i["value"] for i in fieldset.select("input")] == ["0", "1", "2"]
    data = json.loads(soup.select_one("script.quiz-data").string)
    assert [shown[i] for i in data["topic-one"]["correct"]] == ["Smugglers"]
    assert data["topic-one"]["why"] == [next((c.why for c in HOSTILE.choices if c.text == text), None) for text in shown]
    assert re.fullmatch(r"#p1-s\d+", data["topic-one"]["evidence"]["href"])


def test_a_part_without_questions_gets_no_quiz() -> None:
    ctx, part = _one_question()
    state = _checked(ctx)
    assert FEATURE.sections(ctx, state, Slot.PART, ctx.parts[1].id) == []
    assert FEATURE.sections(ctx, state, Slot.PART, part) != []
