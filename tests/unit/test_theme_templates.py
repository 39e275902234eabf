"""The theme's bytecode cache is keyed by what shapes the compiled code: another key starts a new folder and
removes the old one (builder/theme_templates.py)."""
from __future__ import annotations

from pathlib import Path

import jinja2

from guided_reading.builder.theme_templates import PREFIX, cache_folder


def test_a_change_to_the_environment_starts_a_new_cache_and_removes_the_old(tmp_path: Path) -> None:
    plain = cache_folder(tmp_path, jinja2.Environment())
    plain.mkdir()
    (plain / "__jinja2_x.cache").write_bytes(b"compiled")
    assert cache_folder(tmp_path, jinja2.Environment()) == plain  # same settings, same folder, kept
    assert (plain / "__jinja2_x.cache").exists()

    with_i18n = cache_folder(tmp_path, jinja2.Environment(extensions=["jinja2.ext.i18n"]))
    assert with_i18n != plain and with_i18n.name.startswith(PREFIX)
    assert not plain.exists()  # the old settings' compiled code is gone
