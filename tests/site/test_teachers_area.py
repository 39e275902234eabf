"""The teacher's area on the built site: its place in the navigation, search, help lines and sources."""
from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from sitetext import article

from support import seed_context

READING = "human-trafficking-networks"
CTX = seed_context()
TEACHER_PAGES = ["teacher.html", "answer-key.html", "hand-in.html", "assign.html", "handout.html", "worksheet.html", "lms.html"]
AREA = "teachers.html"


def sidebar(page: Path) -> BeautifulSoup:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    nav = soup.select_one(".md-sidebar--primary nav.md-nav--primary")
    assert nav is not None
    return nav


def teachers_section(page: Path) -> BeautifulSoup:
    for item in sidebar(page).select("li.md-nav__item--section"):
        label = item.find("label") or item.find(class_="md-nav__link")
        if label and label.get_text(strip=True) == "For teachers":
            return item
    raise AssertionError(f"no 'For teachers' section on {page.name}")


def test_the_students_path_does_not_pass_the_teachers_pages(site: Path) -> None:
    """The reading's sidebar lists the students' pages only; the pages for teachers have an area of their own."""
    for name in ["index.html", *(f"{p.id}.html" for p in CTX.parts), "quiz.html", "my-work.html"]:
        links = {Path(a["href"]).name for a in sidebar(site / READING / name).select("a[href]")}
        assert not links & {AREA, *TEACHER_PAGES}, (name, links & {AREA, *TEACHER_PAGES})
    # Every page of the area shows the area's own sidebar: the area first, its pages, then the authoring guide.
    for name in [AREA, *TEACHER_PAGES]:
        section = teachers_section(site / READING / name)
        names = [Path(a["href"]).name for a in section.select("a.md-nav__link[href$='.html']")]
        assert names == [AREA, *TEACHER_PAGES, "authoring.html"], (name, names)
        students = {Path(a["href"]).name for a in sidebar(site / READING / name).select("a[href]")}
        assert not students & {f"{p.id}.html" for p in CTX.parts}
    assert teachers_section(site / "authoring.html")


def test_the_teachers_area_is_linked_from_the_readings_home_and_the_sites_home(site: Path) -> None:
    home = article(site / READING / "index.html")
    assert [a["href"] for a in home.select(f"a[href='{AREA}']")], "the reading's home links to the teachers' area"
    library = article(site / "index.html")
    assert library.select(f"a[href='{READING}/{AREA}']"), "the site's home links to the teachers' area"
    assert "no lock" in library.get_text(" ")
    # The reading's home sends teachers to the area, not to the answer key or the guide directly.
    assert not home.select("a[href='answer-key.html'], a[href='teacher.html']")


def test_the_teachers_area_lists_every_page_and_says_it_is_no_lock(site: Path) -> None:
    area = article(site / READING / AREA)
    note = area.select_one(".admonition.teacher-note")
    assert note is not None and "Nothing here is a lock" in note.get_text() and "no passwords" in note.get_text()
    assert [a["href"] for a in area.select("li > a[href]")] == TEACHER_PAGES


