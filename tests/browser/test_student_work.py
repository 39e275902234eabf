"""Student work end to end in Chromium, from file://: written answers kept, My work saved to a file and
loaded elsewhere, a class handed in (with a malformed file and one from another reading), CSV, assignments,
judge-first predictions."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from guided_reading.features.student_work.catalog import catalog
from support import seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
SLUG = CTX.slug
CATALOG = catalog(CTX, teacher=True)
PART = CTX.parts[0].id
QUIZ = CTX.features["quizzes"][PART]
PROMPT = CTX.features["writing"][PART][0].prompt
JUDGED = CATALOG["predictions"][0]
JUDGE_PAGE = JUDGED["href"].split(".html")[0]
ANSWER = (
    "They are not part of any government but act on the world stage. They work like a business, using "
    "technology, security and social networks, and they hide inside legal companies and move their money "
    "through banks so that it looks clean. Most have links with terrorists and arms dealers."
)


def reading(root: str, page: str) -> str:
    return f"{root}/{SLUG}/{page}.html"


def save_my_work(page: Page, root: str, name: str, folder: Path) -> Path:
    page.goto(reading(root, "my-work"))
    page.fill("#work-name", name)
    with page.expect_download() as download:
        page.click(".work-save")
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    return path


def test_write_save_hand_in_and_export(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # 1. A written answer, typed and kept across a reload; the strong answer opens only after enough words.
    page.goto(reading(root, PART))
    box = page.locator(f"#write-{PROMPT.id}")
    compare = box.locator(".written-compare")
    box.locator("textarea").fill("Too short.")
    expect(box.locator(".written-count")).to_contain_text("2 words")
    expect(compare).to_be_disabled()
    box.locator("textarea").fill(ANSWER)
    expect(box.locator(".written-count")).to_contain_text(f"{len(ANSWER.split())} words")
    expect(box.locator(".written-strong")).to_be_hidden()
    compare.click()
    expect(box.locator(".written-strong")).to_be_visible()
    expect(box.locator(".written-strong")).to_contain_text(PROMPT.points[0][:40])
    first = QUIZ.questions[0].question
    shown = QUIZ.questions[0].choices  # in the order the page shows them
    right = next(i for i, c in enumerate(shown) if c.correct)
    page.locator(f"#q-{first.id} input").nth(right).check()
    page.locator(f"#q-{first.id} .quiz-check").click()
    page.reload()
    expect(page.locator(f"#write-{PROMPT.id} textarea")).to_have_value(ANSWER)
    expect(page.locator(f"#write-{PROMPT.id} .written-strong")).to_be_visible()

    # 2. My work gathers it and saves one self-describing file with the answer inside.
    page.goto(reading(root, "my-work"))
    expect(page.locator(".work-body")).to_contain_text(ANSWER)
    expect(page.locator(".work-body")).to_contain_text("First-try score: 1 right out of 1 checked")
    ana = save_my_work(page, root, "Ana Lima", tmp_path)
    saved = json.loads(ana.read_text(encoding="utf-8"))
    assert saved["format"] == "guided-readings-work" and saved["student"] == "Ana Lima"
    assert saved["reading"] == CATALOG["reading"]
    assert saved["saved"][:4].isdigit()
    assert saved["written"][0]["answer"] == ANSWER and saved["written"][0]["prompt"]
    assert saved["quizzes"][0]["questions"][0]["chosen_text"][0].endswith(shown[right].text)
    assert ana.read_text(encoding="utf-8").count("\n") > 20  # laid out for a person to read

    # A second student's file, a malformed one, and one from another reading.
    ben = json.loads(ana.read_text(encoding="utf-8"))
    ben["student"] = "Ben Okafor"
    ben["work_id"] = "benokaforsdevice"  # another student's device: files are told apart by what they hold
    ben["written"][0]["answer"] = "Ben's answer: they are organised like companies."
    ben["quizzes"][0]["questions"][0]["chosen"] = [(right + 1) % len(shown)]
    ben["quizzes"][0]["questions"][0].update(first_chosen=[(right + 1) % len(shown)], first_right=False)  # wrong at the first try
    ben_file = tmp_path / "ben.json"
    ben_file.write_text(json.dumps(ben, indent=2), encoding="utf-8")
    bad_file = tmp_path / "broken.json"
    bad_file.write_text('{"format": "guided-readings-work", "version": 1, "reading": ', encoding="utf-8")
    other = json.loads(ana.read_text(encoding="utf-8"))
    other["reading"] = {"slug": "another-reading", "title": "Another Op-ed", "edition": "0000000000"}
    other_file = tmp_path / "other.json"
    other_file.write_text(json.dumps(other), encoding="utf-8")

    # 3-4. Hand-in opens them all: both students, an error line for the bad file, the other reading set aside.
    page.goto(reading(root, "hand-in"))
    page.set_input_files(".hand-in-files", [str(ana), str(ben_file), str(bad_file), str(other_file)])
    table = page.locator(".hand-in-results table").first
    expect(table).to_contain_text("Ana Lima")
    expect(table).to_contain_text("Ben Okafor")
    messages = page.locator(".hand-in-messages")
    expect(messages.locator(".hand-in-message--error")).to_have_count(1)
    expect(messages.locator(".hand-in-message--error")).to_contain_text("broken.json")
    expect(messages.locator(".hand-in-message--aside")).to_contain_text("other.json is from another reading, “Another Op-ed”")
    page.locator(".hand-in-marking summary").first.click()
    expect(page.locator(".hand-in-marking")).to_contain_text(ANSWER)
    expect(page.locator(".hand-in-marking")).to_contain_text("Ben's answer")
    expect(page.locator(".hand-in-points").first).to_contain_text(PROMPT.points[0][:40])
    expect(page.locator(".hand-in-wrong")).to_contain_text(first.prompt[:40])
    expect(page.locator(".hand-in-wrong")).to_contain_text("1 of 2 chose")

    # 5. The CSV for a gradebook.
    with page.expect_download() as download:
        page.click(".hand-in-csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["Ana Lima", "Ben Okafor"]
    header = rows[0]
    right_first = header.index(f"{QUIZ.title}: right first time")
    assert rows[1][right_first] == "1" and rows[2][right_first] == "0"
    assert ANSWER in rows[1]
    assert errors == []
    context.close()

    # Load the saved file on another computer (a fresh browser profile): the answer comes back.
    other_computer = browser.new_context(viewport={"width": 1280, "height": 900})
    page = other_computer.new_page()
    page.goto(reading(root, "my-work"))
    expect(page.locator(".work-body")).to_contain_text("Not written yet.")
    page.set_input_files(".work-load", str(ana))
    expect(page.locator(".work-status")).to_contain_text("Ana Lima")
    expect(page.locator("#work-name")).to_have_value("Ana Lima")
    page.set_input_files(".work-load", str(other_file))
    expect(page.locator(".work-status")).to_contain_text("Not loaded")
    page.goto(reading(root, PART))
    expect(page.locator(f"#write-{PROMPT.id} textarea")).to_have_value(ANSWER)
    other_computer.close()


def test_assignment_link_shows_only_its_parts_and_the_file_records_it(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(reading(root, "assign"))
    page.locator(f'.assign-pick[data-kind="parts"][value="{PART}"]').check()
    dropped = QUIZ.questions[1].question.id
    page.locator(f'.assign-pick[data-kind="questions"][value="{dropped}"]').uncheck()
    page.fill("#assign-due", "Hand in by Friday 12 December")
    href = page.locator(".assign-open").get_attribute("href")
    assert href and href.startswith("assignment.html#")  # relative: works from the zip and on the web
    page.click(".assign-open")
    expect(page.locator(".assignment-due")).to_have_text("Due: Hand in by Friday 12 December")
    visible_parts = page.locator(".assignment-read li:visible")
    expect(visible_parts).to_have_count(1)
    expect(visible_parts).to_contain_text(CTX.parts[0].title)
    shown = page.locator("fieldset.quiz-question:visible")
    expect(shown).to_have_count(len(QUIZ.questions) - 1)
    expect(page.locator(f"#q-{dropped}")).to_be_hidden()
    expect(page.locator(f"#write-{PROMPT.id}")).to_be_visible()
    for other in CTX.features["writing"].get(CTX.parts[1].id, []):
        expect(page.locator(f"#write-{other.prompt.id}")).to_be_hidden()
    saved = json.loads(save_my_work(page, root, "Cleo", tmp_path).read_text(encoding="utf-8"))
    assert saved["assignment"]["parts"] == [PART]
    assert dropped not in saved["assignment"]["questions"]
    assert saved["assignment"]["due"] == "Hand in by Friday 12 December"
    context.close()


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_judge_first_then_open(page: Page, site_root: str) -> None:
    page.goto(f"{reading(site_root, JUDGE_PAGE)}#fig-{JUDGED['id']}")
    block = page.locator(f"#fig-{JUDGED['id']}")
    expect(block.locator("form.judge-form")).to_be_visible()
    expect(block.locator("details")).to_be_hidden()  # no verdict before the reader's own judgement
    block.locator(".judge-open").click()
    expect(block.locator(".judge-said")).to_have_text("Choose an answer first.")
    block.locator("input").nth(1).check()
    block.locator(".judge-open").click()
    expect(block.locator("details")).to_have_attribute("open", "")
    expect(block.locator("details")).to_contain_text("The source says")
    expect(block.locator(".judge-said")).to_contain_text(JUDGED["choices"][1])
    page.reload()
    expect(block.locator("details")).to_be_visible()
    expect(block.locator("input").nth(1)).to_be_disabled()
    expect(block.locator("input").nth(1)).to_be_checked()
    page.goto(reading(site_root, "my-work"))
    expect(page.locator(".work-body")).to_contain_text(f"Your prediction: {JUDGED['choices'][1]}.")


def test_full_text_and_teachers_guide_show_the_judged_callout_open(page: Page, site_root: str) -> None:
    for name in ("full-text", "teacher"):
        page.goto(reading(site_root, name))
        callout = page.locator(f"details#fig-{JUDGED['id']}")
        expect(callout).to_be_visible()
        expect(callout).to_contain_text("The source says")
        assert page.locator("form.judge-form").count() == 0


def test_without_javascript(browser: Browser, site_root: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(reading(site_root, JUDGE_PAGE))
    details = page.locator(f"#fig-{JUDGED['id']} details")
    expect(details).to_be_visible()  # a plain <details>, closed, that the reader can open
    assert details.get_attribute("open") is None
    expect(page.locator(f"#fig-{JUDGED['id']} form.judge-form")).to_be_hidden()
    page.goto(reading(site_root, PART))
    expect(page.locator(f"#write-{PROMPT.id} textarea")).to_be_editable()
    expect(page.locator(f"#write-{PROMPT.id} .written-strong")).to_be_hidden()
    for name in ("my-work", "hand-in"):
        page.goto(reading(site_root, name))
        expect(page.locator(".work-needs-script")).to_be_visible()
    context.close()


def test_print_hides_the_strong_answer_and_the_buttons(page: Page, site_root: str) -> None:
    page.goto(reading(site_root, PART))
    box = page.locator(f"#write-{PROMPT.id}")
    box.locator("textarea").fill(ANSWER)
    box.locator(".written-compare").click()
    page.emulate_media(media="print")
    expect(box.locator("textarea")).to_be_visible()
    for hidden in (".written-strong", ".written-actions", ".written-count"):
        expect(box.locator(hidden)).to_be_hidden()


def test_worksheet_has_lined_space_for_every_prompt_and_no_points(page: Page, site_root: str) -> None:
    """The written prompts print on the worksheet, which holds the longer tasks (the handout stays within four pages)."""
    page.goto(reading(site_root, "worksheet"))
    page.emulate_media(media="print")
    text = page.locator(".md-content").inner_text()
    prompts = CTX.edition.writing
    assert page.locator(".write-lines").count() == len(prompts)
    for prompt in prompts:
        assert " ".join(prompt.prompt.split())[:50] in " ".join(text.split())
        assert prompt.points[0][:50] not in text


SHOTS = [("my-work", None), ("hand-in", "files"), ("assignment", "link"), (PART, "written")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots(browser: Browser, site: Path, tmp_path: Path, width: int, scheme: str) -> None:
    """Phone and desktop, light and dark. Set SCREENSHOT_DIR to keep the PNGs and look at them."""
    out = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    root = site.as_uri()
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, accept_downloads=True)
    page = context.new_page()
    page.goto(reading(root, PART))
    page.locator(f"#write-{PROMPT.id} textarea").fill(ANSWER)
    page.locator(f"#write-{PROMPT.id} .written-compare").click()
    saved = save_my_work(page, root, "Ana Lima", tmp_path)
    for name, setup in SHOTS:
        page.goto(reading(root, name) + ("#parts=" + PART + "&prompts=" + PROMPT.id + "&due=Friday" if setup == "link" else ""))
        if setup == "files":
            page.set_input_files(".hand-in-files", [str(saved)])
            expect(page.locator(".hand-in-results table").first).to_be_visible()
        if setup == "written":
            page.locator(f"#write-{PROMPT.id}").scroll_into_view_if_needed()
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        path = out / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=str(path), full_page=setup != "written")
        assert path.stat().st_size > 5000
    context.close()


AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_filled_pages_pass_axe(browser: Browser, http_root: str, tmp_path: Path, scheme: str) -> None:
    """The states a script builds (answers compared, a figure opened, My work filled, a class handed in)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, accept_downloads=True)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    found = {}

    def check(name: str) -> None:
        page.wait_for_load_state()
        page.mouse.move(0, 0)  # no hover colours, once their transition is over
        page.wait_for_timeout(400)
        # The page's content, where these states live; the theme around it is checked by test_accessibility.
        result = page.evaluate("async () => await axe.run('.md-content', {resultTypes: ['violations']})")
        problems = [f"{v['id']}: {[' '.join(n['target']) for n in v['nodes']][:3]}" for v in result["violations"]]
        if problems:
            found[name] = problems

    page.goto(reading(http_root, PART))
    page.locator(f"#write-{PROMPT.id} textarea").fill(ANSWER)
    page.locator(f"#write-{PROMPT.id} .written-compare").click()
    check(PART)
    page.goto(reading(http_root, JUDGE_PAGE))
    check("judge, before")
    page.locator(f"#fig-{JUDGED['id']} input").first.check()
    page.locator(f"#fig-{JUDGED['id']} .judge-open").click()
    check("judge, after")
    saved = save_my_work(page, http_root, "Ana Lima", tmp_path)
    check("my-work")
    page.goto(reading(http_root, "hand-in"))
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    page.set_input_files(".hand-in-files", [str(saved), str(bad)])
    expect(page.locator(".hand-in-results table").first).to_be_visible()
    check("hand-in")
    page.goto(reading(http_root, "assign"))
    page.locator(f'.assign-pick[data-kind="parts"][value="{PART}"]').check()
    check("assign")
    page.click(".assign-open")
    check("assignment")
    context.close()
    assert found == {}, found


