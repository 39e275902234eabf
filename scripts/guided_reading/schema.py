"""The typed shape of edition.yml: what the people who edit a reading decide about it."""
from __future__ import annotations

from typing import Annotated, Literal, Union

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


Repair = Annotated[Union[JoinRepair, ReplaceRepair], Field(discriminator="kind")]


class Sic(Strict):
    word: Text
    note: Text


class Theme(Strict):
    id: Id
    title: Text
    starts_at: Text
    intro: Text
    objectives: list[Text] = Field(min_length=1)


class Edition(Strict):
    status: Literal["draft", "published"]
    meta: Meta
    source: SourceLayout = SourceLayout()
    content_note: Text | None = None
    repairs: list[Repair] = []
    sic: list[Sic] = []
    themes: list[Theme] = []


# Lists whose items carry an `id` that must be unique within the list.
ID_LISTS = ("repairs", "themes")
