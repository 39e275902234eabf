"""Teacher's guide, further reading, handout and help on the built site."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sitetext import article

from guided_reading.core.context import build_text
from guided_reading.core.stats import text_stats
from guided_reading.features import load_reading
from guided_reading.features.teacher.pages import handout_questions
from support import ROOT, SEED, seed_context

READING = "human-trafficking-networks"
CTX = seed_context()


def reading_pages(site: Path) -> list[Path]:
    return sorted((site / READING).glob("*.html"))


def test_every_reading_page_has_a_content_note_linking_to_help(site: Path) -> None:
    # In full on the reading's home, its first part and the handout; elsewhere one line: "Content note · Get help".
    full = {"index.html", f"{CTX.parts[0].id}.html", "handout.html"}
    for page in reading_pages(site):
        note = article(page).select_one(".admonition.content-note" if page.name in full else ".content-note-line")
        assert note is not None, page.name
        assert note.select_one("a[href='../help.html']"), page.name
        if page.name not in full:
            assert not article(page).select_one(".admonition.content-note"), page.name
    assert "1-888-373-7888" in article(site / "help.html").get_text()


def test_teacher_pages_link_to_each_other(site: Path) -> None:
    guide = article(site / READING / "teacher.html")
    hrefs = {a["href"] for a in guide.select("a")}
    assert {"handout.html", "answer-key.html", "quiz.html", "glossary.html"} <= hrefs
    for name in [f"{p.id}.html" for p in CTX.parts] + ["quiz.html"]:
        assert not article(site / READING / name).select("a[href$='answer-key.html']"), f"{name} links to the answer key"


def test_teacher_guide_has_every_part(site: Path) -> None:
    text = " ".join(article(site / READING / "teacher.html").get_text(" ").split())
    for heading in ("Overview", "Learning objectives", "Time and reading level", "Vocabulary to pre-teach", "Before reading",
                    "During reading", "After reading", "Discussion questions", "Claims and evidence", "Lesson plans",
                    "One lesson (50 minutes)", "Two lessons (2 × 50 minutes)", "Homework"):
        assert heading in text, heading
    heading = article(site / READING / "teacher.html").select_one("h2:-soup-contains('Discussion questions')")
    assert len(heading.find_next("ol").select("li")) >= 6
    grade = f"grade {CTX.stats.grade:.1f}"
    assert grade in text and f"{CTX.stats.words}" in text


def test_reading_level_is_computed_from_the_text(tmp_path: Path) -> None:
    reading = load_reading(SEED)
    before = build_text(reading).stats
    simpler = reading.source.replace("It means the smugglers exploit", "It is bad. We must act. It means the smugglers exploit")

    after = build_text(replace(reading, source=simpler)).stats
    assert after.words == before.words + 6
    assert after.grade < before.grade
    assert text_stats(CTX.parts[0].paragraphs).words == CTX.part_stats[CTX.parts[0].id].words


def test_further_reading_grouped_by_kind_and_closing_theme_pages(site: Path) -> None:
    page = article(site / READING / "further-reading.html")
    headings = [h.get_text().strip("¶ ").strip() for h in page.select("h2")]
    assert headings[:2] and set(headings) <= {"Data and estimates", "Reports", "Laws and treaties", "Organisations", "Teaching resources"}
    assert len(page.select("li a.external")) >= 10
    for part in CTX.parts:
        closing = article(site / READING / f"{part.id}.html").select("#read-more ~ ul a.external")
        assert closing, part.id


def test_external_links_are_marked_and_carry_noopener(site: Path) -> None:
    for page in reading_pages(site) + [site / "help.html"]:
        for link in article(page).select("a[href^='http']"):
            assert "noopener" in link.get("rel", []), (page.name, link["href"])
            assert "external" in link.get("class", []), (page.name, link["href"])


def test_published_addresses_come_from_verified_facts(site: Path) -> None:
    listed = (ROOT / "tests" / "fixtures" / "verified-addresses.txt").read_text(encoding="utf-8").splitlines()
    allowed = {line.rstrip("/") for line in listed if line and not line.startswith("#")}
    pages = [*sorted(site.rglob("*.html"))]
    for page in pages:
        for link in article(page).select("a[href^='http']"):
            assert link["href"].rstrip("/") in allowed, (page.name, link["href"])


def test_handout_has_text_vocabulary_and_questions_without_answers(site: Path) -> None:
    page = article(site / READING / "handout.html")
    assert len(page.select("p.oped-para")) == len(CTX.doc.paragraphs)
    assert not page.select("a.gloss, a.figure-mark, form.quiz")
    assert len(page.select(".write-space")) == len(handout_questions(CTX)) == 3
    text = page.get_text(" ")
    assert "Key vocabulary" in text and "strong answer" not in text
