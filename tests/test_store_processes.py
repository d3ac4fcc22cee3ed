"""Real processes against one store: a reviewer killed mid-stream loses nothing it committed, and
two reviewers answering at once neither lose answers nor crash on a locked database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from store_support import NOW, make_items

from quizgen.store import Store

# argv: db, first item, last item (exclusive), go-file. Answers each item once, printing its id
# after the answer is committed, then repeats forever (the kill test stops it with SIGKILL).
REVIEWER = """
import os, sys, time
from datetime import datetime
from quizgen.store import Store

db, first, last, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
forever = len(sys.argv) > 5
now = datetime.fromisoformat("2024-03-10T10:00:00+08:00")
store = Store.open(db)
while not os.path.exists(go):
    time.sleep(0.005)
while True:
    for n in range(first, last):
        store.record_answer(f"talk-{n:03d}", 5, now, session_id=str(os.getpid()))
        print(f"talk-{n:03d}", flush=True)
    if not forever:
        break
"""


def reviewer(db: Path, first: int, last: int, go: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", REVIEWER, str(db), str(first), str(last), str(go), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def make_store(tmp_path: Path, count: int) -> Path:
    db = tmp_path / "q.db"
    with Store.open(db) as store:
        store.sync_deck("talk", make_items(count), NOW)
    return db


def test_answers_committed_before_a_kill_are_all_there(tmp_path: Path) -> None:
    db = make_store(tmp_path, 300)
    go = tmp_path / "go"
    go.touch()
    child = reviewer(db, 0, 300, go, "forever")
    assert child.stdout is not None
    printed = [child.stdout.readline().strip() for _ in range(20)]
    os.kill(child.pid, signal.SIGKILL)
    # read through the text wrapper: readline may have buffered lines ahead, which communicate()
    # (reading the pipe's descriptor itself) would never see
    rest = child.stdout.read()
    child.wait(timeout=10)
    assert child.stderr is not None
    child.stderr.close()
    printed += rest.split()
    assert child.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    logged = [r[0] for r in conn.execute("SELECT item_id FROM answers ORDER BY id")]
    # Every printed answer was committed; at most one more (committed, killed before printing).
    assert logged[: len(printed)] == printed
    assert len(logged) - len(printed) in (0, 1)
    # Each answer's state change and log row were one transaction: no state without its answer.
    scheduled = conn.execute("SELECT count(DISTINCT item_id) FROM answers WHERE kind = 'new'").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM states").fetchone()[0] == scheduled == min(len(logged), 300)


def test_two_processes_answering_the_same_items_at_once_lose_nothing(tmp_path: Path) -> None:
    db = make_store(tmp_path, 150)
    go = tmp_path / "go"
    children = [reviewer(db, 0, 150, go), reviewer(db, 0, 150, go)]
    time.sleep(0.3)  # let both open the store and wait at the line
    go.touch()
    outputs = [child.communicate(timeout=60) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err
        assert len(out.split()) == 150

    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 300
    # Whichever process came second to an item found it answered today: a step-7 repeat.
    kinds = dict(conn.execute("SELECT kind, count(*) FROM answers GROUP BY kind").fetchall())
    assert kinds == {"new": 150, "repeat": 150}
    per_item = conn.execute("SELECT count(*) FROM answers GROUP BY item_id").fetchall()
    assert {n for (n,) in per_item} == {2}
