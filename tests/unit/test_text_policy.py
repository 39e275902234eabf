"""The escaping policy: every editorial string is plain text or inline Markdown, and neither can become markup."""
from __future__ import annotations

import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from guided_reading.core.markup import prose_html, prose_text
from guided_reading.core.text_policy import MARKDOWN, PLAIN, TextKind, check_inline_markdown, markdown_literal
from guided_reading.features import Edition
from quick import examples
from support import EDITION, error_for, line_of, reading_with


def _string_fields(model: type[BaseModel], prefix: str = "") -> list[tuple[str, object]]:
    """Every field of the schema that holds text, with the annotation that holds it."""
    found = []

    def visit(name: str, annotation: object) -> None:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *meta = typing.get_args(annotation)
            if base is str:
                found.append((name, meta))
                return
            visit(name, base)
        elif annotation is str:
            found.append((name, []))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found.extend(_string_fields(annotation, f"{name}."))
        elif origin is not None and origin is not typing.Literal:
            for arg in typing.get_args(annotation):
                visit(name, arg)

    for field_name, info in model.model_fields.items():
        annotation = info.annotation
        if info.metadata:
            annotation = typing.Annotated[annotation, *info.metadata]
        visit(prefix + field_name, annotation)
    return found


def test_every_string_field_of_the_schema_declares_plain_or_markdown() -> None:
    fields = _string_fields(Edition)
    assert len(fields) > 40
    unmarked = [name for name, meta in fields if not any(isinstance(m, TextKind) for m in meta)]
    assert unmarked == [], f"string fields without a text kind (Plain or Prose in schema.py): {unmarked}"
    kinds = {name: next(m for m in meta if isinstance(m, TextKind)) for name, meta in fields}
    assert kinds["meta.title"] is PLAIN and kinds["glossary.short"] is PLAIN
    assert kinds["meta.summary"] is MARKDOWN and kinds["content_note"] is MARKDOWN


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("A <img src=x onerror=alert(1)> picture", "raw HTML is not allowed"),
        ("<script>alert(1)</script>", "raw HTML is not allowed"),
        ("a comment <!-- x -->", "raw HTML is not allowed"),
        ("an autolink <javascript:alert(1)>", "raw HTML is not allowed"),
        ("[click](javascript:alert(1))", "links may only go to http"),
        ("[click]( JavaScript:alert(1))", "links may only go to http"),
        ("[click](data:text/html,x)", "links may only go to http"),
        ("[click](//evil.example/x)", "links may only go to http"),
        ("[click][r]\n\n[r]: vbscript:x", "links may only go to http"),
    ],
)
def test_markdown_fields_refuse_raw_html_and_unsafe_links(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_inline_markdown(value)


@pytest.mark.parametrize("value", ["*emphasis* and **strong**", "[ILO](https://www.ilo.org/)", "[help](../help.md)", "3 < 4 and 5 > 2", "R&D"])
def test_markdown_fields_accept_ordinary_markdown(value: str) -> None:
    assert check_inline_markdown(value) == value


@pytest.mark.parametrize(
    ("key", "old", "new"),
    [
        ("meta.summary", "  summary: >-\n", "  summary: >-\n    <img src=x onerror=alert(2)>\n"),
        ("content_note", "content_note: >-\n", "content_note: >-\n  <script>alert(1)</script>\n"),
    ],
)
def test_markup_in_a_markdown_field_is_a_one_line_error(tmp_path: Path, key: str, old: str, new: str) -> None:
    assert old in EDITION
    edition = EDITION.replace(old, new, 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == key
    assert error.line == line_of(edition, new.splitlines()[0])
    assert "raw HTML is not allowed" in error.message


def test_a_javascript_link_in_a_glossary_note_is_a_one_line_error(tmp_path: Path) -> None:
    anchor = "    note: >-\n"
    at = EDITION.index(anchor, EDITION.index("\nglossary:")) + len(anchor)
    edition = EDITION[:at] + "      See [this](javascript:alert(3)).\n" + EDITION[at:]
    error = error_for(reading_with(tmp_path, edition))
    assert error.key is not None and error.key.startswith("glossary[") and error.key.endswith(".note")
    assert "links may only go to http" in error.message


def test_the_sanitizer_is_a_second_fence_behind_the_schema() -> None:
    """prose_html never lets markup through, even for text that did not pass the schema's check."""
    html = prose_html('x <img src=x onerror="alert(1)"> [a](javascript:alert(2)) <b onclick=alert(3)>b</b> <script>alert(4)</script>')
    assert "onerror" not in html and "onclick" not in html and "javascript:" not in html
    assert "<img" not in html and "<script" not in html and "<b" not in html


def test_prose_keeps_emphasis_links_and_site_pages() -> None:
    html = prose_html("*Most* of them, says the [ILO](https://www.ilo.org/) and [help](../help.md#lines).")
    assert "<em>Most</em>" in html
    assert '<a href="https://www.ilo.org/" class="external" rel="noopener">ILO</a>' in html
    assert '<a href="../help.html#lines">help</a>' in html


def test_prose_never_starts_a_block() -> None:
    for text in ("1. not a list", "# not a heading", "- not an item", "> not a quote"):
        assert prose_text(text) == text
        assert prose_html(text)[0] == "&"


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_plain_text_drafted_into_a_markdown_field_reads_back_unchanged(text: str) -> None:
    """`make reading` puts sentences of the op-ed into Markdown fields: whatever they hold, they stay text."""
    if not text.strip():
        return
    literal = markdown_literal(text)
    check_inline_markdown(literal)
    assert prose_text(literal) == " ".join(text.split())
