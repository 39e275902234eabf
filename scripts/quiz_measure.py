"""Measure a reading's quizzes.

From a built reading's HTML alone: how often the longest option is the answer, how the questions spread
over the sentences and paragraphs of the op-ed.

    python scripts/quiz_measure.py site/human-trafficking-networks

From the seeds (`make check` runs this): the item-writing figures of every reading, the ones the checks
hold to their limits (key closest in wording, "choose all" counts, answer types, items revealing others).

    python scripts/quiz_measure.py --items seeds

A blind sheet, to test the items on a reader who has never seen the op-ed: every quiz and word-work item of
one reading, prompts and options only, under opaque ids (q1, q2, …), written to SHEET; the key (which
options are right, and chance for each item) goes to SHEET with ".key.json" added, to score the answers.

    python scripts/quiz_measure.py --blind seeds/human-trafficking-networks blind.txt
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the built-HTML figures need the test tools; `make check` runs with the site's alone
    from bs4 import BeautifulSoup

_PARAGRAPH = re.compile(r"^p(\d+)$")


@dataclass(frozen=True)
class QuizFigures:
    questions: int
    single_answer: int
    longest_is_answer: int
    top_sentence: str
    top_sentence_questions: int
    paragraphs: int
    paragraphs_asked: tuple[str, ...]

    @property
    def longest_share(self) -> float:
        return self.longest_is_answer / self.single_answer if self.single_answer else 0.0

    @property
    def top_sentence_share(self) -> float:
        return self.top_sentence_questions / self.questions if self.questions else 0.0

    @property
    def paragraphs_missed(self) -> int:
        return self.paragraphs - len(self.paragraphs_asked)

    def report(self) -> str:
        return (
            f"questions: {self.questions} ({self.single_answer} single-answer)\n"
            f"correct answer strictly longest: {self.longest_is_answer} of {self.single_answer} ({self.longest_share:.0%})\n"
            f"most-asked sentence: {self.top_sentence} with {self.top_sentence_questions} questions ({self.top_sentence_share:.0%})\n"
            f"paragraphs asked about: {len(self.paragraphs_asked)} of {self.paragraphs}"
        )


def _quiz_forms(reading: Path) -> list[BeautifulSoup]:
    """The quiz forms of every page a student sees (the answer key shows none)."""
    from bs4 import BeautifulSoup

    forms = []
    for page in sorted(reading.glob("*.html")):
        if page.name == "answer-key.html":
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        forms += soup.select("form.quiz")
    return forms


def measure(reading: Path) -> QuizFigures:
    """Figures for the built reading in `reading` (a folder of site/)."""
    questions = single = longest = 0
    per_sentence: Counter[str] = Counter()
    asked: set[str] = set()
    for form in _quiz_forms(reading):
        data = json.loads(form.select_one("script.quiz-data").string)
        for fieldset in form.select("fieldset.quiz-question"):
            answer = data[fieldset["data-question"]]
            questions += 1
            href = answer["evidence"]["href"]
            anchor = href.split("#", 1)[1]
            per_sentence[anchor] += 1
            asked.add(anchor.split("-", 1)[0])
            if fieldset.select_one("input[type=checkbox]"):
                continue
            single += 1
            lengths = [len(" ".join(t.get_text().split())) for t in fieldset.select(".quiz-text")]
            (key,) = answer["correct"]
            if all(lengths[key] > n for i, n in enumerate(lengths) if i != key):
                longest += 1
    from bs4 import BeautifulSoup

    full_text = BeautifulSoup((reading / "full-text.html").read_text(encoding="utf-8"), "html.parser")
    paragraphs = len({el["id"] for el in full_text.find_all(id=_PARAGRAPH)})
    top, top_count = per_sentence.most_common(1)[0] if per_sentence else ("", 0)
    return QuizFigures(questions, single, longest, top, top_count, paragraphs, tuple(sorted(asked, key=lambda p: int(p[1:]))))


def item_figures(seeds: Path) -> str:
    """The item-writing figures of every reading under `seeds`, one block per reading."""
    from guided_reading.builder.site_build import load_all
    from guided_reading.features.quizzes.checks import figures_report
    from guided_reading.features.quizzes.questions import item_bank

    blocks = []
    for ctx in load_all(seeds):
        quizzes = ctx.features.get("quizzes") or {}
        blocks.append(f"{ctx.slug}: item-writing figures\n" + figures_report(item_bank(ctx, dict(quizzes))))
    return "\n".join(blocks)


def blind_sheet(folder: Path, sheet: Path) -> int:
    """Write the blind sheet of the reading in `folder` and its key; return the number of items."""
    from guided_reading.builder.site_build import prepare
    from guided_reading.core.shared import QUIZZES, WORD_WORK

    ctx = prepare(folder)
    lines: list[str] = []
    key: dict[str, dict[str, object]] = {}
    for group, handle in (("quiz", QUIZZES), ("word work", WORD_WORK)):
        for quiz in (handle.state(ctx) or {}).values():
            for placed in quiz.questions:
                tag, question = f"q{len(key) + 1}", placed.question
                lines.append(f"{tag} ({'choose ALL that apply' if question.multiple else 'choose ONE'}): {question.prompt}")
                lines += [f"   {'ABCDEF'[i]}. {choice.text}" for i, choice in enumerate(placed.choices)]
                lines.append("")
                n = len(placed.choices)
                key[tag] = {
                    "group": group, "multiple": question.multiple, "options": n,
                    "right": [i for i, choice in enumerate(placed.choices) if choice.correct],
                    "chance": 1 / (2**n - 1) if question.multiple else 1 / n,
                }
    sheet.write_text("\n".join(lines), encoding="utf-8")
    sheet.with_name(sheet.name + ".key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    return len(key)


if __name__ == "__main__":
    if sys.argv[1] == "--items":
        print(item_figures(Path(sys.argv[2])))
    elif sys.argv[1] == "--blind":
        print(f"{blind_sheet(Path(sys.argv[2]), Path(sys.argv[3]))} items written to {sys.argv[3]}")
    else:
        print(measure(Path(sys.argv[1])).report())
