"""The registry: every feature a reading can have, in the order they check, mark the text and add pages,
and the edition's model made from the core's keys and theirs.

A new feature is a package here with a `FEATURE`, an instance of its `Feature` subclass (see
core/feature.py; its keys of the edition, if any, in its own schema.py), and one line below. The order
in which pages are listed decides the order of the navigation; `after` moves a feature no earlier
than the features it reads.
"""
from __future__ import annotations

from pathlib import Path

from ..core import load
from ..core.context import ReadingContext, build_text
from ..core.edition_model import edition_model
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


# The order of the features' keys in the edition, after the core's: the authoring guide's table of keys
# follows it, and the sources page lists what rests on each source in it. A feature not named here adds its
# keys after these, in the registry's order.
KEY_ORDER = ("glossary", "figures", "quizzes", "word_work", "further_reading", "teacher", "plain_versions", "sources", "writing")

Edition = edition_model([
    f.schema for f in sorted(REGISTRY, key=lambda f: KEY_ORDER.index(f.name) if f.name in KEY_ORDER else len(KEY_ORDER))
    if f.schema is not None
])


def load_reading(folder: Path) -> Reading:
    """One reading's op-ed and edition, validated against `Edition`."""
    return load.load_reading(folder, Edition)


def check_reading(reading: Reading) -> ReadingContext:
    """One loaded reading: its text built, then checked by every feature; all problems raised together."""
    return install(build_text(reading), REGISTRY)
