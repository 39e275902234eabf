"""Read YAML into plain data while remembering the line of every key and item."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ReadingError

Path_ = tuple[Any, ...]

# libyaml's parser when PyYAML was built with it: the same nodes and marks, about 15 times faster.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineMap:
    """Maps a data path such as ("themes", 1, "title") to its 1-based line in the file.

    An edition split into several files (see edition_files.py) has one map: each top-level key remembers
    the file it was written in, so that `file_of` and `line_of` point into that file.
    """

    def __init__(self, file: Path | None = None) -> None:
        self.file = file  # the file the map was read from: the edition's main file
        self._lines: dict[Path_, int] = {}
        self._files: dict[str, Path] = {}  # top-level keys written in another file than `file`

    def add(self, path: Path_, line: int) -> None:
        self._lines.setdefault(path, line)

    def line_of(self, path: Path_) -> int | None:
        path = tuple(path)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), None)

    def file_of(self, path: Path_) -> Path | None:
        """The file the first key of `path` was written in; the main file for any other path."""
        path = tuple(path)
        return self._files.get(path[0], self.file) if path and isinstance(path[0], str) else self.file

    def take(self, key: str, other: LineMap) -> None:
        """Adopt the lines of `key` and everything under it from `other`, the map of the file that holds it."""
        for path, line in other._lines.items():
            if path[:1] == (key,):
                self._lines[path] = line
        if other.file is not None:
            self._files[key] = other.file


def _convert(node: yaml.Node, path: Path_, lines: LineMap, file: Path, scalar: _Scalars) -> Any:
    lines.add(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if not isinstance(key_node, yaml.ScalarNode):
                raise ReadingError(file, "a key must be plain text", line=key_node.start_mark.line + 1, key=key_path(path))
            if key in result:
                raise ReadingError(
                    file, "this key appears twice in the same block", line=key_node.start_mark.line + 1, key=key_path(path + (key,))
                )
            lines.add(path + (key,), key_node.start_mark.line + 1)
            result[key] = _convert(value_node, path + (key,), lines, file, scalar)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), lines, file, scalar) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode), node  # yaml composes only mappings, sequences and scalars
    return scalar(node)


class _Scalars:
    """Turns scalar nodes into Python values (int, bool, date, str) with one constructor for the whole file."""

    def __init__(self) -> None:
        self._constructor = yaml.constructor.SafeConstructor()

    def __call__(self, node: yaml.ScalarNode) -> Any:
        return self._constructor.construct_object(node, deep=True)


def looks_like_utf16(data: bytes) -> bool:
    """UTF-16 text (Notepad's "Unicode"): a byte-order mark, or a zero byte in every other place of Latin text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:4096]
    pairs = len(sample) // 2
    return pairs >= 4 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * pairs


def key_path(path: Path_) -> str:
    """("themes", 1, "title") -> "themes[1].title"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _start_of_run_on_key(lines: list[str], line: int) -> int:
    """A key written without its colon ("title abc") runs on into the next line, where YAML notices it.

    Walk back over the lines at the same indentation that hold no colon: the first of them is the mistake.
    """
    def indent(text: str) -> int:
        return len(text) - len(text.lstrip())

    here = lines[line - 1] if line - 1 < len(lines) else ""
    found = line
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip() or indent(text) != indent(here) or ":" in text or text.lstrip().startswith(("-", "#")):
            break
        found = number
    return found


def load_yaml(file: Path, loader: type[yaml.SafeLoader] | None = None) -> tuple[Any, LineMap]:
    """The file's data and the line of each key; `loader` defaults to the C loader where there is one."""
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ReadingError(file, "file not found; every reading needs source.txt and edition.yml") from None
    if looks_like_utf16(data):
        raise ReadingError(file, "is UTF-16 text; save it as UTF-8 (in most editors: Save As, encoding UTF-8)")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = data[: exc.start].count(b"\n") + 1
        raise ReadingError(file, f"not UTF-8 text (byte {exc.start}); save it as UTF-8", line=at) from None
    try:
        node = yaml.compose(raw, Loader=loader or SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket, or a key that runs on, is found on a later line than the mistake:
        # then the context mark is where the mistake is. Otherwise (bad indentation, say) the problem mark is.
        scanning = (exc.context or "").startswith(("while scanning", "while parsing a flow")) and exc.context_mark is not None
        mark = exc.context_mark if scanning else (exc.problem_mark or exc.context_mark)
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        if line and problem.startswith("mapping values are not allowed"):  # libyaml: "... in this context"
            line = _start_of_run_on_key(raw.splitlines(), line)
        raise ReadingError(file, f"YAML syntax error: {problem}", line=line, key="(syntax)") from None
    lines = LineMap(file)
    if node is None:
        return {}, lines
    return _convert(node, (), lines, file, _Scalars()), lines
