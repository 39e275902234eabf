"""The registry: every feature a reading can have, in the order they check, mark the text and add pages.

A new feature is a package here with a `FEATURE`, an instance of its `Feature` subclass (see
core/feature.py), and one line below. The order
in which pages are listed decides the order of the navigation; `after` moves a feature no earlier
than the features it reads.
"""
from __future__ import annotations

from ..core.context import ReadingContext, build_text
from ..core.feature import AnyFeature, in_order, install
from ..core.load import Reading
from . import (
    faithfulness,
    figures,
    further_reading,
    glossary,
    marks,
    plain_versions,
    quizzes,
    sources,
    student_work,
    teacher,
    word_work,
    writing,
)

REGISTRY: tuple[AnyFeature, ...] = in_order([
    plain_versions.FEATURE,
    figures.FEATURE,
    glossary.FEATURE,
    word_work.FEATURE,
    quizzes.FEATURE,
    writing.FEATURE,
    further_reading.FEATURE,
    teacher.GUIDE,
    student_work.FEATURE,
    marks.FEATURE,
    teacher.PRINTS,
    sources.FEATURE,
    faithfulness.FEATURE,
])


def check_reading(reading: Reading) -> ReadingContext:
    """One loaded reading: its text built, then checked by every feature; all problems raised together."""
    return install(build_text(reading), REGISTRY)
