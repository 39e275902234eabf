"""Benchmark of the build and of what a reader downloads: `make bench` (a report, not a test).

In one run, on temporary copies of the project:
- after an edit of the reading: generation (`python -m guided_reading generate`) and the whole build
  (`python -m guided_reading build`, what `make site` runs), against MkDocs' build alone
  (`mkdocs build --strict`) of the same docs/, each as its own command, median of --runs;
- the weight of each kind of page: its HTML with the CSS and JS it loads, raw and gzipped;
- our own CSS and JS (docs/assets and the features' assets/, vendor copies excluded), gzipped;
- the size of site/ and its files by type;
- a whole build of 1, 10, 50 and 100 copies of the reading under different slugs: time, peak memory,
  site/, search index, offline zip and one part page.
Times vary from run to run on a busy machine: compare the ratios within one run, and prefer the CPU
times (user + system time of each command), which another process's load disturbs much less.
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests")]

from guided_reading.builder.feature_assets import our_asset_sources  # noqa: E402
from guided_reading.builder.site_build import load_all  # noqa: E402
from support import SEED, copy_project  # noqa: E402

COPIES = (1, 10, 50, 100)
# Stylesheets and scripts a page loads: Material's (`<script src=`) and the page assets (`<script defer src=`).
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script (?:defer )?src)="([^"]+)"')


def command_env(project: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(project / "scripts"), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds of user + system time of the command
    peak: int  # peak resident memory, bytes


def run(project: Path, *args: str) -> Run:
    """One command in `project`, with its wall time, CPU time and peak memory (from wait4)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], cwd=project, env=command_env(project),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        sys.exit(f"bench: `{' '.join(args)}` failed in {project}:\n{errors}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)


def edit(project: Path, n: int) -> None:
    """A real edit of the reading's edition: the summary's last words change, so its data (not only its bytes) do."""
    edition = project / "seeds" / SEED.name / "edition.yml"
    text = re.sub(r"can dismantle them\.( \(edit \d+\))?$", f"can dismantle them. (edit {n})", edition.read_text(encoding="utf-8"), count=1, flags=re.M)
    if f"(edit {n})" not in text:
        sys.exit("bench: the seed's summary no longer ends with 'can dismantle them.'; update edit() in scripts/bench.py")
    edition.write_text(text, encoding="utf-8")


GENERATE = ("-m", "guided_reading", "generate")
MKDOCS = ("-m", "mkdocs", "build", "--strict", "--site-dir", ".bench-site")
BUILD = ("-m", "guided_reading", "build")
STEPS = {
    "generation after an edit": (GENERATE, True),
    "mkdocs build --strict alone": (MKDOCS, False),
    "make site after an edit": (BUILD, True),
    "make site, nothing changed": (BUILD, False),
}


def step_times(project: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each step, the steps taking turns so that a slow spell hits them alike."""
    walls: dict[str, list[float]] = defaultdict(list)
    cpus: dict[str, list[float]] = defaultdict(list)
    run(project, *BUILD)  # warm: the reading-level cache and the first generation
    for n in range(runs):
        for step, (args, edited) in STEPS.items():
            if edited:
                edit(project, n)
            result = run(project, *args)
            walls[step].append(result.wall)
            cpus[step].append(result.cpu)
    return {step: (statistics.median(walls[step]), statistics.median(cpus[step])) for step in STEPS}


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
    engine_wall, engine_cpu = times["mkdocs build --strict alone"]
    print(f"## Build of one reading (median of {runs} runs; CPU = user + system time of the command)\n")
    rows = [(step, "python " + " ".join(STEPS[step][0][:3]), f"{wall:.2f} s", f"{cpu:.2f} s", f"{cpu / engine_cpu:.2f}")
            for step, (wall, cpu) in times.items()]
    table(rows, ("step", "command", "wall", "CPU", "CPU / mkdocs"), text_columns=2)
    wall, cpu = times["make site after an edit"]
    print(f"make site after an edit / mkdocs build --strict alone: {wall / engine_wall:.2f} by wall time, "
          f"{cpu / engine_cpu:.2f} by CPU time (goal: at most 1.15)\n")


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
    assets = sorted((p for a, p in our_asset_sources(ROOT / "docs").items() if a.count("/") == 1), key=lambda p: p.name)
    rows = [(p.name, kib(p.stat().st_size), kib(gzipped(p.read_bytes()))) for p in assets]
    total = sum(gzipped(p.read_bytes()) for p in assets)
    rows.append(("total", kib(sum(p.stat().st_size for p in assets)), kib(total)))
    print("## Our own CSS and JS (docs/assets and the features' assets/, vendor copies excluded), each gzipped alone\n")
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


def mib(size: float) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


def report_scaling(workdir: Path, copies_list: tuple[int, ...]) -> None:
    """A whole build (`make site`, docs/ generated afresh) for each number of copies of the reading."""
    rows, previous = [], None
    part = f"{SEED.name}/{load_all(ROOT / 'seeds')[0].parts[0].id}.html"
    for copies in copies_list:
        project = project_with_copies(workdir / f"copies-{copies}", copies)
        run(project, *GENERATE)  # warms the reading-level cache (textstat), as any build after the first
        (project / ".cache" / "generation.json").unlink()
        result = run(project, *BUILD)
        site = project / "site"
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        index = (site / "search" / "search_index.json").stat().st_size
        archive = (site / "downloads" / "guided-readings-offline.zip").stat().st_size
        growth = f"{result.cpu / previous[1]:.2f} × for {copies / previous[0]:.0f} ×" if previous else ""
        rows.append((str(copies), f"{result.wall:.1f} s", f"{result.cpu:.1f} s", growth, mib(result.peak), mib(size), mib(index),
                     mib(archive), kib((site / part).stat().st_size)))
        previous = (copies, result.cpu)
        shutil.rmtree(project)
    print("## A whole build by number of readings (one run each)\n")
    table(rows, ("readings", "wall", "CPU", "CPU growth", "peak memory", "site/", "search index", "offline zip", "part page"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the one-reading build (default: 5)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the builds of 1, 10, 50 and 100 readings")
    parser.add_argument("--copies", type=int, nargs="+", default=list(COPIES), help="numbers of readings to build (default: 1 10 50 100)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench.") as folder:
        workdir = Path(folder)
        project = project_with_copies(workdir / "one", 1)
        report_build(project, args.runs)
        report_pages(project)
        report_own_assets()
        report_site(project / "site")
        if not args.no_scaling:
            report_scaling(workdir, tuple(args.copies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
