"""Stored state of any shape never breaks a page: junk of every JSON type, and 1 MB, in every key the site stores."""
from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from guided_reading.features.student_work.catalog import catalog
from support import seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
CATALOG = catalog(CTX)
SLUG = CTX.slug
PREFIX = "guided-readings:v1:"
FIRST_PART = CTX.parts[0].id
JUDGE_PART = next(p["href"].split(".html")[0] for p in CATALOG["predictions"])
QUIZ = CTX.features["quizzes"][FIRST_PART]
PROMPT = CATALOG["written"][0]["id"]


def every_key() -> dict[str, str]:
    """Every key the site writes, with the page that reads it."""
    keys = {f"{PREFIX}name": "my-work", f"{PREFIX}{SLUG}:assignment": "assignment", f"{PREFIX}{SLUG}:work-id": "my-work"}
    for quiz in CATALOG["quizzes"] + CATALOG["word_work"]:
        keys[f"{PREFIX}{SLUG}:quiz:{quiz['id']}"] = quiz["href"].split(".html")[0]
        # Progress from before the keys were versioned is read (and validated) when the new key is empty.
        keys[f"guided-readings:{SLUG}/{quiz['id']}"] = quiz["href"].split(".html")[0]
    for prompt in CATALOG["written"]:
        keys[f"{PREFIX}{SLUG}:written:{prompt['id']}"] = prompt["href"].split(".html")[0]
    for figure in CATALOG["predictions"]:
        keys[f"{PREFIX}{SLUG}:prediction:{figure['id']}"] = figure["href"].split(".html")[0]
    return keys


JUNK = [
    "null", "42", "-1.5", "true", "false", '"text"', "[]", "[1, [2], {}]", "{}",
    '{"q": {"chosen": 5}}', json.dumps({QUIZ.questions[0].question.id: {"chosen": 5}}),
    json.dumps({QUIZ.questions[0].question.id: {"chosen": [99], "checked": True}}), '{"text": 5}',
    '{"text": null, "compared": "yes"}', '{"choice": "a"}', '{"choice": 7}', '{"parts": "all", "questions": [1]}',
    '{"__proto__": {"polluted": true}}', "{not json", "", "undefined",
]


def set_storage(page: Page, values: dict[str, str]) -> None:
    page.evaluate("values => { localStorage.clear(); for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v); }", values)


def assert_pages_work(page: Page, root: str, errors: list[str]) -> None:
    """The quiz, a written answer, a prediction, My work and the assignment page all work and can save."""
    page.goto(f"{root}/{SLUG}/{FIRST_PART}.html")
    checks = page.locator(f"#quiz-{FIRST_PART} .quiz-check")
    expect(checks).to_have_count(len(QUIZ.questions))
    for i in range(len(QUIZ.questions)):
        expect(checks.nth(i)).to_be_visible()
    first = QUIZ.questions[0].question
    page.locator(f"#q-{first.id} input").nth(0).check()
    page.locator(f"#q-{first.id} .quiz-check").click()
    expect(page.locator(f"#q-{first.id} .quiz-feedback")).not_to_have_text("")
    stored = json.loads(page.evaluate(f"() => localStorage.getItem('{PREFIX}{SLUG}:quiz:{FIRST_PART}')"))
    assert stored[first.id]["chosen"] == [0] and stored[first.id]["checked"] is True
    page.locator(f"#quiz-{FIRST_PART} .quiz-reset").click()
    page.locator(f"#quiz-{FIRST_PART} .quiz-confirm-clear").click()
    assert page.locator(f"#quiz-{FIRST_PART} input:checked").count() == 0
    expect(page.locator(f"#quiz-{FIRST_PART} .quiz-feedback").first).to_have_text("")
    box = page.locator(f"#write-{PROMPT} textarea")
    box.fill("A kept answer")
    stored = json.loads(page.evaluate(f"() => localStorage.getItem('{PREFIX}{SLUG}:written:{PROMPT}')"))
    assert stored["text"] == "A kept answer"

    page.goto(f"{root}/{SLUG}/{JUDGE_PART}.html")
    expect(page.locator("form.judge-form").first).to_be_visible()
    page.goto(f"{root}/{SLUG}/my-work.html")
    expect(page.locator(".work-body h2").first).to_have_text("Written answers")
    expect(page.locator("#work-name")).to_be_enabled()
    page.goto(f"{root}/{SLUG}/assignment.html")
    expect(page.locator(".work-needs-script")).to_be_hidden()
    assert errors == [], errors


