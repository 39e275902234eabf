"""Moodle XML: each quiz a category of multiple-choice questions, each written prompt an essay question
whose grader information lists what a strong answer covers (Moodle's closest thing to a rubric)."""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from .model import Item, Prompt, Reading
from .xml import evidence_html, html_text, sub, to_bytes


def fraction(item: Item, correct: bool) -> str:
    """Moodle's grade for a choice: the keys share 100 %; in a "choose all" item a wrong choice takes
    back as much as a right one gives, so that ticking everything scores nothing."""
    if not item.multiple:
        return "100" if correct else "0"
    share = 100 / len(item.keys)
    return _percent(share if correct else -share)


def _percent(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text(parent: ET.Element, tag: str, html: str, **attrs: str) -> ET.Element:
    node = sub(parent, tag, format="html", **attrs)
    sub(node, "text", html)
    return node


def _category(root: ET.Element, *names: str) -> None:
    """A category under the course's; Moodle shows its name as HTML, so the names are escaped, and a "/"
    in a title (which would start a sub-category) becomes a dash."""
    path = "/".join(html.escape(name.replace("/", "-"), quote=False) for name in names)
    question = sub(root, "question", type="category")
    sub(sub(question, "category"), "text", f"$course$/{path}")


def _choice_question(root: ET.Element, item: Item) -> None:
    question = sub(root, "question", type="multichoice")
    sub(sub(question, "name"), "text", item.id)
    _text(question, "questiontext", html_text(item.prompt))
    _text(question, "generalfeedback", evidence_html(item))
    sub(question, "defaultgrade", "1")
    sub(question, "penalty", "0")
    sub(question, "hidden", "0")
    sub(question, "single", "false" if item.multiple else "true")
    sub(question, "shuffleanswers", "false")  # the site's order already carries no cue
    sub(question, "answernumbering", "ABCD")
    for option in item.options:
        answer = _text(question, "answer", html_text(option.text), fraction=fraction(item, option.correct))
        _text(answer, "feedback", html_text(option.feedback))


def _essay(root: ET.Element, prompt: Prompt) -> None:
    question = sub(root, "question", type="essay")
    sub(sub(question, "name"), "text", prompt.id)
    _text(question, "questiontext", html_text(prompt.text))
    sub(question, "defaultgrade", str(len(prompt.points)))
    sub(question, "responseformat", "editor")
    sub(question, "responserequired", "1")
    sub(question, "responsefieldlines", "15")
    points = "".join(f"<li>{html.escape(point, quote=False)}</li>" for point in prompt.points)
    _text(question, "graderinfo", f"<p>A strong answer covers:</p><ul>{points}</ul>")


def moodle_xml(reading: Reading) -> bytes:
    root = ET.Element("quiz")
    for quiz in reading.quizzes:
        _category(root, reading.title, quiz.title)
        for item in quiz.items:
            _choice_question(root, item)
    if reading.prompts:
        _category(root, reading.title, "Written answers")
        for prompt in reading.prompts:
            _essay(root, prompt)
    return to_bytes(root)
