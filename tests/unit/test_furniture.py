"""Editorial furniture in a drafted edition: what is recognised, what stays the author's, and how a left-out line comes back."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from guided_reading.core.clean import Block
from guided_reading.core.segment import build_document
from guided_reading.drafting.detect import detect_shape
from guided_reading.drafting.draft import draft_edition
from guided_reading.drafting.furniture import furniture_kind, inline_dateline, repeats
from guided_reading.features import load_reading
from support import EDITION, ROOT, error_for, reading_with, write_edition

FIXTURES = ROOT / "tests" / "fixtures" / "opeds" / "furniture"
EXPECTED = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
NAMES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize(("line", "kind"), [
    ("Editor's note: This essay is part of our series on the valley.", "editor's note"),
    ("Editors’ Note: The views are the writer's own.", "editor's note"),
    ("Sign up for our Opinion newsletter: the week's best arguments, every Friday.", "newsletter line"),
    ("Get the best of our Opinion pages in your inbox. Subscribe now.", "newsletter line"),
    ("Share this article", "share line"),
    ("Share on Facebook | Share on X | Email this article", "share line"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Listen to this article · 4 min", "audio or reading-time line"),
    ("5 min read", "audio or reading-time line"),
    ("Read more: Parents ask council for a lollipop warden", "link to another article"),
    ("Related: Why our roads are built for lorries, not children", "link to another article"),
    ("More from Opinion", "link to another article"),
    ("Photo: Plot holders share seedlings in April. (Leila Haddad for the Courier)", "photo caption or credit"),
    ("Photograph: Leila Haddad", "photo caption or credit"),
    ("Plot holders share seedlings in April. (Photo: Leila Haddad)", "photo caption or credit"),
    ("Home › Opinion › Environment", "breadcrumbs"),
    ("News / Opinion / Columnists", "breadcrumbs"),
    ("Correction: An earlier version of this article gave the wrong day for the vote.", "correction notice"),
    ("An earlier version of this article misspelt the name of the school.", "correction notice"),
    ("Correction, Feb. 16, 2026: An earlier version of this article misnamed the lock.", "correction notice"),
    ("This article was amended on 3 March 2025 to correct the name of the lock.", "correction notice"),
    ("Translated from the Spanish by Chloé Abara", "translator's credit"),
    ("Translation by Chloé Abara", "translator's credit"),
    ("12 comments", "comments line"),
    ("OPINION", "section label"),
    ("Opinion | Transport", "section label"),
    ("Topics: transport, islands", "topic tags"),
    ("Follow Halvard on X: @halvardwrites", "social media line"),
    ("Image 1 of 3", "photo caption or credit"),
    ("Volunteers at the lock gates. (AP Photo/Sam Ortiz)", "photo caption or credit"),
    ("Advertisement - Scroll to continue", "advertisement"),
    ("Sponsored by the Riverton Fund", "advertisement"),
    ("Skip to main content", "page navigation"),
    ("This article is more than 2 years old", "age notice"),
    ("The views expressed in this article are the author's own.", "editor's note"),
])
def test_each_kind_of_furniture_is_recognised(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Related research shows that children who walk to school arrive more alert.",
    "More buses would not fix this on their own.",
    "Read more widely than the council's report, and a different picture appears.",
    "I subscribe to the view that a library is a public room.",
    "Share the road, the council says, but it builds roads for lorries.",
    "Update the plans before the builders start.",
    "The photo on the council's leaflet shows a park that does not exist.",
    "| Eastbank | 2 | 21 |",
    "Trains Are Late. Here Is Why.",
    "Opinion polls show the council is losing support.",
    "Letters from parents filled the council's inbox for a month.",
    "Advertising for the new flats promised a lit path to the station.",
    "The views of the residents were never asked for.",
    "Menu prices at the station café have doubled.",
])
def test_the_authors_own_sentences_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_pull_quote_goes_and_its_sentence_stays_in_its_paragraph() -> None:
    paragraph = Block("We measured the heat. A street without trees is a street people leave. Shops close early.", 9)
    quote = Block("“A street without trees is a street people leave.”", 5)
    other = Block("Trees are cheap next to the roads we build, and they last for fifty years.", 7)
    found = repeats([quote, other, paragraph])
    assert [(r.block.line, r.kept.line, r.kind) for r in found] == [(5, 9, "pull quote")]


def test_a_paragraph_pasted_twice_keeps_its_first_copy_and_a_refrain_stays() -> None:
    first = Block("The council should act before the winter, not after it.", 3)
    again = Block("The council should act before the winter, not after it.", 11)
    refrain_a = Block("We can do better. The buses are full by seven in the morning.", 5)
    refrain_b = Block("We can do better. The trains are empty by nine in the evening.", 7)
    found = repeats([first, refrain_a, refrain_b, again])
    assert [(r.block.line, r.kept.line, r.kind) for r in found] == [(11, 3, "repeated paragraph")]


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("SKERRAY ISLAND — Twice a day the ferry leaves.", "SKERRAY ISLAND — "),
    ("LOWMERE, England – The marsh floods.", "LOWMERE, England – "),
    ("NEW YORK -- The city woke up.", "NEW YORK -- "),
    ("I — and I am not alone — want the ferry back.", None),
    ("The council — every one of them — voted no.", None),
])
def test_a_news_dateline_opening_a_paragraph(paragraph: str, dateline: str | None) -> None:
    assert inline_dateline(paragraph) == dateline


def test_an_advertisement_inside_a_wrapped_paragraph_goes_and_the_paragraph_is_joined_again(tmp_path: Path) -> None:
    text = "\n".join([
        "Mend the Bridge", "", "By Ana Kovač", "", "March 3, 2025", "",
        "The footbridge over the canal has been closed since the storm in January, and the", "",
        "ADVERTISEMENT", "",
        "detour adds twenty minutes to every walk to school. The council says it has no money.", "",
        "It found money for a new car park last year. It can find it for the bridge.",
    ])
    folder = tmp_path / "seeds" / "bridge"
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text(text, encoding="utf-8")
    write_edition(folder, draft_edition(text, "bridge")[0])
    assert paragraphs(folder) == [
        "The footbridge over the canal has been closed since the storm in January, and the detour adds twenty minutes to every "
        "walk to school. The council says it has no money.",
        "It found money for a new car park last year. It can find it for the bridge.",
    ]


def test_a_sentence_the_author_repeats_stays_in_both_paragraphs_and_is_named(tmp_path: Path) -> None:
    refrain = "We cannot wait for another winter like the last one."
    text = "\n".join([
        "Heat the Halls", "", "By Ana Kovač", "", "March 3, 2025", "",
        f"The village hall was too cold to use for most of January. {refrain}", "",
        f"The parish council has the money to insulate the roof this summer. {refrain}",
    ])
    drafted_text, _ = draft_edition(text, "halls")
    data = yaml.safe_load(drafted_text)
    assert any(item.startswith("Check the sentence at lines 7 and 9") for item in data["todo"])
    assert "each copy is kept" in drafted_text and not data["repairs"]


def omit(paragraph: str, keep_first: bool = False) -> str:
    entry = f"\n  - id: left-out\n    kind: omit\n    paragraph: {paragraph!r}\n" + ("    keep_first: true\n" if keep_first else "")
    return EDITION.replace("repairs:\n", "repairs:" + entry + "    reason: A line of the page, not of the op-ed.\n", 1)


def test_an_omit_repair_that_matches_no_whole_paragraph_names_its_key(tmp_path: Path) -> None:
    assert "repairs:" in EDITION
    folder = reading_with(tmp_path, omit("Sign up for our newsletter"))
    message = str(error_for(folder))
    assert "repairs[0].paragraph" in message and "found 0" in message


def untouched(folder: Path) -> list:
    """The seed's paragraphs that stand on one line of source.txt, as received (no repair changes them)."""
    lines = {" ".join(line.split()) for line in (folder / "source.txt").read_text(encoding="utf-8").split("\n")}
    return [p for p in build_document(load_reading(folder)).paragraphs if p.text in lines]


