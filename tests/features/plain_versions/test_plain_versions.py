"""Plain versions: found by opening words, grade 8 or below, at most 75 % of the paragraph, keeping the words asked about."""
from __future__ import annotations

from pathlib import Path

from guided_reading.builder.site_build import prepare
from guided_reading.features.plain_versions.versions import MAX_GRADE
from guided_reading.pages.site_pages import reading_pages
from support import EDITION, SEED, error_for, line_of, reading_with, seed_context

CTX = seed_context()
SIX = """      This merciless fight against trafficking needs passion, shared effort and steady pressure on the
      culprits."""
HARD = """      This merciless confrontation against trafficking necessitates considerable determination,
      institutional collaboration, and unrelenting pressure upon the culprits."""


def test_every_paragraph_of_the_seed_has_a_plain_version_at_grade_8_or_below() -> None:
    placed = CTX.features["plain_versions"]
    assert set(placed) == {p.id for p in CTX.doc.paragraphs} and len(placed) == 9
    for item in placed.values():
        assert item.grade <= 8.0, (item.paragraph.number, item.grade)
        assert item.words <= 0.75 * len(item.paragraph.text.split()), (item.paragraph.number, item.words)
    total = sum(len(p.text.split()) for p in CTX.doc.paragraphs)
    assert sum(item.words for item in placed.values()) <= 0.75 * total


def test_the_seed_keeps_the_authors_quantifiers() -> None:
    placed = CTX.features["plain_versions"]
    assert "most of them have links" in placed["p2"].text.lower()  # she writes "most of them have affiliations"
    assert "many of them are based in the legal economy" in placed["p5"].text.lower()
    assert "over 40 million" in placed["p1"].text and "tens, maybe hundreds of millions" in placed["p7"].text


def test_a_plain_version_above_grade_8_stops_a_published_reading(tmp_path: Path) -> None:
    edition = EDITION.replace(SIX, HARD)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "plain_versions[5].text" and error.line == line_of(edition, "  - starts_at: This merciless fight") + 1
    assert f"expected {MAX_GRADE:.0f} or below" in error.message and "¶ 6" in error.message


def test_problems_only_warn_in_a_draft(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace(SIX, HARD)
    ctx = prepare(reading_with(tmp_path, edition))
    assert len(ctx.warnings) == 1 and "plain_versions[5].text" in ctx.warnings[0]


def test_a_plain_version_longer_than_its_paragraph(tmp_path: Path) -> None:
    longer = SIX + " " + " ".join(["It is a long fight, and it is hard."] * 6)
    error = error_for(reading_with(tmp_path, EDITION.replace(SIX, longer)))
    assert error.key == "plain_versions[5].text" and "expected at most 39 (75% of the paragraph's 53)" in error.message


def test_the_seed_keeps_the_authors_meaning_where_the_old_plain_versions_shifted_it() -> None:
    text = {pid: item.text for pid, item in CTX.features["plain_versions"].items()}
    assert "exceptional" in text["p1"]
    assert "take part in creating" in text["p2"] and "economic growth" in text["p2"]
    assert "complicate the migration problem" in text["p3"] and "persecution" in text["p3"]
    assert "merciless fight" in text["p6"]  # the war wording the final quiz and the lesson analyse
    assert "economic growth" in text["p8"] and "supply chain" in text["p9"] and "call to arms" in text["p9"]


def test_a_plain_version_that_drops_a_word_the_reading_asks_about(tmp_path: Path) -> None:
    # "merciless" is quoted by the final quiz and the lesson: "hard fight" puts the war wording out of sight.
    edition = EDITION.replace("This merciless fight against trafficking needs", "This hard fight against trafficking needs")
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "plain_versions[5].text" and "drops 'merciless'" in error.message and "quotes it" in error.message


def test_a_dropped_key_term_counts_as_kept_in_any_of_its_glossary_forms(tmp_path: Path) -> None:
    # ¶ 4 says "approximation of legislation"; "approximation of laws" is one of the entry's forms.
    edition = EDITION.replace("(approximation of legislation)", "(approximation of laws)")
    assert edition != EDITION
    prepare(reading_with(tmp_path / "ok", edition))  # no error
    dropped = EDITION.replace(" (approximation of legislation)", "")
    error = error_for(reading_with(tmp_path / "bad", dropped))
    assert error.key == "plain_versions[3].text" and "approximation of legislation" in error.message


def test_a_paragraph_without_one_stops_a_published_reading_at_its_line_in_the_source(tmp_path: Path) -> None:
    start = EDITION.index("  - starts_at: This merciless fight")
    end = EDITION.index("  - starts_at: Thus, human trafficking networks")
    error = error_for(reading_with(tmp_path, EDITION[:start] + EDITION[end:]))
    source = (SEED / "source.txt").read_text(encoding="utf-8")
    assert error.file.endswith("source.txt") and error.line == line_of(source, "This merciless fight")
    assert error.key == "¶ 6" and "no plain version" in error.message


def test_opening_words_that_begin_no_paragraph(tmp_path: Path) -> None:
    edition = EDITION.replace("  - starts_at: This merciless fight", "  - starts_at: This merciful fight")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "plain_versions[5].starts_at" and error.line == line_of(edition, "This merciful fight")


def test_each_paragraph_of_a_part_page_has_its_plain_version_closed_beneath_it() -> None:
    page = next(p for p in reading_pages(CTX) if p.path.endswith("why-no-country-can-act-alone.md")).markdown
    for pid in ("p3", "p4"):
        after = page.split(f'<p class="oped-para" id="{pid}"', 1)[1].split("</p>", 1)[1].lstrip()
        assert after.startswith(f'<details class="plain-version" data-for="{pid}"><summary>In plain words')
    assert "<details class=\"plain-version\" data-for=\"p3\" open" not in page
