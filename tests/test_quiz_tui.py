"""The quiz screens driven through the Pilot as a learner would: a whole run (a choice right and
one wrong, a typed answer right, a near miss counted as right, a wrong one), the results, the
missed items sent to review, and the store read back afterwards; without a send, every review
table is left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from quiz_support import THEME_1, THEME_2, WRONG_CHOICE, make_quiz, make_quiz_store, review_tables
from textual.widgets import Input
from tui_support import DECK, NOW, Clock, make_store, press, running, text

from quizgen.store import Store, quizzes
from quizgen.tui.app import create_app
from quizgen.tui.screens.decks import DecksScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.quiz import QuizScreen, create_quiz_app
from quizgen.tui.screens.quiz_results import QuizResultsScreen

# 1 right (2: 20-25%), 2 wrong (a, the first choice), 3 typed right with other spacing, 4 a near
# miss counted with r, 5 wrong (nothing near): 3 of 5 right.
WHOLE_RUN = [
    ("2", "enter"),
    (WRONG_CHOICE, "enter"),
    (*"200 亿美元", "enter", "enter"),
    (*"人才密", "enter", "r", "enter"),
    (*"黄仁勋", "enter", "enter"),
]


def quiz_screen(app: object) -> QuizScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, QuizScreen), type(screen).__name__
    return screen


async def test_a_whole_run_is_scored_saved_and_its_misses_sent_to_review(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)
    clock = Clock()
    app = create_quiz_app(store, make_quiz(), now=clock)
    async with running(app) as pilot:
        assert text(app, "#card-kind") == "question 1 of 5 · figure · choice"
        assert text(app, "#card-hint").startswith("1-4 or A-D picks an answer")
        await press(pilot, "2")
        assert "✓ Right" in text(app, "#quiz-feedback")
        assert text(app, "#card-answer") == "20-25%"
        assert text(app, "#card-source") == f"talk · {THEME_1} · line 10"
        clock.advance(seconds=20)
        await press(pilot, "enter", WRONG_CHOICE)
        assert text(app, "#quiz-feedback").startswith("✗ Wrong · the answer is 4 · 人才密度优先")
        assert "原文第 2 句" in text(app, "#card-explanation")
        await press(pilot, "r")  # a choice cannot be counted as right
        assert quiz_screen(app).quiz.last is not None and not quiz_screen(app).quiz.last.counted
        await press(pilot, "enter")
        typed = app.screen.query_one("#quiz-typed", Input)
        assert typed.has_focus and typed.display
        await press(pilot, *"200 亿美元", "enter")
        assert text(app, "#quiz-feedback").startswith("✓ Right")
        await press(pilot, "enter", *"人才密", "enter")
        assert text(app, "#quiz-feedback").startswith("≈ Close · r: count it as right")
        assert "≈ Close" in text(app, "#card-verdict")
        await press(pilot, "r")
        assert text(app, "#quiz-feedback").startswith("✓ Counted as right")
        assert text(app, "#quiz-progress") == "3 right of 4 · 5 questions"
        clock.advance(minutes=2)
        await press(pilot, "enter", *"黄仁勋", "enter")
        assert text(app, "#quiz-feedback").startswith("✗ Wrong · r: count it as right · Enter: results")
        await press(pilot, "enter")

        assert isinstance(app.screen, QuizResultsScreen)
        assert text(app, "#results-headline") == "Score 3 of 5 right (60%) in 2 min 20 s"
        themes = text(app, "#results-themes").splitlines()
        assert themes[0] == "By theme"
        assert themes[1].startswith(THEME_1) and themes[1].endswith(" 2/2  100%")
        assert themes[2].startswith(THEME_2) and themes[2].endswith(" 1/3   33%")
        kinds = text(app, "#results-kinds")
        assert "figure" in kinds and " 2/2  100%" in kinds
        missed = text(app, "#results-missed")
        assert missed.startswith("Missed (2)")
        assert "2. 哪个心智模型是指" in missed and "5. Anthropic 的 CEO 是谁？" in missed
        assert "you: 黄仁勋" in missed and "you: 正和竞争" in missed
        assert "Sent" not in text(app, "#results-sent")

        await press(pilot, "s")
        assert text(app, "#results-sent") == (
            "Sent to review: 1 due today · 1 new (first among today's new items)."
        )
        assert app.screen.check_action("send", ()) is False  # once
        await press(pilot, "enter")
    assert app.return_code == 0

    with Store.open(tmp_path / "quizgen.db") as resumed:
        [run] = quizzes.runs(resumed, DECK, NOW)
        assert (run.asked, run.answered, run.right, run.seed, run.source) == (5, 5, 3, 7, "decks/talk.yaml")
        assert run.seconds == 140
        session = resumed.start_session(DECK, clock())
        assert session.queue[0] == "talk-2"  # due today now, ahead of the new items
        accuracy = {(t.section, t.right, t.answered) for t in quizzes.theme_accuracy(resumed, DECK)}
        assert accuracy == {(THEME_1, 2, 2), (THEME_2, 1, 3)}
    with sqlite3.connect(tmp_path / "quizgen.db") as conn:
        answers = conn.execute("SELECT item_id, given, verdict, counted FROM quiz_answers ORDER BY position")
        assert answers.fetchall() == [
            ("talk-1", "20-25%", "right", 1),
            ("talk-2", "正和竞争", "wrong", 0),
            ("talk-3", "200 亿美元", "right", 1),
            ("talk-4", "人才密", "near", 1),
            ("talk-5", "黄仁勋", "wrong", 0),
        ]
        [(item_json,)] = conn.execute("SELECT item FROM quiz_answers WHERE position = 4").fetchall()
        assert json.loads(item_json)["answer"] == "达里奥·阿莫迪"


async def test_a_quiz_leaves_every_review_table_untouched_unless_misses_are_sent(tmp_path: Path) -> None:
    db = tmp_path / "quizgen.db"
    store = make_quiz_store(tmp_path)
    before = review_tables(db)
    app = create_quiz_app(store, make_quiz(), now=Clock())
    async with running(app) as pilot:
        for keys in WHOLE_RUN:
            await press(pilot, *keys)
        assert isinstance(app.screen, QuizResultsScreen)
        await press(pilot, "enter")  # done, nothing sent
    assert review_tables(db) == before

    app = create_quiz_app(Store.open(db), make_quiz(), now=Clock())
    async with running(app) as pilot:
        for keys in WHOLE_RUN:
            await press(pilot, *keys)
        await press(pilot, "s")
    after = review_tables(db)
    assert {t: rows for t, rows in after.items() if t != "states"} == {
        t: rows for t, rows in before.items() if t != "states"
    }
    [(item_id, scheduler, deck, state, due, interval, *recall)] = before["states"]
    assert due > NOW.timestamp()  # talk-2 was due on the 15th; the send made it due now
    assert after["states"] == [(item_id, scheduler, deck, state, int(NOW.timestamp()), interval, *recall)]


async def test_escape_ends_the_quiz_early_with_the_answers_so_far(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)
    app = create_quiz_app(store, make_quiz(), now=Clock())
    async with running(app) as pilot:
        await press(pilot, "2", "enter", "escape")
        assert isinstance(app.screen, QuizResultsScreen)
        assert (
            text(app, "#results-headline")
            == "Score 1 of 1 right (100%) in 0 s · ended after 1 of 5 questions"
        )
        assert text(app, "#results-missed") == "Nothing missed."
        assert app.screen.check_action("send", ()) is False
    [run] = quizzes.runs(Store.open(tmp_path / "quizgen.db"), DECK, NOW)
    assert (run.asked, run.answered, run.right) == (5, 1, 1)


async def test_letters_typed_into_an_answer_stay_there(tmp_path: Path) -> None:
    app = create_quiz_app(make_quiz_store(tmp_path), make_quiz(), now=Clock())
    async with running(app) as pilot:
        await press(pilot, "2", "enter", "4", "enter")  # the two choices
        await press(pilot, *"bad card", "enter")
        assert quiz_screen(app).quiz.last is not None and quiz_screen(app).quiz.last.given == "bad card"
        assert app.theme == "textual-dark"  # d went into the answer, not to the theme


async def test_escape_before_any_answer_leaves_without_saving(tmp_path: Path) -> None:
    store = make_quiz_store(tmp_path)
    app = create_quiz_app(store, make_quiz(), now=Clock())
    async with running(app) as pilot:
        await press(pilot, "escape")
    assert quizzes.runs(Store.open(tmp_path / "quizgen.db"), DECK, NOW) == []


async def test_help_on_the_quiz_screen_lists_the_quiz_keys(tmp_path: Path) -> None:
    app = create_quiz_app(make_quiz_store(tmp_path), make_quiz(), now=Clock())
    async with running(app) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = [
            " ".join(str(cell.render()) for cell in row.children) for row in app.screen.query(".help-row")
        ]
        for keys, meaning in [
            ("1-4 a-d", "pick that choice"),
            ("r", "count a typed miss"),
            ("Esc", "end the quiz now"),
            ("s", "make the missed items due today in review"),
            ("t", "test yourself: 20 questions"),  # on the decks screen
        ]:
            assert any(row.startswith(keys) and meaning in row for row in rows), keys
        await press(pilot, "escape")
        assert isinstance(app.screen, QuizScreen)


async def test_t_on_the_decks_screen_quizzes_the_highlighted_deck_and_enter_comes_back(
    tmp_path: Path,
) -> None:
    store = make_store(tmp_path)  # the review tests' deck: 6 items, one a choice
    app = create_app(store, now=NOW)
    async with running(app) as pilot:
        await press(pilot, "t")
        screen = quiz_screen(app)
        assert len(screen.quiz.items) == 6 and screen.quiz.items[0].type == "choice"
        await press(pilot, "2", "escape")
        assert isinstance(app.screen, QuizResultsScreen)
        await press(pilot, "enter")
        assert isinstance(app.screen, DecksScreen)


def test_the_quiz_screens_never_import_jieba_genanki_or_the_generator() -> None:
    code = (
        "import sys, quizgen.commands.quiz, quizgen.tui.screens.quiz, quizgen.tui.screens.quiz_results;"
        "print(sorted(m for m in sys.modules if m in ('jieba', 'genanki')"
        " or m.startswith(('quizgen.generate', 'quizgen.extract', 'quizgen.ingest', 'quizgen.export'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_an_upper_case_letter_picks_a_choice_as_the_sheet_prints_it(tmp_path: Path) -> None:
    app = create_quiz_app(make_quiz_store(tmp_path), make_quiz(), now=Clock())
    async with running(app) as pilot:
        await press(pilot, "B")  # the first question is a choice; B is its second option
        last = quiz_screen(app).quiz.last
        assert last is not None and last.given == quiz_screen(app).quiz.items[0].choices[1]
