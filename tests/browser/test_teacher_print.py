"""The student handout and the worksheet printed to A4 PDF in Chromium, and read back with poppler."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from support import copy_project, run_cli, seed_context

pytestmark = pytest.mark.browser

READING = "human-trafficking-networks"
CTX = seed_context()
WEB_ADDRESS = "https://example.org/readings/"


def print_pdf(page: Page, url: str, path: Path) -> str:
    page.goto(url)
    page.emulate_media(media="print")
    page.pdf(path=str(path), format="A4")
    assert shutil.which("pdftotext") and shutil.which("pdfinfo"), "poppler-utils is needed: `make test` installs it"
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages_of(text: str) -> list[str]:
    """pdftotext's pages, split at its form feeds (the last one ends the document)."""
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_fill(path: Path, tmp: Path) -> list[float]:
    """How far down each printed page the ink reaches, from 0 (blank) to 1: grey pictures from pdftoppm."""
    subprocess.run(["pdftoppm", "-gray", "-r", "20", str(path), str(tmp / "p")], check=True)
    fills = []
    for picture in sorted(tmp.glob("p-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        data = picture.read_bytes()
        magic, width, height, _depth, pixels = data.split(maxsplit=4)
        assert magic == b"P5"
        width, height = int(width), int(height)
        inked = [row for row in range(height) if min(pixels[row * width : (row + 1) * width]) < 160]
        fills.append((inked[-1] + 1) / height if inked else 0.0)
    return fills


# A printed page that holds only a heading or a few lines: the ink stops in its top fifth, or it has almost no words.
NEAR_EMPTY_FILL = 0.25
NEAR_EMPTY_WORDS = 15


def near_empty(text: str, fills: list[float]) -> list[int]:
    words = [len(page.split()) for page in pages_of(text)]
    assert len(words) == len(fills)
    return [n for n, (w, f) in enumerate(zip(words, fills, strict=True), start=1) if f < NEAR_EMPTY_FILL or w < NEAR_EMPTY_WORDS]


def assert_note_whole_and_in_order(page_text: str, first_words: str, then: str) -> None:
    """The content note prints on one page, its title first, then the note, then what follows it."""
    body = flat(page_text)
    assert "· Get help" not in body, "the screen's link, which paper cannot follow, is printed"
    title, note, after = body.index("Content note"), body.index(first_words), body.index(then)
    assert title < note < after, (title, note, after)


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_student_copy(text: str, pages: int) -> None:
    assert 1 <= pages <= 4, f"the student copy prints to {pages} A4 pages"
    body = flat(text)
    for paragraph in CTX.doc.paragraphs:  # each paragraph starts a line with its number
        assert re.search(rf"^\s*¶\s?{paragraph.number}\s", text, re.MULTILINE), paragraph.number
    for line in CTX.edition.help_lines:
        for number in re.findall(r"\d[\d -]{2,}\d", line.contact):
            assert number in body, (line.where, number)
    assert "Key vocabulary" in body and "Questions" in body
    # No answer of any kind: neither the strong-answer points, nor the completed claims, nor the quiz answers.
    for discussion in CTX.edition.discussion:
        for point in discussion.points:
            assert flat(point)[:40] not in body
    for claim in CTX.edition.teacher.claims:
        assert flat(claim.evidence)[:40] not in body
    assert "Correct answer" not in body and "strong answer" not in body


def test_student_copy_prints_to_four_pages_with_help_lines_and_no_answers(page: Page, site_root: str, tmp_path: Path) -> None:
    pdf = tmp_path / "handout.pdf"
    text = print_pdf(page, f"{site_root}/{READING}/handout.html", pdf)
    assert_student_copy(text, page_count(pdf))
    assert not page.locator("svg.qr-code").count(), "a site built for disk prints no QR code"
    assert near_empty(text, page_fill(pdf, tmp_path)) == []
    first = pages_of(text)[0]
    assert_note_whole_and_in_order(first, "This reading is about", "Help lines:")


def test_worksheet_prints_blank_grids_whole_with_no_near_empty_page(page: Page, site_root: str, tmp_path: Path) -> None:
    pdf = tmp_path / "worksheet.pdf"
    raw = print_pdf(page, f"{site_root}/{READING}/worksheet.html", pdf)
    text = flat(raw)
    for heading in ("Figure tracker", "Who does what?", "Claims and evidence", "Repair one claim"):
        assert heading in text
    assert "40.3 million" not in text and "Profits and Poverty" not in text
    assert page_count(pdf) <= 6  # the longer tasks, with the written prompts and their lines (the student copy keeps to 4)
    assert near_empty(raw, page_fill(pdf, tmp_path)) == []
    pages = pages_of(raw)
    # The content note: whole, on the first page, in order, with one line on where help is (the handout has the lines).
    assert_note_whole_and_in_order(pages[0], "This reading is about", "Get help: the help lines are printed on the handout")
    assert "1-888-373-7888" not in text
    # A table that splits repeats its header row on the next page: each header prints once, with all its rows.
    tracker = next(p for p in pages if "Figure tracker" in p)
    count = len(CTX.features["figures"])
    assert f"({count} of them" in flat(tracker)
    assert [n for n in range(1, 10) if re.search(rf"^\s*{n}\.\s*$", tracker, re.MULTILINE)] == list(range(1, count + 1))
    for header, rows in (("The op-ed's words", []), ("Tasks the author gives them", ["Governments", "Civil society"]),
                         ("The author claims", [c.claim.split()[0] for c in CTX.edition.teacher.claims])):
        holding = [p for p in pages if header in p]
        assert len(holding) == 1, f"the table headed {header!r} splits across pages"
        assert all(row in holding[0] for row in rows)
    # The written task, its text and its lines on one page.
    task = next(p for p in pages if "Repair one claim" in p)
    assert "about the people affected" in task


@pytest.fixture(scope="module")
def web_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The site built for the web (SITE_URL set), so that the handout carries QR codes."""
    root = copy_project(tmp_path_factory.mktemp("web"))
    before = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = WEB_ADDRESS
    try:
        result = run_cli(root, "build")
    finally:
        if before is None:
            del os.environ["SITE_URL"]
        else:
            os.environ["SITE_URL"] = before
    assert result.returncode == 0, result.stderr
    yield root / "site"


def test_web_build_prints_a_qr_code_for_each_part_and_still_fits(page: Page, web_site: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "handout.pdf"
    text = print_pdf(page, f"{web_site.as_uri()}/{READING}/handout.html", pdf)
    assert_student_copy(text, page_count(pdf))
    codes = page.locator("svg.qr-code")
    assert codes.count() == len(CTX.parts)
    for index, part in enumerate(CTX.parts):
        assert codes.nth(index).is_visible()
        assert f"{WEB_ADDRESS}{READING}/{part.id}.html" in codes.nth(index).locator("title").text_content()
        assert codes.nth(index).bounding_box()["width"] >= 80  # about 2.4 cm: big enough for a phone to read


def test_a_part_page_prints_the_note_in_one_line_without_the_help_block(page: Page, site_root: str, tmp_path: Path) -> None:
    """The full help lines print once per reading (home and handout); a part page prints the note and its pointer."""
    text = flat(print_pdf(page, f"{site_root}/{READING}/{CTX.parts[1].id}.html", tmp_path / "part.pdf"))
    assert "Content note" in text and "help is available" in text
    assert "1-888-373-7888" not in text and "Help lines:" not in text
