"""How common an English word is (wordfreq's Zipf scale: "the" 7.7, "upheaval" 3.1), remembered between builds.

Importing wordfreq and reading its English list takes about half a second, more than the rest of generating a
reading; a reading asks for a few hundred words, the same ones from one build to the next. So the answers are
kept in a small JSON file (the build's `.cache/zipf.json`), under the installed wordfreq's version: a word
already there is answered without wordfreq, and a new wordfreq starts the file afresh. Without a store (tests,
a read-only checkout) every look-up goes to wordfreq, as before.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

_known: dict[str, float] = {}
_store: Path | None = None
_version: str | None = None
_added = False


def _wordfreq_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wordfreq")
    except PackageNotFoundError:
        return "unknown"


def use_store(path: Path) -> None:
    """Answer from, and later `save` to, the file `path` (its words are kept only if wordfreq's version matches)."""
    global _store, _version, _added
    _store, _version, _added = path, _wordfreq_version(), False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        words = data["zipf"] if data.get("wordfreq") == _version else {}
        _known.update({w: float(z) for w, z in words.items() if isinstance(w, str) and isinstance(z, (int, float))})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass


def zipf(word: str) -> float:
    """The Zipf frequency of `word` in English (0 for a word wordfreq does not know)."""
    global _added
    if word not in _known:
        from wordfreq import zipf_frequency  # only for words not seen before

        _known[word] = zipf_frequency(word, "en")
        _added = True
    return _known[word]


def save() -> None:
    """Write the words looked up so far to the store, when there is one and a word was added."""
    global _added
    if _store is None or not _added:
        return
    try:
        _store.parent.mkdir(parents=True, exist_ok=True)
        tmp = _store.with_name(f".{_store.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"wordfreq": _version, "zipf": dict(sorted(_known.items()))}, indent=0), encoding="utf-8")
        tmp.replace(_store)
        _added = False
    except OSError:
        pass  # a read-only checkout still builds; it asks wordfreq again next time
