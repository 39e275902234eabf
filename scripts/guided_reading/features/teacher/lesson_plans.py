"""Lesson plans at a classroom's pace: reading timed from the text and the class's grade, few steps.

A step that has students read takes the time those paragraphs need at the class's level, worked out
from the text's words at a stated rate for the class's grade (CLASS_RATES); one step per lesson may
take what is left. A lesson has at most STEPS_PER_50 steps per 50 minutes, and each plan uses the site's
own quizzes and written prompts. A worksheet task states how many words it asks for, and gets a line for
every WORDS_PER_LINE of them. A plan that does not fit its lessons, or points at something that does not
exist, is an error naming the key.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ...core.context import Checking, ReadingText
from ...core.errors import ReadingError
from ...core.shared import QUIZ_ENTRIES, WRITTEN_PROMPTS
from ...core.stats import text_stats
from .schema import Lesson, LessonPlan, LessonStep, TeacherGuide, TeacherKeys

# Our planning rates, in words a minute, for a class reading silently a text at its own level, by US
# school grade. They are deliberately cautious classroom figures (a whole class, not its fastest reader);
# a harder text is read slower in step with how far its grade is above the class's.
CLASS_RATES = {5: 140, 6: 150, 7: 160, 8: 170, 9: 180, 10: 190, 11: 200, 12: 210}
# Annotating (margin marks, a tracker to fill) halves the pace.
ANNOTATE_SLOWDOWN = 2.0
# A 50-minute lesson has at most six steps: more, and the changes of activity eat the lesson.
STEPS_PER_50 = 6
# Handwriting on a ruled A4 line: about ten words.
WORDS_PER_LINE = 10
_WORDS_ASKED = re.compile(r"\b(\d+)(?:\s*[–-]\s*(\d+))?\s+words\b")
_QUIZ = re.compile(r"\bquiz", re.IGNORECASE)
_PROMPT = re.compile(r"\b(written question|written prompt|prompt)s?\b", re.IGNORECASE)
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


def class_rate(class_grade: int) -> int:
    """The planning rate for a text at the class's own level (grades outside the table take its nearest end)."""
    return CLASS_RATES[min(max(class_grade, min(CLASS_RATES)), max(CLASS_RATES))]


def words_per_minute(text_grade: float, class_grade: int, pace: str) -> float:
    """The class's rate, slower in step with a harder text, and half that while annotating."""
    rate = class_rate(class_grade) * min(1.0, class_grade / max(text_grade, 1.0))
    return rate / ANNOTATE_SLOWDOWN if pace == "annotate" else rate


def max_steps(minutes: int) -> int:
    return max(1, minutes * STEPS_PER_50 // 50)


def words_asked(task: str) -> int | None:
    """The most words a task asks for ("Write 150–200 words" → 200), or None when it says no number."""
    found = [int(m.group(2) or m.group(1)) for m in _WORDS_ASKED.finditer(task)]
    return max(found) if found else None


def worksheet_lines(task: str) -> int:
    """Ruled lines for a written task: one for every WORDS_PER_LINE words asked for, rounded up."""
    words = words_asked(task) or 0
    return math.ceil(words / WORDS_PER_LINE)


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
    if len(lesson.steps) > max_steps(plan.minutes):
        raise reading.error(
            steps_key,
            f"{len(lesson.steps)} steps in {plan.minutes} minutes; expected at most {max_steps(plan.minutes)} "
            f"({STEPS_PER_50} per 50 minutes): merge steps, or move one to another lesson or to homework",
        )
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
    guide = TeacherKeys.of(ctx.edition).teacher
    if guide is None:
        return []
    discussion = {d.id for d in TeacherKeys.of(ctx.edition).discussion}
    for k, question in enumerate(guide.handout_questions):
        if question not in discussion:
            ctx.problem(ctx.reading.error(("teacher", "handout_questions", k), f"expected the id of a discussion question, got {question!r}"))
    for k, task in enumerate(guide.homework):
        if task.worksheet and words_asked(task.task) is None:
            ctx.problem(ctx.reading.error(
                ("teacher", "homework", k, "task"),
                "a task printed on the worksheet must say how many words it asks for (\"Write 150–200 words\"): "
                f"the worksheet gives a line for every {WORDS_PER_LINE}",
            ))
    timed = []
    for i, plan in enumerate(guide.plans):
        check_uses_the_site(ctx, guide, plan, ("teacher", "plans", i))
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


def check_uses_the_site(ctx: Checking, guide: TeacherGuide, plan: LessonPlan, key: tuple[Any, ...]) -> None:
    """A plan for a reading with quizzes and written prompts uses them: in a step or in the homework it sets."""
    homework = {h.id: h.task for h in guide.homework}
    texts = [step.activity for lesson in plan.lessons for step in lesson.steps]
    texts += [homework.get(lesson.homework or "", "") for lesson in plan.lessons]
    uses_quiz = any(_QUIZ.search(t) for t in texts) or any("final-quiz" in step.uses for lesson in plan.lessons for step in lesson.steps)
    if QUIZ_ENTRIES.of(ctx.edition) and not uses_quiz:
        ctx.problem(ctx.reading.error(key, "the plan never uses the site's quizzes; give a step (or its homework) a part quiz or the final quiz"))
    if WRITTEN_PROMPTS.of(ctx.edition) and not any(_PROMPT.search(t) for t in texts):
        ctx.problem(ctx.reading.error(key, "the plan never uses the site's written prompts; give a step (or its homework) a part's written question"))
