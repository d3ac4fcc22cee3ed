"""Snapshot of the quiz results screen at 80x24 on a fixed clock (2024-03-10, UTC+8): a whole run
of the quiz tests' deck, 3 of 5 right in 2 min 20 s, two themes, four kinds, two missed, the
misses sent to review. Update with `pytest tests/test_quiz_snapshots.py --snapshot-update` and
look at the changed SVG before committing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quiz_support import make_quiz, make_quiz_store
from test_quiz_tui import WHOLE_RUN
from textual.pilot import Pilot
from tui_support import SIZE, Clock

from quizgen.tui.screens.quiz import create_quiz_app

Snap = Callable[..., bool]


def test_results_after_a_whole_run_with_the_misses_sent(snap_compare: Snap, tmp_path: Path) -> None:
    clock = Clock()
    app = create_quiz_app(make_quiz_store(tmp_path), make_quiz(), now=clock)

    async def run_the_quiz(pilot: Pilot[None]) -> None:
        for n, keys in enumerate(WHOLE_RUN):
            clock.advance(seconds=35 if n else 0)
            await pilot.press(*keys)
            await pilot.pause()
        clock.advance(minutes=1)  # after the results: the time taken stays 4 x 35 s
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(app, run_before=run_the_quiz, terminal_size=SIZE)
