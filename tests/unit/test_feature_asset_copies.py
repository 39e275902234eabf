"""The generation copies each feature's own stylesheets and scripts (features/<name>/assets/) into docs/assets/,
where the engines read them: only what differs, a stale copy replaced, a copy whose source is gone removed, and a
hand-kept file never overwritten (builder/feature_assets.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from guided_reading.builder import feature_assets
from guided_reading.builder.feature_assets import RECORD, copy_feature_assets, feature_asset_sources
from guided_reading.builder.site_build import generate
from guided_reading.core.errors import ReadingError
from guided_reading.features import REGISTRY
from support import copy_project


def test_a_copy_is_written_once_replaced_when_stale_and_removed_with_its_source(tmp_path: Path) -> None:
    source = tmp_path / "feature" / "assets" / "thing.js"
    source.parent.mkdir(parents=True)
    source.write_text("var a = 1;\n", encoding="utf-8")
    docs = tmp_path / "docs"
    copy = docs / "assets" / "thing.js"

    assert copy_feature_assets(docs, {"assets/thing.js": source}) == [copy]
    assert copy.read_bytes() == source.read_bytes()
    assert "/thing.js" in (docs / "assets" / RECORD).read_text(encoding="utf-8").splitlines()
    written = copy.stat().st_mtime_ns, copy.stat().st_ino
    copy_feature_assets(docs, {"assets/thing.js": source})
    assert (copy.stat().st_mtime_ns, copy.stat().st_ino) == written  # unchanged: not written again

    copy.write_text("var a = 0; // edited in docs/ by mistake\n", encoding="utf-8")
    copy_feature_assets(docs, {"assets/thing.js": source})
    assert copy.read_bytes() == source.read_bytes()

    copy_feature_assets(docs, {})
    assert not copy.exists()
    assert "/thing.js" not in (docs / "assets" / RECORD).read_text(encoding="utf-8").splitlines()


def test_a_hand_kept_file_of_the_same_name_is_an_error_not_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "feature" / "assets" / "thing.css"
    source.parent.mkdir(parents=True)
    source.write_text(".a { color: red; }\n", encoding="utf-8")
    kept = tmp_path / "docs" / "assets" / "thing.css"
    kept.parent.mkdir(parents=True)
    kept.write_text(".b { color: blue; }\n", encoding="utf-8")
    with pytest.raises(ReadingError, match="hand-kept file of docs/assets/"):
        copy_feature_assets(tmp_path / "docs", {"assets/thing.css": source})
    assert kept.read_text(encoding="utf-8") == ".b { color: blue; }\n"


def test_two_features_may_not_own_one_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("one", "two"):
        (tmp_path / name / "assets").mkdir(parents=True)
        (tmp_path / name / "assets" / "same.js").write_text("", encoding="utf-8")
    monkeypatch.setattr(feature_assets, "FEATURES", tmp_path)
    with pytest.raises(ReadingError, match="also a file of features/one"):
        feature_asset_sources()


def test_the_sources_are_the_registered_features_own_files() -> None:
    assert feature_asset_sources() == {asset: path for feature in REGISTRY for asset, path in feature.own_assets.items()}


def test_generate_copies_the_features_files_and_replaces_a_stale_copy_even_with_nothing_else_to_do(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    copies = root / "docs" / "assets"
    for address in feature_asset_sources():
        (root / "docs" / address).unlink(missing_ok=True)  # as in a fresh clone
    (copies / RECORD).unlink(missing_ok=True)
    generate(root)
    for address, source in feature_asset_sources().items():
        assert (root / "docs" / address).read_bytes() == source.read_bytes(), address

    stale = copies / "annotate.js"
    stale.write_text("/* an old copy */\n", encoding="utf-8")
    assert generate(root).reused  # the readings are unchanged ...
    assert stale.read_bytes() == (feature_asset_sources()["assets/annotate.js"]).read_bytes()  # ... the copy is not
