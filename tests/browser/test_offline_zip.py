"""The offline download: unzipped anywhere and opened from file://, everything works with no network."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_home_links_the_zip_with_its_size(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="downloads/guided-readings-offline.zip"' in home
    size = (site / "downloads" / "guided-readings-offline.zip").stat().st_size
    shown = re.search(r'class="download-size"> \(zip, ([\d.]+) MB\)', home)
    assert shown and abs(float(shown.group(1)) - size / 1_000_000) < 0.06


def test_zip_holds_the_whole_site_with_fixed_dates(site: Path) -> None:
    with zipfile.ZipFile(site / "downloads" / "guided-readings-offline.zip") as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        inside = {n.removeprefix("guided-readings/") for n in names}
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.relative_to(site).parts[0] != "downloads"}
    maps = {name for name in on_disk if name.endswith(".map")}  # source maps serve a developer's tools only
    assert maps and inside == on_disk - maps


def test_unzipped_site_works_from_disk(page: Page, site: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(site / "downloads" / "guided-readings-offline.zip") as archive:
        archive.extractall(tmp_path)
    root = (tmp_path / "guided-readings").as_uri()
    page.goto(f"{root}/index.html")
    assert page.locator("a[href$='guided-readings-offline.zip']").count() == 0  # no link to a file the zip cannot hold
    page.locator(".grid.cards a").first.click()
    expect(page).to_have_title(re.compile(r"^Human Trafficking Networks"))
    page.locator(".md-search__input").click()
    page.keyboard.type("glossary", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    page.goto(f"{root}/human-trafficking-networks/a-hidden-global-business.html")
    page.locator("form.quiz .quiz-check").first.click()
    expect(page.locator("form.quiz .quiz-feedback").first).to_have_text("Choose an answer first.")
    assert page.foreign_requests == []  # type: ignore[attr-defined]
