"""The quiz component in Chromium, from file:// and from 127.0.0.1, driven with the keyboard only."""
from __future__ import annotations

import gzip
import re

import pytest
from playwright.sync_api import Page, expect

from guided_reading.core.quiz_html import link_shows_answer
from support import ROOT, seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
THEME = CTX.parts[0].id
QUIZ = CTX.features["quizzes"][THEME]


def single_answer_questions():
    """Those whose evidence link a wrong check offers (its sentence does not hold the answer in its own words)."""
    return [p for p in QUIZ.questions if not p.question.multiple and not link_shows_answer(p)]


def press_until_focused(page: Page, selector: str, limit: int = 80) -> None:
    """Tab through the page until `selector` has focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"never reached {selector} with Tab")


def answer_with_keyboard(page: Page, qid: str, index: int) -> None:
    """Focus the question's radio group, move to choice `index` with arrow keys, then Check."""
    question = f"#q-{qid}"
    press_until_focused(page, f"{question} input")
    # Tab enters an unanswered radio group on its first choice; Space selects it, arrows move the selection.
    assert page.evaluate("() => document.activeElement.value") == "0"
    page.keyboard.press("Space")
    for _ in range(index):
        page.keyboard.press("ArrowDown")
    press_until_focused(page, f"{question} .quiz-check")
    page.keyboard.press("Enter")


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_right_and_wrong_answers_with_keyboard_evidence_score_reload_and_reset(page: Page, site_root: str) -> None:
    # Arrive at the quiz as a keyboard user does after following the "Check your understanding" link.
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    page.locator("h2#quiz a.headerlink").focus()
    right_q, wrong_q = single_answer_questions()[:2]
    right_index = next(i for i, c in enumerate(right_q.choices) if c.correct)
    wrong_index = next(i for i, c in enumerate(wrong_q.choices) if not c.correct)

    answer_with_keyboard(page, right_q.question.id, right_index)
    feedback = page.locator(f"#q-{right_q.question.id} .quiz-feedback")
    expect(feedback).to_contain_text("Right.")
    expect(feedback).to_contain_text(" ".join(right_q.question.explanation.split())[:60])
    assert page.locator(f"#q-{right_q.question.id} .quiz-feedback").get_attribute("aria-live") == "polite"

    answer_with_keyboard(page, wrong_q.question.id, wrong_index)
    wrong_feedback = page.locator(f"#q-{wrong_q.question.id} .quiz-feedback")
    expect(wrong_feedback).to_contain_text("Not quite.")
    # A wrong check does not give the answer away: only the option picked is marked, and explained by its letter and words.
    expect(page.locator(f"#q-{wrong_q.question.id} .quiz-tag--correct")).to_have_count(0)
    expect(page.locator(f"#q-{wrong_q.question.id} .quiz-tag--mistake")).to_have_text("Not this one")
    why = " ".join((wrong_q.choices[wrong_index].why or "").split())
    option = " ".join(wrong_q.choices[wrong_index].text.split())
    expect(wrong_feedback.locator(".quiz-why")).to_have_text(f"{'ABCDEF'[wrong_index]}, “{option}”: {why}")
    expect(wrong_feedback).not_to_contain_text(" ".join(wrong_q.question.explanation.split())[:60])
    expect(wrong_feedback.locator(".quiz-show")).to_have_text("Show the answer")

    total = len(QUIZ.questions)
    score = page.locator(f"form#quiz-{THEME} .quiz-score")
    expect(score).to_have_text(f"First tries so far: 1 right out of 2 checked, {total - 2} to go.")

    page.reload()
    page.locator("h2#quiz a.headerlink").focus()
    expect(page.locator(f"#q-{right_q.question.id} .quiz-feedback")).to_contain_text("Right.")
    expect(score).to_have_text(f"First tries so far: 1 right out of 2 checked, {total - 2} to go.")
    expect(page.locator(f"#q-{wrong_q.question.id} .quiz-tag--correct")).to_have_count(0)

    # Follow the evidence link: the sentence it names is the target and is highlighted.
    press_until_focused(page, f"#q-{wrong_q.question.id} a.quiz-evidence")
    page.keyboard.press("Enter")
    anchor = wrong_q.evidence.anchor
    expect(page).to_have_url(re.compile(f"#{anchor}$"))
    highlighted = page.locator(f"#{anchor}").evaluate("el => getComputedStyle(el).backgroundColor")
    assert highlighted not in ("rgba(0, 0, 0, 0)", "transparent")
    assert wrong_q.evidence.text[:20] in page.locator(f"#{anchor}").inner_text()

    # "Start again" asks first; keeping the answers keeps them, and focus comes back to the button.
    press_until_focused(page, f"form#quiz-{THEME} .quiz-reset")
    page.keyboard.press("Enter")
    confirm = page.locator(f"form#quiz-{THEME} .quiz-confirm")
    expect(confirm).to_contain_text("your later answers are cleared")
    assert page.evaluate("() => document.activeElement.closest('.quiz-confirm') !== null")
    press_until_focused(page, f"form#quiz-{THEME} .quiz-confirm-keep")
    page.keyboard.press("Enter")
    expect(confirm).to_be_hidden()
    assert page.evaluate("() => document.activeElement.matches('.quiz-reset')")
    assert page.locator(f"form#quiz-{THEME} input:checked").count() == 2
    # Clearing clears the choices, not the record of first tries: the score stays.
    page.keyboard.press("Enter")
    press_until_focused(page, f"form#quiz-{THEME} .quiz-confirm-clear")
    page.keyboard.press("Enter")
    expect(page.locator(f"form#quiz-{THEME} .quiz-feedback").first).to_have_text("")
    assert page.locator(f"form#quiz-{THEME} input:checked").count() == 0
    page.reload()
    assert page.locator(f"form#quiz-{THEME} input:checked").count() == 0
    expect(score).to_have_text(f"First tries so far: 1 right out of 2 checked, {total - 2} to go.")


