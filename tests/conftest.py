"""Shared fixtures: each site variant is built once per session and shared by every test that needs it.

Tests under tests/site, tests/browser and tests/quality build or open a site: they are marked
`slow` here, so that `make test-fast` (`-m "not slow"`: lint, unit and golden tests) stays quick.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import copy_project, run_cli

SLOW_FOLDERS = ("site", "browser", "quality")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests = Path(__file__).resolve().parent
    for item in items:
        relative = item.path.resolve().relative_to(tests) if item.path.resolve().is_relative_to(tests) else None
        if relative and relative.parts[0] in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "each_origin: a browser test whose behaviour differs by origin runs from file:// and from 127.0.0.1")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files from the current output")


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


@pytest.fixture
def built_copy(built_project: Path, tmp_path: Path) -> Path:
    """A private copy of the built project (site/, docs/ and the generation record included) that a test may change."""
    copy = tmp_path / "built"
    shutil.copytree(built_project, copy, symlinks=True)
    return copy


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same generated docs/ and mkdocs.yml built by the second engine, Zensical."""
    root = copy_project(tmp_path_factory.mktemp("zensical"))
    assert run_cli(root, "generate").returncode == 0
    zensical = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which("zensical")
    assert zensical, "zensical is in requirements/test.txt"
    result = subprocess.run([zensical, "build"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"
