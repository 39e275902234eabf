"""Each stylesheet and script a feature declares exists and reaches its pages: the ones every page loads through
mkdocs.yml (extra_css, extra_javascript), the others as page assets that the build writes from the features."""
from __future__ import annotations

from pathlib import Path

import yaml

from guided_reading.builder.page_assets import page_asset_entries
from guided_reading.builder.site_build import generate
from guided_reading.builder.write import NAV_FILE
from guided_reading.features import REGISTRY
from guided_reading.pages.page_assets import SITE_PAGE_ASSETS
from support import ROOT, copy_project, mkdocs_config


def _files(entries: list[dict[str, list[str]]]) -> set[str]:
    return {path for entry in entries for kind in ("css", "js") for path in entry.get(kind, [])}


def _every_page() -> set[str]:
    config = mkdocs_config()
    return set(config.get("extra_css", [])) | {entry["path"] if isinstance(entry, dict) else entry for entry in config.get("extra_javascript", [])}


def test_every_declared_asset_exists_and_is_loaded() -> None:
    declared = {(feature.name, asset) for feature in REGISTRY for asset in feature.assets}
    assert declared, "no feature declares its assets"
    loaded = _files(page_asset_entries()) | _every_page()
    for name, asset in sorted(declared):
        assert (ROOT / "docs" / asset).is_file(), f"{name}: {asset} is not under docs/"
        assert asset in loaded, f"{name}: {asset} is neither a page asset of the feature nor loaded on every page by mkdocs.yml"


def test_a_features_page_assets_are_among_its_declared_assets() -> None:
    for feature in REGISTRY:
        for asset in feature.page_assets:
            assert asset.markers, f"{feature.name}: a page asset with no marker loads nowhere"
            assert set(asset.files) <= set(feature.assets), f"{feature.name}: {sorted(set(asset.files) - set(feature.assets))}"
    for asset in SITE_PAGE_ASSETS:
        assert all((ROOT / "docs" / path).is_file() for path in asset.files), asset


def test_mkdocs_yml_keeps_no_hand_list_of_page_assets() -> None:
    """A hand list in mkdocs.yml would replace the generated one (MkDocs' INHERIT lets the child's list win)."""
    assert "page_assets" not in (mkdocs_config().get("extra") or {})


def test_the_build_writes_every_page_asset_once_into_the_inherited_config(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    generate(root)
    written = yaml.safe_load((root / NAV_FILE).read_text(encoding="utf-8"))
    entries = written["extra"]["page_assets"]
    assert entries == page_asset_entries()
    assert len({repr(entry) for entry in entries}) == len(entries)
    # Each feature's entries and the site's own reach the file: the quiz's, the glossary's, the Listen controls'.
    markers = {marker for entry in entries for marker in entry["markers"]}
    assert {'class="quiz', 'class="gloss"', 'class="listen', 'class="reader-options'} <= markers
