"""Read the built HTML back as text, the way a reader sees it."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from guided_reading.core.segment import build_document
from guided_reading.features import load_reading


def article(path: Path) -> BeautifulSoup:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return soup.select_one("article.md-content__inner") or soup


def oped_sentences(path: Path) -> list[str]:
    """The op-ed's sentences on a page, with paragraph numbers and editorial marks such as [sic] removed."""
    body = article(path)
    for added in body.select(".para-num, .editorial"):
        added.decompose()
    return [" ".join(s.get_text().split()) for s in body.select("span.sentence")]


def source_sentences(seed: Path) -> list[str]:
    return [s.text for p in build_document(load_reading(seed)).paragraphs for s in p.sentences]
