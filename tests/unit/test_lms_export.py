"""The LMS files say what the site says: each format parsed back by a reader that is not ours.

Moodle XML is read by `moodle-xml-parser`, GIFT by `pygiftparser`; QTI and the cartridge's manifest by
the standard library's DOM (no maintained QTI reader is in the package index). Question texts, options,
keys and feedback must equal the site's, and hostile text must come out as text in every format.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from html.parser import HTMLParser
from xml.dom import minidom

import pytest
from moodle_xml_parser.parser import parse_bytes
from pygiftparser import parser as gift_parser

from guided_reading.lms import model
from guided_reading.lms.canvas import canvas_files
from guided_reading.lms.cartridge import TYPES, cartridge_files
from guided_reading.lms.collect import lms_reading
from guided_reading.lms.gift import gift
from guided_reading.lms.moodle import moodle_xml
from guided_reading.lms.package import exports
from support import seed_context

SITE = "https://example.org/readings/"
ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "</mattext></material><script>alert(4)</script>",
    "]]><script>alert(5)</script>",
    "&lt;b&gt; & &amp; {braces} ~tilde =equals #hash :colon \\backslash",
    "::title::{=x~y}",
]


@pytest.fixture(scope="module")
def reading() -> model.Reading:
    return lms_reading(seed_context(), SITE)


def _items(reading: model.Reading) -> dict[str, model.Item]:
    return {item.id: item for quiz in reading.quizzes for item in quiz.items}


def _gift_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def test_the_seed_exports_its_quizzes_prompts_and_topics(reading: model.Reading) -> None:
    assert len(reading.quizzes) == 5
    assert len(reading.prompts) == 6
    assert len(reading.topics) == len(seed_context().edition.discussion) > 0
    assert [link.id for link in reading.links][-1] == "full-text"
    assert all(link.url.startswith(SITE) for link in reading.links)


def test_moodle_xml_reads_back_the_same_questions(reading: model.Reading) -> None:
    parsed = parse_bytes(moodle_xml(reading))
    items = _items(reading)
    assert [q.name for q in parsed["multichoice"]] == list(items)
    for question in parsed["multichoice"]:
        item = items[question.name]
        assert question.text_pre_parse == _p(item.prompt)
        assert question.single is not item.multiple
        assert [o.answer for o in question.options] == [_p(o.text) for o in item.options]
        assert [o.score_fraction > 0 for o in question.options] == [o.correct for o in item.options]
        assert [o.feedback for o in question.options] == [_p(o.feedback) for o in item.options]
        assert item.explanation in question.general_feedback
        # A "choose all" item: the keys share 100 %, and each wrong tick takes back one key's share.
        wrong = len(item.options) - len(item.keys)
        expected = 100 - 100 * wrong / len(item.keys) if item.multiple else 100
        assert sum(o.score_fraction for o in question.options) == pytest.approx(expected)


def test_moodle_essays_carry_what_a_strong_answer_covers(reading: model.Reading) -> None:
    doc = minidom.parseString(moodle_xml(reading))
    essays = [q for q in doc.getElementsByTagName("question") if q.getAttribute("type") == "essay"]
    assert len(essays) == len(reading.prompts)
    for node, prompt in zip(essays, reading.prompts, strict=True):
        info = node.getElementsByTagName("graderinfo")[0].getElementsByTagName("text")[0].firstChild.data
        assert all(html.escape(point, quote=False) in info for point in prompt.points)


def test_gift_reads_back_the_same_questions(reading: model.Reading) -> None:
    parsed = gift_parser.parseFile(io.StringIO(gift(reading).decode("utf-8")))
    items = _items(reading)
    assert [q.title for q in parsed] == list(items)
    for question in parsed:
        item = items[question.title]
        assert html.unescape(_gift_unescape(question.text)) == item.prompt
        got = {html.unescape(_gift_unescape(a.answer)): a for a in question.answers.answers}
        assert set(got) == {o.text for o in item.options}
        for option in item.options:
            answer = got[option.text]
            assert (answer.fraction > 0) is option.correct
            assert html.unescape(_gift_unescape(answer.feedback)) == option.feedback
        assert html.escape(item.explanation, quote=False) in _gift_unescape(question.generalFeedback)


def _text(node: minidom.Element, tag: str) -> str:
    return "".join(t.data for t in node.getElementsByTagName(tag)[0].childNodes if t.nodeType == t.TEXT_NODE)


def _qti_items(data: bytes) -> dict[str, dict[str, object]]:
    doc = minidom.parseString(data)
    out: dict[str, dict[str, object]] = {}
    for item in doc.getElementsByTagName("item"):
        labels = item.getElementsByTagName("response_label")
        feedback = {f.getAttribute("ident"): _text(f, "mattext") for f in item.getElementsByTagName("itemfeedback")}
        scored = [c for c in item.getElementsByTagName("respcondition") if c.getElementsByTagName("setvar")][0]
        wanted = [v.firstChild.data for v in scored.getElementsByTagName("varequal") if v.parentNode.tagName != "not"]
        out[item.getAttribute("ident")] = {
            "prompt": _text(item.getElementsByTagName("presentation")[0], "mattext"),
            "options": [_text(label, "mattext") for label in labels],
            "keys": [i for i, label in enumerate(labels) if label.getAttribute("ident") in wanted],
            "feedback": [feedback[f"{label.getAttribute('ident')}_fb"] for label in labels],
            "general": feedback["general_fb"],
            "multiple": item.getElementsByTagName("response_lid")[0].getAttribute("rcardinality") == "Multiple",
        }
    return out


@pytest.mark.parametrize("flavour", ["cartridge", "canvas"])
def test_qti_reads_back_the_same_questions(reading: model.Reading, flavour: str) -> None:
    files = cartridge_files(reading) if flavour == "cartridge" else canvas_files(reading)
    seen: dict[str, dict[str, object]] = {}
    for path, data in files.items():
        if path.startswith("quiz-") and not path.endswith("assessment_meta.xml"):
            seen.update(_qti_items(data))
    items = _items(reading)
    assert list(seen) == list(items)
    for ident, item in items.items():
        got = seen[ident]
        assert got["prompt"] == _p(html.escape(item.prompt, quote=False))
        assert got["options"] == [o.text for o in item.options]
        assert got["keys"] == list(item.keys)
        assert got["multiple"] is item.multiple
        assert got["feedback"] == [_p(html.escape(o.feedback, quote=False)) for o in item.options]
        assert html.escape(item.explanation, quote=False) in str(got["general"]) and str(item.evidence_url) in str(got["general"])


def test_the_cartridge_manifest_lists_every_file_with_its_type(reading: model.Reading) -> None:
    archive = zipfile.ZipFile(io.BytesIO(next(e.data for e in exports(reading) if e.name.endswith(".imscc"))))
    names = archive.namelist()
    assert names[0] == "imsmanifest.xml"
    manifest = minidom.parseString(archive.read("imsmanifest.xml"))
    root = manifest.documentElement
    assert root.getAttribute("xmlns") == "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"
    assert _text(root, "schemaversion") == "1.3.0"
    resources = manifest.getElementsByTagName("resource")
    kinds = [r.getAttribute("type") for r in resources]
    assert kinds.count(TYPES["quiz"]) == 5
    assert kinds.count(TYPES["assignment"]) == 6
    assert kinds.count(TYPES["topic"]) == len(reading.topics)
    assert kinds.count(TYPES["link"]) == len(reading.links) == 5
    files = [f.getAttribute("href") for r in resources for f in r.getElementsByTagName("file")]
    assert sorted(files) == sorted(n for n in names if n != "imsmanifest.xml")
    refs = {i.getAttribute("identifierref") for i in manifest.getElementsByTagName("item") if i.getAttribute("identifierref")}
    assert refs == {r.getAttribute("identifier") for r in resources}


def test_without_a_web_address_the_cartridge_has_no_links() -> None:
    reading = lms_reading(seed_context(), None)
    assert reading.links == ()
    assert all(item.evidence_url is None for quiz in reading.quizzes for item in quiz.items)
    assert not any(path.startswith("links/") for path in cartridge_files(reading))


def test_exports_are_byte_identical_from_one_run_to_the_next(reading: model.Reading) -> None:
    assert [e.data for e in exports(reading)] == [e.data for e in exports(lms_reading(seed_context(), SITE))]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _live_tags(fragment: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(fragment)
    return [(t, a) for t, a in parser.tags if t not in {"p", "ul", "li"} and not (t == "a" and [k for k, _ in a] == ["href"])]


def _hostile() -> model.Reading:
    attack = " ".join(ATTACKS)
    options = (model.Option(attack, True, attack), model.Option(attack + " 2", False, attack))
    item = model.Item("q-1", attack, False, options, attack, attack, None)
    many = model.Item("q-2", attack, True, options, attack, attack, None)
    return model.Reading(
        "hostile", attack, attack, (model.Quiz("part", attack, (item, many)),),
        (model.Prompt("p-1", attack, attack, (attack,)),), (model.Topic("t-1", attack, (attack,)),),
        (model.Link("l-1", attack, "https://example.org/x"),), "https://example.org/",
    )


def test_hostile_text_stays_text_in_every_format() -> None:
    reading = _hostile()
    xml_files = {**cartridge_files(reading), **canvas_files(reading), "moodle.xml": moodle_xml(reading)}
    for path, data in xml_files.items():
        doc = minidom.parseString(data)  # well-formed: no attack closed an element
        for node in doc.getElementsByTagName("*"):
            assert node.tagName.split(":")[-1] not in {"script", "img", "svg"}, path
            text = "".join(t.data for t in node.childNodes if t.nodeType in (t.TEXT_NODE, t.CDATA_SECTION_NODE))
            html_fields = node.getAttribute("texttype") == "text/html" or node.tagName == "text"
            if html_fields:
                assert _live_tags(text) == [], (path, text)
    gift_text = gift(reading).decode("utf-8")
    parsed = gift_parser.parseFile(io.StringIO(gift_text))
    assert [q.title for q in parsed] == ["q-1", "q-2"]
    for question in parsed:
        assert html.unescape(_gift_unescape(question.text)) == " ".join(ATTACKS)
        for answer in question.answers.answers:
            assert _live_tags(_gift_unescape(answer.answer)) == []
            assert _live_tags(_gift_unescape(answer.feedback)) == []


def test_xml_is_written_as_elementtree_writes_it_to_utf_8() -> None:
    """`to_bytes` writes to a str and encodes once; the bytes are the ones ET.tostring(encoding="utf-8") writes,
    a character UTF-8 cannot hold (a lone surrogate from a YAML escape) as a character reference included."""
    import xml.etree.ElementTree as ET

    from guided_reading.lms.xml import sub, to_bytes

    def tree() -> ET.Element:
        root = ET.Element("questestinterop")
        item = sub(root, "item", ident="q1", title="Zoë & “quotes” <b>")
        sub(item, "mattext", "<p>é ü 中文 🙂 \ud800 ]]> &amp;</p>", texttype="text/html")
        sub(item, "empty")
        return root

    ours = to_bytes(tree(), "http://www.imsglobal.org/xsd/ims_qtiasiv1p2", xsi="http://www.w3.org/2001/XMLSchema-instance")
    expected_root = tree()
    expected_root.set("xmlns", "http://www.imsglobal.org/xsd/ims_qtiasiv1p2")
    expected_root.set("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
    ET.indent(expected_root)
    assert ours == ET.tostring(expected_root, encoding="utf-8", xml_declaration=True) + b"\n"
    assert b"&#55296;" in ours


def test_gift_escapes_each_special_character_once() -> None:
    from guided_reading.lms.gift import SPECIAL, escape

    text = "a\\b ~c =d #e {f} :g\n\n  h " + SPECIAL
    assert escape(text) == "".join(f"\\{c}" if c in SPECIAL else c for c in " ".join(text.split()))
    assert escape("{=x}") == "\\{\\=x\\}"
