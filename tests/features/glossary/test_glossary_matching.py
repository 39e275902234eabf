"""Glossary matching rules: case, inflections, longest match, whole words, line breaks, first use only."""
from __future__ import annotations

from guided_reading.core.context import Annotations
from guided_reading.core.markup import Mark, paragraph_html
from guided_reading.core.segment import make_paragraph
from guided_reading.core.shared_schema import GlossaryEntry
from guided_reading.core.terms import TermMatcher
from guided_reading.features.glossary.links import make_annotator


def entry(id: str, term: str, *forms: str) -> GlossaryEntry:
    return GlossaryEntry(id=id, term=term, forms=list(forms), short=f"Short definition of {term}.")


ENTRIES = [
    entry("human-trafficking", "human trafficking", "trafficking in persons"),
    entry("trafficker", "trafficker", "traffickers", "trafficked"),
    entry("trafficking", "trafficking"),
    entry("ngo", "NGO", "Non-governmental organizations", "non-governmental organisation"),
    entry("state", "state"),
]
MATCHER = TermMatcher(ENTRIES)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.entry.id) for h in MATCHER.find(text)]


def test_case_insensitive() -> None:
    assert found("HUMAN TRAFFICKING and Human Trafficking") == [("HUMAN TRAFFICKING", "human-trafficking"), ("Human Trafficking", "human-trafficking")]


def test_aliases_and_inflections() -> None:
    assert found("Traffickers trafficked people; a trafficker.") == [
        ("Traffickers", "trafficker"), ("trafficked", "trafficker"), ("trafficker", "trafficker")]
    assert found("two non-governmental organisations? no: Non-governmental organizations") == [("Non-governmental organizations", "ngo")]


def test_longest_term_wins() -> None:
    assert found("human trafficking, then trafficking alone") == [("human trafficking", "human-trafficking"), ("trafficking", "trafficking")]


def test_whole_words_only() -> None:
    assert found("non-state actors, statement, stateless, a state.") == [("state", "state")]


def test_across_line_breaks_and_spaces() -> None:
    assert found("human\ntrafficking and trafficking  in\n persons") == [
        ("human\ntrafficking", "human-trafficking"),
        ("trafficking  in\n persons", "human-trafficking"),
    ]


def test_curly_quotes_do_not_block_matching() -> None:
    assert found("“trafficking”") == [("trafficking", "trafficking")]


def test_first_use_on_a_page_is_linked_and_later_uses_stay_plain() -> None:
    paragraphs = [make_paragraph(1, "Human trafficking grows. Human trafficking hides.", 1), make_paragraph(2, "Human trafficking again.", 3)]
    notes = Annotations()
    make_annotator(MATCHER)(None, paragraphs, "x.md", notes)  # type: ignore[arg-type]
    html = paragraph_html(paragraphs[0], notes.marks.get("p1")) + paragraph_html(paragraphs[1], notes.marks.get("p2"))
    assert html.count('class="gloss"') == 1
    assert 'href="glossary.html#human-trafficking" data-short="Short definition of human trafficking.">Human trafficking</a> grows.' in html
    assert "title=" not in html  # one box (the popover), not a tooltip as well


def test_a_term_inside_another_mark_waits_for_its_next_use() -> None:
    matcher = TermMatcher([GlossaryEntry(id="state", term="state", short="A country.", key=True)])
    paragraph = make_paragraph(1, "State one. Then state two.", 1)
    notes = Annotations()
    notes.add_mark("p1", Mark(0, 9, '<a class="figure-mark" href="#f">', "</a>"))
    make_annotator(matcher)(None, [paragraph], "x.md", notes)  # type: ignore[arg-type]
    html = paragraph_html(paragraph, notes.marks["p1"])
    assert html.count('class="gloss"') == 1 and '>state</a> two.' in html
