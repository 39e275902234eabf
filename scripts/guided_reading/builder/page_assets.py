"""The site's `extra.page_assets`: every feature's and the site's own pages', in the registry's order, each entry once.

The build writes them into nav.generated.yml, which mkdocs.yml inherits, so that a feature's stylesheets and
scripts reach its pages from its own folder (overrides/main.html and scripts/mkdocs_hooks.py read them).
"""
from __future__ import annotations

from ..core.page_asset import PageAsset
from ..features import REGISTRY
from ..pages.page_assets import SITE_PAGE_ASSETS


def page_assets() -> list[PageAsset]:
    found: list[PageAsset] = []
    for asset in [*(a for feature in REGISTRY for a in feature.page_assets), *SITE_PAGE_ASSETS]:
        if asset not in found:
            found.append(asset)
    return found


def page_asset_entries() -> list[dict[str, list[str]]]:
    return [asset.entry() for asset in page_assets()]