def test_first_draft_is_kept_beside_the_revision(browser: Browser, site: Path, tmp_path: Path) -> None:
    """The strong-answer points open only once a first draft is submitted; the draft stays as written."""
    root = site.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(reading(root, PART))
    box = page.locator(f"#write-{PROMPT.id}")
    box.locator("textarea").fill(ANSWER)
    expect(box.locator(".written-strong")).to_be_hidden()
    expect(box.locator(".written-compare")).to_have_text("Submit my first draft and compare")
    box.locator(".written-compare").click()
    expect(box.locator(".written-strong")).to_be_visible()
    expect(box.locator(".written-draft")).to_contain_text(ANSWER)
    revision = ANSWER + " They also corrupt officials."
    box.locator("textarea").fill(revision)
    page.reload()
    expect(box.locator("textarea")).to_have_value(revision)
    expect(box.locator(".written-draft-text")).to_have_text(ANSWER)
    page.goto(reading(root, "my-work"))
    body = page.locator(".work-body")
    expect(body).to_contain_text(f"First draft ({len(ANSWER.split())} words), as submitted:")
    expect(body).to_contain_text(f"Revision ({len(revision.split())} words):")
    saved = json.loads(save_my_work(page, root, "Ana", tmp_path).read_text(encoding="utf-8"))
    entry = saved["written"][0]
    assert entry["draft"] == ANSWER and entry["answer"] == revision and entry["drafted"][:4].isdigit()
    context.close()


