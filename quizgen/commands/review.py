"""`quizgen review [DECK | decks/x.yaml | x.items.yaml | x.apkg] [--db PATH]`: study in the terminal.

A deck file is synced into the store first: an items file as it is, a package through the items
file built beside it, a definition through its items file, built first (which loads the
generator and jieba) when missing or older than its definition or seeds. With no target, every
deck `quizgen build` wrote to `./decks/` is synced (so the next review sees the last build).
Then the app opens.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.decks import DeckDefinition, ItemsFile
    from quizgen.store import Store
    from quizgen.tui.study import Clock

DECK_FILE_SUFFIXES = (".yaml", ".yml", ".apkg")
BUILT_DECKS = Path("decks")  # where `quizgen build` writes, relative to where the user works


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "review",
        help="study your decks in the terminal (spaced repetition)",
        description="Open the review app. With a deck name, go straight to that deck; with a deck "
        "definition, items file or .apkg, sync that deck into the review store first.",
    )
    parser.add_argument(
        "target", nargs="?", metavar="DECK|FILE", help="a deck name, decks/x.yaml, x.items.yaml or x.apkg"
    )
    parser.add_argument(
        "--db", metavar="PATH", help="review store (default: $QUIZGEN_HOME/quizgen.db or the data dir)"
    )
    parser.add_argument("--light", action="store_true", help="start with the light theme (d toggles)")
    parser.add_argument("--now", metavar="ISO", help=argparse.SUPPRESS)  # a clock starting then (demos)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.store import Store

    clock = _clock(args.now)
    with Store.open(args.db) as store:
        if args.target:
            deck = open_target(store, args.target, clock(), sys.stderr)
        else:
            deck = None
            sync_built_decks(store, BUILT_DECKS, clock(), sys.stderr)
        from quizgen.tui.app import THEMES, create_app

        app = create_app(store, now=clock, deck=deck, theme=THEMES[1] if args.light else THEMES[0])
        app.run()
    return 0


def _clock(start: str | None) -> Clock:
    """The system clock, or (`--now`) one that starts at a given time and runs on from there."""
    from quizgen.commands.stats import parse_now
    from quizgen.tui.study import system_clock

    if not start:
        return system_clock
    origin, began = parse_now(start), time.monotonic()
    return lambda: origin + timedelta(seconds=time.monotonic() - began)


def sync_built_decks(store: Store, folder: Path, now: datetime, log: TextIO) -> list[str]:
    """Sync every items file `quizgen build` left in `folder` (none: nothing); their decks."""
    return [open_target(store, str(path), now, log) for path in sorted(folder.glob("*.items.yaml"))]


def open_target(store: Store, target: str, now: datetime, log: TextIO) -> str:
    """The deck `target` names, syncing it into the store first when it is a deck file."""
    path = Path(target)
    if not target.endswith(DECK_FILE_SUFFIXES):
        if path.is_file():
            raise QuizgenError(f"{target}: not a deck file (expected .yaml, .items.yaml or .apkg)")
        store.deck_settings(target)  # an unknown deck is an error that lists the known ones
        return target
    items_file = load_deck_file(path, now, log)
    from quizgen.decks.sync import sync_store  # new items new, changed ones keep their schedule

    report = sync_store(store, items_file, now)
    counts = {"added": report.added, "updated": report.updated, "retired": report.retired}
    changes = [f"{n} {what}" for what, n in {**counts, "restored": report.restored}.items() if n]
    if changes:
        print(f"{items_file.deck}: synced into {store.path} ({', '.join(changes)})", file=log)
    if path.suffix in (".yaml", ".yml") and not path.name.endswith(".items.yaml"):
        from quizgen.decks import load_definition
        from quizgen.decks.sync import apply_schedule
        from quizgen.progress import progress_bar

        definition = load_definition(path)
        with progress_bar(f"{definition.name}: taking over the review log", log) as update:
            changed = apply_schedule(store, definition, now, update)
        if changed:  # the definition's review keys
            settings = store.deck_settings(items_file.deck)
            print(
                f"{items_file.deck}: scheduled with {settings.scheduler}, every review kept "
                f"({settings.new_per_day} new and {settings.reviews_per_day} reviews a day)",
                file=log,
            )
    return items_file.deck


def load_deck_file(path: Path, now: datetime, log: TextIO) -> ItemsFile:
    """The built deck a file stands for: an items file, the items file beside a package, or a
    definition's items file (built now if it is missing or stale)."""
    from quizgen.decks import itemsfile, load_definition

    if path.name.endswith(".items.yaml"):
        return itemsfile.read(path)
    if path.suffix == ".apkg":
        beside = path.with_name(f"{path.stem}.items.yaml")
        if not beside.is_file():
            raise QuizgenError(
                f"{path}: review reads the items file built beside a package, and {beside} is missing "
                "(build the deck with `quizgen build`, or open its definition)"
            )
        return itemsfile.read(beside)
    definition = load_definition(path)
    current = current_items_file(definition)
    if current is not None:
        return current
    from quizgen.decks import build_deck

    print(f"{definition.name}: building from its seeds…", file=log, flush=True)
    return build_deck(definition, now=int(now.timestamp())).items_file


def current_items_file(definition: DeckDefinition) -> ItemsFile | None:
    """The definition's items file when it was built from the definition and seeds as they are now."""
    from quizgen.decks import itemsfile, seed_paths

    if not definition.items_path.is_file():
        return None
    built = itemsfile.read(definition.items_path)
    base = definition.path.parent
    inputs = tuple(itemsfile.file_input(p, base) for p in (definition.path, *seed_paths(definition)))
    return built if inputs == built.inputs else None
