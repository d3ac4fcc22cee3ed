"""Opening a store file safely: recognise it, refuse foreign or corrupt files untouched, migrate.

A quizgen store carries `PRAGMA application_id` = APPLICATION_ID and `PRAGMA user_version` = the
number of migrations applied. `MIGRATIONS[n]` takes a store from version n to n + 1 inside one
transaction; append to the list, never edit an entry that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.store import faults

APPLICATION_ID = int.from_bytes(b"QzGn", "big")
BUSY_TIMEOUT_S = 10.0

SCHEMA_1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE decks (
    name TEXT PRIMARY KEY,
    scheduler TEXT NOT NULL DEFAULT 'sm2',
    new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day >= 0),
    reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day >= 0),
    options TEXT NOT NULL DEFAULT '{}',      -- scheduler options as JSON (FSRS: desired_retention)
    created_at INTEGER NOT NULL
);
-- Hot columns only, so sessions and counts scan small rows; the text is in item_content.
CREATE TABLE items (
    id TEXT PRIMARY KEY,
    deck TEXT NOT NULL REFERENCES decks(name),
    position INTEGER NOT NULL,               -- order in the last build: new items come in this order
    reviewed INTEGER NOT NULL DEFAULT 0,     -- 1 while the log holds a live answer: no longer new
    suspended INTEGER NOT NULL DEFAULT 0,
    buried_until INTEGER,                    -- epoch seconds: hidden until then
    retired_at INTEGER,                      -- set when the item left the deck; never deleted
    added_at INTEGER NOT NULL,               -- epoch seconds
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX items_by_deck ON items (deck, position);
CREATE INDEX items_new ON items (deck, position) WHERE reviewed = 0 AND retired_at IS NULL;
CREATE TABLE item_content (
    id TEXT PRIMARY KEY REFERENCES items(id),
    kind TEXT NOT NULL,
    type TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    explanation TEXT NOT NULL,
    choices TEXT NOT NULL,                   -- JSON list
    source_doc TEXT NOT NULL,
    source_section TEXT NOT NULL,
    source_line INTEGER NOT NULL,
    data TEXT NOT NULL                       -- Item.to_dict() as JSON
);
-- One row per item and scheduler: each scheduler keeps its own opaque state (JSON text).
CREATE TABLE states (
    item_id TEXT NOT NULL REFERENCES items(id),
    scheduler TEXT NOT NULL,
    deck TEXT NOT NULL,                      -- the item's deck (an item id never changes deck)
    state TEXT NOT NULL,
    due INTEGER NOT NULL,                    -- epoch seconds
    interval_days INTEGER NOT NULL,
    PRIMARY KEY (item_id, scheduler)
) WITHOUT ROWID;
CREATE INDEX states_by_due ON states (deck, scheduler, due, item_id, interval_days);
-- The review log is append-only (see the triggers); an undo is a row in `undos`.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES items(id),
    deck TEXT NOT NULL,
    scheduler TEXT NOT NULL,
    session TEXT NOT NULL,
    time INTEGER NOT NULL,                   -- epoch milliseconds
    day TEXT NOT NULL,                       -- the study day, ISO date, in the learner's time zone
    grade INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'review', 'repeat')),  -- repeat: step 7, schedule kept
    duration_ms INTEGER,
    state_before TEXT,                       -- NULL: the item was new
    due_before INTEGER,
    interval_before INTEGER,
    state_after TEXT NOT NULL,
    due_after INTEGER NOT NULL,
    interval_after INTEGER NOT NULL
);
CREATE INDEX reviews_by_item ON reviews (item_id, id);
CREATE INDEX reviews_by_deck_day ON reviews (deck, day);
CREATE INDEX reviews_by_day ON reviews (day);
CREATE INDEX reviews_by_session ON reviews (session, id);
CREATE TABLE undos (
    review_id INTEGER PRIMARY KEY REFERENCES reviews(id),
    time INTEGER NOT NULL
);
CREATE VIEW answers AS
    SELECT * FROM reviews AS r WHERE NOT EXISTS (SELECT 1 FROM undos AS u WHERE u.review_id = r.id);
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER undos_no_delete BEFORE DELETE ON undos
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""


# Schema 2 (FSRS): which scheduler, with which options, each deck has had since when, so that a
# switch, a new desired retention or a new set of fitted FSRS parameters never erases the old
# ones. Existing decks get their current row, dated from their creation; the log is untouched.
SCHEMA_2 = """
CREATE TABLE deck_schedulers (
    id INTEGER PRIMARY KEY,
    deck TEXT NOT NULL REFERENCES decks(name),
    since INTEGER NOT NULL,                  -- epoch seconds
    scheduler TEXT NOT NULL,
    options TEXT NOT NULL                    -- as in decks.options
);
CREATE INDEX deck_schedulers_by_deck ON deck_schedulers (deck, id);
CREATE TRIGGER deck_schedulers_no_update BEFORE UPDATE ON deck_schedulers
    BEGIN SELECT RAISE(ABORT, 'the scheduler history is append-only'); END;
