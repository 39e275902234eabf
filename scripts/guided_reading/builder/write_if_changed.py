"""Write a generated file only when its bytes change, and never leave it half written."""
from __future__ import annotations

from pathlib import Path


def write_if_changed(path: Path, data: bytes) -> None:
    """Write `data` to `path` unless it is already there (`mkdocs serve` must not see a change that is none),
    through a temporary file beside it that replaces the old one in one step."""
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
