"""The typed shape of edition.yml that the core owns: the marks of every text field, the keys every reading
has (its metadata, layout, repairs, themes, …), and the base of the keys each feature adds.

The whole edition's model is made from these and the registry (features/__init__.py `Edition`): the core's
keys, then each feature's `schema`, the keys that feature adds. A feature's models live in its folder
(`features/<name>/schema.py`); the models more than one feature reads live in core/shared_schema.py.
"""
from __future__ import annotations

from typing import Annotated, Generic, Literal, Self, TypeVar, cast

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


class HelpLine(Strict):
    where: Plain  # "United States", "Anywhere else"
    name: Plain
    contact: Plain  # numbers and hours, written out: they are printed
    url: Url | None = None


class EditionCore(Strict):
    """The keys of every edition, whatever its features: the core reads these, typed, on `ctx.edition`."""

    status: Literal["draft", "published"]
    meta: Meta
    source: SourceLayout = SourceLayout()
    content_note: Prose | None = None
    repairs: list[Repair] = []
    sic: list[Sic] = []
    themes: list[Theme] = []
    # What the editor still has to do (drafts only): the draft banner lists each item.
    todo: list[Plain] = []
    # Printed with the content note, where a link to the help page cannot be followed.
    help_lines: list[HelpLine] = []


class EditionPart(Strict):
    """The keys one feature adds to the edition (the feature's `schema`, in its folder's schema.py).

    The edition's model is made with every feature's part as a base (core/edition_model.py), so an edition
    is an instance of each part: `GlossaryKeys.of(ctx.edition).glossary` is typed, and checked.
    """

    @classmethod
    def of(cls, edition: EditionCore) -> Self:
        seen: object = edition  # the edition's model has both as bases, which its static type cannot say
        if not isinstance(seen, cls):
            raise TypeError(f"{type(edition).__name__} has no keys of {cls.__name__}: is its feature in the registry?")
        return seen


T = TypeVar("T")


class EditionKey(Generic[T]):
    """One feature's key as the core and the other features read it, typed (core/shared.py), where the
    feature's own part (its schema.py) cannot be imported; a test checks each against the edition's model."""

    def __init__(self, key: str) -> None:
        self.key = key

    def of(self, edition: EditionCore) -> T:
        return cast(T, getattr(edition, self.key))

    def __repr__(self) -> str:
        return f"EditionKey({self.key!r})"
