"""Marks on the text and reading comfort, in Chromium from file:// and http: marking, changing a note and
un-marking by mouse and by keyboard, a reload, My work's list, junk in each stored key, and axe in light and
dark with marks and each comfort setting on."""
from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_support import PALETTES, axe_page, axe_violations, describe, settle
from support import seed_context

pytestmark = [pytest.mark.browser, pytest.mark.each_origin]  # storage differs by origin: marks are tested from both

CTX = seed_context()
SLUG = CTX.slug
PART = CTX.parts[0].id
MARKS_KEY = f"guided-readings:v1:{SLUG}:marks"
COMFORT_KEY = "guided-readings:comfort:v1"
FIRST = CTX.doc.paragraphs[0].sentences[1].id  # "p1-s2"
SECOND = CTX.doc.paragraphs[1].sentences[0].id


def stored(page: Page) -> dict:
    return json.loads(page.evaluate(f"() => localStorage.getItem('{MARKS_KEY}') || '{{}}'"))


def errors_of(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


def test_mark_change_and_remove_by_mouse(page: Page, site_root: str) -> None:
    errors = errors_of(page)
    page.goto(f"{site_root}/{SLUG}/{PART}.html")
    toggle = page.locator(".reader-marks")
    expect(toggle).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    page.locator(f"#{FIRST}").click()
    editor = page.locator(".mark-editor")
    expect(editor).to_be_visible()
    page.locator(".mark-save").click()  # no kind chosen yet: nothing is kept
    expect(page.locator(".mark-editor__message")).to_have_text("Choose a kind of mark first.")
    editor.get_by_label("Question").check()
    page.locator("#mark-note").fill("Which report is this from?")
    page.locator(".mark-save").click()
    assert stored(page)[FIRST]["kind"] == "question" and stored(page)[FIRST]["note"] == "Which report is this from?"
    badge = page.locator(f"#{FIRST} + .mark-badge")
    expect(badge).to_be_focused()
    expect(page.locator(".mark-status")).to_contain_text("Marked ¶ 1, sentence 2, Question")

    page.reload()
    badge = page.locator(f"#{FIRST} + .mark-badge")
    expect(badge).to_have_attribute("aria-label", "Your mark on ¶ 1, sentence 2: Question. Note: Which report is this from?. Change it")
    badge.click()  # a mark opens from its badge, with marking off
    expect(page.locator("#mark-note")).to_have_value("Which report is this from?")
    page.locator(".mark-editor").get_by_label("I disagree / not supported").check()
    page.locator("#mark-note").fill("No year is given.")
    page.locator(".mark-save").click()
    assert stored(page)[FIRST] | {"at": None} == {"kind": "disagree", "note": "No year is given.", "at": None}
    page.locator(f"#{FIRST} + .mark-badge").click()
    page.locator(".mark-remove").click()
    assert FIRST not in stored(page)
    expect(page.locator(".mark-badge")).to_have_count(0)
    expect(page.locator(".reader-marks")).to_be_focused()  # focus never falls to the body
    assert errors == []


def test_mark_by_keyboard_and_see_it_on_my_work(page: Page, site_root: str) -> None:
    errors = errors_of(page)
    page.goto(f"{site_root}/{SLUG}/{PART}.html")
    page.locator(".reader-marks").focus()
    page.keyboard.press("Enter")
    add = page.locator(f"#{SECOND} + .mark-add")  # while marking is on, each sentence has a button after it
    expect(add).to_have_attribute("aria-label", f"Mark ¶ 2, sentence 1: {CTX.doc.paragraphs[1].sentences[0].text[:60]}")
    page.keyboard.press("Tab")
    for _ in range(80):
        if page.evaluate(f"document.activeElement === document.querySelector('#{SECOND} + .mark-add')"):
            break
        page.keyboard.press("Tab")
    expect(add).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".mark-editor input[name=mark-kind]").first).to_be_focused()
    page.keyboard.press("ArrowRight")  # the radio group: the next kind, Question, is chosen
    page.keyboard.press("Tab")
    page.keyboard.type("Is this true everywhere?")
    page.keyboard.press("Tab")
    expect(page.locator(".mark-save")).to_be_focused()
    page.keyboard.press("Enter")
    assert stored(page)[SECOND]["kind"] == "question"
    page.keyboard.press("Enter")  # the focused badge opens the mark again
    page.keyboard.press("Escape")
    expect(page.locator(".mark-editor")).to_have_count(0)
    expect(page.locator(f"#{SECOND} + .mark-badge")).to_be_focused()
    page.locator(".reader-marks").click()  # marking off: the buttons leave, the marks stay
    expect(page.locator(".mark-add")).to_have_count(0)
    expect(page.locator(".mark-badge")).to_have_count(1)

    page.goto(f"{site_root}/{SLUG}/my-work.html")
    item = page.locator(".my-marks__list li")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("Question")
    expect(item).to_contain_text("Your note: Is this true everywhere?")
    expect(item.locator("a")).to_have_attribute("href", f"full-text.html#{SECOND}")
    expect(page.locator(".my-marks__empty")).to_be_hidden()
    page.goto(f"{site_root}/{SLUG}/full-text.html")  # the mark shows wherever the sentence does
    expect(page.locator(f"#{SECOND} + .mark-badge")).to_have_count(1)
    assert errors == []


