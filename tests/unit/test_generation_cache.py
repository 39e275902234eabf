"""Only the readings whose inputs changed are loaded and written again; the others are listed from the record."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guided_reading.builder import site_build
from support import SEED, copy_project

# Each test generates two readings several times (about 3 s): kept out of `make test-fast`.
pytestmark = pytest.mark.slow


@pytest.fixture
def two_readings(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds-src"
    for slug in ("first-reading", "second-reading"):
        shutil.copytree(SEED, seeds / slug)
        edition = seeds / slug / "edition.yml"
        title = slug.replace("-", " ").capitalize()
        edition.write_text(edition.read_text(encoding="utf-8").replace('  title: "', f'  short_title: {title}\n  title: "', 1), encoding="utf-8")
    root = copy_project(tmp_path / "project", seeds={})
    shutil.copytree(seeds, root / "seeds")
    return root


def _generate(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[site_build.Generated, list[str]]:
    loaded: list[str] = []
    real = site_build.prepare

    def counting(folder: Path):
        loaded.append(folder.name)
        return real(folder)

    monkeypatch.setattr(site_build, "prepare", counting)
    monkeypatch.chdir(root)
    return site_build.generate(root), loaded


def test_an_edit_to_one_reading_loads_and_writes_only_that_reading(two_readings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = two_readings
    first, loaded = _generate(root, monkeypatch)
    assert loaded == ["first-reading", "second-reading"] and not first.reused
    home = (root / "docs" / "index.md").read_text(encoding="utf-8")
    untouched = (root / "docs" / "first-reading").stat().st_ino

    edition = root / "seeds" / "second-reading" / "edition.yml"
    text = edition.read_text(encoding="utf-8")
    changed = text.replace('title: "Human Trafficking Networks', 'title: "Trafficking Networks', 1)
    assert changed != text
    edition.write_text(changed, encoding="utf-8")
    second, loaded = _generate(root, monkeypatch)
    assert loaded == ["second-reading"] and not second.reused
    assert (root / "docs" / "first-reading").stat().st_ino == untouched, "the unchanged reading's folder was not swapped"
    new_home = (root / "docs" / "index.md").read_text(encoding="utf-8")
    assert new_home != home and "Trafficking Networks" in new_home
    assert "first-reading/index.md" in new_home, "the unchanged reading is still on the home page, from the record"
    nav = (root / "nav.generated.yml").read_text(encoding="utf-8")
    assert "first-reading/index.md" in nav and "second-reading/index.md" in nav

    third, loaded = _generate(root, monkeypatch)
    assert loaded == [] and third.reused


def test_a_page_deleted_by_hand_regenerates_its_reading_only(two_readings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = two_readings
    _generate(root, monkeypatch)
    page = root / "docs" / "first-reading" / "full-text.md"
    text = page.read_text(encoding="utf-8")
    page.unlink()
    _, loaded = _generate(root, monkeypatch)
    assert loaded == ["first-reading"]
    assert page.read_text(encoding="utf-8") == text


def test_a_removed_reading_leaves_the_site(two_readings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = two_readings
    _generate(root, monkeypatch)
    shutil.rmtree(root / "seeds" / "second-reading")
    result, loaded = _generate(root, monkeypatch)
    assert loaded == [] and result.readings == 1 and not result.reused
    assert not (root / "docs" / "second-reading").exists()
    assert "second-reading" not in (root / "docs" / "index.md").read_text(encoding="utf-8")


def test_the_same_docs_come_out_with_or_without_the_record(two_readings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = two_readings
    _generate(root, monkeypatch)
    edition = root / "seeds" / "first-reading" / "edition.yml"
    edition.write_text(edition.read_text(encoding="utf-8").replace('title: "Human Trafficking Networks', 'title: "Networks', 1), encoding="utf-8")
    _generate(root, monkeypatch)
    partial = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "docs").rglob("*.md"))}
    (root / ".cache" / "generation.json").unlink()
    _, loaded = _generate(root, monkeypatch)
    assert loaded == ["first-reading", "second-reading"]
    assert {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "docs").rglob("*.md"))} == partial


def test_with_several_readings_the_authoring_guide_is_listed_once(two_readings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    root = two_readings
    _generate(root, monkeypatch)
    nav = yaml.safe_load((root / "nav.generated.yml").read_text(encoding="utf-8"))["nav"]
    assert (root / "nav.generated.yml").read_text(encoding="utf-8").count("authoring.md") == 1
    assert nav[-1] == {"Authoring guide": "authoring.md"} and nav[-2] == {"Get help": "help.md"}
    # Each reading's pages for teachers are a section of their own, after the students' sections.
    for section in nav[3:5]:
        ((title, teachers),) = section.items()
        assert title.startswith("For teachers: ")
        assert teachers and all("authoring.md" not in e.values() for e in teachers)
