"""The site built by Zensical passes the browser checks the MkDocs build passes, opened from disk:
axe in both palettes, no request to another host, search, the quiz, glossary definitions."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_support import PALETTES, axe_page, axe_violations, describe, settle
from foreign import record_foreign

pytestmark = pytest.mark.browser

READING = "human-trafficking-networks"


def pages_of(site: Path) -> list[Path]:
    # 404.html links to /assets/... from the root of a host: opened from disk it has no style to check.
    return sorted(html for html in site.rglob("*.html") if html.name != "404.html")


def test_zensical_pages_pass_axe_and_ask_no_other_host_from_file(browser: Browser, zensical_site: Path) -> None:
    """Every page, in each palette: axe finds nothing, and from its loading until axe is done it asks no other host.
    Each page is opened once and checked in the palette it opens in, then in the other one, switched with the
    header's toggle as a reader would (the choice is kept, so the next page opens in it)."""
    page = axe_page(browser, "light", 1280)
    foreign = record_foreign(page)
    found: dict[str, list[str]] = {}
    requested: dict[str, list[str]] = {}
    seen: dict[str, list[str]] = {}
    paths = pages_of(zensical_site)
    try:
        for html in paths:
            name = html.relative_to(zensical_site).as_posix()
            foreign.clear()
            page.goto(html.as_uri())
            for turn in range(2):
                if turn:
                    before = page.evaluate("document.body.dataset.mdColorScheme")
                    page.locator("form[data-md-component='palette'] label:visible").first.click()
                    page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=before, timeout=5000)
                settle(page)
                scheme = page.evaluate("document.body.dataset.mdColorScheme")
                seen.setdefault(name, []).append(scheme)
                if problems := describe(axe_violations(page)):
                    found[f"{name} ({scheme})"] = problems
            if foreign:
                requested[name] = list(foreign)
    finally:
        page.context.close()
    assert len(paths) > 5
    assert {name: sorted(schemes) for name, schemes in seen.items()} == {name: sorted(PALETTES.values()) for name in seen}
    assert not found, "\n".join(f"{path}: {line}" for path, lines in found.items() for line in lines)
    assert requested == {}, f"pages that asked another host for something: {requested}"


def test_zensical_search_finds_the_op_ed(page: Page, zensical_site: Path) -> None:
    page.goto(f"{zensical_site.as_uri()}/index.html")
    page.locator(".md-search__button").first.click()
    page.keyboard.type("non-state actor", delay=30)
    expect(page.get_by_text(re.compile(r"^\d+ results?$"))).to_be_visible(timeout=15000)
    expect(page.get_by_text("Full text: Human Trafficking Networks: A Non-state Actor Threat")).to_be_visible()
    assert page.foreign_requests == []  # type: ignore[attr-defined]


def test_zensical_glossary_definition_shows_from_the_keyboard(page: Page, zensical_site: Path) -> None:
    page.goto(f"{zensical_site.as_uri()}/{READING}/why-no-country-can-act-alone.html")
    first_term = page.locator("p.oped-para a.gloss").first
    short = first_term.get_attribute("data-short")
    assert short
    page.locator("#p3 a.para-num").focus()
    page.keyboard.press("Tab")
    expect(first_term).to_be_focused()
    page.keyboard.press("Enter")  # the word is a button that toggles its definition
    popover = page.locator(".gloss-popover")  # the definition in place (gloss-popover.js), in both engines
    expect(popover).to_be_visible()
    expect(popover).to_contain_text(short[:40])


def test_zensical_site_works_from_file(page: Page, zensical_site: Path) -> None:
    page.goto(f"{zensical_site.as_uri()}/index.html")
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^Human Trafficking Networks"))
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^A hidden global business"))
    expect(page.locator("form.judge-form").first).to_be_visible()  # a key figure asks the reader to judge it first
    question = page.locator("form.quiz .quiz-question").first
    question.locator("input").first.check()
    question.locator(".quiz-check").click()
    expect(question.locator(".quiz-feedback")).to_contain_text(re.compile(r"Right\.|Not quite\."))
    assert page.foreign_requests == []  # type: ignore[attr-defined]
