"""`quizgen diff [DECK…] [--decks DIR]`: what rebuilding each deck would add, change, re-link and
retire, item by item, with both versions of every changed text. Writes nothing."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.decks.build import Plan


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="show what rebuilding a deck would change, without writing anything",
        description="Show, item by item, what `quizgen build` would add, change, re-link and retire "
        "in each deck (both versions of every changed text). Nothing is written.",
    )
    parser.add_argument(
        "decks_named", nargs="*", metavar="DECK", help="decks/x.yaml, or a definition's stem or deck name"
    )
    parser.add_argument("--decks", type=Path, default=Path("decks"), help="folder of definitions for names")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.decks import find_definitions, plan_deck, seed_paths

    now = int(time.time())
    definitions = find_definitions(args.decks, args.decks_named)
    for definition in definitions:
        seed_paths(definition)  # a missing seed is the one line said, before any progress
    for definition in definitions:
        print(f"{definition.name}: generating…", file=sys.stderr, flush=True)
        print(render(plan_deck(definition, now=now)))
    return 0


def render(plan: Plan) -> str:
    from quizgen.decks.report import counts, item_lines

    definition = plan.definition
    head = f"{definition.name} ({definition.path})"
    if plan.up_to_date:
        return "\n".join([f"{head}: up to date; a rebuild writes nothing", *plan.warnings])
    if plan.current is None:
        head += f": not built yet; a build would write {len(plan.items_file.entries)} items"
    elif plan.text == plan.current:
        head += f": {definition.apkg_path} is missing; a build writes it again"
    else:
        head += f": {counts(plan)}"
    return "\n".join([head, *item_lines(plan)])
