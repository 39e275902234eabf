"""The quizzes' part of the edition (the question's model is shared with word work: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart, Id
from ...core.shared_schema import Question


class QuizzesKeys(EditionPart):
    # Quizzes by theme id, and "final" for the quiz on the whole op-ed.
    quizzes: dict[Id, list[Question]] = {}
