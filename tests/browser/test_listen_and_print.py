"""Read aloud with the browser's speech synthesis, and the handout printed to PDF."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

THEME = "human-trafficking-networks/a-hidden-global-business.html"

# A stand-in for speechSynthesis that finishes each utterance when the test says so.
FAKE_SPEECH = """
window.__spoken = [];
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  paused: false, current: null,
  speak(u) { window.__spoken.push(u.text); this.current = u; },
  pause() { this.paused = true; }, resume() { this.paused = false; },
  cancel() { this.current = null; },
} });
window.__finish = () => { const u = speechSynthesis.current; speechSynthesis.current = null; u && u.onend && u.onend(); };
"""


def test_listen_reads_each_paragraph_and_highlights_it(page: Page, site_root: str) -> None:
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/{THEME}")
    listen = page.locator(".listen-play")
    expect(listen).to_be_visible()
    expect(page.locator(".listen-pause")).to_be_hidden()
    expect(page.locator(".listen-stop")).to_be_hidden()
    listen.click()
    expect(page.locator(".listen-play")).to_be_hidden()
    expect(page.locator("#p1")).to_have_class("oped-para is-reading")
    expect(page.locator(".listen-status")).to_have_text("Reading paragraph 1.")
    spoken = page.evaluate("window.__spoken")
    assert spoken[0].startswith("Human trafficking stands as the new invasion") and "¶" not in spoken[0]
    page.evaluate("window.__finish()")
    expect(page.locator("#p2")).to_have_class("oped-para is-reading")
    assert "[sic]" not in page.evaluate("window.__spoken")[1]
    page.locator(".listen-pause").click()
    expect(page.locator(".listen-play")).to_have_text("Resume")
    page.locator(".listen-stop").click()
    expect(page.locator(".oped-para.is-reading")).to_have_count(0)
    expect(page.locator(".listen-status")).to_have_text("Stopped.")


def test_the_button_that_replaces_a_pressed_one_takes_focus(page: Page, site_root: str) -> None:
    """Listen, Pause and Stop hide themselves when pressed: focus moves to the button shown in their place."""
    page.add_init_script(FAKE_SPEECH)
    page.goto(f"{site_root}/{THEME}")
    play, pause, stop = (page.locator(f".listen-{name}") for name in ("play", "pause", "stop"))
    play.focus()
    page.keyboard.press("Enter")
    expect(pause).to_be_focused()
    page.keyboard.press("Enter")
    expect(play).to_have_text("Resume")
    expect(play).to_be_focused()
    page.keyboard.press("Enter")
    expect(pause).to_be_focused()
    page.keyboard.press("Tab")
    expect(stop).to_be_focused()
    page.keyboard.press("Space")
    expect(play).to_have_text("Listen")
    expect(play).to_be_focused()
    # Reading to the end while the reader sits on Pause hands focus back to Listen too.
    page.keyboard.press("Enter")
    expect(pause).to_be_focused()
    for _ in range(page.locator(".md-content p.oped-para").count()):
        page.evaluate("window.__finish()")
    expect(page.locator(".listen-status")).to_have_text("Finished reading.")
    expect(play).to_be_focused()


def test_listen_is_hidden_without_speech_synthesis(page: Page, site_root: str) -> None:
    page.add_init_script("delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;")
    page.goto(f"{site_root}/{THEME}")
    expect(page.locator(".listen")).to_be_hidden()


def test_handout_prints_without_navigation_or_answers(page: Page, site_root: str, tmp_path: Path) -> None:
    page.goto(f"{site_root}/human-trafficking-networks/handout.html")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    pdf = tmp_path / "handout.pdf"
    page.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000
    assert shutil.which("pdftotext"), "poppler-utils is needed to read the PDF back: `make test` installs it"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Human trafficking stands as the new invasion" in text
    assert "Guided Readings" not in text and "Table of contents" not in text and "A strong answer" not in text
    assert "Correct answer" not in text
    assert "(https://" in text or "(http://" in text  # external link addresses are printed
