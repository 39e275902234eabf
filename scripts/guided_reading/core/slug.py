"""The rule for a reading's slug, the name of its folder in seeds/ (standard library only: every build checks it)."""
from __future__ import annotations

import re

# A reading's slug is its folder in seeds/, its folder in docs/ and site/, and part of every address of its
# pages: lower-case words joined by hyphens, short enough for any file system (a file name may be 255 bytes;
# the build adds a staging suffix and page names) and for an address someone types.
SLUG_RULE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAX_SLUG = 80


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot name a reading, or None when it can."""
    if len(slug) > MAX_SLUG:
        return f"a slug may be at most {MAX_SLUG} characters; {slug[:20]!r}... has {len(slug)}"
    if not SLUG_RULE.fullmatch(slug):
        return f"a slug is lower-case words (a-z, 0-9) joined by hyphens, got {slug!r}"
    return None
