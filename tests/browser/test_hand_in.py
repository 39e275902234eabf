"""Hand-in in Chromium from file://: no student's work is lost (files told apart by what they hold, not
by name; newer saves kept; long answers and odd ids named, never dropped in silence), the class tables,
marking kept in a file, feedback that reaches the student's My work, and the printable class report."""
from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from axe_support import AXE, axe_page, axe_violations, describe, settle
from guided_reading.features.student_work.catalog import FILE_VERSION, catalog
from support import seed_context

pytestmark = pytest.mark.browser

CTX = seed_context()
SLUG = CTX.slug
CAT = catalog(CTX, teacher=True)
PROMPT = CAT["written"][0]
QUIZ = CAT["quizzes"][0]
ANSWER = ("Networks work like businesses: they use technology and legal companies, and they move money through banks "
          "so that it looks clean. The op-ed says they cross borders and exploit people who need work.")


def work_file(folder: Path, name: str, *, student: str, work_id: str | None = "w" * 12, saved: str = "2026-12-01T10:00:00.000Z",
              answer: str = ANSWER, first_right: bool = True, wrong_choice: int | None = None, edition: str | None = None,
              quizzes: list | None = None, extra: dict | None = None) -> Path:
    """A work file as My work saves it: one written answer, and the first quiz answered once (right, or `wrong_choice`)."""
    questions = []
    for x in QUIZ["questions"]:
        right = x["correct"]
        first = right if first_right or wrong_choice is None else [wrong_choice]
        questions.append({"id": x["id"], "question": x["prompt"], "chosen": first, "checked": True, "right": first == right,
                          "first_chosen": first, "first_right": first == right, "tries": 1, "revealed": False})
    data = {
        "format": "guided-readings-work", "version": FILE_VERSION,
        "reading": dict(CAT["reading"], **({"edition": edition} if edition else {})),
        "saved": saved, "student": student, "assignment": None,
        "written": [{"id": PROMPT["id"], "prompt": PROMPT["prompt"], "answer": answer, "draft": answer, "words": len(answer.split()),
                     "compared": True, "updated": saved}] if answer else [],
        "quizzes": quizzes if quizzes is not None else [{"id": QUIZ["id"], "title": QUIZ["title"], "questions": questions}],
        "predictions": [],
    }
    if work_id:
        data["work_id"] = work_id
    data.update(extra or {})
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def hand_in(browser: Browser, site: Path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda e: page.errors.append(str(e)))  # type: ignore[attr-defined]
    page.goto(f"{site.as_uri()}/{SLUG}/hand-in.html")
    yield page
    context.close()


def rows(page: Page) -> list[str]:
    return page.locator(".hand-in-class tbody th").all_inner_texts()


def export_csv(page: Page) -> list[list[str]]:
    with page.expect_download() as download:
        page.click(".hand-in-csv")
    return list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))


# ---- 1. Losses --------------------------------------------------------------------------------------

def test_files_with_the_same_name_are_told_apart_by_what_they_hold(hand_in: Page, tmp_path: Path) -> None:
    names = ["Alex", "Alex", "王伟", "محمد", "", ""]
    files = [work_file(tmp_path / str(i), "my-work.json", student=n, work_id=f"device{i:02d}abcdef") for i, n in enumerate(names)]
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(6)
    assert sorted(rows(hand_in)) == sorted(["Alex (1)", "Alex (2)", "王伟", "محمد", "No name (1)", "No name (2)"])
    assert [r[0] for r in export_csv(hand_in)[1:]] == rows(hand_in)
    assert hand_in.errors == []  # type: ignore[attr-defined]


def test_a_second_save_of_the_same_work_keeps_the_newer(hand_in: Page, tmp_path: Path) -> None:
    newer = work_file(tmp_path / "a", "ana-new.json", student="Ana", work_id="anadevice01", saved="2026-12-02T09:00:00Z", answer="The newer answer.")
    older = work_file(tmp_path / "b", "ana-old.json", student="Ana", work_id="anadevice01", saved="2026-12-01T09:00:00Z", answer="The older answer.")
    hand_in.set_input_files(".hand-in-files", [str(newer), str(older)])
    expect(hand_in.locator(".hand-in-messages")).to_contain_text("Older save set aside: ana-old.json")
    assert rows(hand_in) == ["Ana"]
    table = export_csv(hand_in)
    assert "The newer answer." in table[1] and "The older answer." not in table[1]
    hand_in.set_input_files(".hand-in-files", [str(older)])
    expect(hand_in.locator(".hand-in-messages")).to_contain_text("which is kept", )
    hand_in.set_input_files(".hand-in-files", [str(newer)])
    expect(hand_in.locator(".hand-in-messages")).to_contain_text("Already open: ana-new.json")
    # The older one opened first, then the newer: the newer replaces it, and the page says so.
    hand_in.click(".hand-in-clear")
    hand_in.set_input_files(".hand-in-files", [str(older)])
    hand_in.set_input_files(".hand-in-files", [str(newer)])
    expect(hand_in.locator(".hand-in-messages")).to_contain_text("Newer save: ana-new.json")
    assert "The newer answer." in export_csv(hand_in)[1]


