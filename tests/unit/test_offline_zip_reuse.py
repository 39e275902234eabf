"""The offline zip reuses the last build's compressed entries for files that did not change, and is
byte-for-byte the zip made afresh."""
from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from guided_reading.builder import package


def _site(folder: Path, text: str) -> Path:
    (folder / "assets").mkdir(parents=True)
    (folder / "index.html").write_text('<p class="offline-download"><a>zip</a><span class="download-size"></span></p>', encoding="utf-8")
    (folder / "assets" / "bundle.js").write_bytes(os.urandom(3000).hex().encode() * 3)
    (folder / "page.html").write_text(text, encoding="utf-8")
    return folder


def test_a_zip_made_from_the_last_one_is_the_zip_made_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _site(tmp_path / "first", "<p>before</p>")
    last = package.make_offline_zip(first)
    second = tmp_path / "second"
    shutil.copytree(first, second)
    shutil.rmtree(second / "downloads")
    (second / "page.html").write_text("<p>after the edit</p>", encoding="utf-8")
    fresh_site = tmp_path / "fresh"
    shutil.copytree(second, fresh_site)

    compressed: list[str] = []
    writestr = zipfile.ZipFile.writestr
    monkeypatch.setattr(zipfile.ZipFile, "writestr", lambda self, info, data, **kw: (compressed.append(info.filename), writestr(self, info, data, **kw)))
    reused = package.make_offline_zip(second, previous=last)
    assert compressed == ["guided-readings/page.html"]  # the only file that changed
    compressed.clear()
    fresh = package.make_offline_zip(fresh_site)
    assert len(compressed) == 3
    assert reused.read_bytes() == fresh.read_bytes()
    with zipfile.ZipFile(reused) as archive:
        assert archive.testzip() is None
        assert archive.read("guided-readings/page.html") == b"<p>after the edit</p>"
        assert archive.read("guided-readings/assets/bundle.js") == (second / "assets" / "bundle.js").read_bytes()


def test_a_damaged_last_zip_is_ignored(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", "<p>x</p>")
    broken = tmp_path / "old.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    made = package.make_offline_zip(site, previous=broken)
    with zipfile.ZipFile(made) as archive:
        assert archive.testzip() is None and len(archive.namelist()) == 3


def test_entries_are_in_the_order_of_their_names(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", "<p>x</p>")
    (site / "lms").mkdir()
    (site / "lms" / "a.zip").write_bytes(b"zip")
    (site / "lms.html").write_text("<p>lms</p>", encoding="utf-8")
    with zipfile.ZipFile(package.make_offline_zip(site)) as archive:
        names = archive.namelist()
    assert names == sorted(names) and names.index("guided-readings/lms.html") < names.index("guided-readings/lms/a.zip")
