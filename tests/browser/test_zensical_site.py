"""The site built by Zensical works in Chromium from disk: navigation, glossary, figures and the quiz."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_zensical_site_works_from_file(page: Page, zensical_site: Path) -> None:
    page.goto(f"{zensical_site.as_uri()}/index.html")
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^Human Trafficking Networks"))
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^A hidden global business"))
    expect(page.locator("details.admonition.figure").first).to_be_visible()
    question = page.locator("form.quiz .quiz-question").first
    question.locator("input").first.check()
    question.locator(".quiz-check").click()
    expect(question.locator(".quiz-feedback")).to_contain_text(re.compile(r"Right\.|Not quite\."))
    assert page.foreign_requests == []  # type: ignore[attr-defined]
