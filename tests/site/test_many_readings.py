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
    lines = text.split("\n")
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


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"\x00\x01\x02", "binary"), (b"\xff\xfe caf\xe9", "not UTF-8")])
def test_unreadable_new_source_is_one_line_and_creates_nothing(tmp_path: Path, data: bytes, message: str) -> None:
    root = copy_project(tmp_path / "project")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    result = run_cli(root, "new", str(bad), "--slug", "bad-one")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not (root / "seeds" / "bad-one").exists()
