"""Errors a user can cause: each one prints as a single line naming file, line and key."""
from __future__ import annotations

from pathlib import Path


def shown_path(file: Path | str) -> str:
    """A path as a message shows it: relative to the folder the command runs in, when it lies inside it."""
    path = Path(file)
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            pass
    return str(file)


class ReadingError(Exception):
    """A mistake in a reading's input, reported as `file:line: key: message`."""

    def __init__(self, file: Path | str, message: str, *, line: int | None = None, key: str | None = None):
        self.file = shown_path(file)
        self.line = line
        self.key = key
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"

    @property
    def problems(self) -> list[ReadingError]:
        return [self]


class ReadingProblems(ReadingError):
    """Several mistakes found in one run, reported together as MkDocs reports its config errors: one line each."""

    def __init__(self, problems: list[ReadingError]):
        flat = [p for problem in problems for p in problem.problems]
        flat.sort(key=lambda p: (p.file, p.line or 0))
        self.all = flat
        first = flat[0]
        super().__init__(first.file, first.message, line=first.line, key=first.key)

    @property
    def problems(self) -> list[ReadingError]:
        return self.all

    def __str__(self) -> str:
        return "\n".join(ReadingError.__str__(p) for p in self.all)


def raise_all(problems: list[ReadingError]) -> None:
    """Raise what was collected: nothing, the one problem, or all of them together."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ReadingProblems(problems)
