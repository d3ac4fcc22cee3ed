"""`quizgen stats [--deck NAME] [--db PATH]`: the due load ahead and the reviews behind, in one table,
and the quizzes taken (latest runs, accuracy per theme) once there are any."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from quizgen.errors import QuizgenError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="show due counts, retention and the daily streak from the review store",
        description="Show what is due, how the reviews went over the last 30 days, and the daily streak.",
    )
    parser.add_argument("--deck", metavar="NAME", help="one deck only (default: all decks)")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="review store to read (default: $QUIZGEN_HOME/quizgen.db or the data dir)",
    )
    parser.add_argument("--now", metavar="ISO", help=argparse.SUPPRESS)  # a fixed clock for tests
    parser.set_defaults(run=run)


def parse_now(value: str | None) -> datetime:
    if not value:
        return datetime.now().astimezone()
    try:
        now = datetime.fromisoformat(value)
    except ValueError:
        raise QuizgenError(f"--now: not an ISO date and time: {value!r}") from None
    return now if now.tzinfo else now.astimezone()


def run(args: argparse.Namespace) -> int:
    from quizgen.commands.quiz import quiz_lines
    from quizgen.store import Store, quizzes

    now = parse_now(args.now)
    if args.db and not Path(args.db).exists():  # named, so "review a deck first" would mislead
        raise QuizgenError(f"{args.db}: no such file (--db names an existing review store)")
    with Store.open(args.db, create=False) as store:
        stats = store.stats(args.deck, now)
        scheduler = store.deck_settings(args.deck).scheduler if args.deck else ""
        quiz_runs = quizzes.runs(store, args.deck, now, limit=5)
        themes = quizzes.theme_accuracy(store, args.deck)
        quiz_total = quizzes.run_count(store, args.deck)
    title = f"Deck {args.deck} ({scheduler})" if args.deck else "All decks"
    retention = "-" if stats.retention_30d is None else f"{stats.retention_30d:.1%}"
    rows = [
        ("Due today", str(stats.due_today)),
        ("Due within 7 days", str(stats.due_week)),
        ("Due within 30 days", str(stats.due_month)),
        ("New", str(stats.new)),
        ("Learning (interval < 21 d)", str(stats.learning)),
        ("Mature (interval >= 21 d)", str(stats.mature)),
        ("Reviews, last 30 days", str(stats.reviews_30d)),
        ("Retention, last 30 days", retention),
        ("Daily streak", f"{stats.streak} day" + ("" if stats.streak == 1 else "s")),
    ]
    if stats.suspended:
        rows.insert(6, ("Suspended", str(stats.suspended)))
    if stats.retrievability is not None:  # a deck on FSRS: its prediction for the items reviewed
        rows.insert(-1, ("Recall now, predicted (FSRS)", f"{stats.retrievability:.1%}"))
    width = max(len(label) for label, _ in rows)
    print(f"{title}, study day {stats.day.isoformat()}")
    for label, value in rows:
        print(f"  {label:<{width}}  {value:>7}")
    for line in quiz_lines(quiz_runs, themes, quiz_total):  # quizzes: only once one was saved
        print(line)
    return 0
