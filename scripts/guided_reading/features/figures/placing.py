"""Key figures, placed: each figure found at its quote, and every number of the op-ed covered by one."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...core.context import Checking
from ...core.errors import ReadingError
from ...core.figures import PlacedFigure
from ...core.locate import find_quote
from ...core.model import Document
from ...core.numbers import find_claims
from .schema import FiguresKeys


def place_figures(ctx: Checking) -> list[PlacedFigure]:
    """Find each figure's quote, and check that every number in the op-ed has a figure.

    A number without one stops a published reading; in a draft it is a warning.
    """
    reading, doc = ctx.reading, ctx.doc
    placed: list[PlacedFigure] = []
    for index, figure in enumerate(FiguresKeys.of(reading.edition).figures):
        location = find_quote(doc, figure.quote)
        if location is None:
            ctx.problem(reading.error(("figures", index, "quote"), f"figure {figure.id!r}: expected a quote from the op-ed, {figure.quote!r} is not in it"))
            continue
        claims = tuple(c for c in find_claims(location.paragraph.text) if location.start <= c.start and c.end <= location.end)
        placed.append(PlacedFigure(figure, location, claims))
    check_judge_first(ctx)
    if len(placed) < len(FiguresKeys.of(reading.edition).figures):
        return placed  # the numbers a misplaced figure should cover would only be reported a second time
    for problem in unannotated(ctx, doc, placed):
        ctx.report(problem)
    return placed


def unannotated(ctx: Checking, doc: Document, placed: Sequence[PlacedFigure]) -> list[ReadingError]:
    """One error for each number in the op-ed that no figure's quote covers."""
    found = []
    for paragraph in doc.paragraphs:
        covered = [(p.location.start, p.location.end) for p in placed if p.location.paragraph.id == paragraph.id]
        for claim in find_claims(paragraph.text):
            if not any(a <= claim.start and claim.end <= b for a, b in covered):
                found.append(ReadingError(
                    ctx.reading.source_path,
                    f"the number {claim.text!r} has no entry under `figures:` (edition.yml or figures.yml); add one with its source",
                    line=paragraph.line,
                    key=f"¶ {paragraph.number}",
                ))
    return found


# Words that tell the reader what to think of the number before they have judged it.
LEADING = re.compile(
    r"\b(supports?|supported|sources?|true|false|wrong|right|correct|accurate|exaggerat\w*|inflat\w*|mistake\w*|"
    r"made[ -]up|invented|no estimate|reliable|unreliable)\b",
    re.IGNORECASE,
)


def check_judge_first(ctx: Checking) -> None:
    """Every key figure asks for the reader's judgement before its note opens, with a question that leads nowhere.

    The default question ("is this number supported by a source?") gives the verdict's terms away, so a
    published reading writes its own `judge:` for every figure: "What would you need to know to trust this
    number?" In a draft a missing one is a warning.
    """
    reading = ctx.reading
    for index, figure in enumerate(FiguresKeys.of(reading.edition).figures):
        if figure.judge is None:
            ctx.report(reading.error(
                ("figures", index),
                f"figure {figure.id!r} has no `judge:`; ask the reader to judge it before its note opens, with a neutral "
                "question such as \"What would you need to know to trust this number?\"",
            ))
            continue
        for where, text in (("prompt", figure.judge.prompt), *((("choices", k), c) for k, c in enumerate(figure.judge.choices))):
            found = LEADING.search(text)
            if found:
                key = ("figures", index, "judge", *((where,) if isinstance(where, str) else where))
                ctx.report(reading.error(
                    key,
                    f"{found.group(0)!r} tells the reader what to look for before they judge; ask a neutral question "
                    "(who counted, when, what) and keep the verdict for the note",
                ))
