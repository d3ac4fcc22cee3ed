"""`quizgen export ITEMS.yaml -o deck.apkg [--format apkg|csv] [--deck NAME]`: an items file (or a
plain list of items) as an Anki package, or as Anki's text-import format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("apkg", "csv")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export an items file as an Anki package or text file",
        description="Write an items file (decks/<slug>.items.yaml from `quizgen build`, or the yaml/json "
        "of `quizgen generate`) as an Anki package (.apkg) or as Anki's text-import format (.csv/.txt).",
    )
    parser.add_argument("items", type=Path, help="an items file (decks/<slug>.items.yaml) or a list of items")
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    parser.add_argument(
        "--format", choices=FORMATS, help="apkg or csv (default: from the output's suffix, else apkg)"
    )
    parser.add_argument("--deck", help="Anki deck name (default: the items file's deck)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.decks import itemsfile
    from quizgen.export.notes import count_cards

    items_file = itemsfile.read(args.items)
    deck = args.deck or items_file.deck
    notes = items_file.notes()
    fmt = args.format or ("csv" if args.output.suffix.lower() in CSV_SUFFIXES else "apkg")
    if fmt == "csv":
        from quizgen.export.csv import write_csv

        write_csv(args.output, deck, notes)
    else:
        from quizgen.export.apkg import write_apkg

        write_apkg(args.output, deck, notes, description=items_file.description)
    print(f"{deck}: {len(notes)} notes, {count_cards(notes)} cards -> {args.output}", file=sys.stderr)
    return 0
