"""Each stylesheet and script a feature declares (`Feature.assets`) exists and reaches its pages through mkdocs.yml."""
from __future__ import annotations

from guided_reading.features import REGISTRY
from support import ROOT, mkdocs_config


def _loaded() -> set[str]:
    config = mkdocs_config()
    loaded = {entry for group in config["extra"]["page_assets"] for key in ("css", "js") for entry in group.get(key, [])}
    loaded |= set(config.get("extra_css", []))
    loaded |= {entry["path"] if isinstance(entry, dict) else entry for entry in config.get("extra_javascript", [])}
    return loaded


def test_every_declared_asset_exists_and_is_loaded() -> None:
    declared = {(feature.name, asset) for feature in REGISTRY for asset in feature.assets}
    assert declared, "no feature declares its assets"
    loaded = _loaded()
    for name, asset in sorted(declared):
        assert (ROOT / "docs" / asset).is_file(), f"{name}: {asset} is not under docs/"
        assert asset in loaded, f"{name}: mkdocs.yml loads no {asset} (extra.page_assets, extra_css or extra_javascript)"


# The page assets of the site's own pages (pages/: the Listen controls and the reading-help bar), not of a feature.
SITE_PAGE_ASSETS = {"assets/listen.js", "assets/reader-tools.js", "assets/on-page.js"}


def test_every_page_asset_belongs_to_a_feature_or_the_sites_pages() -> None:
    """A page asset in mkdocs.yml that no feature declares (and that is not the site's own) is one a feature
    forgot to list, or one no page uses any more."""
    config = mkdocs_config()
    listed = {entry for group in config["extra"]["page_assets"] for key in ("css", "js") for entry in group.get(key, [])}
    declared = {asset for feature in REGISTRY for asset in feature.assets}
    assert listed - declared - SITE_PAGE_ASSETS == set()
