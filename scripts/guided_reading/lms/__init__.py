"""A reading taken into a school's learning management system: IMS Common Cartridge 1.3, a Canvas QTI
zip, Moodle XML and GIFT, written from the reading's checked quizzes, prompts and discussion questions.

`collect` turns a checked reading into the plain records of `model`; each format module turns those
records into bytes, and `package` lays the files out. Everything the site says reaches the files as
text: XML is written by ElementTree (which escapes it), HTML inside it is escaped first, and GIFT's
special characters are escaped by `gift`.
"""
from __future__ import annotations

import os

from ..core.context import ReadingContext
from ..core.page import FOR_TEACHERS, Page
from .collect import lms_reading
from .package import exports
from .page import FOLDER, lms_page


def lms_pages(ctx: ReadingContext) -> list[Page]:
    """The teachers' page and the four files, for a reading with quizzes; nothing for one without."""
    reading = lms_reading(ctx, os.environ.get("SITE_URL", "").strip() or None)
    if not reading.quizzes:
        return []
    files = exports(reading)
    page = Page(f"{ctx.slug}/lms.md", lms_page(ctx, reading, files), "Use in your LMS", FOR_TEACHERS)
    return [page, *(Page(f"{ctx.slug}/{FOLDER}/{f.name}", "", None, data=f.data) for f in files)]
