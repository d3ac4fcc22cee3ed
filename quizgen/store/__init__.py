"""The review store (SQLite): items synced from built decks, each scheduler's state per item, an
append-only review log with undo, sessions, statistics. Open it with `Store.open(path)`."""

from quizgen.store.db import Store
from quizgen.store.paths import DB_NAME, HOME_VARIABLE, data_dir, resolve_db_path
from quizgen.store.records import Answer, DeckCounts, DeckSettings, SchedulerPeriod, Stats, SyncReport
from quizgen.store.schema import APPLICATION_ID, MIGRATIONS

__all__ = [
    "APPLICATION_ID",
    "DB_NAME",
    "HOME_VARIABLE",
    "MIGRATIONS",
    "Answer",
    "DeckCounts",
    "DeckSettings",
    "SchedulerPeriod",
    "Stats",
    "Store",
    "SyncReport",
    "data_dir",
    "resolve_db_path",
]
