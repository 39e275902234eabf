"""`make site` keeps the theme's compiled templates between builds (builder/theme_templates.py): the site it
builds from the cache is the one it builds without it, byte for byte, and an edited template is compiled again."""
from __future__ import annotations

from pathlib import Path

from support import copy_project, run_cli


def _files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_theme_cache_changes_no_byte_and_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    built = run_cli(root, "build")
    assert built.returncode == 0, built.stderr
    caches = list((root / ".cache").glob("theme-templates-*"))
    assert len(caches) == 1
    compiled = sorted(p.name for p in caches[0].iterdir())
    assert len(compiled) >= 10, compiled  # base.html, its partials and our overrides, compiled once
    cold = _files(root / "site")

    rebuilt = run_cli(root, "build")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _files(root / "site") == cold  # built from the compiled code: not one byte differs

    main = root / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block site_meta %}\n  {{ super() }}", '{% block site_meta %}\n  {{ super() }}\n  <meta name="edited-override" content="yes">', 1,
    ), encoding="utf-8")
    edited = run_cli(root, "build")
    assert edited.returncode == 0, edited.stderr
    assert '<meta name="edited-override" content="yes">' in (root / "site" / "index.html").read_text(encoding="utf-8")
