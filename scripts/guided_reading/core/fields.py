"""The edition's text fields, read from the schema's marks (Plain or Prose, and a Role such as QUOTE).

What would otherwise be lists kept by hand comes from here: the authoring guide's table of keys
(`key_table`), the texts the citation rule reads (`stated_texts`), and the fields the hostile tests
attack (`free_text`).
"""
from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union

from pydantic import BaseModel

from .text_policy import ADDRESS, FACTS, IDENTIFIER, MARKDOWN, QUOTE, Role, TextKind

Path = tuple[str | int, ...]


def _annotation(model: type[BaseModel], name: str) -> Any:
    info = model.model_fields[name]
    return typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation


def _marks(annotation: Any) -> tuple[Any, list[Any]]:
    """The type under any `Annotated`, and the marks it carries."""
    marks: list[Any] = []
    while typing.get_origin(annotation) is typing.Annotated:
        annotation, *more = typing.get_args(annotation)
        marks += more
    return annotation, marks


def _options(annotation: Any) -> list[Any]:
    """The types of a union other than None; the type itself otherwise."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        return [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    return [annotation]


def fact_keys(model: type[BaseModel]) -> list[str]:
    """The keys of a model whose text (or list of texts) may state a fact: the fields marked FACTS."""
    found = []
    for name in model.model_fields:
        base, marks = _marks(_annotation(model, name))
        for option in _options(base):
            inner, inner_marks = _marks(option)
            if typing.get_origin(inner) is list:
                inner_marks += _marks(typing.get_args(inner)[0])[1]
            if FACTS in marks + inner_marks:
                found.append(name)
                break
    return found


def stated_texts(entry: BaseModel, path: Path, keys: list[str] | None = None) -> tuple[tuple[Path, str], ...]:
    """(path, text) of each text of one entry that may state a fact (of `keys` only, when given)."""
    out: list[tuple[Path, str]] = []
    for name in fact_keys(type(entry)) if keys is None else keys:
        value = getattr(entry, name)
        if isinstance(value, str):
            out.append(((*path, name), value))
        elif isinstance(value, list):
            out += [((*path, name, k), item) for k, item in enumerate(value)]
    return tuple(out)


def _describe(annotation: Any) -> tuple[str, list[tuple[str, Any]]]:
    """What a key holds, in the guide's words, and the keys under it (for a block of keys or a list of them)."""
    base, marks = _marks(annotation)
    options = _options(base)
    if len(options) > 1 and all(isinstance(o, type) and issubclass(o, BaseModel) for o in options):
        return "a list item of one of several kinds", [(k, o) for o in options for k in o.model_fields]
    if len(options) == 1 and options[0] is not base:
        return _describe(typing.Annotated[options[0], *marks] if marks else options[0])
    if base is str:
        kind = next((m for m in marks if isinstance(m, TextKind)), None)
        roles = {m.name for m in marks if isinstance(m, Role)}
        if "quote" in roles:
            return "words of the op-ed", []
        if "id" in roles:
            return "an id", []
        if "address" in roles:
            return "an http(s) address", []
        words = "Markdown" if kind is MARKDOWN else "plain text"
        return words + (" (a fact: names its sources)" if "facts" in roles else ""), []
    if typing.get_origin(base) is Literal:
        return "one of: " + ", ".join(f"`{a}`" for a in typing.get_args(base)), []
    if base is bool:
        return "true or false", []
    if base is int:
        return "a whole number", []
    if typing.get_origin(base) is list:
        (item,) = typing.get_args(base)
        what, under = _describe(item)
        return f"a list ({what})" if not under else "a list of blocks of keys", under
    if typing.get_origin(base) is dict:
        key, item = typing.get_args(base)
        what, under = _describe(item)
        return f"a block of keys by {_describe(key)[0]} ({what})", under
    if isinstance(base, type) and issubclass(base, BaseModel):
        return "a block of keys", [(k, base) for k in base.model_fields]
    raise TypeError(f"no description for {annotation!r}")


def key_table(model: type[BaseModel]) -> list[tuple[str, str]]:
    """Every key of the model, nested keys written `glossary[].note`, with what it holds."""
    rows: list[tuple[str, str]] = []

    def visit(prefix: str, owner: type[BaseModel], name: str) -> None:
        annotation = _annotation(owner, name)
        what, under = _describe(annotation)
        key = f"{prefix}{name}"
        rows.append((key, what))
        base = _marks(annotation)[0]
        shape = typing.get_origin(_options(base)[0])
        inner = f"{key}.{{id}}[]." if shape is dict else f"{key}[]." if shape is list else f"{key}."
        for child, child_owner in under:
            if (f"{inner}{child}", child_owner) not in seen:
                seen.add((f"{inner}{child}", child_owner))
                visit(inner, child_owner, child)

    seen: set[tuple[str, type[BaseModel]]] = set()
    for name in model.model_fields:
        visit("", model, name)
    merged: dict[str, list[str]] = {}
    for key, what in rows:  # a list item of several kinds: each kind's `kind`
        merged.setdefault(key, [])
        if what not in merged[key]:
            merged[key].append(what)
    return [(key, "; or ".join(whats)) for key, whats in merged.items()]


def field_marks(model: type[BaseModel], path: Path) -> tuple[TextKind, frozenset[Role]] | None:
    """How the text at `path` of an edition's data (keys and list positions) is shown, and its roles;
    None when nothing there is free text (a number, one of a few fixed words, no such key)."""
    annotation: Any = model
    for step in path:
        base, _ = _marks(annotation)
        options = _options(base)
        if isinstance(step, int):
            lists = [o for o in options if typing.get_origin(_marks(o)[0]) is list]
            if not lists:
                return None
            annotation = typing.get_args(_marks(lists[0])[0])[0]
            continue
        models = [o for o in options if isinstance(o, type) and issubclass(o, BaseModel) and step in o.model_fields]
        if models:
            annotation = _annotation(models[0], step)
            continue
        mappings = [o for o in options if typing.get_origin(_marks(o)[0]) is dict]
        if not mappings:
            return None
        annotation = typing.get_args(_marks(mappings[0])[0])[1]
    base, marks = _marks(annotation)
    for option in _options(base):
        inner, inner_marks = _marks(option)
        if inner is str:
            kind = next((m for m in marks + inner_marks if isinstance(m, TextKind)), None)
            return (kind, frozenset(m for m in marks + inner_marks if isinstance(m, Role))) if kind else None
    return None


def free_text(model: type[BaseModel], path: Path) -> TextKind | None:
    """The kind of the text at `path` when an editor writes it freely: not words of the op-ed, an id or an address."""
    marks = field_marks(model, path)
    if marks is None or marks[1] & {QUOTE, IDENTIFIER, ADDRESS}:
        return None
    return marks[0]
