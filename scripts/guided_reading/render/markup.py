"""Turn source text into markup that shows every character literally and never opens a tag."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..model import Paragraph

# Every ASCII punctuation mark becomes a numeric entity in Markdown contexts, so no character of the
# source can start emphasis, a link, a heading, an attribute list or a pymdown-extensions construct.
_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}


def md_text(text: str) -> str:
    """Source text for a Markdown context (headings, list items, table cells)."""
    return " ".join(text.split()).translate(_ENTITIES)


def html_text(text: str) -> str:
    """Source text for a raw-HTML context."""
    return html.escape(text, quote=True)


@dataclass(frozen=True, order=True)
class Mark:
    """Markup wrapped around paragraph[start:end]; `close` may carry text added by the editors."""

    start: int
    end: int
    open: str = field(compare=False)
    close: str = field(compare=False)


def _wrap(text: str, base: int, marks: list[Mark]) -> str:
    """Render text[base:] with the marks that fall inside it, nested marks allowed."""
    out: list[str] = []
    pos = base
    stack: list[Mark] = []
    events = sorted(marks, key=lambda m: (m.start, -m.end))
    for mark in events:
        while stack and stack[-1].end <= mark.start:
            top = stack.pop()
            out.append(html_text(text[pos - base : top.end - base]) + top.close)
            pos = top.end
        if stack and mark.end > stack[-1].end:
            continue  # crosses an open mark: skip rather than produce broken markup
        out.append(html_text(text[pos - base : mark.start - base]) + mark.open)
        pos = mark.start
        stack.append(mark)
    while stack:
        top = stack.pop()
        out.append(html_text(text[pos - base : top.end - base]) + top.close)
        pos = top.end
    out.append(html_text(text[pos - base :]))
    return "".join(out)


def paragraph_html(paragraph: Paragraph, marks: list[Mark] | None = None) -> str:
    """One numbered paragraph: a self-link with its number, then each sentence in a linkable span."""
    marks = marks or []
    parts = []
    for sentence in paragraph.sentences:
        end = sentence.start + len(sentence.text)
        inside = [m for m in marks if m.start >= sentence.start and m.end <= end]
        body = _wrap(sentence.text, sentence.start, inside)
        parts.append(f'<span class="sentence" id="{sentence.id}">{body}</span>')
    n = paragraph.number
    return (
        f'<p class="oped-para" id="{paragraph.id}">'
        f'<a class="para-num" href="#{paragraph.id}" aria-label="Paragraph {n}">¶&nbsp;{n}</a> '
        + " ".join(parts)
        + "</p>"
    )
