"""The lists read from the schema's marks (core/fields.py): which keys state facts, which texts are free."""
from __future__ import annotations

from pathlib import Path

from guided_reading.core.fields import fact_keys, free_text, key_table, stated_texts
from guided_reading.core.text_policy import MARKDOWN, PLAIN
from guided_reading.features import Edition
from guided_reading.features.teacher.schema import ClaimCheck, TeacherGuide
from support import EDITION, problems_for, reading_with


def test_the_fields_that_state_facts_are_the_ones_the_schema_marks() -> None:
    assert fact_keys(TeacherGuide) == ["overview", "objectives", "before", "during", "after"]
    claim = ClaimCheck(claim="A claim", evidence="In 2019, 12 reports", ask="Which?", quotes=["x"])
    assert stated_texts(claim, ("teacher", "claims", 0)) == (
        (("teacher", "claims", 0, "claim"), "A claim"),
        (("teacher", "claims", 0, "evidence"), "In 2019, 12 reports"),
        (("teacher", "claims", 0, "ask"), "Which?"),
    )


def test_free_text_leaves_out_quotes_ids_addresses_and_fixed_words() -> None:
    assert free_text(Edition, ("meta", "title")) is PLAIN
    assert free_text(Edition, ("teacher", "before", 0)) is MARKDOWN
    assert free_text(Edition, ("quizzes", "final", 0, "choices", 1, "text")) is PLAIN
    for path in [("quizzes", "final", 0, "evidence"), ("repairs", 0, "find"), ("glossary", 0, "id"), ("sources", 0, "url"),
                 ("sources", 0, "kind"), ("figures", 0, "source", "year"), ("meta", "nothing")]:
        assert free_text(Edition, path) is None, path


def test_the_key_table_names_every_key_once() -> None:
    keys = [key for key, _ in key_table(Edition)]
    assert len(keys) == len(set(keys)) > 150
    assert dict(key_table(Edition))["quizzes.{id}[].choices[].why"] == "plain text"


def test_a_number_in_a_lesson_plans_step_names_its_source(tmp_path: Path) -> None:
    """Every field marked as a fact is read, the steps of the lesson plans included (a hand-kept list left them out)."""
    activity = "Read the content note aloud, explain the opt-out"
    assert activity in EDITION
    edition = EDITION.replace(activity, "In 2019, 12 classes read the content note aloud, explain the opt-out", 1)
    problems = [str(p) for p in problems_for(reading_with(tmp_path, edition))]
    assert any("edition.yml:" in p and ": teacher.plans[0].lessons[0].steps[0].activity: states '12' but names no source" in p
               for p in problems), problems
