"""Judge first: every key figure asks a neutral question before its note opens, and no page a student meets
first gives the verdict away (the reading's home, the part pages' search entries)."""
from __future__ import annotations

from pathlib import Path

from guided_reading.features.figures.placing import LEADING
from guided_reading.pages.site_pages import reading_pages
from support import EDITION, error_for, line_of, reading_with, seed_context

CTX = seed_context()
PAGES = {p.path.rsplit("/", 1)[-1]: p.markdown for p in reading_pages(CTX)}


def test_every_key_figure_of_the_seed_is_judged_first_with_a_neutral_question() -> None:
    figures = CTX.edition.figures
    assert len(figures) == 4 and all(f.judge is not None for f in figures)
    for figure in figures:
        assert not LEADING.search(figure.judge.prompt), figure.judge.prompt
        assert not any(LEADING.search(c) for c in figure.judge.choices)
    assert CTX.edition.figures[0].judge.prompt == "What would you need to know to trust this number?"


def test_every_callout_on_a_part_page_waits_behind_its_question_and_stays_out_of_search() -> None:
    judged = 0
    for part in CTX.parts:
        page = PAGES[f"{part.id}.md"]
        for placed in CTX.features["figures"]:
            if placed.location.paragraph in part.paragraphs:
                assert f'<div class="judge-first" id="{placed.anchor}" data-search-exclude markdown>' in page
                judged += 1
        assert 'class="admonition figure" id="fig-' not in page  # no open callout on a part page
    assert judged == 4
    full = PAGES["full-text.md"]  # the full text shows every note open, but not to search
    assert full.count("open data-search-exclude markdown>") == 4


def test_the_home_page_shows_the_numbers_but_no_verdict() -> None:
    home = PAGES["index.md"]
    cards = home[home.index("## Key figures") :]
    cards = cards[: cards.index("</div>")]
    assert cards.count("**The op-ed (¶") == 4
    for verdict in ("no estimate", "matches", "Global Estimates", "Profits and Poverty", "Now:", "49", "236", "support"):
        assert verdict not in cards, verdict


def test_a_figure_without_a_question_stops_a_published_reading(tmp_path: Path) -> None:
    start = EDITION.index("    judge:\n      prompt: What would you need to know")
    end = EDITION.index("  - id: yearly-profits")
    edition = EDITION[:start] + EDITION[end:]
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "figures[0]" and "no `judge:`" in error.message
    assert error.line == line_of(edition, "  - id: people-in-modern-slavery")


def test_a_leading_question_is_refused(tmp_path: Path) -> None:
    edition = EDITION.replace(
        "      prompt: From the text alone, how far would you trust this number?",
        "      prompt: Does any source support this number?",
        1,
    )
    assert edition != EDITION
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "figures[2].judge.prompt" and "'source'" in error.message
