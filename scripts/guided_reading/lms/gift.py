"""GIFT, Moodle's plain-text question format: one block per question, every text in [html] format and
escaped twice over (HTML first, so a tag stays text; then GIFT's own special characters)."""
from __future__ import annotations

import html

from .model import Item, Reading
from .moodle import fraction

SPECIAL = "\\~=#{}:"
_ESCAPED = str.maketrans({c: f"\\{c}" for c in SPECIAL})


def escape(text: str) -> str:
    """GIFT's special characters behind a backslash, and no line break (GIFT ends a question at a blank line)."""
    return " ".join(text.split()).translate(_ESCAPED)


def _html(text: str) -> str:
    return escape(html.escape(text, quote=False))


def _evidence(item: Item) -> str:
    where = html.escape(item.evidence, quote=False)
    if item.evidence_url:
        where = f'<a href="{html.escape(item.evidence_url)}">{where}</a>'
    return escape(f"<p>{html.escape(item.explanation, quote=False)}</p><p>Evidence: {where}</p>")


def _question(item: Item) -> str:
    lines = [f"::{escape(item.id)}::[html]{_html(item.prompt)} {{"]
    for option in item.options:
        mark = "=" if option.correct and not item.multiple else "~"
        weight = f"%{fraction(item, option.correct)}%" if item.multiple else ""
        lines.append(f"\t{mark}{weight}{_html(option.text)}#{_html(option.feedback)}")
    lines.append(f"\t####{_evidence(item)}")
    lines.append("}")
    return "\n".join(lines)


def gift(reading: Reading) -> bytes:
    blocks = [f"// {_html(reading.title)}, by {_html(reading.author)}: quizzes for a learning management system."]
    for quiz in reading.quizzes:
        names = (_html(name.replace("/", "-")) for name in (reading.title, quiz.title))
        blocks.append(f"$CATEGORY: $course$/{'/'.join(names)}")
        blocks.extend(_question(item) for item in quiz.items)
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
