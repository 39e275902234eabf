"""Thin MkDocs hook: during `mkdocs serve`, regenerate the reading pages before each rebuild.

The generated Markdown never depends on this hook: `make site` writes it first, so engines that
ignore `hooks:` build the same site.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guided_reading.build.site_build import generate  # noqa: E402
from guided_reading.core.errors import ReadingError  # noqa: E402

log = logging.getLogger("mkdocs.guided_reading")
_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config) -> None:
    if not _serving:
        return
    try:
        generate(Path(config.config_file_path).parent)
    except ReadingError as error:
        log.error(str(error))
