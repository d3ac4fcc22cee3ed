"""Statistics read from the store: the due load ahead, the review log behind, and (for decks
whose scheduler predicts it, FSRS) the average probability of recall now (see `Stats`)."""

from __future__ import annotations

import bisect
import sqlite3
from datetime import UTC, date, datetime, timedelta

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
    """The active-items condition, the FROM clause of items under their deck's scheduler, and the
    args of each (the FROM clause's are the condition's twice)."""
    where, args = _deck_filter(deck, "i.deck")
    active = f"i.retired_at IS NULL{where}"
    # the few items out of the queue as a set, rather than each state joined to its item: the
    # states are then read from an index alone (an item's states carry its deck)
    scheduled = (
        "FROM states AS s JOIN decks AS d ON d.name = s.deck AND d.scheduler = s.scheduler "
        f"WHERE s.item_id NOT IN ({_OUT_OF_QUEUE}{where}){_deck_filter(deck, 's.deck')[0]}"
    )
    return active, scheduled, args


_OUT_OF_QUEUE = "SELECT i.id FROM items AS i WHERE (i.retired_at IS NOT NULL OR i.suspended != 0)"


def due_within(conn: sqlite3.Connection, deck: str | None, now: datetime, rollover: int, days: int) -> int:
    """How many scheduled items fall due before the end of study day today+days-1 (overdue included):
    the session summary's 'due tomorrow' without the whole statistics."""
    bounds = _day_bounds(now, rollover, days)
    _, scheduled, args = _scheduled(deck)
    row = conn.execute(f"SELECT count(*) {scheduled} AND s.due < ?", (*args, *args, bounds[-1])).fetchone()
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
    # each item's study day (0: today or overdue; DAYS: later) worked out by SQLite, counted per day
    day_of = " ".join(f"WHEN s.due < {int(bound)} THEN {k}" for k, bound in enumerate(bounds[1:]))
    rows = conn.execute(
        f"SELECT CASE {day_of} ELSE {DAYS} END AS day, s.interval_days >= ?, count(*) {scheduled} "
        "GROUP BY 1, 2",
        (MATURE_DAYS, *args, *args),
    )
    for day, is_mature, count in rows:
        mature += count if is_mature else 0
        learning += 0 if is_mature else count
        if day < DAYS:
            forecast[day] += count
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
    if not ids:
        return []  # an empty IN () would scan every state
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT due FROM states WHERE item_id IN ({marks}) AND due >= ?", (*ids, tomorrow))
    return [due for (due,) in rows]


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
        curve = get_scheduler(scheduler, options).forgetting_curve
        if curve is None:
            continue
        factor, decay = curve
        # in SQL, from the state's columns (schema 5): whole days elapsed, floored as timedelta.days
        deck_total, deck_count = conn.execute(
            "SELECT coalesce(sum(CASE WHEN s.stability IS NULL OR s.stability = 0 "
            "OR s.last_review_us IS NULL THEN 0.0 "
            "ELSE pow(1 + ? * max(0, (? - s.last_review_us) / 86400000000) / s.stability, ?) END), 0.0), "
            f"count(*) FROM states AS s WHERE s.deck = ? AND s.scheduler = ? "
            f"AND s.item_id NOT IN ({_OUT_OF_QUEUE} AND i.deck = ?)",
            (factor, _epoch_us(now), decay, name, scheduler, name),
        ).fetchone()
        total, count = total + deck_total, count + deck_count
    return total / count if count else None


def _epoch_us(now: datetime) -> int:
    """`now` in whole microseconds since the epoch (exact: no float on the way)."""
    check_now(now)
    delta = now - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


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
