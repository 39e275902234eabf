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
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ReadingError, raise_all
from ..core.page import Page
from ..core.slug import slug_problem
from .feature_assets import copy_feature_assets
from .generation_cache import GenerationCache, Kept, code_key, reading_key
from .package import DOWNLOADS, ZIP_NAME, make_offline_zip

if TYPE_CHECKING:
    from ..core.context import ReadingContext
    from ..pages.library import Listing


ZIPF_STORE = Path(".cache") / "zipf.json"


def reading_folders(seeds: Path) -> list[Path]:
    """The readings' folders in seeds/, each named by the slug rule (`make reading` applies the same rule)."""
    folders = sorted(p for p in seeds.iterdir() if p.is_dir() and not p.name.startswith(".")) if seeds.is_dir() else []
    if not folders:
        raise ReadingError(seeds, "no readings found; expected folders holding source.txt and edition.yml")
    problems = [
        ReadingError(folder, f"the folder's name is the reading's slug: {problem}; rename the folder")
        for folder in folders if (problem := slug_problem(folder.name))
    ]
    raise_all(problems)
    return folders


def prepare(folder: Path) -> ReadingContext:
    """One reading, loaded, validated, cleaned, segmented, and checked by every feature."""
    # Imported here: the schema (pydantic) and the features cost a quarter of a second to import,
    # and a build whose inputs did not change never needs them.
    from ..features import check_reading, load_reading

    return check_reading(load_reading(folder))


def load_all(seeds: Path) -> list[ReadingContext]:
    return _load(reading_folders(seeds))


def check_all(root: Path) -> list[ReadingContext]:
    """`make check`: every check `make site` makes before MkDocs, without writing anything.

    Every reading is loaded and checked, and all its pages, the home page and the navigation are rendered
    in memory, as a generation renders them; a reading's folder that a hand-written folder of docs/ would
    hide is refused as `write_pages` refuses it.
    """
    from .write import MARKER

    with _word_store(root):
        contexts = load_all(root / "seeds")
        _render(contexts, {})
    docs = root / "docs"
    raise_all([
        ReadingError(docs / ctx.slug, "a hand-written folder of docs/ has the name of a reading; rename one of them")
        for ctx in contexts if (docs / ctx.slug).exists() and not (docs / ctx.slug / MARKER).exists()
    ])
    return contexts


def _render(contexts: list[ReadingContext], kept: dict[str, Kept]) -> tuple[list[Page], list[object], dict[str, Listing]]:
    """Every page of the readings in `contexts`, the home page and the navigation (the readings in `kept`
    listed from the generation record), in the order of seeds/."""
    from ..pages.library import Listing, library_page, listing
    from ..pages.site_pages import nav, reading_nav, reading_pages

    pages = [page for ctx in contexts for page in reading_pages(ctx)]
    listings = {ctx.slug: listing(ctx, reading_nav(ctx, pages)) for ctx in contexts}
    listings.update({slug: Listing(**entry.listing) for slug, entry in kept.items()})
    in_order = [listings[slug] for slug in sorted(listings)]
    home = Page("index.md", library_page(in_order), None)
    return [home, *pages], nav(in_order), listings


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


@contextmanager
def _word_store(root: Path) -> Iterator[None]:
    """Word frequencies from the project's store (.cache/zipf.json, see core/word_frequency.py): wordfreq is
    not even imported by a generation that looks up no new word."""
    from ..core import word_frequency

    word_frequency.use_store(root / ZIPF_STORE)
    try:
        yield
    finally:
        word_frequency.save()


@dataclass(frozen=True)
class Generated:
    """What a generation did: how many readings, their warnings, and whether docs/ was already up to date."""

    readings: int
    warnings: list[str]
    reused: bool


def generate(root: Path) -> Generated:
    """Copy the features' own stylesheets and scripts into docs/assets/; validate every reading first, render
    every page in memory, and only then write docs/.

    Only the readings whose inputs changed (by content hash, with the generator's own code) are loaded
    and written again; the others are listed on the site's own pages from the generation record. When
    nothing changed and docs/ still holds what was written, nothing is loaded or written at all.
    """
    folders = reading_folders(root / "seeds")
    copy_feature_assets(root / "docs")
    cache = GenerationCache(root)
    code = code_key()
    keys = {folder.name: reading_key(code, folder) for folder in folders}
    kept = cache.kept(keys)
    if cache.up_to_date(keys, kept):
        return Generated(readings=len(folders), warnings=[w for f in folders for w in kept[f.name].warnings], reused=True)
    from .page_assets import page_asset_entries
    from .write import write_pages

    with _word_store(root):
        contexts = {ctx.slug: ctx for ctx in _load([f for f in folders if f.name not in kept])}
        pages, site_nav, listings = _render(list(contexts.values()), kept)
    written = write_pages(root / "docs", pages, site_nav, root, keep=frozenset(kept), extra={"page_assets": page_asset_entries()})
    warnings = {slug: list(ctx.warnings) for slug, ctx in contexts.items()} | {slug: entry.warnings for slug, entry in kept.items()}
    record = {
        slug: {
            "key": keys[slug],
            "warnings": warnings[slug],
            "listing": asdict(listings[slug]),
            "outputs": kept[slug].outputs if slug in kept else written.readings.get(slug, []),
        }
        for slug in keys
    }
    cache.store(record, written.site)
    return Generated(readings=len(folders), warnings=[w for f in folders for w in warnings[f.name]], reused=False)


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

    from .rendered_pages import reuse_rendered_pages
    from .theme_templates import keep_compiled_templates

    with _environment(SOURCE_DATE_EPOCH=build_epoch(root), NO_MKDOCS_2_WARNING="1"), _mkdocs_log():
        try:
            config = load_config(str(root / "mkdocs.yml"), strict=True, site_dir=str(staging))
            keep_compiled_templates(config, root / ".cache")
            config.plugins.on_startup(command="build", dirty=False)
            try:
                with reuse_rendered_pages(root / ".cache"):
                    build(config)
            finally:
                config.plugins.on_shutdown()
        except (MkDocsException, SystemExit) as error:
            message = str(error).strip()
            if message:
                print(f"ERROR   -  {message}", file=sys.stderr)
            raise ReadingError(root / "mkdocs.yml", "mkdocs build --strict failed (see the messages above); site/ was left as it was") from None


def remove_stale_staging(site: Path) -> list[Path]:
    """Remove what an interrupted build left next to site/: its staging folders (`.site.*`, up to tens of
    MB each) and the old site/ of a swap that did not finish. A build that was killed (SIGKILL, a power cut)
    cannot clean up after itself, so every build starts here."""
    removed = []
    for stale in sorted(site.parent.glob(f".{site.name}.*")):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale)
    return removed


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM (a CI job cancelled, `kill`) ends the build as Ctrl-C does, so that its cleanup runs."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    saved = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, saved)


def mkdocs_build(root: Path, site: Path) -> None:
    """Build into a temporary folder next to site/ and swap it in only when the build and its zip succeeded.

    Whatever stops the build (an error, Ctrl-C, SIGTERM) removes the staging folder; what a killed build
    left behind is removed by the next one, before it starts.
    """
    from .write import replace_dir

    remove_stale_staging(site)
    with _terminate_as_exit():
        staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.", dir=site.parent))
        try:
            staging.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read site/
            _run_mkdocs(root, staging)
            make_offline_zip(staging, previous=site / DOWNLOADS / ZIP_NAME)
            replace_dir(staging, site)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
