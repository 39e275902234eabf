"""In Chromium, focusing a glossary term by keyboard shows its definition as a tooltip, from file:// too."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_keyboard_focus_on_a_term_shows_its_tooltip(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/why-no-country-can-act-alone.html")
    first_term = page.locator("p.oped-para a.gloss").first
    title = first_term.get_attribute("title")
    # Tab from the paragraph's number link to the first term, as a keyboard user would.
    page.locator("#p3 a.para-num").focus()
    page.keyboard.press("Tab")
    expect(first_term).to_be_focused()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(title[:40])


def test_following_a_term_leads_to_its_entry(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/a-hidden-global-business.html")
    term = page.locator("p.oped-para a.gloss", has_text="non-state entities").first
    target = term.get_attribute("href").split("#")[1]
    term.click()
    expect(page).to_have_url(f"{site_root}/human-trafficking-networks/glossary.html#{target}")
    expect(page.locator(f"#{target}")).to_be_in_viewport()
