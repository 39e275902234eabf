"""Cleaning and segmenting the seed: front matter out, repairs in, stable ids, nothing lost."""
from __future__ import annotations

import re

from guided_reading.core.clean import clean
from guided_reading.core.segment import build_document, split_sentences
from guided_reading.features import load_reading
from support import SEED

READING = load_reading(SEED)
DOC = build_document(READING)
BODY = " ".join(p.text for p in DOC.paragraphs)


def test_front_matter_is_left_out_and_no_contact_details_remain() -> None:
    assert not re.search(r"[\w.]+@[\w.]+", BODY), "an e-mail address reached the body"
    assert "+447342458092" not in BODY and "Elizabeth Street" not in BODY
    assert "Submit your Write-Ups" not in BODY and "www.glopri.com" not in BODY
    assert DOC.paragraphs[0].text.startswith("Human trafficking stands as the new invasion")


def test_three_sections_with_the_op_eds_headings() -> None:
    assert [s.heading for s in DOC.sections] == [
        "The Global Scope and Impact of Human Trafficking",
        "Challenges in Combating Human Trafficking: The Role of Governments and Civil Society",
        "A Collaborative Strategy for Eradicating Human Trafficking:",
    ]
    assert [len(s.paragraphs) for s in DOC.sections] == [4, 3, 2]


def test_page_break_joins_and_backslash_repair() -> None:
    assert "It has been worsened by transnational organized crime" in BODY
    assert "cooperation in investigation, and approximation" in BODY
    assert "developing a network of trafficking, corrupt governments" in BODY
    assert "grossing $ 150 billion" in BODY and "\\" not in BODY


def test_author_wording_is_otherwise_unchanged() -> None:
    """Every word of the body as received appears, in order, in the cleaned text."""
    source = READING.source
    start = source.index("Human trafficking stands as")
    headings = {s.heading for s in DOC.sections}
    words_received = [w for line in source[start:].replace("\\$", "$").splitlines() if line.strip() not in headings for w in line.split()]
    assert BODY.split() == words_received
    assert "sorterage" in BODY


def test_repair_log_lists_every_change() -> None:
    _, log = clean(READING)
    assert [r.id for r in log] == ["front-matter", "join-worsened", "join-cooperation", "join-network", "stray-backslash"]
    assert all(r.reason for r in log)
    assert not any("@" in r.what for r in log)


def test_ids_are_stable_and_numbered_across_the_op_ed() -> None:
    assert [p.id for p in DOC.paragraphs] == [f"p{n}" for n in range(1, 10)]
    first = DOC.paragraphs[0]
    assert [s.id for s in first.sentences] == [f"p1-s{k}" for k in range(1, len(first.sentences) + 1)]
    assert first.sentences[2].text.startswith("Currently, according to the International Labor Organization")


def test_sentences_cover_their_paragraph() -> None:
    for paragraph in DOC.paragraphs:
        assert " ".join(s.text for s in paragraph.sentences) == paragraph.text
        for s in paragraph.sentences:
            assert paragraph.text[s.start : s.start + len(s.text)] == s.text


def test_sentence_splitter_keeps_abbreviations_and_initials() -> None:
    text = "The U.S. and e.g. the EU act. J. Smith agreed! Did they? “Yes.” 40 million people."
    assert [s for _, s in split_sentences(text)] == [
        "The U.S. and e.g. the EU act.",
        "J. Smith agreed!",
        "Did they?",
        "“Yes.”",
        "40 million people.",
    ]
