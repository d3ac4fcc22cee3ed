"""Which file the store opens, and what it does with files that are not its own: refuse them
with a message naming the file, and leave them byte for byte as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_support import NOW, make_items

from quizgen.errors import QuizgenError
from quizgen.store import Store, resolve_db_path, schema


def test_db_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = {"QUIZGEN_HOME": str(tmp_path / "home")}
    assert resolve_db_path(str(tmp_path / "x.db"), env) == tmp_path / "x.db"
    assert resolve_db_path(None, env) == tmp_path / "home" / "quizgen.db"


def test_default_location_is_the_platform_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert resolve_db_path(None, {}) == tmp_path / "share" / "quizgen" / "quizgen.db"


def test_open_without_a_path_uses_quizgen_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path / "data"))
    with Store.open() as store:
        assert store.path == tmp_path / "data" / "quizgen.db"
    assert (tmp_path / "data" / "quizgen.db").is_file()


def refused(path: Path, message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(QuizgenError, match=message) as error:
        Store.open(path)
    assert str(path) in str(error.value)
    assert path.read_bytes() == before


def test_garbage_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(bytes(range(256)) * 40)
    refused(path, "not a quizgen review store, or damaged")


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# 读书笔记\n\n不是数据库。\n", encoding="utf-8")
    refused(path, "not a quizgen review store")


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "collection.anki2"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, flds TEXT)")
    conn.execute("INSERT INTO notes (flds) VALUES ('Q\x1fA')")
    conn.commit()
    conn.close()
    refused(path, "an SQLite file that is not a quizgen review store")


def test_store_from_a_newer_quizgen_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    refused(path, r"newer quizgen \(schema 99")


def test_store_damaged_inside_is_reported_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        store.sync_deck("talk", make_items(200), NOW)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : 8 * page] = b"\xff" * (7 * page)  # wipe pages 2-8, keep the header page
    path.write_bytes(bytes(data))
    with pytest.raises(QuizgenError, match=r"q\.db"), Store.open(path) as store:
        store.stats(None, NOW)
        store.start_session("talk", NOW)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(QuizgenError, match="not a file"):
        Store.open(tmp_path)


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    path.touch()
    Store.open(path).close()
    assert Store.open(path).decks() == []


def test_a_later_migration_upgrades_an_existing_store_and_keeps_its_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "q.db"
    with Store.open(path) as store:
        store.sync_deck("talk", make_items(2), NOW)
        store.record_answer("talk-000", 5, NOW)
    runs = []

    def add_quiz_runs(conn: sqlite3.Connection) -> None:
        runs.append(1)
        conn.execute("CREATE TABLE quiz_runs (id INTEGER PRIMARY KEY, deck TEXT NOT NULL)")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, add_quiz_runs])
    Store.open(path).close()
    with Store.open(path) as store:  # a second open finds nothing left to do
        assert store.stats("talk", NOW).learning == 1
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert store._conn.execute("SELECT count(*) FROM quiz_runs").fetchone()[0] == 0
    assert runs == [1]


def test_a_failing_migration_is_rolled_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "q.db"
    Store.open(path).close()
    shipped = len(schema.MIGRATIONS)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        conn.execute("ALTER TABLE no_such_table ADD COLUMN x")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(QuizgenError, match="no such table"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
