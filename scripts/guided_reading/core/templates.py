"""The project's own Jinja environment: pages and sections written as templates, every value escaped.

A value reaches the output escaped for HTML (`html_text`, the same entities as the hand-written
renderers), unless a filter says what else it is: `md` for text in a Markdown context (`md_text`),
`prose` for editorial inline Markdown (`prose_html`), `url` for an address the schema checked,
`script_json` for data given to a page's scripts in <script type="application/json"> (`script_json`),
or it is already `Markup` (a section another template made). Templates live beside the renderer that
uses them (`<package>/templates/*.j2`) and are named from the package's root:
`render("features/further_reading/templates/page.md.j2", ...)`.
Material's own templates (overrides/) are not these.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .markup import html_text, md_text, prose_html, script_json

PACKAGE = Path(__file__).resolve().parent.parent


def _escaped(value: Any) -> Markup:
    """Every value a template writes: Markup as it is, anything else escaped as html_text escapes it."""
    return value if isinstance(value, Markup) else Markup(html_text(str(value)))


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(PACKAGE),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = lambda text: Markup(md_text(text))
    env.filters["prose"] = lambda text: Markup(prose_html(text))
    # An address as the schema let it through (core/schema.py Url: no quotes, spaces, brackets or backslashes).
    env.filters["url"] = lambda address: Markup(address)
    env.filters["script_json"] = lambda data: Markup(script_json(data))
    return env


def render(template: str, **values: Any) -> Markup:
    """The template at `template` (a path from the package's root) filled with `values`.

    The result is Markup, to hand to another template; give str() of it to code that adds strings to it
    (`text + markup` would escape `text`)."""
    return Markup(environment().get_template(template).render(**values))
