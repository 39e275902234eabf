"""Word frequencies are remembered between builds, so that a generation with no new word never imports wordfreq."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from guided_reading.core import word_frequency
from support import SEED, copy_project


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_frequency, "_known", {})
    monkeypatch.setattr(word_frequency, "_store", None)
    monkeypatch.setattr(word_frequency, "_added", False)


def test_the_store_answers_as_wordfreq_and_starts_afresh_for_another_version(tmp_path: Path, fresh_store: None) -> None:
    from wordfreq import zipf_frequency

    store = tmp_path / "zipf.json"
    word_frequency.use_store(store)
    assert word_frequency.zipf("upheaval") == zipf_frequency("upheaval", "en") == 3.13
    word_frequency.save()
    data = json.loads(store.read_text(encoding="utf-8"))
    assert data["zipf"] == {"upheaval": 3.13} and data["wordfreq"] == word_frequency._wordfreq_version()
    store.write_text(json.dumps({"wordfreq": data["wordfreq"], "zipf": {"upheaval": 1.0}}), encoding="utf-8")
    word_frequency._known.clear()
    word_frequency.use_store(store)
    assert word_frequency.zipf("upheaval") == 1.0  # answered from the store
    store.write_text(json.dumps({"wordfreq": "0.0", "zipf": {"upheaval": 1.0}}), encoding="utf-8")
    word_frequency._known.clear()
    word_frequency.use_store(store)
    assert word_frequency.zipf("upheaval") == 3.13  # another wordfreq: asked again
    store.write_text("{not json", encoding="utf-8")
    word_frequency._known.clear()
    word_frequency.use_store(store)
    assert word_frequency.zipf("upheaval") == 3.13


@pytest.mark.slow  # two generations in new processes, one of them importing wordfreq
def test_a_second_generation_after_an_edit_does_not_import_wordfreq(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project", seeds={SEED.name: SEED})
    program = (
        "import sys; from pathlib import Path; from guided_reading.builder.site_build import generate; "
        "generate(Path.cwd()); print('wordfreq' in sys.modules)"
    )
    env = {"PYTHONPATH": str(root / "scripts"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", program], cwd=root, env=env, capture_output=True, text=True)
    assert first.stdout.strip() == "True", first.stderr
    edition = root / "seeds" / SEED.name / "edition.yml"
    edition.write_text(edition.read_text(encoding="utf-8").replace("can dismantle them.", "can take them apart."), encoding="utf-8")
    second = subprocess.run([sys.executable, "-c", program], cwd=root, env=env, capture_output=True, text=True)
    assert second.stdout.strip() == "False", second.stderr
    assert "take them apart" in (root / "docs" / "index.md").read_text(encoding="utf-8") or "take them apart" in "".join(
        p.read_text(encoding="utf-8") for p in (root / "docs" / SEED.name).glob("*.md")
    )
