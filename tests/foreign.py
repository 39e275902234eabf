"""Requests to another host: the site must make none, from disk or from 127.0.0.1."""
from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Page


def is_foreign(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("file", "data", "blob", "about"):
        return False
    return parsed.hostname != "127.0.0.1"


def record_foreign(page: Page) -> list[str]:
    """A list that fills with every request the page makes to another host, from now on."""
    foreign: list[str] = []
    page.on("request", lambda request: foreign.append(request.url) if is_foreign(request.url) else None)
    return foreign
