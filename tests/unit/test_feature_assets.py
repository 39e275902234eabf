"""Each stylesheet and script a feature declares exists and reaches its pages: the ones every page loads through
mkdocs.yml (extra_css, extra_javascript), the others as page assets that the build writes from the features, or
linked by the feature's own pages. A feature's own files are kept in its folder (features/<name>/assets/), the
files several features share in docs/assets/."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from guided_reading.builder.feature_assets import our_asset_sources
from guided_reading.builder.page_assets import page_asset_entries
from guided_reading.builder.site_build import generate
from guided_reading.builder.write import NAV_FILE
from guided_reading.features import REGISTRY
from guided_reading.pages.page_assets import SITE_PAGE_ASSETS
from guided_reading.pages.site_pages import reading_pages
from support import ROOT, copy_project, mkdocs_config, seed_context

LINKED = re.compile(r'<script defer src="\.\./(assets/[^"]+)"')


def _files(entries: list[dict[str, list[str]]]) -> set[str]:
    return {path for entry in entries for kind in ("css", "js") for path in entry.get(kind, [])}


def _every_page() -> set[str]:
    config = mkdocs_config()
    return set(config.get("extra_css", [])) | {entry["path"] if isinstance(entry, dict) else entry for entry in config.get("extra_javascript", [])}


def _linked_by_pages() -> set[str]:
    """The scripts the seed's pages link in their own content (My work's, Hand-in's, …)."""
    return {path for page in reading_pages(seed_context()) for path in LINKED.findall(page.markdown)}


def test_every_declared_asset_exists_and_is_loaded() -> None:
    declared = {(feature.name, asset) for feature in REGISTRY for asset in feature.assets}
    assert declared, "no feature declares its assets"
    ours = our_asset_sources(ROOT / "docs")
    loaded = _files(page_asset_entries()) | _every_page() | _linked_by_pages()
    assert "assets/hand-in.js" in _linked_by_pages()
    for name, asset in sorted(declared):
        assert asset in ours, f"{name}: {asset} is neither in its folder's assets/ nor in docs/assets/"
        assert asset in loaded, f"{name}: {asset} is neither a page asset of the feature, nor loaded on every page by mkdocs.yml, nor linked by a page"


def test_a_features_own_files_are_its_declared_assets_and_no_other_features() -> None:
    owned = {asset: feature.name for feature in REGISTRY for asset in feature.own_assets}
    assert {"assets/annotate.js", "assets/gloss-popover.js", "assets/hand-in.js"} <= set(owned)
    for feature in REGISTRY:
        assert set(feature.own_assets) <= set(feature.assets), f"{feature.name}: {sorted(set(feature.own_assets) - set(feature.assets))} not declared"
        others = {asset: owner for asset, owner in owned.items() if asset in feature.assets and owner != feature.name}
        assert not others, f"{feature.name} uses files of other features (move them to docs/assets/): {others}"


def test_a_features_own_file_is_not_also_committed_in_docs_assets() -> None:
    """One file, one place: a feature's file in docs/assets/ is only ever the generation's copy, which git ignores."""
    listed = subprocess.run(["git", "ls-files", "docs/assets"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    committed = {path.removeprefix("docs/") for path in listed.stdout.splitlines()}
    assert "assets/work-store.js" in committed
    assert not committed & {asset for feature in REGISTRY for asset in feature.own_assets}


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