def test_an_answer_over_the_limit_is_named_not_lost_in_silence(hand_in: Page, tmp_path: Path) -> None:
    long = work_file(tmp_path, "long.json", student="Bea", answer="word " * 9000)
    hand_in.set_input_files(".hand-in-files", [str(long)])
    error = hand_in.locator(".hand-in-message--error")
    expect(error).to_contain_text("45,000 characters")
    expect(error).to_contain_text(PROMPT["prompt"][:30])
    assert rows(hand_in) == ["Bea"]


@pytest.mark.parametrize("odd", ["constructor", "__proto__"])
def test_prototype_ids_in_a_file_never_throw(hand_in: Page, tmp_path: Path, odd: str) -> None:
    quizzes = [
        {"id": odd, "title": "x", "questions": [{"id": odd, "chosen": [0], "checked": True, "right": True}]},
        {"id": QUIZ["id"], "title": QUIZ["title"], "questions": [{"id": odd, "chosen": [0], "checked": True, "right": True},
                                                                 {"id": QUIZ["questions"][0]["id"], "chosen": QUIZ["questions"][0]["correct"],
                                                                  "checked": True, "right": True, "first_chosen": QUIZ["questions"][0]["correct"],
                                                                  "first_right": True, "tries": 1}]},
    ]
    path = work_file(tmp_path, f"{odd}.json", student="Cai", quizzes=quizzes,
                     extra={"predictions": [{"id": odd, "choice": 0}], "word_work": [{"id": odd, "questions": []}]})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["written"].append({"id": odd, "answer": "odd"})
    path.write_text(json.dumps(data), encoding="utf-8")
    hand_in.set_input_files(".hand-in-files", [str(path)])
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(1)
    expect(hand_in.locator(".hand-in-class tbody td").first).to_have_text("1 / " + str(len(QUIZ["questions"])) + " (1 answered)")
    assert hand_in.errors == []  # type: ignore[attr-defined]


def test_names_are_isolated_for_direction(hand_in: Page, tmp_path: Path) -> None:
    files = [work_file(tmp_path / "1", "a.json", student="\u202eEve", work_id="evedevice01"),
             work_file(tmp_path / "2", "b.json", student="محمد", work_id="mhddevice01")]
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(2)
    for node in hand_in.locator(".hand-in-class tbody th").all():
        assert node.locator("bdi").count() == 1, node.inner_html()
    for name in ["\u202eEve", "محمد"]:
        assert hand_in.locator(".hand-in-message--ok bdi", has_text=name).count() == 1
    # The override stays inside its name: the words after it in the message still read left to right.
    line = hand_in.locator(".hand-in-message--ok", has_text="a.json")
    box = line.locator("bdi", has_text="Eve").bounding_box()
    closing = line.evaluate("n => { const r = document.createRange(); const t = n.lastChild; r.setStart(t, t.length - 1); r.setEnd(t, t.length);"
                            " return r.getBoundingClientRect().x; }")
    assert box and closing > box["x"]


def test_one_word_and_an_old_edition_by_date_and_title(hand_in: Page, tmp_path: Path) -> None:
    one = work_file(tmp_path / "1", "one.json", student="Dan", answer="Yes.", work_id="dandevice01")
    old = work_file(tmp_path / "2", "old.json", student="Eli", edition="0a1b2c3d4e", saved="2026-03-14T10:00:00Z", work_id="elidevice01")
    hand_in.set_input_files(".hand-in-files", [str(one), str(old)])
    expect(hand_in.locator(f'.hand-in-class td[data-prompt="{PROMPT["id"]}"]')).to_have_text("1 word")
    aside = hand_in.locator(".hand-in-message--aside")
    expect(aside).to_contain_text("14 March 2026")
    expect(aside).to_contain_text(CAT["reading"]["title"])
    expect(aside).not_to_contain_text("0a1b2c3d4e")


