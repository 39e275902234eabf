"""Word work's part of the edition (the question's model is shared with the quizzes: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart, Id
from ...core.shared_schema import Question


class WordWorkKeys(EditionPart):
    # Word work by theme id: gap-fills whose prompt is a sentence of the op-ed with one gap (_____).
    word_work: dict[Id, list[Question]] = {}