def test_wrong_then_right_counts_as_wrong_and_the_answer_shows_only_on_request(page: Page, site_root: str) -> None:
    """The first check is the score; a later right answer is shown apart; "Show the answer" is recorded."""
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    first, second = single_answer_questions()[:2]
    right = next(i for i, c in enumerate(first.choices) if c.correct)
    wrong = next(i for i, c in enumerate(first.choices) if not c.correct)
    q = f"#q-{first.question.id}"
    page.locator(f"{q} input").nth(wrong).check()
    page.locator(f"{q} .quiz-check").click()
    expect(page.locator(f"{q} .quiz-feedback")).to_contain_text("Not quite.")
    page.locator(f"{q} input").nth(right).check()
    page.locator(f"{q} .quiz-check").click()
    expect(page.locator(f"{q} .quiz-feedback")).to_contain_text("Right.")
    expect(page.locator(f"{q} .quiz-feedback")).to_contain_text("Your first try was not right")
    score = page.locator(f"form#quiz-{THEME} .quiz-score")
    expect(score).to_contain_text("First tries so far: 0 right out of 1 checked")
    expect(score).to_contain_text("Right after trying again: 1 more (not counted in the score).")
    key = f"guided-readings:v1:{CTX.slug}:quiz:{THEME}"
    stored = page.evaluate("k => JSON.parse(localStorage.getItem(k))", key)[first.question.id]
    assert stored["first"] == {"chosen": [wrong], "right": False}
    assert stored["chosen"] == [right] and stored["right"] is True and stored["tries"] == 2 and stored["revealed"] is False

    q2 = f"#q-{second.question.id}"
    wrong2 = next(i for i, c in enumerate(second.choices) if not c.correct)
    page.locator(f"{q2} input").nth(wrong2).check()
    page.locator(f"{q2} .quiz-check").click()
    expect(page.locator(f"{q2} .quiz-tag--correct")).to_have_count(0)
    page.locator(f"{q2} .quiz-show").click()
    right2 = next(i for i, c in enumerate(second.choices) if c.correct)
    expect(page.locator(f"{q2} .quiz-choice").nth(right2).locator(".quiz-tag--correct")).to_have_text("Correct answer")
    expect(page.locator(f"{q2} .quiz-feedback")).to_contain_text(" ".join(second.question.explanation.split())[:60])
    expect(score).to_contain_text("Answers you asked to see: 1.")
    page.reload()
    expect(page.locator(f"{q2} .quiz-tag--correct")).to_have_count(1)
    assert page.evaluate("k => JSON.parse(localStorage.getItem(k))", key)[second.question.id]["revealed"] is True


