"""Any op-ed becomes a reading: `new` drafts it, `build` publishes it beside the others, nothing of the body lost."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sitetext import article

from support import ROOT, copy_project, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "opeds"
SLUGS = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The seed plus every fixture op-ed, each added with `new`, built once."""
    root = copy_project(tmp_path_factory.mktemp("library"))
    outputs = {}
    for slug in SLUGS:
        result = run_cli(root, "new", str(FIXTURES / f"{slug}.txt"), "--slug", slug)
        assert result.returncode == 0, result.stderr
        outputs[slug] = result.stdout
    build = run_cli(root, "build")
    assert build.returncode == 0, build.stderr
    outputs["build-stderr"] = build.stderr
    return root, outputs


def body_words_of_source(path: Path, edition: dict) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    start = edition.get("source", {}).get("body_starts_at")
    end = edition.get("source", {}).get("body_ends_before")
    lines = text.split("\n")
    if end:
        lines = lines[: max(i for i, line in enumerate(lines) if " ".join(line.split()) == end)]
    if start:
        lines = lines[next(i for i, line in enumerate(lines) if " ".join(line.split()) == start) :]
    return " ".join(lines).split()


def page_words(page: Path) -> list[str]:
    body = article(page)
    for added in body.select(".para-num, .editorial, .headerlink"):
        added.decompose()
    return " ".join(el.get_text(" ") for el in body.select(".oped-heading, p.oped-para")).split()


