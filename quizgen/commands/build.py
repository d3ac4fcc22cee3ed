"""`quizgen build [NAMES…] [--decks DIR]`: build every deck definition (or the named ones) into
`<slug>.items.yaml` and `<slug>.apkg` beside it, reporting what changed per deck."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from quizgen.decks import BuildResult

RETIRED_HINT = "kept in Anki with tag quizgen::retired (search tag:quizgen::retired)"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("build", help="build the Anki decks defined in decks/*.yaml")
    parser.add_argument("names", nargs="*", help="definitions to build (file stem or deck name; default all)")
    parser.add_argument("--decks", type=Path, default=Path("decks"), help="folder of definitions")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.decks import build_deck, load_definitions

    definitions = load_definitions(args.decks, args.names)
    now = int(time.time())
    for number, definition in enumerate(definitions, 1):
        print(f"[{number}/{len(definitions)}] {definition.name}: generating…", file=sys.stderr, flush=True)
        result = build_deck(definition, now=now, progress=_progress(definition.name, sys.stderr))
        print(report(result))
    return 0


def report(result: BuildResult) -> str:
    definition, changes = result.definition, result.changes
    head = f"{definition.name}: {result.notes} notes, {result.cards} cards ({changes.summary()})"
    lines = [f"{head} -> {definition.apkg_path}" if result.written else f"{head}; up to date"]
    for item in changes.retired:
        lines.append(f"  retired {item.id}: {item.question} ({RETIRED_HINT})")
    return "\n".join(lines)


def _progress(name: str, stream: TextIO) -> Callable[[int, int], None] | None:
    """Notes written so far, on one rewritten line when `stream` is a terminal; else silent."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r  {name}: writing notes {done}/{total}", end=end, file=stream, flush=True)

    return show
