"""`quizgen optimize DECK [--db PATH]`: fit FSRS's parameters to the deck's review log with
py-fsrs's optimizer (the optional `fsrs[optimizer]`, which pulls in torch) and keep them in the
deck's options; an FSRS deck is rescheduled with them at once, an SM-2 deck when it switches."""

from __future__ import annotations

import argparse

from quizgen.errors import QuizgenError

INSTALL = 'quizgen optimize needs the FSRS optimizer (it pulls in torch): pip install "fsrs[optimizer]"'


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "optimize",
        help="fit FSRS's parameters to a deck's review log (needs fsrs[optimizer])",
        description="Fit FSRS's parameters to the deck's reviews and schedule the deck with them. "
        'Needs the optional optimizer: pip install "fsrs[optimizer]".',
    )
    parser.add_argument("deck", metavar="DECK", help="the deck whose reviews to fit")
    parser.add_argument(
        "--db", metavar="PATH", help="review store (default: $QUIZGEN_HOME/quizgen.db or the data dir)"
    )
    parser.add_argument("--now", metavar="ISO", help=argparse.SUPPRESS)  # a fixed clock for tests
    parser.set_defaults(run=run)


def optimizer_class() -> type:
    """py-fsrs's `Optimizer`, or a `QuizgenError` saying how to install it. (py-fsrs always
    defines the name; without torch it is a stub that cannot fit anything.)"""
    from fsrs.optimizer import Optimizer

    if not hasattr(Optimizer, "compute_optimal_parameters"):
        raise QuizgenError(INSTALL)
    return Optimizer


def run(args: argparse.Namespace) -> int:
    from fsrs.scheduler import DEFAULT_PARAMETERS

    from quizgen.commands.stats import parse_now
    from quizgen.schedule.fsrs import review_logs
    from quizgen.store import Store

    optimizer = optimizer_class()
    now = parse_now(args.now)
    with Store.open(args.db, create=False) as store:
        histories = store.answer_histories(args.deck, now)
        logs = review_logs(histories)
        parameters = [float(p) for p in optimizer(logs).compute_optimal_parameters()]
        if parameters == [float(p) for p in DEFAULT_PARAMETERS]:
            print(f"{args.deck}: {len(logs)} answers are too few to fit FSRS to; it keeps its defaults")
            return 0
        settings = store.configure_deck(args.deck, parameters=parameters, now=now)
    when = "now" if settings.scheduler == "fsrs" else "once it uses scheduler: fsrs"
    fitted = f"FSRS fitted to {len(logs)} answers of {len(histories)} items"
    print(f"{args.deck}: {fitted}; the deck uses it {when}")
    print("parameters: " + ", ".join(f"{p:.4f}" for p in parameters))
    return 0
