"""Property: whatever characters the op-ed holds, they reach the page as text and never as markup."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guided_reading.features import check_reading, load_reading
from guided_reading.pages.site_pages import reading_pages
from quick import examples
from support import mkdocs_config

MKDOCS = mkdocs_config()


def site_markdown() -> markdown.Markdown:
    names, configs = [], {}
    for item in MKDOCS["markdown_extensions"]:
        name, config = (next(iter(item.items())) if isinstance(item, dict) else (item, {}))
        names.append(name)
        configs[name] = config or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


SPECIAL = "*_#<>[]()$\\&{}|`!~^:=+-.\"'"
word = st.text(alphabet=st.sampled_from(list("abcXYZ019") + list(SPECIAL)), min_size=1, max_size=8)
plain_line = st.lists(word, min_size=1, max_size=6).map(" ".join)
markdownish = st.sampled_from([
    "# x", "## title", "- x", "* y", "1. x", "> x", "    indented code", "| a | b |", "---", "***", "<b>bold</b>", "&amp; &copy;",
    "[link](http://x)", "![img](x.png)", "{: .cls}", "$$x$$", "<!-- c -->", "\\*not em\\*", "`code`", "--8<-- 'file.md'",
])
line = st.one_of(plain_line, markdownish, st.tuples(markdownish, plain_line).map(" ".join))
paragraph = st.lists(line, min_size=1, max_size=3)


def expected_text(lines: list[str]) -> str:
    return re.sub(r"[ \t]+", " ", " ".join(line.strip() for line in lines)).strip()


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(heading=plain_line, paragraphs=st.lists(paragraph, min_size=1, max_size=4))
def test_source_characters_render_literally(tmp_path_factory, heading: str, paragraphs: list[list[str]]) -> None:
    heading = heading.strip()
    texts = [expected_text(p) for p in paragraphs]
    if not heading or heading in texts or any(not t for t in texts):
        return
    folder: Path = tmp_path_factory.mktemp("seeds") / "sample"
    folder.mkdir()
    source = heading + "\n\n" + "\n\n".join("\n".join(p) for p in paragraphs) + "\n"
    (folder / "source.txt").write_text(source, encoding="utf-8")
    edition = {
        "status": "draft",
        "meta": {"title": "Sample", "author": "A. Writer", "summary": "A test."},
        "source": {"headings": [heading]},
    }
    (folder / "edition.yml").write_text(yaml.safe_dump(edition), encoding="utf-8")
    ctx = check_reading(load_reading(folder))
    md = site_markdown()
    for page in reading_pages(ctx):
        html = md.reset().convert(page.markdown.split("---\n", 2)[2])
        soup = BeautifulSoup(html, "html.parser")
        for permalink in soup.select("a.headerlink"):
            permalink.decompose()
        paras = soup.select("p.oped-para")
        if page.path.endswith("full-text.md"):
            assert len(paras) == len(texts)
            heads = soup.select(".oped-heading")
            assert [h.get_text() for h in heads] == [heading]
            assert [c.name for c in heads[0].find_all(True)] == []
        for para, text in zip(paras, texts, strict=False):
            assert {(e.name, tuple(e.get("class", []))) for e in para.find_all(True)} <= {("a", ("para-num",)), ("span", ("sentence",))}
            para.select_one("a.para-num").decompose()
            assert para.get_text().strip() == text
    shutil.rmtree(folder.parent)