def test_answer_key_and_authoring_guide_are_not_in_the_search_index(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert f"{READING}/teacher.html" in locations and f"{READING}/{CTX.parts[0].id}.html" in locations
    assert f"{READING}/answer-key.html" not in locations and "authoring.html" not in locations
    # Searching "smuggling" no longer turns up the authoring guide's YAML, nor a strong answer.
    hits = [doc for doc in index["docs"] if "smuggling" in doc["text"].lower()]
    assert hits and not any("edition.yml" in doc["text"] or "status: published" in doc["text"] for doc in hits)
    points = [" ".join(p.split()) for d in CTX.edition.discussion for p in d.points]
    texts = " ".join(" ".join(BeautifulSoup(doc["text"], "html.parser").get_text(" ").split()) for doc in index["docs"])
    assert not [p for p in points if p[:60] in texts]


def test_every_teachers_page_says_nothing_is_a_lock(site: Path) -> None:
    for page in [site / READING / AREA, site / READING / "teacher.html", site / READING / "answer-key.html", site / "authoring.html"]:
        note = article(page).select_one(".admonition.teacher-note")
        assert note is not None and "Nothing here is a lock" in note.get_text(), page.name


def test_strong_answers_are_in_the_answer_key_only(site: Path) -> None:
    guide = " ".join(article(site / READING / "teacher.html").get_text(" ").split())
    key = " ".join(article(site / READING / "answer-key.html").get_text(" ").split())
    assert "strong answer" not in guide.replace("What a strong answer covers is in the answer key", "")
    for discussion in CTX.edition.discussion:
        for point in discussion.points:
            start = " ".join(point.split())[:50]
            assert start not in guide and start in key, start
    for claim in CTX.edition.teacher.claims:
        evidence = " ".join(claim.evidence.split())[:50]
        assert evidence not in guide and evidence in key


def test_the_answer_key_holds_every_part_page_asks_in_its_order(site: Path) -> None:
    """Each part: its word work, its quiz and what a strong written answer covers, as the part page asks them."""
    key = article(site / READING / "answer-key.html")
    text = " ".join(key.get_text(" ").split())
    def title(h) -> str:  # the heading's words, without its "¶" permalink
        return "".join(h.find_all(string=True, recursive=False)).strip()

    parts = {title(h): h for h in key.select("h2")}
    for part in CTX.parts:
        heading = parts[part.title]
        subsections = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "h3":
                subsections.append(title(sibling))
        assert subsections == ["Word work", "Quiz", "Write about it"], (part.title, subsections)
    for exercise in CTX.features["word_work"].values():
        for placed in exercise.questions:
            word = next(c.text for c in placed.choices if c.correct)
            assert f"Answer: {'ABCDEF'[[c.text for c in placed.choices].index(word)]}. {word}" in text, word
    for prompts in CTX.features["writing"].values():
        for placed in prompts:
            assert " ".join(placed.prompt.prompt.split()) in text
            for point in placed.prompt.points:
                assert " ".join(point.split())[:50] in text, point


def test_worksheet_grids_are_blank(site: Path) -> None:
    page = article(site / READING / "worksheet.html")
    tracker = page.select_one("#figure-tracker ~ table")
    rows = tracker.select("tbody tr")
    assert len(rows) == len(CTX.features["figures"])  # one row for each number the tracker names
    assert all(cell.get_text(strip=True) == "" for row in rows for cell in row.select("td")[1:])
    claims = page.select_one("#claims-and-evidence ~ table").select("tbody tr")
    assert len(claims) == len(CTX.edition.teacher.claims)
    assert all(row.select("td")[2].get_text(strip=True) == row.select("td")[3].get_text(strip=True) == "" for row in claims)
    text = page.get_text(" ")
    assert "Profits and Poverty" not in text and "40.3 million" not in text  # no answer printed


def contact_numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d -]{2,}\d", text)


def test_help_page_and_printed_content_note_carry_every_help_line(site: Path) -> None:
    lines = CTX.edition.help_lines
    wheres = {h.where for h in lines}
    assert {"United States", "United Kingdom", "Canada", "Young people in the UK", "In immediate danger", "Anywhere else"} <= wheres
    help_page = article(site / "help.html")
    help_text = " ".join(help_page.get_text(" ").split())
    help_links = {a["href"] for a in help_page.select("a[href^='http']")}
    for line in lines:
        for number in contact_numbers(line.contact):
            assert number in help_text, (line.where, number)
        if line.url:
            assert line.url in help_links, line.url
    # The full block prints once per reading, on its home and on the handout; elsewhere one line links the help
    # page (scaffolds.css hides the line's help lines on paper), and teacher tools carry no block at all.
    for name in ("index.html", "handout.html"):
        printed = article(site / READING / name).select_one(".admonition.content-note .help-lines.print-only")
        assert printed is not None, name
        text = " ".join(printed.get_text(" ").split())
        for line in lines:
            assert all(number in text for number in contact_numbers(line.contact)), (name, line.where)
    for name in ("teacher.html", "answer-key.html", "worksheet.html"):
        assert article(site / READING / name).select_one(".help-lines") is None, name
    for name in ("index.html", "full-text.html", *(f"{part.id}.html" for part in CTX.parts)):
        assert article(site / READING / name).select_one(".content-note, .content-note-line a[href='../help.html']") is not None, name


def test_latest_profit_figure_is_cited_to_the_ilo_report(site: Path) -> None:
    page = article(site / READING / f"{CTX.parts[0].id}.html")
    note = page.select_one("#fig-yearly-profits")
    latest = next(p for p in note.select("p") if p.get_text().startswith("Latest:"))
    text = " ".join(latest.get_text(" ").split())
    assert "US$236 billion" in text
    assert re.search(r"ILO, Profits and Poverty: The Economics of Forced Labour \(2024\); reported by The Daily Star", text), text
    assert "thedailystar.net" in latest.select_one("a.external")["href"]


def test_ilo_links_use_the_english_address(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        for link in article(page).select("a[href*='ilo.org']"):
            assert "lang--en" in link["href"], (page.name, link["href"])
