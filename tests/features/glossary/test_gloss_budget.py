"""The gloss budget: at most 4 linked words per 100, key terms first, then the rarest; no two marks side by side."""
from __future__ import annotations

import re

from guided_reading.core.context import Annotations
from guided_reading.core.markup import paragraph_html
from guided_reading.core.segment import make_paragraph
from guided_reading.core.shared_schema import GlossaryEntry
from guided_reading.core.terms import TermMatcher
from guided_reading.features.glossary.budget import budget_for, plan_glosses, rarity
from guided_reading.features.glossary.links import make_annotator


def entry(id: str, term: str, *forms: str, key: bool = False) -> GlossaryEntry:
    return GlossaryEntry(id=id, term=term, forms=list(forms), short=f"About {term}.", key=key)


FILLER = " ".join(["and the people of the town went on with the day"] * 5)  # 55 common words


def test_budget_is_five_per_hundred_words_and_at_least_one() -> None:
    assert budget_for(50) == 2 and budget_for(100) == 5 and budget_for(217) == 10 and budget_for(10) == 1


def test_rarity_uses_the_rarest_word_of_a_term() -> None:
    assert rarity("upheaval") < rarity("victim") < rarity("the")
    assert rarity("approximation of legislation") == rarity("approximation")


def test_key_terms_first_then_the_rarest_words_and_common_words_only_on_request() -> None:
    matcher = TermMatcher([
        entry("victim", "victim"), entry("upheaval", "upheaval"), entry("persecution", "persecution"),
        entry("non-state-actor", "non-state actor", key=True),
    ])
    text = f"A victim of upheaval and persecution meets a non-state actor. {FILLER}"[:-40]  # 58 words: budget 2
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
    from support import EDITION, line_of, problems_for, reading_with

    edition = EDITION
    # Part 2 (¶ 3-4, 156 words) has a budget of 7 links and one key term; make 7 more of its words key terms.
    for term in ("mafia", "migration", "persecution", "vulnerability", "regional organisation", "ASEAN", "European Union"):
        edition = edition.replace(f"    term: {term}\n", f"    term: {term}\n    key: true\n", 1)
    # (The plain versions must now keep these key terms too: those problems are reported beside this one.)
    error = next(p for p in problems_for(reading_with(tmp_path, edition)) if p.key.endswith(".key"))
    assert error.key.endswith(".key") and error.line == line_of(edition, "    term: European Union\n    key: true") + 1
    assert "'why-no-country-can-act-alone'" in error.message and "gloss budget is 7" in error.message


def test_the_seed_glosses_the_hardest_words_and_phrases_first() -> None:
    from support import seed_context

    ctx = seed_context()
    matcher = ctx.features["glossary"]
    linked: dict[str, set[str]] = {}
    for part in ctx.parts:
        plan = plan_glosses(matcher, part.paragraphs, {})
        text = {p.id: p.text for p in part.paragraphs}
        linked[part.id] = {text[pid][hit.start : hit.end].lower() for pid, hit in plan.linked}
        assert len(plan.linked) <= budget_for(sum(len(p.text.split()) for p in part.paragraphs))
    everywhere = set().union(*linked.values())
    for hard in ("washing gains", "twist government entities", "persecution", "repercussions", "colloquial call to arms"):
        assert hard in everywhere, hard
    assert "human trafficking" not in linked["a-hidden-global-business"]  # the title's words, known to every reader


def test_phrases_a_reader_cannot_look_up_word_by_word_come_before_rare_words() -> None:
    from guided_reading.features.glossary.budget import is_phrase

    laundering = GlossaryEntry(id="m", term="money laundering", forms=["washing gains"], short='Cleaning dirty money. The op-ed calls this "washing gains".')
    arms = GlossaryEntry(id="c", term="call to arms", short="An urgent appeal; here it is used figuratively.")
    assert is_phrase(laundering.short, "washing gains") and is_phrase(arms.short, "call to arms")
    assert not is_phrase(laundering.short, "laundering") and not is_phrase("Ordinary business.", "legal economy")
    matcher = TermMatcher([laundering, arms, entry("upheaval", "upheaval"), entry("persecution", "persecution")])
    text = f"They use washing gains, upheaval and persecution; it is a call to arms. {FILLER}"
    plan = plan_glosses(matcher, [make_paragraph(1, text, 1)], {})
    assert [hit.entry.id for _, hit in plan.linked][:2] == ["m", "c"]  # both phrases first, though "upheaval" is rarer


def test_every_page_links_each_term_once() -> None:
    from guided_reading.pages.site_pages import reading_pages
    from support import seed_context

    for page in reading_pages(seed_context()):
        links = re.findall(r'<a class="gloss" href="glossary\.html#([a-z0-9-]+)"', page.markdown)
        assert len(links) == len(set(links)), page.path


def test_definitions_read_at_grade_9_or_below_without_their_own_words() -> None:
    from guided_reading.features.glossary.definitions import MAX_DEFINITION_GRADE, definition_grade, definition_text, hard_definitions
    from support import seed_context

    entries = seed_context().edition.glossary
    assert hard_definitions(entries) == []
    assert max(definition_grade(e) for e in entries) <= MAX_DEFINITION_GRADE
    ngo = next(e for e in entries if e.id == "approximation-of-legislation")
    assert "symmetrical" not in definition_text(ngo)  # the op-ed's own words are not counted


def test_a_hard_definition_stops_a_published_reading(tmp_path) -> None:
    from support import EDITION, error_for, reading_with

    easy = "      Informal: the way people talk every day."
    hard = ("      Characterised by informality, conversational register and vernacular expressions, as distinguished\n"
            "      from institutional, bureaucratic or administrative formulations.")
    edition = EDITION.replace("      A sudden, big change that causes disorder.", hard.replace("Characterised", "A sudden, big change. Characterised"), 1)
    assert edition != EDITION and easy
    error = error_for(reading_with(tmp_path, edition))
    assert error.key.startswith("glossary[") and error.key.endswith(".short") and "expected 9 or below" in error.message
