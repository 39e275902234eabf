"""The current Nu HTML Checker (npm vnu-jar) finds no error in the built pages.

Errors in Material's own markup that no small template override can remove are allowed below,
each with its reason. Errors in the generator's markup that are known and not fixed yet are
listed apart, each with a strict xfail test that passes, and so fails the run, once it is fixed.
Anything else fails.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class KnownError:
    message: str  # the start of vnu's message
    extract: str  # a pattern the markup around the error matches
    reason: str
    page: str = ""  # the end of the page's path, when the error belongs to one kind of page

    def allows(self, error: dict) -> bool:
        return (
            error["message"].startswith(self.message)
            and error.get("url", "").endswith(self.page)
            and re.search(self.extract, error.get("extract", "")) is not None
        )


THEME_ERRORS = [
    KnownError(
        "Attribute “autocomplete” is only allowed when the input type is",
        r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
        "Material's base.html sets autocomplete=off on the hidden drawer and search toggles so that Firefox does "
        "not restore them checked (drawer or search left open) on reload or back; removing it means copying all "
        "of base.html and bringing that bug back.",
    ),
    KnownError(
        "Bad value “” for attribute “tabindex” on element “label”",
        r'<label class="md-nav__link[^"]*" for="__nav_\d+',
        "Material's nav-item.html writes tabindex=\"\" on the label of a navigation section (navigation.sections); "
        "browsers ignore the empty value, which leaves the section title unfocusable as intended. Removing it "
        "means copying the 170-line navigation macro file.",
    ),
]


def vnu_errors(pages: list[Path]) -> list[dict]:
    java = shutil.which("java")
    assert java, "java is needed for vnu: `make test` installs it (default-jre-headless)"
    assert VNU.exists(), f"{VNU} is missing: run `npm ci`"
    command = [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    # vnu writes its JSON report on stderr and exits 1 when it found errors.
    return json.loads(result.stderr)["messages"]


def unexpected(errors: list[dict]) -> list[str]:
    known = THEME_ERRORS
    return [
        f"{error.get('url', '?').split('/site/')[-1]}:{error.get('lastLine', '?')}: {error['message']}"
        for error in errors
        if not any(allowed.allows(error) for allowed in known)
    ]


@pytest.fixture(scope="module")
def errors(site: Path) -> list[dict]:
    return vnu_errors(sorted(site.rglob("*.html")))


def test_no_html_errors_outside_the_theme_allow_list(errors: list[dict]) -> None:
    assert unexpected(errors) == []


def test_every_allowed_theme_error_still_occurs(errors: list[dict]) -> None:
    """An entry the theme no longer needs is taken off the list."""
    stale = [allowed.message for allowed in THEME_ERRORS if not any(allowed.allows(error) for error in errors)]
    assert stale == []


def test_vnu_reports_errors_in_our_markup(tmp_path: Path) -> None:
    """The check itself can fail: a duplicate id and a stray closing tag are not allowed."""
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="en"><title>t</title><p id="a">x</p><p id="a">y</div>', encoding="utf-8")
    found = unexpected(vnu_errors([page]))
    assert any("Duplicate ID" in line for line in found)
    assert any("div" in line for line in found)
