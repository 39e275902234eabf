"""The typed shape of edition.yml: what the people who edit a reading decide about it."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Publisher(Strict):
    name: Text
    url: Url | None = None


class Meta(Strict):
    title: Text
    short_title: Text | None = None  # for the navigation; default: the title up to a colon
    author: Text
    affiliation: Text | None = None
    publisher: Publisher | None = None
    published: Text | None = None
    keywords: list[Text] = []
    summary: Text
    audience: Text = "Readers aged 15 and over, in class or on their own."


class SourceLayout(Strict):
    body_starts_at: Text | None = None
    headings: list[Text] = []


class JoinRepair(Strict):
    id: Id
    kind: Literal["join"]
    before: Text
    after: Text
    reason: Text


class ReplaceRepair(Strict):
    id: Id
    kind: Literal["replace"]
    find: Text
    replace: str
    count: int = 1
    reason: Text


Repair = Annotated[JoinRepair | ReplaceRepair, Field(discriminator="kind")]


class Sic(Strict):
    word: Text
    note: Text


class Theme(Strict):
    id: Id
    title: Text
    starts_at: Text
    intro: Text
    objectives: list[Text] = Field(min_length=1)


class Link(Strict):
    title: Text
    url: Url


class GlossaryEntry(Strict):
    id: Id
    term: Text
    forms: list[Text] = []  # aliases and inflections, matched like the term itself
    short: str = ""  # one or two sentences, at most 40 words: the tooltip; empty = still to write (drafts only)
    note: Text | None = None
    source: Link | None = None
    # false: a word the notes and questions need although the op-ed never uses it (listed, never linked)
    in_text: bool = True


class SourceFigure(Strict):
    name: Text
    year: int
    url: Url
    measured: Text  # what the source actually measured, in our words


class LatestFigure(Strict):
    figure: Text
    date: Text
    text: Text
    source: Link


class Figure(Strict):
    id: Id
    quote: Text  # the claim as it stands in the op-ed
    label: Text
    source: SourceFigure | None = None  # None when the op-ed gives no source that can be traced
    latest: LatestFigure | None = None
    note: Text  # how to read the number


class Choice(Strict):
    text: Text
    correct: bool = False


class Question(Strict):
    id: Id
    prompt: Text
    multiple: bool = False  # "choose all that apply"
    skill: Literal["recall", "vocabulary", "argument", "evidence"]
    choices: list[Choice]
    explanation: Text
    evidence: Text  # a quote from the op-ed


class Discussion(Strict):
    id: Id
    question: Text
    points: list[Text] = Field(min_length=1)  # what a strong answer covers
    paragraphs: list[int] = []


class FurtherReading(Strict):
    id: Id
    organisation: Text
    title: Text
    url: Url
    kind: Literal["data", "report", "law", "organisation", "teaching resource"]
    why: Text
    themes: list[Id] = []  # theme pages it closes; empty: only on the further-reading page


class LessonStep(Strict):
    minutes: int = Field(ge=1, le=60)
    title: Text
    activity: Text


class ClaimCheck(Strict):
    claim: Text  # the author's claim, in our words
    evidence: Text  # what the author offers for it
    ask: Text  # what a careful reader should ask
    paragraphs: list[int] = Field(min_length=1)


class TeacherGuide(Strict):
    overview: Text
    objectives: list[Text] = Field(min_length=1)
    preteach: list[Id] = []  # glossary ids
    before: list[Text] = []
    during: list[Text] = []
    after: list[Text] = []
    lesson: list[LessonStep] = []
    claims: list[ClaimCheck] = []


class Edition(Strict):
    status: Literal["draft", "published"]
    meta: Meta
    source: SourceLayout = SourceLayout()
    content_note: Text | None = None
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


# Lists whose items carry an `id` that must be unique within the list.
ID_LISTS = ("repairs", "themes", "glossary", "figures", "discussion", "further_reading")
