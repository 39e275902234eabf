"""Any subset of a reading's features builds under `mkdocs build --strict`: a page never links to a page of
a feature the reading does not have (the teacher's guide of a reading without quizzes links no quiz.md).

The fixture reading (tests/golden/fixture) has each feature in a file of its own; each example drops some
of those files, and the references to what they held, and builds the site through the command line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from support import copy_project, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.build]

FIXTURE = Path(__file__).resolve().parents[1] / "golden" / "fixture" / "seeds" / "sunday-library"
# The edition keys kept in files of their own: each one a feature the reading may go without.
KEYS = sorted(p.stem for p in FIXTURE.glob("*.yml") if p.stem != "edition")


def _without(data: Any, key: str) -> Any:
    """The data with `key` removed from every mapping, at any depth."""
    if isinstance(data, dict):
        return {k: _without(v, key) for k, v in data.items() if k != key}
    if isinstance(data, list):
        return [_without(v, key) for v in data]
    return data


def reading_without(dest: Path, dropped: set[str]) -> Path:
    """The fixture reading with the files of `dropped` removed, and what pointed at their entries with them."""
    dest.mkdir(parents=True)
    (dest / "source.txt").write_bytes((FIXTURE / "source.txt").read_bytes())
    (dest / "edition.yml").write_text((FIXTURE / "edition.yml").read_text(encoding="utf-8"), encoding="utf-8")
    for key in KEYS:
        if key in dropped:
            continue
        data = yaml.safe_load((FIXTURE / f"{key}.yml").read_text(encoding="utf-8"))
        if "sources" in dropped:
            data = {k: _without(v, "sources") for k, v in data.items()} if key != "sources" else data
        if key == "teacher":
            guide = data["teacher"]
            if "glossary" in dropped:
                guide.pop("preteach", None)
            if "discussion" in dropped:
                guide.pop("handout_questions", None)
        if key == "writing" and "quizzes" in dropped:
            data["writing"] = [p for p in data["writing"] if p.get("part") != "final"]
        (dest / f"{key}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dropped=st.sets(st.sampled_from(KEYS)))
@example(dropped={"quizzes"})  # a teacher's guide without quizzes: the guide once linked quiz.md regardless
@example(dropped={"quizzes", "discussion"})  # and no answer key at all
def test_any_subset_of_the_fixtures_features_builds_strict(tmp_path_factory: pytest.TempPathFactory, dropped: set[str]) -> None:
    root = tmp_path_factory.mktemp("subset")
    copy_project(root, seeds={})
    reading_without(root / "seeds" / "sunday-library", dropped)
    result = run_cli(root, "build")
    assert result.returncode == 0, f"without {sorted(dropped)}:\n{result.stderr[-3000:]}"
    assert (root / "site" / "sunday-library" / "index.html").is_file()
