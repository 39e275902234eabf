"""Load every reading, generate its pages, and build the site without ever leaving a broken site/.

The generator's own cost is kept small next to MkDocs': the readings are loaded (pydantic, textstat,
the features) only when their inputs changed since the last generation, and MkDocs builds in this
same process instead of a second interpreter.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ReadingError, raise_all
from .generation_cache import GenerationCache, inputs_key
from .package import make_offline_zip

if TYPE_CHECKING:
    from ..core.context import ReadingContext


def reading_folders(seeds: Path) -> list[Path]:
    folders = sorted(p for p in seeds.iterdir() if p.is_dir() and not p.name.startswith(".")) if seeds.is_dir() else []
    if not folders:
        raise ReadingError(seeds, "no readings found; expected folders holding source.txt and edition.yml")
    return folders


def prepare(folder: Path) -> ReadingContext:
    """One reading, loaded, validated, cleaned, segmented, and checked by every feature."""
    # Imported here: the schema (pydantic) and the features cost a quarter of a second to import,
    # and a build whose inputs did not change never needs them.
    from ..core.load import load_reading
    from ..features import check_reading

    return check_reading(load_reading(folder))


def load_all(seeds: Path) -> list[ReadingContext]:
    return _load(reading_folders(seeds))


def _load(folders: list[Path]) -> list[ReadingContext]:
    """Every reading, checked; the problems of all readings are reported together."""
    contexts, problems = [], []
    for folder in folders:
        try:
            contexts.append(prepare(folder))
        except ReadingError as problem:
            problems.append(problem)
    raise_all(problems)
    return contexts


@dataclass(frozen=True)
class Generated:
    """What a generation did: how many readings, their warnings, and whether docs/ was already up to date."""

    readings: int
    warnings: list[str]
    reused: bool


def generate(root: Path) -> Generated:
    """Validate everything first, render every page in memory, and only then write docs/.

    When the content hash of every input (the seeds and the generator's own code) matches the last
    generation and docs/ still holds what it wrote, nothing is loaded or written.
    """
    folders = reading_folders(root / "seeds")
    cache = GenerationCache(root)
    key = inputs_key(folders)
    if cache.up_to_date(key):
        return Generated(readings=len(folders), warnings=cache.warnings, reused=True)
    from ..site.site_pages import nav, site_pages
    from .write import write_pages

    contexts = _load(folders)
    pages = site_pages(contexts)
    written = write_pages(root / "docs", pages, nav(contexts, pages), root)
    warnings = [warning for ctx in contexts for warning in ctx.warnings]
    cache.store(key, warnings, written)
    return Generated(readings=len(contexts), warnings=warnings, reused=False)


def build_epoch(root: Path) -> str:
    """A fixed build time, so that two builds of one commit are byte-identical (sitemap dates)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=True)
        return out.stdout.strip() or "946684800"
    except (OSError, subprocess.CalledProcessError):
        return "946684800"


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _mkdocs_log() -> Iterator[None]:
    """MkDocs' warnings and errors on stderr, as `mkdocs build --strict` prints them; info messages stay quiet.

    `--strict` counts warnings with a handler on the "mkdocs" logger, so that logger must let warnings through
    (`mkdocs build --quiet` sets it to ERROR, and then `--strict` never sees a warning).
    """
    logger = logging.getLogger("mkdocs")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    saved = (logger.level, logger.propagate)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _run_mkdocs(root: Path, staging: Path) -> None:
    """`mkdocs build --strict --site-dir staging`, in this process: MkDocs' own config loading and build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with _environment(SOURCE_DATE_EPOCH=build_epoch(root), NO_MKDOCS_2_WARNING="1"), _mkdocs_log():
        try:
            config = load_config(str(root / "mkdocs.yml"), strict=True, site_dir=str(staging))
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (MkDocsException, SystemExit) as error:
            message = str(error).strip()
            if message:
                print(f"ERROR   -  {message}", file=sys.stderr)
            raise ReadingError(root / "mkdocs.yml", "mkdocs build --strict failed (see the messages above); site/ was left as it was") from None


def mkdocs_build(root: Path, site: Path) -> None:
    """Build into a temporary folder next to site/ and swap it in only when the build succeeded."""
    staging = Path(tempfile.mkdtemp(prefix=".site.", dir=site.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read site/
    try:
        _run_mkdocs(root, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    from .write import replace_dir

    make_offline_zip(staging)
    replace_dir(staging, site)
