"""Smaller built stylesheets and scripts: comments and the spaces a browser never needs are left out.

Nothing else changes. A script is read token by token (strings, template literals, regular expressions and
comments are recognised as such, so a `//` inside a string stays): only the gaps between tokens change. A gap
that held a line break keeps one (a line break can end a statement) unless it follows `;`, `{`, `,`, `(` or `[`;
a gap between two tokens that would otherwise read as something else keeps one space; every other gap goes.
tests/unit/test_compact_scripts.py holds every script of ours (docs/assets, the features' assets/) to the same
syntax tree before and after (Acorn, in Node). A stylesheet loses its comments, its indentation, the spaces around
`{`, `}`, `;`, `,` and after a declaration's `:`, and the `;` before a `}`; strings, custom properties and values
with `var(` are kept as written. tests/browser/test_compacted_assets.py holds every stylesheet of ours to the same
rules in a browser. A `/*! notice */` (a licence) that opens a file is kept.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

# --- Scripts -------------------------------------------------------------------------------------------------

_LINE_BREAK = "\n\r\u2028\u2029"
_PUNCTUATORS = sorted(
    "{ } ( ) [ ] ; , < > <= >= == != === !== + - * % ** ++ -- << >> >>> & | ^ ! ~ && || ?? ? ?. : = += -= *= %= "
    "**= <<= >>= >>>= &= |= ^= &&= ||= ??= => . ... #".split(),
    key=len,
    reverse=True,  # longest first, so that `>>>=` is one token and not `>>` then `>=`
)
_TOKEN = re.compile(
    rf"(?P<newline>[{_LINE_BREAK}]+)"
    r"|(?P<space>[ \t\v\f\u00a0\ufeff]+)"
    rf"|(?P<comment>//[^{_LINE_BREAK}]*|/\*[\s\S]*?\*/)"
    r"""|(?P<string>"(?:[^"\\\n\r]|\\[\s\S])*"|'(?:[^'\\\n\r]|\\[\s\S])*')"""
    r"|(?P<template>`)"
    r"|(?P<number>(?:\d|\.\d)(?:[eE][+-]|[\w.])*)"
    r"|(?P<word>(?:[\w$]|[^\x00-\x7f])+)"
    r"|(?P<slash>/)"
    r"|(?P<punct>\?\.(?!\d)|" + "|".join(re.escape(p) for p in _PUNCTUATORS if p != "?.") + ")"
)
_REGEX = re.compile(rf"/(?:[^/\\\[{_LINE_BREAK}]|\\.|\[(?:[^\]\\{_LINE_BREAK}]|\\.)*\])+/(?:[\w$])*")
_DIVIDE = re.compile(r"/=?")
# The rest of a template from just inside it (after "`" or a "}" that closes a "${"), up to its next "${" or
# its closing "`".
_TEMPLATE_REST = re.compile(r"(?:[^`\\$]|\\[\s\S]|\$(?!\{))*(`|\$\{)")
# After one of these words, a `/` starts a regular expression; after any other word, it divides.
_BEFORE_EXPRESSION = frozenset("return typeof instanceof in of new delete void throw case do else yield await".split())
# After these punctuators a `/` divides; after any other punctuator, it starts a regular expression.
_ENDS_OPERAND = frozenset(")]}")

Token = tuple[str, str, str]  # kind ("word", "number", "punct", "string", "template", "regex"), text, the gap before it


class ScriptSyntaxError(ValueError):
    """The script could not be read: a string, template, comment or regular expression does not end."""


def _script_tokens(text: str) -> list[Token]:
    """The script's tokens, each with the gap before it: "" (none), " " (spaces or comments on one line) or
    "\n" (a line break among them)."""
    tokens: list[Token] = []
    braces: list[bool] = []  # one entry per open "{" or "${": True for a template's "${"
    i, gap, end = 0, "", len(text)
    while i < end:
        match = _TOKEN.match(text, i)
        if match is None:
            raise ScriptSyntaxError(f"a string, or something else, at character {i} does not end ({text[i : i + 20]!r})")
        kind = match.lastgroup or ""
        start, i = i, match.end()
        if kind == "newline":
            gap = "\n"
            continue
        if kind in ("space", "comment"):
            if text.startswith("/*", start) and any(b in match.group() for b in _LINE_BREAK):
                gap = "\n"  # a comment with a line break can end a statement as the line break would
            else:
                gap = gap or " "
            continue
        if kind == "slash":
            if text.startswith("/*", start):
                raise ScriptSyntaxError(f"a comment at character {start} does not end")
            if _regex_allowed(tokens):
                found, kind = _REGEX.match(text, start), "regex"
            else:
                found, kind = _DIVIDE.match(text, start), "punct"
            if found is None:
                raise ScriptSyntaxError(f"a regular expression at character {start} does not end")
            i = found.end()
        elif kind == "template" or (kind == "punct" and match.group() == "}" and braces and braces[-1]):
            if kind == "punct":
                braces.pop()
            rest = _TEMPLATE_REST.match(text, i)
            if rest is None:
                raise ScriptSyntaxError(f"a template literal at character {start} does not end")
            kind, i = "template", rest.end()
            if rest.group(1) == "${":
                braces.append(True)
        elif kind == "punct" and match.group() == "{":
            braces.append(False)
        elif kind == "punct" and match.group() == "}" and braces:
            braces.pop()
        tokens.append((kind, text[start:i], gap))
        gap = ""
    return tokens


