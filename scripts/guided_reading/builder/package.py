"""The offline download: the whole built site as one deterministic zip, linked from the home page."""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

DOWNLOADS = "downloads"
ZIP_NAME = "guided-readings-offline.zip"
ZIP_ROOT = "guided-readings"  # the folder the zip unpacks into
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # every entry gets the same date, so that the zip is byte-identical
# zlib's default level: on the built site, level 9 took 2.6 times its CPU time for a zip 0.8 % smaller
# (level 1: a third of the time, 25 % larger). See BENCHMARKS.md.
COMPRESS_LEVEL = 6
# Material's source maps (a third of site/) only serve a developer's tools, never a reader offline.
LEFT_OUT = (".map",)
DOWNLOAD_BLOCK = re.compile(r'<p class="offline-download">.*?</p>', re.DOTALL)
SIZE_SLOT = '<span class="download-size"></span>'


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


class _Previous:
    """The compressed entries of the last build's zip: a file whose bytes did not change is copied, not compressed
    again (most of site/ is the theme's files, the same from one build to the next)."""

    def __init__(self, path: Path | None) -> None:
        self.entries: dict[str, zipfile.ZipInfo] = {}
        self.data = b""
        try:
            if path is not None and path.is_file():
                self.data = path.read_bytes()
                with zipfile.ZipFile(path) as old:
                    self.entries = {info.filename: info for info in old.infolist() if info.compress_type == zipfile.ZIP_DEFLATED}
        except (OSError, zipfile.BadZipFile):
            self.entries = {}

    def raw(self, name: str, data: bytes) -> bytes | None:
        """The compressed bytes of `name` in the last zip, when it held exactly `data`."""
        info = self.entries.get(name)
        if info is None or info.file_size != len(data) or info.CRC != zlib.crc32(data):
            return None
        start = info.header_offset
        header = self.data[start : start + 30]
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            return None
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        begin = start + 30 + name_length + extra_length
        raw = self.data[begin : begin + info.compress_size]
        return raw if len(raw) == info.compress_size else None


def _write_compressed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, raw: bytes, data: bytes) -> None:
    """Add an entry whose deflated bytes are already known: what `writestr` writes, without compressing again."""
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.compress_size, info.CRC = len(data), len(raw), zlib.crc32(data)
    archive._writecheck(info)  # type: ignore[attr-defined]
    archive._didModify = True  # type: ignore[attr-defined]
    info.header_offset = archive.fp.tell()  # type: ignore[union-attr]
    archive.fp.write(info.FileHeader(False))  # type: ignore[union-attr]
    archive.fp.write(raw)  # type: ignore[union-attr]
    archive.start_dir = archive.fp.tell()  # type: ignore[union-attr]
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info


def make_offline_zip(site: Path, previous: Path | None = None) -> Path:
    """Zip every file of `site` (but the downloads and source maps) and write the zip's size into the home page's link.

    `previous`, the last build's zip: its entries for files that did not change are reused as they are (deflate
    at one level gives the same bytes for the same input, so the zip is the same as one made afresh).
    """
    files = sorted(
        (p for p in site.rglob("*") if p.is_file() and p.relative_to(site).parts[0] != DOWNLOADS and p.suffix not in LEFT_OUT),
        key=lambda p: p.relative_to(site).as_posix(),  # the entries' names in order ("lms.html" before "lms/...")
    )
    target = site / DOWNLOADS / ZIP_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    home = site / "index.html"
    old = _Previous(previous)
    with zipfile.ZipFile(target, "w") as archive:
        for path in files:
            data = path.read_bytes()
            if path == home:
                # Inside the download, a link to the download itself would lead nowhere.
                data = DOWNLOAD_BLOCK.sub("", data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(f"{ZIP_ROOT}/{path.relative_to(site).as_posix()}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            raw = old.raw(info.filename, data)
            if raw is not None:
                _write_compressed(archive, info, raw, data)
            else:
                archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)
    if home.exists():
        text = home.read_text(encoding="utf-8")
        home.write_text(text.replace(SIZE_SLOT, f'<span class="download-size"> (zip, {human_size(target.stat().st_size)})</span>'), encoding="utf-8")
    return target
