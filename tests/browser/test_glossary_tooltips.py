"""Definitions in place: a glossary word is a button; a tap, a click, Enter or Space shows its definition beside it (WCAG 2.2 1.4.13).

Checked at phone and desktop width, from file:// and from 127.0.0.1.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

PART = "human-trafficking-networks/why-no-country-can-act-alone.html"


@pytest.fixture(params=[(375, 740), (1280, 900)], ids=["phone", "desktop"])
def sized(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    width, height = request.param
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=width < 600, is_mobile=width < 600)
    page = context.new_page()
    yield page
    context.close()


def beside(page: Page, term_selector: str) -> None:
    """The box sits just under the word and inside the screen."""
    box = page.locator(".gloss-popover").bounding_box()
    word = page.locator(term_selector).bounding_box()
    width = page.viewport_size["width"]
    assert box and word and 0 <= box["x"] and box["x"] + box["width"] <= width
    assert 0 <= box["y"] - (word["y"] + word["height"]) <= 24


def test_tapping_or_clicking_a_word_shows_its_definition_until_dismissed(sized: Page, site_root: str) -> None:
    page = sized
    page.goto(f"{site_root}/{PART}")
    term = page.locator("p.oped-para a.gloss").first
    short = term.get_attribute("data-short")
    href = term.get_attribute("href")
    if page.viewport_size["width"] < 600:
        term.tap()
    else:
        term.click()
    popover = page.locator(".gloss-popover")
    expect(popover).to_be_visible()
    expect(page).to_have_url(f"{site_root}/{PART}")  # the reader stays in the text
    expect(popover.locator(".gloss-popover-text")).to_have_text(short)
    expect(popover.locator("a.gloss-popover-link")).to_have_attribute("href", href)
    expect(term).to_have_attribute("aria-expanded", "true")
    beside(page, "p.oped-para a.gloss >> nth=0")
    page.wait_for_timeout(1500)
    expect(popover).to_be_visible()  # it stays until dismissed
    if page.viewport_size["width"] >= 600:
        popover.hover()  # the pointer can move onto it
        expect(popover).to_be_visible()
    page.keyboard.press("Escape")
    expect(popover).to_have_count(0)
    # Again, and dismissed by a tap or click outside it.
    term.click()
    expect(popover).to_be_visible()
    page.locator("h1").click()
    expect(popover).to_have_count(0)


def test_the_box_links_to_the_full_entry(sized: Page, site_root: str) -> None:
    page = sized
    page.goto(f"{site_root}/{PART}")
    term = page.locator("p.oped-para a.gloss").first
    target = term.get_attribute("href").split("#")[1]
    term.click()
    page.locator(".gloss-popover a.gloss-popover-link").click()
    expect(page).to_have_url(f"{site_root}/human-trafficking-networks/glossary.html#{target}")
    expect(page.locator(f"#{target}")).to_be_in_viewport()


def test_a_word_is_a_button_that_enter_and_space_toggle(sized: Page, site_root: str) -> None:
    """Focus alone opens nothing (one Tab stop per word); Enter and Space toggle the box, as a button's do."""
    page = sized
    page.goto(f"{site_root}/{PART}")
    first_term = page.locator("p.oped-para a.gloss").first
    expect(first_term).to_have_attribute("role", "button")
    expect(first_term).to_have_attribute("aria-expanded", "false")
    expect(first_term).to_have_attribute("aria-controls", "gloss-popover")
    page.locator("#p3 a.para-num").focus()
    page.keyboard.press("Tab")
    expect(first_term).to_be_focused()
    popover = page.locator(".gloss-popover")
    expect(popover).to_have_count(0)
    page.keyboard.press("Enter")
    expect(popover).to_be_visible()
    expect(page).to_have_url(f"{site_root}/{PART}")  # Enter does what a button does: the reader stays in the text
    expect(popover).to_have_attribute("id", "gloss-popover")
    expect(popover).to_have_attribute("role", "group")
    word = first_term.inner_text().strip()
    expect(page.get_by_role("group", name=f"Definition of {word}")).to_be_visible()
    expect(popover).to_contain_text(first_term.get_attribute("data-short")[:40])
    expect(first_term).to_have_attribute("aria-describedby", "gloss-popover-text")
    expect(first_term).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Enter")
    expect(popover).to_have_count(0)
    expect(first_term).to_have_attribute("aria-expanded", "false")
    page.keyboard.press(" ")
    expect(popover).to_be_visible()
    page.keyboard.press("Tab")  # into the box: its link to the full entry
    expect(popover.locator("a.gloss-popover-link")).to_be_focused()
    page.keyboard.press("Escape")
    expect(popover).to_have_count(0)
    expect(first_term).to_be_focused()
    # Tabbing out of an open box closes it.
    page.keyboard.press("Space")
    expect(popover).to_have_count(1)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(popover).to_have_count(0)


def test_tabbing_through_a_paragraph_costs_one_stop_per_word(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    para = page.locator("p.oped-para", has=page.locator("a.gloss")).first
    stops = para.locator("a, button, input, select, textarea, [tabindex]").count()
    para.locator("a.para-num").focus()
    inside = "document.activeElement.closest('p.oped-para') !== null"
    for _ in range(stops - 1):
        page.keyboard.press("Tab")
        assert page.evaluate(inside)
    expect(page.locator(".gloss-popover")).to_have_count(0)
    page.keyboard.press("Tab")
    assert not page.evaluate(inside)


def test_material_tooltips_do_not_double_the_box(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    term = page.locator("p.oped-para a.gloss").first
    term.hover()
    page.wait_for_timeout(800)
    expect(page.locator(".md-tooltip2--active")).to_have_count(0)
