"""Keyboard use beyond what axe can see (WCAG 2.2 2.4.3, 2.4.7, 2.4.11).

A crawl Tabs forward through a part page, the final quiz, My work, Hand-in and the glossary, then
Shift+Tabs back, at a phone's width and a desktop's. After each press the focused element must be on
screen (not a link of the closed navigation drawer, not a 0-px box, not faded out) and not covered by
another element: `elementFromPoint` at its centre hits it, an ancestor or a descendant (a visually hidden
input counts through the label that shows its focus). Then every control of each page is pressed from
the keyboard, and focus must never fall back to the page's <body>. One browser, one context per width.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

pytestmark = pytest.mark.browser

READING = "human-trafficking-networks"
PAGES = {
    "part": f"{READING}/a-hidden-global-business.html",
    "final quiz": f"{READING}/quiz.html",
    "my work": f"{READING}/my-work.html",
    "hand-in": f"{READING}/hand-in.html",
    "glossary": f"{READING}/glossary.html",
}
WIDTHS = (390, 1280)
# Stops per direction: the whole of every page but the glossary, whose 600 stops repeat one pattern
# (letters, then each entry's links) after its first screens.
MAX_STOPS = 160

# Speech that always has a voice and never finishes on its own, and a print() that opens no dialog.
STAND_INS = """
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  paused: false, getVoices() { return [{ name: "Test voice", lang: "en" }]; },
  speak() {}, pause() { this.paused = true; }, resume() { this.paused = false; }, cancel() {},
} });
window.print = function () {};
"""

# Brings the page's running transitions to their end (Material fades its search overlay and a heading's "¶"
# in, slides its drawer), frame after frame until none is left, then describes the focused element as it
# stands once they have ended. Returns null when focus is on the page itself.
PROBE = """async () => {
  // Colour fades (on every focus change) move nothing: only what moves, grows or fades in or out counts.
  const MOVES = /^(opacity|transform|translate|visibility|width|height|max-width|max-height|top|left)$/;
  const moving = () => document.getAnimations().filter((a) => a.playState === "running" &&
    (a.animationName || MOVES.test(a.transitionProperty || "")) &&
    Number.isFinite(a.effect && a.effect.getComputedTiming().endTime));
  // Ending them (as the accessibility checks' settle() does) shows what waiting for them would, without the
  // wait; the next frame lets the page start what they lead to (Material reacts to the scroll a focus causes).
  const until = performance.now() + 1500;
  for (let running = moving(); running.length && performance.now() < until; running = moving()) {
    for (const animation of running) animation.finish();
    await new Promise((done) => requestAnimationFrame(done));
  }
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const name = (node) => {
    const text = (node.getAttribute("aria-label") || node.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 40);
    const cls = typeof node.className === "string" ? node.className.split(/\\s+/).filter(Boolean).slice(0, 2).join(".") : "";
    return node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") + (cls ? "." + cls : "") + (text ? ` "${text}"` : "");
  };
  let shown = el;
  const own = el.getBoundingClientRect();
  if (el.tagName === "INPUT" && (own.width <= 1 || own.height <= 1 || getComputedStyle(el).opacity === "0")) {
    const next = el.nextElementSibling && el.nextElementSibling.tagName === "LABEL" ? el.nextElementSibling : null;
    shown = next || (el.labels && el.labels[0]) || el;
  }
  const rects = Array.from(shown.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  const box = rects[0] || shown.getBoundingClientRect();
  let opacity = 1;
  for (let node = shown; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
  const W = innerWidth, H = innerHeight;
  const drawn = box.width > 0 && box.height > 0 && getComputedStyle(shown).visibility !== "hidden" && opacity > 0.1;
  // A tall text field scrolls its caret into view, not its whole box: its top 40 px are enough.
  const seen = Math.min(box.bottom, H) - Math.max(box.top, 0);
  const onScreen = drawn && box.left >= -1 && box.right <= W + 1 && box.top >= -1 &&
    (box.bottom <= H + 1 || seen >= 40);
  let coveredBy = null;
  if (onScreen) {
    const x = Math.min(W - 1, box.left + box.width / 2);
    const y = Math.min(H - 1, box.top + Math.min(box.height, 40) / 2);
    const hit = document.elementFromPoint(x, y);
    const ours = hit && [el, shown].some((node) => node === hit || node.contains(hit) || hit.contains(node));
    if (!ours) coveredBy = hit ? name(hit) : "nothing";
  }
  return { what: name(el), onScreen, coveredBy,
           box: [box.left, box.top, box.width, box.height].map(Math.round) };
}"""


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{width}px" for width in WIDTHS])
def context(request: pytest.FixtureRequest, browser: Browser) -> Iterator[BrowserContext]:
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 800}, accept_downloads=True)
    context.add_init_script(STAND_INS)
    yield context
    context.close()


@pytest.fixture(scope="module")
def student_file(browser: Browser, http_root: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A student's saved work, from My work's own "Save to a file", for Hand-in to open."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    try:
        page.goto(f"{http_root}/{PAGES['my work']}")
        page.locator("#work-name").fill("Ada")
        with page.expect_download() as saved:
            page.locator(".work-save").click()
        path = tmp_path_factory.mktemp("work") / "ada.json"
        saved.value.save_as(path)
    finally:
        context.close()
    return path


def crawl(page: Page) -> tuple[list[str], int]:
    """Tab forward, then Shift+Tab back; returns the problems found and the number of stops."""
    problems: list[str] = []
    stops = 0
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    for key in ("Tab", "Shift+Tab"):
        for _ in range(MAX_STOPS):
            page.keyboard.press(key)
            found = page.evaluate(PROBE)
            if found is None:  # past the last stop (or the first): the browser's own controls come next
                break
            stops += 1
            if not found["onScreen"]:
                problems.append(f"{key}: {found['what']} is not on screen, box {found['box']}")
            elif found["coveredBy"]:
                problems.append(f"{key}: {found['what']} is covered by {found['coveredBy']}, box {found['box']}")
    return problems, stops


@pytest.mark.parametrize("name", list(PAGES))
def test_every_focus_stop_is_on_screen_and_not_covered(context: BrowserContext, http_root: str, name: str) -> None:
    page = context.new_page()
    try:
        page.goto(f"{http_root}/{PAGES[name]}")
        problems, stops = crawl(page)
    finally:
        page.close()
    assert stops > 20, f"{name}: only {stops} stops: the crawl did not run"
    assert not problems, f"{name}, {len(problems)} of {stops} stops:\n" + "\n".join(problems[:25])


def test_the_crawl_finds_a_covered_an_off_screen_and_a_faded_out_stop(browser: Browser) -> None:
    """The check can fail, also for a stop whose transition hides it: the probe judges where transitions end."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        page.set_content(
            """<style>#cover { position: fixed; top: 0; left: 0; width: 100%; height: 120px; background: #fff; }
            #fades:focus { opacity: 0; transition: opacity 1s; } a { display: block; margin-top: 150px; }</style>
            <button id="under">Covered</button><div id="cover"></div>
            <a id="away" href="#a" style="position: absolute; left: -999px">Off screen</a>
            <a id="fine" href="#b">Fine</a><a id="fades" href="#c">Fades out</a>"""
        )
        problems, stops = crawl(page)
    finally:
        context.close()
    assert stops >= 8
    # Each of the three, in each direction, and nothing said of the stop that is fine.
    found = {(line.split(":")[0], line.split(" ")[1]) for line in problems}
    assert found == {(key, stop) for key in ("Tab", "Shift+Tab") for stop in ("button#under", "a#away", "a#fades")}, problems
    assert all("covered by div#cover" in line for line in problems if "button#under" in line)
    assert all("is not on screen" in line for line in problems if "button#under" not in line)


# Controls of each page to press, by keyboard, in the order given: a selector and how many of its matches.
# Before them, the first questions of a page are answered and its first written answer is long enough
# to compare, so that Check, Try again and Compare do what they do for a student.
CONTROLS = {
    "part": [(".listen-play", 1), (".listen-pause", 1), (".listen-play", 1), (".listen-stop", 1),
             ("p.oped-para a.gloss", 2), (".gloss-popover-close", 1), (".reader-options button", 2),
             ("details.plain-version > summary", 1), (".quiz-check", 3), (".written-compare", 1),
             (".quiz-reset", 1)],
    "final quiz": [(".quiz-check", 3), (".written-compare", 1), (".quiz-reset", 1)],
    "my work": [(".work-print", 1), (".work-save", 1)],
    "hand-in": [(".hand-in-print", 1), (".hand-in-csv", 1), (".hand-in-clear", 1)],
    "glossary": [],
}
ANSWER = " ".join(["Networks hide inside legal businesses and move money through banks."] * 12)


def answer_some(page: Page) -> None:
    for fieldset in page.locator("form.quiz fieldset").all()[:2]:
        fieldset.locator("input").first.check()
    if page.locator(".written-text").count():
        page.locator(".written-text").first.fill(ANSWER)


def press_each(page: Page, selector: str, count: int) -> list[str]:
    problems = []
    for index in range(count):
        control = page.locator(selector).nth(index)
        if not control.count() or not control.is_visible():
            continue
        label = control.inner_text().strip()[:40] or selector
        control.focus()
        page.keyboard.press("Enter")
        found = page.evaluate(PROBE)
        if found is None:
            problems.append(f"{selector} {label!r}: focus fell to the page")
        page.keyboard.press("Escape")
    return problems


@pytest.mark.parametrize("name", list(PAGES))
def test_focus_never_falls_to_the_page_after_a_control_is_used(
    context: BrowserContext, http_root: str, student_file: Path, name: str
) -> None:
    page = context.new_page()
    try:
        page.goto(f"{http_root}/{PAGES[name]}")
        page.evaluate("localStorage.clear()")
        page.reload()
        if name == "hand-in":
            page.locator("#hand-in-files").set_input_files(student_file)
            expect(page.locator(".hand-in-actions")).to_be_visible()
        answer_some(page)
        problems = []
        for selector, count in CONTROLS[name]:
            problems += press_each(page, selector, count)
        if name == "hand-in":  # "Clear" empties the class and hides itself
            expect(page.locator(".hand-in-actions")).to_be_hidden()
        # "Back to top", shown once the reader scrolls back up, hides itself at the top.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(200)
        page.evaluate("window.scrollBy(0, -300)")
        page.wait_for_timeout(400)  # Material shows it on the scroll events that follow
        if name in ("part", "final quiz", "glossary"):  # pages long enough to scroll
            expect(page.locator(".md-top")).to_be_visible()
        problems += press_each(page, ".md-top", 1)
        expect(page.locator(".md-top")).to_be_hidden()
    finally:
        page.close()
    assert not problems, f"{name}:\n" + "\n".join(problems)


def test_the_menu_button_opens_the_drawer_and_esc_closes_it(browser: Browser, http_root: str) -> None:
    """Below 1220 px the closed drawer takes no focus; its button is reachable, opens it and gets focus back."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{http_root}/{PAGES['part']}")
        expect(page.locator(".md-sidebar--primary")).to_have_css("visibility", "hidden")
        menu = page.get_by_role("button", name="Navigation")
        expect(menu).to_have_attribute("aria-expanded", "false")
        page.keyboard.press("Tab")  # "Skip to content"
        page.keyboard.press("Tab")
        expect(menu).to_be_focused()
        page.keyboard.press("Enter")
        expect(menu).to_have_attribute("aria-expanded", "true")
        expect(page.locator(".md-sidebar--primary")).to_have_css("visibility", "visible")
        assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
        page.keyboard.press("Escape")
        expect(menu).to_be_focused()
        expect(menu).to_have_attribute("aria-expanded", "false")
    finally:
        context.close()


@pytest.mark.parametrize("target", ["sentence", "paragraph read aloud"])
def test_highlights_survive_forced_colours(browser: Browser, http_root: str, target: str) -> None:
    """Forced colours drop backgrounds and shadows: the highlight keeps an outline in the theme's colour."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, forced_colors="active")
    context.add_init_script(STAND_INS)
    page = context.new_page()
    try:
        if target == "sentence":
            page.goto(f"{http_root}/{PAGES['part']}#p2-s2")
            marked = page.locator("#p2-s2")
        else:
            page.goto(f"{http_root}/{PAGES['part']}")
            page.locator(".listen-play").click()
            marked = page.locator("p.oped-para.is-reading")
        expect(marked).to_have_count(1)
        outline = marked.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }")
        assert outline[0] == "solid" and float(outline[1].rstrip("px")) >= 2, outline
        assert outline[2] not in ("rgba(0, 0, 0, 0)", "transparent"), outline
    finally:
        context.close()


def test_the_glossary_pages_paragraph_links_are_24_px_targets(browser: Browser, http_root: str) -> None:
    """"Where it appears: ¶ 4, ¶ 8": each link is at least 24 × 24 px, and they do not overlap (2.5.8)."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{http_root}/{PAGES['glossary']}")
        links = page.locator("h3.glossary-term ~ p > a[href*='.html#p']")
        assert links.count() > 10
        boxes = [links.nth(index).bounding_box() for index in range(6)]
        for box in boxes:
            assert box and box["width"] >= 24 and box["height"] >= 24, box
        for one, two in zip(boxes, boxes[1:], strict=False):
            assert one and two and (two["x"] >= one["x"] + one["width"] or two["y"] >= one["y"] + one["height"])
    finally:
        context.close()