@pytest.mark.parametrize("slug", SLUGS)
def test_new_copies_the_source_byte_for_byte_and_says_what_to_do(library, slug: str) -> None:
    root, outputs = library
    assert (root / "seeds" / slug / "source.txt").read_bytes() == (FIXTURES / f"{slug}.txt").read_bytes()
    assert "status: draft" in (root / "seeds" / slug / "edition.yml").read_text(encoding="utf-8")
    assert "next, in edition.yml:" in outputs[slug] and "make site" in outputs[slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_word_of_the_body_reaches_the_full_text_page(library, slug: str) -> None:
    import yaml

    root, _ = library
    edition = yaml.safe_load((root / "seeds" / slug / "edition.yml").read_text(encoding="utf-8"))
    expected = body_words_of_source(root / "seeds" / slug / "source.txt", edition)
    assert page_words(root / "site" / slug / "full-text.html") == expected


@pytest.mark.parametrize("slug", SLUGS)
def test_draft_readings_show_a_banner_and_have_themes(library, slug: str) -> None:
    root, _ = library
    pages = sorted((root / "site" / slug).glob("*.html"))
    assert {"index.html", "full-text.html", "about.html", "handout.html"} <= {p.name for p in pages}
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one(".md-banner .draft-banner"), page
    home = article(root / "site" / slug / "index.html")
    assert len(home.select(".grid.cards:not(.figure-cards) > ul > li")) >= 1


def test_the_published_seed_has_no_banner(library) -> None:
    root, _ = library
    soup = BeautifulSoup((root / "site" / "human-trafficking-networks" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.select_one(".draft-banner") is None


def test_headings_found_in_a_headed_op_ed_make_its_parts(library) -> None:
    root, _ = library
    home = article(root / "site" / "school-start-times" / "index.html")
    titles = [a.get_text() for a in home.select(".grid.cards > ul > li a")]
    assert titles == ["1. What the research says", "2. Objections, and answers", "3. A small change, a large return"]


def test_unannotated_numbers_in_drafts_are_warnings(library) -> None:
    _, outputs = library
    assert re.search(r"warning: .*school-start-times/source\.txt:\d+: ¶ \d+: the number 'One in three'", outputs["build-stderr"])


def test_the_home_page_lists_every_reading_and_search_covers_all(library) -> None:
    root, _ = library
    home = article(root / "site" / "index.html")
    cards = home.select(".grid.cards > ul > li")
    assert len(cards) == len(SLUGS) + 1
    text = " ".join(home.get_text(" ").split())
    assert "Ana López" in text and "reading level grade" in text and "minutes" in text
    index = json.loads((root / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("/")[0] for doc in index["docs"]}
    assert set(SLUGS) | {"human-trafficking-networks"} <= locations


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"\x00\x01\x02", "binary"), (b"caf\xe9 au lait", "not UTF-8"), (b"\xff\xfe c\x00a\x00f\x00", "UTF-16")],
)
def test_unreadable_new_source_is_one_line_and_creates_nothing(tmp_path: Path, data: bytes, message: str) -> None:
    root = copy_project(tmp_path / "project")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    result = run_cli(root, "new", str(bad), "--slug", "bad-one")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not (root / "seeds" / "bad-one").exists()


# What a person reading each fixture finds: title, author, date, the note about the author, the body's shape.
EXPECTED = {
    "bike-lanes": dict(title="Paint Is Not Protection", author="Idris Thorvaldsen", date="June 12, 2024",
                       bio="Idris Thorvaldsen is a paramedic", paragraphs=5, items=0, headings=[]),
    "bus-fares": dict(title="Bus Fares Doubled. Ridership Halved. Who Is Surprised?", author="Teodora Vance", date="March 3, 2025",
                      bio="Teodora Vance is a transport researcher", paragraphs=5, items=0, headings=[]),
    "clinic-waits": dict(title="Why Does a Check-up Take Three Weeks?", author="Priya Castellanos-Moor", date="2025-03-03",
                         bio=None, paragraphs=7, items=8, headings=["What the district could do"]),
    "county-roads": dict(title="ON THE ROADS OF THIS COUNTY.", author="Agricola", date="Friday, November 23, 1787",
                         bio=None, paragraphs=6, items=0, headings=[]),
    "letter-to-riverton": dict(title=None, author="A Concerned Neighbour", date="3 March 2025", bio=None, paragraphs=6, items=0, headings=[]),
    "night-shift": dict(title='"We Are the Ones Who Keep the Lights On"', author="Marisol Ekwueme", date="12 June 2024",
                        bio=None, paragraphs=9, items=0, headings=[], questions=4),
    "river-buffer": dict(title="The River Needs Room to Breathe", author="Kwame Asante-Rollins", date="3 March 2025",
                         bio=None, paragraphs=4, items=3, headings=["References"]),
    "school-start-times": dict(title="Let Teenagers Sleep: Why School Should Start Later", author="Ana López", date="June 4, 2024",  # 5: a page-break join
                               bio=None, paragraphs=5, items=0, headings=["What the research says", "Objections, and answers",
                                                                         "A small change, a large return"]),
    "two-alphabets": dict(title="Our Pupils Dream in Two Alphabets. Our Exams Use One.", author="Farah Adeyemi-Lindqvist",
                          date="7 February 2025", bio="Farah Adeyemi-Lindqvist teaches", paragraphs=6, items=0, headings=[]),
    "urban-trees": dict(title=None, author="The Editors", date=None, bio=None, paragraphs=6, items=0, headings=[]),
}


def edition_of(root: Path, slug: str) -> dict:
    import yaml

    return yaml.safe_load((root / "seeds" / slug / "edition.yml").read_text(encoding="utf-8"))


def test_every_fixture_has_its_expectations() -> None:
    assert sorted(EXPECTED) == SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_title_author_date_and_bio_are_read_from_the_front_and_back_matter(library, slug: str) -> None:
    root, _ = library
    want, meta = EXPECTED[slug], edition_of(root, slug)["meta"]
    if want["title"]:
        assert meta["title"] == want["title"]
    assert meta.get("author") == want["author"]
    assert meta.get("published") == want["date"]
    bio = meta.get("about_the_author")
    assert (bio or "").startswith(want["bio"] or "") and bool(bio) == bool(want["bio"])
    about = article(root / "site" / slug / "about.html").get_text(" ")
    if want["bio"]:
        assert "About the author" in about and want["bio"] in " ".join(about.split())
    full = article(root / "site" / slug / "full-text.html").get_text(" ")
    assert want["bio"] is None or want["bio"] not in full, "the note about the author is not a paragraph of the body"


@pytest.mark.parametrize("slug", SLUGS)
def test_what_was_not_found_is_a_to_do_in_the_banner_never_a_made_up_value(library, slug: str) -> None:
    root, _ = library
    edition, want = edition_of(root, slug), EXPECTED[slug]
    todo = edition["todo"]
    assert any("title" in item for item in todo) == (want["title"] is None)
    assert any("date" in item for item in todo) == (want["date"] is None)
    soup = BeautifulSoup((root / "site" / slug / "full-text.html").read_text(encoding="utf-8"), "html.parser")
    banner = [" ".join(li.get_text().split()) for li in soup.select(".md-banner .draft-todo li")]
    assert banner == todo
    for page in (root / "site" / slug).glob("*.html"):
        assert "Unknown author" not in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", SLUGS)
def test_the_draft_says_where_each_guess_comes_from(library, slug: str) -> None:
    root, _ = library
    text = (root / "seeds" / slug / "edition.yml").read_text(encoding="utf-8")
    assert "# How the text was read:" in text and "#   layout: " in text
    want = EXPECTED[slug]
    if want["title"]:
        assert re.search(r"# title: line \d+, ", text)
    assert re.search(r"# author: line \d+, ", text)
    if want["date"]:
        assert re.search(r"# date: line \d+, ", text)


def body_starts_with_heading(root: Path, slug: str) -> bool:
    source = edition_of(root, slug).get("source", {})
    return source.get("body_starts_at") in source.get("headings", [])


DATE_NAME = re.compile(r"(january|february|march|april|may|june|july|august|september|october|november|december|\d{4})")


@pytest.mark.parametrize("slug", SLUGS)
def test_pages_are_named_after_headings_only_never_a_date_or_a_stray_line(library, slug: str) -> None:
    root, _ = library
    from guided_reading.core.themes import slugify

    names = {p.stem for p in (root / "site" / slug).glob("*.html")}
    standard = {"index", "full-text", "about", "handout", "glossary", "quiz", "answer-key", "teacher", "teachers", "further-reading", "worksheet"}
    parts = names - standard
    headings = EXPECTED[slug]["headings"]
    # The paragraphs before the first heading, if any, make a part of their own, "Part 1".
    opening = {"part-1"} if headings and not body_starts_with_heading(root, slug) else set()
    assert parts == ({slugify(h) for h in headings} | opening if headings else {"the-text"})
    assert not any(DATE_NAME.search(name) for name in parts)
    body = article(root / "site" / slug / "full-text.html")
    assert [" ".join(h.get_text().split()).rstrip("¶ ") for h in body.select(".oped-heading")] == headings


@pytest.mark.parametrize("slug", SLUGS)
def test_one_paragraph_per_paragraph_and_list_items_as_items(library, slug: str) -> None:
    root, _ = library
    want = EXPECTED[slug]
    body = article(root / "site" / slug / "full-text.html")
    items = body.select("ul.oped-list > li > p.oped-para.oped-item")
    assert len(items) == want["items"]
    assert len(body.select("p.oped-para")) == want["paragraphs"] + want["items"]
    assert [p["id"] for p in body.select("p.oped-para")] == [f"p{n}" for n in range(1, want["paragraphs"] + want["items"] + 1)]
    assert len(body.select("p.oped-question")) == want.get("questions", 0)
    assert len(body.select("p.oped-answer")) == want.get("questions", 0)


def test_a_table_and_markdown_looking_lines_stay_text(library) -> None:
    root, _ = library
    body = article(root / "site" / "clinic-waits" / "full-text.html")
    assert not body.select("table, blockquote, strong:not(.md-banner strong)") or not body.select("table")
    texts = [" ".join(p.get_text(" ").split()) for p in body.select("p.oped-para")]
    assert any(t.endswith("# What the figures say") for t in texts)
    assert any("| Old Harbour | 1 | 26 |" in t for t in texts)
    assert any("**Three steps** would make" in t for t in texts)
    assert any("> None of this is expensive." in t for t in texts)


def test_the_seeds_own_drafting_finds_its_front_matter_headings_and_repairs() -> None:
    """Drafting the published seed's text again finds what its editors decided by hand."""
    import yaml

    from guided_reading.core.load import read_source
    from guided_reading.drafting.draft import draft_edition

    seed = ROOT / "seeds" / "human-trafficking-networks"
    drafted = yaml.safe_load(draft_edition(read_source(seed / "source.txt"), "seed")[0])
    edited = yaml.safe_load((seed / "edition.yml").read_text(encoding="utf-8"))
    assert drafted["meta"]["title"] == edited["meta"]["title"] and drafted["meta"]["author"] == edited["meta"]["author"]
    assert drafted["source"]["body_starts_at"] == edited["source"]["body_starts_at"]
    assert drafted["source"]["headings"] == edited["source"]["headings"]
    assert [(r["before"], r["after"]) for r in drafted["repairs"] if r["kind"] == "join"] == [
        (r["before"], r["after"]) for r in edited["repairs"] if r["kind"] == "join"
    ] or len([r for r in drafted["repairs"] if r["kind"] == "join"]) == 3


def test_a_page_lists_only_its_own_reading_in_tabs_and_navigation(library) -> None:
    """overrides/partials/nav.html and tabs.html: other readings are reached through Home, so a page does not grow with the library."""
    root, _ = library
    site = root / "site"
    readings = sorted(p.parent.name for p in site.glob("*/full-text.html"))
    assert len(readings) > 3
    for slug in readings:
        page = BeautifulSoup((site / slug / "full-text.html").read_text(encoding="utf-8"), "html.parser")
        links = [a["href"] for a in page.select("nav.md-tabs a[href], nav.md-nav--primary a[href]")]
        elsewhere = {href.split("/")[-2] for href in links if href.startswith("../") and href.count("/") == 2}
        assert elsewhere == set(), f"{slug}: links to {elsewhere}"
        assert any(href == "../index.html" for href in links), f"{slug}: no link to the library"
        assert page.select_one("nav.md-tabs .md-tabs__item--active a")
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not [a for a in home.select("nav.md-tabs a[href], nav.md-nav--primary a[href]") if a["href"].split("/")[0] in readings]
    assert all(home.select(f".md-content a[href='{slug}/index.html']") for slug in readings)
