"""Shared fixtures: the project's folders, and one build of the site reused by every test that needs it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "human-trafficking-networks"

# What a copy of the project needs in order to build: everything but generated output.
PROJECT_FILES = ("mkdocs.yml", "docs/assets", "docs/help.md", "docs/authoring.md", "overrides", "scripts", "seeds")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files from the current output")


def copy_project(dest: Path, seeds: dict[str, Path] | None = None) -> Path:
    """A copy of the project in `dest`, optionally with other seed folders instead of seeds/."""
    for name in PROJECT_FILES:
        src = ROOT / name
        if not src.exists():
            continue
        if src.is_dir():
            if name == "seeds" and seeds is not None:
                continue
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", ".generated"))
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    if seeds is not None:
        for slug, folder in seeds.items():
            shutil.copytree(folder, dest / "seeds" / slug)
    return dest


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root / "scripts"), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run([sys.executable, "-m", "guided_reading", *args], cwd=root, env=env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed project built once into a temporary folder; tests read its site/ and must not change it."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    result = run_cli(root, "build")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def site(built_project: Path) -> Path:
    return built_project / "site"
