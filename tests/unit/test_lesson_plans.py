"""Lesson plans timed from the text, homework from a short list, references that say where things are; QR codes."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import segno

from guided_reading.builder.site_build import prepare
from guided_reading.core.stats import text_stats
from guided_reading.features.teacher.lesson_plans import paragraph_span, words_per_minute
from guided_reading.features.teacher.pages import handout_page, teacher_page
from guided_reading.features.teacher.qr import published_address
from support import EDITION, error_for, line_of, problems_for, reading_with, seed_context

CTX = seed_context()
GUIDE = CTX.edition.teacher


def reading_step(ctx, plan_id: str = "one-lesson"):
    plan = next(p for p in ctx.features["teacher"].plans if p.plan.id == plan_id)
    return next(s for s in plan.lessons[0].steps if s.step.title == "Read and mark")


def test_every_lesson_fills_its_minutes_and_sets_one_homework_task() -> None:
    plans = {p.plan.id: p for p in CTX.features["teacher"].plans}
    assert set(plans) == {"one-lesson", "two-lessons"}
    assert len(plans["one-lesson"].lessons) == 1 and len(plans["two-lessons"].lessons) == 2
    homework = {h.id for h in GUIDE.homework}
    assert 2 <= len(homework) <= 4
    for timed in plans.values():
        for lesson in timed.lessons:
            assert sum(s.minutes for s in lesson.steps) == timed.plan.minutes == 50
            assert lesson.lesson.homework in homework


def test_reading_time_follows_the_text_and_the_class_level() -> None:
    step = reading_step(CTX)
    stats = text_stats([p for p in CTX.doc.paragraphs if p.number in step.step.reads])
    expected = math.ceil(stats.words / (200 * GUIDE.class_grade / stats.grade / 1.5))
    assert step.reading == step.minutes == expected
    assert step.minutes >= 8  # about 750 words of grade-15 text, annotated, by a grade-10 class
    assert words_per_minute(8.0, 10, "read") == 200


def test_a_weaker_class_gets_more_reading_time_and_the_lesson_still_fits(tmp_path: Path) -> None:
    edition = EDITION.replace("  class_grade: 10\n", "  class_grade: 9\n")
    ctx = prepare(reading_with(tmp_path, edition))
    assert reading_step(ctx).minutes > reading_step(CTX).minutes
    for timed in ctx.features["teacher"].plans:
        for lesson in timed.lessons:
            assert sum(s.minutes for s in lesson.steps) == 50


def test_a_plan_that_cannot_fit_is_an_error_naming_the_step(tmp_path: Path) -> None:
    edition = EDITION.replace("  class_grade: 10\n", "  class_grade: 5\n")
    # Every lesson that no longer fits is named, each at its own step, in one run.
    problems = problems_for(reading_with(tmp_path, edition))
    first = next(p for p in problems if p.key == "teacher.plans[0].lessons[0].steps[6]")
    assert "minutes are left" in first.message
    assert all(p.key.startswith("teacher.plans[") and "minutes" in p.message for p in problems)


def test_above_or_below_in_an_activity_is_refused(tmp_path: Path) -> None:
    edition = EDITION.replace("students predict the argument; take two answers", "students predict the argument (see the list above); take two answers")
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "teacher.plans[0].lessons[0].steps[1].activity" and "uses:" in error.message
    assert error.line == line_of(edition, "title: What kind of text is this?") + 2


def test_unknown_homework_and_handout_question_are_errors(tmp_path: Path) -> None:
    error = error_for(reading_with(tmp_path, EDITION.replace("        - homework: repair-a-claim\n", "        - homework: essay\n", 1)))
    assert error.key == "teacher.plans[0].lessons[0].homework" and "'essay'" in error.message
    error = error_for(reading_with(tmp_path / "b", EDITION.replace("    - smugglers-or-traffickers\n", "    - no-such-question\n", 1)))
    assert error.key == "teacher.handout_questions[1]"


def test_the_guide_says_where_each_material_is() -> None:
    page = teacher_page(CTX, GUIDE, CTX.features["teacher"].plans)
    assert "[Vocabulary to pre-teach](#vocabulary-to-pre-teach) (above)" in page
    assert "[Homework](#homework) (below)" in page
    assert "[claims-and-evidence table](worksheet.md#claims-and-evidence) (on the worksheet" in page
    plans_at = page.index("## Lesson plans")
    assert page.index("## Vocabulary to pre-teach") < plans_at < page.index("## Homework")
    assert "the table below" not in page and "listed above" not in page


def test_paragraph_span() -> None:
    assert paragraph_span([3, 4, 5, 9, 1]) == "¶ 1, 3–5, 9"


def test_qr_codes_only_for_a_web_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert published_address("x/a.md") is None and "qr-code" not in handout_page(CTX)
    monkeypatch.setenv("SITE_URL", "file:///media/usb/site/")
    assert published_address("x/a.md") is None and "qr-code" not in handout_page(CTX)
    monkeypatch.setenv("SITE_URL", "https://example.org/readings/")
    page = handout_page(CTX)
    assert page.count('<svg role="img"') == len(CTX.parts)
    for number, part in enumerate(CTX.parts, start=1):
        url = f"https://example.org/readings/{CTX.slug}/{part.id}.html"
        assert f"<title>QR code: part {number} online, {url}</title>" in page
        # The code drawn is the code of that address.
        drawn = segno.make(url, error="m", micro=False).svg_inline(scale=1, border=2, omitsize=True, dark="#000", light="#fff",
                                                                    svgclass="qr-code", lineclass=None, title="t")
        assert drawn.split("</title>", 1)[1] in page
