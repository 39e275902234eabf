"""The project's own Jinja environment: pages and sections written as templates, every value escaped.

A value reaches the output escaped for HTML (`html_text`, the same entities as the hand-written
renderers), unless a filter says what else it is: `md` for text in a Markdown context (`md_text`),
`prose` for editorial inline Markdown (`prose_html`), `url` for an address the schema checked,
`script_json` for data given to a page's scripts in <script type="application/json"> (`script_json`),
or it is already `Markup` (a section another template made). Templates live beside the renderer that
uses them (`<package>/templates/*.j2`) and are named from the package's root:
`render("features/further_reading/templates/page.md.j2", ...)`.
Material's own templates (overrides/) are not these.

Compiling a template costs more than filling it, so the compiled code is kept between runs in the project's
`.cache/templates-<key>/` (Jinja's bytecode cache: a template whose source changed is compiled again). The key
is the hash of this module and Jinja's version, so a change to the environment's settings starts a new cache.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .markup import html_text, md_text, prose_html, script_json

PACKAGE = Path(__file__).resolve().parent.parent
CACHE_ROOT = Path(os.environ.get("GUIDED_READING_CACHE", PACKAGE.parents[1] / ".cache"))


def _bytecode_cache() -> BytecodeCache | None:
    """Where compiled templates are kept; none if the folder cannot be made (a read-only copy still builds)."""
    key = hashlib.sha256(Path(__file__).read_bytes() + jinja2.__version__.encode()).hexdigest()[:16]
    folder = CACHE_ROOT / f"templates-{key}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    for old in CACHE_ROOT.glob("templates-*"):  # the caches of earlier settings
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return FileSystemBytecodeCache(str(folder))


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
        bytecode_cache=_bytecode_cache(),
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
