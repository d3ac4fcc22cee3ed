"""The command line: parses arguments, dispatches to a command, turns `QuizgenError` into one line
(and any other exception, a bug of ours, into one line too, unless QUIZGEN_DEBUG is set).

Each command lives in `quizgen/commands/<name>.py` with `register(subparsers)`; a command module
imports its heavy machinery inside its `run`, so `quizgen --help` and `quizgen review` stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from quizgen import __version__
from quizgen.errors import QuizgenError

DEBUG_VARIABLE = "QUIZGEN_DEBUG"
INTERNAL_ERROR = 70  # EX_SOFTWARE: an error the program made, not the input
COMMANDS = ("generate", "inspect", "build", "export", "diff", "review", "stats", "quiz", "optimize")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn reading notes into study items, Anki decks, reviews and quizzes.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"quizgen.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"quizgen.commands.{name}":
                raise
            continue  # not built yet
        module.register(subparsers)
    return parser


def one_line(message: str) -> str:
    """The message with line breaks and other control characters (from a file name or a key the
    user wrote) escaped, so that an error stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except QuizgenError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: one line for the user, the traceback on request
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(
            f"internal error: {type(exc).__name__}: {one_line(str(exc))} "
            f"(a bug in quizgen; run again with {DEBUG_VARIABLE}=1 for the traceback)",
            file=sys.stderr,
        )
        return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
