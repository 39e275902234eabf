"""What the quizzes are made of once placed in the text: questions with their evidence, grouped by quiz."""
from __future__ import annotations

from dataclasses import dataclass

from .locate import Location
from .shared_schema import Choice, Question

# The id of the quiz on the whole op-ed, on a page of its own; every other quiz is named after its part.
FINAL = "final"


@dataclass(frozen=True)
class PlacedQuestion:
    question: Question
    evidence: Location
    evidence_page: str  # the theme page that shows the evidence, without ".md"
    # The choices in the order they are shown (see display_order); answer key and quiz data follow it.
    choices: tuple[Choice, ...] = ()

    @property
    def evidence_href(self) -> str:
        return f"{self.evidence_page}.html#{self.evidence.anchor}"


@dataclass(frozen=True)
class Quiz:
    id: str  # a theme id, or "final"
    title: str
    questions: tuple[PlacedQuestion, ...]
