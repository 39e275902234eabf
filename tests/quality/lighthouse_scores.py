"""Lighthouse (mobile preset) on the main kinds of page, with site/ served gzipped on 127.0.0.1.

`make lighthouse` prints the four scores per page and exits non-zero when a page falls below
the thresholds the tests hold it to. Performance is printed, not enforced: on a busy two-core
machine it moves by several points from one run to the next.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gzip_server import serve_gzipped

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags Chromium tries to reach other hosts on its own.
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
THRESHOLDS = {"accessibility": 100, "best-practices": 95, "seo": 95}

READING = "human-trafficking-networks"
# The kinds of page audited; the quiz and the glossary when the reading has them.
PAGES = {
    "home": "index.html",
    "reading overview": f"{READING}/index.html",
    "theme page": f"{READING}/a-hidden-global-business.html",
    "quiz": f"{READING}/quiz.html",
    "glossary": f"{READING}/glossary.html",
}


def lighthouse_scores(url: str, workdir: Path) -> dict[str, int]:
    """The four category scores (0-100) of one page; Chromium runs with a fresh profile in `workdir`."""
    report = workdir / "report.json"
    profile = workdir / "profile"
    command = [
        str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS} --user-data-dir={profile}",
    ]
    result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise RuntimeError(f"lighthouse could not load {url}: {data['runtimeError']}")
    return {name: round((data["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def below_thresholds(scores: dict[str, int]) -> dict[str, int]:
    return {name: score for name, score in scores.items() if score < THRESHOLDS.get(name, 0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    args = parser.parse_args(argv)
    failed = False
    print(f"{'page':<18} {'path':<58} " + " ".join(f"{name:>14}" for name in CATEGORIES))
    with serve_gzipped(args.site) as base:
        for kind, path in PAGES.items():
            if not (args.site / path).exists():
                print(f"{kind:<18} {path:<58} (not built)")
                continue
            with tempfile.TemporaryDirectory(prefix="lighthouse.") as workdir:
                scores = lighthouse_scores(f"{base}/{path}", Path(workdir))
            low = below_thresholds(scores)
            failed |= bool(low)
            cells = " ".join(f"{scores[name]:>13}{'!' if name in low else ' '}" for name in CATEGORIES)
            print(f"{kind:<18} {path:<58} {cells}", flush=True)
    print("thresholds: " + ", ".join(f"{name} >= {score}" for name, score in THRESHOLDS.items()) + " (! marks a score below)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
