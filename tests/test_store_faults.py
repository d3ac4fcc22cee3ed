"""The store when the world around it fails: another process holding the write lock (a reader
still reads; a writer waits, then gets one line), and a full disk while answering (the answer
is refused in one line, every answer before it is kept, and the store goes on once there is
room). The messages quoted here are the ones a user sees."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_support import NOW, make_items

from quizgen.cli import main
from quizgen.errors import QuizgenError
from quizgen.store import Store, schema
from quizgen.tui.app import create_app

BUSY = (
    "{db}: another program is writing to this review store (another quizgen, or an sqlite3 shell with a "
    "transaction open); after waiting 0.3 s, {outcome} (try again once it has finished)"
)
FULL = "{db}: the disk is full: {outcome}; everything saved before is safe (free some space, then try again)"

# A second process with a write transaction open (as `sqlite3 q.db` then `BEGIN IMMEDIATE;` and
# an INSERT would have); it prints once it holds the lock and rolls back when stdin closes.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
print("holding", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        store.sync_deck("talk", make_items(5), NOW)
    return path


@contextlib.contextmanager
def held(db: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    try:
        yield
    finally:
        holder.communicate("", timeout=10)


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_S", 0.3)  # the user waits 10 s; the test need not


def cli(argv: list[str]) -> tuple[int, str, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue().splitlines()


def answers(db: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in conn.execute("SELECT item_id FROM answers ORDER BY id")]


# --- another process holds the write lock -------------------------------------------------------


def test_stats_reads_a_store_another_process_is_writing_to(db: Path, short_wait: None) -> None:
    with held(db):
        code, out, err = cli(["stats", "--db", str(db)])
    assert (code, err) == (0, [])
    assert "New" in out and " 5\n" in out  # what was committed; the holder's write is not seen


def test_a_write_to_a_locked_store_waits_then_fails_in_one_line(
    db: Path, short_wait: None, tmp_path: Path
) -> None:
    items = tmp_path / "more.items.yaml"
    items.write_text(
        "- {id: talk-009, kind: figure, type: basic, question: q, answer: a, source: {doc: d, line: 1}}\n",
        encoding="utf-8",
    )
    with held(db):
        code, _, err = cli(["review", str(items), "--db", str(db)])  # syncs before the app opens
    assert code == 2
    assert err == ["error: " + BUSY.format(db=db, outcome="nothing was changed")]
    code, _, err = cli(["review", str(tmp_path / "none.items.yaml"), "--db", str(db)])
    assert code == 2 and "none.items.yaml" in err[0]  # the store itself is fine afterwards


def test_an_answer_on_a_locked_store_is_refused_and_can_be_given_again(db: Path, short_wait: None) -> None:
    with Store.open(db) as store:
        store.record_answer("talk-000", 5, NOW)
        with held(db), pytest.raises(QuizgenError) as refused:
            store.record_answer("talk-001", 5, NOW)
        assert str(refused.value) == BUSY.format(db=db, outcome="this answer was not recorded")
        assert answers(db) == ["talk-000"]
        store.record_answer("talk-001", 5, NOW)  # the same store, once the other process is done
    assert answers(db) == ["talk-000", "talk-001"]


# --- the disk fills up ----------------------------------------------------------------------------


def test_a_full_disk_refuses_the_answer_in_one_line_and_keeps_every_earlier_one(db: Path) -> None:
    with Store.open(db) as store:
        conn = store._conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL at the next page
        recorded = []
        with pytest.raises(QuizgenError) as full:
            for n in range(5):
                for _ in range(50):  # answers of the same item until a page runs out
                    store.record_answer(f"talk-{n:03d}", 4, NOW)
                    recorded.append(f"talk-{n:03d}")
        assert str(full.value) == FULL.format(db=db, outcome="this answer was not recorded")
        assert recorded and not conn.in_transaction
        conn.execute(f"PRAGMA max_page_count = {pages * 10}")  # space again: answering goes on
        store.record_answer("talk-004", 3, NOW)
    assert answers(db) == [*recorded, "talk-004"]


class FullAtCommit:
    """A connection whose COMMIT fails as a full disk makes it fail in WAL mode, where pages reach
    the disk at commit; everything else goes to the real connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.full = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.full and sql == "COMMIT":
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode, error.sqlite_errorname = 13, "SQLITE_FULL"
            raise error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_commit_failing_on_a_full_disk_is_rolled_back_and_the_store_goes_on(db: Path) -> None:
    conn = FullAtCommit(schema.open_connection(db))
    with Store(conn, db) as store:  # type: ignore[arg-type]
        store.record_answer("talk-000", 5, NOW)
        conn.full = True
        with pytest.raises(QuizgenError) as full:
            store.record_answer("talk-001", 5, NOW)
        assert str(full.value) == FULL.format(db=db, outcome="this answer was not recorded")
        assert not conn.in_transaction  # not left holding the write lock
        conn.full = False
        store.record_answer("talk-002", 5, NOW)
    assert answers(db) == ["talk-000", "talk-002"]


def test_a_sync_on_a_full_disk_fails_in_one_line(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = schema.open_connection

    def tiny(path: Path, *, create: bool = True) -> sqlite3.Connection:
        conn = real(path, create=create)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    monkeypatch.setattr("quizgen.store.db.open_connection", tiny)
    items = tmp_path / "big.items.yaml"
    rows = [
        f"- {{id: big-{n}, kind: figure, type: basic, question: q{n} {'x' * 500}, answer: a, "
        "source: {doc: d, line: 1}}\n"
        for n in range(200)
    ]
    items.write_text("".join(rows), encoding="utf-8")
    code, _, err = cli(["review", str(items), "--db", str(db)])
    assert code == 2
    assert err == ["error: " + FULL.format(db=db, outcome="nothing was changed")]


async def test_the_review_screen_shows_a_refused_answer_and_keeps_the_card(db: Path) -> None:
    conn = FullAtCommit(schema.open_connection(db))
    store = Store(conn, db)  # type: ignore[arg-type]
    app = create_app(store, now=NOW, deck="talk")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        conn.full = True
        await pilot.press("space", "5")
        await pilot.pause()
        notes = [(n.title, n.message) for n in app._notifications]
        assert ("Not recorded", FULL.format(db=db, outcome="this answer was not recorded")) in notes
        card = app.screen.study.card  # type: ignore[attr-defined]
        assert card is not None and card.item.id == "talk-000"  # still on screen, to answer again
        conn.full = False
        await pilot.press("5")
        await pilot.pause()
    store.close()
    assert answers(db) == ["talk-000"]


# --- a real full file system (root only: it mounts a 4 MB tmpfs) ---------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("needs root to mount a small tmpfs; the injected faults above cover the same paths")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_answers_on_a_real_full_disk_are_refused_in_one_line_and_none_before_is_lost(
    small_disk: Path,
) -> None:
    db = small_disk / "q.db"
    with Store.open(db) as store:
        store.sync_deck("talk", make_items(300), NOW)
        with open(small_disk / "filler", "wb", buffering=0) as filler:
            with contextlib.suppress(OSError):
                while True:
                    filler.write(b"x" * 4096)
            filler.truncate(os.fstat(filler.fileno()).st_size - 200_000)  # room for a few answers
        recorded = []
        with pytest.raises(QuizgenError) as full:
            for n in range(300):
                store.record_answer(f"talk-{n:03d}", 4, NOW)
                recorded.append(f"talk-{n:03d}")
        assert str(full.value) == FULL.format(db=db, outcome="this answer was not recorded")
        assert recorded
    (small_disk / "filler").unlink()
    assert answers(db) == recorded
