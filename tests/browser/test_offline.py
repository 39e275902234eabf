"""The built site opened from disk and from 127.0.0.1: navigation, search, and no request elsewhere."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_navigation_and_search_work_offline(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/index.html")
    page.get_by_role("link", name="Human Trafficking Networks: A Non-state Actor Threat").first.click()
    expect(page).to_have_title(re.compile(r"^Human Trafficking Networks: A Non-state Actor Threat - "))
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^A hidden global business - "))
    page.locator(".md-footer__link--next").click()
    expect(page).to_have_title(re.compile(r"^Why no country can act alone - "))

    page.locator(".md-search__input").click()
    page.keyboard.type("trafficking", delay=30)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15000)
    assert results.count() > 3
    assert page.foreign_requests == []  # type: ignore[attr-defined]


def test_sentence_link_is_highlighted_on_arrival(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/full-text.html#p4-s2")
    target = page.locator("#p4-s2")
    colour = target.evaluate("el => getComputedStyle(el).backgroundColor")
    other = page.locator("#p4-s1").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour != other and colour != "rgba(0, 0, 0, 0)"


def test_a_request_to_another_host_is_caught(page: Page) -> None:
    """The watch behind the checks above and the accessibility pass: a page that asks another host is seen."""
    page.route("https://example.org/**", lambda route: route.abort())  # never leaves the machine
    page.set_content('<img src="https://example.org/tracker.png" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">')
    expect(page.locator("img").first).to_be_attached()
    page.wait_for_load_state("load")
    assert page.foreign_requests == ["https://example.org/tracker.png"]  # type: ignore[attr-defined]