def test_clear_keeps_focus_and_two_students_fit_a_short_page(hand_in: Page, tmp_path: Path) -> None:
    hand_in.set_input_files(".hand-in-files", [str(f) for f in class_of(tmp_path, 2)])  # every prompt answered
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(2)
    height = hand_in.evaluate("document.documentElement.scrollHeight")
    assert height < 4000, height  # it was 6,056 px at 1280 px wide: answers and details now open on demand
    hand_in.click(".hand-in-clear")
    expect(hand_in.locator(".hand-in-class")).to_have_count(0)
    assert hand_in.evaluate("document.activeElement.id") == "hand-in-files"


def test_class_table_caption_columns_and_row_headers(hand_in: Page, tmp_path: Path) -> None:
    files = [work_file(tmp_path / str(i), "w.json", student=n, work_id=f"dev{i}abcdefgh", first_right=False, wrong_choice=0)
             for i, n in enumerate(["Ana", "Ben"])]
    hand_in.set_viewport_size({"width": 320, "height": 800})
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(2)
    # Every table is named by a caption that sits outside its scroll area.
    for table in hand_in.locator(".hand-in-results table").all():
        label = table.get_attribute("aria-labelledby")
        assert label and hand_in.locator(f"#{label}").is_visible()
        assert hand_in.locator(f".hand-in-scroll #{label}").count() == 0
    assert hand_in.locator(".hand-in-results caption").count() == 0
    caption = hand_in.locator(".hand-in-class-box .hand-in-caption")
    before = caption.bounding_box()
    hand_in.locator(".hand-in-class-box .hand-in-scroll").evaluate("n => { n.scrollLeft = 400; }")
    assert caption.bounding_box() == before
    heads = hand_in.locator(".hand-in-class thead th").all_inner_texts()
    assert not any(h.startswith("Written ") for h in heads)
    assert any(PROMPT["prompt"].startswith(h.rstrip("…")) for h in heads), heads
    assert rows(hand_in) == ["Ana", "Ben"]


@pytest.mark.skipif(FILE_VERSION < 2, reason="work files record first tries from version 2")
def test_right_first_scores_higher_than_right_later(hand_in: Page, tmp_path: Path) -> None:
    ben_file = work_file(tmp_path / "b", "ben.json", student="Ben", work_id="bendevice01", first_right=False, wrong_choice=0)
    later = json.loads(ben_file.read_text(encoding="utf-8"))
    for x, q in zip(later["quizzes"][0]["questions"], QUIZ["questions"], strict=True):
        if x["first_chosen"] != q["correct"]:
            x.update(chosen=q["correct"], right=True, tries=2)  # wrong at first, right at the second check
    ben_file.write_text(json.dumps(later), encoding="utf-8")
    ana = work_file(tmp_path / "a", "ana.json", student="Ana", work_id="anadevice01")
    hand_in.set_input_files(".hand-in-files", [str(ana), str(ben_file)])
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(2)
    cells = [hand_in.locator(".hand-in-class tbody tr").nth(i).locator("td").first.inner_text() for i in (0, 1)]
    assert int(cells[0].split(" / ")[0]) > int(cells[1].split(" / ")[0]), cells
    ben = hand_in.locator(".hand-in-students tbody tr").nth(1)
    assert int(ben.locator("td").nth(1).inner_text()) > 0  # the later tries are shown apart
    table = export_csv(hand_in)
    right = table[0].index(f"{QUIZ['title']}: right first time")
    assert int(table[1][right]) > int(table[2][right])


# ---- 2-3. Marking, the marking file, feedback to the student ---------------------------------------

def mark(page: Page, student: str, points: list[int], comment: str) -> None:
    prompt = page.locator(".hand-in-marking details.hand-in-prompt").first
    if not prompt.evaluate("n => n.open"):
        prompt.locator("summary").click()
    answer = prompt.locator(".hand-in-answer", has=page.locator(".hand-in-who", has_text=student))
    for i in points:
        answer.locator(".hand-in-point input").nth(i).check()
    answer.locator(".hand-in-comment textarea").fill(comment)


