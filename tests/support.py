"""Helpers shared by the tests: the project's folders, copying the project, running the command line."""
from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from guided_reading.builder.site_build import prepare
from guided_reading.core.context import ReadingContext
from guided_reading.core.edition_files import edition_files
from guided_reading.core.errors import ReadingError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "human-trafficking-networks"
# The seed's edition as one text: edition.yml, then each file split off it. It loads as a single-file edition.
EDITION = "\n".join(path.read_text(encoding="utf-8") for path in edition_files(SEED))



class _MkDocsConfig(yaml.SafeLoader):
    """mkdocs.yml's plain keys; its tags (such as !ENV) read as nothing, since no test needs them."""


_MkDocsConfig.add_multi_constructor("!", lambda loader, suffix, node: None)


@functools.cache
def mkdocs_config() -> dict:
    """The project's mkdocs.yml as data (read once; do not change it)."""
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkDocsConfig)


# What a copy of the project needs in order to build: everything but generated output.
PROJECT_FILES = ("mkdocs.yml", "docs", "overrides", "scripts", "seeds")


def copy_project(dest: Path, seeds: dict[str, Path] | None = None) -> Path:
    """A copy of the project in `dest`, optionally with other seed folders instead of seeds/."""
    for name in PROJECT_FILES:
        src = ROOT / name
        if not src.exists():
            continue
        if src.is_dir():
            if name == "seeds" and seeds is not None:
                continue
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    for marker in (dest / "docs").glob("*/.generated"):
        shutil.rmtree(marker.parent)
    (dest / "docs" / "index.md").unlink(missing_ok=True)
    if seeds is not None:
        for slug, folder in seeds.items():
            shutil.copytree(folder, dest / "seeds" / slug)
    return dest


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root / "scripts"), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run([sys.executable, "-m", "guided_reading", *args], cwd=root, env=env, capture_output=True, text=True)


def reading_with(tmp_path: Path, edition: str | None = None, source: bytes | None = None) -> Path:
    folder = tmp_path / "seeds" / "sample"
    folder.mkdir(parents=True)
    shutil.copy(SEED / "source.txt", folder / "source.txt")
    if source is not None:
        (folder / "source.txt").write_bytes(source)
    if edition is not None:
        (folder / "edition.yml").write_text(edition, encoding="utf-8")
    return folder


def write_edition(folder: Path, edition: str) -> None:
    """Make `edition` the whole edition of the reading in `folder`: one edition.yml, the files split off it removed."""
    for path in edition_files(folder)[1:]:
        path.unlink()
    (folder / "edition.yml").write_text(edition, encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def error_for(folder: Path) -> ReadingError:
    """The one-line error that preparing the reading in `folder` must raise."""
    with pytest.raises(ReadingError) as caught:
        prepare(folder)
    assert "\n" not in str(caught.value)
    return caught.value


def problems_for(folder: Path) -> list[ReadingError]:
    """Every problem that preparing the reading in `folder` reports in one run, one line each."""
    with pytest.raises(ReadingError) as caught:
        prepare(folder)
    problems = caught.value.problems
    assert all("\n" not in str(p) for p in problems)
    return problems


@functools.cache
def seed_context() -> ReadingContext:
    """The seed, prepared once for every test module that only reads it (a ReadingContext never changes)."""
    return prepare(SEED)


def run_cli_here(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line's own main(), run in this process from `root`: what `run_cli` does, without
    starting a Python for each call (the unit tests' refusals; the slow tests keep `python -m`)."""
    from guided_reading.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    saved = os.getcwd(), os.environ.get("SOURCE_DATE_EPOCH")
    os.chdir(root)
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(saved[0])
        if saved[1] is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved[1]
    return subprocess.CompletedProcess(["guided_reading", *args], code, out.getvalue(), err.getvalue())


def generated_pages(seeds: dict[str, Path], root: Path) -> tuple[dict[str, str], list[str]]:
    """What `make site` writes into docs/ for these readings, by the production path (builder.generate) in a
    project of its own at `root`: every generated Markdown page by its path under docs/, and the warnings."""
    from guided_reading.builder.site_build import generate

    for slug, folder in seeds.items():
        shutil.copytree(folder, root / "seeds" / slug)
    (root / "docs").mkdir(parents=True)
    generated = generate(root)
    docs = root / "docs"
    pages = {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8") for path in sorted(docs.rglob("*.md"))}
    return pages, generated.warnings


BUILT_PART = re.compile(r"^/\* (\S+) \*/$", re.MULTILINE)


def loaded_files(html: Path, site: Path | None = None) -> list[str]:
    """The file names of the stylesheets and scripts a built page loads, in document order, as often as they
    appear; a file the hook built (assets/built-<hash>.css|js, see scripts/mkdocs_hooks.py) counts as the files it holds."""
    from bs4 import BeautifulSoup

    page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    refs = [tag.get("src") or tag.get("href") for tag in page.select("link[rel=stylesheet], script[src]")]
    names: list[str] = []
    for ref in refs:
        if ref.rsplit("/", 1)[-1].startswith("built-") and "://" not in ref:
            path = (site or html.parent) / ref.lstrip("/") if ref.startswith("/") else html.parent / ref
            text = path.resolve().read_text(encoding="utf-8")
            names += [source.rsplit("/", 1)[-1] for source in BUILT_PART.findall(text)]
        else:
            names.append(ref.rsplit("/", 1)[-1])
    return names
