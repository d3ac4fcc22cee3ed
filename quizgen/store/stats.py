"""Statistics read from the store: the due load ahead, the review log behind, and (for decks
whose scheduler predicts it, FSRS) the average probability of recall now (see `Stats`)."""

from __future__ import annotations

import bisect
import sqlite3
from datetime import date, datetime, timedelta

from quizgen.schedule.days import check_now, day_start, study_day
from quizgen.schedule.scheduler import get_scheduler
from quizgen.store.answers import epoch_s
from quizgen.store.records import MATURE_DAYS, Stats

DAYS = 30


def _deck_filter(deck: str | None, column: str) -> tuple[str, tuple[str, ...]]:
    return (f" AND {column} = ?", (deck,)) if deck is not None else ("", ())


def _day_bounds(now: datetime, rollover: int, days: int) -> list[int]:
    """bounds[k] = when study day today+k begins; days+1 bounds close `days` days."""
    today = study_day(now, rollover)
    tz = check_now(now)
    return [epoch_s(day_start(today + timedelta(days=k), tz, rollover)) for k in range(days + 1)]


def _scheduled(deck: str | None) -> tuple[str, str, tuple[str, ...]]:
    """The active-items condition, the FROM clause of items under their deck's scheduler, and args."""
    where, args = _deck_filter(deck, "i.deck")
    active = f"i.retired_at IS NULL{where}"
    scheduled = (
        "FROM states AS s JOIN items AS i ON i.id = s.item_id "
        "JOIN decks AS d ON d.name = s.deck AND d.scheduler = s.scheduler "
        f"WHERE {active} AND i.suspended = 0"
    )
    return active, scheduled, args


def due_within(conn: sqlite3.Connection, deck: str | None, now: datetime, rollover: int, days: int) -> int:
    """How many scheduled items fall due before the end of study day today+days-1 (overdue included):
    the session summary's 'due tomorrow' without the whole statistics."""
    bounds = _day_bounds(now, rollover, days)
    _, scheduled, args = _scheduled(deck)
    row = conn.execute(f"SELECT count(*) {scheduled} AND s.due < ?", (*args, bounds[-1])).fetchone()
    return int(row[0])


def compute(conn: sqlite3.Connection, deck: str | None, now: datetime, rollover: int) -> Stats:
    today = study_day(now, rollover)
    bounds = _day_bounds(now, rollover, DAYS)
    active, scheduled, args = _scheduled(deck)
    total, suspended = conn.execute(
        f"SELECT count(*), coalesce(sum(i.suspended), 0) FROM items AS i WHERE {active}", args
    ).fetchone()
    learning = mature = 0
    forecast = [0] * DAYS
    rows = conn.execute(
        f"SELECT s.due, s.interval_days >= ?, count(*) {scheduled} GROUP BY s.due, s.interval_days >= ?",
        (MATURE_DAYS, *args, MATURE_DAYS),
    )
    for due, is_mature, count in rows:
        mature += count if is_mature else 0
        learning += 0 if is_mature else count
        if due < bounds[-1]:
            forecast[max(0, bisect.bisect_right(bounds, due) - 1)] += count
    for due in _repeats_not_due_today(conn, deck, now, today, bounds[1]):
        forecast[0] += 1  # due again today (to repeat), so no longer counted on the day it was due
        if due < bounds[-1]:
            forecast[bisect.bisect_right(bounds, due) - 1] -= 1
    per_day, reviews, retention = _log(conn, deck, today)
    return Stats(
        deck=deck,
        day=today,
        total=total,
        due_today=forecast[0],
        due_week=sum(forecast[:7]),
        due_month=sum(forecast),
        new=total - suspended - learning - mature,
        learning=learning,
        mature=mature,
        suspended=suspended,
        reviews_30d=reviews,
        retention_30d=retention,
        streak=_streak(conn, deck, today),
        reviews_per_day=tuple(per_day),
        forecast=tuple(forecast),
        retrievability=_retrievability(conn, deck, now),
    )


def _repeats_not_due_today(
    conn: sqlite3.Connection, deck: str | None, now: datetime, today: date, tomorrow: int
) -> list[int]:
    """When the items still to repeat today (graded below the deck's repeat bar, SM-2's step 7)
    are scheduled, for those scheduled after today: the session asks them again today, so they
    are due today."""
    from quizgen.store.queue import deck_settings, leftover_repeats

    decks = [deck] if deck is not None else [r[0] for r in conn.execute("SELECT name FROM decks")]
    ids = [i for d in decks for i in leftover_repeats(conn, deck_settings(conn, d), now, today)]
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT due FROM states WHERE item_id IN ({marks}) AND due >= ?", (*ids, tomorrow))
    return [due for (due,) in rows] if ids else []


def _log(conn: sqlite3.Connection, deck: str | None, today: date) -> tuple[list[int], int, float | None]:
    """Scheduled answers per day over the last 30 days, their total, and retention."""
    first = today - timedelta(days=DAYS - 1)
    where, args = _deck_filter(deck, "a.deck")
    per_day = [0] * DAYS
    recalled = seen = 0
    # `first_today`: no earlier scheduled answer to the item that day (FSRS's steps come later).
    rows = conn.execute(
        "SELECT a.day, a.kind, a.scheduler, a.grade, NOT EXISTS (SELECT 1 FROM answers AS b "
        "WHERE b.item_id = a.item_id AND b.day = a.day AND b.id < a.id AND b.kind != 'repeat') "
        f"AS first_today, count(*) FROM answers AS a WHERE a.day BETWEEN ? AND ? AND a.kind != 'repeat'"
        f"{where} GROUP BY 1, 2, 3, 4, 5",
        (first.isoformat(), today.isoformat(), *args),
    )
    for day, kind, scheduler, grade, first_today, count in rows:
        per_day[(date.fromisoformat(day) - first).days] += count
        if kind == "review" and first_today:
            seen += count
            recalled += count if get_scheduler(scheduler).is_recalled(grade) else 0
    return per_day, sum(per_day), (recalled / seen if seen else None)


def _retrievability(conn: sqlite3.Connection, deck: str | None, now: datetime) -> float | None:
    """The average probability of recall now over the reviewed, unsuspended current items of the
    decks whose scheduler predicts it; each deck's scheduler (with its options) computes it."""
    where, args = _deck_filter(deck, "name")
    total, count = 0.0, 0
    for name, scheduler, options in conn.execute(
        f"SELECT name, scheduler, options FROM decks WHERE 1{where} ORDER BY name", args
    ).fetchall():
        states = conn.execute(
            "SELECT s.state FROM states AS s JOIN items AS i ON i.id = s.item_id WHERE s.deck = ? "
            "AND s.scheduler = ? AND i.retired_at IS NULL AND i.suspended = 0",
            (name, scheduler),
        )
        values = get_scheduler(scheduler, options).retrievability((row[0] for row in states), now)
        total, count = total + sum(values), count + len(values)
    return total / count if count else None


def _streak(conn: sqlite3.Connection, deck: str | None, today: date) -> int:
    where, args = _deck_filter(deck, "deck")

    def studied(day: date) -> bool:
        query = f"SELECT 1 FROM answers WHERE day = ?{where} LIMIT 1"
        return conn.execute(query, (day.isoformat(), *args)).fetchone() is not None

    day = today if studied(today) else today - timedelta(days=1)  # today may still come
    streak = 0
    while studied(day):
        streak += 1
        day -= timedelta(days=1)
    return streak
