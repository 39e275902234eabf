"""The theme's compiled templates, kept between builds.

MkDocs makes a new Jinja environment for the theme on every build and compiles every template it renders
(Material's base.html and its partials, our overrides/): about 0.15 s of each build on a 2-core machine, for
templates that change only when the theme is upgraded or overrides/ is edited. `make site` gives that
environment Jinja's bytecode cache, in `.cache/theme-templates-<key>/`: a template whose source changed is
compiled again (Jinja checks each one's source hash), and the key (this module, the versions of Jinja, MkDocs
and Material, and the environment's extensions) starts a new cache when anything that shapes the compiled code
changes. The built site is byte-for-byte what it was (tests/site/test_build_caches.py).
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from .installed import installed_version

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

PREFIX = "theme-templates-"


def cache_folder(cache_root: Path, env: jinja2.Environment) -> Path:
    """The folder for this environment's compiled templates; the caches of other keys are removed."""
    parts = [
        Path(__file__).read_bytes(),
        *(installed_version(p).encode() for p in ("jinja2", "mkdocs", "mkdocs-material")),
        repr(sorted(env.extensions)).encode(),
        repr((env.autoescape, env.optimized, env.trim_blocks, env.lstrip_blocks)).encode(),
    ]
    key = hashlib.sha256(b"\0".join(parts)).hexdigest()[:16]
    folder = cache_root / f"{PREFIX}{key}"
    for old in cache_root.glob(f"{PREFIX}*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return folder


def keep_compiled_templates(config: MkDocsConfig, cache_root: Path) -> None:
    """Give the theme's Jinja environment a bytecode cache under `cache_root`; without a writable folder
    (a read-only copy of the project) the build goes on compiling as MkDocs does."""
    theme = config.theme
    make_env = type(theme).get_env

    def get_env(*args: Any) -> jinja2.Environment:
        env = make_env(theme)
        folder = cache_folder(cache_root, env)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return env
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    theme.get_env = get_env  # type: ignore[method-assign]
