"""IMS Common Cartridge 1.3: one module holding links to the reading's pages, its quizzes (QTI), its
written prompts (assignments, with what a strong answer covers as the instructor's text) and its
discussion questions (topics). Canvas, Moodle, Schoology, Blackboard and D2L import it."""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from .model import Reading
from .qti import assessment
from .xml import html_text, sub, to_bytes

CP = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
LOM = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest"
WL = "http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3"
DT = "http://www.imsglobal.org/xsd/imsccv1p3/imsdt_v1p3"
ASSIGNMENT = "http://www.imsglobal.org/xsd/imscc_extensions/assignment"

TYPES = {
    "link": "imswl_xmlv1p3",
    "quiz": "imsqti_xmlv1p2/imscc_xmlv1p3/assessment",
    "topic": "imsdt_xmlv1p3",
    "assignment": "assignment_xmlv1p0",
}


def _weblink(title: str, url: str) -> bytes:
    root = ET.Element("webLink")
    sub(root, "title", title)
    sub(root, "url", href=url, target="_blank")
    return to_bytes(root, WL)


def _topic(title: str, text: str) -> bytes:
    root = ET.Element("topic")
    sub(root, "title", title)
    sub(root, "text", html_text(text), texttype="text/html")
    return to_bytes(root, DT)


def _assignment(ident: str, title: str, text: str, points: tuple[str, ...]) -> bytes:
    root = ET.Element("assignment", identifier=ident)
    sub(root, "title", title)
    sub(root, "text", html_text(text), texttype="text/html")
    listed = "".join(f"<li>{html.escape(point, quote=False)}</li>" for point in points)
    sub(root, "instructor_text", f"<p>A strong answer covers:</p><ul>{listed}</ul>", texttype="text/html")
    sub(root, "gradable", "true", points_possible=str(len(points)))
    formats = sub(root, "submission_formats")
    sub(formats, "format", type="text")
    return to_bytes(root, ASSIGNMENT)


def cartridge_files(reading: Reading) -> dict[str, bytes]:
    """The cartridge's files by path, `imsmanifest.xml` first; the caller zips them."""
    files: dict[str, bytes] = {}
    entries: list[tuple[str, str, str, str]] = []  # (identifier, kind, title, path)

    def add(ident: str, kind: str, title: str, path: str, content: bytes) -> None:
        files[path] = content
        entries.append((ident, kind, title, path))

    for link in reading.links:
        add(f"link-{link.id}", "link", link.title, f"links/{link.id}.xml", _weblink(link.title, link.url))
    for quiz in reading.quizzes:
        ident = f"quiz-{quiz.id}"
        add(ident, "quiz", quiz.title, f"{ident}/assessment.xml", assessment(quiz, ident, "cc"))
    for prompt in reading.prompts:
        ident = f"prompt-{prompt.id}"
        add(ident, "assignment", f"Write: {prompt.title}", f"{ident}/assignment.xml", _assignment(ident, f"Write: {prompt.title}", prompt.text, prompt.points))
    for number, topic in enumerate(reading.topics, start=1):
        ident = f"topic-{topic.id}"
        add(ident, "topic", f"Discuss {number}", f"{ident}/topic.xml", _topic(f"Discuss {number}", topic.text))

    root = ET.Element("manifest", identifier=f"guided-reading-{reading.slug}")
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Common Cartridge")
    sub(metadata, "schemaversion", "1.3.0")
    general = sub(sub(metadata, "lomimscc:lom"), "lomimscc:general")
    sub(sub(general, "lomimscc:title"), "lomimscc:string", reading.title)
    organization = sub(sub(root, "organizations"), "organization", identifier="organization", structure="rooted-hierarchy")
    module = sub(sub(organization, "item", identifier="root"), "item", identifier="module")
    sub(module, "title", reading.title)
    resources = sub(root, "resources")
    for ident, kind, title, path in entries:
        item = sub(module, "item", identifier=f"item-{ident}", identifierref=ident)
        sub(item, "title", title)
        resource = sub(resources, "resource", identifier=ident, type=TYPES[kind])
        sub(resource, "file", href=path)
    return {"imsmanifest.xml": to_bytes(root, CP, lomimscc=LOM), **files}
