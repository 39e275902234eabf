"""Op-eds pasted with their page furniture: `make reading` then `make site`, and the built reading holds the op-ed only.

Each fixture in tests/fixtures/opeds/furniture/ plants one kind of furniture (expected.yml says which, and on
which line); two more are shapes that drafted well before (two authors with a translator's credit and a dateline;
capital-letter subheads with a "Key takeaways" list) and must keep doing so.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from sitetext import article, oped_sentences

from guided_reading.core.segment import split_sentences
from guided_reading.drafting.furniture import furniture_kind
from support import ROOT, copy_project, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "opeds" / "furniture"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with no reading but the fixtures, each added with `make reading`, built once."""
    root = copy_project(tmp_path_factory.mktemp("furniture"), seeds={})
    for name in NAMES:
        result = run_cli(root, "new", str(FIXTURES / f"{name}.txt"), "--slug", name)
        assert result.returncode == 0, result.stderr
    build = run_cli(root, "build")
    assert build.returncode == 0, build.stderr
    return root


def kept_sentences(name: str) -> list[str]:
    """The op-ed's sentences as a reader finds them in the fixture: from the body's first line, without the
    planted furniture and the headings. Every fixture has one paragraph or item per line."""
    want = EXPECTED[name]
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").split("\n")[want["body_starts"] - 1 :]
    planted = [opening for kind, opening in want["furniture"] if not kind.startswith("dateline")]  # left out whole
    datelines = [opening for kind, opening in want["furniture"] if kind.startswith("dateline")]
    pasted = [opening for kind, opening in want["furniture"] if kind == "repeated paragraph"]
    out = []
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        for opening in datelines:  # a dateline leaves the rest of its paragraph in the body
            text = text.removeprefix(opening).strip()
        if any(text.startswith(p) for p in pasted) and text not in [" ".join(x.split()) for x in lines[:index]]:
            out += [sentence for _, sentence in split_sentences(text)]  # the first copy of a paragraph pasted twice stays
            continue
        if text and not any(text.startswith(p) for p in planted) and text not in want.get("headings", []):
            out += [sentence for _, sentence in split_sentences(text)]
    return out


@pytest.mark.parametrize("name", NAMES)
def test_every_kept_sentence_reaches_the_full_text_once_and_in_order(project: Path, name: str) -> None:
    on_site = oped_sentences(project / "site" / name / "full-text.html")
    assert on_site == kept_sentences(name)
    assert max(Counter(on_site).values()) == 1


@pytest.mark.parametrize("name", NAMES)
def test_no_body_paragraph_holds_furniture(project: Path, name: str) -> None:
    body = article(project / "site" / name / "full-text.html")
    texts = [" ".join(p.get_text(" ").split()) for p in body.select("p.oped-para")]
    assert texts
    headings = [" ".join(h.get_text().split()).rstrip("¶ ") for h in body.select(".oped-heading")]
    assert headings == EXPECTED[name].get("headings", []), "a line of furniture read as a heading"
    for text in texts:
        assert furniture_kind(text.removeprefix("¶").strip()) is None, text
        # (of a paragraph pasted twice the first copy stays: the test above finds each sentence once)
        assert not any(opening in text for kind, opening in EXPECTED[name]["furniture"] if kind != "repeated paragraph"), text


@pytest.mark.parametrize("name", NAMES)
def test_the_parts_together_are_the_full_text(project: Path, name: str) -> None:
    site = project / "site" / name
    home = article(site / "index.html")
    parts = [a["href"] for a in home.select(".grid.cards:not(.figure-cards) > ul > li a[href]")]
    together = [s for href in parts for s in oped_sentences(site / href)]
    assert together == oped_sentences(site / "full-text.html")


@pytest.mark.parametrize("name", NAMES)
def test_about_shows_what_the_publisher_printed_for_the_record(project: Path, name: str) -> None:
    about = article(project / "site" / name / "about.html")
    heading = next((h for h in about.select("h2") if h.get_text(strip=True).startswith("Printed with the op-ed")), None)
    wanted = EXPECTED[name].get("about", [])
    if not wanted:
        assert heading is None
        return
    assert heading is not None
    items = [" ".join(li.get_text(" ").split()) for li in heading.find_next("ul").select("li")]
    assert len(items) == len(wanted) and all(any(item.startswith(w) for item in items) for w in wanted)


@pytest.mark.parametrize("name", NAMES)
def test_what_was_left_out_inside_the_body_is_listed_on_about(project: Path, name: str) -> None:
    about = " ".join(article(project / "site" / name / "about.html").get_text(" ").split())
    edition = yaml.safe_load((project / "seeds" / name / "edition.yml").read_text(encoding="utf-8"))
    for repair in edition["repairs"]:
        if repair["kind"] == "omit":
            assert f"Left out “{repair['paragraph'].strip('“”')[:40]}" in about


def test_headings_and_a_key_takeaways_list_still_draft_well(project: Path) -> None:
    body = article(project / "site" / "key-takeaways" / "full-text.html")
    headings = [" ".join(h.get_text().split()).rstrip("¶ ") for h in body.select(".oped-heading")]
    assert headings == EXPECTED["key-takeaways"]["headings"]
    assert len(body.select("ul.oped-list > li > p.oped-para.oped-item")) == EXPECTED["key-takeaways"]["items"]


def test_two_authors_a_translator_and_a_dateline_still_draft_well(project: Path) -> None:
    about = " ".join(article(project / "site" / "translator" / "about.html").get_text(" ").split())
    assert "Author: Marta Villanueva and Jonas Eberhardt" in about and "Date of publication: 9 April 2025" in about
    full = " ".join(article(project / "site" / "translator" / "full-text.html").get_text(" ").split())
    assert "SAN ISIDRO" not in full and "Translated from" not in full
