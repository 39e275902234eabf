"""Read YAML into plain data while remembering the line of every key and item."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ReadingError

Path_ = tuple[Any, ...]


class LineMap:
    """Maps a data path such as ("themes", 1, "title") to its 1-based line in the file."""

    def __init__(self) -> None:
        self._lines: dict[Path_, int] = {}

    def add(self, path: Path_, line: int) -> None:
        self._lines.setdefault(path, line)

    def line_of(self, path: Path_) -> int | None:
        path = tuple(path)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self._lines.get((), None)


def _convert(node: yaml.Node, path: Path_, lines: LineMap, file: Path) -> Any:
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
            result[key] = _convert(value_node, path + (key,), lines, file)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), lines, file) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def key_path(path: Path_) -> str:
    """("themes", 1, "title") -> "themes[1].title"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def load_yaml(file: Path) -> tuple[Any, LineMap]:
    try:
        raw = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadingError(file, "file not found; every reading needs source.txt and edition.yml") from None
    except UnicodeDecodeError as exc:
        raise ReadingError(file, f"not UTF-8 text (byte {exc.start})") from None
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise ReadingError(file, f"YAML syntax error: {problem}", line=line, key="(syntax)") from None
    lines = LineMap()
    if node is None:
        return {}, lines
    return _convert(node, (), lines, file), lines
