"""Load every reading, generate its pages, and build the site without ever leaving a broken site/."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .context import ReadingContext, build_context
from .errors import ReadingError, raise_all
from .features import install_features
from .load import load_reading
from .package import make_offline_zip
from .site_pages import nav, site_pages
from .todo import check_todo
from .write import write_pages


def reading_folders(seeds: Path) -> list[Path]:
    folders = sorted(p for p in seeds.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not folders:
        raise ReadingError(seeds, "no readings found; expected folders holding source.txt and edition.yml")
    return folders


def prepare(folder: Path) -> ReadingContext:
    """One reading, loaded, validated, cleaned, segmented, and checked by every feature."""
    ctx = build_context(load_reading(folder))
    install_features(ctx)
    check_todo(ctx)
    return ctx


def load_all(seeds: Path) -> list[ReadingContext]:
    """Every reading, checked; the problems of all readings are reported together."""
    contexts, problems = [], []
    for folder in reading_folders(seeds):
        try:
            contexts.append(prepare(folder))
        except ReadingError as problem:
            problems.append(problem)
    raise_all(problems)
    return contexts


def generate(root: Path) -> list[ReadingContext]:
    """Validate everything first, render every page in memory, and only then write docs/."""
    contexts = load_all(root / "seeds")
    pages = site_pages(contexts)
    write_pages(root / "docs", pages, nav(contexts, pages), root)
    return contexts


def build_epoch(root: Path) -> str:
    """A fixed build time, so that two builds of one commit are byte-identical (sitemap dates)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, check=True)
        return out.stdout.strip() or "946684800"
    except (OSError, subprocess.CalledProcessError):
        return "946684800"


def mkdocs_build(root: Path, site: Path) -> None:
    """Build into a temporary folder next to site/ and swap it in only when the build succeeded."""
    staging = Path(tempfile.mkdtemp(prefix=".site.", dir=site.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a web server must be able to read site/
    env = {**os.environ, "SOURCE_DATE_EPOCH": build_epoch(root), "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(staging)]
    result = subprocess.run(command, cwd=root, env=env)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise ReadingError(root / "mkdocs.yml", "mkdocs build --strict failed (see the messages above); site/ was left as it was")
    make_offline_zip(staging)
    old = site.with_name(f".{site.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if site.exists():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)
