"""A build never leaves its staging folders behind: an interrupted one removes its own, and every build
starts by removing what a killed build left (`.site.*` next to site/)."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from guided_reading.builder import site_build


@pytest.fixture
def fake_mkdocs(monkeypatch: pytest.MonkeyPatch) -> None:
    """MkDocs' part of the build replaced by two files, so that these tests need no real build."""
    def run_mkdocs(root: Path, staging: Path) -> None:
        (staging / "index.html").write_text('<p class="offline-download"><span class="download-size"></span></p>', encoding="utf-8")
        (staging / "page.html").write_text("<p>new</p>", encoding="utf-8")

    monkeypatch.setattr(site_build, "_run_mkdocs", run_mkdocs)


def _old_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "page.html").write_text("<p>old</p>", encoding="utf-8")
    return site


def test_a_build_removes_the_staging_folders_a_killed_build_left(tmp_path: Path, fake_mkdocs: None) -> None:
    site = _old_site(tmp_path)
    for stale in (".site.k1ll3d", ".site.old"):
        (tmp_path / stale / "assets").mkdir(parents=True)
        (tmp_path / stale / "assets" / "big.js").write_bytes(b"x" * 1000)
    (tmp_path / ".sitemap-notes").mkdir()  # another name: not ours
    site_build.mkdocs_build(tmp_path, site)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sitemap-notes", "site"]
    assert (site / "page.html").read_text(encoding="utf-8") == "<p>new</p>"
    assert (site / "downloads" / "guided-readings-offline.zip").is_file()


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm", "error"])
def test_a_build_stopped_during_the_zip_leaves_nothing_and_keeps_site(
    tmp_path: Path, fake_mkdocs: None, monkeypatch: pytest.MonkeyPatch, stop: str
) -> None:
    site = _old_site(tmp_path)
    handler = signal.getsignal(signal.SIGTERM)

    def interrupted_zip(staging: Path, previous: Path | None = None) -> Path:
        (staging / "downloads").mkdir()
        (staging / "downloads" / "guided-readings-offline.zip").write_bytes(b"PK half")
        if stop == "ctrl-c":
            raise KeyboardInterrupt
        if stop == "sigterm":
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the signal arrives first
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(site_build, "make_offline_zip", interrupted_zip)
    expected = {"ctrl-c": KeyboardInterrupt, "sigterm": SystemExit, "error": OSError}[stop]
    with pytest.raises(expected):
        site_build.mkdocs_build(tmp_path, site)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert (site / "page.html").read_text(encoding="utf-8") == "<p>old</p>"
    assert signal.getsignal(signal.SIGTERM) == handler  # the build's own handler is gone again
