"""A feature's typed name: what other features and the pages hold to read what that feature found."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Protocol, TypeVar, cast

StateT = TypeVar("StateT")


class HasFound(Protocol):
    """A reading while or after its features check it: what each feature found, by the feature's key."""

    @property
    def found(self) -> Mapping[str, Any]: ...


class Handle(Generic[StateT]):
    """One feature of the registry, as others refer to it: its key, and the type of what it finds.

    `GLOSSARY.state(ctx)` is the glossary's matcher, typed, or None when the reading has no glossary (or
    the glossary failed its checks). Never look a feature up by a string.
    """

    def __init__(self, key: str) -> None:
        self.key = key

    def state(self, ctx: HasFound) -> StateT | None:
        return cast("StateT | None", ctx.found.get(self.key))

    def present(self, ctx: HasFound) -> bool:
        """Whether the reading has this feature (it found something, and passed its checks)."""
        return self.key in ctx.found

    def failed(self, ctx: HasFound) -> bool:
        """Whether this feature's checks found problems (while the features check a reading)."""
        return self.key in getattr(ctx, "failed", ())

    def __repr__(self) -> str:
        return f"Handle({self.key!r})"
