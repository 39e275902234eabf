"""Stylesheets and scripts that load only on the pages that need them, declared by the features and pages that use them."""
from __future__ import annotations

from dataclasses import dataclass

ON_PAGE = "assets/on-page.js"  # GuidedPage.onPage: every component script runs through it
WORK_STORE = "assets/work-store.js"  # GuidedWork: the student's work kept in the browser


@dataclass(frozen=True)
class PageAsset:
    """Files that load on a page only when its HTML holds one of `markers` (a class or data- attribute that
    the component's generated markup always has). Scripts load with `defer`, in the order listed, and a file
    named by several entries loads once, where first named: list what a script needs before it."""

    markers: tuple[str, ...]
    css: tuple[str, ...] = ()
    js: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        return self.css + self.js

    def entry(self) -> dict[str, list[str]]:
        """The entry of `extra.page_assets` that overrides/main.html and scripts/mkdocs_hooks.py read."""
        entry = {"markers": list(self.markers)}
        if self.css:
            entry["css"] = list(self.css)
        if self.js:
            entry["js"] = list(self.js)
        return entry
