"""The project's Jinja environment (core/templates.py): every value escaped unless it says what else it is."""
from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, UndefinedError
from markupsafe import Markup

from guided_reading.core import templates
from guided_reading.core.markup import html_text, md_text, script_json
from guided_reading.core.templates import environment, render


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


def test_compiled_templates_are_kept_for_the_next_run_and_compiled_again_when_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    (package / "t").mkdir(parents=True)
    (package / "t" / "one.md.j2").write_text("Hello {{ name }}.\n", encoding="utf-8")
    monkeypatch.setattr(templates, "PACKAGE", package)
    monkeypatch.setattr(templates, "CACHE_ROOT", tmp_path / "cache")
    (tmp_path / "cache" / "templates-old").mkdir(parents=True)  # a cache of earlier settings
    environment.cache_clear()
    try:
        assert str(render("t/one.md.j2", name="<b>")) == "Hello &lt;b&gt;.\n"
        (folder,) = (tmp_path / "cache").iterdir()  # the old cache is gone
        assert folder.name.startswith("templates-") and folder.name != "templates-old" and list(folder.iterdir())
        environment.cache_clear()  # as a new run: the template comes compiled from the cache
        with monkeypatch.context() as no_compiler:
            no_compiler.setattr(Environment, "compile", lambda *a, **k: pytest.fail("compiled again"))
            assert str(render("t/one.md.j2", name="you")) == "Hello you.\n"
        (package / "t" / "one.md.j2").write_text("Goodbye {{ name }}.\n", encoding="utf-8")
        environment.cache_clear()
        assert str(render("t/one.md.j2", name="you")) == "Goodbye you.\n"
    finally:
        environment.cache_clear()
