"""Page assets: the quiz's stylesheet and script load only on pages with a quiz, listen.js only on
pages with Listen controls (extra.page_assets in mkdocs.yml, read by overrides/main.html)."""
from __future__ import annotations

import gzip
from pathlib import Path

from bs4 import BeautifulSoup

from mkdocs_hooks import compact
from support import ROOT, loaded_files, mkdocs_config

PART = "human-trafficking-networks/a-hidden-global-business.html"


def assets(html: Path, site: Path) -> set[str]:
    """The names of the files a page loads, the files of the ones the hook built counted one by one."""
    return set(loaded_files(html, site))


def test_each_page_loads_the_quiz_and_listen_files_only_where_it_uses_them(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    with_quiz = with_listen = 0
    for html in pages:
        text = html.read_text(encoding="utf-8")
        loaded = assets(html, site)
        has_quiz, has_listen = "<form class=\"quiz" in text, 'class="listen' in text
        assert ({"quiz.js", "quiz.css"} <= loaded) == has_quiz and bool({"quiz.js", "quiz.css"} & loaded) == has_quiz, html
        assert ("listen.js" in loaded) == has_listen, html
        assert {"reading.css", "student-work.css", "theme-fixes.js"} <= loaded, html
        with_quiz += has_quiz
        with_listen += has_listen
    assert with_quiz >= 2 and with_listen >= 1 and with_quiz < len(pages)
    glossary = next(site.glob("*/glossary.html"))
    assert not {"quiz.js", "quiz.css", "listen.js"} & assets(glossary, site)



def test_the_sites_stylesheets_arrive_in_each_pages_one_stylesheet_in_their_order(site: Path) -> None:
    """scripts/mkdocs_hooks.py: every extra_css file of mkdocs.yml, whole (without comments and indentation) and in order, at the end of the one
    stylesheet each page links after the theme's (the page's own stylesheets come first); the separate files
    are not in the site."""
    sources = mkdocs_config()["extra_css"]
    assert len(sources) >= 4
    site_wide = "".join(f"/* {path} */\n" + compact((ROOT / "docs" / path).read_text(encoding="utf-8"), "css") + "\n" for path in sources)
    for path in sources:
        assert not (site / path).exists(), path
    for html in site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        links = [tag["href"] for tag in page.select("link[rel=stylesheet]")]
        ours = [link for link in links if link.rsplit("/", 1)[-1].startswith("built-")]
        assert len(ours) == 1 and links[-1] == ours[0], html
        bundle = (site / ours[0].lstrip("/") if ours[0].startswith("/") else html.parent / ours[0]).read_text(encoding="utf-8")
        assert bundle.endswith(site_wide), html


def _gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def test_a_part_page_loads_at_most_four_files_of_ours_and_22_kb(site: Path) -> None:
    """Our own CSS and JS on a part page: at most 4 requests and 22 KB gzipped (the theme's files and the vendored
    search shim not counted). The budget was 20 KB before marks on the text, reading comfort and first-try
    recording reached the part pages (29.3 KB with them); the work file's code (work-file.js), the marks'
    list and class map (marks-report.js) and the Hand-in styles (student-files.css) now load only on the pages
    that use them, which brings it to 21.5 KB (BENCHMARKS.md)."""
    html = site / PART
    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    refs = [tag.get("src") or tag.get("href") for tag in page.select("link[rel=stylesheet], script[src]")]
    ours = [ref for ref in refs if "/stylesheets/" not in ref and "/javascripts/" not in ref and "/vendor/" not in ref]
    assert len(ours) <= 4, ours
    assert sum(_gzipped(html.parent / ref) for ref in ours) <= 22_000
    # and every component's file is in them
    assert {"quiz.css", "on-page.js", "work-store.js", "quiz.js", "written.js", "reader-tools.js", "gloss-popover.js", "listen.js"} <= assets(html, site)
