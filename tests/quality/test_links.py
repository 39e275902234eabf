"""linkchecker, with anchor checking, over the built site opened from disk: nothing broken.

linkchecker reports a missing page as an error but a missing anchor only as a warning on a link
it still calls valid, so every warning counts as a failure here.
"""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
    """Every link linkchecker followed from `pages`, one row each (its CSV output, all URLs)."""
    with tempfile.TemporaryDirectory(prefix="linkcheckerrc.") as folder:
        config = Path(folder) / "linkcheckerrc"
        config.write_text("[AnchorCheck]\n", encoding="utf-8")
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


def test_no_broken_links_or_anchors(site: Path) -> None:
    with readable_copy(site) as copy:
        # Every page is a starting point, so the links of a page that nothing links to (such as the
        # answer key) are checked too. 404.html is left out: a host serves it for any missing address, so its
        # links start at the site's root (/assets/...) and lead nowhere when it is opened from disk.
        pages = sorted(html for html in copy.rglob("*.html") if html.name != "404.html")
        rows = check_links(pages)
    assert len(pages) > 5
    assert {row["url"] for row in rows} >= {page.as_uri() for page in pages}
    assert problems(rows) == []


def test_broken_pages_and_anchors_are_reported(tmp_path: Path) -> None:
    """The check itself can fail: a missing page and a missing anchor are both found."""
    site = tmp_path / "scratch"
    site.mkdir()
    (site / "index.html").write_text(
        '<!doctype html><title>t</title><a href="other.html#here">ok</a> <a href="other.html#nowhere">anchor</a> '
        '<a href="missing.html">page</a>',
        encoding="utf-8",
    )
    (site / "other.html").write_text('<!doctype html><title>t</title><p id="here">x</p>', encoding="utf-8")
    with readable_copy(site) as copy:
        found = problems(check_links([copy / "index.html"]))
    assert len(found) == 2
    assert any("missing.html" in line for line in found)
    assert any("nowhere" in line for line in found)
