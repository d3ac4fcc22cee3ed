"""The review screen driven through the Pilot as a learner would: reveal, grades, choices, typed
answers, undo, bury, suspend, quit and resume, with the store checked afterwards."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from textual.widgets import Input
from textual.widgets._toast import Toast
from tui_support import CST, DECK, NOW, Clock, basic, item_flags, log, make_store, press, running, text

from quizgen.model import Item, Source
from quizgen.schedule.days import day_start
from quizgen.tui.app import create_app
from quizgen.tui.screens.decks import DecksScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.summary import SummaryScreen
from quizgen.tui.widgets.grades import GradeKey


def review_screen(app: object) -> ReviewScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ReviewScreen), type(screen).__name__
    return screen


def current_id(app: object) -> str:
    card = review_screen(app).study.card
    assert card is not None
    return card.item.id


async def test_space_shows_the_answer_and_a_grade_key_records_it_before_the_next_card(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert "年化收入" in text(app, "#card-question")
        assert text(app, "#card-kind") == "new · figure · basic"
        assert text(app, "#card-hint") == "Space shows the answer · t lets you type it first"
        assert not app.screen.query_one("#card-back").display
        await press(pilot, "space")
        assert app.screen.query_one("#card-back").display
        assert text(app, "#card-answer") == "200亿美元"
        assert "200 亿美元" in text(app, "#card-explanation")
        assert text(app, "#card-source") == "talk · 主题一：商业模式 · line 11"
        await press(pilot, "5")
        # committed before the next card shows: a second connection sees it
        assert log(tmp_path / "quizgen.db") == [("talk-1", 5, "new")]
        assert current_id(app) == "talk-2"
        assert not app.screen.query_one("#card-back").display


async def test_grade_keys_do_nothing_before_the_answer_is_shown(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "0", "3", "5", "enter")  # enter shows the answer; digits did nothing
        assert log(tmp_path / "quizgen.db") == []
        assert current_id(app) == "talk-1"
        assert review_screen(app).revealed
        assert all("-inert" not in key.classes for key in app.screen.query(GradeKey))


async def test_grade_keys_show_each_grades_label_and_interval(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW.replace(day=1))  # seen once: I(1) = 1 day, EF 2.6
    store.record_answer("talk-1", 5, NOW.replace(day=2))  # I(2) = 6 days, EF 2.7; due on the 8th
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert current_id(app) == "talk-1"
        assert text(app, "#card-kind") == "review · figure · basic"
        keys = {key.grade.value: str(key.render()) for key in app.screen.query(GradeKey)}
        assert all("-inert" in key.classes for key in app.screen.query(GradeKey))
        await press(pilot, "space")
        # I(3) = ceil(6 * 2.7) = 17 days for a pass; a lapse restarts at 1 day
        assert keys == {
            0: "0 blackout\n1d",
            1: "1 wrong\n1d",
            2: "2 familiar\n1d",
            3: "3 hard\n17d",
            4: "4 good\n17d",
            5: "5 perfect\n17d",
        }
        assert str(app.screen.query_one("#grade-4").render()) == "4 good ⏎\n17d"


async def test_picking_the_right_choice_marks_it_and_suggests_good(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)  # so the choice item comes first
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert current_id(app) == "talk-2"
        assert text(app, "#card-hint") == "1-3 picks an answer · t lets you type it · Space shows it"
        await press(pilot, "2")
        screen = review_screen(app)
        assert (screen.revealed, screen.picked, screen.suggested) == (True, 1, 4)
        lines = list(app.screen.query(".choice"))
        assert "-right" in lines[1].classes and "✓" in str(lines[1].render())
        await press(pilot, "enter")
    assert log(tmp_path / "quizgen.db")[-1] == ("talk-2", 4, "new")


async def test_picking_a_wrong_choice_marks_it_and_the_right_one_and_suggests_wrong(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "9")  # no ninth choice: nothing happens
        assert not review_screen(app).revealed
        await press(pilot, "3")
        lines = list(app.screen.query(".choice"))
        assert "-wrong" in lines[2].classes and "✗" in str(lines[2].render())
        assert "-right" in lines[1].classes
        assert review_screen(app).suggested == 1
        await press(pilot, "space")
    assert log(tmp_path / "quizgen.db")[-1] == ("talk-2", 1, "new")


async def test_a_typed_answer_differing_only_in_spacing_is_right(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "t")
        assert isinstance(app.focused, Input)
        await press(pilot, *"200 亿美元", "enter")
        assert text(app, "#card-verdict").startswith("✓ Right")
        assert review_screen(app).suggested == 4
        assert not isinstance(app.focused, Input)  # digits grade again
        await press(pilot, "5")
    assert log(tmp_path / "quizgen.db") == [("talk-1", 5, "new")]


async def test_a_wrong_typed_answer_shows_the_difference_and_suggests_wrong(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "t", *"100亿美元", "enter")
        verdict = text(app, "#card-verdict")
        assert verdict.splitlines() == ["✗ Not quite", "typed     100亿美元", "expected  200亿美元"]
        assert review_screen(app).suggested == 1
        await press(pilot, "enter")
    assert log(tmp_path / "quizgen.db") == [("talk-1", 1, "new")]


async def test_a_near_miss_suggests_the_lowest_passing_grade(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "t", *"200亿", "enter")  # the unit left out
        assert text(app, "#card-verdict").startswith("≈ Close")
        assert review_screen(app).suggested == 3


async def test_escape_leaves_typing_unrevealed_and_typed_letters_are_not_commands(
    tmp_path: Path,
) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "t", "q", "b", "u", "!", "5")  # all typed into the box
        assert app.screen.query_one("#typed", Input).value == "qbu!5"
        await press(pilot, "escape")
        screen = review_screen(app)
        assert (screen.typing, screen.revealed) == (False, False)
        assert not app.screen.query_one("#typed", Input).display
    assert log(tmp_path / "quizgen.db") == []


async def test_undo_takes_back_the_answer_in_the_store_and_shows_its_card_again(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "u")  # nothing to undo yet: nothing happens
        await press(pilot, "space", "5")
        assert current_id(app) == "talk-2"
        await press(pilot, "u")
        assert current_id(app) == "talk-1"
        assert not review_screen(app).revealed
        assert text(app, "#review-progress") == "0 done · 6 left"
    assert log(db) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM undos").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM states WHERE item_id = 'talk-1'").fetchone()[0] == 0


async def test_bury_and_suspend_take_the_card_out_and_show_the_next(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "b")
        assert current_id(app) == "talk-2"
        await press(pilot, "!")
        assert current_id(app) == "talk-3"
        assert text(app, "#review-progress") == "0 done · 4 left"
    tomorrow = int(day_start(NOW.date().replace(day=11), CST, 4).timestamp())
    assert item_flags(db, "talk-1") == (0, tomorrow)
    assert item_flags(db, "talk-2") == (1, None)
    assert log(db) == []


async def test_a_whole_session_with_repeats_quit_and_resume(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    clock = Clock()
    app = create_app(make_store(tmp_path), now=clock, deck=DECK)
    async with running(app) as pilot:
        steps = [
            ("talk-1", ("t", *"200 亿美元", "enter", "enter")),  # typed right, suggestion 4 taken
            ("talk-2", ("1", "space")),  # the wrong choice, suggestion 1 taken
            ("talk-3", ("space", "0")),
            ("talk-4", ("t", *"山姆·奥特曼", "enter", "2")),  # typed wrong, graded 2 by hand
            ("talk-5", ("space", "5", "u", "space", "3")),  # 5 undone, then 3
            ("talk-6", ("b",)),  # buried
            ("talk-2", ("2", "enter")),  # step 7: the right choice now, 4
            ("talk-3", ("!",)),  # suspended
        ]
        for item_id, keys in steps:
            assert current_id(app) == item_id
            clock.advance(seconds=10)
            await press(pilot, *keys)
        assert current_id(app) == "talk-4"
        assert text(app, "#card-kind") == "again today, the schedule stays · figure · basic"
        assert text(app, "#review-progress") == "6 done · 2 left (2 to repeat)"
        await press(pilot, "q")
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.reviewed, summary.left, summary.seconds) == (6, 2, 80)
        assert [(g.value, n) for g, n in summary.spread] == [(0, 1), (1, 1), (2, 1), (3, 1), (4, 2), (5, 0)]
        # tomorrow: the items answered today (interval 1) but the suspended one; the buried one is new
        assert summary.due_tomorrow == 4

        await press(pilot, "enter")
        assert isinstance(app.screen, DecksScreen)
        row = app.screen.query_one("#decks").get_row(DECK)  # type: ignore[attr-defined]
        assert [str(cell) for cell in row] == ["talk", "0", "2", "6"]

        await press(pilot, "enter")  # resume: the two step-7 leftovers, in the order they were missed
        assert current_id(app) == "talk-4"
        await press(pilot, "space", "5")
        assert current_id(app) == "talk-5"
        await press(pilot, "space", "4")
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.left == 0

    assert log(db) == [
        ("talk-1", 4, "new"),
        ("talk-2", 1, "new"),
        ("talk-3", 0, "new"),
        ("talk-4", 2, "new"),
        ("talk-5", 3, "new"),
        ("talk-2", 4, "repeat"),
        ("talk-4", 5, "repeat"),
        ("talk-5", 4, "repeat"),
    ]
    with sqlite3.connect(db) as conn:
        states = {
            item: (s["repetitions"], Decimal(s["easiness"]), s["interval"])
            for item, s in (
                (item, json.loads(state))
                for item, state in conn.execute("SELECT item_id, state FROM states WHERE scheduler = 'sm2'")
            )
        }
        undone = conn.execute(
            "SELECT r.item_id, r.grade FROM undos AS u JOIN reviews AS r ON r.id = u.review_id"
        ).fetchall()
    # repeats keep the schedule: a pass on the first showing is repetition 1, a lapse restarts
    assert states == {
        "talk-1": (1, Decimal("2.5"), 1),
        "talk-2": (0, Decimal("2.5"), 1),
        "talk-3": (0, Decimal("2.5"), 1),
        "talk-4": (0, Decimal("2.5"), 1),
        "talk-5": (1, Decimal("2.36"), 1),
    }
    assert undone == [("talk-5", 5)]
    assert item_flags(db, "talk-6")[1] is not None
    assert item_flags(db, "talk-3")[0] == 1


async def test_the_mouse_picks_a_choice_and_a_grade(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        await pilot.click("#grade-5")  # before the answer: inert
        await pilot.pause()
        assert log(tmp_path / "quizgen.db") == [("talk-1", 5, "new")]
        choices = list(app.screen.query(".choice"))
        await pilot.click(choices[1])
        await pilot.pause()
        assert review_screen(app).picked == 1
        await pilot.click("#grade-5")
        await pilot.pause()
    assert log(tmp_path / "quizgen.db")[-1] == ("talk-2", 5, "new")


async def test_a_choice_card_shows_no_grades_until_a_choice_is_picked(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)  # so the choice item comes first
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert current_id(app) == "talk-2"
        grades = app.screen.query_one("#grades")
        assert not grades.display  # 1-3 pick a choice here, not a grade
        await press(pilot, "1")
        assert grades.display and review_screen(app).picked == 0
        await press(pilot, "enter")
        assert current_id(app) == "talk-3" and grades.display  # a basic card: grades shown, inert


async def test_t_on_a_choice_card_types_the_answer(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW)
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        assert current_id(app) == "talk-2"
        await press(pilot, "t")
        assert isinstance(app.focused, Input)
        await press(pilot, *"20-25%", "enter")  # digits go into the box, not to the choices
        screen = review_screen(app)
        assert text(app, "#card-verdict").startswith("✓ Right")
        assert (screen.revealed, screen.picked, screen.suggested) == (True, None, 4)
        assert app.screen.query_one("#grades").display
        await press(pilot, "enter")
    assert log(tmp_path / "quizgen.db")[-1] == ("talk-2", 4, "new")


async def test_a_possessive_particle_typed_in_counts_as_right(tmp_path: Path) -> None:
    items = (basic(1, "谁负责 Anthropic 的日常经营？", "Anthropic CEO"),)
    app = create_app(make_store(tmp_path, items), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "t", *"Anthropic的CEO", "enter")
        assert text(app, "#card-verdict").startswith("✓ Right")
        assert review_screen(app).suggested == 4


async def test_a_toast_does_not_cover_the_grade_bar(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await press(pilot, "space", "4", "u")  # answer, then undo: "The last answer is undone…"
        await pilot.pause(0.2)
        toasts = list(app.screen.query(Toast))
        assert toasts and current_id(app) == "talk-1"
        bar = app.screen.query_one("#grades").region
        assert all(not toast.region.overlaps(bar) for toast in toasts)
        assert all(toast.region.bottom <= bar.y for toast in toasts)


def one_figure(line: int) -> tuple[Item, ...]:
    """A figure's basic, cloze and choice items on one source line, built in that order."""
    first = replace(
        basic(3 * line, f"第{line}项指标是多少？", f"{line}0%"), source=Source("talk", "主题一", line)
    )
    cloze = f"第{line}项指标是{{{{c1::{line}0%}}}}。"
    return (
        first,
        replace(
            first, id=f"{DECK}-{3 * line + 1}", type="cloze", question=f"第{line}项指标是[…]。", cloze=cloze
        ),
        replace(first, id=f"{DECK}-{3 * line + 2}", type="choice", choices=(f"{line}0%", "1%", "2%")),
    )


async def test_on_day_one_a_line_can_open_with_its_choice_card(tmp_path: Path) -> None:
    items = tuple(item for line in range(1, 13) for item in one_figure(line))
    app = create_app(make_store(tmp_path, items), now=NOW, deck=DECK)
    async with running(app) as pilot:
        shown = []
        while isinstance(app.screen, ReviewScreen) and app.screen.study.card is not None:
            card = app.screen.study.card
            shown.append((card.item.source.line, card.item.type))
            await press(pilot, "space", "5")
        assert sorted(line for line, _ in shown) == list(range(1, 13))  # one item a line, today
        assert {kind for _, kind in shown} >= {"choice", "basic"}
