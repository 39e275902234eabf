"""Nothing in an op-ed or an edition runs as code, and the Content-Security-Policy holds on every page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from guided_reading.core.fields import free_text
from guided_reading.core.text_policy import MARKDOWN
from guided_reading.features import Edition
from support import EDITION, copy_project, run_cli, write_edition

pytestmark = pytest.mark.browser

CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE)


def test_every_page_carries_the_policy_before_any_script(site: Path) -> None:
    for html in sorted(site.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        match = CSP.search(text)
        assert match, f"{html.relative_to(site)} has no Content-Security-Policy"
        assert "script-src 'self';" in match.group(1) and "unsafe-inline" not in match.group(1).split("style-src")[0]
        first_script = text.find("<script")
        assert first_script == -1 or match.start() < first_script, f"{html.relative_to(site)}: a script comes before the policy"
        assert not INLINE_SCRIPT.search(text), f"{html.relative_to(site)} has an inline script the policy would block"


def _violations(page: Page) -> list[str]:
    found: list[str] = []
    page.on("console", lambda m: found.append(m.text) if "Content Security Policy" in m.text else None)
    return found


@pytest.mark.each_origin  # what the browser stores (or search) differs by origin
def test_a_clean_build_runs_without_a_single_violation(page: Page, site_root: str) -> None:
    """The interactive part: a quiz answer checked and a search run under the policy. Every page's load, from
    both origins, is watched for violations by the crawls (test_crawl_http.py, test_crawl_file.py)."""
    violations = _violations(page)
    page.goto(f"{site_root}/human-trafficking-networks/quiz.html")
    question = page.locator(".quiz-question").first
    question.locator("input").first.check()
    question.locator(".quiz-check").click()
    expect(question.locator(".quiz-feedback")).not_to_be_empty()
    page.locator(".md-search__input").click()
    page.keyboard.type("trafficking", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15000)  # the search worker (or its file:// stand-in)
    assert violations == []


def test_an_injected_inline_script_or_handler_is_blocked(page: Page, site_root: str) -> None:
    violations = _violations(page)
    page.goto(f"{site_root}/human-trafficking-networks/a-hidden-global-business.html")
    page.evaluate(
        """() => {
        const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.appendChild(s);
        const d = document.createElement('div'); d.innerHTML = '<img src="data:," onerror="window.__ran = 2">'; document.body.appendChild(d);
        }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__ran") is None
    assert len(violations) >= 2


# Attacks written into the title line of a new op-ed and into every field an editor can fill.
HOSTILE_TITLE = "Why <script>alert(1)</script> Tags <img src=x onerror=alert(2)> Matter for Schools"
HOSTILE_BODY = (
    f"{HOSTILE_TITLE}\n\nBy Ann <b onmouseover=alert(3)>Lee</b>\n\n"
    "Schools are places where <script>alert(4)</script> things happen. Most children learn to read there, "
    "and 40 percent of them walk to school.\n\n## A heading <svg onload=alert(5)>\n\n"
    "Teachers say [x](javascript:alert(6)) is a link. Others disagree with them.\n"
)
HOSTILE_PLAIN = '"><svg onload=alert(11)> [x](javascript:alert(12)) {: onclick="alert(13)" } <iframe srcdoc="<script>alert(14)</script>">'
HOSTILE_PROSE = "Read &lt;script&gt;alert(15)&lt;/script&gt; and ![x](https://example.org/x.png) and **[a](https://example.org/\"onmouseover=\"alert(16))**"