def test_my_work_and_the_file_count_the_first_try(browser: Browser, site: Path, tmp_path: Path) -> None:
    """Wrong, then right: the first try is what My work and the file score; a version 1 file's first try is unknown."""
    root = site.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(reading(root, PART))
    placed = next(p for p in QUIZ.questions if not p.question.multiple)
    right = next(i for i, c in enumerate(placed.choices) if c.correct)
    wrong = next(i for i, c in enumerate(placed.choices) if not c.correct)
    q = f"#q-{placed.question.id}"
    page.locator(f"{q} input").nth(wrong).check()
    page.locator(f"{q} .quiz-check").click()
    page.locator(f"{q} input").nth(right).check()
    page.locator(f"{q} .quiz-check").click()
    page.goto(reading(root, "my-work"))
    body = page.locator(".work-body")
    expect(body).to_contain_text("First-try score: 0 right out of 1 checked")
    expect(body).to_contain_text("Right after trying again: 1 more (not counted in the score).")
    expect(body).to_contain_text(f"First try: {'ABCDEF'[wrong]}. {placed.choices[wrong].text}. \u2717 not right")
    expect(body).to_contain_text("2 checks.")
    path = save_my_work(page, root, "Ana", tmp_path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    quiz = saved["quizzes"][0]
    entry = quiz["questions"][0]
    assert entry["first_chosen"] == [wrong] and entry["first_right"] is False and entry["tries"] == 2
    assert entry["chosen"] == [right] and entry["right"] is True
    assert quiz["score"]["first_try_right"] == 0 and quiz["score"]["right_after_later_tries"] == 1

    # The same answer in a version 1 file (no first try recorded): shown as unknown, never as right.
    old = json.loads(path.read_text(encoding="utf-8"))
    old["version"] = 1
    for key in ("first_chosen", "first_chosen_text", "first_right", "tries", "revealed"):
        del old["quizzes"][0]["questions"][0][key]
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(old), encoding="utf-8")
    fresh = browser.new_context(viewport={"width": 1280, "height": 900})
    page2 = fresh.new_page()
    page2.goto(reading(root, "my-work"))
    page2.set_input_files(".work-load", str(old_file))
    expect(page2.locator(".work-status")).to_contain_text("Loaded old.json")
    expect(page2.locator(".work-body")).to_contain_text("First try: not recorded")
    expect(page2.locator(".work-body")).to_contain_text("First-try score: 0 right out of 0 checked")
    expect(page2.locator(".work-body")).to_contain_text("First try not recorded: 1.")
    fresh.close()
    context.close()


