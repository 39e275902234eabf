"""What `make site` keeps between builds to save MkDocs' work: the theme's compiled templates
(builder/theme_templates.py) and the HTML of pages whose Markdown did not change (builder/rendered_pages.py).
A site built from them is the site built without them, byte for byte; what changed is made again; and a page
whose conversion warned is never kept, so `--strict` fails on it every time."""
from __future__ import annotations

import shutil
from pathlib import Path

from support import copy_project, run_cli

SUMMARY_END = "can dismantle them."


def _files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(root: Path) -> dict[str, bytes]:
    built = run_cli(root, "build")
    assert built.returncode == 0, built.stderr
    return _files(root / "site")


def _forget(root: Path) -> None:
    for cache in [*(root / ".cache").glob("theme-templates-*"), root / ".cache" / "rendered-pages"]:
        shutil.rmtree(cache)


def test_a_site_built_from_the_caches_is_the_site_built_without_them(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    cold = _build(root)
    [templates] = (root / ".cache").glob("theme-templates-*")
    assert len(list(templates.iterdir())) >= 10  # base.html, its partials and our overrides, compiled once
    kept = sorted((root / ".cache" / "rendered-pages").iterdir())
    assert len(kept) == sum(name.endswith(".html") and name != "404.html" for name in cold)  # every page's HTML

    assert _build(root) == cold  # nothing changed: every page from the store, not one byte differs

    edition = root / "seeds" / "human-trafficking-networks" / "edition.yml"
    text = edition.read_text(encoding="utf-8")
    assert text.count(SUMMARY_END + "\n") == 1
    edition.write_text(text.replace(SUMMARY_END + "\n", "can dismantle them, step by step.\n"), encoding="utf-8")
    warm = _build(root)
    assert "dismantle them, step by step." in warm["index.html"].decode()
    assert len(list((root / ".cache" / "rendered-pages").iterdir())) == len(kept)  # the old pages' HTML removed
    _forget(root)
    assert _build(root) == warm  # the same edit built with empty caches

    main = root / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block site_meta %}\n  {{ super() }}", '{% block site_meta %}\n  {{ super() }}\n  <meta name="edited-override" content="yes">', 1,
    ), encoding="utf-8")
    assert b'<meta name="edited-override" content="yes">' in _build(root)["index.html"]  # an edited template compiled again


def test_a_page_whose_conversion_warned_is_not_kept_so_strict_fails_every_time(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    (root / "docs" / "broken-link.md").write_text("# A page\n\nSee [the missing page](missing.md).\n", encoding="utf-8")
    for _ in range(2):
        built = run_cli(root, "build")
        assert built.returncode != 0
        assert "missing.md" in built.stderr
    assert not any("the missing page" in p.read_text(encoding="utf-8") for p in (root / ".cache" / "rendered-pages").glob("*.json"))
