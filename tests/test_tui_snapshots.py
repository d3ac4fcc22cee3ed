"""Snapshots of the review app at 80x24 on a fixed date (2024-03-10, UTC+8): the review screen
before and after the answer, a wrong choice, a wrong typed answer, the summary, the stats screen
and the light theme. Update with `pytest tests/test_tui_snapshots.py --snapshot-update` and look
at every changed SVG before committing it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from tui_support import DECK, NOW, SIZE, make_store

from quizgen.tui.app import THEMES, create_app

Snap = Callable[..., bool]


def test_review_screen_before_the_answer(snap_compare: Snap, tmp_path: Path) -> None:
    assert snap_compare(create_app(make_store(tmp_path), now=NOW, deck=DECK), terminal_size=SIZE)


def test_review_screen_after_the_answer(snap_compare: Snap, tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    assert snap_compare(app, press=["space"], terminal_size=SIZE)


def test_review_screen_after_a_wrong_choice(snap_compare: Snap, tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)  # the choice item comes first
    app = create_app(store, now=NOW, deck=DECK)
    assert snap_compare(app, press=["3"], terminal_size=SIZE)


def test_review_screen_after_a_wrong_typed_answer(snap_compare: Snap, tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    assert snap_compare(app, press=["t", *"100亿美金", "enter"], terminal_size=SIZE)


def test_summary_after_a_short_session(snap_compare: Snap, tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    assert snap_compare(app, press=["space", "5", "space", "4", "space", "1", "q"], terminal_size=SIZE)


def test_stats_screen_with_a_month_of_history(snap_compare: Snap, tmp_path: Path) -> None:
    store = make_store(tmp_path)
    # answers on earlier days; each item is then due a day (or six) later
    for n, days_ago in ((1, 12), (2, 9), (3, 5), (4, 3), (5, 2), (1, 11)):
        store.record_answer(f"talk-{n}", 4 if n % 2 else 2, NOW - timedelta(days=days_ago))
    store.record_answer("talk-6", 5, NOW)
    app = create_app(store, now=NOW)
    assert snap_compare(app, press=["s"], terminal_size=SIZE)


def test_review_screen_in_the_light_theme(snap_compare: Snap, tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK, theme=THEMES[1])
    assert snap_compare(app, press=["space"], terminal_size=SIZE)
