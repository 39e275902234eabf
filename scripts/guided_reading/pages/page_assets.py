"""The page assets of the site's own components (the features declare theirs: `Feature.page_assets`)."""
from __future__ import annotations

from ..core.page_asset import ON_PAGE, PageAsset

SITE_PAGE_ASSETS: tuple[PageAsset, ...] = (
    # The reading-help bar's switches (reader_tools.py).
    PageAsset(('class="reader-options',), js=(ON_PAGE, "assets/reader-tools.js")),
    # The Listen controls.
    PageAsset(('class="listen',), js=(ON_PAGE, "assets/listen.js")),
)
