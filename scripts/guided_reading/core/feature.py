"""The interface every feature of a reading implements, and the loop that checks a reading with them.

A feature is one package under `features/`: it checks its part of the edition against the text and,
when the reading has any of it, may mark the op-ed's paragraphs, add sections to the pages that show
the text, and add pages of its own. The registry (`features/__init__.py`) lists them; the order between
two features is declared with `after`, never implied by where a line stands.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .context import Annotator, Checking, Installed, ReadingContext, ReadingText
from .errors import ReadingError, raise_all
from .page import Page
from .todo import check_todo


@dataclass(frozen=True)
class Feature:
    """One optional part of a reading (the glossary, key figures, quizzes, …).

    `check` validates the feature's part of the edition against the text, reporting each problem on the
    `Checking` it is given, and returns what the feature found; nothing (None, or an empty result) means
    the reading has none of it, and the feature adds nothing: no page, no empty heading.
    """

    name: str
    check: Callable[[Checking], Any]
    # Features whose findings this one reads, or whose marks its own marks must see: checked first, and
    # this feature is skipped when one of them failed.
    after: tuple[str, ...] = ()
    # Given the findings, what the feature marks in a page's paragraphs.
    annotator: Callable[[Any], Annotator] | None = None
    # (reading, findings, slot, key) -> sections for that place of a page (one of SLOTS).
    sections: Callable[[ReadingContext, Any, str, str], list[str]] | None = None
    # (reading, findings) -> the feature's own pages.
    pages: Callable[[ReadingContext, Any], list[Page]] | None = None


def in_order(features: Sequence[Feature]) -> tuple[Feature, ...]:
    """The features in the order they are listed, moved only as far as their `after` requires."""
    names = [f.name for f in features]
    if len(set(names)) != len(names):
        raise ValueError(f"two features share a name: {names}")
    for feature in features:
        unknown = set(feature.after) - set(names)
        if unknown:
            raise ValueError(f"feature {feature.name!r} comes after unknown features {sorted(unknown)}")
    done: list[Feature] = []
    waiting = list(features)
    while waiting:
        ready = next((f for f in waiting if set(f.after) <= {d.name for d in done}), None)
        if ready is None:
            raise ValueError(f"the features {[f.name for f in waiting]} wait for each other in a circle")
        done.append(ready)
        waiting.remove(ready)
    return tuple(done)


def install(text: ReadingText, registry: Sequence[Feature]) -> ReadingContext:
    """Check the reading with every feature, collecting all problems, then stop if there were any."""
    checking = Checking(**{name: getattr(text, name) for name in text.__dataclass_fields__})
    installed: list[Installed] = []
    failed: set[str] = set()
    for feature in registry:
        if failed & set(feature.after):
            failed.add(feature.name)  # its inputs are wrong: its own findings would only repeat the problem
            continue
        before = len(checking.problems)
        try:
            state = feature.check(checking)
        except ReadingError as problem:
            checking.problem(problem)
            state = None
        if len(checking.problems) > before:
            failed.add(feature.name)
            continue
        if state:
            checking.features[feature.name] = state
            installed.append(bind(feature, state))
    check_todo(checking)
    raise_all(checking.problems)
    return ReadingContext(
        **{name: getattr(text, name) for name in ReadingText.__dataclass_fields__},
        installed=tuple(installed),
        warnings=tuple(checking.warnings),
    )


def bind(feature: Feature, state: Any) -> Installed:
    """The feature's hooks with its findings for one reading filled in."""
    sections, pages = feature.sections, feature.pages
    return Installed(
        feature.name,
        state,
        feature.annotator(state) if feature.annotator else None,
        (lambda ctx, slot, key: sections(ctx, state, slot, key)) if sections else None,
        (lambda ctx: pages(ctx, state)) if pages else None,
    )
