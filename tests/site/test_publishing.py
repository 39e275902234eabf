"""Publishing: web metadata when an address is set, and a second engine (Zensical) building the same docs/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitetext import article, oped_sentences, source_sentences

from support import SEED, copy_project, run_cli

SITE_URL = "https://readings.example.org/"


@pytest.fixture(scope="module")
def web_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("web"))
    os.environ["SITE_URL"] = SITE_URL
    try:
        result = run_cli(root, "build")
    finally:
        del os.environ["SITE_URL"]
    assert result.returncode == 0, result.stderr
    return root / "site"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_sitemap_lists_every_page_but_the_answer_key(web_site: Path) -> None:
    sitemap = (web_site / "sitemap.xml").read_text(encoding="utf-8")
    for page in ("index.html", "help.html", "human-trafficking-networks/a-hidden-global-business.html", "human-trafficking-networks/glossary.html"):
        assert f"<loc>{SITE_URL}{page}</loc>" in sitemap
    answer_key = soup(web_site / "human-trafficking-networks" / "answer-key.html")
    assert answer_key.select_one("meta[name=robots]")["content"] == "noindex"


def test_each_page_has_its_own_description_canonical_and_social_tags(web_site: Path) -> None:
    for path in [web_site / "index.html", *sorted((web_site / "human-trafficking-networks").glob("*.html"))]:
        head = soup(path).head
        relative = path.relative_to(web_site).as_posix()
        title = head.select_one("meta[property='og:title']")["content"]
        description = head.select_one("meta[name=description]")["content"]
        assert title and description and head.select_one("meta[property='og:description']")["content"] == description
        assert head.select_one("link[rel=canonical]")["href"] == f"{SITE_URL}{relative}"
        assert head.select_one("meta[property='og:url']")["content"] == f"{SITE_URL}{relative}"
        assert head.select_one("meta[name='twitter:card']")["content"] == "summary"
        image = head.select_one("meta[property='og:image']")
        assert image is None, "a social image must exist on the site or not be announced"
    glossary = soup(web_site / "human-trafficking-networks" / "glossary.html").head
    assert glossary.select_one("meta[property='og:title']")["content"].startswith("Glossary: Human Trafficking Networks")


def test_friendly_404_and_favicon(web_site: Path) -> None:
    page = soup(web_site / "404.html")
    assert page.select_one("h1").get_text() == "Page not found"
    links = {a.get_text(): a["href"] for a in page.select("article a")}
    assert links["Go to the home page"].endswith("index.html") and links["Get help"].endswith("help.html")
    icon = page.select_one("link[rel=icon]")["href"]
    assert (web_site / icon.removeprefix(SITE_URL).lstrip("/")).is_file()


def test_without_an_address_nothing_claims_one(site: Path) -> None:
    head = soup(site / "index.html").head
    assert head.select_one("link[rel=canonical]") is None and head.select_one("meta[property='og:url']") is None


def test_zensical_builds_every_page_with_the_same_text(zensical_site: Path, site: Path) -> None:
    mkdocs_pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    zensical_pages = {p.relative_to(zensical_site).as_posix() for p in zensical_site.rglob("*.html")}
    assert mkdocs_pages <= zensical_pages
    assert oped_sentences(zensical_site / "human-trafficking-networks" / "full-text.html") == source_sentences(SEED)


def test_zensical_pages_keep_navigation_assets_and_components(zensical_site: Path) -> None:
    page = soup(zensical_site / "human-trafficking-networks" / "a-hidden-global-business.html")
    nav = {a["href"].removeprefix("./") for a in page.select("nav.md-nav--primary a[href]")}
    assert {"glossary.html", "quiz.html", "full-text.html"} <= {h.rsplit("/", 1)[-1] for h in nav}
    scripts = [s["src"] for s in page.select("script[src]")]
    assert any(s.endswith("assets/quiz.js") for s in scripts) and any("iframe-worker/shim.js" in s for s in scripts)
    assert not any(s.startswith("http") for s in scripts)
    body = article(zensical_site / "human-trafficking-networks" / "a-hidden-global-business.html")
    assert body.select("form.quiz fieldset") and body.select("a.gloss[data-short]") and body.select("details.admonition.figure")
