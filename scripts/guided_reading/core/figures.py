"""Key figures as other parts of a reading see them: each figure placed at its quote, and the prediction
asked before its callout opens."""
from __future__ import annotations

from dataclasses import dataclass

from .locate import Location
from .numbers import Claim
from .shared_schema import Figure, JudgeFirst


@dataclass(frozen=True)
class PlacedFigure:
    figure: Figure
    location: Location
    claims: tuple[Claim, ...]  # the numbers inside the quote, in paragraph offsets

    @property
    def anchor(self) -> str:
        return f"fig-{self.figure.id}"


def judge_first(figure: Figure) -> JudgeFirst | None:
    """The prediction asked before a figure's callout opens: the edition's, or the default for a figure no source supports."""
    if figure.judge is not None:
        return figure.judge
    return JudgeFirst() if figure.source is None else None
