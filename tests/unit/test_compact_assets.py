"""The built stylesheets and scripts leave out comments and indentation, and nothing else."""
from __future__ import annotations

from mkdocs_hooks import compact


def test_css_loses_comments_and_indentation_only() -> None:
    css = "/* a note */\n.quiz {\n  color: red; /* why */\n}\n\n\n  .x::before { content: \"a  b\"; }\n"
    assert compact(css, "css") == '.quiz {\ncolor: red; \n}\n.x::before { content: "a  b"; }'


def test_a_script_loses_whole_line_comments_and_keeps_code_beside_a_comment() -> None:
    js = (
        '/* Header\n   more */\n(function () {\n  // a note\n  var a = "/* not a comment */"; /* kept: code before it */\n'
        "  /* one */ call(); /* two */\n  return a; // kept: code before it\n})();\n"
    )
    assert compact(js, "js") == (
        '(function () {\nvar a = "/* not a comment */"; /* kept: code before it */\n/* one */ call(); /* two */\n'
        "return a; // kept: code before it\n})();"
    )


def test_a_script_with_a_template_literal_or_a_continued_line_is_kept_whole() -> None:
    for js in ("var a = `\n  // inside\n`;\n", 'var a = "one \\\n  // two";\n'):
        assert compact(js, "js") == js
