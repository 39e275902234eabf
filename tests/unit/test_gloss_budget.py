"""The gloss budget: at most 4 linked words per 100, key terms first, then the rarest; no two marks side by side."""
from __future__ import annotations

from guided_reading.core.context import Annotations
from guided_reading.core.markup import paragraph_html
from guided_reading.core.schema import GlossaryEntry
from guided_reading.core.segment import make_paragraph
from guided_reading.core.terms import TermMatcher
from guided_reading.features.glossary.budget import budget_for, plan_glosses, rarity
from guided_reading.features.glossary.links import make_annotator


def entry(id: str, term: str, *forms: str, key: bool = False) -> GlossaryEntry:
    return GlossaryEntry(id=id, term=term, forms=list(forms), short=f"About {term}.", key=key)


FILLER = " ".join(["and the people of the town went on with the day"] * 5)  # 55 common words


def test_budget_is_four_per_hundred_words_and_at_least_one() -> None:
    assert budget_for(50) == 2 and budget_for(100) == 4 and budget_for(217) == 8 and budget_for(10) == 1


def test_rarity_uses_the_rarest_word_of_a_term() -> None:
    assert rarity("upheaval") < rarity("victim") < rarity("the")
    assert rarity("approximation of legislation") == rarity("approximation")


def test_key_terms_first_then_the_rarest_words_and_common_words_only_on_request() -> None:
    matcher = TermMatcher([
        entry("victim", "victim"), entry("upheaval", "upheaval"), entry("persecution", "persecution"),
        entry("non-state-actor", "non-state actor", key=True),
    ])
    text = f"A victim of upheaval and persecution meets a non-state actor. {FILLER}"  # 66 words: budget 2
    paragraph = make_paragraph(1, text, 1)
    plan = plan_glosses(matcher, [paragraph], {})
    linked = [hit.entry.id for _, hit in plan.linked]
    assert linked[0] == "non-state-actor" and len(linked) == 2
    assert linked[1] == "upheaval"  # Zipf 3.1, rarer than "persecution" (3.7) in everyday English
    assert {hit.entry.id for _, hit in plan.extra} == {"victim", "persecution"}  # left for "Explain more words"


def test_neighbouring_terms_never_render_as_two_adjacent_links() -> None:
    matcher = TermMatcher([
        entry("human-trafficking", "human trafficking", "human traffic", key=True),
        entry("mafia", "mafia", "mafias"),
    ])
    text = f"Human traffic mafias complicate things. {FILLER} Later, human trafficking is fought."
    paragraph = make_paragraph(1, text, 1)
    notes = Annotations()
    make_annotator(matcher)(None, [paragraph], "x.md", notes)  # type: ignore[arg-type]
    html = paragraph_html(paragraph, notes.marks["p1"])
    # The key term waits for a use with no other glossary word beside it, so "mafias" can be linked too.
    assert '>mafias</a>' in html and ">human trafficking</a> is fought" in html
    body = html.split('id="p1-s1">', 1)[1]
    assert "</a> <a" not in body and "</a> <span" not in body and "</span> <a" not in body


def test_a_neighbour_with_no_other_use_is_left_out_rather_than_placed_beside_a_link() -> None:
    matcher = TermMatcher([entry("a", "black market", key=True), entry("b", "racketeers", key=True)])
    paragraph = make_paragraph(1, f"The black market racketeers win. {FILLER}", 1)
    plan = plan_glosses(matcher, [paragraph], {})
    assert len(plan.linked) == 1 and not plan.extra


def test_more_key_terms_than_a_page_can_link_stops_a_published_reading(tmp_path) -> None:
    from support import EDITION, error_for, line_of, reading_with

    edition = EDITION
    # Part 2 (¶ 3-4, 164 words) has a budget of 6 links; make 7 of its words key terms.
    for term in ("mafia", "migration", "persecution", "vulnerability", "regional organisation", "ASEAN", "European Union"):
        edition = edition.replace(f"    term: {term}\n", f"    term: {term}\n    key: true\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.endswith(".key") and error.line == line_of(edition, "    term: European Union\n    key: true") + 1
    assert "'why-no-country-can-act-alone'" in error.message and "gloss budget is 6" in error.message
