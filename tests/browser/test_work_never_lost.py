"""No student work is lost, in Chromium from file:// (and the main cases from 127.0.0.1 too): loading a file merges and asks first and can be undone;
files carry a work id and their time; answers have a stated limit; ids from storage, files and addresses are
checked against the reading's own (prototype keys too); a bad address or palette value resets only itself."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from guided_reading.features.student_work.catalog import catalog
from support import seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
SLUG = CTX.slug
CATALOG = catalog(CTX)
PART = CTX.parts[0].id
QUIZ = CTX.features["quizzes"][PART]
PROMPTS = [w["id"] for w in CATALOG["written"]]
PREFIX = f"guided-readings:v1:{SLUG}:"
MINE = "Mine: the networks act like firms and hide their money in banks."
THEIRS = "The file's answer: they are businesses that cross borders and launder money."


def new_context(browser: Browser) -> tuple[BrowserContext, Page, list[str]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return context, page, errors


def url(root: str, name: str) -> str:
    return f"{root}/{SLUG}/{name}.html"


def save(page: Page, root: str, name: str, folder: Path) -> Path:
    page.goto(url(root, "my-work"))
    page.fill("#work-name", name)
    with page.expect_download() as download:
        page.click(".work-save")
    path = folder / download.value.suggested_filename
    download.value.save_as(path)
    return path


def store(page: Page, values: dict[str, object]) -> None:
    page.evaluate("values => { for (const [k, v] of Object.entries(values)) localStorage.setItem(k, JSON.stringify(v)); }", values)


def stored(page: Page, key: str) -> object:
    return page.evaluate("k => JSON.parse(localStorage.getItem(k))", key)


def test_loading_a_file_merges_asks_before_replacing_and_can_be_undone(browser: Browser, site_root: str, tmp_path: Path) -> None:
    root = site_root
    context, page, errors = new_context(browser)
    page.goto(url(root, "my-work"))
    first = QUIZ.questions[0]
    store(page, {f"{PREFIX}written:{PROMPTS[0]}": {"text": THEIRS},
                 f"{PREFIX}quiz:{PART}": {first.question.id: {"chosen": [1], "checked": False, "right": False}}})
    ana = save(page, root, "Ana Lima", tmp_path)
    context.close()

    context, page, errors = new_context(browser)
    page.goto(url(root, "my-work"))
    store(page, {f"{PREFIX}written:{PROMPTS[0]}": {"text": MINE}, f"{PREFIX}written:{PROMPTS[1]}": {"text": "Only here."},
                 "guided-readings:v1:name": "Ana L."})
    page.reload()
    page.set_input_files(".work-load", str(ana))
    clashes = page.locator(".work-clashes")
    expect(clashes).to_be_visible()
    expect(clashes).to_contain_text(MINE[:40])
    expect(clashes).to_contain_text(THEIRS[:40])
    expect(clashes.locator("li")).to_have_count(2)  # the written answer and the name; nothing else differs
    # Nothing has changed yet.
    assert stored(page, f"{PREFIX}written:{PROMPTS[0]}")["text"] == MINE
    page.click(".work-keep-mine")
    body = page.locator(".work-body")
    expect(body).to_contain_text(MINE)
    expect(body).to_contain_text("Only here.")
    expect(body).to_contain_text("Your answer: B.")  # the quiz answer only the file had is added
    expect(page.locator(".work-status")).to_contain_text("1 answer added")
    expect(page.locator("#work-name")).to_have_value("Ana L.")

    page.click(".work-undo-button")
    expect(page.locator(".work-status")).to_contain_text("undone")
    expect(body).not_to_contain_text("Your answer: B.")
    assert stored(page, f"{PREFIX}quiz:{PART}") is None

    page.set_input_files(".work-load", str(ana))
    page.click(".work-use-file")
    expect(body).to_contain_text(THEIRS)
    expect(body).to_contain_text("Only here.")  # what only this browser had stays
    expect(page.locator("#work-name")).to_have_value("Ana Lima")
    page.click(".work-undo-button")
    expect(body).to_contain_text(MINE)
    expect(page.locator("#work-name")).to_have_value("Ana L.")

    # A valid file with empty answers and a blank name changes nothing.
    empty = json.loads(ana.read_text(encoding="utf-8"))
    empty.update(student="", written=[], quizzes=[], word_work=[], predictions=[])
    blank = tmp_path / "blank.json"
    blank.write_text(json.dumps(empty), encoding="utf-8")
    page.set_input_files(".work-load", str(blank))
    expect(page.locator(".work-status")).to_contain_text("0 answers added")
    expect(body).to_contain_text(MINE)
    expect(page.locator("#work-name")).to_have_value("Ana L.")
    page.set_input_files(".work-load", str(ana))
    page.click(".work-cancel-load")
    expect(page.locator(".work-status")).to_contain_text("Your work here is unchanged")
    expect(body).to_contain_text(MINE)
    assert errors == []
    context.close()


@pytest.mark.parametrize("name,part", [("王伟", "王伟"), ("محمد", "محمد"), ("", "student"), ("  ", "student"),
                                       ("Zoë O'Brien/../x", "zoë-o-brien-x"), ("\u202eevil", "evil")])
def test_file_names_are_safe_in_any_script_and_carry_the_time(browser: Browser, site: Path, tmp_path: Path, name: str, part: str) -> None:
    context, page, errors = new_context(browser)
    path = save(page, site.as_uri(), name, tmp_path)
    assert re.fullmatch(rf"my-work-{SLUG}-{re.escape(part)}-\d{{4}}-\d\d-\d\d-\d{{4}}-[a-z2-7]{{4}}\.json", path.name), path.name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and re.fullmatch(r"[a-z2-7]{16,}", data["work_id"]) and data["saved"][:4].isdigit()
    assert errors == []
    context.close()


def test_work_id_is_made_once_per_device_and_reading(browser: Browser, site: Path, tmp_path: Path) -> None:
    context, page, _ = new_context(browser)
    one = json.loads(save(page, site.as_uri(), "Alex", tmp_path).read_text(encoding="utf-8"))
    two = json.loads(save(page, site.as_uri(), "Alex", tmp_path).read_text(encoding="utf-8"))
    assert one["work_id"] == two["work_id"] == stored(page, f"{PREFIX}work-id")
    context.close()
    context, page, _ = new_context(browser)
    other = json.loads(save(page, site.as_uri(), "Alex", tmp_path).read_text(encoding="utf-8"))
    assert other["work_id"] != one["work_id"]  # two students called Alex, told apart
    context.close()


def test_a_long_answer_is_kept_and_the_limit_is_shown(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context, page, errors = new_context(browser)
    page.goto(url(root, PART))
    box = page.locator(f"#write-{PROMPTS[0]}")
    area = box.locator("textarea")
    assert area.get_attribute("maxlength") == "30000"
    essay = ("A long essay about networks that cross borders. " * 600)[:25000]
    area.fill(essay)
    expect(box.locator(".written-count")).to_contain_text("25,000 of 30,000 characters")
    expect(box.locator(".written-count")).to_contain_text("Kept on this device")
    page.reload()
    expect(area).to_have_value(essay)
    page.keyboard.type("")
    area.fill("x" * 30000)
    area.press("End")
    page.keyboard.type("yz")
    assert len(area.input_value()) == 30000
    expect(box.locator(".written-count")).to_contain_text("That is the most this box keeps")

    # A file with a longer answer says so instead of dropping it in silence.
    saved = json.loads(save(page, root, "Ana", tmp_path).read_text(encoding="utf-8"))
    saved["written"][0]["answer"] = "y" * 40000
    long_file = tmp_path / "long.json"
    long_file.write_text(json.dumps(saved), encoding="utf-8")
    fresh, page2, errors2 = new_context(browser)
    page2.goto(url(root, "my-work"))
    page2.set_input_files(".work-load", str(long_file))
    expect(page2.locator(".work-status")).to_contain_text("40,000 characters long, more than the 30,000 this page keeps")
    assert errors == [] and errors2 == []
    context.close()
    fresh.close()


def hostile_file(folder: Path, template: dict) -> Path:
    data = json.loads(json.dumps(template))
    prompt = data["written"][0]["prompt"] if data["written"] else ""
    data["written"] += [{"id": "__proto__", "prompt": prompt, "answer": "x"}, {"id": "constructor", "answer": "x"}]
    data["quizzes"] += [
        {"id": "constructor", "questions": [{"id": "__proto__", "chosen": [0], "checked": True, "right": True}]},
        {"id": "__proto__", "questions": []},
        {"id": PART, "questions": [{"id": "constructor", "chosen": [0], "checked": True, "right": True},
                                   {"id": "__proto__", "chosen": [0], "checked": True, "right": True},
                                   {"id": "hasOwnProperty", "chosen": [0], "checked": True, "right": True}]},
    ]
    data["predictions"] = [{"id": "constructor", "choice": 0}, {"id": "__proto__", "choice": 0}, {"id": "toString", "choice": 0}]
    path = folder / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_prototype_keys_in_a_file_or_in_storage_are_only_keys(browser: Browser, site_root: str, tmp_path: Path) -> None:
    root = site_root
    context, page, errors = new_context(browser)
    template = json.loads(save(page, root, "Ana", tmp_path).read_text(encoding="utf-8"))
    page.goto(url(root, "my-work"))
    page.set_input_files(".work-load", str(hostile_file(tmp_path, template)))
    expect(page.locator(".work-status")).to_contain_text("Loaded hostile.json")
    for kind in ("quiz", "written", "prediction"):
        for name in ("constructor", "__proto__"):
            assert page.evaluate("k => localStorage.getItem(k)", f"{PREFIX}{kind}:{name}") is None
    # In storage: a quiz record under prototype names, read by the quiz page and by My work.
    store(page, {f"{PREFIX}quiz:{PART}": json.loads('{"constructor": {"chosen": [0], "checked": true, "right": true},'
                                                    ' "__proto__": {"chosen": [0], "checked": true, "right": true}}')})
    page.goto(url(root, PART))
    expect(page.locator(f"#quiz-{PART} .quiz-summary")).to_be_hidden()
    page.goto(url(root, "my-work"))
    expect(page.locator(".work-score").first).to_contain_text("0 right out of 0 checked")
    page.goto(url(root, "hand-in"))
    page.set_input_files(".hand-in-files", [str(tmp_path / "hostile.json")])
    expect(page.locator(".hand-in-results table").first).to_contain_text("Ana")
    assert errors == []
    context.close()


def test_an_assignment_link_that_names_nothing_known_leaves_the_stored_one(browser: Browser, site_root: str) -> None:
    root = site_root
    context, page, errors = new_context(browser)
    page.goto(url(root, "assignment") + f"#parts={PART}&due=Friday")
    expect(page.locator(".assignment-due")).to_have_text("Due: Friday")
    kept = stored(page, f"{PREFIX}assignment")
    assert kept["parts"] == [PART]
    for address in ("#parts=no-such-part&questions=nor-this", "#due=Monday", "#questions=constructor,__proto__", "#parts=%E0%A4%A"):
        page.goto(url(root, "assignment") + address)
        expect(page.locator(".assignment-due")).to_have_text("Due: Friday")
        assert stored(page, f"{PREFIX}assignment") == kept, address
    assert errors == []
    context.close()


def test_out_of_range_stored_choices_are_not_answers(browser: Browser, site: Path) -> None:
    root = site.as_uri()
    context, page, errors = new_context(browser)
    page.goto(url(root, "my-work"))
    first, second = QUIZ.questions[0].question.id, QUIZ.questions[1].question.id
    store(page, {f"{PREFIX}quiz:{PART}": {
        first: {"chosen": [7], "checked": True, "right": True},
        second: {"chosen": [0], "checked": True, "right": True, "first": {"chosen": [9], "right": True}},
    }})
    page.reload()
    text = page.locator(".work-body").inner_text()
    assert "undefined" not in text
    expect(page.locator(".work-score").first).to_contain_text("First-try score: 0 right out of 0 checked")
    page.goto(url(root, PART))
    expect(page.locator(f"#quiz-{PART} .quiz-summary")).to_be_hidden()
    assert errors == []
    context.close()


PALETTES = ['{', '"dark"', '[1]', '{"index": "x", "color": 5}', '{"index": 0, "color": {"media": "(prefers-color-scheme)"}}',
            '{"index": 0, "color": {"scheme": "slate\\"><img src=x>"}}', '{"index": 99999999999, "color": {}}', '{"color": null}']


@pytest.mark.parametrize("junk", PALETTES)
def test_a_junk_palette_value_resets_to_the_default(browser: Browser, site: Path, junk: str) -> None:
    root = site.as_uri()
    context, page, errors = new_context(browser)
    page.goto(url(root, "index"))
    key = page.evaluate("() => __md_scope.pathname + '.__palette'")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, junk])
    page.goto(url(root, PART))
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    assert scheme in ("default", "slate")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", scheme)
    page.locator(".md-search__input").click()
    page.keyboard.type("smuggling")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    assert errors == [], errors
    context.close()


def test_a_broken_percent_sign_in_the_address_does_not_stop_the_figures_folding(browser: Browser, site: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    figure_page = next(p.id for p in CTX.parts if 'class="admonition figure' in (site / SLUG / f"{p.id}.html").read_text(encoding="utf-8"))
    page.goto(url(site.as_uri(), figure_page) + "#%E0%A4%A")
    expect(page.locator(".md-content details.figure").first).to_be_attached()
    page.wait_for_load_state("load")
    assert page.locator(".md-content details.figure[open]").count() == 0
    assert errors == [], errors
    context.close()


def test_names_are_isolated_for_direction_and_counts_read_right(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context, page, errors = new_context(browser)
    page.goto(url(root, "my-work"))
    store(page, {f"{PREFIX}written:{PROMPTS[0]}": {"text": "Networks."}})
    rtl = save(page, root, "\u202eAlex", tmp_path)
    page.reload()
    expect(page.locator(".work-body")).to_contain_text("1 word;")
    expect(page.locator(".work-body")).not_to_contain_text("1 words")
    fresh, page2, errors2 = new_context(browser)
    page2.goto(url(root, "my-work"))
    page2.set_input_files(".work-load", str(rtl))
    expect(page2.locator(".work-status bdi")).to_have_text("\u202eAlex")
    assert errors == [] and errors2 == []
    context.close()
    fresh.close()


def test_a_file_from_another_edition_is_named_by_its_title_and_date(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    context, page, errors = new_context(browser)
    data = json.loads(save(page, root, "Ana", tmp_path).read_text(encoding="utf-8"))
    data["reading"]["edition"] = "9980ff4103"
    data["saved"] = "2026-11-03T10:00:00.000Z"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    page.goto(url(root, "my-work"))
    page.set_input_files(".work-load", str(old))
    status = page.locator(".work-status")
    expect(status).to_contain_text(f"another edition of “{CTX.edition.meta.title}”, saved on 3 November 2026")
    expect(status).not_to_contain_text("9980ff4103")
    assert errors == []
    context.close()


def test_answers_to_a_question_a_later_edition_rewrote_are_kept_and_said(browser: Browser, site_root: str) -> None:
    """An item rewritten in a later edition gets a new id: the answer to the old one is not counted, but a check
    on the page, My work and a loaded file keep it, and both pages say so."""
    context, page, errors = new_context(browser)
    page.goto(url(site_root, PART))
    old = {"chosen": [2], "checked": True, "right": True, "first": {"chosen": [2], "right": True}, "tries": 1, "revealed": False}
    store(page, {f"{PREFIX}quiz:{PART}": {"an-item-since-rewritten": old}})
    page.reload()
    note = page.locator(f"#quiz-{PART} .quiz-retired")
    expect(note).to_have_text(re.compile(r"^This quiz has changed since you last answered it: 1 of your answers was to a question no longer here\."))
    second = QUIZ.questions[1].question.id
    page.locator(f"#q-{second} input").nth(0).check()
    page.locator(f"#q-{second} .quiz-check").click()
    expect(page.locator(f"#q-{second}")).to_have_class(re.compile(r"is-(right|wrong)"))
    kept = stored(page, f"{PREFIX}quiz:{PART}")
    assert isinstance(kept, dict)
    assert kept["an-item-since-rewritten"] == old and kept[second]["first"] is not None  # the check saved both
    expect(page.locator(f"#quiz-{PART} .quiz-summary .quiz-score")).to_contain_text("1 checked")  # the old answer is not counted

    page.goto(url(site_root, "my-work"))
    expect(page.locator(".work-retired")).to_contain_text("1 earlier answer to a question no longer in this reading is kept on this device")
    assert errors == []
    context.close()
