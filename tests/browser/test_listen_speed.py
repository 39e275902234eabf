"""Listen on every page with op-ed text: its speed, the plain version when open, and a browser with no voice."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PART = "human-trafficking-networks/why-no-country-can-act-alone.html"

# A stand-in for speechSynthesis that records each utterance and finishes it when the test says so.
FAKE_SPEECH = """
window.__spoken = [];
window.SpeechSynthesisUtterance = function (text) { this.text = text; this.rate = 1; };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  paused: false, current: null,
  getVoices() { return [{ name: "Test voice", lang: "en" }]; },
  speak(u) { window.__spoken.push({ text: u.text, rate: u.rate }); this.current = u; },
  pause() { this.paused = true; }, resume() { this.paused = false; },
  cancel() { this.current = null; },
} });
window.__finish = () => { const u = speechSynthesis.current; speechSynthesis.current = null; u && u.onend && u.onend(); };
"""

# Speech synthesis present, but no voice installed: speaking fails at once, as Chromium does on a bare machine.
NO_VOICES = """
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  paused: false, getVoices() { return []; },
  speak(u) { setTimeout(() => u.onerror && u.onerror({ error: "synthesis-failed" }), 10); },
  pause() {}, resume() {}, cancel() {},
} });
"""


def test_speed_control_sets_the_rate_of_each_paragraph(page: Page, site_root: str) -> None:
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/{PART}")
    speed = page.locator(".listen-speed")
    expect(speed).to_be_visible()
    assert [o.strip() for o in speed.locator("option").all_inner_texts()] == ["0.75×", "1×", "1.25×"]
    speed.select_option("0.75")
    page.locator(".listen-play").click()
    speed.select_option("1.25")
    expect(page.locator(".listen-status")).to_have_text("Speed 1.25× from the next paragraph.")
    page.evaluate("window.__finish()")
    spoken = page.evaluate("window.__spoken")
    assert [s["rate"] for s in spoken] == [0.75, 1.25]


def test_listen_reads_the_plain_version_when_it_is_open(page: Page, site_root: str) -> None:
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/{PART}")
    page.locator('details.plain-version[data-for="p3"] summary').click()
    page.locator(".listen-play").click()
    expect(page.locator(".listen-status")).to_have_text("Reading paragraph 3 in plain words.")
    page.evaluate("window.__finish()")
    spoken = [s["text"] for s in page.evaluate("window.__spoken")]
    assert spoken[0].startswith("Trafficking mafias also complicate the migration problem")
    assert spoken[1].startswith("Law enforcement agencies need skills")  # ¶ 4's plain version is closed


def test_listen_is_on_the_full_text_too(page: Page, site_root: str) -> None:
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/human-trafficking-networks/full-text.html")
    page.locator(".listen-play").click()
    expect(page.locator(".listen-status")).to_have_text("Reading paragraph 1.")


def test_without_voices_the_button_says_so(page: Page, site_root: str) -> None:
    page.add_init_script(NO_VOICES)
    page.goto(f"{site_root}/{PART}")
    play = page.locator(".listen-play")
    play.focus()
    page.keyboard.press("Enter")
    expect(play).to_have_text("No voice available")
    expect(play).to_be_disabled()
    expect(play).to_be_focused()  # it stays in the Tab order (aria-disabled): focus does not fall to the page
    page.keyboard.press("Enter")
    expect(play).to_have_text("No voice available")
    expect(page.locator(".listen-status")).to_contain_text("no voice installed")
    expect(page.locator(".listen-status")).not_to_have_text("Reading stopped.")
