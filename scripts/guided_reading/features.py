"""The optional parts of a reading (glossary, figures, quizzes, …) hook into its pages here."""
from __future__ import annotations

from .context import ReadingContext


def install_features(ctx: ReadingContext) -> None:
    """Register each feature's annotators on the reading; features whose part of the edition is empty add nothing."""