def test_marks_saved_to_a_file_and_opened_again(hand_in: Page, tmp_path: Path) -> None:
    files = [work_file(tmp_path / str(i), "w.json", student=n, work_id=f"dev{i}abcdefgh") for i, n in enumerate(["Ana", "Ben"])]
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    mark(hand_in, "Ana", [0, 1], "Clear, with two of the points.")
    expect(hand_in.locator(".hand-in-count").first).to_have_text("1 of 2 answers marked")
    hand_in.click(".hand-in-clear")  # marks not saved yet: the page asks first, and "no" keeps everything
    expect(hand_in.locator(".hand-in-class tbody tr")).to_have_count(2)
    with hand_in.expect_download() as download:
        hand_in.click(".hand-in-save-marks")
    marking = tmp_path / "marking.json"
    download.value.save_as(marking)
    saved = json.loads(marking.read_text(encoding="utf-8"))
    assert saved["format"] == "guided-readings-marking" and saved["students"][0]["prompts"][0]["points"] == [0, 1]

    hand_in.click(".hand-in-clear")  # saved: no question asked
    # Another day: the marking file first, then the class; a damaged entry is left out, the rest kept.
    saved["students"].append({"key": "id:evil", "prompts": [{"id": "__proto__", "points": [0]}, {"id": PROMPT["id"], "points": [99, "x"], "comment": 5}]})
    marking.write_text(json.dumps(saved), encoding="utf-8")
    hand_in.set_input_files(".hand-in-files", [str(marking)])
    expect(hand_in.locator(".hand-in-message--ok")).to_contain_text("Marking read")
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    hand_in.locator(".hand-in-marking details.hand-in-prompt summary").first.click()
    ana = hand_in.locator(".hand-in-answer", has=hand_in.locator(".hand-in-who", has_text="Ana"))
    expect(ana.locator(".hand-in-point input").nth(0)).to_be_checked()
    expect(ana.locator(".hand-in-point input").nth(1)).to_be_checked()
    expect(ana.locator(".hand-in-comment textarea")).to_have_value("Clear, with two of the points.")
    expect(hand_in.locator(f'.hand-in-class td[data-prompt="{PROMPT["id"]}"]').first).to_contain_text(f"2 of {len(PROMPT['points'])} points")
    assert hand_in.errors == []  # type: ignore[attr-defined]
    # A new mark not saved to a file: closing the page asks first.
    ana.locator(".hand-in-point input").nth(2).check()
    with hand_in.expect_event("dialog") as asked:
        hand_in.close(run_before_unload=True)
    assert asked.value.type == "beforeunload"
    asked.value.dismiss()


def test_a_comment_on_hand_in_reaches_the_students_my_work(browser: Browser, site: Path, tmp_path: Path) -> None:
    root = site.as_uri()
    student = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    student.add_init_script(path=str(AXE))
    page = student.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    part = PROMPT["href"].split(".html")[0]
    page.goto(f"{root}/{SLUG}/{part}.html")
    page.locator(f"#write-{PROMPT['id']} textarea").fill(ANSWER)
    page.goto(f"{root}/{SLUG}/my-work.html")
    page.fill("#work-name", "王伟")
    with page.expect_download() as download:
        page.click(".work-save")
    handed = tmp_path / download.value.suggested_filename
    download.value.save_as(handed)

    teacher = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    desk = teacher.new_page()
    desk.on("pageerror", lambda e: errors.append(str(e)))
    desk.goto(f"{root}/{SLUG}/hand-in.html")
    desk.set_input_files(".hand-in-files", [str(handed)])
    mark(desk, "王伟", [1], "Good: you named the banks. Add who is exploited.")
    desk.locator(".hand-in-overall summary").click()
    desk.locator(".hand-in-overall textarea").fill("A careful reading. Next time, quote the op-ed.")
    with desk.expect_download() as download:
        desk.locator(".hand-in-feedback-one").click()
    feedback = tmp_path / download.value.suggested_filename
    download.value.save_as(feedback)
    data = json.loads(feedback.read_text(encoding="utf-8"))
    assert data["format"] == "guided-readings-feedback" and data["version"] == 1 and data["student"] == "王伟"
    assert data["prompts"] == [{"id": PROMPT["id"], "prompt": PROMPT["prompt"], "points": [1], "points_met": [PROMPT["points"][1]],
                                "points_total": len(PROMPT["points"]), "comment": "Good: you named the banks. Add who is exploited."}]
    teacher.close()

    expect(page.locator(".work-feedback-remove")).to_be_hidden()  # nothing to remove yet
    page.set_input_files(".work-feedback-file", str(feedback))
    expect(page.locator(".work-feedback-remove")).to_be_visible()
    item = page.locator(".work-item", has=page.locator(f'a[href$="#write-{PROMPT["id"]}"]'))
    expect(item.locator(".work-feedback-note")).to_contain_text("Good: you named the banks.")
    expect(item.locator(".work-feedback-note")).to_contain_text(PROMPT["points"][1][:40])
    expect(item).to_contain_text(ANSWER[:60])
    expect(page.locator(".work-feedback-overall")).to_contain_text("Next time, quote the op-ed.")
    settle(page)
    assert describe(axe_violations(page)) == []
    page.reload()  # kept on the device
    expect(item.locator(".work-feedback-note")).to_contain_text("Good: you named the banks.")
    # A file that is not feedback changes nothing.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "guided-readings-feedback", "version": 1, "reading": {"slug": "another"}}), encoding="utf-8")
    page.set_input_files(".work-feedback-file", str(bad))
    expect(page.locator(".work-feedback-status")).to_contain_text("Not opened")
    expect(item.locator(".work-feedback-note")).to_contain_text("Good: you named the banks.")
    page.click(".work-feedback-remove")
    expect(page.locator(".work-feedback-note")).to_have_count(0)
    expect(page.locator(".work-feedback-remove")).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "work-feedback-file"
    assert errors == []
    student.close()


