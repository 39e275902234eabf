"""The features whose findings other features and the pages read, each as a typed handle, and the keys of the
edition that more than one feature reads, typed.

A feature never imports another: it reads another's findings through the handle here (`QUIZZES.state(ctx)`),
and the types of those findings live in the core beside it. A feature's own package registers the handle
(`handle = QUIZZES`) and declares the ones it reads in `after` (or `needs`). Likewise it reads another
feature's key of the edition through the typed key here (`SOURCE_ENTRIES.of(ctx.edition)`), never its own
(which its schema.py declares: `GlossaryKeys.of(ctx.edition).glossary`, or the feature's `config`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .cited import Cited
from .figures import PlacedFigure
from .handle import Handle
from .plain import PlainText
from .quiz import Quiz
from .schema import EditionKey
from .shared_schema import Discussion, Figure, GlossaryEntry, Question, Source, WrittenPrompt
from .terms import TermMatcher
from .written import PlacedPrompt

PLAIN_VERSIONS: Handle[dict[str, PlainText]] = Handle("plain_versions")
FIGURES: Handle[list[PlacedFigure]] = Handle("figures")
GLOSSARY: Handle[TermMatcher] = Handle("glossary")
QUIZZES: Handle[dict[str, Quiz]] = Handle("quizzes")  # by quiz id: a part's id, or FINAL
WORD_WORK: Handle[dict[str, Quiz]] = Handle("word_work")  # a gap-fill exercise per part, by part id
WRITING: Handle[dict[str, list[PlacedPrompt]]] = Handle("writing")  # by part id, or FINAL
SOURCES: Handle[dict[str, list[Cited]]] = Handle("sources")  # what rests on each source, by source id
STUDENT_WORK: Handle[bool] = Handle("student_work")

# Keys of the edition read by more than one feature (tests/unit/test_edition_model.py checks each against `Edition`).
GLOSSARY_ENTRIES: EditionKey[list[GlossaryEntry]] = EditionKey("glossary")
FIGURE_ENTRIES: EditionKey[list[Figure]] = EditionKey("figures")
QUIZ_ENTRIES: EditionKey[dict[str, list[Question]]] = EditionKey("quizzes")  # by quiz id
WRITTEN_PROMPTS: EditionKey[list[WrittenPrompt]] = EditionKey("writing")
DISCUSSION_QUESTIONS: EditionKey[list[Discussion]] = EditionKey("discussion")
SOURCE_ENTRIES: EditionKey[list[Source]] = EditionKey("sources")


class GuideOutline(Protocol):
    """What other features read of the teacher's guide (features/teacher/schema.py `TeacherGuide`)."""

    @property
    def preteach(self) -> Sequence[str]: ...


TEACHER_GUIDE: EditionKey[GuideOutline | None] = EditionKey("teacher")