@pytest.mark.parametrize("junk", JUNK)
def test_junk_in_every_key_at_once(page: Page, site: object, junk: str) -> None:
    root = site.as_uri()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{root}/{SLUG}/index.html")
    set_storage(page, dict.fromkeys(every_key(), junk))
    assert_pages_work(page, root, errors)


@pytest.mark.parametrize("junk", ["null", '{"q": {"chosen": 5}}', "42"])
def test_junk_over_http(page: Page, http_root: str, junk: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{http_root}/{SLUG}/index.html")
    set_storage(page, dict.fromkeys(every_key(), junk))
    assert_pages_work(page, http_root, errors)


def megabyte_batches() -> list[tuple[str, list[str]]]:
    """The keys grouped by the page that reads them, at most four to a group: four megabytes of text are 8 MB
    in the browser's count, under Chromium's 10 MB for one origin. A quiz's key from before versioning is read
    only while the new key is empty, so the old keys go in groups of their own."""
    batches: list[tuple[str, list[str]]] = []
    for legacy in (False, True):
        by_page: dict[str, list[str]] = {}
        for key, reader in every_key().items():
            if key.startswith(PREFIX) != legacy:
                by_page.setdefault(reader, []).append(key)
        for reader, keys in by_page.items():
            batches += [(reader, keys[i:i + 4]) for i in range(0, len(keys), 4)]
    return batches


def test_a_megabyte_in_each_key(page: Page, site: object) -> None:
    """Up to four keys at a time (all at once would pass the browser's storage quota), then the page that reads them."""
    root = site.as_uri()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{root}/{SLUG}/index.html")
    # The megabyte is made in the page: 57 megabytes sent from the test over the wire would cost more than the pages.
    shapes = ["big => JSON.stringify(big)", "big => JSON.stringify({text: big})", "big => big"]
    batches = megabyte_batches()
    assert sorted(k for _, keys in batches for k in keys) == sorted(every_key())
    for reader, keys in batches:
        for shape in shapes:
            page.evaluate(
                f"""keys => {{
                    const big = "x".repeat(1024 * 1024);
                    localStorage.clear();
                    for (const key of keys) localStorage.setItem(key, ({shape})(big));
                }}""",
                keys,
            )
            lengths = page.evaluate("keys => keys.map(k => localStorage.getItem(k).length)", keys)
            assert min(lengths) >= 1024 * 1024, (keys, lengths)
            page.goto(f"{root}/{SLUG}/{reader}.html")
            expect(page.locator(".md-content h1").first).to_be_visible()
            assert errors == [], (keys, errors)
    assert_pages_work(page, root, errors)


def test_a_full_store_does_not_stop_the_quiz(page: Page, site: object) -> None:
    """When localStorage is full, saving fails quietly: checking still shows feedback, written answers say they are not kept."""
    root = site.as_uri()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };")
    page.goto(f"{root}/{SLUG}/{FIRST_PART}.html")
    first = QUIZ.questions[0].question
    page.locator(f"#q-{first.id} input").nth(0).check()
    page.locator(f"#q-{first.id} .quiz-check").click()
    expect(page.locator(f"#q-{first.id} .quiz-feedback")).not_to_have_text("")
    page.locator(f"#write-{PROMPT} textarea").fill("Not kept")
    expect(page.locator(f"#write-{PROMPT} .written-count")).to_contain_text("Not kept")
    assert errors == []