CREATE TRIGGER deck_schedulers_no_delete BEFORE DELETE ON deck_schedulers
    BEGIN SELECT RAISE(ABORT, 'the scheduler history is append-only'); END;
INSERT INTO deck_schedulers (deck, since, scheduler, options)
    SELECT name, created_at, scheduler, options FROM decks ORDER BY name;
"""


# Schema 3 (quizzes): each quiz run with every question drawn and its answer, and the missed
# items a learner sent to review (the one way a quiz touches `states`: see store/quizzes.py).
SCHEMA_3 = """
CREATE TABLE quizzes (
    id INTEGER PRIMARY KEY,
    deck TEXT NOT NULL,                      -- the items' deck (a seed file's quiz: maybe not stored)
    source TEXT NOT NULL,                    -- what the learner named: a deck file, a seed file, a deck
    seed INTEGER NOT NULL,                   -- the draw's seed: the same quiz can be drawn again
    started INTEGER NOT NULL,                -- epoch milliseconds
    finished INTEGER NOT NULL,               -- epoch milliseconds
    day TEXT NOT NULL,                       -- the study day, ISO date
    asked INTEGER NOT NULL,                  -- questions drawn
    answered INTEGER NOT NULL,               -- questions answered (a quiz may be ended early)
    score INTEGER NOT NULL                   -- answers counted right
);
CREATE INDEX quizzes_by_deck ON quizzes (deck, finished);
CREATE TABLE quiz_answers (
    quiz_id INTEGER NOT NULL REFERENCES quizzes(id),
    position INTEGER NOT NULL,               -- 0-based, in the order asked
    item_id TEXT NOT NULL,                   -- no reference: a seed file's items need not be stored
    kind TEXT NOT NULL,
    type TEXT NOT NULL,
    doc TEXT NOT NULL,
    section TEXT NOT NULL,
    given TEXT,                              -- the choice picked or the text typed; NULL: not answered
    verdict TEXT CHECK (verdict IN ('right', 'near', 'wrong')),
    counted INTEGER NOT NULL,                -- 1: counted right (so judged, or so counted by the learner)
    item TEXT NOT NULL,                      -- Item.to_dict() as JSON, as it was asked
    PRIMARY KEY (quiz_id, position)
) WITHOUT ROWID;
CREATE TABLE quiz_sends (
    id INTEGER PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes(id),
    item_id TEXT NOT NULL,
    time INTEGER NOT NULL,                   -- epoch milliseconds
    outcome TEXT NOT NULL CHECK (outcome IN ('due', 'already', 'new', 'suspended', 'absent')),
    due_before INTEGER,                      -- epoch seconds
    due_after INTEGER                        -- set when the send moved the item's due time
);
CREATE TRIGGER quizzes_no_update BEFORE UPDATE ON quizzes
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
CREATE TRIGGER quizzes_no_delete BEFORE DELETE ON quizzes
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
CREATE TRIGGER quiz_answers_no_update BEFORE UPDATE ON quiz_answers
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
CREATE TRIGGER quiz_answers_no_delete BEFORE DELETE ON quiz_answers
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
CREATE TRIGGER quiz_sends_no_update BEFORE UPDATE ON quiz_sends
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
CREATE TRIGGER quiz_sends_no_delete BEFORE DELETE ON quiz_sends
    BEGIN SELECT RAISE(ABORT, 'quiz runs are append-only'); END;
