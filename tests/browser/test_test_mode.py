"""Test mode, from a teacher's link in Chromium from file:// and from 127.0.0.1: the assigned questions are answered first and
checked together when submitted; until then no feedback, no strong-answer points, and the assigned part's
plain versions and "Explain more words" stay closed. The work file records test mode."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from support import seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
SLUG = CTX.slug
PART = CTX.parts[0].id
QUIZ = CTX.features["quizzes"][PART]
PROMPT = CTX.features["writing"][PART][0].prompt
ANSWER = ("They are not part of any government but act on the world stage, and they work like a business "
          "that hides inside legal companies and moves its money through banks so that it looks clean. ") * 2


def test_test_mode_from_an_assignment_link(browser: Browser, site_root: str) -> None:
    root = f"{site_root}/{SLUG}"
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{root}/assign.html")
    page.locator(f'.assign-pick[data-kind="parts"][value="{PART}"]').check()
    page.locator("#assign-test").check()
    href = page.locator(".assign-open").get_attribute("href")
    assert href and "test=1" in href
    page.click(".assign-open")

    first, second = [p for p in QUIZ.questions if not p.question.multiple][:2]
    right = next(i for i, c in enumerate(first.choices) if c.correct)
    wrong = next(i for i, c in enumerate(second.choices) if not c.correct)
    q1, q2 = f".assignment #q-{first.question.id}", f".assignment #q-{second.question.id}"
    expect(page.locator(f"{q1} .quiz-check")).to_be_hidden()
    expect(page.locator(f"{q1} .quiz-test-note")).to_be_visible()
    box = page.locator(f".assignment #write-{PROMPT.id}")
    box.locator("textarea").fill(ANSWER)
    expect(box.locator(".written-compare")).to_be_hidden()
    expect(box.locator(".written-count")).to_contain_text("Test mode")

    # On the part page: no plain versions, no extra word help, no Check for the assigned questions.
    page.goto(f"{root}/{PART}.html")
    expect(page.locator(".reader-test-note")).to_be_visible()
    expect(page.locator(".reader-plain")).to_be_hidden()
    expect(page.locator(".reader-more")).to_be_hidden()
    assert page.locator(".md-content details.plain-version:visible").count() == 0
    expect(page.locator(f"#q-{first.question.id} .quiz-check")).to_be_hidden()
    page.locator(f"#q-{first.question.id} input").nth(right).check()
    # The full text holds the assigned part's paragraphs too: its help stays closed as well.
    page.goto(f"{root}/full-text.html")
    expect(page.locator(".reader-test-note")).to_contain_text("open once you have submitted your assignment")
    expect(page.locator(".reader-plain")).to_be_hidden()
    assert page.locator(".md-content details.plain-version:visible").count() == 0

    page.goto(f"{root}/assignment.html")
    expect(page.locator(f"{q1} input").nth(right)).to_be_checked()  # kept from the part page
    page.locator(f"{q2} input").nth(wrong).check()
    expect(page.locator(f"{q1} .quiz-feedback")).to_have_text("")
    submit = page.locator(".assignment-submit button")
    submit.click()
    expect(page.locator(".assignment-submit-status")).to_contain_text("not answered yet")
    submit.click()
    expect(page.locator(".assignment-submit-status")).to_contain_text("Submitted")
    expect(page.locator(f"{q1} .quiz-feedback")).to_contain_text("Right.")
    expect(page.locator(f"{q2} .quiz-feedback")).to_contain_text("Not quite.")
    expect(page.locator(f"{q2} .quiz-tag--correct")).to_have_count(0)  # still only on request
    expect(page.locator(f"{q1} .quiz-check")).to_be_visible()
    expect(box.locator(".written-compare")).to_be_enabled()
    expect(page.locator(".assignment-submit")).to_be_hidden()

    # The same link again keeps the submission; the part page opens its help again.
    page.goto(f"{root}/{href}")
    expect(page.locator(".assignment-submit")).to_be_hidden()
    page.goto(f"{root}/{PART}.html")
    expect(page.locator(".reader-plain")).to_be_visible()
    page.goto(f"{root}/full-text.html")
    expect(page.locator(".reader-plain")).to_be_visible()

    page.goto(f"{root}/my-work.html")
    page.fill("#work-name", "Ana")
    with page.expect_download() as download:
        page.click(".work-save")
    saved = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert saved["test_mode"] is True and saved["assignment"]["test"] is True and saved["assignment"]["submitted"]
    entries = {q["id"]: q for q in saved["quizzes"][0]["questions"]}
    assert entries[first.question.id]["first_right"] is True and entries[second.question.id]["first_right"] is False
    assert errors == [], errors
    context.close()


@pytest.mark.each_origin  # from disk the teacher gets a code, on the web a link
def test_an_assignment_travels_as_a_link_on_the_web_and_as_a_code_from_disk(browser: Browser, site_root: str) -> None:
    root = f"{site_root}/{SLUG}"
    teacher = browser.new_context(viewport={"width": 1280, "height": 900})
    page = teacher.new_page()
    page.goto(f"{root}/assign.html")
    page.locator(f'.assign-pick[data-kind="parts"][value="{PART}"]').check()
    given = page.locator(".assign-link").input_value()
    offline = site_root.startswith("file:")
    if offline:
        assert given.startswith("#parts=") and "file:" not in given  # nothing of this computer's folders
        expect(page.locator(".assign-offline")).to_be_visible()
        expect(page.locator(".assign-copy")).to_have_text("Copy the code")
    else:
        assert given.startswith(f"{root}/assignment.html#parts=")
        expect(page.locator(".assign-offline")).to_be_hidden()
    teacher.close()

    # A student with their own copy opens its assignment page and pastes what the teacher gave (code or link).
    student = browser.new_context(viewport={"width": 390, "height": 844})
    page = student.new_page()
    page.goto(f"{root}/assignment.html")
    expect(page.locator(".assignment-empty")).to_be_visible()
    page.fill("#assignment-code", given)
    page.locator(".assignment-code button").click()
    expect(page.locator(".assignment-empty")).to_be_hidden()
    expect(page.locator(f'.assignment-read li[data-part-id="{PART}"]')).to_be_visible()
    expect(page.locator(f".assignment #q-{QUIZ.questions[0].question.id}")).to_be_visible()
    student.close()
