"""The typed shape of edition.yml: what the people who edit a reading decide about it."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .text_policy import MARKDOWN, PLAIN, check_inline_markdown

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"), PLAIN]
# Every editorial string is one of two kinds (see text_policy.py and docs/authoring.md):
# Plain: shown as text wherever it goes, whatever characters it holds.
Plain = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), PLAIN]
# Prose: inline Markdown (emphasis, code, links to http(s) or pages of the site); raw HTML is refused.
Prose = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_inline_markdown), MARKDOWN]
# Characters that could end an attribute or a Markdown link are refused in addresses.
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s\"'<>`\\{}|^]+$"), PLAIN]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Publisher(Strict):
    name: Plain
    url: Url | None = None


class Meta(Strict):
    title: Plain
    short_title: Plain | None = None  # for the navigation; default: the title up to a colon
    author: Plain | None = None  # required to publish; a draft leaves it out when no byline was found
    affiliation: Plain | None = None
    publisher: Publisher | None = None
    published: Plain | None = None
    keywords: list[Plain] = []
    summary: Prose
    audience: Plain = "Readers aged 15 and over, in class or on their own."
    about_the_author: Plain | None = None  # the note about the author, shown on "About this text"


class SourceLayout(Strict):
    body_starts_at: Plain | None = None
    headings: list[Plain] = []
    # How the body is laid out (see clean.split_layout) and where it ends.
    body_ends_before: Plain | None = None  # the first line after the body: a signature, a note about the author
    paragraphs: Literal["blank-lines", "lines", "indented"] = "blank-lines"
    lists: bool = False  # lines opening with "1.", "-", "*", "•", "[1]" or "|" are items of their own
    questions: Plain | None = None  # the label that opens an interviewer's question, e.g. "Q:"
    answers: Plain | None = None  # the label that opens an answer, e.g. "A:"


class JoinRepair(Strict):
    id: Id
    kind: Literal["join"]
    before: Plain
    after: Plain
    reason: Plain


class ReplaceRepair(Strict):
    id: Id
    kind: Literal["replace"]
    find: Plain
    replace: Annotated[str, PLAIN]
    count: int = 1
    reason: Plain


Repair = Annotated[JoinRepair | ReplaceRepair, Field(discriminator="kind")]


class Sic(Strict):
    word: Plain
    note: Plain


class Theme(Strict):
    id: Id
    title: Plain
    starts_at: Plain
    intro: Prose
    objectives: list[Prose] = Field(min_length=1)


class Link(Strict):
    title: Plain
    url: Url


class GlossaryEntry(Strict):
    id: Id
    term: Plain
    forms: list[Plain] = []  # aliases and inflections, matched like the term itself
    short: Annotated[str, PLAIN] = ""  # one or two sentences, at most 40 words: the tooltip; empty = still to write (drafts only)
    note: Prose | None = None
    source: Link | None = None
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


class JudgeFirst(Strict):
    """Asks for the reader's judgement before the callout's verdict opens (see written answers in authoring.md)."""

    prompt: Plain = "Before you open it: is this number supported by a source?"
    choices: list[Plain] = Field(
        default=["Yes: a source supports it", "No: no source supports it", "I can't tell yet"], min_length=2, max_length=6
    )


class Figure(Strict):
    id: Id
    quote: Plain  # the claim as it stands in the op-ed
    label: Plain
    source: SourceFigure | None = None  # None when the op-ed gives no source that can be traced
    latest: LatestFigure | None = None
    note: Prose  # how to read the number
    # The reader predicts before the callout opens. Figures with no source always ask, with the default prompt.
    judge: JudgeFirst | None = None


class Choice(Strict):
    text: Plain
    correct: bool = False
    why: Plain | None = None  # why this wrong option is wrong: shown when a reader picks it


class Question(Strict):
    id: Id
    prompt: Plain
    multiple: bool = False  # "choose all that apply"
    skill: Literal["recall", "vocabulary", "argument", "evidence"]
    choices: list[Choice]
    explanation: Plain
    evidence: Plain  # a quote from the op-ed


class Discussion(Strict):
    id: Id
    question: Plain
    points: list[Plain] = Field(min_length=1)  # what a strong answer covers
    paragraphs: list[int] = []


class FurtherReading(Strict):
    id: Id
    organisation: Plain
    title: Plain
    url: Url
    kind: Literal["data", "report", "law", "organisation", "teaching resource"]
    why: Plain
    themes: list[Id] = []  # theme pages it closes; empty: only on the further-reading page


class LessonStep(Strict):
    minutes: int = Field(ge=1, le=60)
    title: Plain
    activity: Plain


class ClaimCheck(Strict):
    claim: Plain  # the author's claim, in our words
    evidence: Plain  # what the author offers for it
    ask: Plain  # what a careful reader should ask
    paragraphs: list[int] = Field(min_length=1)


class TeacherGuide(Strict):
    overview: Prose
    objectives: list[Prose] = Field(min_length=1)
    preteach: list[Id] = []  # glossary ids
    before: list[Prose] = []
    during: list[Prose] = []
    after: list[Prose] = []
    lesson: list[LessonStep] = []
    claims: list[ClaimCheck] = []


class PlainVersion(Strict):
    starts_at: Plain  # the opening words of the paragraph it explains
    text: Plain  # the paragraph in plain words: grade 9 or below, no longer than the paragraph
class WrittenPrompt(Strict):
    """A question answered in a few sentences, kept on the device and compared with a strong answer."""

    id: Id
    part: Id  # a theme id, or "final" for the final quiz page
    prompt: Plain
    evidence: list[Plain] = Field(min_length=1)  # quotes from the op-ed the answer rests on
    points: list[Plain] = Field(min_length=1)  # what a strong answer covers
    min_words: int = Field(default=40, ge=1, le=400)  # words to write before the strong answer can be shown


class Edition(Strict):
    status: Literal["draft", "published"]
    meta: Meta
    source: SourceLayout = SourceLayout()
    content_note: Prose | None = None
    repairs: list[Repair] = []
    sic: list[Sic] = []
    themes: list[Theme] = []
    glossary: list[GlossaryEntry] = []
    figures: list[Figure] = []
    # Quizzes by theme id, and "final" for the quiz on the whole op-ed.
    quizzes: dict[Id, list[Question]] = {}
    discussion: list[Discussion] = []
    further_reading: list[FurtherReading] = []
    teacher: TeacherGuide | None = None
    # What the editor still has to do (drafts only): the draft banner lists each item.
    todo: list[Plain] = []
    # A plain version of each paragraph, found by the paragraph's opening words (like themes' starts_at).
    plain_versions: list[PlainVersion] = []
    # Written answers, shown on their part's page (or the final quiz page) and gathered on My work.
    writing: list[WrittenPrompt] = []


# Lists whose items carry an `id` that must be unique within the list.
ID_LISTS = ("repairs", "themes", "glossary", "figures", "discussion", "further_reading", "writing")
