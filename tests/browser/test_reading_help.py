"""Reading help on a part page: plain versions, the reader switches and their storage, word work,
a brief content note, key figures folded on a phone, and the text kept together on a 375 px screen."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

READING = "human-trafficking-networks"
PART = f"{READING}/why-no-country-can-act-alone.html"
FIRST = f"{READING}/a-hidden-global-business.html"
KEY = "guided-readings:reader-options:v1"


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 375, "height": 667}, has_touch=True, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


def test_in_plain_words_opens_without_javascript(browser: Browser, site_root: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_root}/{PART}")
    plain = page.locator('details.plain-version[data-for="p3"]')
    expect(plain.locator(".plain-text")).to_be_hidden()
    plain.locator("summary").click()
    expect(plain.locator(".plain-text")).to_be_visible()
    expect(plain.locator(".plain-text")).to_contain_text("Trafficking mafias also complicate the migration problem")
    expect(page.locator(".reader-options")).to_be_hidden()  # the switches need the script
    context.close()


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_plain_words_for_every_paragraph_is_remembered(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    switch = page.locator(".reader-plain")
    expect(switch).to_have_attribute("aria-pressed", "false")
    expect(page.locator("details.plain-version[open]")).to_have_count(0)
    switch.click()
    expect(switch).to_have_attribute("aria-pressed", "true")
    expect(page.locator("details.plain-version[open]")).to_have_count(2)
    assert json.loads(page.evaluate(f"localStorage.getItem('{KEY}')")) == {"plain": True, "more": False}
    page.goto(f"{site_root}/{READING}/a-shared-strategy.html")  # another page of the reading
    expect(page.locator(".reader-plain")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("details.plain-version[open]")).to_have_count(2)
    page.locator(".reader-plain").click()
    expect(page.locator("details.plain-version[open]")).to_have_count(0)
    # The original stays the main text: every paragraph is there, before its plain version.
    expect(page.locator("p.oped-para")).to_have_count(2)


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_a_bad_stored_value_resets_only_that_choice(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    page.evaluate(f"localStorage.setItem('{KEY}', JSON.stringify({{plain: 'yes', more: true}}))")
    page.reload()
    expect(page.locator(".reader-plain")).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".reader-more")).to_have_attribute("aria-pressed", "true")
    page.evaluate(f"localStorage.setItem('{KEY}', '{{not json')")
    page.reload()
    expect(page.locator(".reader-plain")).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".reader-more")).to_have_attribute("aria-pressed", "false")
    expect(page.locator("p.oped-para").first).to_be_visible()


def test_explain_more_words_links_the_words_left_out_of_the_budget(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    linked = page.locator("p.oped-para a.gloss").count()
    extra = page.locator("p.oped-para span.gloss-extra").count()
    assert extra > 0
    page.locator(".reader-more").click()
    expect(page.locator("p.oped-para a.gloss")).to_have_count(linked + extra)
    expect(page.locator("p.oped-para span.gloss-extra")).to_have_count(0)
    added = page.locator("p.oped-para a.gloss--extra").first
    added.click()
    expect(page.locator(".gloss-popover")).to_be_visible()
    expect(page.locator(".gloss-popover-text")).to_have_text(added.get_attribute("data-short"))
    page.keyboard.press("Escape")
    page.reload()
    expect(page.locator("p.oped-para a.gloss")).to_have_count(linked + extra)  # remembered
    page.locator(".reader-more").click()
    expect(page.locator("p.oped-para a.gloss")).to_have_count(linked)


def test_word_work_checks_an_answer_with_the_quiz_component(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{PART}")
    form = page.locator("form.quiz[data-quiz$='-words']")
    expect(form).to_have_count(1)
    question = form.locator("fieldset.quiz-question").first
    expect(question.locator("legend")).to_contain_text("_____")
    answer = page.evaluate("""() => {
        const form = document.querySelector("form.quiz[data-quiz$='-words']");
        const data = JSON.parse(form.querySelector('.quiz-data').textContent);
        return data[form.querySelector('fieldset').dataset.question].correct[0];
    }""")
    wrong = (answer + 1) % 4
    question.locator(f"input[value='{wrong}']").check()
    question.locator(".quiz-check").click()
    expect(question.locator(".quiz-feedback")).to_contain_text("Not quite.")
    question.locator(f"input[value='{answer}']").check()
    question.locator(".quiz-check").click()
    expect(question.locator(".quiz-feedback")).to_contain_text("Right.")
    expect(question.locator(".quiz-feedback a.quiz-evidence")).to_have_attribute("href", "#p3-s1")  # gap-b1: ¶ 3, its first sentence
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.includes('why-no-country-can-act-alone-words'))")
    assert len(stored) == 1 and stored[0].startswith("guided-readings:v1:"), stored  # kept through the versioned store


def test_full_content_note_once_then_one_line(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{FIRST}")
    expect(page.locator(".admonition.content-note")).to_be_visible()
    page.goto(f"{site_root}/{PART}")
    expect(page.locator(".admonition.content-note")).to_have_count(0)
    line = page.locator(".content-note-line")
    expect(line).to_be_visible()
    box = line.bounding_box()
    assert box and box["height"] < 40  # one line
    expect(line.locator("a", has_text="Get help")).to_have_attribute("href", "../help.html")
    # Both links sit on one baseline (a clipped inline-block summary once sat 7 px higher).
    tops = line.evaluate("l => [l.querySelector('summary'), l.querySelector(':scope > a')].map(e => Math.round(e.getBoundingClientRect().top))")
    assert tops[0] == tops[1], tops
    line.locator("summary").click()
    expect(line).to_contain_text("This reading is about human trafficking")


def test_key_figures_fold_on_a_phone_and_stay_open_on_a_desktop(phone: Page, page: Page, site_root: str) -> None:
    # The full text shows the notes open (on the part pages each waits for the reader's judgement first).
    phone.goto(f"{site_root}/{READING}/full-text.html")
    figures = phone.locator("details.figure")
    expect(figures).to_have_count(4)
    expect(phone.locator("details.figure[open]")).to_have_count(0)
    summary = figures.first.locator("summary")
    assert summary.bounding_box()["height"] < 60  # a one-line summary
    summary.tap()
    expect(figures.first).to_have_attribute("open", "")
    page.goto(f"{site_root}/{READING}/full-text.html")
    expect(page.locator("details.figure[open]")).to_have_count(4)


@pytest.mark.parametrize("name", ["a-hidden-global-business", "why-no-country-can-act-alone",
                                  "civil-society-and-a-flexible-threat", "a-shared-strategy", "full-text"])
def test_text_is_never_split_by_more_than_a_screen_on_a_phone(phone: Page, site_root: str, name: str) -> None:
    phone.goto(f"{site_root}/{READING}/{name}.html")
    gaps = phone.evaluate("""() => {
        const ps = [...document.querySelectorAll('.md-content p.oped-para')];
        return ps.slice(1).map((p, i) => p.getBoundingClientRect().top - ps[i].getBoundingClientRect().bottom);
    }""")
    assert gaps and max(gaps) <= 667, gaps


def test_the_handout_can_print_the_plain_versions_in_a_second_column(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/{READING}/handout.html")
    page.emulate_media(media="print")
    expect(page.locator(".handout-plain")).to_be_hidden()  # by default the handout prints as before
    expect(page.locator("p.oped-para").first).to_be_visible()
    page.emulate_media(media="screen")
    page.locator("#handout-plain-toggle").check()
    page.emulate_media(media="print")
    table = page.locator(".handout-plain table")
    expect(table).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(9)
    expect(table.locator("tbody tr").nth(2).locator("td").nth(1)).to_contain_text("Trafficking mafias also complicate the migration problem")
    expect(page.locator("p.oped-para").first).to_be_hidden()  # the one-column text gives way to the two columns
    expect(page.locator(".handout-plain-choice")).to_be_hidden()
