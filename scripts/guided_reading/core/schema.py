"""The typed shape of edition.yml: what the people who edit a reading decide about it."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .text_policy import ADDRESS, FACTS, IDENTIFIER, MARKDOWN, PLAIN, QUOTE, check_inline_markdown

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$"), PLAIN, IDENTIFIER]
# Every editorial string is one of two kinds (see text_policy.py and docs/authoring.md):
# Plain: shown as text wherever it goes, whatever characters it holds.
Plain = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), PLAIN]
# Prose: inline Markdown (emphasis, code, links to http(s) or pages of the site); raw HTML is refused.
Prose = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_inline_markdown), MARKDOWN]
# Words of the op-ed, which the build finds in it (a quote, the opening words of a paragraph, a term).
Quote = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), PLAIN, QUOTE]
# Text that may state a fact: the citation rule reads it (a number or a date in it names a source).
PlainFact = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), PLAIN, FACTS]
ProseFact = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_inline_markdown), MARKDOWN, FACTS]
# Characters that could end an attribute or a Markdown link are refused in addresses.
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s\"'<>`\\{}|^]+$"), PLAIN, ADDRESS]


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
    # What the publisher printed with the op-ed for the record (a correction, a translator's credit), shown on "About this text".
    publisher_notes: list[Plain] = []


class SourceLayout(Strict):
    body_starts_at: Quote | None = None
    headings: list[Quote] = []
    # How the body is laid out (see clean.split_layout) and where it ends.
    body_ends_before: Quote | None = None  # the first line after the body: a signature, a note about the author
    paragraphs: Literal["blank-lines", "lines", "indented"] = "blank-lines"
    lists: bool = False  # lines opening with "1.", "-", "*", "•", "[1]" or "|" are items of their own
    questions: Quote | None = None  # the label that opens an interviewer's question, e.g. "Q:"
    answers: Quote | None = None  # the label that opens an answer, e.g. "A:"


class JoinRepair(Strict):
    id: Id
    kind: Literal["join"]
    before: Quote
    after: Quote
    reason: Plain


class ReplaceRepair(Strict):
    id: Id
    kind: Literal["replace"]
    find: Quote
    replace: Annotated[str, PLAIN, QUOTE]
    count: int = 1
    reason: Plain


class OmitRepair(Strict):
    """A paragraph of the page the op-ed was copied from that is not the op-ed's: a pull quote, a caption, a newsletter line."""

    id: Id
    kind: Literal["omit"]
    paragraph: Quote  # the whole paragraph (or list item) as it stands in source.txt
    keep_first: bool = False  # it occurs more than once: the first copy stays, the others are left out
    reason: Plain


Repair = Annotated[JoinRepair | ReplaceRepair | OmitRepair, Field(discriminator="kind")]


class Sic(Strict):
    word: Quote
    note: Plain


class Theme(Strict):
    id: Id
    title: Plain
    starts_at: Quote
    intro: Prose
    objectives: list[Prose] = Field(min_length=1)


class Link(Strict):
    title: Plain
    url: Url


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


class FurtherReading(Strict):
    id: Id
    organisation: Plain
    title: Plain
    url: Url
    kind: Literal["data", "report", "law", "organisation", "teaching resource"]
    why: PlainFact
    themes: list[Id] = []  # theme pages it closes; empty: only on the further-reading page
    sources: list[Id] = []  # what the `why` rests on


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


GuideSection = Literal["overview", "objectives", "before", "during", "after"]


class LessonStep(Strict):
    # Fixed minutes; with `reads`, the minutes on top of the reading; with `rest`, the least it may take.
    minutes: int | None = Field(default=None, ge=1, le=60)
    title: Plain
    activity: PlainFact
    # Paragraphs the students read in this step: their reading time at the class's level is added.
    reads: list[int] = []
    pace: Literal["read", "annotate"] = "read"  # annotating (marks, notes) is slower than reading
    rest: bool = False  # takes what is left of the lesson
    # Materials the step uses; the guide links them and says where they are ("above", "on the worksheet").
    uses: list[Literal["handout", "worksheet", "figure-tracker", "claims-table", "grids", "written-task", "vocabulary",
                       "before-reading", "discussion", "homework", "key-figures", "final-quiz", "answer-key", "glossary", "help"]] = []
    sources: list[Id] = []


