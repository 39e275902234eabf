"""The four files a teacher downloads, byte-identical from one build to the next."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO

from .canvas import canvas_files
from .cartridge import cartridge_files
from .gift import gift
from .model import Reading
from .moodle import moodle_xml

FIXED_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Export:
    name: str  # the file name, under the reading's lms/ folder
    label: str
    data: bytes


def zipped(files: dict[str, bytes]) -> bytes:
    """A zip with the manifest first and fixed dates, as the formats expect and a rebuild repeats."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(files, key=lambda p: (p != "imsmanifest.xml", p)):
            info = zipfile.ZipInfo(path, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[path])
    return out.getvalue()


def exports(reading: Reading) -> list[Export]:
    slug = reading.slug
    return [
        Export(f"{slug}.imscc", "Common Cartridge 1.3", zipped(cartridge_files(reading))),
        Export(f"{slug}-canvas-qti.zip", "Canvas QTI zip", zipped(canvas_files(reading))),
        Export(f"{slug}-moodle.xml", "Moodle XML", moodle_xml(reading)),
        Export(f"{slug}-gift.txt", "GIFT", gift(reading)),
    ]
