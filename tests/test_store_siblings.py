"""Sibling burying for new items (store/queue.py, store/sync.py, migration 4): items of one source
line give each other away, so one of them at most is new a study day, none after a sibling was
answered that day, and items of other lines are untouched."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

from store_support import NOW, at, make_item

from quizgen.model import Item, Source
from quizgen.store import Store, schema
from quizgen.store.sync import sibling_key

OLD_STORE = Path(__file__).parent / "data" / "store_schema1.db"


def on_line(item: Item, line: int, kind: str = "figure") -> Item:
    return dataclasses.replace(item, kind=kind, source=Source("talk", "主题一", line))


def figure_store(tmp_path: Path) -> Store:
    """Items 0-2: one figure's basic, cloze and choice (line 17); item 3: a person question and
    item 4 its reverse (line 1, other kind); item 5: another figure (line 24)."""
    items = [make_item(n) for n in range(6)]
    items = [on_line(items[n], 17) for n in range(3)] + [
        on_line(items[3], 1, "person"),
        on_line(items[4], 1, "person"),
        on_line(items[5], 24),
    ]
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck("talk", items, NOW)
    return store


FIGURE, PERSON = {"talk-000", "talk-001", "talk-002"}, {"talk-003", "talk-004"}


def test_siblings_of_a_fact_do_not_both_come_up_new_on_the_same_day(tmp_path: Path) -> None:
    store = figure_store(tmp_path)
    first, second, third = store.start_session("talk", NOW).queue
    assert first in FIGURE and second in PERSON and third == "talk-005"


def test_which_sibling_comes_first_is_stable_and_not_always_the_first_built(tmp_path: Path) -> None:
    # 30 lines, each with a basic, a cloze and a choice item built in that order
    items = [
        dataclasses.replace(on_line(make_item(3 * line + n), line), type=kind)
        for line in range(1, 31)
        for n, kind in enumerate(("basic", "cloze", "choice"))
    ]
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck("talk", items, NOW)
    store.configure_deck("talk", new_per_day=30)
    queue = store.start_session("talk", NOW).queue
    assert len(queue) == 30 and store.start_session("talk", NOW).queue == queue
    types = Counter(next(i.type for i in items if i.id == item_id) for item_id in queue)
    assert set(types) == {"basic", "cloze", "choice"} and max(types.values()) <= 20


def test_the_next_day_the_next_sibling_comes(tmp_path: Path) -> None:
    store = figure_store(tmp_path)
    for item_id in ("talk-000", "talk-003", "talk-005"):
        store.record_answer(item_id, 4, NOW)
    tomorrow = store.start_session("talk", at(11))
    assert tomorrow.new_ids == {"talk-001", "talk-004"}
    store.record_answer("talk-001", 4, at(11))
    store.record_answer("talk-004", 4, at(11))
    assert store.start_session("talk", at(12)).new_ids == {"talk-002"}


def test_a_sibling_answered_today_keeps_the_others_out_today(tmp_path: Path) -> None:
    store = figure_store(tmp_path)
    store.record_answer("talk-002", 4, NOW)  # the choice item, answered first (say, out of order)
    assert store.start_session("talk", NOW).new_ids == {"talk-003", "talk-005"}


def test_an_undone_answer_no_longer_buries_its_siblings(tmp_path: Path) -> None:
    store = figure_store(tmp_path)
    store.record_answer("talk-002", 4, NOW, session_id="s")
    store.undo_last("s", NOW)
    again = store.start_session("talk", NOW).new_ids
    assert len(again & FIGURE) == len(again & PERSON) == 1 and "talk-005" in again


def test_items_of_different_facts_are_unaffected(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck("talk", [make_item(n) for n in range(5)], NOW)  # lines 1-5: five facts
    store.record_answer("talk-000", 4, NOW)
    assert store.start_session("talk", NOW).new_ids == {"talk-001", "talk-002", "talk-003", "talk-004"}


def test_same_line_in_another_deck_is_not_a_sibling(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "quizgen.db")
    store.sync_deck("talk", [on_line(make_item(0), 17), on_line(make_item(1), 17)], NOW)
    store.sync_deck("other", [on_line(make_item(0, "other"), 17)], NOW)
    store.record_answer("talk-000", 4, NOW)
    assert store.start_session("other", NOW).new_ids == {"other-000"}
    assert store.start_session("talk", NOW).new_ids == set()


def test_an_item_without_a_line_is_its_own_group() -> None:
    first, second = on_line(make_item(0), 0), on_line(make_item(1), 0)
    assert sibling_key(first) != sibling_key(second)
    assert sibling_key(on_line(make_item(0), 17)) == sibling_key(on_line(make_item(1), 17, "claim"))


def test_an_item_moved_to_another_line_leaves_its_old_group(tmp_path: Path) -> None:
    store = figure_store(tmp_path)
    items = store.deck_items("talk")
    store.sync_deck("talk", [on_line(x, 30) if x.id == "talk-001" else x for x in items], NOW)
    assert "talk-001" in store.start_session("talk", NOW).new_ids


def test_migration_on_an_old_store_keeps_history_and_groups_its_items(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(OLD_STORE, path)
    with sqlite3.connect(path) as conn:
        old_log = conn.execute("SELECT * FROM reviews ORDER BY id").fetchall()
        old_items = conn.execute("SELECT * FROM items ORDER BY id").fetchall()
    with Store.open(path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) == 5
        assert conn.execute("SELECT * FROM reviews ORDER BY id").fetchall() == old_log
        rows = conn.execute("SELECT * FROM items ORDER BY id").fetchall()
        assert [r[:-1] for r in rows] == old_items
        stored = dict(conn.execute("SELECT id, sibling FROM items"))
        for deck in store.decks():
            for item in store.deck_items(deck):
                assert stored[item.id] == sibling_key(item)
        assert len(set(stored.values())) >= 2
