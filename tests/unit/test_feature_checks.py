"""Editorial checks of figures, glossary and quizzes: each mistake is one line naming file:line and key."""
from __future__ import annotations

import re
from pathlib import Path

from guided_reading.builder.site_build import prepare
from guided_reading.pages.site_pages import reading_pages
from support import EDITION, SEED, error_for, line_of, reading_with, write_edition

SOURCE = (SEED / "source.txt").read_bytes()
# The number goes inside ¶ 4, so that the paragraph keeps the opening words its plain version is found by.
EXTRA_NUMBER = SOURCE.replace(b"Law enforcement agencies need skills", b"Law enforcement agencies need skills from some 12,000 officers")


def test_unannotated_number_stops_a_published_reading(tmp_path: Path) -> None:
    error = error_for(reading_with(tmp_path, EDITION, source=EXTRA_NUMBER))
    line = EXTRA_NUMBER[: EXTRA_NUMBER.index(b"some 12,000")].count(b"\n") + 1
    expected = r"the number '12,000' has no entry under `figures:` \(edition\.yml or figures\.yml\); add one with its source"
    assert re.fullmatch(rf".+/source\.txt:{line}: ¶ 4: {expected}", str(error))


def test_unannotated_number_warns_in_a_draft_and_pages_carry_the_banner(tmp_path: Path) -> None:
    folder = reading_with(tmp_path, EDITION.replace("status: published", "status: draft"), source=EXTRA_NUMBER)
    ctx = prepare(folder)
    assert len(ctx.warnings) == 1 and "'12,000'" in ctx.warnings[0] and "¶ 4" in ctx.warnings[0]
    assert all(page.markdown.startswith("---\ndraft: true\n") for page in reading_pages(ctx) if page.data is None)


def test_figure_quote_not_in_the_text(tmp_path: Path) -> None:
    edition = EDITION.replace("quote: billions of shady dollars", "quote: billions of dollars")
    error = error_for(reading_with(tmp_path, edition))
    assert (error.key, error.line) == ("figures[3].quote", line_of(edition, "quote: billions of dollars"))
    assert "'billions-of-dollars'" in error.message


def test_quiz_evidence_not_in_the_text(tmp_path: Path) -> None:
    edition = EDITION.replace("evidence: use the opportunity to exploit individuals, weaken their countries, and spread organized crime",
                              "evidence: use the opportunity to exploit people, weaken their countries", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.a-hidden-global-business[0].evidence"
    assert "'scope-what-networks-do'" in error.message and error.line == line_of(edition, "evidence: use the opportunity to exploit people")


def test_single_answer_question_with_two_correct_choices(tmp_path: Path) -> None:
    edition = EDITION.replace("    - text: Make the migration problem harder and put the stability of regions to the test\n",
                              "    - text: Make the migration problem harder and put the stability of regions to the test\n      correct: true\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.a-hidden-global-business[0].choices" and "exactly one correct choice, got 2" in error.message


def test_question_with_one_choice(tmp_path: Path) -> None:
    start = EDITION.index("    choices:\n") + len("    choices:\n")
    end = EDITION.index("    explanation:", start)
    edition = EDITION[:start] + "    - text: Only choice\n      correct: true\n" + EDITION[end:]
    error = error_for(reading_with(tmp_path, edition))
    assert "expected 2 to 6 choices, got 1" in error.message


def test_duplicate_question_id_across_quizzes(tmp_path: Path) -> None:
    first = re.search(r"  a-hidden-global-business:\n  - id: (\S+)", EDITION).group(1)
    second = re.search(r"  why-no-country-can-act-alone:\n  - id: (\S+)", EDITION).group(1)
    edition = EDITION.replace(f"  - id: {second}\n", f"  - id: {first}\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.why-no-country-can-act-alone[0].id" and "duplicate question id" in error.message


def test_quiz_for_an_unknown_theme(tmp_path: Path) -> None:
    edition = EDITION.replace("  a-hidden-global-business:\n  - id:", "  a-hidden-business:\n  - id:", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "quizzes.a-hidden-business" and "expected a theme id" in error.message


def test_glossary_entry_that_never_occurs(tmp_path: Path) -> None:
    edition = EDITION.replace("    term: culprit\n    forms: [culprits]", "    term: perpetrator\n    forms: [perpetrators]")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.startswith("glossary[") and error.key.endswith("].term")
    assert "glossary entry 'culprit'" in error.message and "occurs in the op-ed" in error.message


def test_glossary_form_claimed_by_two_entries(tmp_path: Path) -> None:
    edition = EDITION.replace("    forms: [culprits]", "    forms: [culprits, smugglers]")
    error = error_for(reading_with(tmp_path, edition))
    assert "'smugglers' is already claimed by glossary entry 'smuggling'" in error.message
    assert error.line == line_of(edition, "    forms: [culprits, smugglers]")


def test_glossary_definition_over_forty_words(tmp_path: Path) -> None:
    long = " ".join(["word"] * 41)
    edition = re.sub(r"(  - id: culprit\n    term: culprit\n    forms: \[culprits\]\n    short: )>-\n(      .+\n)+", rf"\g<1>{long}\n", EDITION)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.endswith(".short") and "at most 40 words, got 41" in error.message


def test_make_check_reports_without_building(tmp_path: Path) -> None:
    from support import copy_project
    from support import run_cli_here as run_cli

    root = copy_project(tmp_path / "project")
    (root / "seeds" / "human-trafficking-networks" / "source.txt").write_bytes(EXTRA_NUMBER)
    published = run_cli(root, "check")
    assert published.returncode == 1 and "¶ 4: the number '12,000'" in published.stderr
    write_edition(root / "seeds" / "human-trafficking-networks", EDITION.replace("status: published", "status: draft"))
    draft = run_cli(root, "check")
    assert draft.returncode == 0 and "warning: " in draft.stderr and "1 warning(s)" in draft.stdout
    assert not (root / "site").exists()
