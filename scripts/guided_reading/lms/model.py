"""What a reading gives a learning management system: plain records, with no tie to any format."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str  # why this option is wrong, or why the key is right


@dataclass(frozen=True)
class Item:
    id: str
    prompt: str
    multiple: bool  # "choose all that apply"
    options: tuple[Option, ...]
    explanation: str
    evidence: str  # "¶ 4: “the quote”", where in the op-ed the answer stands
    evidence_url: str | None  # the sentence on the published site, when SITE_URL is set

    @property
    def keys(self) -> tuple[int, ...]:
        return tuple(i for i, option in enumerate(self.options) if option.correct)


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Prompt:
    id: str
    title: str
    text: str
    points: tuple[str, ...]  # what a strong answer covers: the marking guide


@dataclass(frozen=True)
class Topic:
    id: str
    text: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class Link:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Reading:
    slug: str
    title: str
    author: str
    quizzes: tuple[Quiz, ...]
    prompts: tuple[Prompt, ...]
    topics: tuple[Topic, ...]
    links: tuple[Link, ...]  # empty when the site has no address on the web (no SITE_URL)
    site_url: str | None
