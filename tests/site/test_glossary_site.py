"""The glossary on the built site: a budget of linked words per page, the rest marked, anchors resolve."""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from sitetext import article

from guided_reading.features.glossary.budget import BUDGET_PER_100
from support import seed_context

READING = "human-trafficking-networks"
CTX = seed_context()
ENTRIES = {e.id: e for e in CTX.edition.glossary}
READING_PAGES = [f"{p.id}.html" for p in CTX.parts] + ["full-text.html"]


def test_the_seed_has_at_least_twenty_entries_with_short_definitions() -> None:
    assert len(ENTRIES) >= 20
    assert all(len(e.short.split()) <= 40 for e in ENTRIES.values())
    for required in ("human-trafficking", "modern-slavery", "forced-labour", "non-state-actor", "money-laundering", "smuggling", "ilo",
                     "asean", "european-union", "ngo", "civil-society", "corruption", "vulnerability", "reintegration",
                     "polaris-project", "international-justice-mission"):
        assert required in ENTRIES


def test_each_page_links_at_most_four_words_per_hundred_and_marks_the_rest(site: Path) -> None:
    matcher = CTX.features["glossary"]
    for name in READING_PAGES:
        body = article(site / READING / name)
        links = body.select("p.oped-para a.gloss")
        extras = body.select("p.oped-para span.gloss-extra")
        ids = [a["href"].split("#")[1] for a in links]
        extra_ids = [s["data-href"].split("#")[1] for s in extras]
        assert len(ids) == len(set(ids)) and not set(ids) & set(extra_ids), f"a term is marked twice on {name}"
        for link in links:
            assert link["href"].startswith("glossary.html#") and not link.has_attr("title")
            assert link["data-short"] == " ".join(ENTRIES[link["href"].split("#")[1]].short.split())
        words = sum(len(CTX.doc.paragraph(p["id"]).text.split()) for p in body.select("p.oped-para"))
        assert len(links) * 100 <= BUDGET_PER_100 * words, f"{name}: {len(links)} links for {words} words"
        # Every entry used in the page's paragraphs is linked or marked for "Explain more words", except a
        # word whose only use stands right beside another glossary word (it stays on the glossary page).
        paragraphs = [CTX.doc.paragraph(p["id"]) for p in body.select("p.oped-para")]
        used = {hit.entry.id for p in paragraphs for hit in matcher.find(p.text)}
        assert set(ids) | set(extra_ids) <= used and len(used - set(ids) - set(extra_ids)) <= 1, name
        key = {e.id for e in ENTRIES.values() if e.key} & used
        assert key <= set(ids), f"{name}: every key term is linked"


def test_no_two_marked_words_stand_side_by_side(site: Path) -> None:
    for name in READING_PAGES:
        html = str(article(site / READING / name))
        assert not re.search(r"</a>\s*<(a class=\"gloss|span class=\"gloss-extra)", html), name
        assert not re.search(r"</span>\s*<a class=\"gloss", html.replace('</span><span class="editorial">', "")), name


def test_terms_are_never_linked_in_headings(site: Path) -> None:
    for name in READING_PAGES:
        assert not article(site / READING / name).select("h1 a.gloss, h2 a.gloss, h3 a.gloss")


def test_every_glossary_anchor_resolves(site: Path) -> None:
    glossary = BeautifulSoup((site / READING / "glossary.html").read_text(encoding="utf-8"), "html.parser")
    anchors = {tag["id"] for tag in glossary.select("[id]")}
    assert set(ENTRIES) <= anchors
    for name in READING_PAGES:
        for link in article(site / READING / name).select("a.gloss"):
            assert link["href"].split("#")[1] in anchors


def test_glossary_page_lists_where_each_word_appears(site: Path) -> None:
    body = article(site / READING / "glossary.html")
    jumps = [a.get_text() for a in body.select(".glossary-letters a")]
    assert jumps == sorted(jumps) and "A" in jumps
    entry = body.select_one("#money-laundering")
    section = []
    for sibling in entry.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        section.append(sibling.get_text(" "))
    text = " ".join(" ".join(section).split())
    assert "Where it appears: ¶ 2" in text