JUNK = ["null", "42", '"x"', "[]", "{not json", '{"__proto__": {"kind": "question"}}',
        '{"p1-s2": {"kind": "nonsense"}}', '{"p1-s2": {"kind": "question", "note": 5}}', '{"constructor": {"kind": "question"}}']


# Reading junk is the same script from any origin: every kind of junk from disk, a few over http.
@pytest.mark.parametrize(("site_root", "junk"), [("file", junk) for junk in JUNK] + [("http", junk) for junk in JUNK[:3]],
                         indirect=["site_root"])
def test_junk_in_each_stored_key(page: Page, site_root: str, junk: str) -> None:
    errors = errors_of(page)
    page.goto(f"{site_root}/{SLUG}/index.html")
    page.evaluate("([a, b, v]) => { localStorage.setItem(a, v); localStorage.setItem(b, v); }", [MARKS_KEY, COMFORT_KEY, junk])
    page.goto(f"{site_root}/{SLUG}/{PART}.html")
    expected = 1 if "note\": 5" in junk else 0  # a bad note is dropped, the mark kept
    expect(page.locator(".mark-badge")).to_have_count(expected)
    page.locator(".reader-marks").click()
    page.locator(f"#{FIRST}").click()
    page.locator(".mark-editor").get_by_label("Important").check()
    page.locator(".mark-save").click()
    assert stored(page)[FIRST]["kind"] == "important"
    page.locator(".reader-comfort").click()
    page.get_by_label("Larger").check()
    assert json.loads(page.evaluate(f"() => localStorage.getItem('{COMFORT_KEY}')"))["size"] == "larger"
    page.goto(f"{site_root}/{SLUG}/my-work.html")
    expect(page.locator(".my-marks__list li")).to_have_count(1)
    assert page.evaluate("document.documentElement.dataset.textSize") == "larger"
    assert errors == []


def test_comfort_settings_hold_on_every_page_and_fetch_only_the_sites_font(page: Page, site_root: str) -> None:
    fonts: list[str] = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    page.goto(f"{site_root}/{SLUG}/{PART}.html")
    button = page.locator(".reader-comfort")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    page.get_by_label("Largest").check()
    page.get_by_label("Wider").check()
    page.get_by_label("Atkinson Hyperlegible").check()
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")
    page.goto(f"{site_root}/{SLUG}/glossary.html")  # a page with no reading-help bar
    bigger = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize)")
    assert bigger > size * 1.2
    assert "Atkinson Hyperlegible" in page.evaluate("getComputedStyle(document.body).fontFamily")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Atkinson Hyperlegible\"')")
    assert fonts and all("/assets/fonts/atkinson-hyperlegible/" in url for url in fonts)
    assert page.foreign_requests == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_axe_with_marks_and_each_comfort_setting(browser: Browser, site: object, palette: str) -> None:
    root = site.as_uri()  # type: ignore[attr-defined]
    page = axe_page(browser, palette, 1280)
    page.goto(f"{root}/{SLUG}/{PART}.html")
    marks = {FIRST: {"kind": "question", "note": "why?", "at": None}, SECOND: {"kind": "disagree", "note": "", "at": None}}
    for setting in ({"size": "largest"}, {"spacing": "wider"}, {"font": "legible"}):
        page.evaluate("([k, v, c, s]) => { localStorage.setItem(k, v); localStorage.setItem(c, s); }",
                      [MARKS_KEY, json.dumps(marks), COMFORT_KEY, json.dumps(setting)])
        page.reload()
        assert page.evaluate("document.body.dataset.mdColorScheme") == PALETTES[palette]
        page.locator(".reader-marks").click()
        page.locator(f"#{FIRST}").click()  # the editor open, marking on
        page.locator(".reader-comfort").click()
        settle(page)
        violations = axe_violations(page)
        assert violations == [], (setting, describe(violations))
    page.context.close()
