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


def test_worksheet_prints_blank_grids(page: Page, site_root: str, tmp_path: Path) -> None:
    pdf = tmp_path / "worksheet.pdf"
    text = flat(print_pdf(page, f"{site_root}/{READING}/worksheet.html", pdf))
    for heading in ("Figure tracker", "Who does what?", "Claims and evidence", "Repair one claim"):
        assert heading in text
    assert "40.3 million" not in text and "Profits and Poverty" not in text
    assert page_count(pdf) <= 6  # the longer tasks, with the written prompts and their lines (the student copy keeps to 4)


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
