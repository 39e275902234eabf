"""Write the generated pages into docs/ so that a page is never seen half-written."""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..core.errors import ReadingError
from ..core.page import Page
from .write_if_changed import write_if_changed

MARKER = ".generated"  # MkDocs skips dotfiles, so the marker never reaches site/
NAV_FILE = "nav.generated.yml"


def replace_dir(new: Path, target: Path) -> None:
    """Put the folder `new` in the place of `target` by renames: a reader sees the old folder or the new, never a mix."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _same_tree(a: Path, b: Path) -> bool:
    files_a = {p.relative_to(a): p for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b): p for p in b.rglob("*") if p.is_file()}
    return files_a.keys() == files_b.keys() and all(files_a[k].read_bytes() == files_b[k].read_bytes() for k in files_a)


@dataclass(frozen=True)
class Written:
    """The files the generation owns, written or already up to date: each reading's, and the site's own."""

    readings: dict[str, list[Path]]
    site: list[Path]


def write_pages(docs: Path, pages: list[Page], nav: list[object], root: Path, keep: frozenset[str] = frozenset(),
                extra: dict[str, object] | None = None) -> Written:
    """Write every reading's folder in one swap each, then the top-level pages, the navigation and `extra`
    (the configuration mkdocs.yml inherits with them: the page assets).

    The folders named in `keep` belong to readings that were not generated again: they stay as they are.
    """
    by_folder: dict[str, list[Page]] = {}
    top: list[Page] = []
    for page in pages:
        folder, _, _ = page.path.partition("/")
        (by_folder.setdefault(folder, []) if "/" in page.path else top).append(page)
    for stale in docs.glob(f"*/{MARKER}"):
        if stale.parent.name not in by_folder and stale.parent.name not in keep:
            shutil.rmtree(stale.parent)
    readings: dict[str, list[Path]] = {}
    for folder, folder_pages in sorted(by_folder.items()):
        written = readings.setdefault(folder, [])
        target = docs / folder
        if target.exists() and not (target / MARKER).exists():
            raise ReadingError(target, "a hand-written folder of docs/ has the name of a reading; rename one of them")
        staging = Path(tempfile.mkdtemp(prefix=f".{folder}.", dir=docs))
        for page in folder_pages:
            out = staging / page.path.partition("/")[2]
            out.parent.mkdir(parents=True, exist_ok=True)
            if page.data is not None:
                out.write_bytes(page.data)
            else:
                out.write_text(page.markdown, encoding="utf-8")
        (staging / MARKER).write_text("Generated from seeds/ by scripts/guided_reading; do not edit.\n", encoding="utf-8")
        written.extend(target / p.relative_to(staging) for p in sorted(staging.rglob("*")) if p.is_file())
        if target.exists() and _same_tree(staging, target):
            shutil.rmtree(staging)
        else:
            replace_dir(staging, target)
    site: list[Path] = []
    for page in top:
        write_if_changed(docs / page.path, page.markdown.encode("utf-8"))
        site.append(docs / page.path)
    header = "# Generated from seeds/ and the features by scripts/guided_reading; do not edit. mkdocs.yml inherits it.\n"
    config = {"nav": nav} | ({"extra": extra} if extra else {})
    write_if_changed(root / NAV_FILE, (header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False)).encode("utf-8"))
    site.append(root / NAV_FILE)
    return Written(readings, site)
