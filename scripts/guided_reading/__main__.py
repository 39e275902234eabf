"""Command line: `python -m guided_reading build|generate|check|new|schema`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .builder.site_build import check_all, generate, mkdocs_build
from .core.errors import ReadingError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guided_reading", description=__doc__)
    parser.add_argument("command", choices=["build", "generate", "check", "new", "schema"])
    parser.add_argument("source", nargs="?", type=Path, help="with `new`: the op-ed as a UTF-8 text file")
    parser.add_argument("--slug", help="with `new`: the reading's folder name and address, e.g. school-start-times")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument("--site-dir", type=Path, default=None, help="where to build (default: ROOT/site)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if args.command == "schema":
            from .core.edition_schema import PARTS_FOLDER, write_schema
            from .features import Edition

            print(f"wrote {write_schema(root, Edition).relative_to(root)}, and in {PARTS_FOLDER}/ the schema of each key a split file may hold")
            return 0
        if args.command == "new":
            from .drafting.draft import new_reading  # the drafting code (yake, detection) only for `new`

            if not args.source or not args.slug:
                parser.error("new needs SOURCE and --slug")
            todo = new_reading(root, args.source.resolve(), args.slug)
            print(f"created seeds/{args.slug}/source.txt (a byte-for-byte copy) and a draft seeds/{args.slug}/edition.yml")
            print("next, in edition.yml:")
            for n, item in enumerate(todo, start=1):
                print(f"  {n}. {item}")
            print("then `make site` builds it (as a draft, with a banner) and `make check` lists what is left.")
            return 0
        if args.command == "check":
            contexts = check_all(root)
            warnings = [warning for ctx in contexts for warning in ctx.warnings]
        else:
            generated = generate(root)
            warnings = generated.warnings
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if args.command == "check":
            print(f"checked {len(contexts)} reading(s): {len(warnings) or 'no'} warning(s)")
            return 0
        if args.command == "build":
            mkdocs_build(root, (args.site_dir or root / "site").resolve())
        state = "already up to date" if generated.reused else "written"
        print(f"{args.command}: {generated.readings} reading(s) {state}")
        return 0
    except ReadingError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        if len(error.problems) > 1:
            print(f"{len(error.problems)} errors; nothing was written", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
