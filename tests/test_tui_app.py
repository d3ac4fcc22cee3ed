"""The review app around the review screen: the decks screen, stats, help, themes, the layout at
80x24, and what the app may not import."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from textual.widgets import DataTable, Sparkline
from tui_support import DECK, ITEMS, NOW, SIZE, make_store, press, running, text

from quizgen.schedule.scheduler import Grade, Preview
from quizgen.store import Store
from quizgen.tui.app import create_app
from quizgen.tui.screens.decks import DecksScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.widgets.grades import GradeBar, GradeKey


def rows(app: object) -> list[list[str]]:
    table = app.screen.query_one(DataTable)  # type: ignore[attr-defined]
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_decks_screen_lists_every_deck_with_new_due_and_total(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.sync_deck("other", [replace(item, id=f"o{item.id}", deck="other") for item in ITEMS[:2]], NOW)
    store.record_answer("talk-1", 5, NOW.replace(day=8))  # due on the 9th: overdue now
    app = create_app(store, now=NOW)
    async with running(app) as pilot:
        assert isinstance(app.screen, DecksScreen)
        assert rows(app) == [["other", "2", "0", "2"], ["talk", "5", "1", "6"]]
        assert "study day 2024-03-10" in text(app, "#decks-title")
        await press(pilot, "down", "enter")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.study.deck == "talk"


async def test_back_from_a_session_the_deck_just_studied_is_highlighted(tmp_path: Path) -> None:
    store = make_store(tmp_path, ITEMS[:1])
    store.sync_deck("alpha", [replace(ITEMS[1], id="a-1", deck="alpha")], NOW)  # listed first
    app = create_app(store, now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "q", "enter")
        assert isinstance(app.screen, DecksScreen)
        assert app.screen.selected_deck() == "talk"


async def test_an_empty_store_says_how_to_add_a_deck(tmp_path: Path) -> None:
    app = create_app(Store.open(tmp_path / "q.db"), now=NOW)
    async with running(app) as pilot:
        assert "quizgen review decks/talk.yaml" in text(app, "#decks-empty")
        await press(pilot, "enter", "s")  # nothing to open
        assert isinstance(app.screen, DecksScreen)


async def test_a_deck_with_nothing_left_today_is_not_opened(tmp_path: Path) -> None:
    store = make_store(tmp_path, ITEMS[:1])
    store.record_answer("talk-1", 5, NOW)
    app = create_app(store, now=NOW)
    async with running(app) as pilot:
        await press(pilot, "enter")
        assert isinstance(app.screen, DecksScreen)
        assert any("Nothing to study in talk" in str(n.message) for n in app._notifications)


async def test_stats_show_the_figures_and_both_thirty_day_charts(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.record_answer("talk-1", 5, NOW.replace(day=8))  # due the 9th: counted today
    store.record_answer("talk-2", 5, NOW.replace(day=9))  # due the 10th
    store.record_answer("talk-3", 4, NOW)  # due the 11th
    app = create_app(store, now=NOW)
    async with running(app) as pilot:
        await press(pilot, "s")
        assert isinstance(app.screen, StatsScreen)
        assert text(app, "#stats-title") == "Stats · talk (sm2) · study day 2024-03-10"
        due = text(app, "#stats-due").split()
        assert due == ["Due", "today", "2", "7", "days", "3", "30", "days", "3"]
        forecast = app.screen.query_one("#forecast-chart", Sparkline).data
        history = app.screen.query_one("#history-chart", Sparkline).data
        assert forecast is not None and history is not None
        assert (len(forecast), list(forecast[:3]), sum(forecast)) == (30, [2, 1, 0], 3)
        assert (len(history), list(history[-3:])) == (30, [1, 1, 1])
        assert text(app, "#forecast-title") == "Due, next 30 days · 3 in all · most: 2 on 03-10"
        await press(pilot, "a")
        assert text(app, "#stats-title") == "Stats · all decks · study day 2024-03-10"
        await press(pilot, "escape")
        assert isinstance(app.screen, DecksScreen)


async def test_help_lists_every_key_of_every_screen(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(
            " ".join(str(cell.render()) for cell in row.children) for row in app.screen.query(".help-row")
        )
        for keys, meaning in [
            ("Space/Enter", "show the answer"),
            ("0-5", "after the answer: grade it"),
            ("1-9", "pick that choice"),
            ("t", "type the answer"),
            ("u", "take back the last answer"),
            ("b", "hide this card until tomorrow"),
            ("!", "take this card out of every session"),
            ("q", "end the session"),
            ("s", "statistics of the highlighted deck"),
            ("a", "switch between this deck and all decks"),
            ("d", "switch between the dark and the light theme"),
            ("?", "every key"),
            ("Ctrl+Q", "quit"),
        ]:
            assert any(line.strip().startswith(keys) and meaning in line for line in shown.splitlines()), keys
        assert "0 blackout: complete blackout" in shown.splitlines()
        await press(pilot, "escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_d_switches_between_the_dark_and_the_light_theme(tmp_path: Path) -> None:
    app = create_app(make_store(tmp_path), now=NOW)
    async with running(app) as pilot:
        assert app.theme == "textual-dark"
        await press(pilot, "d")
        assert app.theme == "textual-light" and not app.current_theme.dark
        await press(pilot, "d")
        assert app.theme == "textual-dark"


async def test_layout_holds_at_80x24_with_a_long_chinese_question(tmp_path: Path) -> None:
    long = replace(ITEMS[0], question="阿莫迪在访谈中谈到，" * 45 + "这意味着什么？")
    app = create_app(make_store(tmp_path, (long,)), now=NOW, deck=DECK)
    async with running(app) as pilot:
        await press(pilot, "space")
        screen = app.screen.region
        question = app.screen.query_one("#card-question")
        assert question.size.width <= SIZE[0] - 4 and question.size.height >= 8  # wrapped, not cut
        for widget in [app.screen.query_one("#review-progress"), *app.screen.query(GradeKey)]:
            assert screen.contains_region(widget.region), widget
        assert app.screen.query_one("#card").max_scroll_y > 0  # the rest is a scroll away


async def test_grade_bar_takes_whatever_grades_the_scheduler_offers(tmp_path: Path) -> None:
    # an FSRS deck will offer four grades on keys 1-4; the bar is built from the list it is given
    grades = tuple(Grade(v, label, label) for v, label in enumerate(("again", "hard", "good", "easy"), 1))
    due = {1: timedelta(minutes=10), 2: timedelta(days=3), 3: timedelta(days=45), 4: timedelta(days=400)}
    previews = tuple(Preview(g, NOW + due[g.value], due[g.value].days) for g in grades)
    bar = GradeBar(grades)
    app = create_app(make_store(tmp_path), now=NOW)
    async with running(app) as pilot:
        await app.screen.mount(bar)
        bar.show(previews, NOW, active=True, suggested=3)
        await pilot.pause()
        assert [str(key.render()) for key in bar.query(GradeKey)] == [
            "1 again\n10m",
            "2 hard\n3d",
            "3 good ⏎\n1.5mo",
            "4 easy\n1.1y",
        ]


def test_the_app_never_imports_jieba_genanki_or_the_generator() -> None:
    code = (
        "import sys, quizgen.cli, quizgen.commands.review, quizgen.tui.app;"
        "quizgen.cli.build_parser();"
        "print(sorted(m for m in sys.modules if m in ('jieba', 'genanki')"
        " or m.startswith(('quizgen.generate', 'quizgen.extract', 'quizgen.decks', 'quizgen.export'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_help_lists_the_grades_of_the_highlighted_decks_scheduler(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.configure_deck(DECK, scheduler="fsrs", now=NOW)
    app = create_app(store, now=NOW)
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        rows = [[str(cell.render()) for cell in row.children] for row in app.screen.query(".help-row")]
        assert ["1-4", "after the answer: grade it; each key shows when the card comes back"] in rows
        grades = [row[0] for row in rows if row[1].startswith(("again", "hard", "good", "easy"))]
        assert grades == ["1", "2", "3", "4"]