# ---- 4. The class report ---------------------------------------------------------------------------

def class_of(folder: Path, n: int) -> list[Path]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        questions = []
        for quiz in CAT["quizzes"]:
            qs = []
            for x in quiz["questions"]:
                wrong = [c for c in range(len(x["choices"])) if c not in x["correct"]]
                first = x["correct"] if rng.random() < 0.6 else [rng.choice(wrong[:2])]
                qs.append({"id": x["id"], "question": x["prompt"], "chosen": first, "checked": True, "right": first == x["correct"],
                           "first_chosen": first, "first_right": first == x["correct"], "tries": 1, "revealed": False})
            questions.append({"id": quiz["id"], "title": quiz["title"], "questions": qs})
        data = json.loads(work_file(folder / "tmp", "x.json", student=f"Student {i + 1:02d}").read_text(encoding="utf-8"))
        data["work_id"] = f"class{i:03d}device"
        data["quizzes"] = questions
        data["written"] = [{"id": p["id"], "prompt": p["prompt"], "answer": ANSWER, "draft": ANSWER, "compared": True} for p in CAT["written"]]
        path = folder / f"student-{i:02d}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        out.append(path)
    return out


def test_class_report_for_35_prints_on_two_pages(hand_in: Page, tmp_path: Path) -> None:
    files = class_of(tmp_path, 35)
    started = time.perf_counter()
    hand_in.set_input_files(".hand-in-files", [str(f) for f in files])
    expect(hand_in.locator(".hand-in-students tbody tr")).to_have_count(35)
    seconds = time.perf_counter() - started
    print(f"\n35 files opened and the report drawn in {seconds:.2f} s")
    assert seconds < 5
    report = hand_in.locator(".hand-in-report")
    expect(report.locator(".hand-in-by-part tbody tr")).to_have_count(len(CAT["quizzes"]) + len(CAT.get("word_work", [])))
    expect(report.locator(".hand-in-by-skill tbody tr").first).to_be_visible()
    first = report.locator(".hand-in-wrong li").first
    expect(first).to_contain_text(" of 35 chose “")
    expect(first.locator(".hand-in-why")).to_contain_text("To reteach: ")
    for i in range(6):
        mark(hand_in, f"Student {i + 1:02d}", [0], "")
    expect(report.locator(".hand-in-fewest li").first).to_contain_text("Least met")
    # Details on demand: a row opens to that student's first tries.
    report.locator(".hand-in-student summary").first.click()
    expect(report.locator(".hand-in-student-details").first).to_contain_text("first time")

    pdf = tmp_path / "report.pdf"
    pdf = Path(os.environ.get("HAND_IN_REPORT_PDF", pdf))
    hand_in.emulate_media(media="print")
    hand_in.pdf(path=str(pdf), format="A4")
    assert shutil.which("pdftotext"), "poppler-utils is needed: `make test` installs it"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    print(f"class report for 35 students: {len(pages)} A4 pages")
    assert len(pages) <= 2, len(pages)
    assert "Class report" in pages[0] and "Student 35" in text and "Drop the students" not in text


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_marking_and_report_open_pass_axe_from_http(browser: Browser, http_root: str, tmp_path: Path, palette: str) -> None:
    page = axe_page(browser, palette, 1280)
    page.goto(f"{http_root}/{SLUG}/hand-in.html")
    files = [work_file(tmp_path / str(i), "w.json", student=n, work_id=f"dev{i}abcdefgh", first_right=i == 0, wrong_choice=0)
             for i, n in enumerate(["Ana", "محمد"])]
    page.set_input_files(".hand-in-files", [str(f) for f in files])
    mark(page, "Ana", [0], "Good.")
    page.locator(".hand-in-overall summary").click()
    page.locator(".hand-in-student summary").first.click()
    expect(page.locator(".hand-in-wrong li").first).to_be_visible()
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)
    settle(page)
    assert describe(axe_violations(page)) == []
    page.context.close()
