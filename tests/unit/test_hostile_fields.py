"""A property test: hostile text in any editorial field never becomes markup in the generated pages.

Hypothesis writes attack strings into one field of the seed's edition at a time (plain-text fields get
raw HTML and Markdown tricks, Markdown fields get what their check lets through); the pages are
generated in memory and turned into HTML with the site's own Markdown extensions. The browser test
in tests/browser/test_security.py builds a whole hostile site and opens every page in Chromium.
"""
from __future__ import annotations

import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guided_reading.builder.site_build import prepare
from guided_reading.core.errors import ReadingError
from guided_reading.core.fields import free_text
from guided_reading.core.schema import Edition
from guided_reading.core.text_policy import MARKDOWN
from guided_reading.pages.site_pages import site_pages
from quick import examples
from support import EDITION, SEED

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "[x](javascript:alert(4))",
    "{: onclick=\"alert(5)\" }",
    "<iframe srcdoc='<script>alert(6)</script>'>",
    "*[x]: <b onmouseover=alert(7)>",
    "</textarea></title></script><script>alert(8)</script>",
    "&lt;script&gt;alert(9)&lt;/script&gt;",
    "![x](https://example.org/x.png)",
    "<!-- --><a href=javascript:alert(10)>x</a>",
]
PROSE_ATTACKS = [
    "&lt;img src=x onerror=alert(11)&gt;",
    "[a](https://example.org/\"onmouseover=\"alert(12))",
    "**[b](https://example.org/x'onfocus='alert(13))**",
    "![x](https://example.org/x.png)",
    "5 < 6 > 4 & `<script>`",
]
ALLOWED_TAGS_WITH_TYPE = {"script": "application/json"}
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]
SEED_DATA = yaml.safe_load(EDITION)


def _paths(data: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every text of the seed's edition that an editor writes freely, as the schema marks it (core/fields.py):
    words of the op-ed, ids and addresses keep their values."""
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _paths(v, (*path, k))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _paths(v, (*path, i))]
    return [path] if isinstance(data, str) and free_text(Edition, path) else []


PATHS = _paths(SEED_DATA)


class Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}>")
            if value and value.strip().lower().startswith(("javascript:", "data:text")):
                self.bad.append(f"<{tag} {name}={value}>")
        if tag in ("script", "iframe", "img", "svg", "object", "embed"):
            given = dict(attrs)
            own_script = tag == "script" and (given.get("src") or "").startswith("../assets/")  # a page's own file
            if not own_script and given.get("type") != ALLOWED_TAGS_WITH_TYPE.get(tag, "-"):
                self.bad.append(f"<{tag}>")


def _set(data: object, path: tuple, value: str) -> object:
    head, *rest = path
    if isinstance(data, dict):
        return {k: (_set(v, tuple(rest), value) if rest else value) if k == head else v for k, v in data.items()}
    return [(_set(v, tuple(rest), value) if rest else value) if i == head else v for i, v in enumerate(data)]


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), plain=st.sampled_from(ATTACKS), prose=st.sampled_from(PROSE_ATTACKS), noise=st.text(max_size=12))
def test_hostile_text_in_any_field_never_becomes_markup(tmp_path: Path, path: tuple, plain: str, prose: str, noise: str) -> None:
    value = f"{noise} {prose}" if free_text(Edition, path) is MARKDOWN else f"{noise} {plain} {noise}"
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "hostile"
    folder.mkdir()
    shutil.copy(SEED / "source.txt", folder / "source.txt")
    data = _set(SEED_DATA, path, value)
    (folder / "edition.yml").write_text(yaml.safe_dump({**data, "status": "draft"}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        ctx = prepare(folder)
    except ReadingError as error:
        assert "\n" not in str(error)  # refused, with one line: fine
        return
    for page in site_pages([ctx]):
        _, _, body = page.markdown.partition("\n---\n")
        front = page.markdown[: len(page.markdown) - len(body)]
        assert "<" not in front.replace("<-", ""), f"{page.path}: raw markup in front matter"
        parser = Markup()
        parser.feed(markdown.markdown(body, extensions=EXTENSIONS))
        assert parser.bad == [], f"{page.path} ({'.'.join(map(str, path))}): {parser.bad}"


def test_every_kind_of_field_is_attacked() -> None:
    keys = {next(p for p in reversed(path) if isinstance(p, str)) for path in PATHS}
    assert {"title", "author", "short", "label", "prompt", "explanation", "question", "points", "note", "summary"} <= keys
    assert len(PATHS) > 200
    attacked = {tuple(p for p in path if isinstance(p, str)) for path in PATHS}
    # Fields a list of key names once left out, for sharing a name with a quote of the op-ed.
    assert {("teacher", "before"), ("teacher", "after"), ("teacher", "claims", "evidence"), ("figures", "latest", "text")} <= attacked


@pytest.mark.parametrize("attack", ATTACKS)
def test_each_attack_in_the_title_stays_text(tmp_path: Path, attack: str) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    shutil.copy(SEED / "source.txt", folder / "source.txt")
    data = _set(SEED_DATA, ("meta", "title"), f"Why {attack} matters")
    (folder / "edition.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pages = site_pages([prepare(folder)])
    home = next(p for p in pages if p.path == "hostile/index.md")
    front = home.markdown.split("\n---\n")[0]
    assert "<" not in front
    parser = Markup()
    parser.feed(markdown.markdown(home.markdown.split("\n---\n", 1)[1], extensions=EXTENSIONS))
    assert parser.bad == []
