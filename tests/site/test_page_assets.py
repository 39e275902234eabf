"""Page assets: the quiz's stylesheet and script load only on pages with a quiz, listen.js only on
pages with Listen controls (extra.page_assets in mkdocs.yml, read by overrides/main.html)."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


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
        assert {"reading.css", "theme-fixes.css", "theme-fixes.js"} <= loaded, html
        with_quiz += has_quiz
        with_listen += has_listen
    assert with_quiz >= 2 and with_listen >= 1 and with_quiz < len(pages)
    glossary = next(site.glob("*/glossary.html"))
    assert not {"quiz.js", "quiz.css", "listen.js"} & assets(glossary)