def _regex_allowed(tokens: list[Token]) -> bool:
    if not tokens:
        return True
    kind, value, _ = tokens[-1]
    if kind == "word":
        return value in _BEFORE_EXPRESSION
    if kind == "punct":
        return value not in _ENDS_OPERAND
    return False  # after a number, string, template or regular expression, `/` divides


def _needs_space(before: Token, after: Token) -> bool:
    """Whether the two tokens, written with nothing between them, would read as something else."""
    kind_a, a, _ = before
    kind_b, b, _ = after
    if kind_a in ("word", "number", "regex") and kind_b in ("word", "number"):
        return True  # after a regular expression, a word would read as its flags
    if kind_a == "number" and b.startswith("."):
        return True
    last, first = a[-1], b[0]
    return (
        (last in "+-" and first == last)  # a + +b, a - -b
        or (last == "/" and first in "/*")  # a comment would start
        or (last == "<" and first == "!")  # <!-- starts a comment in a script
        or (last == "-" and first == ">")  # --> can too
        or (last == "?" and first == ".")
    )


def compact_script(text: str) -> str:
    tokens = _script_tokens(text)
    out: list[str] = []
    previous = None
    for token in tokens:
        gap = token[2]
        if previous is not None:
            if gap == "\n" and previous[1] not in (";", "{", ",", "(", "["):
                out.append("\n")
            elif gap and _needs_space(previous, token):
                out.append(" ")
        out.append(token[1])
        previous = token
    return "".join(out)


# --- Stylesheets ---------------------------------------------------------------------------------------------

_CSS_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
_CSS_STRINGS = re.compile(f"({_CSS_STRING})")
_CSS_COMMENTS = re.compile(rf"({_CSS_STRING})|/\*.*?\*/", re.DOTALL)
# A string, or what follows a `{` or `;` up to the next `;` or `}` (a declaration, most often).
_CSS_PIECES = re.compile(rf"""({_CSS_STRING}|(?<=[{{;])\s*[-\w]+\s*:(?:[^;{{}}"']|{_CSS_STRING})*)""")
# A custom property (`--font: a, b`) or a value with `var(` is kept as written: the browser keeps such values as
# text until it substitutes the variables, so their spaces are not the browser's to drop.
_CSS_AS_WRITTEN = re.compile(r"^\s*--|var\(")
_CSS_DECLARATION = re.compile(r"^\s*([-\w]+)\s*:\s*")
_CSS_AROUND = re.compile(r"\s*([{};,])\s*")
_CSS_SPACES = re.compile(r"\s+")


def _compact_css_code(code: str) -> str:
    """`code` with each run of white space made one space, and none around `{ } ; ,`; strings as written."""
    parts = _CSS_STRINGS.split(code)
    return "".join(part if n % 2 else _CSS_AROUND.sub(r"\1", _CSS_SPACES.sub(" ", part)) for n, part in enumerate(parts))


def compact_stylesheet(text: str) -> str:
    """Comments out, each run of white space made one space (none around `{ } ; ,`, none after a declaration's
    `:`), and no `;` before a `}`. Strings are kept as written, and so are custom properties and values with
    `var(`."""
    text = _CSS_COMMENTS.sub(lambda m: m.group(1) or " ", text)  # a comment parts what it stands between, as a space does
    parts = _CSS_PIECES.split(text)
    for n, part in enumerate(parts):
        if n % 2 == 0:
            parts[n] = _compact_css_code(part)
        elif part[:1] in "\"'":
            continue
        elif _CSS_AS_WRITTEN.search(part):
            parts[n] = part.strip()
        else:
            declaration = _CSS_DECLARATION.match(part)
            assert declaration is not None
            parts[n] = declaration.group(1) + ":" + _compact_css_code(part[declaration.end() :]).rstrip()
    return "".join(parts).replace(";}", "}").strip()


# --- Either ----------------------------------------------------------------------------------------------------

_NOTICE = re.compile(r"\s*/\*!.*?\*/\n?", re.DOTALL)


def compact(text: str, kind: str) -> str:
    """`text`, a stylesheet ("css") or a script ("js"), compacted. A comment that opens the file with `/*!` (a
    licence notice) is kept."""
    notice = _NOTICE.match(text)
    head, text = (notice.group().strip() + "\n", text[notice.end() :]) if notice else ("", text)
    return head + (compact_stylesheet(text) if kind == "css" else compact_script(text))


class Remembered:
    """`compact`, with what it made remembered between builds in a JSON file (the project's .cache/compacted.json):
    a build compacts only the files whose text changed since the last one. Entries are named by a hash of the
    kind and the text, under a hash of this module's own code, so a change to the rules compacts everything again.
    Entries no build asked for are dropped when the file is saved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
        self.known: dict[str, str] = {}
        self.used: dict[str, str] = {}
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and stored.get("code") == self.code and isinstance(stored.get("texts"), dict):
                self.known = {k: v for k, v in stored["texts"].items() if isinstance(k, str) and isinstance(v, str)}
        except (OSError, ValueError):
            pass

    def __call__(self, text: str, kind: str) -> str:
        name = hashlib.sha256(f"{kind}\n{text}".encode()).hexdigest()
        made = self.known.get(name)
        if made is None:
            made = compact(text, kind)
        self.used[name] = made
        return made

    def save(self) -> None:
        if self.used == self.known:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps({"code": self.code, "texts": self.used}), encoding="utf-8")
            temporary.replace(self.path)
        except OSError:
            pass  # a read-only project builds as well, only without remembering
        self.known = dict(self.used)
