"""Benchmark of the build and of what a reader downloads: `make bench` (a report, not a test).

In one run, on temporary copies of the project:
- generation (`python -m guided_reading generate`), MkDocs' build (`mkdocs build --strict`) and
  the whole build (`python -m guided_reading build`), each as its own command, median of --runs;
- the weight of each kind of page: its HTML with the CSS and JS it loads, raw and gzipped;
- our own CSS and JS (docs/assets, vendor copies excluded), gzipped;
- the size of site/ and its files by type;
- generation and MkDocs' build for 1, 10 and 50 copies of the reading under different slugs.
Times vary from run to run on a busy machine: compare the ratios within one run.
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests")]

from guided_reading.build import load_all  # noqa: E402
from support import SEED, copy_project  # noqa: E402

COPIES = (1, 10, 50)
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"')


def command_env(project: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(project / "scripts"), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


def seconds(project: Path, *args: str) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, *args], cwd=project, env=command_env(project), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: `{' '.join(args)}` failed in {project}:\n{result.stderr}")
    return elapsed


STEPS = {
    "generation": ("-m", "guided_reading", "generate"),
    "mkdocs build": ("-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", ".bench-site"),
    "whole build": ("-m", "guided_reading", "build"),
}


def step_times(project: Path, runs: int, steps: tuple[str, ...] = tuple(STEPS)) -> dict[str, float]:
    """Median seconds of each step, the steps taking turns so that a slow spell hits them alike."""
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        for step in steps:
            times[step].append(seconds(project, *STEPS[step]))
    return {step: statistics.median(values) for step, values in times.items()}


def project_with_copies(dest: Path, copies: int) -> Path:
    """The project with `copies` copies of the seed reading; the first keeps its slug (help.md may link to it)."""
    slugs = [SEED.name] + [f"{SEED.name}-{n}" for n in range(2, copies + 1)]
    return copy_project(dest, seeds={slug: SEED for slug in slugs})


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def page_weight(site: Path, html: Path) -> tuple[int, int]:
    """Raw and gzipped bytes of a page with the local stylesheets and scripts it loads (each gzipped alone)."""
    files = [html] + [(html.parent / ref).resolve() for ref in ASSET.findall(html.read_text(encoding="utf-8")) if "://" not in ref]
    data = [path.read_bytes() for path in files]
    return sum(map(len, data)), sum(map(gzipped, data))


def page_kinds(project: Path) -> dict[str, list[Path]]:
    """The built pages by kind: every theme page of a reading is one kind; other pages are named by file."""
    site = project / "site"
    ctx = load_all(project / "seeds")[0]
    themes = {f"{part.id}.html" for part in ctx.parts}
    kinds: dict[str, list[Path]] = {"home": [site / "index.html"], "help": [site / "help.html"]}
    for html in sorted((site / ctx.slug).glob("*.html")):
        kind = "theme page" if html.name in themes else "reading overview" if html.name == "index.html" else html.stem
        kinds.setdefault(kind, []).append(html)
    return kinds


def kib(size: float) -> str:
    return f"{size / 1024:,.1f} KB"


def table(rows: list[tuple[str, ...]], header: tuple[str, ...], text_columns: int = 1) -> None:
    """A plain-text table: the first `text_columns` columns aligned left, the figures right."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        cells = (cell.ljust(w) if i < text_columns else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        print("  ".join(cells).rstrip())
    print()


def report_build(project: Path, runs: int) -> None:
    times = step_times(project, runs)
    whole = times["whole build"]
    print(f"## Build of one reading (median of {runs} runs)\n")
    rows = [(step, "python " + " ".join(STEPS[step][:4]), f"{time:.2f} s", f"{time / whole:.0%}") for step, time in times.items()]
    table(rows, ("step", "command", "time", "of whole"), text_columns=2)
    print(f"generation share: {times['generation'] / whole:.0%} of the whole build (goal: under 15%)\n")


def report_pages(project: Path) -> None:
    site = project / "site"
    rows = []
    for kind, pages in page_kinds(project).items():
        weights = {page: page_weight(site, page) for page in pages}
        heaviest = max(pages, key=lambda page: weights[page][1])
        raw, packed = weights[heaviest]
        label = f"{kind} (heaviest of {len(pages)})" if len(pages) > 1 else kind
        rows.append((label, heaviest.relative_to(site).as_posix(), kib(raw), kib(packed)))
    print("## Page weight: HTML + the CSS and JS it loads\n")
    table(rows, ("page kind", "page", "raw", "gzipped"), text_columns=2)
    # Material's search starts at page load: its worker script fetches the index once per visit.
    search = [*site.glob("assets/javascripts/workers/search.*.min.js"), site / "search" / "search_index.json"]
    search = [path for path in search if path.exists()]
    if search:
        raw, packed = sum(p.stat().st_size for p in search), sum(gzipped(p.read_bytes()) for p in search)
        print(f"plus, on the first page of a visit, search's worker and index: {kib(raw)} raw, {kib(packed)} gzipped\n")


def report_own_assets() -> None:
    assets = sorted(p for p in (ROOT / "docs" / "assets").glob("*") if p.suffix in (".css", ".js"))
    rows = [(p.name, kib(p.stat().st_size), kib(gzipped(p.read_bytes()))) for p in assets]
    total = sum(gzipped(p.read_bytes()) for p in assets)
    rows.append(("total", kib(sum(p.stat().st_size for p in assets)), kib(total)))
    print("## Our own CSS and JS (docs/assets, vendor copies excluded), each gzipped alone\n")
    table(rows, ("file", "raw", "gzipped"))
    print(f"own CSS + JS gzipped: {kib(total)} (goal: at most 10 KB)\n")


def report_site(site: Path) -> None:
    by_type: dict[str, list[int]] = defaultdict(list)
    for path in site.rglob("*"):
        if path.is_file():
            by_type[path.suffix or "(none)"].append(path.stat().st_size)
    rows = [(kind, str(len(sizes)), kib(sum(sizes))) for kind, sizes in sorted(by_type.items(), key=lambda item: -sum(item[1]))]
    rows.append(("site/", str(sum(len(s) for s in by_type.values())), kib(sum(sum(s) for s in by_type.values()))))
    print("## site/ by file type\n")
    table(rows, ("type", "files", "size"))


def report_scaling(workdir: Path) -> None:
    rows, previous = [], None
    for copies in COPIES:
        project = project_with_copies(workdir / f"copies-{copies}", copies)
        times = step_times(project, 1, ("generation", "mkdocs build"))
        generation, engine = times["generation"], times["mkdocs build"]
        whole = generation + engine
        site = project / ".bench-site"
        pages = sum(1 for _ in site.rglob("*.html"))
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        marginal = f"{(whole - previous[1]) / (copies - previous[0]):.2f} s" if previous else ""
        rows.append((str(copies), str(pages), kib(size), f"{generation:.2f} s", f"{engine:.2f} s", f"{whole:.2f} s",
                     f"{whole / copies:.2f} s", marginal))
        previous = (copies, whole)
    print("## Build time by number of readings (one run each)\n")
    table(rows, ("readings", "pages", "site/", "generation", "mkdocs build", "both", "per reading", "per added reading"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the one-reading build (default: 5)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 1/10/50-reading builds")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench.") as folder:
        workdir = Path(folder)
        project = project_with_copies(workdir / "one", 1)
        report_build(project, args.runs)
        report_pages(project)
        report_own_assets()
        report_site(project / "site")
        if not args.no_scaling:
            report_scaling(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
