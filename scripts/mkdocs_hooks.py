"""Thin MkDocs hooks.

- During `mkdocs serve`, regenerate the reading pages before each rebuild. The generated Markdown never
  depends on this: `make site` writes it first, so engines that ignore `hooks:` build the same site.
- Each page's own stylesheets and scripts reach it as two files: one stylesheet and one deferred script,
  made at build time from the files it would otherwise link one by one. The page's share of
  `extra.page_assets` (the entries whose markers its HTML holds, as overrides/main.html reads them), then
  everything in `extra_css` and the local deferred scripts of `extra_javascript`, in that order. Pages
  that need the same files share the same two files (named by a hash of their content), so a reader's
  browser fetches each kind of page's files once. A new entry of `extra.page_assets` joins its pages'
  files with nothing else to change. The sources stay separate in docs/assets/ (a feature's own are copied there
  from its folder by the generation, builder/feature_assets.py), and an engine that ignores `hooks:` (Zensical)
  links them one by one, in the same order, with the same rules (overrides/main.html).
- Every stylesheet and script of ours reaches the site compacted (scripts/compact_assets.py: no comments, no
  spaces a browser never needs), the bundles and the files pages link on their own (the palette script, Hand-in's
  and My work's scripts) alike; the vendored files in assets/vendor/ are copied as they are. What was compacted is
  remembered in .cache/compacted.json, so a build compacts only the files that changed.
"""
from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compact_assets import Remembered  # noqa: E402
from guided_reading.builder.site_build import generate  # noqa: E402
from guided_reading.core.errors import ReadingError  # noqa: E402

log = logging.getLogger("mkdocs.guided_reading")
_serving = False
# Next to the sources, in assets/: a stylesheet's relative addresses (its fonts, `url(fonts/...)`) stay right.
BUNDLE_PREFIX = "assets/built-"
OWN_ASSETS, VENDORED = "assets/", "assets/vendor/"

_site_css: list[str] = []  # extra_css, in order
_site_js: list[str] = []  # the local, deferred scripts of extra_javascript, in order
_page_assets: list[dict] = []  # extra.page_assets
_sources: dict[str, str] = {}  # a source file's site path -> its text
_bundles: dict[str, str] = {}  # a bundle's site path -> its text
_compact = Remembered(Path(".cache") / "compacted.json")  # this build's compactor, which remembers what it made


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config):
    """Take the site-wide stylesheets and deferred scripts out of Material's own lists: they go into the bundles."""
    _site_css[:] = [str(path) for path in config.extra_css]
    config.extra_css = []
    kept = []
    _site_js.clear()
    for script in config.extra_javascript:
        path = str(getattr(script, "path", script))
        if getattr(script, "defer", False) and "://" not in path and not getattr(script, "async_", False):
            _site_js.append(path)
        else:
            kept.append(script)
    config.extra_javascript = kept
    _page_assets[:] = list(config.extra.get("page_assets") or [])
    _sources.clear()
    _bundles.clear()
    global _compact
    _compact = Remembered(Path(config.config_file_path).parent / ".cache" / "compacted.json")
    return config


def on_pre_build(config) -> None:
    if not _serving:
        return
    try:
        generate(Path(config.config_file_path).parent)
    except ReadingError as error:
        log.error(str(error))


def on_files(files, config):
    """Read every file a bundle may hold; the site-wide stylesheets no longer reach the site one by one.
    The bundles of a page with none of the page assets (and of 404.html) are made here."""
    named = [*_site_css, *_site_js, *(path for entry in _page_assets for kind in ("css", "js") for path in entry.get(kind) or [])]
    for path in dict.fromkeys(named):
        source = files.get_file_from_path(path)
        if source is None:
            raise FileNotFoundError(f"mkdocs.yml: {path} (extra_css, extra_javascript or extra.page_assets) is not in {config.docs_dir}")
        _sources[path] = _compact(Path(source.abs_src_path).read_text(encoding="utf-8"), path.rsplit(".", 1)[-1])
        if path in _site_css:
            files.remove(source)
    for file in _own_assets(files, Path(config.docs_dir)):
        file.content_string = _sources.get(file.src_uri) or _compact(file.content_string, file.src_uri.rsplit(".", 1)[-1])
    _compact.save()
    config.extra["guided_assets"] = _bundles_for([], [])
    return files


def _own_assets(files, docs: Path) -> list:
    """The stylesheets and scripts of docs/assets/ that reach the site as files of their own (not the theme's, not
    the vendored ones)."""
    own, vendored = docs / OWN_ASSETS, docs / VENDORED
    return [
        file for file in files.media_files()
        if file.src_uri.endswith((".css", ".js")) and file.abs_src_path
        and Path(file.abs_src_path).is_relative_to(own) and not Path(file.abs_src_path).is_relative_to(vendored)
    ]


def page_asset_paths(content: str, kind: str) -> list[str]:
    """The files of one kind ("css" or "js") the page's markers ask for, each once, in the order first named
    (the rule overrides/main.html applies when there are no bundles)."""
    paths: list[str] = []
    for entry in _page_assets:
        if any(marker in content for marker in entry.get("markers") or []):
            paths += [path for path in entry.get(kind) or [] if path not in paths]
    return paths


def _bundle(paths: list[str], kind: str) -> str:
    """The site path of the file made of `paths` (compacted), each after a comment naming it."""
    glue = "\n" if kind == "css" else "\n;\n"  # a script that ends without `;` must not run into the next
    text = glue.join(f"/* {path} */\n{_sources[path]}" for path in paths) + "\n"
    name = f"{BUNDLE_PREFIX}{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.{kind}"
    _bundles[name] = text
    return name


def _bundles_for(css: list[str], js: list[str]) -> dict[str, str]:
    return {"css": _bundle([*css, *(p for p in _site_css if p not in css)], "css"), "js": _bundle([*js, *(p for p in _site_js if p not in js)], "js")}


def on_page_context(context, page, config, nav):
    """The page's two files, for overrides/main.html (`page.guided_assets`)."""
    content = page.content or ""
    page.guided_assets = _bundles_for(page_asset_paths(content, "css"), page_asset_paths(content, "js"))
    return context


def on_post_build(config) -> None:
    site = Path(config.site_dir)
    for name, text in _bundles.items():
        target = site / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
