"""An FSRS session in the review app, driven through the Pilot: grade keys 1-4 (Again, Hard,
Good, Easy) each with the interval it gives, learning steps that come back in the session, and
undo back to the start (fixed clock, fuzz off; intervals as in tests/test_fsrs.py)."""

from __future__ import annotations

from pathlib import Path

from tui_support import DECK, ITEMS, NOW, Clock, log, make_store, press, running, text

from quizgen.store import Store
from quizgen.tui.app import create_app
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.widgets.grades import GradeKey

BASIC = (ITEMS[0], ITEMS[2], ITEMS[3])  # talk-1, talk-3, talk-4: no choices, so digits are grades


def fsrs_store(tmp_path: Path) -> Store:
    store = make_store(tmp_path, BASIC)
    store.configure_deck(DECK, scheduler="fsrs", fuzz=False, now=NOW)
    return store


def keys(app: object) -> dict[int, str]:
    return {key.grade.value: str(key.render()) for key in app.screen.query(GradeKey)}  # type: ignore[attr-defined]


def current(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ReviewScreen)
    card = screen.study.card
    return card.item.id if card is not None else ""


async def test_keys_one_to_four_grade_again_hard_good_easy_with_their_intervals(tmp_path: Path) -> None:
    app = create_app(fsrs_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert current(app) == "talk-1"
        await press(pilot, "space")
        # A new item: the learning steps of 1 and 10 minutes (Hard halfway: 5.5, shown rounded),
        # Easy straight to 8 days (initial stability 8.2956 at 90% retention); Good is the one
        # Space/Enter would give (⏎).
        assert keys(app) == {1: "1 again\n1m", 2: "2 hard\n6m", 3: "3 good ⏎\n10m", 4: "4 easy\n8d"}
        await press(pilot, "0", "5")  # SM-2's grades are not FSRS's: nothing happens
        assert log(tmp_path / "quizgen.db") == []
        await press(pilot, "3")
        assert log(tmp_path / "quizgen.db") == [("talk-1", 3, "new")]
        assert current(app) == "talk-3"
        assert "(1 to repeat)" in text(app, "#review-progress")  # talk-1 is on its 10-minute step


async def test_a_learning_step_comes_back_and_undo_walks_back_to_the_start(tmp_path: Path) -> None:
    clock = Clock()
    app = create_app(fsrs_store(tmp_path), now=clock, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "space", "3")  # talk-1 good: 10-minute step
        clock.advance(minutes=1)
        await press(pilot, "space", "4")  # talk-3 easy: 8 days
        clock.advance(minutes=1)
        await press(pilot, "space", "4")  # talk-4 easy
        clock.advance(minutes=1)
        assert current(app) == "talk-1"
        assert text(app, "#card-kind").startswith("again ·")  # back in the session, and graded anew
        await press(pilot, "space")
        # On its last step: Good graduates (stability 2.3065 -> 2 days), Again restarts the steps.
        assert keys(app)[3] == "3 good ⏎\n2d" and keys(app)[1] == "1 again\n1m"

        await press(pilot, "u")
        assert current(app) == "talk-4"
        assert log(tmp_path / "quizgen.db") == [("talk-1", 3, "new"), ("talk-3", 4, "new")]
        await press(pilot, "u", "u")
        assert current(app) == "talk-1" and log(tmp_path / "quizgen.db") == []
        assert text(app, "#card-kind").startswith("new ·")
        await press(pilot, "space")
        assert keys(app)[3] == "3 good ⏎\n10m"  # a new item again