class ClaimCheck(Strict):
    claim: PlainFact  # the author's claim, in our words
    evidence: PlainFact  # what the author offers for it
    ask: PlainFact  # what a careful reader should ask
    # Where the op-ed makes the claim, by quote; the tables show their paragraphs as "¶ n".
    quotes: list[Quote] = Field(min_length=1)
    sources: list[Id] = []


class HomeworkTask(Strict):
    id: Id
    title: Plain
    task: Prose
    minutes: int = Field(ge=5, le=120)  # about how long it takes at home
    worksheet: bool = False  # printed on the worksheet with lines to write on


class Lesson(Strict):
    steps: list[LessonStep] = Field(min_length=1)
    homework: Id | None = None  # one task from teacher.homework


class LessonPlan(Strict):
    id: Id
    title: Plain
    summary: Prose
    minutes: int = Field(default=50, ge=20, le=120)  # the length of each lesson
    lessons: list[Lesson] = Field(min_length=1)


class Grid(Strict):
    """A blank grid for the worksheet: a heading for each column, a label for each row."""

    id: Id
    title: Plain
    instructions: Prose
    columns: list[Plain] = Field(min_length=2)
    rows: list[Plain] = Field(min_length=1)


class HelpLine(Strict):
    where: Plain  # "United States", "Anywhere else"
    name: Plain
    contact: Plain  # numbers and hours, written out: they are printed
    url: Url | None = None


class TeacherGuide(Strict):
    overview: ProseFact
    objectives: list[ProseFact] = Field(min_length=1)
    preteach: list[Id] = []  # glossary ids
    before: list[ProseFact] = []
    during: list[ProseFact] = []
    after: list[ProseFact] = []
    lesson: list[LessonStep] = []
    claims: list[ClaimCheck] = []
    # Lesson plans, handout and worksheet (see docs/authoring.md, "Teacher's guide").
    class_grade: int = Field(default=10, ge=1, le=16)  # the class's reading level (US grade), for the timings
    plans: list[LessonPlan] = []
    homework: list[HomeworkTask] = []
    handout_questions: list[Id] = []  # discussion ids for the student copy; default: the first three
    grids: list[Grid] = []
    # What the passages of each section rest on, by section.
    sources: dict[GuideSection, list[Id]] = {}


class PlainVersion(Strict):
    starts_at: Quote  # the opening words of the paragraph it explains
    text: Plain  # the paragraph in plain words: grade 9 or below, no longer than the paragraph
class WrittenPrompt(Strict):
    """A question answered in a few sentences, kept on the device and compared with a strong answer."""

    id: Id
    part: Id  # a theme id, or "final" for the final quiz page
    prompt: Plain
    evidence: list[Quote] = Field(min_length=1)  # quotes from the op-ed the answer rests on
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
    # What a reader should know about the op-ed's numbers as a whole, above the "then and now" cards on
    # the reading's home (e.g. that it gives no dates or report titles); none: a general line.
    figures_intro: Prose | None = None
    # Quizzes by theme id, and "final" for the quiz on the whole op-ed.
    quizzes: dict[Id, list[Question]] = {}
    # Word work by theme id: gap-fills whose prompt is a sentence of the op-ed with one gap (_____).
    word_work: dict[Id, list[Question]] = {}
    discussion: list[Discussion] = []
    further_reading: list[FurtherReading] = []
    teacher: TeacherGuide | None = None
    # What the editor still has to do (drafts only): the draft banner lists each item.
    todo: list[Plain] = []
    # A plain version of each paragraph, found by the paragraph's opening words (like themes' starts_at).
    plain_versions: list[PlainVersion] = []
    # Printed with the content note, where a link to the help page cannot be followed.
    help_lines: list[HelpLine] = []
    sources: list[Source] = []  # every source of the edition's own statements (sources.py)
    # Written answers, shown on their part's page (or the final quiz page) and gathered on My work.
    writing: list[WrittenPrompt] = []


# Lists whose items carry an `id` that must be unique within the list.
ID_LISTS = ("repairs", "themes", "glossary", "figures", "discussion", "further_reading", "writing")
