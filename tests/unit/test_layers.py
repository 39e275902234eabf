"""The package's layers (pyproject.toml, [tool.importlinter]): the contract holds, and it catches a breach."""
from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from guided_reading.core.feature import Feature, in_order
from guided_reading.core.handle import Handle
from guided_reading.features import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(scripts: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(scripts)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_package_keeps_its_layers_and_has_no_circles() -> None:
    result = _lint(ROOT / "scripts", ROOT)
    assert result.returncode == 0, result.stdout
    assert "4 kept, 0 broken" in result.stdout


def test_an_import_back_up_a_layer_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "scripts" / "guided_reading", tmp_path / "scripts" / "guided_reading")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    markup = tmp_path / "scripts" / "guided_reading" / "core" / "markup.py"
    markup.write_text(markup.read_text() + "\nfrom ..pages import library  # noqa: E402\n")
    result = _lint(tmp_path / "scripts", tmp_path)
    assert result.returncode != 0
    assert "guided_reading.core.markup -> guided_reading.pages.library" in result.stdout


def test_a_feature_importing_another_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "scripts" / "guided_reading", tmp_path / "scripts" / "guided_reading")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    boxes = tmp_path / "scripts" / "guided_reading" / "features" / "writing" / "boxes.py"
    boxes.write_text(boxes.read_text() + "\nfrom ..quizzes import pages  # noqa: E402\n")
    draft = tmp_path / "scripts" / "guided_reading" / "drafting" / "draft.py"
    draft.write_text(draft.read_text() + "\nfrom ..features.glossary import checks  # noqa: E402\n")
    result = _lint(tmp_path / "scripts", tmp_path)
    assert result.returncode != 0
    assert "No feature imports another" in result.stdout and "Drafting reads the text core only" in result.stdout
    assert "2 kept, 2 broken" in result.stdout


def _feature(name: str, *after: str) -> Feature[None, None]:
    class Made(Feature[None, None]):
        handle: Handle[None] = Handle(name)

    made = Made()
    made.after = tuple(Handle(key) for key in after)
    return made


def test_the_registry_orders_features_by_what_they_declare() -> None:
    names = [f.name for f in REGISTRY]
    for feature in REGISTRY:
        assert all(names.index(before.key) < names.index(feature.name) for before in feature.after)
    # The order that is declared moves a feature only as far as needed.
    assert [f.name for f in in_order([_feature("a", "b"), _feature("b")])] == ["b", "a"]


def test_a_circle_or_an_unknown_name_in_the_registry_is_refused() -> None:
    with pytest.raises(ValueError, match="circle"):
        in_order([_feature("a", "b"), _feature("b", "a")])
    with pytest.raises(ValueError, match="unknown"):
        in_order([_feature("a", "nothing")])


# The modules that write HTML: the escaping helpers and page blocks of the core, the site's pages, and
# each feature's rendering modules, which the feature names (`Feature.renderers`). Checks, the text core,
# building and drafting write none.
CORE_RENDERERS = {
    "core/markup.py", "core/blocks.py", "core/quiz_html.py", "core/written.py", "core/citing.py",
    # The home page's link to the offline zip gets the zip's size once the zip exists, after MkDocs has
    # written the page: the one value of a page that cannot be known while the page is made.
    "builder/package.py",
    # The LMS formats carry HTML of their own (question texts, feedback), escaped from the edition's text.
    "lms/xml.py", "lms/moodle.py", "lms/cartridge.py", "lms/gift.py",
}


def _feature_renderers(registry: tuple[Feature[Any, Any], ...]) -> set[str]:
    """features/<package>/<module>.py of each module a registered feature names as its renderer."""
    return {
        f"features/{type(feature).__module__.split('.')[2]}/{module}.py"
        for feature in registry for module in feature.renderers
    }


RENDERERS = CORE_RENDERERS | _feature_renderers(REGISTRY)
TAG = re.compile(r"</?[a-z][a-z0-9]*[\s>/]")


def _html_literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
        and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings and TAG.search(node.value)
    ]


def test_html_is_written_only_by_the_renderers() -> None:
    package = ROOT / "scripts" / "guided_reading"
    writers = {}
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name.startswith("pages/") or name in RENDERERS:
            continue
        lines = _html_literals(path)
        if lines:
            writers[name] = lines
    assert writers == {}, f"HTML outside the renderers (file: lines): {writers}"
    assert all((package / name).exists() for name in RENDERERS), sorted(n for n in RENDERERS if not (package / n).exists())
    # Every feature that adds sections or pages names where it writes them.
    assert all(feature.renderers for feature in REGISTRY if type(feature).sections is not Feature.sections or type(feature).pages is not Feature.pages)


def test_a_feature_module_that_writes_html_without_being_named_fails(tmp_path: Path) -> None:
    marks = next(feature for feature in REGISTRY if feature.name == "marks")
    assert "features/marks/render.py" in RENDERERS
    without = CORE_RENDERERS | _feature_renderers(tuple(f for f in REGISTRY if f is not marks))
    assert "features/marks/render.py" not in without
    # Marks' markup is in templates now; the same module with HTML in a string is caught at that string's line.
    package = ROOT / "scripts" / "guided_reading"
    source = (package / "features/marks/render.py").read_text(encoding="utf-8")
    module = tmp_path / "render.py"
    module.write_text(source + '\nEXTRA = "<p>a paragraph</p>"\n', encoding="utf-8")
    assert _html_literals(package / "features/marks/render.py") == []
    assert _html_literals(module) == [len(source.splitlines()) + 2]
