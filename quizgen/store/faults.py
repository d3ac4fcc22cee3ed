"""What a user reads when SQLite cannot do what was asked because of the world around it: the
store held by another process past the busy timeout, or a full disk. One line each, saying what
became of the change and of what was saved before it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

NOTHING_CHANGED = "nothing was changed"


def explain(path: Path, exc: sqlite3.Error, outcome: str = NOTHING_CHANGED) -> str | None:
    """The message for a busy store or a full disk (`outcome` says what became of the change),
    or None for any other failure."""
    from quizgen.store.schema import BUSY_TIMEOUT_S

    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (
            f"{path}: another program is writing to this review store (another quizgen, or an sqlite3 "
            f"shell with a transaction open); after waiting {BUSY_TIMEOUT_S:g} s, {outcome} "
            "(try again once it has finished)"
        )
    if name.startswith("SQLITE_FULL"):
        return (
            f"{path}: the disk is full: {outcome}; everything saved before is safe "
            "(free some space, then try again)"
        )
    return None
