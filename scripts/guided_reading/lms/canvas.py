"""A Canvas QTI zip ("QTI .zip file" in Canvas's course import): every quiz as a QTI 1.2 assessment,
with Canvas's question types and its assessment_meta.xml (title, one attempt, feedback shown)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .model import Reading
from .qti import assessment
from .xml import sub, to_bytes

CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS = "http://canvas.instructure.com/xsd/cccv1p0"


def _meta(ident: str, title: str) -> bytes:
    root = ET.Element("quiz", identifier=ident)
    for tag, value in (("title", title), ("quiz_type", "assignment"), ("points_possible", ""), ("allowed_attempts", "1"),
                       ("shuffle_answers", "false"), ("show_correct_answers", "true"), ("scoring_policy", "keep_highest")):
        sub(root, tag, value)
    return to_bytes(root, CANVAS)


def canvas_files(reading: Reading) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    root = ET.Element("manifest", identifier=f"guided-reading-{reading.slug}-canvas-qti")
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Content")
    sub(metadata, "schemaversion", "1.1.3")
    sub(root, "organizations")
    resources = sub(root, "resources")
    for quiz in reading.quizzes:
        ident = f"quiz-{quiz.id}"
        files[f"{ident}/{ident}.xml"] = assessment(quiz, ident, "canvas")
        files[f"{ident}/assessment_meta.xml"] = _meta(ident, quiz.title)
        resource = sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
        sub(resource, "file", href=f"{ident}/{ident}.xml")
        sub(resource, "dependency", identifierref=f"{ident}-meta")
        meta = sub(resources, "resource", identifier=f"{ident}-meta",
                   type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=f"{ident}/assessment_meta.xml")
        sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return {"imsmanifest.xml": to_bytes(root, CP), **files}
