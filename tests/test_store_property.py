"""Property: any sequence of answers and undos leaves the store and the session telling the same
story, and undoing everything leaves no trace but the append-only log."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from store_support import NOW, make_items

from quizgen.schedule.sm2 import NEW, Sm2State, review
from quizgen.store import Store

ACTIONS = st.lists(st.one_of(st.integers(min_value=0, max_value=5), st.just("undo")), max_size=14)


@settings(max_examples=max(30, settings.default.max_examples), deadline=None)  # fuzz: 1,000
@given(ACTIONS)
def test_store_matches_the_session_after_any_answers_and_undos(actions: list[int | str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "q.db") as store:
        store.sync_deck("talk", make_items(3), NOW)
        session = store.start_session("talk", NOW, session_id="s")
        for action in actions:
            if action == "undo":
                session = store.undo(session, NOW)
            elif not session.finished:
                session = store.answer(session, int(action), NOW)
        conn = store._conn

        logged = conn.execute("SELECT item_id, grade, kind = 'repeat' FROM answers ORDER BY id").fetchall()
        assert logged == [(s.item_id, s.grade, int(s.repeat)) for s in session.steps]

        # Each item's state is SM-2 applied to its first grade of the day; repeats change nothing.
        expected: dict[str, Sm2State] = {}
        for step in session.steps:
            if not step.repeat:
                expected[step.item_id] = review(NEW, step.grade)
        states = {
            item_id: Sm2State.from_dict(json.loads(state))
            for item_id, state in conn.execute("SELECT item_id, state FROM states")
        }
        assert states == expected
        reviewed = {r[0] for r in conn.execute("SELECT id FROM items WHERE reviewed = 1")}
        assert reviewed == set(expected)

        while session.steps:
            session = store.undo(session, NOW)
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM states").fetchone()[0] == 0
        total = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        assert total == conn.execute("SELECT count(*) FROM undos").fetchone()[0]
        assert store.start_session("talk", NOW).queue == ("talk-000", "talk-001", "talk-002")
