"""The blind sheet holds the items' prompts and options and nothing a reader could learn the answers from."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from guided_reading.core.shared import QUIZZES, WORD_WORK
from support import ROOT, SEED, seed_context


def _module():  # scripts/quiz_measure.py is a script, not part of the package
    spec = importlib.util.spec_from_file_location("quiz_measure", ROOT / "scripts" / "quiz_measure.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_blind_sheet_has_every_item_under_an_opaque_id_and_no_answer(tmp_path: Path) -> None:
    sheet = tmp_path / "blind.txt"
    count = _module().blind_sheet(SEED, sheet)
    ctx = seed_context()
    placed = [p for handle in (QUIZZES, WORD_WORK) for quiz in (handle.state(ctx) or {}).values() for p in quiz.questions]
    assert count == len(placed) > 30
    text = sheet.read_text(encoding="utf-8")
    assert re.findall(r"^(q\d+) \(", text, re.MULTILINE) == [f"q{i}" for i in range(1, count + 1)]
    for p in placed:
        assert p.question.id not in text  # the edition's ids can name what an item is about
        assert p.question.explanation not in text
        assert all(choice.why is None or choice.why not in text for choice in p.choices)
    key = json.loads((tmp_path / "blind.txt.key.json").read_text(encoding="utf-8"))
    assert [key[f"q{i + 1}"]["right"] for i in range(count)] == [[j for j, c in enumerate(p.choices) if c.correct] for p in placed]


def test_the_item_figures_need_only_the_sites_tools(monkeypatch) -> None:
    # `make check` runs this script with the site's packages alone: HTML parsing is for the built-site figures
    monkeypatch.setitem(sys.modules, "bs4", None)  # `import bs4` now fails, as on a machine without the test tools
    report = _module().item_figures(ROOT / "seeds")
    assert "items revealing another: 0" in report
