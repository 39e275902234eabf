"""The teacher's part of the edition: the discussion questions, and the guide with its lesson plans,
homework, grids and claims (see docs/authoring.md, "Teacher's guide")."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ...core.schema import EditionPart, Id, Plain, PlainFact, Prose, ProseFact, Quote, Strict
from ...core.shared_schema import Discussion

GuideSection = Literal["overview", "objectives", "before", "during", "after"]


class LessonStep(Strict):
    # Fixed minutes; with `reads`, the minutes on top of the reading; with `rest`, the least it may take.
    minutes: int | None = Field(default=None, ge=1, le=60)
    title: Plain
    activity: PlainFact
    # Paragraphs the students read in this step: their reading time at the class's level is added.
    reads: list[int] = []
    pace: Literal["read", "annotate"] = "read"  # annotating (marks, notes) is slower than reading
    rest: bool = False  # takes what is left of the lesson
    # Materials the step uses; the guide links them and says where they are ("above", "on the worksheet").
    uses: list[Literal["handout", "worksheet", "figure-tracker", "claims-table", "grids", "written-task", "vocabulary",
                       "before-reading", "discussion", "homework", "key-figures", "final-quiz", "answer-key", "glossary", "help"]] = []
    sources: list[Id] = []


class ClaimCheck(Strict):
    claim: PlainFact  # the author's claim, in our words
    evidence: PlainFact  # what the author offers for it
    ask: PlainFact  # what a careful reader should ask
    # Where the op-ed makes the claim, by quote; the tables show their paragraphs as "¶ n".
    quotes: list[Quote] = Field(min_length=1)
    sources: list[Id] = []


class HomeworkTask(Strict):
    id: Id
    title: Plain
    task: Prose
    minutes: int = Field(ge=5, le=120)  # about how long it takes at home
    worksheet: bool = False  # printed on the worksheet with lines to write on


class Lesson(Strict):
    steps: list[LessonStep] = Field(min_length=1)
    homework: Id | None = None  # one task from teacher.homework


class LessonPlan(Strict):
    id: Id
    title: Plain
    summary: Prose
    minutes: int = Field(default=50, ge=20, le=120)  # the length of each lesson
    lessons: list[Lesson] = Field(min_length=1)


class Grid(Strict):
    """A blank grid for the worksheet: a heading for each column, a label for each row."""

    id: Id
    title: Plain
    instructions: Prose
    columns: list[Plain] = Field(min_length=2)
    rows: list[Plain] = Field(min_length=1)


class TeacherGuide(Strict):
    overview: ProseFact
    objectives: list[ProseFact] = Field(min_length=1)
    preteach: list[Id] = []  # glossary ids
    before: list[ProseFact] = []
    during: list[ProseFact] = []
    after: list[ProseFact] = []
    lesson: list[LessonStep] = []
    claims: list[ClaimCheck] = []
    # Lesson plans, handout and worksheet (see docs/authoring.md, "Teacher's guide").
    class_grade: int = Field(default=10, ge=1, le=16)  # the class's reading level (US grade), for the timings
    plans: list[LessonPlan] = []
    homework: list[HomeworkTask] = []
    handout_questions: list[Id] = []  # discussion ids for the student copy; default: the first three
    grids: list[Grid] = []
    # What the passages of each section rest on, by section.
    sources: dict[GuideSection, list[Id]] = {}


class TeacherKeys(EditionPart):
    discussion: list[Discussion] = []
    teacher: TeacherGuide | None = None
