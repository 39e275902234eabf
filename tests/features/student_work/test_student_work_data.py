"""Written prompts and judge-first figures in edition.yml, and the catalog the student-work pages read."""
from __future__ import annotations

import json
from pathlib import Path

from guided_reading.builder.site_build import prepare
from guided_reading.core.figures import judge_first
from guided_reading.features.figures.callouts import callout
from guided_reading.features.student_work.catalog import catalog, edition_id
from guided_reading.features.writing.boxes import written_box
from support import EDITION, error_for, line_of, reading_with, seed_context

CTX = seed_context()


def test_every_part_has_a_prompt_and_the_final_quiz_two() -> None:
    parts = [p.prompt.part for prompts in CTX.features["writing"].values() for p in prompts]
    assert all(parts.count(part.id) >= 1 for part in CTX.parts)
    assert parts.count("final") >= 2


def test_prompt_evidence_must_be_a_quote(tmp_path: Path) -> None:
    edition = EDITION.replace("      - Such networks leverage themselves within legal entities",
                              "      - Such networks hide inside legal entities")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "writing[0].evidence[2]" and error.line == line_of(edition, "- Such networks hide inside")
    assert "'networks-as-organisations'" in error.message


def test_prompt_part_must_be_a_theme_or_final(tmp_path: Path) -> None:
    edition = EDITION.replace("    part: why-no-country-can-act-alone", "    part: no-such-part")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "writing[1].part" and "'no-such-part'" in error.message


def test_prompt_ids_are_unique(tmp_path: Path) -> None:
    edition = EDITION.replace("  - id: why-act-together", "  - id: networks-as-organisations")
    error = error_for(reading_with(tmp_path, edition))
    assert "writing" in (error.key or "") and "networks-as-organisations" in str(error)


def test_a_figure_with_no_source_is_judged_first_and_one_can_be_marked() -> None:
    placed = {p.figure.id: p for p in CTX.features["figures"]}
    assert judge_first(placed["hundreds-of-millions"].figure).prompt.startswith("From the text alone")
    assert all(judge_first(p.figure) is not None for p in placed.values())  # every key figure is judged first
    judged = callout(placed["hundreds-of-millions"], CTX.slug, judge=True)
    assert '<form class="judge-form"' in judged and '<details class="admonition figure" markdown>' in judged
    assert judged.index("judge-form") < judged.index("The source says")
    plain = callout(placed["hundreds-of-millions"], CTX.slug, judge=False)
    assert "<details" in plain and " open " in plain and "judge-form" not in plain


def test_written_box_hides_the_points_until_the_script_shows_them() -> None:
    placed = CTX.features["writing"][CTX.parts[0].id][0]
    html = written_box(CTX, placed, CTX.parts[0].id)
    assert '<div class="written-strong" hidden>' in html
    assert 'data-min-words="40"' in html and "<textarea" in html
    assert f'href="#{placed.evidence[0].anchor}"' in html


def test_catalog_gives_answers_only_to_teachers() -> None:
    student, teacher = catalog(CTX), catalog(CTX, teacher=True)
    assert "correct" not in json.dumps(student) and "points" not in json.dumps(student)
    assert all("correct" in q for quiz in teacher["quizzes"] for q in quiz["questions"])
    assert all(w["points"] for w in teacher["written"])
    assert student["reading"] == {"slug": CTX.slug, "title": CTX.edition.meta.title, "edition": edition_id(CTX)}


def test_edition_id_changes_with_what_students_answer_only(tmp_path: Path) -> None:
    reworded_note = EDITION.replace("A good question to ask of\n      any text", "A question to ask of\n      any text")
    changed_prompt = EDITION.replace("Give\n      the reason the text states", "Give\n      two reasons the text states")
    assert reworded_note != EDITION and changed_prompt != EDITION
    same = prepare(reading_with(tmp_path / "a", reworded_note))
    other = prepare(reading_with(tmp_path / "b", changed_prompt))
    assert edition_id(same) == edition_id(CTX) != edition_id(other)
