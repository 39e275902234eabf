"""The About page's citation reads cleanly with and without a publisher."""
from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from guided_reading.builder.site_build import prepare
from guided_reading.pages.reading_pages import about_page
from support import EDITION, reading_with


def _citation(page: str) -> str:
    match = re.search(r"^.*\[Op-ed\].*$", page, re.MULTILINE)
    assert match, page
    return html.unescape(re.sub(r"<[^>]+>", "", match.group(0))).strip()


def test_a_reading_without_a_publisher_cites_no_empty_publisher(tmp_path: Path) -> None:
    data = yaml.safe_load(EDITION)
    del data["meta"]["publisher"]
    citation = _citation(about_page(prepare(reading_with(tmp_path, yaml.safe_dump(data, allow_unicode=True)))))
    assert citation.rstrip().endswith("[Op-ed].")
    assert ". ." not in citation and ".." not in citation


def test_the_seed_cites_its_publisher_after_the_title(tmp_path: Path) -> None:
    data = yaml.safe_load(EDITION)
    citation = _citation(about_page(prepare(reading_with(tmp_path, yaml.safe_dump(data, allow_unicode=True)))))
    assert f"[Op-ed]. {data['meta']['publisher']['name']}." in citation
