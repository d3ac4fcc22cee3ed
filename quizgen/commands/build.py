"""`quizgen build [DECK…] [--decks DIR] [--watch]`: build every deck definition (or the named
ones, by path or by name) into `<slug>.items.yaml` and `<slug>.apkg` beside it, reporting what
changed per deck; with `--watch`, then rebuild each deck whose definition or seeds change, until Ctrl+C."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.decks import BuildResult, DeckDefinition
    from quizgen.decks.watch import Watcher


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build the Anki decks defined in decks/*.yaml",
        description="Build each deck definition (decks/*.yaml, or the ones named) into "
        "<slug>.items.yaml and <slug>.apkg beside it, and say what changed since the last build. "
        "Import the .apkg into Anki; a rebuild updates the notes in place.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="DECK",
        help="decks/x.yaml, or a definition's stem or deck name (default: all)",
    )
    parser.add_argument("--decks", type=Path, default=Path("decks"), help="folder of definitions")
    parser.add_argument(
        "--watch",
        action="store_true",
        help="then rebuild a deck when its definition or seeds change (Ctrl+C stops)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.decks import find_definitions, seed_paths

    if args.watch:
        return watch(args.decks, args.names)
    definitions = find_definitions(args.decks, args.names)
    for definition in definitions:
        seed_paths(definition)  # a missing seed is the one line said, before any progress
    for number, definition in enumerate(definitions, 1):
        print(f"[{number}/{len(definitions)}] {definition.name}: generating…", file=sys.stderr, flush=True)
        build_one(definition)
    return 0


def build_one(definition: DeckDefinition) -> None:
    from quizgen.decks import build_deck

    result = build_deck(definition, now=int(time.time()), progress=_progress(definition.name, sys.stderr))
    print(report(result), flush=True)


def watch(folder: Path, names: list[str], watcher: Watcher | None = None) -> int:
    """Build, then rebuild on change. Ctrl+C stops: exit 0 while waiting, 130 during a build
    (whose deck keeps its previous files)."""
    from quizgen.decks import load_definitions
    from quizgen.decks.watch import watch_loop

    folder, names = _watched_by_name(folder, names)
    building = False

    def rebuild(definition: DeckDefinition) -> None:
        nonlocal building
        print(f"{definition.name}: generating…", file=sys.stderr, flush=True)
        building = True
        try:
            build_one(definition)
        except Exception:  # not KeyboardInterrupt: that one has to see where it struck
            building = False
            raise
        building = False

    try:
        for definition in load_definitions(folder, names):
            _report_errors(rebuild, definition)
        print(f"watching {folder} and the seeds (Ctrl+C to stop)", file=sys.stderr, flush=True)
        watch_loop(folder, names, rebuild, sys.stderr, watcher)
    except KeyboardInterrupt:
        done = "interrupted; that deck keeps its previous files" if building else "stopped watching"
        print(done, file=sys.stderr)
        return 130 if building else 0
    return 0


def _watched_by_name(folder: Path, names: list[str]) -> tuple[Path, list[str]]:
    """Definitions given by path (decks/x.yaml) as the folder to watch and their stems; paths
    from two folders cannot be watched together."""
    from quizgen.decks import find_definitions

    paths = [n for n in names if n.endswith((".yaml", ".yml")) or "/" in n]
    if not paths:
        return folder, names
    found = find_definitions(folder, paths)  # a missing or malformed file is its one-line error
    folders = {d.path.parent.resolve() for d in found}
    if len(folders) > 1 or (len(paths) < len(names) and folders != {Path(folder).resolve()}):
        raise QuizgenError("--watch: name decks in one folder (decks/x.yaml, or a name with --decks)")
    return found[0].path.parent, [*(n for n in names if n not in paths), *(d.slug for d in found)]


def _report_errors(rebuild: Callable[[DeckDefinition], None], definition: DeckDefinition) -> None:
    try:
        rebuild(definition)
    except QuizgenError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)


def report(result: BuildResult) -> str:
    """The deck's line (notes, cards, counts of what changed), then, unless this was the deck's
    first build, every added, changed, re-linked and retired item; then warnings."""
    from quizgen.decks.report import counts, item_lines

    definition, plan = result.definition, result.plan
    summary = counts(plan) if plan is not None else result.changes.summary()
    head = f"{definition.name}: {result.notes} notes, {result.cards} cards ({summary})"
    lines = [f"{head} -> {definition.apkg_path}" if result.written else f"{head}; up to date"]
    if plan is None:
        return "\n".join([*lines, *result.warnings])
    if result.first:
        return "\n".join([*lines, *plan.warnings])
    return "\n".join([*lines, *item_lines(plan)])


def _progress(name: str, stream: TextIO) -> Callable[[int, int], None] | None:
    """Notes written so far, on one rewritten line when `stream` is a terminal; else silent."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r  {name}: writing notes {done}/{total}", end=end, file=stream, flush=True)

    return show
