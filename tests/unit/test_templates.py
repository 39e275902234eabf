"""The project's Jinja environment (core/templates.py): every value escaped unless it says what else it is."""
from __future__ import annotations

import pytest
from jinja2 import UndefinedError
from markupsafe import Markup

from guided_reading.core.markup import html_text, md_text, script_json
from guided_reading.core.templates import environment


def _render(source: str, **values: object) -> str:
    return environment().from_string(source).render(**values)


def test_a_value_is_escaped_as_the_hand_written_renderers_escape_it() -> None:
    hostile = "\"><script>alert(1)</script> & 'x'"
    assert _render('<p title="{{ v }}">{{ v }}</p>', v=hostile) == f'<p title="{html_text(hostile)}">{html_text(hostile)}</p>'
    assert "<script>" not in _render("{{ v }}", v=hostile)


def test_markdown_text_a_checked_address_and_markup_pass_as_they_say() -> None:
    assert _render("{{ v|md }}", v="*not emphasis* [x](y)") == md_text("*not emphasis* [x](y)")
    assert _render("{{ v|url }}", v="https://example.org/?a=1&b=2") == "https://example.org/?a=1&b=2"
    assert _render("{{ v }}", v=Markup("<em>made by a renderer</em>")) == "<em>made by a renderer</em>"


def test_data_for_a_pages_scripts_cannot_close_its_script_element() -> None:
    data = {"prompt": "</script><script>alert(1)</script> & 'x'", "ok": [1, None]}
    out = _render('<script type="application/json">{{ v|script_json }}</script>', v=data)
    assert out == f'<script type="application/json">{script_json(data)}</script>'
    assert out.count("</script") == 1


def test_a_misspelt_value_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(UndefinedError):
        _render("{{ titel }}", title="x")
