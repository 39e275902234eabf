"""Lesson plans whose reading steps are timed from the text and the class's reading level.

A step that has students read takes the time those paragraphs need at the class's level, worked out
from the text's statistics; one step per lesson may take what is left. A plan that does not fit its
lessons, or points at something that does not exist, is an error naming the key.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ...core.context import Checking, ReadingText
from ...core.errors import ReadingError
from ...core.schema import Lesson, LessonPlan, LessonStep, TeacherGuide
from ...core.stats import WORDS_PER_MINUTE, text_stats

# Annotating (margin marks, a tracker to fill) is slower than reading: we plan on two thirds of the pace.
ANNOTATE_SLOWDOWN = 1.5
# Where a step's own text says "above" or "below", the reference breaks as soon as the guide changes: use `uses:`.
DIRECTION = re.compile(r"\b(above|below)\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimedStep:
    step: LessonStep
    start: int
    minutes: int
    reading: int  # of which reading time (0 when the step reads nothing)


@dataclass(frozen=True)
class TimedLesson:
    lesson: Lesson
    steps: list[TimedStep]


@dataclass(frozen=True)
class TimedPlan:
    plan: LessonPlan
    lessons: list[TimedLesson]


def words_per_minute(text_grade: float, class_grade: int, pace: str) -> float:
    """Our planning rule: 200 words a minute at the class's level, slower in step with a harder text."""
    rate = WORDS_PER_MINUTE * min(1.0, class_grade / max(text_grade, 1.0))
    return rate / ANNOTATE_SLOWDOWN if pace == "annotate" else rate


def reading_minutes(ctx: ReadingText, numbers: list[int], class_grade: int, pace: str) -> int:
    paragraphs = [p for p in ctx.doc.paragraphs if p.number in set(numbers)]
    stats = text_stats(paragraphs)
    return math.ceil(stats.words / words_per_minute(stats.grade, class_grade, pace))


def paragraph_span(numbers: list[int]) -> str:
    """[1, 2, 3, 5] as "¶ 1–3, 5"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "¶ " + ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _time_lesson(ctx: ReadingText, guide: TeacherGuide, plan: LessonPlan, key: tuple[Any, ...], steps_key: tuple[Any, ...], lesson: Lesson) -> TimedLesson:
    reading = ctx.reading
    count = len(ctx.doc.paragraphs)
    homework = {h.id for h in guide.homework}
    if lesson.homework is not None and lesson.homework not in homework:
        raise reading.error((*key, "homework"), f"expected the id of a task under teacher.homework, got {lesson.homework!r}")
    lengths: list[int] = []
    readings: list[int] = []
    rest_at = None
    for s, step in enumerate(lesson.steps):
        where = (*steps_key, s)
        if DIRECTION.search(step.activity):
            raise reading.error((*where, "activity"), "says 'above' or 'below'; name the material in `uses:` and the guide will say where it is")
        for k, number in enumerate(step.reads):
            if not 1 <= number <= count:
                raise reading.error((*where, "reads", k), f"expected a paragraph number from 1 to {count}, got {number}")
        if step.rest:
            if rest_at is not None:
                raise reading.error((*where, "rest"), "only one step of a lesson can take what is left")
            rest_at = s
        elif step.minutes is None and not step.reads:
            raise reading.error(where, "expected `minutes`, `reads` or `rest: true`")
        read = reading_minutes(ctx, step.reads, guide.class_grade, step.pace) if step.reads else 0
        readings.append(read)
        lengths.append(0 if step.rest else read + (step.minutes or 0))
    total = sum(lengths)
    if rest_at is not None:
        left = plan.minutes - total
        least = lesson.steps[rest_at].minutes or 1
        if left < least:
            message = f"only {left} minutes are left for this step at grade {guide.class_grade} (it needs at least {least}): shorten another step"
            raise reading.error((*steps_key, rest_at), message)
        lengths[rest_at] = left
    elif total != plan.minutes:
        message = f"the steps take {total} minutes at grade {guide.class_grade}, expected {plan.minutes}; mark one step `rest: true` or change the minutes"
        raise reading.error(key, message)
    timed, start = [], 0
    for step, length, read in zip(lesson.steps, lengths, readings, strict=True):
        timed.append(TimedStep(step, start, length, read))
        start += length
    return TimedLesson(lesson, timed)


def time_plans(ctx: Checking) -> list[TimedPlan]:
    """Every plan of the teacher's guide with the minutes of each step worked out (the old `lesson:` as one plan)."""
    guide = ctx.edition.teacher
    if guide is None:
        return []
    discussion = {d.id for d in ctx.edition.discussion}
    for k, question in enumerate(guide.handout_questions):
        if question not in discussion:
            ctx.problem(ctx.reading.error(("teacher", "handout_questions", k), f"expected the id of a discussion question, got {question!r}"))
    timed = []
    for i, plan in enumerate(guide.plans):
        lessons = []
        for n, lesson in enumerate(plan.lessons):
            key = ("teacher", "plans", i, "lessons", n)
            try:  # each lesson on its own: a mistake in one does not hide the mistakes of the next
                lessons.append(_time_lesson(ctx, guide, plan, key, (*key, "steps"), lesson))
            except ReadingError as problem:
                ctx.problem(problem)
        timed.append(TimedPlan(plan, lessons))
    if guide.lesson:
        fixed = all(step.minutes and not step.reads and not step.rest for step in guide.lesson)
        minutes = sum(step.minutes or 0 for step in guide.lesson) if fixed else 50
        # Built from already validated parts, so not validated again.
        plan = LessonPlan.model_construct(id="lesson", title="Lesson plan", summary="", minutes=minutes,
                                          lessons=[Lesson.model_construct(steps=guide.lesson, homework=None)])
        timed.append(TimedPlan(plan, [_time_lesson(ctx, guide, plan, ("teacher", "lesson"), ("teacher", "lesson"), plan.lessons[0])]))
    return timed