def test_option_letters_reach_assistive_technology(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    q = QUIZ.questions[0]
    snapshot = page.locator(f"#q-{q.question.id} .quiz-choices").aria_snapshot()
    assert f"A {' '.join(q.choices[0].text.split())[:30]}" in " ".join(snapshot.split()), snapshot


def test_choose_all_that_apply_and_full_score(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    for placed in QUIZ.questions:
        q = placed.question
        for i, choice in enumerate(placed.choices):
            if choice.correct:
                page.locator(f"#q-{q.id} input").nth(i).check()
        page.locator(f"#q-{q.id} .quiz-check").click()
        expect(page.locator(f"#q-{q.id} .quiz-feedback")).to_contain_text("Right.")
        expect(page.locator(f"#q-{q.id} .quiz-why")).to_have_count(0)
    expect(page.locator(f"form#quiz-{THEME} .quiz-score")).to_have_text(f"Your first-try score: {len(QUIZ.questions)} out of {len(QUIZ.questions)}.")


def test_each_wrong_pick_of_a_choose_all_question_explains_itself(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    placed = next(p for p in QUIZ.questions if p.question.multiple and sum(not c.correct for c in p.choices) >= 2)
    wrong = [i for i, c in enumerate(placed.choices) if not c.correct]
    for i in wrong:
        page.locator(f"#q-{placed.question.id} input").nth(i).check()
    page.locator(f"#q-{placed.question.id} .quiz-check").click()
    whys = page.locator(f"#q-{placed.question.id} .quiz-why")
    expect(whys).to_have_count(len(wrong))
    for n, i in enumerate(wrong):
        expect(whys.nth(n)).to_contain_text(" ".join((placed.choices[i].why or "").split()))
    page.reload()  # the stored answer shows the same explanations again
    expect(page.locator(f"#q-{placed.question.id} .quiz-why")).to_have_count(len(wrong))


def test_a_choose_all_check_tells_a_right_but_short_answer_from_a_wrong_one(page: Page, site_root: str) -> None:
    """Picking some right options only: the student is told the picks are right and more are needed, not which."""
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    placed = next(p for p in QUIZ.questions if p.question.multiple and sum(c.correct for c in p.choices) >= 2)
    q = f"#q-{placed.question.id}"
    right = [i for i, c in enumerate(placed.choices) if c.correct]
    wrong = next(i for i, c in enumerate(placed.choices) if not c.correct)
    page.locator(f"{q} input").nth(right[0]).check()
    page.locator(f"{q} .quiz-check").click()
    verdict = page.locator(f"{q} .quiz-verdict")
    expect(verdict).to_contain_text("What you picked is right, but there is more to pick.")
    expect(page.locator(f"{q} .quiz-tag--correct")).to_have_count(0)
    page.locator(f"{q} input").nth(wrong).check()
    page.locator(f"{q} .quiz-check").click()
    expect(verdict).to_contain_text("Not all of the options you picked are right, and a right one is not picked yet.")
    page.locator(f"{q} input").nth(right[0]).uncheck()
    page.locator(f"{q} .quiz-check").click()
    expect(verdict).to_contain_text("That option is not one of the answers.")


def test_a_gap_fill_wrong_check_does_not_link_to_its_own_sentence(page: Page, site_root: str) -> None:
    """The sentence of a word-work gap holds the word: the link to it waits until the student has the answer."""
    exercise = CTX.features["word_work"][THEME]
    placed = exercise.questions[0]
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    q = f"form#quiz-{exercise.id} #q-{placed.question.id}"
    wrong = next(i for i, c in enumerate(placed.choices) if not c.correct)
    page.locator(f"{q} input").nth(wrong).check()
    page.locator(f"{q} .quiz-check").click()
    expect(page.locator(f"{q} .quiz-verdict")).to_contain_text("Not quite.")
    expect(page.locator(f"{q} a.quiz-evidence")).to_have_count(0)
    page.locator(f"{q} .quiz-show").click()
    expect(page.locator(f"{q} a.quiz-evidence")).to_have_text(re.compile(r"^See it in the text \(¶ \d+\)$"))
    # A quiz question whose sentence does not hold its answer keeps the link on a wrong check.
    assert link_shows_answer(placed)
    other = single_answer_questions()[0]
    q2 = f"#q-{other.question.id}"
    page.locator(f"{q2} input").nth(next(i for i, c in enumerate(other.choices) if not c.correct)).check()
    page.locator(f"{q2} .quiz-check").click()
    expect(page.locator(f"{q2} a.quiz-evidence")).to_have_count(1)


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_quiz_works_when_storage_is_blocked(page: Page, site_root: str) -> None:
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new Error('blocked'); }});")
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    q = single_answer_questions()[0].question
    page.locator(f"#q-{q.id} input").nth(0).check()
    page.locator(f"#q-{q.id} .quiz-check").click()
    expect(page.locator(f"#q-{q.id} .quiz-feedback")).not_to_have_text("")


def test_without_javascript_the_quiz_is_a_plain_form_with_no_answers(browser, site_root: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    assert page.locator(f"form#quiz-{THEME} fieldset legend").count() == len(QUIZ.questions)
    expect(page.locator(f"form#quiz-{THEME} .quiz-check").first).to_be_hidden()
    text = page.locator(f"form#quiz-{THEME}").inner_text()
    assert "Correct answer" not in text and "Right." not in text
    context.close()


def test_print_shows_questions_but_no_feedback_or_answers(page: Page, site_root: str) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    q = single_answer_questions()[0].question
    page.locator(f"#q-{q.id} input").nth(0).check()
    page.locator(f"#q-{q.id} .quiz-check").click()
    page.emulate_media(media="print")
    expect(page.locator("form.quiz legend").first).to_be_visible()
    for hidden in (".quiz-feedback", ".quiz-check", ".quiz-summary", ".quiz-tag"):
        for element in page.locator(f"form.quiz {hidden}").all():
            expect(element).to_be_hidden()


def test_touch_targets_are_at_least_44px(page: Page, site_root: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site_root}/human-trafficking-networks/{THEME}.html")
    for selector in ("form.quiz .quiz-choice", "form.quiz .quiz-check"):
        box = page.locator(selector).first.bounding_box()
        assert box and box["height"] >= 44, selector


def test_quiz_script_and_styles_fit_the_budget() -> None:
    size = sum(len(gzip.compress((ROOT / "docs" / "assets" / name).read_bytes(), 9)) for name in ("quiz.js", "quiz.css"))
    assert size <= 6 * 1024, f"quiz.js + quiz.css are {size} bytes gzipped; the budget is 6 KB"
