"""The built site offers each reading's LMS files on a teachers' page, and they open as what they claim."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.dom import minidom

from bs4 import BeautifulSoup
from pygiftparser import parser as gift_parser

SLUG = "human-trafficking-networks"


def test_the_lms_page_links_to_four_files_that_open(site: Path) -> None:
    page = BeautifulSoup((site / SLUG / "lms.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in page.select("article a[href^='lms/']")]
    assert [Path(h).suffix for h in links] == [".imscc", ".zip", ".xml", ".txt"]
    questions = 0
    for href in links:
        path = site / SLUG / href
        assert path.is_file() and path.stat().st_size > 1000
        if path.suffix in (".imscc", ".zip"):
            with zipfile.ZipFile(path) as archive:
                assert archive.namelist()[0] == "imsmanifest.xml"
                assert archive.testzip() is None
        elif path.suffix == ".xml":
            doc = minidom.parse(str(path))
            questions = sum(q.getAttribute("type") == "multichoice" for q in doc.getElementsByTagName("question"))
        else:
            assert len(gift_parser.parseFile(io.StringIO(path.read_text(encoding="utf-8")))) == questions > 0


def test_the_lms_page_is_in_the_teachers_area_and_says_what_is_missing_without_an_address(site: Path) -> None:
    text = BeautifulSoup((site / SLUG / "lms.html").read_text(encoding="utf-8"), "html.parser").get_text(" ")
    assert "without a web address" in text  # the test site is built for disk, with no SITE_URL
    nav = BeautifulSoup((site / SLUG / "teacher.html").read_text(encoding="utf-8"), "html.parser")
    assert any(a.get("href", "").endswith("lms.html") for a in nav.select("nav a"))
