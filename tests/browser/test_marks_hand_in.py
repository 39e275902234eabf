"""Marks travel in the work file and come back on My work; on Hand-in, 30 students' files become a class map
that shades each sentence by how many marked it, with the notes on demand, and prints."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from guided_reading.features.student_work.catalog import FILE_VERSION, catalog
from support import seed_context

pytestmark = [pytest.mark.browser, pytest.mark.each_origin]  # storage differs by origin: marks are tested from both

CTX = seed_context()
SLUG = CTX.slug
CAT = catalog(CTX, teacher=True)
PART = CTX.parts[0].id
KEY = f"guided-readings:v1:{SLUG}:marks"
S3 = CTX.doc.paragraphs[0].sentences[2].id  # "p1-s3": the figures' sentence
S1 = CTX.doc.paragraphs[0].sentences[0].id


def marks_file(folder: Path, n: int, marks: list[dict]) -> Path:
    data = {
        "format": "guided-readings-work", "version": FILE_VERSION, "reading": CAT["reading"],
        "work_id": f"device{n:04d}abcd", "saved": f"2026-12-0{1 + n % 5}T10:{n % 60:02d}:00.000Z",
        "student": f"Student {n:02d}", "assignment": None, "written": [], "quizzes": [], "predictions": [], "marks": marks,
    }
    path = folder / f"my-work-{n:02d}.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_marks_go_into_the_file_and_come_back_on_my_work(browser: Browser, site_root: str, tmp_path: Path) -> None:
    root = site_root
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{root}/{SLUG}/{PART}.html")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps({S3: {"kind": "disagree", "note": "No year.", "at": None}})])
    page.goto(f"{root}/{SLUG}/my-work.html")
    page.fill("#work-name", "Ana")
    with page.expect_download() as download:
        page.click(".work-save")
    saved = tmp_path / "ana.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["marks"] == [{"sentence": S3, "kind": "disagree", "note": "No year.", "at": None}]
    context.close()

    context = browser.new_context(accept_downloads=True)  # another computer: nothing kept yet
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{root}/{SLUG}/my-work.html")
    expect(page.locator(".my-marks__empty")).to_be_visible()
    page.set_input_files(".work-load", str(saved))
    expect(page.locator(".my-marks__list li")).to_have_count(1)
    expect(page.locator(".my-marks__list li")).to_contain_text("No year.")
    assert json.loads(page.evaluate(f"() => localStorage.getItem('{KEY}')"))[S3]["kind"] == "disagree"
    page.goto(f"{root}/{SLUG}/{PART}.html")
    expect(page.locator(f"#{S3} + .mark-badge")).to_have_count(1)
    context.close()
    assert errors == []


def test_a_class_map_of_thirty_files(browser: Browser, site_root: str, tmp_path: Path) -> None:
    files = []
    for n in range(30):
        marks = []
        if n < 14:
            marks.append({"sentence": S3, "kind": "disagree", "note": f"No source given ({n})" if n < 3 else "", "at": None})
        elif n < 20:
            marks.append({"sentence": S3, "kind": "question", "note": "", "at": None})
        if n % 2:
            marks.append({"sentence": S1, "kind": "important", "note": "", "at": None})
        if n == 29:  # junk in one file: dropped, the rest kept
            marks += [{"sentence": "__proto__", "kind": "important"}, {"sentence": "p1-s4", "kind": "nonsense"}]
        files.append(marks_file(tmp_path, n, marks))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_root}/{SLUG}/hand-in.html")
    section = page.locator(".class-map")
    expect(section).to_be_hidden()  # nothing to map before any file is open
    page.set_input_files(".hand-in-files", [str(f) for f in files])
    expect(section).to_be_visible()
    expect(section.locator(".class-map__text")).to_be_hidden()  # folded: Hand-in stays short until it is opened
    section.locator("summary").click()
    expect(section.locator(".class-map__summary")).to_have_text("Most marked: ¶ 1, sentence 3, by 20 of 30 students.")
    section.get_by_label("I disagree / not supported").check()
    expect(section.locator(".class-map__summary")).to_have_text("Most marked: ¶ 1, sentence 3, by 14 of 30 students (I disagree / not supported).")
    count = section.locator(f"[data-sentence='{S3}'] + .class-map__count")
    expect(count).to_have_text("14 of 30")
    assert page.get_attribute(f"[data-sentence='{S3}']", "data-level") == "2"
    notes = section.locator(f".class-map__notes[data-for='{S3}']")
    expect(notes).to_be_hidden()
    count.click()
    expect(count).to_have_attribute("aria-expanded", "true")
    expect(notes.locator("li")).to_have_count(3)
    expect(notes).to_contain_text("Student 00 (I disagree / not supported): No source given (0)")
    section.get_by_label("Important").check()
    expect(section.locator(f"[data-sentence='{S1}'] + .class-map__count")).to_contain_text("15 of 30")
    expect(page.locator(".hand-in-messages")).to_contain_text("not understood")

    # "Print the class map" prints the map alone (the class report prints on its own), notes open.
    page.evaluate("window.print = () => document.body.dataset.printed = document.body.className")
    section.locator(".class-map__print").click()
    assert "print-class-map" in page.evaluate("document.body.dataset.printed")
    page.evaluate("document.body.classList.add('print-class-map')")
    pdf = tmp_path / "map.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Class map: what students marked" in text and "15 of 30" in text and "Class report" not in text
    context.close()
    assert errors == []
