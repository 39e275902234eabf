"""Skip generation when nothing it reads has changed, judged by content hashes, not file times.

The key covers every file of every seed folder and the generator's own code. The record, in
.cache/generation.json, also holds a hash of every file the generation wrote, so that a docs/
changed or deleted by hand (or by `make clean`) is generated again.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # the whole guided_reading package
RECORD = Path(".cache") / "generation.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _code_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def inputs_key(folders: list[Path]) -> str:
    """One hash of the seeds (names and bytes of every file) and of the generator's code."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    for path in _code_files():
        digest.update(f"code {path.relative_to(PACKAGE).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(f"seed {folder.name}/{path.relative_to(folder).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class GenerationCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / RECORD
        self.warnings: list[str] = []

    def up_to_date(self, key: str) -> bool:
        """True when the last generation had this key and everything it wrote is still there, unchanged."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record["key"] != key:
                return False
            for name, digest in record["outputs"].items():
                if _digest((self.root / name).read_bytes()) != digest:
                    return False
            self.warnings = list(record["warnings"])
        except (OSError, ValueError, KeyError, TypeError):
            return False
        return True

    def store(self, key: str, warnings: list[str], written: list[Path]) -> None:
        outputs = {path.relative_to(self.root).as_posix(): _digest(path.read_bytes()) for path in written}
        record = {"key": key, "warnings": warnings, "outputs": dict(sorted(outputs.items()))}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass  # a read-only checkout still builds; it just generates again next time
