"""The built stylesheets are compacted (scripts/compact_assets.py) without changing a rule: the browser reads
every stylesheet of ours (docs/assets and each feature's assets/ folder) to the same rules before and after. (The scripts are held to the same syntax
tree in tests/unit/test_compact_scripts.py.)"""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from compact_assets import compact
from guided_reading.builder.feature_assets import our_asset_sources
from support import ROOT

pytestmark = pytest.mark.browser

# The rules a stylesheet holds, as the browser writes them back (its own spacing, nested rules inside their parent).
RULES = "(text) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(text); return Array.from(sheet.cssRules, (r) => r.cssText); }"


def test_every_stylesheet_of_ours_holds_the_same_rules_compacted(page: Page) -> None:
    sheets = [p for p in our_asset_sources(ROOT / "docs").values() if p.suffix == ".css"]
    assert len(sheets) >= 8
    page.set_content("<!doctype html><title>rules</title>")
    for sheet in sheets:
        source = sheet.read_text(encoding="utf-8")
        before, after = page.evaluate(RULES, source), page.evaluate(RULES, compact(source, "css"))
        assert len(before) >= 3, sheet
        assert after == before, sheet


def test_the_comparison_sees_a_meaningful_space(page: Page) -> None:
    page.set_content("<!doctype html><title>rules</title>")
    assert page.evaluate(RULES, ".a :hover { color: red }") != page.evaluate(RULES, ".a:hover { color: red }")
    assert page.evaluate(RULES, ".b { width: calc(1px + 2px) }") != page.evaluate(RULES, ".b { width: calc(1px +2px) }")
