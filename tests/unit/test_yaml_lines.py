"""The C YAML loader gives the same data and the same line of every key as the pure-Python one."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guided_reading.core.errors import ReadingError
from guided_reading.core.yaml_lines import SafeLoader, load_yaml
from support import EDITION, SEED, line_of

needs_libyaml = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")


@needs_libyaml
def test_the_c_loader_is_used_where_pyyaml_has_it() -> None:
    assert SafeLoader is yaml.CSafeLoader


@needs_libyaml
def test_both_loaders_give_the_same_data_and_lines() -> None:
    edition = SEED / "edition.yml"
    fast_data, fast_lines = load_yaml(edition, yaml.CSafeLoader)
    slow_data, slow_lines = load_yaml(edition, yaml.SafeLoader)
    assert fast_data == slow_data == yaml.safe_load(edition.read_text(encoding="utf-8"))
    assert fast_lines._lines == slow_lines._lines
    assert fast_lines.line_of(("themes", 2, "starts_at")) == line_of(EDITION, "starts_at: Civil society is instrumental")


@needs_libyaml
@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader], ids=["c", "python"])
def test_syntax_errors_name_the_same_line_with_either_loader(tmp_path: Path, loader: type[yaml.SafeLoader]) -> None:
    broken = tmp_path / "edition.yml"
    broken.write_text("meta:\n  title: A\n  author: [Maria\n  date: 2020\n", encoding="utf-8")
    with pytest.raises(ReadingError) as caught:
        load_yaml(broken, loader)
    assert caught.value.key == "(syntax)" and caught.value.line is not None and caught.value.line >= 3
