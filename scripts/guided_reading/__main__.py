"""Command line: `python -m guided_reading build|generate|check`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import generate, load_all, mkdocs_build
from .errors import ReadingError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guided_reading", description=__doc__)
    parser.add_argument("command", choices=["build", "generate", "check"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument("--site-dir", type=Path, default=None, help="where to build (default: ROOT/site)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        contexts = load_all(root / "seeds") if args.command == "check" else generate(root)
        for ctx in contexts:
            for warning in ctx.warnings:
                print(f"warning: {warning}", file=sys.stderr)
        if args.command == "check":
            problems = sum(len(ctx.warnings) for ctx in contexts)
            print(f"checked {len(contexts)} reading(s): {problems or 'no'} warning(s)")
            return 0
        if args.command == "build":
            mkdocs_build(root, (args.site_dir or root / "site").resolve())
        print(f"{args.command}: {len(contexts)} reading(s) written")
        return 0
    except ReadingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
