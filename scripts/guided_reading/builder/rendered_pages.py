"""The HTML of pages whose Markdown did not change, kept between builds.

MkDocs converts every page's Markdown to HTML on every build (about 0.27 s of its 0.46 s here), though an edit
changes one or two pages: a reading's summary reaches its overview and the site's home, not its part pages or
its teacher's pages. `make site` keeps what each page's conversion produced (its HTML, table of contents, title
and anchors) in `.cache/rendered-pages/`, under a key made of everything the conversion reads: the page's
Markdown as MkDocs hands it over, its place in the site, every file of the site (the targets of its links), the
Markdown settings of mkdocs.yml, and the versions of MkDocs, Markdown and pymdown-extensions. A page whose key
is found is not converted again; the rest of the build (templates, search, hooks) runs as before.

A conversion that logged anything on MkDocs' log (which the build keeps at warnings: a link MkDocs could not
resolve, which `--strict` turns into a failure) is never kept, so the same page logs it again on the next build.
What a build did not use is removed after it. The site built from the cache is the one built without it, byte
for byte (tests/site/test_build_caches.py).
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .installed import installed_version
from .write_if_changed import write_if_changed

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import AnchorLink

FOLDER = "rendered-pages"


def _settings(config: MkDocsConfig) -> str:
    """What of mkdocs.yml and the installed packages shapes a page's conversion."""
    return json.dumps(
        {
            "code": hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
            "versions": [installed_version(p) for p in ("mkdocs", "markdown", "pymdown-extensions")],
            "extensions": config["markdown_extensions"],
            "configs": config["mdx_configs"],
            "directory_urls": config["use_directory_urls"],
            "validation": config["validation"],
            "links_to_anchors": logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG,
        },
        sort_keys=True,
        default=repr,
    )


def _site_files(files: Files) -> str:
    return json.dumps(sorted((f.src_uri, f.dest_uri, f.url, str(f.inclusion)) for f in files))


def _toc_data(links: list[AnchorLink]) -> list[dict[str, Any]]:
    return [
        {"title": a.title, "id": a.id, "level": a.level, "active": getattr(a, "active", False), "children": _toc_data(a.children)}
        for a in links
    ]


def _toc_links(data: list[dict[str, Any]]) -> list[AnchorLink]:
    from mkdocs.structure.toc import AnchorLink

    links = []
    for item in data:
        link = AnchorLink(item["title"], item["id"], item["level"])
        if item["active"]:
            link.active = True  # type: ignore[attr-defined]  # as mkdocs.structure.toc.get_toc marks the first
        link.children = _toc_links(item["children"])
        links.append(link)
    return links


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1


class RenderedPages:
    """The store: one JSON file per page's conversion, named by its key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        # What every page of one build shares, worked out once: the settings, and the site's files.
        self._settings: tuple[int, str] | None = None
        self._files: tuple[int, str, dict[str, File]] | None = None

    def _site(self, config: MkDocsConfig, files: Files) -> tuple[str, str, dict[str, File]]:
        if self._settings is None or self._settings[0] != id(config):
            self._settings = (id(config), _settings(config))
        if self._files is None or self._files[0] != id(files):
            self._files = (id(files), _site_files(files), {f.src_uri: f for f in files})
        return self._settings[1], self._files[1], self._files[2]

    def key(self, page: Page, config: MkDocsConfig, files: Files) -> str:
        settings, site_files, _ = self._site(config, files)
        parts = [settings, site_files, page.file.src_uri, page.file.dest_uri, page.file.url, page.markdown or ""]
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def restore(self, page: Page, key: str, config: MkDocsConfig, files: Files) -> bool:
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        from mkdocs.structure.toc import TableOfContents

        by_source = self._site(config, files)[2]
        if data["links_to_anchors"] is not None and not set(data["links_to_anchors"]) <= set(by_source):
            return False
        page.content = data["content"]
        page.toc = TableOfContents(_toc_links(data["toc"]))
        page._title_from_render = data["title"]
        page.present_anchor_ids = set(data["present_anchor_ids"])
        if data["links_to_anchors"] is not None:
            page.links_to_anchors = {by_source[src]: anchors for src, anchors in data["links_to_anchors"].items()}
        self.used.add(key)
        return True

    def save(self, page: Page, key: str) -> None:
        links = page.links_to_anchors
        data = {
            "content": page.content,
            "toc": _toc_data(list(page.toc)),
            "title": page._title_from_render,
            "present_anchor_ids": sorted(page.present_anchor_ids or ()),
            "links_to_anchors": None if links is None else {f.src_uri: anchors for f, anchors in links.items()},
        }
        try:
            write_if_changed(self.folder / f"{key}.json", json.dumps(data).encode("utf-8"))
        except OSError:
            return  # a read-only copy of the project builds without the store
        self.used.add(key)

    def prune(self) -> None:
        """Remove what this build did not use: the conversions of pages since edited or removed."""
        for entry in self.folder.glob("*.json") if self.folder.is_dir() else ():
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)


@contextmanager
def reuse_rendered_pages(cache_root: Path) -> Iterator[RenderedPages]:
    """Within this block, MkDocs' `Page.render` takes a page's HTML from the store when its key is there, and
    keeps what it converts when the conversion logged nothing. The store is pruned when the block ends
    without an error."""
    from mkdocs.structure.pages import Page

    store = RenderedPages(cache_root / FOLDER)
    convert = Page.render
    mkdocs_log = logging.getLogger("mkdocs")

    def render(page: Page, config: MkDocsConfig, files: Files) -> None:
        key = store.key(page, config, files)
        if store.restore(page, key, config, files):
            return
        recorder = _Recorder()
        mkdocs_log.addHandler(recorder)
        try:
            convert(page, config, files)
        finally:
            mkdocs_log.removeHandler(recorder)
        if not recorder.records:
            store.save(page, key)

    setattr(Page, "render", render)  # noqa: B010  (MkDocs' own method, replaced for the build and put back)
    try:
        yield store
    finally:
        setattr(Page, "render", convert)  # noqa: B010
    store.prune()
