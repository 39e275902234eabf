"""Copy each feature's own stylesheets and scripts (features/<name>/assets/) into docs/assets/.

MkDocs, `mkdocs serve` and Zensical read every asset from docs/, and Zensical runs no MkDocs hook, so the
generation puts each feature's files there, at the address the pages name (`assets/annotate.js`). A copy is
written only when its content differs, so an unchanged file keeps its time and `mkdocs serve` sees no change.
The copies are listed in the docs/assets/.gitignore written with them, which git reads (they are never
committed) and the next generation reads to remove a copy whose source is gone. Edit the file in the feature's
folder: a copy is replaced at the next `make site`, `make generate` or `make serve`.
"""
from __future__ import annotations

from pathlib import Path

from ..core.asset_files import assets_in
from ..core.errors import ReadingError, raise_all
from .write_if_changed import write_if_changed

FEATURES = Path(__file__).resolve().parents[1] / "features"
RECORD = ".gitignore"  # in docs/assets/; MkDocs skips dotfiles, so it never reaches site/
HEADER = (
    "# Written by `make site` (builder/feature_assets.py); do not edit. The features' own stylesheets and scripts,\n"
    "# copied here from scripts/guided_reading/features/*/assets/: edit them there. Git ignores these copies.\n"
)


def feature_asset_sources() -> dict[str, Path]:
    """Every feature's own files (features/<name>/assets/), by their address in the site; two features may not
    own one address. Read from the folders, not the registry: a generation with nothing to do imports no feature."""
    sources: dict[str, Path] = {}
    owners: dict[str, str] = {}
    problems = []
    for package in sorted(p for p in FEATURES.iterdir() if p.is_dir()):
        for address, path in assets_in(package).items():
            if address in owners:
                problems.append(ReadingError(path, f"{address} is also a file of features/{owners[address]}; a file two features use belongs in docs/assets/"))
            else:
                sources[address], owners[address] = path, package.name
    raise_all(problems)
    return sources


def our_asset_sources(docs: Path) -> dict[str, Path]:
    """Every stylesheet and script of ours, by its address in the site, where it is kept: the hand-kept files of
    docs/assets/ (not the vendored ones, not the features' copies) and each feature's own, in its folder. The
    same from a fresh clone as after a generation (the tests and `make bench` read them here)."""
    folder = docs / "assets"
    features = feature_asset_sources()
    copies = _recorded(folder / RECORD)
    kept = {
        f"assets/{path.relative_to(folder).as_posix()}": path
        for path in folder.rglob("*")
        if path.suffix in (".css", ".js") and path.relative_to(folder).parts[0] != "vendor"
        and path.relative_to(folder).as_posix() not in copies
    }
    return dict(sorted((kept | features).items()))


def _recorded(record: Path) -> set[str]:
    """The copies the last generation wrote (their paths under docs/assets/), as its record lists them."""
    if not record.is_file():
        return set()
    lines = record.read_text(encoding="utf-8").splitlines()
    return {line[1:] for line in lines if line.startswith("/") and line != f"/{RECORD}"}


def copy_feature_assets(docs: Path, sources: dict[str, Path] | None = None) -> list[Path]:
    """Bring docs/assets/ in line with the features' files: copy what differs, remove the copies of files that are
    gone, and write the record. A hand-kept file of docs/assets/ with a feature file's name is an error, not
    overwritten. Returns the copies."""
    sources = feature_asset_sources() if sources is None else sources
    folder = docs / "assets"
    record = folder / RECORD
    before = _recorded(record)
    wanted = {address.removeprefix("assets/"): path for address, path in sources.items()}
    for stale in sorted(before - set(wanted)):
        (folder / stale).unlink(missing_ok=True)
    copies = []
    for name, source in sorted(wanted.items()):
        target = folder / name
        data = source.read_bytes()
        if target.exists() and name not in before and target.read_bytes() != data:
            raise ReadingError(target, f"a hand-kept file of docs/assets/ has the name of {source}; rename one of them")
        write_if_changed(target, data)
        copies.append(target)
    write_if_changed(record, (HEADER + "".join(f"/{name}\n" for name in [RECORD, *sorted(wanted)])).encode("utf-8"))
    return copies
