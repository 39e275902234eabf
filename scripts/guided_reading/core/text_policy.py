"""The escaping policy of editorial text: every string field of edition.yml is plain text or inline Markdown.

Plain text reaches the page as text wherever it goes (headings, titles, meta tags, tooltips, JSON).
Inline Markdown allows emphasis, code and links, but no raw HTML, and links only to http(s)
addresses or pages of the site. The schema marks each field with one of the two kinds below, and a
test checks that no string field is left unmarked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TextKind:
    name: str  # "plain" or "markdown"


PLAIN = TextKind("plain")
MARKDOWN = TextKind("markdown")


@dataclass(frozen=True)
class Role:
    """What a text field is for, beside how it is shown; the schema marks the fields that have one.

    The lists that would otherwise be kept by hand are read from these marks (core/fields.py): the
    authoring guide's table of keys, the fields the citation rule reads, the fields the hostile tests attack.
    """

    name: str


QUOTE = Role("quote")  # words of the op-ed, found in it: text that is not in the op-ed is refused
IDENTIFIER = Role("id")  # an id, or a reference to one
ADDRESS = Role("address")  # an http(s) address
FACTS = Role("facts")  # may state a fact: a number or a date in it must name a source (features/sources)

# A "<" that opens a tag, a comment, a declaration or an autolink: raw HTML, which editorial Markdown may not hold.
_RAW_HTML = re.compile(r"<\s*[A-Za-z!/?]")
_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)", re.MULTILINE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def link_allowed(url: str) -> bool:
    """An http(s) address, or a page or anchor of this site given by a relative path."""
    if url.startswith("//") or "\\" in url:
        return False
    scheme = _SCHEME.match(url)
    if scheme:
        return scheme.group(1).lower() in ("http", "https")
    return True


def check_inline_markdown(value: str) -> str:
    """Refuse raw HTML and links that are not http(s) or relative; used as a schema validator."""
    if _RAW_HTML.search(value):
        raise ValueError("raw HTML is not allowed here; write Markdown: *emphasis*, **strong**, [text](https://…)")
    for pattern in (_INLINE_LINK, _REFERENCE_DEF):
        for match in pattern.finditer(value):
            if not link_allowed(match.group(1)):
                raise ValueError(f"links may only go to http(s) addresses or pages of this site, got {match.group(1)!r}")
    return value


# The characters Python-Markdown lets a backslash escape ("|" is not one: tables are off in prose).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")


def markdown_literal(text: str) -> str:
    """Plain text (a sentence of an op-ed, say) written as inline Markdown that renders exactly as the text."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
