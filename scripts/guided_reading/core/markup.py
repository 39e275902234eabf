"""Turn source text into markup that shows every character literally and never opens a tag."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import markdown

import html
import json
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Paragraph

# Every ASCII punctuation mark becomes a numeric entity in Markdown contexts, so no character of the
# source can start emphasis, a link, a heading, an attribute list or a pymdown-extensions construct.
_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}


def one_line(text: str) -> str:
    """Text with every run of whitespace (line breaks of a folded YAML value among them) as one space."""
    return " ".join(text.split())


def md_text(text: str) -> str:
    """Source text for a Markdown context (headings, list items, table cells)."""
    return one_line(text).translate(_ENTITIES)


def html_text(text: str) -> str:
    """Source text for a raw-HTML context."""
    return html.escape(text, quote=True)


def script_json(data: object) -> str:
    """JSON to place inside <script type="application/json">: nothing in it can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def attr_text(text: str) -> str:
    """Plain text for a value that a template inserts unescaped into an attribute (the meta description)."""
    return html.escape(one_line(text), quote=True)


def title_text(text: str) -> str:
    """Plain text for a page or navigation title. Material inserts titles unescaped as text and escapes them
    itself in attributes (`aria-label="{{ title | e }}"`): `<` and `&` are escaped here, quotes are left alone,
    so that "Teacher's guide" reads the same in both."""
    return html.escape(one_line(text), quote=False)


# What editorial Markdown may become: emphasis, code and links, nothing else.
_PROSE_TAGS = {"a", "em", "strong", "code"}
_PROSE_ATTRIBUTES = {"a": {"href", "title"}}
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
# In prose already turned into HTML, only the characters that could start Markdown again are escaped:
# emphasis, code, links, attribute lists, raw HTML, entities and table cells.
_PROSE_ENTITIES = {ord(c): f"&#{ord(c)};" for c in "\\`*_{}[]<>&|"}
_BLOCK_START = re.compile(r"\d+[.)](\s|$)|[#>+\-=!?:|~]")


@lru_cache(maxsize=1)
def _inline_markdown() -> markdown.Markdown:
    import markdown  # imported on first use: only pages with editorial prose need it

    return markdown.Markdown(extensions=[], output_format="html")


def _site_link(url: str, folder: str) -> str:
    """A link between pages is written to the Markdown file (page.md); the site serves page.html.

    Editors write links relative to the reading's pages; `folder` moves them to a page elsewhere.
    """
    if url.startswith(("http://", "https://")):
        return url
    path, hash_, anchor = url.partition("#")
    if path and folder:
        path = posixpath.normpath(posixpath.join(folder, path))
    if path.endswith(".md"):
        path = path[:-3] + ".html"
    return path + hash_ + anchor


def prose_text(text: str) -> str:
    """Editorial inline Markdown as plain text, for meta descriptions and other places that take no markup."""
    return html.unescape(re.sub(r"<[^>]*>", "", prose_html(text)))


def prose_html(text: str, folder: str = "") -> str:
    """Editorial inline Markdown as safe HTML that can stand anywhere in a page's Markdown.

    The schema has already refused raw HTML and unsafe links; the sanitizer is a second fence. Text
    between the tags is entity-escaped so that Markdown, reading the page again, finds nothing to format.
    """
    import nh3

    converter = _inline_markdown()
    converter.reset()
    # Prose is inline: an opening "1." or "#" is text, not the start of a list or a heading.
    source = re.sub(r"^(\d+)([.)])(\s)", r"\1\\\2\3", one_line(text))
    source = re.sub(r"^([#>]|[+\-*](?=\s))", r"\\\1", source)
    rendered = converter.convert(source)
    rendered = re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.DOTALL)
    clean = nh3.clean(
        rendered,
        tags=_PROSE_TAGS,
        attributes=_PROSE_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=None,
        attribute_filter=lambda tag, attr, value: _site_link(value, folder) if attr == "href" else value,
    )
    out = []
    for piece in _TAG_OR_TEXT.split(clean):
        if piece.startswith("<"):
            if piece.startswith("<a ") and 'href="http' in piece:
                piece = piece[:-1] + ' class="external" rel="noopener">'
            out.append(piece)
        else:
            out.append(html.unescape(piece).translate(_PROSE_ENTITIES))
    result = "".join(out)
    if _BLOCK_START.match(result):
        result = f"&#{ord(result[0])};{result[1:]}"  # a line that starts "1." or "#" must not become a list or heading
    return result


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
    kind = "" if paragraph.kind == "paragraph" else f" oped-{paragraph.kind}"
    return (
        f'<p class="oped-para{kind}" id="{paragraph.id}" dir="auto">'
        f'<a class="para-num" href="#{paragraph.id}" aria-label="Paragraph {n}">¶&nbsp;{n}</a> '
        + " ".join(parts)
        + "</p>"
    )


SIC_CLOSE = '</span><span class="editorial"> <abbr title="sic: printed exactly as the author wrote it">[sic]</abbr></span>'


def sic_mark(start: int, end: int) -> Mark:
    """A word printed exactly as the author wrote it, followed by the editors' [sic]."""
    return Mark(start, end, '<span class="sic">', SIC_CLOSE)
