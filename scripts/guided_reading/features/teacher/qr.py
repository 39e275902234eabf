"""QR codes on printed pages, leading from paper to the page online.

segno writes a QR code as SVG in pure Python, with no imaging library, and the same input always gives
the same markup, so the generated pages stay byte-identical between builds.
"""
from __future__ import annotations

import os


def published_address(page: str) -> str | None:
    """The page's address on the web (page.md → …/page.html), or None when SITE_URL is not an http(s) address.

    A site built for disk (no SITE_URL) or for a file:// address gets no QR code: a phone cannot open it.
    """
    base = os.environ.get("SITE_URL", "").strip()
    if not base.lower().startswith(("https://", "http://")):
        return None
    return base.rstrip("/") + "/" + page.removesuffix(".md") + ".html"


def qr_svg(url: str, title: str) -> str:
    """An inline SVG QR code for `url`, black on white in any colour scheme, named by `title`."""
    import segno  # only a site built for the web has QR codes: a build for disk never imports it

    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=1, border=2, omitsize=True, dark="#000", light="#fff", svgclass="qr-code", lineclass=None, title=title)
    return svg.replace("<svg ", '<svg role="img" ', 1)  # segno escapes the title
