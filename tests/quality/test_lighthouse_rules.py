"""The rules around the Lighthouse runs, without running Lighthouse: when a median is decided, and what the
copy without the theme's bundle changes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lighthouse_scores import PERFORMANCE_METRICS, ROOT, decided, without_theme_bundle

DEFAULT_CONFIG = ROOT / "node_modules" / "lighthouse" / "core" / "config" / "default-config.js"


def report(**scores: int) -> dict:
    return {"categories": {name.replace("_", "-"): {"score": score / 100} for name, score in scores.items()}}


@pytest.mark.parametrize(
    ("runs", "is_decided"),
    [
        ([100], False),
        ([100, 100], True),  # the third run cannot pull the median below 100
        ([99, 98], True),  # nor above
        ([100, 99], False),
        ([100, 99, 100], True),
        ([99, 100, 98], True),
    ],
)
def test_a_median_of_three_is_decided_as_soon_as_two_runs_agree(runs: list[int], is_decided: bool) -> None:
    assert decided([report(performance=score) for score in runs], {"performance": 100}, 3) is is_decided


def test_every_category_must_be_decided() -> None:
    runs = [report(performance=100, seo=100), report(performance=100, seo=90)]
    assert not decided(runs, {"performance": 100, "seo": 100}, 3)
    assert decided(runs, {"performance": 100}, 3)


def test_the_copy_loses_the_bundle_and_nothing_else(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "part").mkdir(parents=True)
    page = '<head><script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script><script defer src="../assets/quiz.js"></script></head>'
    (site / "part" / "page.html").write_text(page, encoding="utf-8")
    (site / "404.html").write_text('<script src="/assets/javascripts/bundle.a5f9d56c.min.js"></script><p>Not found</p>', encoding="utf-8")
    (site / "style.css").write_text("p {}", encoding="utf-8")
    copy = without_theme_bundle(site, tmp_path / "copy")
    assert (copy / "part" / "page.html").read_text(encoding="utf-8") == '<head><script defer src="../assets/quiz.js"></script></head>'
    assert (copy / "404.html").read_text(encoding="utf-8") == "<p>Not found</p>"
    assert (copy / "style.css").read_text(encoding="utf-8") == "p {}"
    assert "bundle" in (site / "404.html").read_text(encoding="utf-8")  # the site itself is untouched


def test_a_page_without_the_bundle_is_an_error(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>No theme script here</p>", encoding="utf-8")
    with pytest.raises(ValueError, match="index.html: expected Material's bundle script once, found it 0 times"):
        without_theme_bundle(site, tmp_path / "copy")


def test_the_performance_runs_audit_every_weighted_audit_of_the_score() -> None:
    """The gate's runs audit only PERFORMANCE_METRICS: they must be exactly the performance category's audits
    with a weight, as the installed Lighthouse defines them, so that the score is the category's score."""
    config = DEFAULT_CONFIG.read_text(encoding="utf-8")
    performance = config[config.index("auditRefs: [", config.index("'performance': {", config.index("categories: {"))):]
    performance = performance[: performance.index("],")]
    refs = re.findall(r"\{id: '([a-z-]+)', weight: (\d+)", performance)
    assert len(refs) > 20, "the performance category's audits were not found in Lighthouse's default config"
    assert tuple(audit for audit, weight in refs if int(weight) > 0) == PERFORMANCE_METRICS