def _poison(data: object, path: tuple[str | int, ...] = ()) -> object:
    """Every text an editor writes freely, as the schema marks it (core/fields.py), replaced by an attack; in
    the teacher's guide the attack goes in front of the text, which stays, so that the checks on what it must
    say (a worksheet task's word count, a plan's use of the quizzes) still hold. Words of the op-ed (and a
    word-work item's sentence and words, which are checked against it), ids and addresses keep their values
    (the hostile op-ed attacks through those)."""
    if isinstance(data, dict):
        return {k: _poison(v, (*path, k)) for k, v in data.items()}
    if isinstance(data, list):
        return [_poison(v, (*path, i)) for i, v in enumerate(data)]
    kind = free_text(Edition, path) if isinstance(data, str) else None
    if kind is None:
        return data
    if path and path[0] == "word_work" and path[-1] in ("prompt", "text"):
        return data
    attack = HOSTILE_PROSE if kind is MARKDOWN else HOSTILE_PLAIN
    return f"{attack} {data}" if path and path[0] == "teacher" else attack


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile"))
    source = root / "hostile.txt"
    source.write_text(HOSTILE_BODY, encoding="utf-8")
    for slug in ("hostile", "as-drafted"):
        result = run_cli(root, "new", str(source), "--slug", slug)
        assert result.returncode == 0, result.stderr
    edition_path = root / "seeds" / "hostile" / "edition.yml"
    edition = yaml.safe_load(edition_path.read_text(encoding="utf-8"))
    edition["glossary"] = [{**entry, "short": HOSTILE_PLAIN, "note": HOSTILE_PROSE} for entry in edition.get("glossary", [])]
    edition["content_note"] = HOSTILE_PROSE
    edition_path.write_text(yaml.safe_dump(_poison(edition), allow_unicode=True, sort_keys=False), encoding="utf-8")
    seed = yaml.safe_load(EDITION)
    write_edition(
        root / "seeds" / "human-trafficking-networks", yaml.safe_dump({**_poison(seed), "status": "draft"}, allow_unicode=True, sort_keys=False)
    )
    result = run_cli(root, "build")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_hostile_text_never_becomes_markup_on_any_page(browser: Browser, hostile_site: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 20
    for html in pages:
        page.goto(html.as_uri())
        found = page.evaluate(
            """() => {
            const bad = [];
            for (const el of document.querySelectorAll('*')) {
              for (const a of el.attributes) {
                if (/^on/i.test(a.name)) bad.push(el.tagName + ' ' + a.name);
                if (/^\\s*javascript:/i.test(a.value)) bad.push(el.tagName + ' ' + a.name + '=' + a.value);
              }
              if (['IFRAME', 'SVG', 'IMG'].includes(el.tagName) && el.closest('.md-content') && !el.closest('.md-content__button')) {
                bad.push(el.tagName + ' in the content');
              }
            }
            return bad;
            }"""
        )
        assert found == [], f"{html.relative_to(hostile_site)}: {found}"
    assert dialogs == []
    page.goto((hostile_site / "hostile" / "index.html").as_uri())
    assert "<svg onload=alert(11)>" in page.locator("h1").first.inner_text()  # shown, as text
    assert "<svg onload=alert(11)>" in page.title()
    page.goto((hostile_site / "hostile" / "full-text.html").as_uri())
    assert "Schools are places where <script>alert(4)</script> things happen." in page.locator(".md-content").inner_text()
    page.goto((hostile_site / "as-drafted" / "index.html").as_uri())
    assert page.locator("h1").first.inner_text().rstrip("¶") == HOSTILE_TITLE  # the title line, drafted and built with no editing
    context.close()


def test_hostile_text_stays_text_in_the_lms_exports(hostile_site: Path) -> None:
    """The same poisoned editions, exported for learning management systems: in every format, whatever HTML a
    system would show holds no element the site did not write (p, a with an address, ul, li)."""
    import io
    import zipfile
    from html.parser import HTMLParser
    from xml.dom import minidom

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.bad: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            names = [k for k, _ in attrs]
            if tag not in {"p", "ul", "li", "a"} or (tag == "a" and names != ["href"]) or (tag != "a" and names):
                self.bad.append(f"<{tag} {names}>")

    def live(fragment: str) -> list[str]:
        parser = Tags()
        parser.feed(fragment)
        return parser.bad

    folders = [f for f in hostile_site.glob("*/lms") if f.is_dir()]
    assert folders, "the poisoned seed has quizzes, so it has LMS exports"
    checked = 0
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".imscc", ".zip"):
                with zipfile.ZipFile(path) as archive:
                    documents = [archive.read(name) for name in archive.namelist() if name.endswith(".xml")]
            elif path.suffix == ".xml":
                documents = [path.read_bytes()]
            else:
                text = path.read_text(encoding="utf-8")
                assert "<script" not in text and "<svg" not in text and "<iframe" not in text, path.name
                checked += 1
                continue
            for data in documents:
                doc = minidom.parse(io.BytesIO(data))
                for node in doc.getElementsByTagName("*"):
                    assert node.tagName.split(":")[-1] not in {"script", "svg", "iframe", "img"}, path.name
                    if node.getAttribute("texttype") == "text/html" or node.tagName == "text":
                        value = "".join(t.data for t in node.childNodes if t.nodeType in (t.TEXT_NODE, t.CDATA_SECTION_NODE))
                        assert live(value) == [], (path.name, value[:200])
                checked += 1
    assert checked > 10
