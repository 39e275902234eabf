"""Thin MkDocs hooks.

- During `mkdocs serve`, regenerate the reading pages before each rebuild. The generated Markdown never
  depends on this: `make site` writes it first, so engines that ignore `hooks:` build the same site.
- The site's own stylesheets (`extra_css`) reach the page as one file, `assets/site.css`: one request
  in the critical path instead of four (Lighthouse, part page: first paint about 150 ms sooner on the
  simulated phone). The sources stay separate in docs/assets/, and an engine that ignores `hooks:`
  (Zensical) links the four files, in the same order, with the same rules.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guided_reading.builder.site_build import generate  # noqa: E402
from guided_reading.core.errors import ReadingError  # noqa: E402

log = logging.getLogger("mkdocs.guided_reading")
_serving = False
STYLESHEET = "assets/site.css"
_stylesheets: list[str] = []


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config):
    """Remember the stylesheets of `extra_css` and link the one file made of them instead."""
    _stylesheets[:] = [str(path) for path in config.extra_css]
    if _stylesheets:
        config.extra_css = [STYLESHEET]
    return config


def on_pre_build(config) -> None:
    if not _serving:
        return
    try:
        generate(Path(config.config_file_path).parent)
    except ReadingError as error:
        log.error(str(error))


def on_files(files, config):
    """`assets/site.css`: the stylesheets, in their order, each after a comment naming its source file;
    the separate files are left out of the site."""
    if not _stylesheets:
        return files
    from mkdocs.structure.files import File

    parts = []
    for path in _stylesheets:
        source = files.get_file_from_path(path)
        if source is None:
            raise FileNotFoundError(f"mkdocs.yml: extra_css: {path} is not in {config.docs_dir}")
        parts.append(f"/* {path} */\n{Path(source.abs_src_path).read_text(encoding='utf-8')}")
        files.remove(source)
    files.append(File.generated(config, STYLESHEET, content="\n".join(parts)))
    return files
