"""`quizgen quiz DECK|decks/x.yaml|x.items.yaml|x.apkg|seeds/x.md [--n 20] [--types choice,basic]
[--seed 7] [--print [-o FILE] [--format html|md]] [--db PATH]`: a scored quiz in the terminal,
or a printable quiz sheet with its answer key.

A deck file is read as `quizgen review` reads it (a definition is built first when stale); a
seed file is generated on the spot (which loads jieba). Nothing is synced into the review store
unless the learner sends missed items to review from the results.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.model import Item
    from quizgen.store import Store
    from quizgen.store.quizzes import QuizRun, ThemeAccuracy

SEED_SUFFIXES = (".md", ".markdown", ".txt")
SHEET_FORMATS = ("html", "md")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "quiz",
        help="test yourself on a deck or a document (scored), or print a quiz sheet",
        description="Draw questions from a deck or a seed document, spread across its themes and "
        "kinds, and ask them in the terminal with a score at the end; or, with --print, write a "
        "printable sheet with the answer key on a page of its own. A quiz never changes the review "
        "schedule, unless you send the missed items to review from the results.",
    )
    parser.add_argument(
        "target", metavar="DECK|FILE", help="a deck name, decks/x.yaml, x.items.yaml, x.apkg or a seed file"
    )
    parser.add_argument("--n", type=int, default=20, metavar="N", help="how many questions (default: 20)")
    parser.add_argument(
        "--types", metavar="TYPES", help="item types to ask, comma-separated: choice,basic,cloze,reversed"
    )
    parser.add_argument(
        "--seed", type=int, help="the draw's seed: the same seed, the same quiz (default: random)"
    )
    parser.add_argument(
        "--print", dest="print_sheet", action="store_true", help="write a printable quiz sheet instead"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="with --print: write it here (default: stdout; HTML on a terminal: <deck>-quiz-<seed>.html)",
    )
    parser.add_argument(
        "--format", choices=SHEET_FORMATS, help="with --print: html (default; md when FILE ends in .md) or md"
    )
    parser.add_argument(
        "--db", metavar="PATH", help="review store (default: $QUIZGEN_HOME/quizgen.db or the data dir)"
    )
    parser.add_argument("--light", action="store_true", help="start with the light theme (d toggles)")
    parser.add_argument(
        "--now", metavar="ISO", help=argparse.SUPPRESS
    )  # a clock starting then (tests, demos)
    parser.set_defaults(run=run)


@dataclass(frozen=True, slots=True)
class Target:
    """What a quiz is drawn from: the deck's name, a title for a sheet, the deck's current items,
    and how to bring the deck into the review store before missed items are sent (None: it is
    the store's own deck)."""

    deck: str
    title: str
    items: tuple[Item, ...]
    sync: Callable[[Store, datetime], None] | None


def run(args: argparse.Namespace) -> int:
    from quizgen.commands.review import _clock

    types = parse_types(args.types)
    if args.n < 1:
        raise QuizgenError(f"--n: a quiz needs at least one question, not {args.n}")
    if not args.print_sheet and (args.output or args.format):
        raise QuizgenError("-o and --format go with --print (a printable sheet)")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    clock = _clock(args.now)
    if args.print_sheet:
        target = load_target(args.target, args.db, clock())
        return write_sheet(args, target, draw_items(args.target, target, args.n, types, seed), seed)
    from quizgen.quiz.run import Quiz
    from quizgen.store import Store

    with Store.open(args.db) as store:
        target = load_target(args.target, store, clock())
        quiz = Quiz(target.deck, args.target, seed, draw_items(args.target, target, args.n, types, seed))
        from quizgen.tui.app import THEMES
        from quizgen.tui.screens.quiz import create_quiz_app

        theme = THEMES[1] if args.light else THEMES[0]
        create_quiz_app(store, quiz, now=clock, theme=theme, sync=target.sync).run()
    return 0


def parse_types(text: str | None) -> frozenset[str] | None:
    from quizgen.model import ITEM_TYPES

    if text is None:
        return None
    types = frozenset(t.strip() for t in text.split(",") if t.strip())
    unknown = sorted(types - set(ITEM_TYPES))
    if unknown or not types:
        shown = ", ".join(repr(t) for t in unknown) or "none given"
        raise QuizgenError(f"--types: unknown item type {shown} (known: {', '.join(ITEM_TYPES)})")
    return types


def draw_items(
    name: str, target: Target, n: int, types: frozenset[str] | None, seed: int
) -> tuple[Item, ...]:
    from quizgen.quiz.draw import draw

    items = draw(target.items, n, types=types, seed=seed)
    if not items:
        which = f"{', '.join(sorted(types))} " if types else ""
        raise QuizgenError(f"{name}: no {which}items to draw a quiz from")
    return items


# --- targets ----------------------------------------------------------------------------------


def load_target(name: str, store: Store | str | None, now: datetime) -> Target:
    """The deck `name` stands for. `store`: the open store, or the --db path to open (read only)
    when `name` is a deck name and no store is open yet (a sheet)."""
    path = Path(name)
    if path.is_dir() or path.suffix.lower() in SEED_SUFFIXES:
        return _seed_target(path)
    from quizgen.commands.review import DECK_FILE_SUFFIXES

    if name.endswith(DECK_FILE_SUFFIXES):
        return _deck_file_target(path, now)
    if path.is_file():
        raise QuizgenError(
            f"{name}: not a deck or seed file (expected .yaml, .items.yaml, .apkg, .md or .txt)"
        )
    from quizgen.store import Store

    if isinstance(store, Store):
        return _store_target(store, name)
    with Store.open(store, create=False) as opened:
        return _store_target(opened, name)


def _store_target(store: Store, deck: str) -> Target:
    store.deck_settings(deck)  # an unknown deck is an error that lists the known ones
    return Target(deck, deck, tuple(store.deck_items(deck)), None)


def _deck_file_target(path: Path, now: datetime) -> Target:
    from quizgen.commands.review import load_deck_file
    from quizgen.decks.sync import deck_items, sync_store

    items_file = load_deck_file(path, now, sys.stderr)
    deck, items = deck_items(items_file)
    definition = None
    if path.suffix in (".yaml", ".yml") and not path.name.endswith(".items.yaml"):
        from quizgen.decks import load_definition

        definition = load_definition(path)

    def sync(store: Store, now: datetime) -> None:
        """As `quizgen review` does with the same file: the build synced, the definition's scheduler set."""
        sync_store(store, items_file, now)
        if definition is not None:
            from quizgen.decks.sync import apply_schedule

            apply_schedule(store, definition, now)

    return Target(deck, deck, tuple(items), sync)


def _seed_target(path: Path) -> Target:
    from quizgen.generate import generate
    from quizgen.ingest import read_paths

    docs = read_paths([path])
    deck = path.stem if path.is_file() else path.name
    items = tuple(generate(docs, deck=deck))
    title = docs[0].title or deck if len(docs) == 1 else deck

    def sync(store: Store, now: datetime) -> None:
        """A deck of the seed's items, made the first time only: a deck of that name already in
        the store is left as it is (the items it shares with the seed are sent)."""
        if deck not in store.decks():
            store.sync_deck(deck, list(items), now)

    return Target(deck, title, items, sync)


# --- the sheet --------------------------------------------------------------------------------


def write_sheet(args: argparse.Namespace, target: Target, items: tuple[Item, ...], seed: int) -> int:
    from quizgen.quiz.sheet import Sheet, render_html, render_markdown

    output: Path | None = args.output
    fmt = args.format or (
        "md" if output is not None and output.suffix.lower() in (".md", ".markdown") else "html"
    )
    if output is None and fmt == "html" and sys.stdout.isatty():  # HTML is for a browser, not a screen
        output = Path(sheet_name(target.deck, seed, fmt))
    sheet = Sheet(target.title, target.deck, seed, items)
    text = render_markdown(sheet) if fmt == "md" else render_html(sheet)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QuizgenError(f"{output}: cannot write: {exc.strerror or exc}") from exc
    print(f"{len(items)} questions (seed {seed}) written to {output}", file=sys.stderr)
    return 0


def sheet_name(deck: str, seed: int, fmt: str) -> str:
    """`<deck>-quiz-<seed>.<fmt>`, the deck's name made safe for a file name."""
    safe = re.sub(r"[^\w.-]+", "-", deck).strip("-.") or "quiz"
    return f"{safe}-quiz-{seed}.{fmt}"


# --- `quizgen stats`: the quizzes part -------------------------------------------------------


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    if _cells(text) > width:
        while text and _cells(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _cells(text))


def _clock_time(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def quiz_lines(runs: Sequence[QuizRun], themes: Sequence[ThemeAccuracy], total: int) -> list[str]:
    """The quizzes part of `quizgen stats`: the latest runs with their scores, then accuracy per
    theme over every run, the weakest first. Nothing when no quiz was ever saved."""
    if not runs:
        return []
    shown = f"last {len(runs)} of {total}" if total > len(runs) else f"{total} in all"
    lines = ["", f"Quizzes ({shown}; score, time taken)"]
    for quiz in runs:
        share = quiz.right / quiz.answered if quiz.answered else 0.0
        lines.append(
            f"  {quiz.finished:%Y-%m-%d %H:%M}  {_pad(quiz.deck, 22)}  {quiz.right:>3}/{quiz.answered:<3}"
            f"  {share:>4.0%}  {_clock_time(quiz.seconds)}"
        )
    several = len({t.deck for t in themes}) > 1
    lines += ["", "Accuracy by theme over all quizzes (weakest first)"]
    for theme in themes:
        label = theme.section or theme.doc
        label = f"{theme.deck} · {label}" if several else label
        runs_text = f"{theme.runs} quiz" + ("" if theme.runs == 1 else "zes")
        lines.append(
            f"  {_pad(label, 40)}  {theme.right:>3}/{theme.answered:<3}  {theme.share:>4.0%}  ({runs_text})"
        )
    return lines