def test_my_work_counts_later_tries_as_the_quiz_page_does(browser: Browser, site: Path) -> None:
    """One question right first, one wrong then right: both pages say "1 more", not the 2 right at the last check."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(reading(site.as_uri(), PART))
    first, second = [p for p in QUIZ.questions if not p.question.multiple][:2]
    for placed, picks in ((first, ("right",)), (second, ("wrong", "right"))):
        for pick in picks:
            i = next(i for i, c in enumerate(placed.choices) if c.correct == (pick == "right"))
            page.locator(f"#q-{placed.question.id} input").nth(i).check()
            page.locator(f"#q-{placed.question.id} .quiz-check").click()
    line = "Right after trying again: 1 more (not counted in the score)."
    expect(page.locator(f"#quiz-{PART} .quiz-score")).to_contain_text(line)
    page.goto(reading(site.as_uri(), "my-work"))
    body = page.locator(".work-body")
    expect(body).to_contain_text("First-try score: 1 right out of 2 checked")
    expect(body).to_contain_text(line)
    context.close()


def test_word_work_is_in_the_work_file_and_comes_back(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    exercise = CATALOG["word_work"][0]
    page.goto(reading(root, exercise["href"].split(".html")[0]))
    item = exercise["questions"][0]
    page.locator(f"#quiz-{exercise['id']} #q-{item['id']} input").nth(item["correct"][0]).check()
    page.locator(f"#quiz-{exercise['id']} #q-{item['id']} .quiz-check").click()
    path = save_my_work(page, root, "Ana", tmp_path)
    expect(page.locator(".work-body")).to_contain_text(exercise["title"])
    saved = json.loads(path.read_text(encoding="utf-8"))
    entry = saved["word_work"][0]
    assert entry["id"] == exercise["id"] and entry["questions"][0]["first_right"] is True
    fresh = browser.new_context(viewport={"width": 1280, "height": 900})
    page2 = fresh.new_page()
    page2.goto(reading(root, "my-work"))
    page2.set_input_files(".work-load", str(path))
    expect(page2.locator(".work-status")).to_contain_text("1 answer added")
    page2.goto(reading(root, exercise["href"].split(".html")[0]))
    expect(page2.locator(f"#quiz-{exercise['id']} #q-{item['id']} .quiz-feedback")).to_contain_text("Right.")
    fresh.close()
    context.close()
