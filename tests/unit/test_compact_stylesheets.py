"""Built stylesheets lose comments and the spaces a browser never needs, and nothing else (every stylesheet of
ours is held to the same rules before and after in a browser: tests/browser/test_compacted_assets.py)."""
from __future__ import annotations

from compact_assets import compact_stylesheet


def test_comments_indentation_and_spaces_around_punctuation_go() -> None:
    css = "/* a note */\n.quiz ,\n.x > p {\n  color : red; /* why */\n  margin: 0 auto;\n}\n\n\n"
    assert compact_stylesheet(css) == ".quiz,.x > p{color:red;margin:0 auto}"


def test_spaces_that_mean_something_stay() -> None:
    css = (
        ".a :hover { width: calc(100% - 2rem + 1px); }\n"
        "@media screen and (max-width: 600px) { .b { font: 1rem/1.4 a, b; } }\n"
        ".c { margin: 1px/**/2px; }\n"
    )
    assert compact_stylesheet(css) == (
        ".a :hover{width:calc(100% - 2rem + 1px)}"
        "@media screen and (max-width: 600px){.b{font:1rem/1.4 a,b}}"
        ".c{margin:1px 2px}"
    )


def test_strings_are_kept_as_written() -> None:
    css = '.q::before { content: "a ;  } /* b */"; }\n.r::after { content: \'x  ,  y\' }\n'
    assert compact_stylesheet(css) == '.q::before{content:"a ;  } /* b */"}.r::after{content:\'x  ,  y\'}'


def test_custom_properties_and_values_with_var_are_kept_as_written() -> None:
    """The browser keeps such values as text until it substitutes the variables (and a script may read them)."""
    css = ".a {\n  --font:  x , y;\n  background: mix(in srgb, var(--c) 12%, white);\n  margin : 0 , 1px;\n}\n"
    assert compact_stylesheet(css) == ".a{--font:  x , y;background: mix(in srgb, var(--c) 12%, white);margin:0,1px}"
