"""Lesson plans timed from the text, homework from a short list, references that say where things are; QR codes."""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import segno

from guided_reading.builder.site_build import prepare
from guided_reading.core.stats import text_stats
from guided_reading.features.teacher.lesson_plans import CLASS_RATES, paragraph_span, words_asked, words_per_minute, worksheet_lines
from guided_reading.features.teacher.pages import handout_page, teacher_page, worksheet_page
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
    assert 2 <= len(homework) <= 5
    for timed in plans.values():
        for lesson in timed.lessons:
            assert sum(s.minutes for s in lesson.steps) == timed.plan.minutes == 50
            assert lesson.lesson.homework in homework


def test_reading_time_follows_the_text_and_the_class_level() -> None:
    step = reading_step(CTX)
    stats = text_stats([p for p in CTX.doc.paragraphs if p.number in step.step.reads])
    expected = math.ceil(stats.words / (CLASS_RATES[GUIDE.class_grade] * GUIDE.class_grade / stats.grade / 2))
    assert step.reading == expected and step.minutes == expected + step.step.minutes
    # 952 words of grade-15 text, marked as they read, by a grade-10 class: about 63 words a minute.
    assert step.reading >= 15 and 60 <= words_per_minute(stats.grade, 10, "annotate") <= 65
    assert words_per_minute(8.0, 10, "read") == 190 and words_per_minute(7.0, 7, "read") == 160
    assert "we plan on 190 words a minute" in teacher_page(CTX, GUIDE, CTX.features["teacher"].plans)


def test_at_most_six_steps_in_fifty_minutes() -> None:
    for timed in CTX.features["teacher"].plans:
        for lesson in timed.lessons:
            assert len(lesson.steps) <= 6


def test_a_seventh_step_is_refused(tmp_path: Path) -> None:
    extra = """            - minutes: 1
              title: One more thing
              activity: A minute more.
"""
    quizzes = "            - minutes: 8\n              title: Part quizzes in pairs\n"
    edition = EDITION.replace(quizzes, extra + quizzes, 1)
    assert edition != EDITION
    problems = problems_for(reading_with(tmp_path, edition))
    assert any(p.key == "teacher.plans[0].lessons[0].steps" and "7 steps in 50 minutes; expected at most 6" in p.message for p in problems)


def test_every_plan_uses_the_part_quizzes_and_the_written_prompts(tmp_path: Path) -> None:
    edition = EDITION.replace("Each pair takes the quiz at the end of one part page", "Each pair takes the test at the end of one part page", 1)
    edition = re.sub(r"took the\s+quiz on", "read", edition)
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "teacher.plans[0]" and "quizzes" in error.message
    edition = EDITION.replace("        - homework: part-prompt\n", "        - homework: regional-instrument\n", 1)
    edition = edition.replace("Set the homework: one part's written question, the part", "Set the homework, the part", 1)
    error = error_for(reading_with(tmp_path / "b", edition))
    assert error.key == "teacher.plans[0]" and "written prompts" in error.message


def test_worksheet_lines_follow_the_words_asked_for() -> None:
    assert words_asked("Write 150–200 words. Choose one row.") == 200 and worksheet_lines("Write 150–200 words.") == 20
    assert words_asked("Write at least 40 words") == 40 and words_asked("Write a paragraph.") is None
    page = worksheet_page(CTX)
    task = next(h for h in GUIDE.homework if h.worksheet)
    lines = worksheet_lines(task.task)
    assert lines == 20 and f'data-lines="{lines}"' in page
    assert page.split(f'data-lines="{lines}" aria-hidden="true">', 1)[1].split("</span></span>", 1)[0].count("<span>") == lines


def test_a_worksheet_task_that_names_no_number_of_words(tmp_path: Path) -> None:
    edition = EDITION.replace("        Write 150–200 words. Choose one row", "        Write a short text. Choose one row", 1)
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.startswith("teacher.homework[") and error.key.endswith(".task") and "how many words" in error.message


def test_the_figure_tracker_has_one_row_for_each_number_it_names() -> None:
    page = worksheet_page(CTX)
    tracker = page.split("## Figure tracker", 1)[1].split("\n## ", 1)[0]
    count = len(CTX.features["figures"])
    assert f"({count} of them" in tracker
    assert sum(1 for line in tracker.splitlines() if line.startswith("| ") and line.split("|")[1].strip().rstrip(".").isdigit()) == count


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
    first = next(p for p in problems if p.key == "teacher.plans[0].lessons[0].steps[4]")
    assert "minutes are left" in first.message
    assert all(p.key.startswith("teacher.plans[") and "minutes" in p.message for p in problems)


def test_above_or_below_in_an_activity_is_refused(tmp_path: Path) -> None:
    before = "pairs predict\n                the argument"
    edition = EDITION.replace(f"{before} and mark", f"{before} (see the list above) and mark")
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "teacher.plans[1].lessons[0].steps[1].activity" and "uses:" in error.message
    assert error.line == line_of(edition, "keywords; pairs predict") - 1


def test_unknown_homework_and_handout_question_are_errors(tmp_path: Path) -> None:
    error = error_for(reading_with(tmp_path, EDITION.replace("        - homework: part-prompt\n", "        - homework: essay\n", 1)))
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
