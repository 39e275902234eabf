"""The features whose findings other features and the pages read, each as a typed handle.

A feature never imports another: it reads another's findings through the handle here (`QUIZZES.state(ctx)`),
and the types of those findings live in the core beside it. A feature's own package registers the handle
(`handle = QUIZZES`) and declares the ones it reads in `after` (or `needs`).
"""
from __future__ import annotations

from .cited import Cited
from .figures import PlacedFigure
from .handle import Handle
from .plain import PlainText
from .quiz import Quiz
from .terms import TermMatcher
from .written import PlacedPrompt

PLAIN_VERSIONS: Handle[dict[str, PlainText]] = Handle("plain_versions")
FIGURES: Handle[list[PlacedFigure]] = Handle("figures")
GLOSSARY: Handle[TermMatcher] = Handle("glossary")
QUIZZES: Handle[dict[str, Quiz]] = Handle("quizzes")  # by quiz id: a part's id, or FINAL
WORD_WORK: Handle[dict[str, Quiz]] = Handle("word_work")  # a gap-fill exercise per part, by part id
WRITING: Handle[dict[str, list[PlacedPrompt]]] = Handle("writing")  # by part id, or FINAL
SOURCES: Handle[dict[str, list[Cited]]] = Handle("sources")  # what rests on each source, by source id
STUDENT_WORK: Handle[bool] = Handle("student_work")
