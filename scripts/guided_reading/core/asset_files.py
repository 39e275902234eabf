"""A feature's own stylesheets and scripts: the files of the `assets/` folder in its package."""
from __future__ import annotations

from pathlib import Path


def assets_in(package: Path) -> dict[str, Path]:
    """The files of `package`/assets/ by their address in the site (`assets/<file>`), dotfiles left out."""
    folder = package / "assets"
    files = sorted(folder.rglob("*")) if folder.is_dir() else []
    return {
        f"assets/{path.relative_to(folder).as_posix()}": path
        for path in files if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }
