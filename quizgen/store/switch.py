"""A deck taken over by another scheduler, or by the same one with new options: every item with
answers in the log gets the state the scheduler derives from them (`Scheduler.take_over`), in the
caller's one write transaction (so an interrupted take-over leaves the deck as it was). The log
and the other schedulers' states are left as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, tzinfo
from itertools import groupby

from quizgen.schedule.days import check_now
from quizgen.schedule.scheduler import PastAnswer, Scheduler, past_answer
from quizgen.store.answers import epoch_s


def histories(conn: sqlite3.Connection, deck: str, tz: tzinfo) -> Iterator[tuple[str, list[PastAnswer]]]:
    """Each item of `deck` with answers (retired items too), with its answers oldest first, their
    times in time zone `tz`."""
    rows = conn.execute(
        "SELECT item_id, scheduler, grade, time, day FROM answers WHERE deck = ? ORDER BY item_id, time, id",
        (deck,),
    )
    for item_id, group in groupby(rows, key=lambda row: row[0]):
        yield (
            item_id,
            [
                past_answer(scheduler, grade, datetime.fromtimestamp(ms / 1000, tz), date.fromisoformat(day))
                for _, scheduler, grade, ms, day in group
            ],
        )


PROGRESS_EVERY = 500  # items replayed between two progress reports


def take_over(
    conn: sqlite3.Connection,
    deck: str,
    scheduler: Scheduler,
    now: datetime,
    rollover: int,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Give `scheduler` its starting state for each answered item of `deck` (times read in the
    time zone of `now`); how many items it set. `progress(done, total)` hears every few hundred
    items replayed (and may raise, KeyboardInterrupt included, to stop: nothing is written)."""
    own = dict(
        conn.execute(
            "SELECT item_id, state FROM states WHERE deck = ? AND scheduler = ?", (deck, scheduler.name)
        )
    )
    total = conn.execute("SELECT count(DISTINCT item_id) FROM answers WHERE deck = ?", (deck,)).fetchone()[0]
    rows = []
    for done, (item_id, history) in enumerate(list(histories(conn, deck, check_now(now)))):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        outcome = scheduler.take_over(own.get(item_id), history, rollover)
        if outcome is not None:
            rows.append(
                (item_id, scheduler.name, deck, outcome.state, epoch_s(outcome.due), outcome.interval_days)
            )
    conn.executemany(
        "INSERT INTO states (item_id, scheduler, deck, state, due, interval_days) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (item_id, scheduler) DO UPDATE SET state = excluded.state, due = excluded.due, "
        "interval_days = excluded.interval_days",
        rows,
    )
    if progress is not None:
        progress(total, total)
    return len(rows)
