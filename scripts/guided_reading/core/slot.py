"""The places of a page where a feature can add sections to pages that are not its own."""
from __future__ import annotations

from enum import Enum


class Slot(Enum):
    """A place of a page. A misspelt slot is an AttributeError at import, never a section that silently renders nothing."""

    HOME = "home"  # the reading's home
    PART = "part"  # the end of a part page; the key is the part's id
    FINAL = "final"  # the final quiz page
    READER_OPTIONS = "reader-options"  # the reading-help bar above the text (a switch)
    TEACHER_GUIDE = "teacher-guide"  # the teacher's guide
    ANSWER_KEY = "answer-key"  # the answer key: the key "" is its opening, a part's id (or "final") that part's answers
    HANDOUT = "handout"  # the printed handout, after the text
    WORKSHEET = "worksheet"  # the printed worksheet
    MY_WORK = "my-work"  # the student's My work page, after the saved answers
    HAND_IN = "hand-in"  # the teacher's Hand-in page, after the class table
