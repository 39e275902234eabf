"""Shared by the XML formats: text made into escaped HTML, and elements written deterministically."""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from .model import Item

DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"


def html_text(text: str) -> str:
    """Plain text as an HTML paragraph: every character of it stays text in the LMS."""
    return f"<p>{html.escape(text, quote=False)}</p>"


def evidence_html(item: Item) -> str:
    """The explanation and where the answer stands, with a link to the sentence when the site has an address."""
    where = html.escape(item.evidence, quote=False)
    if item.evidence_url:
        where = f'<a href="{html.escape(item.evidence_url)}">{where}</a>'
    return f"{html_text(item.explanation)}<p>Evidence: {where}</p>"


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = text
    return node


def to_bytes(root: ET.Element, namespace: str | None = None, **prefixes: str) -> bytes:
    """The document with its declaration. Elements are built with bare names ("item", "lomimscc:lom"); the
    root declares the default namespace they are in and the prefixes used, as the formats' own files do."""
    if namespace:
        root.set("xmlns", namespace)
    for prefix, uri in prefixes.items():
        root.set(f"xmlns:{prefix}", uri)
    ET.indent(root)
    # What ET.tostring(root, encoding="utf-8", xml_declaration=True) writes, a fifth of its time: written to a str
    # first, encoded once (ElementTree encodes each of its many small writes on its own).
    text = ET.tostring(root, encoding="unicode")
    return DECLARATION + text.encode("utf-8", "xmlcharrefreplace") + b"\n"
