"""linkchecker over the built site opened from disk, and every link's anchor found in its page: nothing broken.

linkchecker checks that every page and file a link names exists. Its own anchor check parses the target
page again for each distinct anchor (about 350 parses of 25 pages, most of a minute), so the anchors are
checked here instead, from one parse of each page: a link's `#anchor` into one of the site's pages must
name an element's id or an <a name> in that page, as linkchecker's AnchorCheck requires.
"""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse
from urllib.request import url2pathname

from linkcheck.htmlutil.linkparse import LinkTags

# The attributes that hold an address (linkchecker's own table); `style`, `srcset` and <meta content> hold
# other things beside one, and none of them points into a page.
ADDRESS_ATTRIBUTES = {tag: set(names) - {"style", "srcset", "content"} for tag, names in LinkTags.items()}


@contextmanager
def readable_copy(site: Path) -> Iterator[Path]:
    """A copy anyone can read: run as root, linkchecker drops to the user `nobody` before checking,
    and pytest's temporary folders are private to their owner."""
    with tempfile.TemporaryDirectory(prefix="linkcheck.") as folder:
        copy = Path(folder) / "site"
        shutil.copytree(site, copy)
        for path in [Path(folder), copy, *copy.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield copy


def check_links(pages: list[Path]) -> list[dict[str, str]]:
    """Every link linkchecker followed from `pages`, one row each (its CSV output, all URLs; one row per
    address, whatever its anchor)."""
    with tempfile.TemporaryDirectory(prefix="linkcheckerrc.") as folder:
        config = Path(folder) / "linkcheckerrc"
        config.write_text("[filtering]\n", encoding="utf-8")  # no [AnchorCheck]: see check_anchors
        # One thread: the check is CPU-bound and runs about twice as fast without thread switching.
        command = [sys.executable, "-m", "linkcheck", "--no-status", f"--config={config}", "--output=csv", "--verbose", "--threads=0"]
        result = subprocess.run(command + [page.as_uri() for page in pages], capture_output=True, text=True, timeout=300)
    rows = list(csv.DictReader((line for line in result.stdout.splitlines() if not line.startswith("#")), delimiter=";"))
    assert rows, f"linkchecker reported nothing:\n{result.stdout}\n{result.stderr}"
    return rows


def problems(rows: list[dict[str, str]]) -> list[str]:
    return [
        f"{row['parentname'] or '(start)'}: {row['urlname']}: {row['result'] or ''} {row['warningstring'] or ''}".strip()
        for row in rows
        if row["valid"] != "True" or row["warningstring"]
    ]


class _Page(HTMLParser):
    """A page's anchors (any element's id, an <a>'s name) and the addresses its links hold."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = ADDRESS_ATTRIBUTES.get(tag, set()) | ADDRESS_ATTRIBUTES[None]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)
            if name in names:
                self.links.append(value.strip())


def _read(page: Path) -> _Page:
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    return parsed


def check_anchors(pages: list[Path]) -> tuple[list[str], int]:
    """Every `#anchor` of a link from `pages` into an HTML file that is missing from that file; and how many
    links with an anchor were checked. Each page is parsed once."""
    parsed: dict[Path, _Page] = {}

    def read(page: Path) -> _Page:
        if page not in parsed:
            parsed[page] = _read(page)
        return parsed[page]

    missing, checked = [], 0
    for page in pages:
        for link in read(page).links:
            address, anchor = urldefrag(urljoin(page.as_uri(), link))
            target = Path(url2pathname(urlparse(address).path)) if address.startswith("file:") else None
            if not anchor or target is None or target.suffix != ".html" or not target.is_file():
                continue  # no anchor, another host, or not a page: a missing file is linkchecker's to report
            checked += 1
            if unquote(anchor) not in read(target).anchors:
                missing.append(f"{page.as_uri()}: {link}: anchor {unquote(anchor)!r} not found in {target.name}")
    return missing, checked


def test_no_broken_links_or_anchors(site: Path) -> None:
    with readable_copy(site) as copy:
        # Every page is a starting point, so the links of a page that nothing links to (such as the
        # answer key) are checked too. 404.html is left out: a host serves it for any missing address, so its
        # links start at the site's root (/assets/...) and lead nowhere when it is opened from disk.
        pages = sorted(html for html in copy.rglob("*.html") if html.name != "404.html")
        rows = check_links(pages)
        missing, checked = check_anchors(pages)
    assert len(pages) > 5
    assert {row["url"] for row in rows} >= {page.as_uri() for page in pages}
    assert problems(rows) == []
    assert checked > 50, "the pages link to their sentences, paragraphs and headings"
    assert missing == []


def test_broken_pages_and_anchors_are_reported(tmp_path: Path) -> None:
    """The check itself can fail: a missing page and a missing anchor (in another page and in the same one) are found."""
    site = tmp_path / "scratch"
    site.mkdir()
    (site / "index.html").write_text(
        '<!doctype html><title>t</title><a href="other.html#here">ok</a> <a href="other.html#nowhere">anchor</a> '
        '<a href="missing.html">page</a> <a href="#top" id="top">self</a> <a href="#gone">self, missing</a> '
        '<a href="other.html#named">named</a> <a href="other.html#caf%C3%A9">encoded</a>',
        encoding="utf-8",
    )
    (site / "other.html").write_text('<!doctype html><title>t</title><p id="here">x</p><a name="named"></a><p id="café">y</p>', encoding="utf-8")
    with readable_copy(site) as copy:
        found = problems(check_links([copy / "index.html"]))
        missing, checked = check_anchors([copy / "index.html"])
    assert len(found) == 1 and "missing.html" in found[0]
    assert checked == 6
    assert len(missing) == 2
    assert any("'nowhere'" in line for line in missing)
    assert any("'gone'" in line for line in missing)
