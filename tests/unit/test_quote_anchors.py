"""Discussion questions and claims point into the op-ed by quote; the pages show the quote's paragraph."""
from __future__ import annotations

from pathlib import Path

from guided_reading.features.teacher.pages import answer_key_page, worksheet_page
from support import EDITION, line_of, problems_for, reading_with, seed_context

CTX = seed_context()


def test_each_question_and_claim_shows_the_paragraphs_of_its_quotes() -> None:
    materials = CTX.features["teacher"]
    by_number = {p.number: p.text for p in CTX.doc.paragraphs}
    for question in CTX.edition.discussion:
        numbers = materials.discussion_paragraphs[question.id]
        assert len(numbers) >= 1
        for quote in question.quotes:
            assert any(" ".join(quote.split()) in " ".join(by_number[n].split()) for n in numbers)
    key = answer_key_page(CTX)
    first = CTX.edition.discussion[0]
    refs = ", ".join(f"¶ {n}" for n in materials.discussion_paragraphs[first.id])
    assert f"({refs})" in key
    sheet = worksheet_page(CTX)
    for numbers in materials.claim_paragraphs:
        assert numbers and all(1 <= n <= len(CTX.doc.paragraphs) for n in numbers)
    assert "| " + ", ".join(str(n) for n in materials.claim_paragraphs[0]) + " |" in sheet


def test_a_quote_the_op_ed_does_not_hold_is_an_error_at_its_line(tmp_path: Path) -> None:
    quote = CTX.edition.discussion[0].quotes[0]
    wrong = "a sentence the author never wrote"
    edition = EDITION.replace(f"- {quote}\n", f"- {wrong}\n", 1)
    assert edition != EDITION
    problems = problems_for(reading_with(tmp_path, edition))
    mine = [p for p in problems if p.key == "discussion[0].quotes[0]"]
    assert len(mine) == 1
    assert mine[0].line == line_of(edition, f"- {wrong}")
    assert "expected a quote from the op-ed" in mine[0].message


def test_three_unrelated_mistakes_in_three_features_come_out_together(tmp_path: Path) -> None:
    quote = CTX.edition.discussion[0].quotes[0]
    edition = EDITION.replace(f"- {quote}\n", "- not in the op-ed at all\n", 1)
    figure_quote = CTX.edition.figures[0].quote
    edition = edition.replace(f"quote: {figure_quote}", "quote: nowhere in the text", 1)
    edition = edition.replace("themes: [", "themes: [no-such-part, ", 1)
    keys = {p.key for p in problems_for(reading_with(tmp_path, edition))}
    assert "discussion[0].quotes[0]" in keys
    assert "figures[0].quote" in keys
    assert any(k and k.startswith("further_reading[") and k.endswith("themes[0]") for k in keys)
