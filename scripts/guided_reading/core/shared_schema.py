"""The parts of the edition that more than one feature reads, or that a type of the core holds (a glossary
entry in the term matcher, a figure in a placed figure, a question in a quiz). Each feature's key that holds
them is declared in that feature's schema.py; the others read it through core/shared.py's typed keys.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .schema import Id, Link, Plain, PlainFact, Prose, ProseFact, Quote, Strict, Url
from .text_policy import FACTS, PLAIN


class GlossaryEntry(Strict):
    id: Id
    term: Quote
    forms: list[Quote] = []  # aliases and inflections, matched like the term itself
    short: Annotated[str, PLAIN, FACTS] = ""  # one or two sentences, at most 40 words: the tooltip; empty = still to write (drafts only)
    note: ProseFact | None = None
    sources: list[Id] = []  # ids under the edition's `sources:` that the short definition and the note rest on
    # false: a word the notes and questions need although the op-ed never uses it (listed, never linked)
    in_text: bool = True
    # true: a term the argument turns on; it is linked on every page before rarer words fill the gloss budget
    key: bool = False


class SourceFigure(Strict):
    name: Plain
    year: int
    url: Url
    measured: Prose  # what the source actually measured, in our words


class LatestFigure(Strict):
    figure: Plain
    date: Plain
    text: Prose
    source: Link
    # The report the figure comes from, by name, when `source` links to a report of it (a newspaper):
    # the figure is cited to the report, "reported by" the source.
    report: Plain | None = None


class JudgeFirst(Strict):
    """Asks for the reader's judgement before the callout's verdict opens (see written answers in authoring.md)."""

    prompt: Plain = "Before you open it: is this number supported by a source?"
    choices: list[Plain] = Field(
        default=["Yes: a source supports it", "No: no source supports it", "I can't tell yet"], min_length=2, max_length=6
    )


class Figure(Strict):
    id: Id
    quote: Quote  # the claim as it stands in the op-ed
    label: Plain
    source: SourceFigure | None = None  # None when the op-ed gives no source that can be traced
    latest: LatestFigure | None = None
    note: ProseFact  # how to read the number
    sources: list[Id] = []  # what the note rests on (the `source` and `latest` addresses must also be under `sources:`)
    # The reader predicts before the callout opens. Figures with no source always ask, with the default prompt.
    judge: JudgeFirst | None = None


class Choice(Strict):
    text: Plain
    correct: bool = False
    why: Plain | None = None  # why this wrong option is wrong: shown when a reader picks it
    # What a wrong option is, so that it tempts a reader who has not read (docs/authoring.md, "Writing items"):
    # a misreading of the words in `quote`; a point the op-ed makes elsewhere (`quote`), true but no answer here;
    # a common misconception, documented by the source `source`; or a half-truth.
    kind: Literal["misreading", "elsewhere", "misconception", "half-truth"] | None = None
    quote: Plain | None = None  # words of the op-ed the option misreads or repeats
    source: Id | None = None  # an id under `sources:` that documents the misconception


class Question(Strict):
    id: Id
    prompt: Plain
    multiple: bool = False  # "choose all that apply"
    ordered: bool = False  # the choices are a scale (never, once, twice…): shown in the order written, not shuffled
    skill: Literal["recall", "vocabulary", "argument", "evidence"]
    choices: list[Choice]
    explanation: Plain
    evidence: Quote  # a quote from the op-ed


class Discussion(Strict):
    id: Id
    question: PlainFact
    points: list[PlainFact] = Field(min_length=1)  # what a strong answer covers
    # Quotes from the op-ed that the question is about; the pages show their paragraphs as "¶ n".
    quotes: list[Quote] = []
    sources: list[Id] = []  # what the points a strong answer covers rest on


class WrittenPrompt(Strict):
    """A question answered in a few sentences, kept on the device and compared with a strong answer."""

    id: Id
    part: Id  # a theme id, or "final" for the final quiz page
    prompt: Plain
    evidence: list[Quote] = Field(min_length=1)  # quotes from the op-ed the answer rests on
    points: list[Plain] = Field(min_length=1)  # what a strong answer covers
    min_words: int = Field(default=40, ge=1, le=400)  # words to write before the strong answer can be shown


# Sources of the edition's own statements: listed once, cited by id, shown on the reading's
# "Where our facts come from" page (features/sources/citations.py checks them, features/sources/page.py lists them).
class Source(Strict):
    id: Id
    title: Plain
    publisher: Plain
    date: Plain | None = None  # as the source gives it: "12 September 2022", "2014"; none for an undated web page
    url: Url | None = None  # none when no address for it has been checked; say so in `note`
    kind: Literal["primary", "secondary"]  # primary: the body that made the estimate or the law; secondary: a report of it
    note: Plain | None = None  # what a reader should know: an older address, a reprint, a part not checked
