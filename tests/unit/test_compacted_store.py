"""What the hook compacted is remembered between builds (.cache/compacted.json): a file whose text did not change is
not compacted again, a changed file is, and a change to the compactor's code compacts everything again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import compact_assets
from compact_assets import Remembered, compact


def test_a_second_build_takes_unchanged_files_from_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / ".cache" / "compacted.json"
    first = Remembered(store)
    assert first(".a {\n  color: red;\n}\n", "css") == ".a{color:red}"
    assert first("var a = 1; // one\n", "js") == "var a=1;"
    first.save()
    assert store.is_file()

    def refuse(text: str, kind: str) -> str:
        raise AssertionError(f"compacted again: {text!r}")

    monkeypatch.setattr(compact_assets, "compact", refuse)
    second = Remembered(store)
    assert second(".a {\n  color: red;\n}\n", "css") == ".a{color:red}"
    with pytest.raises(AssertionError, match="compacted again"):
        second("var a = 2; // changed\n", "js")
    second.save()
    # only what this build asked for is kept
    assert list(json.loads(store.read_text(encoding="utf-8"))["texts"].values()) == [".a{color:red}"]


def test_a_store_of_other_code_or_a_broken_store_is_not_used(tmp_path: Path) -> None:
    store = tmp_path / "compacted.json"
    first = Remembered(store)
    first("var a = 1;\n", "js")
    first.save()
    stored = json.loads(store.read_text(encoding="utf-8"))
    store.write_text(json.dumps({**stored, "texts": {k: "wrong" for k in stored["texts"]}, "code": "other"}), encoding="utf-8")
    assert Remembered(store)("var a = 1;\n", "js") == compact("var a = 1;\n", "js")
    store.write_text("{not json", encoding="utf-8")
    assert Remembered(store)("var a = 1;\n", "js") == "var a=1;"
