"""Sources of the site's own statements: unknown ids, uncited numbers and unlisted figure addresses stop a published reading."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guided_reading.builder.site_build import prepare
from guided_reading.features.sources.citations import stated_numbers
from support import EDITION, error_for, line_of, problems_for, reading_with, seed_context

CTX = seed_context()

GLOSSARY_SOURCES = "    sources: [unodc-trafficking-faqs, palermo-protocol]\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("adopted in 2000 and in force since 25 December 2003", ["2000", "25", "2003"]),
    ("counted 49.6 million people, about 1 in every 150 people", ["49.6 million", "1 in every 150"]),
    ("Directive 2011/36/EU, revised by Directive (EU) 2024/1712", ["2011", "36", "2024", "1712"]),
    ('the op-ed\'s "over 40 million" in ¶ 1 and "$ 150 billion" (¶1, ¶7)', []),
    ("In paragraph 7 the author writes; see paragraphs 1 and 9", []),
    ("One 50-minute lesson; a 150–200-word task; step (1) and (2); 12 minutes", []),
    ("the profits of forced labour run to hundreds of billions of US dollars a year", ["hundreds of billions"]),
    ("Smuggling always crosses a border; trafficking can happen inside one country", []),
])
def test_stated_numbers_leave_out_quotes_paragraph_references_and_timings(text: str, expected: list[str]) -> None:
    assert stated_numbers(text) == expected


def test_a_factual_note_without_a_source_stops_a_published_reading_at_its_line(tmp_path: Path) -> None:
    edition = EDITION.replace(GLOSSARY_SOURCES, "", 1)
    error = error_for(reading_with(tmp_path, edition))
    note = edition.index("  - id: human-trafficking\n")
    assert error.key == "glossary[0].note"
    assert error.line == line_of(edition[note:], "    note:") + edition[:note].count("\n")
    assert re.fullmatch(r".+/edition\.yml:\d+: glossary\[0\]\.note: states '2000' but names no source; add `sources: \[id\]` .+", str(error))


def test_a_factual_note_without_a_source_warns_in_a_draft(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace(GLOSSARY_SOURCES, "", 1)
    ctx = prepare(reading_with(tmp_path, edition))
    assert len(ctx.warnings) == 1 and "glossary[0].note: states '2000'" in ctx.warnings[0]


@pytest.mark.parametrize(("citation", "key"), [
    ("    sources: [ilo-profits-2014]\n", "figures[1].note"),
    ("    sources: [us-tip-report]\n", "further_reading[18].why"),
    ("    sources: [global-estimates-2017, global-estimates-2022]\n", "discussion[0].points[1]"),
    ("      sources: [asean-actip, eu-directive-2011, eu-directive-2024]\n", "teacher.claims[4].evidence"),
    ("    after: [asean-actip, eu-directive-2011, eu-directive-2024]\n", "teacher.after[3]"),
])
def test_each_kind_of_entry_needs_a_source_for_its_numbers(tmp_path: Path, citation: str, key: str) -> None:
    assert citation in EDITION
    edition = EDITION.replace(citation, "", 1)
    # Removing the citation may also leave a source that nothing else cites: that is reported too.
    error = next(p for p in problems_for(reading_with(tmp_path, edition)) if p.key == key)
    assert error.key == key and "but names no source" in error.message
    assert error.line is not None and str(error).startswith(f"{error.file}:{error.line}: {key}: states ")


def test_an_unknown_source_id_is_an_error_at_its_line(tmp_path: Path) -> None:
    edition = EDITION.replace("    sources: [ilo-profits-2014]\n", "    sources: [ilo-profits-2041]\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "figures[1].sources[0]"
    assert error.line == line_of(edition, "    sources: [ilo-profits-2041]")
    assert "unknown source id 'ilo-profits-2041'" in error.message and "ilo-profits-2014" in error.message


def test_an_unknown_source_id_stops_a_draft_too(tmp_path: Path) -> None:
    edition = EDITION.replace("status: published", "status: draft").replace("  sources:\n    before: [unodc-trafficking-faqs]\n",
                                                                           "  sources:\n    before: [unodc-faq]\n")
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "teacher.sources.before[0]" and error.line == line_of(edition, "    before: [unodc-faq]")


def test_a_figure_address_missing_from_the_sources_is_an_error(tmp_path: Path) -> None:
    edition = EDITION.replace("    url: http://www.alliance87.org/2017ge/modernslavery\n    kind: primary\n",
                              "    url: http://www.alliance87.org/2017ge/\n    kind: primary\n", 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "figures[0].source.url" and "is not under `sources:`" in error.message


def test_a_source_nothing_rests_on_stops_a_published_reading(tmp_path: Path) -> None:
    unused = "  - id: walk-free-index\n    title: Global Slavery Index\n    publisher: Walk Free\n    kind: primary\n"
    edition = EDITION.replace("\nsources:\n", "\nsources:\n" + unused, 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "sources[0].id" and error.line == line_of(edition, "  - id: walk-free-index")
    assert "nothing rests on source 'walk-free-index'" in error.message


def test_the_old_per_entry_link_is_refused_with_its_line(tmp_path: Path) -> None:
    edition = EDITION.replace(GLOSSARY_SOURCES, '    source: {title: "UNODC FAQs", url: "https://www.unodc.org/"}\n', 1)
    error = error_for(reading_with(tmp_path, edition))
    assert error.key == "glossary[0].source" and error.line == line_of(edition, "    source: {title")


def test_the_seed_cites_a_source_for_every_stated_number() -> None:
    assert CTX.warnings == ()
    uses = CTX.features["sources"]
    assert set(uses) == {s.id for s in CTX.edition.sources} and all(uses.values())
    kinds = {s.id: s.kind for s in CTX.edition.sources}
    assert kinds["daily-star-2024"] == "secondary" and kinds["ilo-profits-2014"] == kinds["eu-directive-2011"] == "primary"
