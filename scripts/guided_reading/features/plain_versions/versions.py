"""Plain versions: each paragraph retold in plain words, a ladder back to the original, never a substitute.

An editor writes them in edition.yml under `plain_versions:`, each found by its paragraph's opening words.
The build checks that each one is easy enough (grade 8 or below, as the original's grade is computed), at
most three quarters of the words of the paragraph it explains, and that it keeps every word the reading
asks about (kept_words.py); a published reading needs one for every paragraph.
"""
from __future__ import annotations

from ...core.context import Checking
from ...core.errors import ReadingError
from ...core.locate import paragraph_starting_with
from ...core.markup import one_line
from ...core.plain import PlainText
from ...core.stats import _grade
from .kept_words import asked_about, dropped
from .schema import PlainVersionsKeys

MAX_GRADE = 8.0
# A plain version that is nearly as long as the paragraph is a second reading, not a step up to it.
MAX_SHARE = 0.75
KEY = "plain_versions"


def check_plain_versions(ctx: Checking) -> dict[str, PlainText]:
    """Place each plain version under its paragraph and report the ones that do not do their job."""
    reading, doc = ctx.reading, ctx.doc
    placed: dict[str, PlainText] = {}
    where: dict[str, int] = {}
    asked = asked_about(reading.edition)
    for index, version in enumerate(PlainVersionsKeys.of(reading.edition).plain_versions):
        paragraph = paragraph_starting_with(doc, version.starts_at)
        if paragraph is None:
            ctx.problem(reading.error((KEY, index, "starts_at"), f"expected the opening words of a paragraph, {version.starts_at!r} begins none"))
            continue
        if paragraph.id in placed:
            ctx.problem(reading.error((KEY, index, "starts_at"), f"¶ {paragraph.number} already has a plain version ({KEY}[{where[paragraph.id]}]); keep one"))
            continue
        text = one_line(version.text)
        item = PlainText(paragraph, text, _grade(text))
        placed[paragraph.id] = item
        where[paragraph.id] = index
        if item.grade > MAX_GRADE:
            ctx.report(reading.error(
                (KEY, index, "text"),
                f"the plain version of ¶ {paragraph.number} reads at grade {item.grade:.1f}; expected {MAX_GRADE:.0f} or below "
                "(shorter sentences, shorter words)",
            ))
        original = len(paragraph.text.split())
        most = int(original * MAX_SHARE)
        if item.words > most:
            ctx.report(reading.error(
                (KEY, index, "text"),
                f"the plain version of ¶ {paragraph.number} has {item.words} words; expected at most {most} "
                f"({MAX_SHARE:.0%} of the paragraph's {original}): a plain version must be clearly shorter",
            ))
        for words, why in dropped(paragraph.text, text, asked):
            ctx.report(reading.error(
                (KEY, index, "text"),
                f"the plain version of ¶ {paragraph.number} drops {words!r} ({why.why}); "
                f"keep it (or one of its forms: {', '.join(why.forms[:4])}) and explain it in plain words",
            ))
    if ctx.edition.status == "published" and len(placed) == len(PlainVersionsKeys.of(reading.edition).plain_versions):
        for paragraph in doc.paragraphs:
            if paragraph.id not in placed:
                ctx.report(ReadingError(
                    reading.source_path,
                    f"¶ {paragraph.number} has no plain version; add one under `{KEY}:` (edition.yml or {KEY}.yml)",
                    line=paragraph.line,
                    key=f"¶ {paragraph.number}",
                ))
    return placed


