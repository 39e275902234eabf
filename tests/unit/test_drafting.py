"""Drafting an edition: how lines become paragraphs and items, what front matter is, which words are candidates."""
from __future__ import annotations

import pytest

from guided_reading.core.clean import split_layout
from guided_reading.drafting.candidates import candidate_terms
from guided_reading.drafting.detect import detect_shape, is_date_line, is_heading
from support import EDITION, error_for, reading_with


def kinds(text: str, layout: str = "blank-lines", lists: bool = False, labels: dict[str, str] | None = None) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in split_layout(text.split("\n"), 1, layout, lists, labels)]


def test_three_layouts_give_the_same_paragraphs() -> None:
    wrapped = "One sentence runs\nover two lines.\n\nAnother one."
    per_line = "One sentence runs over two lines.\nAnother one."
    indented = "  One sentence runs\nover two lines.\n  Another one."
    expected = [("paragraph", "One sentence runs over two lines."), ("paragraph", "Another one.")]
    assert kinds(wrapped) == kinds(per_line, "lines") == kinds(indented, "indented") == expected


def test_list_lines_are_items_and_a_wrapped_item_stays_whole() -> None:
    text = "Three things:\n1. first\n2. second, which\n   wraps\n* a bullet\n| a | b |"
    assert kinds(text, lists=True) == [
        ("paragraph", "Three things:"), ("item", "1. first"), ("item", "2. second, which wraps"), ("item", "* a bullet"), ("item", "| a | b |"),
    ]
    assert kinds(text) == [("paragraph", "Three things: 1. first 2. second, which wraps * a bullet | a | b |")]


def test_interview_labels_open_blocks_of_their_own() -> None:
    text = "Q: Why?\nA: Because.\nIt is so."
    assert kinds(text, labels={"Q:": "question", "A:": "answer"}) == [("question", "Q: Why?"), ("answer", "A: Because. It is so.")]


@pytest.mark.parametrize("line", ["March 3, 2025", "3 March 2025", "2025-03-03", "Friday, November 23, 1787", "RIVERTON, 3 March 2025",
                                  "Published: Nov. 4, 2024", "Updated 12th June 2024", "Published: 14 February 2026 · 5 min read"])
def test_a_date_line_is_a_date_and_never_a_heading(line: str) -> None:
    assert is_date_line(line) and not is_heading(line)


@pytest.mark.parametrize("line", ["# not a heading", "| a | b |", "**Bold claims**", "> a quote", "Shade is not a luxury.", "- a bullet"])
def test_markup_and_sentences_are_never_headings(line: str) -> None:
    assert not is_heading(line)


@pytest.mark.parametrize(("byline", "author"), [
    ("By Ana López", "Ana López"),
    ("Interview by Lucía Ferreira", "Lucía Ferreira"),
    ("— Jonas Whitcombe", "Jonas Whitcombe"),
    ("Jonas Whitcombe", "Jonas Whitcombe"),
    ("JONAS WHITCOMBE", "Jonas Whitcombe"),
    ("By Jonas Whitcombe | 3 March 2025", "Jonas Whitcombe"),
])
def test_bylines_in_their_common_forms(byline: str, author: str) -> None:
    text = f"A Title With Full Stops. And More.\n\n{byline}\n\n" + "This is the body of the op-ed, a paragraph long enough to read as prose. " * 2
    shape = detect_shape(text)
    assert shape.title and shape.title.value == "A Title With Full Stops. And More."
    assert shape.author and shape.author.value == author
    assert shape.body_start and shape.body_start.line == 5


def test_one_paragraph_per_line_with_a_closing_bio() -> None:
    text = "\n".join([
        "Trains Are Late. Here Is Why.", "By Mara Quist", "March 3, 2025",
        "The first paragraph says something about trains and says it at some length, as op-eds do.",
        "The second paragraph says something else about the timetable, and also at some length.",
        "Mara Quist is a signal engineer and a daily commuter.",
    ])
    shape = detect_shape(text)
    assert shape.layout == "lines" and shape.date and shape.date.value == "March 3, 2025"
    assert [b.text[:20] for b in shape.body] == ["The first paragraph ", "The second paragraph"]
    assert shape.bio and shape.bio.value.startswith("Mara Quist is") and shape.body_end and shape.body_end.line == 6


def test_candidates_leave_out_names_verb_fragments_and_everyday_words() -> None:
    paragraphs = [
        "Dmitri Halloran said the riparian buffer works. Parents cheered when riders call for a riparian buffer.",
        "Years ago the government did not understand their interests. The riparian buffer filters fertiliser.",
    ]
    terms = candidate_terms(paragraphs, names={"Dmitri Halloran"})
    assert "riparian buffer" in terms and "fertiliser" in terms
    for noise in ("dmitri", "halloran", "parents cheered", "riders call", "understand", "years ago", "government", "interests"):
        assert noise not in terms
    assert len(candidate_terms(paragraphs * 10, cap=3)) <= 3


def test_a_published_reading_with_a_to_do_or_no_author_stops(tmp_path) -> None:
    published = EDITION.replace("status: published", "status: published\ntodo:\n  - Check the date.", 1)
    assert "todo[0]" in str(error_for(reading_with(tmp_path / "a", published)))
    no_author = "\n".join(line for line in EDITION.splitlines() if not line.startswith("  author:"))
    assert "meta.author" in str(error_for(reading_with(tmp_path / "b", no_author)))
