"""The offline download: the whole built site as one deterministic zip, linked from the home page."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

DOWNLOADS = "downloads"
ZIP_NAME = "guided-readings-offline.zip"
ZIP_ROOT = "guided-readings"  # the folder the zip unpacks into
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # every entry gets the same date, so that the zip is byte-identical
# zlib's default level: on the built site, level 9 took 2.6 times its CPU time for a zip 0.8 % smaller
# (level 1: a third of the time, 25 % larger). See the README's Benchmark section.
COMPRESS_LEVEL = 6
# Material's source maps (a third of site/) only serve a developer's tools, never a reader offline.
LEFT_OUT = (".map",)
DOWNLOAD_BLOCK = re.compile(r'<p class="offline-download">.*?</p>', re.DOTALL)
SIZE_SLOT = '<span class="download-size"></span>'


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def make_offline_zip(site: Path) -> Path:
    """Zip every file of `site` (but the downloads and source maps) and write the zip's size into the home page's link."""
    files = sorted(
        (p for p in site.rglob("*") if p.is_file() and p.relative_to(site).parts[0] != DOWNLOADS and p.suffix not in LEFT_OUT),
        key=lambda p: p.relative_to(site).as_posix(),  # the names' order in the zip ("lms.html" before "lms/…")
    )
    target = site / DOWNLOADS / ZIP_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    home = site / "index.html"
    with zipfile.ZipFile(target, "w") as archive:
        for path in files:
            data = path.read_bytes()
            if path == home:
                # Inside the download, a link to the download itself would lead nowhere.
                data = DOWNLOAD_BLOCK.sub("", data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(f"{ZIP_ROOT}/{path.relative_to(site).as_posix()}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)
    if home.exists():
        text = home.read_text(encoding="utf-8")
        home.write_text(text.replace(SIZE_SLOT, f'<span class="download-size"> (zip, {human_size(target.stat().st_size)})</span>'), encoding="utf-8")
    return target
