"""What a test-wise student could exploit, measured on the built quizzes (the "Done when" of the quiz checks)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from quiz_measure import measure

READING = "human-trafficking-networks"


def test_no_length_cue_no_dominant_sentence_every_paragraph_asked(site: Path) -> None:
    figures = measure(site / READING)
    assert figures.single_answer >= 20
    assert figures.longest_share <= 0.35, figures.report()
    assert figures.top_sentence_share <= 0.10, figures.report()
    assert figures.paragraphs_missed == 0, figures.report()


def test_answer_key_letters_follow_the_order_shown_in_the_quiz(site: Path) -> None:
    quiz = BeautifulSoup((site / READING / "quiz.html").read_text(encoding="utf-8"), "html.parser")
    data = json.loads(quiz.select_one("script.quiz-data").string)
    key = BeautifulSoup((site / READING / "answer-key.html").read_text(encoding="utf-8"), "html.parser")
    final = next(h for h in key.select("h2") if h.get_text().startswith("Final quiz")).find_next("ol")
    for fieldset, item in zip(quiz.select("fieldset.quiz-question"), final.find_all("li", recursive=False), strict=True):
        answer = item.find("li").get_text(" ", strip=True)
        letters = re.findall(r"\b([A-F])\. ", answer)
        assert letters == ["ABCDEF"[i] for i in data[fieldset["data-question"]]["correct"]]
        texts = [t.get_text() for t in fieldset.select(".quiz-text")]
        for letter in letters:
            assert texts["ABCDEF".index(letter)] in answer
