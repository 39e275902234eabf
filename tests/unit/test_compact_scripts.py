"""Built scripts lose comments and the spaces a browser never needs, and nothing else: every script of ours
(docs/assets and each feature's assets/ folder) parses (Acorn, in Node) to the same syntax tree before and after."""
from __future__ import annotations

import json
import subprocess

import pytest

from compact_assets import ScriptSyntaxError, compact, compact_script
from guided_reading.builder.feature_assets import our_asset_sources
from support import ROOT

# Reads [[source, compacted], ...] on stdin; prints, for each pair, whether both parse to the same tree
# (positions left out: they are all the two may differ in).
SAME_TREE = """
const acorn = require(process.argv[1]);
const pairs = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const tree = (text) => JSON.stringify(acorn.parse(text, { ecmaVersion: "latest", sourceType: "script" }),
  (key, value) => (key === "start" || key === "end" ? undefined : value));
console.log(JSON.stringify(pairs.map(([a, b]) => { try { return tree(a) === tree(b); } catch (e) { return String(e); } })));
"""


def same_trees(pairs: list[tuple[str, str]]) -> list[object]:
    run = subprocess.run(
        ["node", "-e", SAME_TREE, str(ROOT / "node_modules" / "acorn")],
        input=json.dumps(pairs), capture_output=True, text=True, check=True,
    )
    return list(json.loads(run.stdout))


CASES = {
    # strings, regular expressions and templates keep what looks like a comment
    'var a = "// no", b = \'/* no */\';  // yes\n': 'var a="// no",b=\'/* no */\';',
    "var r = /\\/\\/[/*]x/g, s = a / b / c;\n": "var r=/\\/\\/[/*]x/g,s=a/b/c;",
    "function f(r, s) {\n  if (r.test(s)) /* why */ return /x/.exec(s);\n}\n": "function f(r,s){if(r.test(s))return/x/.exec(s);}",
    "var t = `a  // ${ {k: `in ${1}`}.k }  /* b */`;\n": "var t=`a  // ${{k:`in ${1}`}.k}  /* b */`;",
    "// a `quoted` word and it's fine\nvar x = 1;\n": "var x=1;",
    # a line break can end a statement: it stays, and only one is kept
    "function f() {\n  var a = b\n\n\n(c)\n  return\n  x\n}\n": "function f(){var a=b\n(c)\nreturn\nx\n}",
    "a\n/* one\n two */ ++b\n": "a\n++b",
    "call(a,\n  b);\n": "call(a,b);",
    # tokens that would run together keep a space
    "a + +b; c - -d; e++ + f; g < !h; i-- > j; k ? .5 : 1; 1 .toString();\n": "a+ +b;c- -d;e++ +f;g< !h;i-- >j;k? .5:1;1 .toString();",
    "var f = /x/g in o, g = typeof x, h = void 0;\n": "var f=/x/g in o,g=typeof x,h=void 0;",
    "x = a ? b : c; y = a?.b ?? c; z = [...a]; w = (q) => q ** 2;\n": "x=a?b:c;y=a?.b??c;z=[...a];w=(q)=>q**2;",
    "var s = 'it\\'s', d = \"a \\\" b\", l = 'one \\\ntwo';\n": "var s='it\\'s',d=\"a \\\" b\",l='one \\\ntwo';",
    "var n = 0x1F + 1e-3 + .5 + 2.;\n": "var n=0x1F+1e-3+.5+2.;",
}


def test_each_case_compacts_as_written_and_keeps_its_tree() -> None:
    for source, expected in CASES.items():
        assert compact_script(source) == expected, source
    assert same_trees([(source, compact_script(source)) for source in CASES]) == [True] * len(CASES)


def test_the_tree_check_catches_a_change() -> None:
    changed = [("a\n++b", "a++\nb"), ("function f() { return\nx }", "function f() { return x }"), ("a = b\n(c)", "a = b;(c)")]
    assert same_trees(changed) == [False] * 3
    assert same_trees([("a\n++b", "a++b")]) != [True]  # a syntax error is not the same tree either


def test_every_script_of_ours_keeps_its_syntax_tree() -> None:
    scripts = [p for p in our_asset_sources(ROOT / "docs").values() if p.suffix == ".js"]
    assert len(scripts) >= 15
    pairs = [(p.read_text(encoding="utf-8"), compact(p.read_text(encoding="utf-8"), "js")) for p in scripts]
    results = same_trees(pairs)
    assert [(p.name, r) for p, r in zip(scripts, results, strict=True) if r is not True] == []
    # and it is smaller: the comments are gone
    assert all(len(b) < len(a) for a, b in pairs)


def test_a_licence_notice_that_opens_the_file_is_kept() -> None:
    assert compact("/*! Library 1.0 (MIT licence) */\n/* a note */\nvar a = 1;\n", "js") == "/*! Library 1.0 (MIT licence) */\nvar a=1;"
    assert compact("/*! Notice */\n.a { color: red; }\n", "css") == "/*! Notice */\n.a{color:red}"


@pytest.mark.parametrize("broken", ['var a = "open', "var a = `open", "/* open", "var r = /open", "a = `${ b `"])
def test_a_script_that_does_not_end_is_an_error_not_a_guess(broken: str) -> None:
    with pytest.raises(ScriptSyntaxError):
        compact_script(broken)

