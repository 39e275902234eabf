"""The "Where our facts come from" page on the built site, the links to it, and the glossary statements it backs."""
from __future__ import annotations

from pathlib import Path

from sitetext import article

from support import seed_context

READING = "human-trafficking-networks"
CTX = seed_context()


def _text(node) -> str:
    return " ".join(node.get_text(" ").split())


def _entry(site: Path, term_id: str) -> str:
    """The text of one glossary entry on the built page: its heading up to the next heading."""
    heading = article(site / READING / "glossary.html").select_one(f"h3#{term_id}")
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        parts.append(_text(sibling))
    return " ".join(parts)


def test_the_sources_page_lists_every_source_with_publisher_date_address_and_kind(site: Path) -> None:
    page = article(site / READING / "sources.html")
    assert page.select_one("h1").get_text(strip=True).startswith("Where our facts come from")
    entries = page.select("h3.source-entry")
    assert [h["id"] for h in entries] == [f"src-{s.id}" for k in ("primary", "secondary") for s in CTX.edition.sources if s.kind == k]
    for source in CTX.edition.sources:
        heading = page.select_one(f"h3#src-{source.id}")
        details = _text(heading.find_next_sibling("ul"))
        assert " ".join(source.title.split()) in _text(heading)
        assert f"Publisher: {' '.join(source.publisher.split())}" in details
        assert f"Date: {source.date or 'not recorded'}" in details
        assert f"Kind: {source.kind}" in details
        link = heading.find_next_sibling("ul").select_one("a.external")
        assert (link["href"] if link else None) == source.url
        assert "What rests on it:" in details
    primary = page.select_one("h2#primary").find_next_sibling("h2")
    assert primary is not None and primary["id"] == "secondary"
    assert "newspaper" in _text(page.select_one("h3#src-daily-star-2024").find_next_sibling("ul"))


def test_what_rests_on_a_source_links_to_entries_that_exist(site: Path) -> None:
    page = article(site / READING / "sources.html")
    checked = 0
    for source in CTX.edition.sources:
        for link in page.select_one(f"h3#src-{source.id}").find_next_sibling("ul").select("a:not(.external)"):
            name, _, anchor = link["href"].partition("#")
            target = article(site / READING / name)
            assert not anchor or target.select_one(f"[id='{anchor}']") is not None, link["href"]
            checked += 1
    assert checked >= len(CTX.edition.sources)
    uses = _text(page.select_one("h3#src-eu-directive-2024").find_next_sibling("ul"))
    assert "Glossary: European Union" in uses and "Further reading:" in uses and "Teacher's guide:" in uses


def test_the_teacher_guide_and_the_about_page_link_to_the_sources_page(site: Path) -> None:
    for name in ("teacher.html", "about.html"):
        assert article(site / READING / name).select("a[href='sources.html']"), name


def test_glossary_entries_name_their_sources_on_the_sources_page(site: Path) -> None:
    glossary = article(site / READING / "glossary.html")
    for entry in CTX.edition.glossary:
        links = {a["href"] for a in glossary.select("a[href^='sources.html#']")
                 if a.find_previous("h3") and a.find_previous("h3")["id"] == entry.id}
        assert links == {f"sources.html#src-{sid}" for sid in entry.sources}, entry.id


def test_the_three_corrected_statements_in_the_built_glossary(site: Path) -> None:
    slavery = _entry(site, "modern-slavery")
    assert "not defined in international law" in slavery and "not a legal one" not in slavery
    assert "Modern Slavery Act 2015" in slavery
    victim = _entry(site, "victim")
    assert '"victims"' in victim and "Survivor" in victim and "prefer" not in victim
    approximation = _entry(site, "approximation-of-legislation")
    assert "is a term from European Union law" not in approximation
    assert "we have not checked that wording" in approximation
