"""QTI 1.2 assessments: one quiz as `questestinterop`, in the profile Common Cartridge and Canvas read.

Each option carries its own feedback (why it is wrong, or why the key is right), shown when it is
chosen; the item's general feedback, shown after any answer, holds the explanation and the evidence. A "choose all" item scores
only when exactly the keys are chosen, as on the site.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Literal

from .model import Item, Quiz
from .xml import evidence_html, html_text, sub, to_bytes

NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
Flavour = Literal["cc", "canvas"]


def _field(parent: ET.Element, label: str, entry: str) -> None:
    field = sub(parent, "qtimetadatafield")
    sub(field, "fieldlabel", label)
    sub(field, "fieldentry", entry)


def _material(parent: ET.Element, html: str) -> None:
    sub(sub(parent, "material"), "mattext", html, texttype="text/html")


def _feedback(item_node: ET.Element, ident: str, html: str) -> None:
    _material(sub(sub(item_node, "itemfeedback", ident=ident), "flow_mat"), html)


def option_ident(index: int) -> str:
    return f"choice-{index + 1}"


def _item(parent: ET.Element, item: Item, flavour: Flavour) -> None:
    node = sub(parent, "item", ident=item.id, title=item.id)
    meta = sub(sub(node, "itemmetadata"), "qtimetadata")
    if flavour == "canvas":
        _field(meta, "question_type", "multiple_answers_question" if item.multiple else "multiple_choice_question")
        _field(meta, "points_possible", "1")
    else:
        _field(meta, "cc_profile", "cc.multiple_response.v0p1" if item.multiple else "cc.multiple_choice.v0p1")
    _field(meta, "cc_weighting", "1")
    presentation = sub(node, "presentation")
    _material(presentation, html_text(item.prompt))
    lid = sub(presentation, "response_lid", ident="response1", rcardinality="Multiple" if item.multiple else "Single")
    choices = sub(lid, "render_choice")
    for index, option in enumerate(item.options):
        label = sub(choices, "response_label", ident=option_ident(index))
        sub(sub(label, "material"), "mattext", option.text, texttype="text/plain")
    processing = sub(node, "resprocessing")
    sub(sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    always = sub(processing, "respcondition", **{"continue": "Yes"})
    sub(sub(always, "conditionvar"), "other")
    sub(always, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    for index in range(len(item.options)):
        condition = sub(processing, "respcondition", **{"continue": "Yes"})
        sub(sub(condition, "conditionvar"), "varequal", option_ident(index), respident="response1")
        sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{option_ident(index)}_fb")
    scored = sub(processing, "respcondition", **{"continue": "No"})
    test = sub(scored, "conditionvar")
    if item.multiple:
        test = sub(test, "and")
        for index, option in enumerate(item.options):
            target = test if option.correct else sub(test, "not")
            sub(target, "varequal", option_ident(index), respident="response1")
    else:
        sub(test, "varequal", option_ident(item.keys[0]), respident="response1")
    sub(scored, "setvar", "100", action="Set", varname="SCORE")
    # Canvas's names: general_fb shown after any answer, <choice>_fb with the choice.
    _feedback(node, "general_fb", evidence_html(item))
    for index, option in enumerate(item.options):
        _feedback(node, f"{option_ident(index)}_fb", html_text(option.feedback))


def assessment(quiz: Quiz, ident: str, flavour: Flavour) -> bytes:
    root = ET.Element("questestinterop")
    node = sub(root, "assessment", ident=ident, title=quiz.title)
    meta = sub(node, "qtimetadata")
    if flavour == "cc":
        _field(meta, "cc_profile", "cc.exam.v0p1")
        _field(meta, "qmd_assessmenttype", "Examination")
    _field(meta, "cc_maxattempts", "1")
    section = sub(node, "section", ident=f"{ident}-section")
    for item in quiz.items:
        _item(section, item, flavour)
    return to_bytes(root, NS)