def test_keep_first_needs_a_second_copy(tmp_path: Path) -> None:
    first = untouched(reading_with(tmp_path / "a", EDITION))[0].text
    message = str(error_for(reading_with(tmp_path / "b", omit(first, keep_first=True))))
    assert "at least two copies" in message and "found 1" in message


def test_an_omit_repair_leaves_out_its_paragraph_and_is_listed_on_about(tmp_path: Path) -> None:
    before = build_document(load_reading(reading_with(tmp_path / "a", EDITION)))
    second = untouched(tmp_path / "a" / "seeds" / "sample")[1]
    after = build_document(load_reading(reading_with(tmp_path / "b", omit(second.text))))
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs if p.text != second.text]
    record = next(r for r in after.repairs if r.id == "left-out")
    assert record.kind == "left out" and f"line {second.line}" in record.what


# "#   line 11, pull quote; …: “…”; to keep it, delete repairs entry left-out-1"
LISTED = re.compile(r"^#   line (\d+), ([^:]+?)(?:;[^:]*)?: “.*”; to keep it, (.+)$", re.MULTILINE)


def drafted(tmp_path: Path, name: str) -> tuple[Path, str]:
    folder = tmp_path / "seeds" / name
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / f"{name}.txt", folder / "source.txt")
    text = draft_edition((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name)[0]
    write_edition(folder, text)
    return folder, text


def paragraphs(folder: Path) -> list[str]:
    return [p.text for p in build_document(load_reading(folder)).paragraphs]


def restore(data: dict, how: str) -> None:
    """Make the one edit the draft names."""
    source = data.setdefault("source", {})
    if match := re.fullmatch(r"delete repairs entry (\S+)", how):
        data["repairs"] = [r for r in data["repairs"] if r["id"] != match.group(1)]
    elif match := re.fullmatch(r"set source\.(body_starts_at|body_ends_before) to “(.*)”(?: \(.*\))?", how):
        source[match.group(1)] = match.group(2)
    elif re.fullmatch(r"delete source\.body_ends_before(?: \(.*\))?", how):
        del source["body_ends_before"]
    else:
        raise AssertionError(f"not an edit the draft documents: {how}")


def test_every_fixture_has_its_expectations() -> None:
    assert sorted(EXPECTED) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_the_draft_leaves_each_piece_of_furniture_out_and_names_its_kind(tmp_path: Path, name: str) -> None:
    folder, text = drafted(tmp_path, name)
    want = EXPECTED[name]
    lines = (folder / "source.txt").read_text(encoding="utf-8").split("\n")
    body = paragraphs(folder)
    for kind, opening in want["furniture"]:
        numbers = [n for n, line in enumerate(lines, start=1) if line.startswith(opening)]
        number = numbers[-1]  # of a paragraph pasted twice, the second copy goes
        copies = 1 if kind == "repeated paragraph" else 0
        assert sum(opening in p for p in body) == copies, f"{opening!r} is in the body {sum(opening in p for p in body)} times"
        assert re.search(rf"^#   line {number}, {re.escape(kind)}\b", text, re.MULTILINE), f"line {number} not listed as a {kind}"
    listed = {int(n) for n, _, _ in LISTED.findall(text)}
    assert len(listed) == len(want["furniture"]), "only the planted furniture is left out"
    data = yaml.safe_load(text)
    assert {key: data["meta"].get(key) for key in want["meta"]} == want["meta"]
    assert data.get("source", {}).get("headings", []) == want.get("headings", [])
    notes = data["meta"].get("publisher_notes", [])
    assert len(notes) == len(want.get("about", [])) and all(any(n.startswith(a) for n in notes) for a in want.get("about", []))


@pytest.mark.parametrize("name", NAMES)
def test_every_line_left_out_is_listed_with_a_to_do_and_comes_back_with_one_edit(tmp_path: Path, name: str) -> None:
    folder, text = drafted(tmp_path, name)
    data = yaml.safe_load(text)
    source_lines = (folder / "source.txt").read_text(encoding="utf-8").split("\n")
    listed = LISTED.findall(text)
    body = paragraphs(folder)
    for line, _kind, how in listed:
        moved = " ".join(source_lines[int(line) - 1].split())
        assert any(re.match(rf"Confirm that lines? (?:[\d, ]+ and )?{line}\b", item) for item in data["todo"]), line
        edited = yaml.safe_load(text)
        restore(edited, how)
        write_edition(folder, yaml.safe_dump(edited, allow_unicode=True, sort_keys=False))
        assert paragraphs(folder).count(moved) == body.count(moved) + 1, f"line {line} did not come back with: {how}"
        write_edition(folder, text)
    # Nothing is left out without a word: every non-blank line is in the body, used as metadata, or listed.
    meta = data["meta"]
    used = [meta["title"], meta.get("author"), meta.get("published"), meta.get("about_the_author"), *data.get("source", {}).get("headings", [])]
    numbers = {int(n) for n, _, _ in listed}
    joined = " ".join(body)
    for number, raw in enumerate(source_lines, start=1):
        line = " ".join(raw.split())
        if line and line not in joined and number not in numbers:
            assert any(u and (u in line or line in u) for u in used), f"line {number} left out without a word: {line}"


def test_the_list_of_lines_left_out_names_no_contact_detail() -> None:
    """The seed's front matter holds e-mail addresses and a phone number: the draft names those lines by number."""
    text = draft_edition((ROOT / "seeds" / "human-trafficking-networks" / "source.txt").read_text(encoding="utf-8-sig"), "seed")[0]
    assert "set source.body_starts_at to the whole of line 29" in text
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w|\+?\d{9,}", text)


def test_a_section_name_above_the_body_is_furniture_and_inside_it_a_heading() -> None:
    body = "The council's report counts the cars on the bridge and nothing else, and so it misses most of the people who cross it."
    text = "\n".join(["OPINION", "", "Count the People", "", "By Ana Kovač", "", body, "", "Analysis", "", body.replace("cars", "vans")])
    shape = detect_shape(text)
    assert [(line, what) for line, _, what in shape.front][0] == (1, "section label")
    assert [b.text for b in shape.headings] == ["Analysis"] and not shape.left_out


def test_publisher_notes_reach_about_as_text_only(tmp_path: Path) -> None:
    from guided_reading.builder.site_build import prepare
    from guided_reading.pages.reading_pages import about_page

    note = 'Correction: <script>alert(1)</script> [x](javascript:alert(2)) *not emphasis*'
    edition = EDITION.replace("meta:\n", f"meta:\n  publisher_notes:\n    - {note!r}\n", 1)
    page = about_page(prepare(reading_with(tmp_path, edition)))
    section = page[page.index("## Printed with the op-ed") :].split("## ", 2)[1]
    assert "Correction&#58;" in section  # every markup character as an entity: shown, never read as markup
    assert "<script>" not in section and "](javascript:" not in section and " *not emphasis*" not in section


def test_a_pull_quote_signed_with_the_authors_name_goes_with_its_signature() -> None:
    first = "Every summer the heat in the estates climbs a few degrees above the rest of the city, and the reason is plain."
    second = "We have measured what happens when shade disappears. A street without trees is a street people leave. The shops close."
    text = "\n".join(["Shade", "", "By Oluwaseun Brightwater", "", "June 18, 2025", "", first, "",
                     '"A street without trees is a street people leave."', "", "— Oluwaseun Brightwater", "", second])
    shape = detect_shape(text)
    assert [b.text for b in shape.body] == [first, second]
    assert [(b.line, what) for b, what, _ in shape.left_out] == [(9, "pull quote"), (11, "pull quote's attribution")]
