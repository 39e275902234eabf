"""Page assets: the quiz's stylesheet and script load only on pages with a quiz, listen.js only on
pages with Listen controls (extra.page_assets in mkdocs.yml, read by overrides/main.html)."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from support import ROOT, mkdocs_config


def assets(html: Path) -> set[str]:
    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    refs = [tag["src"] for tag in page.select("script[src]")] + [tag["href"] for tag in page.select("link[rel=stylesheet]")]
    return {ref.rsplit("/", 1)[-1] for ref in refs}


def test_each_page_loads_the_quiz_and_listen_files_only_where_it_uses_them(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    with_quiz = with_listen = 0
    for html in pages:
        text = html.read_text(encoding="utf-8")
        loaded = assets(html)
        has_quiz, has_listen = "<form class=\"quiz" in text, 'class="listen' in text
        assert ({"quiz.js", "quiz.css"} <= loaded) == has_quiz and bool({"quiz.js", "quiz.css"} & loaded) == has_quiz, html
        assert ("listen.js" in loaded) == has_listen, html
        assert {"site.css", "theme-fixes.js"} <= loaded, html
        with_quiz += has_quiz
        with_listen += has_listen
    assert with_quiz >= 2 and with_listen >= 1 and with_quiz < len(pages)
    glossary = next(site.glob("*/glossary.html"))
    assert not {"quiz.js", "quiz.css", "listen.js"} & assets(glossary)



def test_the_sites_stylesheets_arrive_as_one_file_in_their_order(site: Path) -> None:
    """scripts/mkdocs_hooks.py: every extra_css file of mkdocs.yml, whole and in order, in assets/site.css,
    which every page links once, after the theme's and the page's own; the separate files are not in the site."""
    sources = mkdocs_config()["extra_css"]
    assert len(sources) == 4
    bundle = (site / "assets" / "site.css").read_text(encoding="utf-8")
    assert bundle == "\n".join(f"/* {path} */\n" + (ROOT / "docs" / path).read_text(encoding="utf-8") for path in sources)
    for path in sources:
        assert not (site / path).exists(), path
    for html in site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        links = [tag["href"].rsplit("/", 1)[-1] for tag in page.select("link[rel=stylesheet]")]
        assert links.count("site.css") == 1 and links[-1] == "site.css", html
