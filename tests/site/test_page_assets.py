"""Page assets: the quiz's stylesheet and script load only on pages with a quiz, listen.js only on
pages with Listen controls (extra.page_assets, written from the features and pages/page_assets.py)."""
from __future__ import annotations

import gzip
from pathlib import Path

from bs4 import BeautifulSoup

from compact_assets import compact
from guided_reading.builder.feature_assets import our_asset_sources
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
    """scripts/mkdocs_hooks.py: every extra_css file of mkdocs.yml, whole (compacted) and in order, at the end of the one
    stylesheet each page links after the theme's (the page's own stylesheets come first); the separate files
    are not in the site."""
    sources = mkdocs_config()["extra_css"]
    assert len(sources) >= 4
    kept = our_asset_sources(ROOT / "docs")  # a feature's file is read in its folder: a fresh clone has no copy yet
    site_wide = "".join(f"/* {path} */\n" + compact(kept[path].read_text(encoding="utf-8"), "css") + "\n" for path in sources)
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


def test_a_part_page_loads_at_most_four_files_of_ours_and_20_kb(site: Path) -> None:
    """Our own CSS and JS on a part page: at most 4 requests and 20 KB gzipped (the theme's files and the vendored
    search shim not counted; BENCHMARKS.md has the figures)."""
    html = site / PART
    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    refs = [tag.get("src") or tag.get("href") for tag in page.select("link[rel=stylesheet], script[src]")]
    ours = [ref for ref in refs if "/stylesheets/" not in ref and "/javascripts/" not in ref and "/vendor/" not in ref]
    assert len(ours) <= 4, ours
    assert sum(_gzipped(html.parent / ref) for ref in ours) <= 20_000
    # and every component's file is in them
    assert {"quiz.css", "on-page.js", "work-store.js", "quiz.js", "written.js", "reader-tools.js", "gloss-popover.js", "listen.js"} <= assets(html, site)


def test_our_own_files_arrive_compacted_and_the_themes_and_vendored_files_as_they_are(site: Path) -> None:
    """scripts/mkdocs_hooks.py compacts the stylesheets and scripts of docs/assets/ (compact_assets.py; the hand-kept
    ones and the features' own, copied there), those a page links on its own (the palette script, Hand-in's) as well
    as the bundles; it leaves the vendored files and the theme's own files alone."""
    import material

    assets = ROOT / "docs" / "assets"
    copied = {address: source for address, source in our_asset_sources(ROOT / "docs").items() if (site / address).exists()}
    assert {"assets/hand-in.js", "assets/material/scope-palette.js"} <= set(copied)
    for address, source in copied.items():
        built = (site / address).read_text(encoding="utf-8")
        assert built == compact(source.read_text(encoding="utf-8"), source.suffix[1:]), source
    vendored = [p for p in (assets / "vendor").rglob("*") if p.is_file()]
    assert vendored and all((site / "assets" / p.relative_to(assets)).read_bytes() == p.read_bytes() for p in vendored)
    theme = Path(material.__file__).parent / "templates" / "assets"
    bundles = list((theme / "javascripts").glob("bundle.*.min.js")) + list((theme / "stylesheets").glob("main.*.min.css"))
    assert len(bundles) == 2
    for original in bundles:
        assert (site / "assets" / original.relative_to(theme)).read_bytes() == original.read_bytes(), original
