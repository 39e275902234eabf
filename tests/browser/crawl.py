"""One visit of every built page per origin, recording what the every-page checks read.

A crawl opens each page once in one Chromium tab and records, for that page:
- `axe`: axe-core's violations, by palette and width ("default desktop", "slate phone", ...). The palette is
  switched in place with the header's toggle (the reader's pick is kept, so the next page opens in it) and
  the width by resizing the viewport: the page is not loaded again;
- `csp`: Content-Security-Policy violations (the `securitypolicyviolation` event, and Chromium's console
  message for one);
- `console`: console errors; `page_errors`: uncaught exceptions;
- `foreign`: requests to another host; `failed`: requests to the site itself that failed;
- `components`: the site's components whose markup the page holds, and `started`: those whose script
  started (see COMPONENTS); `needs_script`: "needs JavaScript" notes still showing.
The tests in test_crawl_http.py and test_crawl_file.py read the record (crawl_checks.py); nothing is asserted while crawling.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from axe_support import AXE, PALETTES, axe_violations, describe, settle
from foreign import is_foreign

WIDTHS = {"desktop": 1280, "phone": 375}

# Each component of the site: the markup its generated HTML always has, and what its script does once it
# has started (most mark their element with data-ready="1"). The glossary words are probed by a click:
# gloss-popover.js takes the click (no jump to the glossary) and shows the definition.
COMPONENTS = {
    "quiz": ("form.quiz", "form.quiz .quiz-check"),
    "written": (".written[data-written]", ".written[data-ready='1']"),
    "judge": ("form.judge-form", "form.judge-form[data-ready='1']"),
    "reader-tools": (".reader-options", ".reader-options[data-ready='1']"),
    "listen": (".listen", ".listen[data-ready='1']"),
    "my-work": (".my-work", ".my-work[data-ready='1']"),
    "hand-in": (".hand-in", ".hand-in[data-ready='1']"),
    "assign": ("form.assign-form", "form.assign-form .work-needs-script[hidden]"),
    "assignment": (".assignment", ".assignment .assignment-empty:not([hidden])"),
    "marks": ("button.reader-marks, section.my-marks, section.class-map",
              "button.reader-marks[data-ready='1'], section.my-marks[data-ready='1'], section.class-map[data-ready='1']"),
}
GLOSS = ".md-content a.gloss"

# A stand-in speech engine, so that Listen shows itself the same way in every Chromium build.
FAKE_SPEECH = """
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  speaking: false, paused: false, speak() {}, cancel() {}, pause() {}, resume() {}, getVoices() { return [{}]; } } });
"""
WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""
STARTED = """(components) => {
  const found = {}, started = {};
  for (const [name, [markup, done]] of Object.entries(components)) {
    if (document.querySelector(markup)) { found[name] = true; started[name] = !!document.querySelector(done); }
  }
  return {found: Object.keys(found), started: Object.keys(started).filter(n => started[n])};
}"""
PROBE_GLOSS = """(selector) => {
  const term = document.querySelector(selector);
  if (!term) return null;
  let taken = null;
  const last = event => { taken = event.defaultPrevented; event.preventDefault(); };
  window.addEventListener("click", last, {once: true});
  term.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}));
  const box = document.querySelector(".gloss-popover");
  return taken === true && !!box && !box.hidden;
}"""


@dataclass
class PageRecord:
    axe: dict[str, list[str]] = field(default_factory=dict)
    csp: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    components: list[str] = field(default_factory=list)
    started: list[str] = field(default_factory=list)
    needs_script: int = 0
    schemes: list[str] = field(default_factory=list)


def site_pages(site: Path) -> list[str]:
    return sorted(html.relative_to(site).as_posix() for html in site.rglob("*.html"))


def _wait_for_components(page: Page) -> None:
    """Until every component whose markup is on the page has started, or two seconds have passed."""
    try:
        page.wait_for_function(
            f"(c) => {{ const r = ({STARTED})(c); return r.found.every(n => r.started.includes(n)); }}", arg=COMPONENTS, timeout=2000
        )
    except PlaywrightTimeout:
        pass  # recorded as not started


def _until_no_request_is_pending(page: Page, pending: set[object], asked: set[str], timeout: float = 10.0) -> None:
    """Until the page's icon has been asked for (Chromium does that after the load event) and every request the
    page started has finished or failed, so that each is recorded against this page and none is cut off by the
    next page's load. (Playwright's "networkidle" waits for half a second of quiet after that: half a second
    per page, for nothing.)"""
    icons = set(page.evaluate("[...document.querySelectorAll('link[rel~=icon]')].map(link => link.href)"))
    end = time.monotonic() + timeout
    while (pending or not icons <= asked) and time.monotonic() < end:
        page.wait_for_timeout(10)  # hands control to Playwright, which delivers the requests' events


def _scheme(page: Page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def crawl(browser: Browser, root: str, paths: list[str], with_axe: bool) -> dict[str, PageRecord]:
    """Visit each of `paths` under `root` once, in one tab; with `with_axe`, check each in both palettes at both widths."""
    palettes = list(PALETTES)
    context = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": 900}, color_scheme=palettes[0])  # type: ignore[arg-type]
    context.add_init_script(FAKE_SPEECH)
    context.add_init_script(WATCH_CSP)
    if with_axe:
        context.add_init_script(path=str(AXE))
    context.route(is_foreign, lambda route: route.abort())  # recorded below, and never sent
    page = context.new_page()
    records: dict[str, PageRecord] = {}
    current: list[PageRecord] = []
    page.on("console", lambda m: current and (
        current[0].csp.append(m.text) if "Content Security Policy" in m.text else current[0].console.append(m.text) if m.type == "error" else None
    ))
    page.on("pageerror", lambda error: current and current[0].page_errors.append(str(error)))
    page.on("request", lambda r: current and is_foreign(r.url) and current[0].foreign.append(r.url))
    page.on("requestfailed", lambda r: current and not is_foreign(r.url) and current[0].failed.append(f"{r.url} ({r.failure})"))
    pending: set[object] = set()
    asked: set[str] = set()
    page.on("request", lambda r: (pending.add(r), asked.add(r.url)))
    page.on("requestfinished", lambda r: pending.discard(r))
    page.on("requestfailed", lambda r: pending.discard(r))
    try:
        for path in paths:
            current[:] = [PageRecord()]
            asked.clear()
            record = current[0]
            records[path] = record
            page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
            page.goto(f"{root}/{path}", wait_until="load")
            _wait_for_components(page)
            state = page.evaluate(STARTED, COMPONENTS)
            record.components, record.started = state["found"], state["started"]
            record.needs_script = page.locator(".work-needs-script:visible").count()
            if with_axe:
                # This palette at both widths, then the other one (the header's toggle, as a reader switches) at both.
                for turn in range(2):
                    if turn:
                        page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
                        before = _scheme(page)
                        page.locator("form[data-md-component='palette'] label:visible").first.click()
                        page.wait_for_function("s => document.body.dataset.mdColorScheme !== s", arg=before, timeout=5000)
                    scheme = _scheme(page)
                    record.schemes.append(scheme)
                    for name, width in WIDTHS.items():
                        if page.viewport_size and page.viewport_size["width"] != width:
                            page.set_viewport_size({"width": width, "height": 900})
                        settle(page)
                        record.axe[f"{scheme} {name}"] = describe(axe_violations(page))
            probe = page.evaluate(PROBE_GLOSS, GLOSS)
            if probe is not None:
                record.components.append("gloss")
                if probe:
                    record.started.append("gloss")
            _until_no_request_is_pending(page, pending, asked)
            record.csp += page.evaluate("window.__csp || []")
    finally:
        current.clear()
        context.close()
    return records
