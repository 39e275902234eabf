"""A lesson step may use only material the reading has: the guide would link a page that is not there."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from guided_reading.builder.site_build import prepare
from guided_reading.core.errors import ReadingError

FIXTURE = Path(__file__).resolve().parents[2] / "golden" / "fixture" / "seeds" / "sunday-library"


def _reading(tmp_path: Path, uses: list[str], drop: tuple[str, ...]) -> Path:
    folder = tmp_path / "sunday-library"
    shutil.copytree(FIXTURE, folder)
    for key in drop:
        (folder / f"{key}.yml").unlink()
    data = yaml.safe_load((folder / "teacher.yml").read_text(encoding="utf-8"))
    data["teacher"]["lesson"] = [{"minutes": 10, "title": "Check what you know", "activity": "Students answer on their own.", "uses": uses}]
    (folder / "teacher.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def test_a_step_that_uses_the_final_quiz_of_a_reading_without_one_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReadingError) as caught:
        prepare(_reading(tmp_path, ["handout", "final-quiz"], drop=("quizzes",)))
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1, messages
    assert "teacher.yml:" in messages[0] and "teacher.lesson[0].uses[1]: uses 'final-quiz', which this reading does not have" in messages[0]


def test_the_same_step_passes_when_the_reading_has_the_material(tmp_path: Path) -> None:
    ctx = prepare(_reading(tmp_path, ["handout", "final-quiz", "glossary"], drop=()))
    assert ctx.edition.teacher is not None and ctx.edition.teacher.lesson[0].uses == ["handout", "final-quiz", "glossary"]
