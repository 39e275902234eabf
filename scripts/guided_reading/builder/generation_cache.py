"""Generate only what changed, judged by content hashes, not file times.

Each reading has its own key: the generator's code and every file of its seed folder. The record, in
.cache/generation.json, keeps for each reading its key, its warnings, what the site's own pages need
of it (its Listing: the home page's card and note, its navigation) and a hash of every file it wrote
under docs/; and a hash of the site-wide files (the home page, the navigation). A reading whose key
matches and whose files are still there, unchanged, is not loaded again; a docs/ changed or deleted
by hand (or by `make clean`) is generated again.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1]  # the whole guided_reading package
RECORD = Path(".cache") / "generation.json"
FORMAT = 3  # 3: a reading's navigation no longer holds the authoring guide


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_key() -> str:
    """The Python version and every module and template of the generator: a change to any regenerates everything."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    for path in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.j2")]):
        digest.update(f"code {path.relative_to(PACKAGE).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def reading_key(code: str, folder: Path) -> str:
    """One reading's key: the generator's code, and the names and bytes of every file of its folder."""
    digest = hashlib.sha256(f"code {code}\n".encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"seed {folder.name}/{path.relative_to(folder).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Kept:
    """A reading generated before, with inputs unchanged and its files intact: what the record holds of it."""

    warnings: list[str]
    listing: dict[str, Any]
    outputs: dict[str, str]


class GenerationCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / RECORD
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            self.record: dict[str, Any] = record if record.get("format") == FORMAT else {}
        except (OSError, ValueError, AttributeError):
            self.record = {}

    def _intact(self, outputs: dict[str, str]) -> bool:
        try:
            return all(_digest((self.root / name).read_bytes()) == digest for name, digest in outputs.items())
        except OSError:
            return False

    def kept(self, keys: dict[str, str]) -> dict[str, Kept]:
        """The readings (by slug) that need no generating: same key as last time, files unchanged."""
        out = {}
        for slug, entry in self.record.get("readings", {}).items():
            try:
                if keys.get(slug) == entry["key"] and self._intact(entry["outputs"]):
                    out[slug] = Kept(list(entry["warnings"]), dict(entry["listing"]), dict(entry["outputs"]))
            except (KeyError, TypeError, AttributeError):
                continue
        return out

    def up_to_date(self, keys: dict[str, str], kept: dict[str, Kept]) -> bool:
        """True when every reading is kept, no reading was added or removed, and the site-wide files are intact."""
        site = self.record.get("site", {})
        return (
            set(kept) == set(keys) == set(self.record.get("readings", {}))
            and isinstance(site, dict) and site.get("readings") == sorted(keys) and self._intact(site.get("outputs", {}))
        )

    def store(self, readings: dict[str, dict[str, Any]], site_outputs: list[Path]) -> None:
        """`readings`: for each slug, its key, warnings, listing and the files it owns under docs/."""
        def hashes(paths: list[Path]) -> dict[str, str]:
            return dict(sorted((p.relative_to(self.root).as_posix(), _digest(p.read_bytes())) for p in paths))

        record = {
            "format": FORMAT,
            "readings": {
                slug: {**entry, "outputs": entry["outputs"] if isinstance(entry["outputs"], dict) else hashes(entry["outputs"])}
                for slug, entry in sorted(readings.items())
            },
            "site": {"readings": sorted(readings), "outputs": hashes(site_outputs)},
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass  # a read-only checkout still builds; it just generates again next time