"""


# Schema 4 (siblings): items built from the same source line (a figure's basic, cloze and choice
# items; a person's question and its reverse; a claim and the framework of the same sentence) give
# each other away, so at most one of them is new per study day (store/queue.py). `sibling` is
# store/sync.py's `sibling_key`, backfilled here from the same source fields.
SCHEMA_4 = """
ALTER TABLE items ADD COLUMN sibling TEXT NOT NULL DEFAULT '';
UPDATE items SET sibling = coalesce((
    SELECT CASE WHEN c.source_line > 0 THEN c.source_doc || '#' || c.source_line ELSE items.id END
    FROM item_content AS c WHERE c.id = items.id), items.id);
"""


# Schema 5 (statistics at scale): what predicting recall reads of a state, in columns, so that
# `quizgen stats` computes it in SQL rather than parse every state. Triggers fill them from the
# state (JSON) on every write, whoever writes it; NULL where a scheduler's state has no such field.
_RECALL_COLUMNS = """stability = {state} ->> '$.stability',
    last_review_us = CASE WHEN {state} ->> '$.last_review' IS NULL THEN NULL
        ELSE unixepoch({state} ->> '$.last_review') * 1000000
            + CASE WHEN substr({state} ->> '$.last_review', 20, 1) = '.'
                THEN CAST(substr({state} ->> '$.last_review', 21, 6) AS INTEGER) ELSE 0 END END"""
SCHEMA_5 = f"""
ALTER TABLE states ADD COLUMN stability REAL;          -- FSRS: the card's stability
ALTER TABLE states ADD COLUMN last_review_us INTEGER;  -- FSRS: its last review, epoch microseconds
CREATE TRIGGER states_recall_on_insert AFTER INSERT ON states
    BEGIN UPDATE states SET {_RECALL_COLUMNS.format(state="NEW.state")}
    WHERE item_id = NEW.item_id AND scheduler = NEW.scheduler; END;
CREATE TRIGGER states_recall_on_update AFTER UPDATE OF state ON states
    BEGIN UPDATE states SET {_RECALL_COLUMNS.format(state="NEW.state")}
    WHERE item_id = NEW.item_id AND scheduler = NEW.scheduler; END;
UPDATE states SET {_RECALL_COLUMNS.format(state="state")};
-- covering what statistics read of a deck's states: counts per day and predicted recall
CREATE INDEX states_recall
    ON states (deck, scheduler, item_id, due, interval_days, stability, last_review_us);
"""


def _create_schema(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA_1):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _add_scheduler_history(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA_2):
        conn.execute(statement)


def _add_quizzes(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA_3):
        conn.execute(statement)


def _add_siblings(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA_4):
        conn.execute(statement)


def _add_recall_columns(conn: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA_5):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit the open transaction)."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    return out


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_schema,
    _add_scheduler_history,
    _add_quizzes,
    _add_siblings,
    _add_recall_columns,
]


def open_connection(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the store at `path`, created or migrated as needed; `QuizgenError` for a
    missing (when not `create`), foreign, corrupt or newer file, which is then left as it was."""
    if path.exists() and not path.is_file():
        raise QuizgenError(f"{path}: not a file, so it cannot be a review store")
    if not path.exists():
        if not create:
            raise QuizgenError(f"{path}: no review store here yet (review a deck first, or pass --db)")
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        _recognise(conn, path)  # reads only: nothing is written to a file we do not own
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # each answer survives a power cut too (~0.5 ms)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB: a 100,000-item store's indexes stay in memory
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = faults.explain(path, exc) or f"{path}: cannot use this review store: {exc}"
        raise QuizgenError(message) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _recognise(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise QuizgenError(f"{path}: not a quizgen review store, or damaged ({exc}); left untouched") from exc
    if app_id != APPLICATION_ID and (app_id or version or objects):
        raise QuizgenError(f"{path}: an SQLite file that is not a quizgen review store; left untouched")
    if version > len(MIGRATIONS):
        raise QuizgenError(
            f"{path}: made by a newer quizgen (schema {version}, this one knows {len(MIGRATIONS)}); "
            "upgrade quizgen"
        )


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    if conn.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        return  # up to date: no write lock, so a store another process is writing to still opens
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read inside the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= len(MIGRATIONS):
                conn.execute("COMMIT")
                return
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
