"""The quiz screen: one question at a time, answered once. A choice is picked with 1-4 (or
A-D), other items are typed and compared leniently; the verdict, the answer, the explanation and
the source show at once, and `r` counts a typed miss as right. Enter goes on; after the last
question (or Esc) the run is saved and the results show. Nothing here touches a schedule."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from quizgen.errors import QuizgenError
from quizgen.quiz.draw import DEFAULT_QUESTIONS
from quizgen.quiz.run import Quiz
from quizgen.quiz.scoring import Response, can_count_as_right, judge_choice, judge_typed
from quizgen.store import Store
from quizgen.tui.app import THEMES, QuizgenApp
from quizgen.tui.study import Clock, Desk, system_clock
from quizgen.tui.widgets.card import CardView

if TYPE_CHECKING:
    from quizgen.answers import Comparison

Sync = Callable[[Store, datetime], None]  # brings the quiz's deck into the store before a send
CHOICE_KEYS = "123456789"
CHOICE_LETTERS = "abcd"


def feedback_line(response: Response, last: bool) -> Content:
    """Under the card after an answer: the verdict in words and what the keys do now."""
    go_on = "Enter: results" if last else "Enter: next question"
    if response.overridden:
        return Content.assemble(("✓ Counted as right", "$text-success bold"), f" · {go_on}")
    if response.counted:
        return Content.assemble(("✓ Right", "$text-success bold"), f" · {go_on}")
    if can_count_as_right(response):
        head = "≈ Close" if response.verdict == "near" else "✗ Wrong"
        style = "$text-warning bold" if response.verdict == "near" else "$text-error bold"
        return Content.assemble((head, style), f" · r: count it as right · {go_on}")
    answer = response.item.answer
    if response.picked is not None and answer in response.item.choices:
        answer = f"{response.item.choices.index(answer) + 1} · {answer}"  # numbered as on the card
    return Content.assemble(("✗ Wrong", "$text-error bold"), f" · the answer is {answer} · {go_on}")


def question_hint(quiz: Quiz) -> str:
    item = quiz.current
    if item is None:
        return ""
    if item.choices:
        count = len(item.choices)
        letters = f" or A-{CHOICE_LETTERS[count - 1].upper()}" if count <= len(CHOICE_LETTERS) else ""
        return f"1-{count}{letters} picks an answer · Esc ends the quiz"
    return "Type the answer and press Enter (nothing typed: I don't know) · Esc ends the quiz"


class QuizScreen(Screen[None]):
    """Asks a `Quiz`'s questions; `sync` (optional) is handed to the results screen."""

    DEFAULT_CSS = """
    #quiz-top { layout: horizontal; }
    #quiz-deck { width: 1fr; text-style: bold; text-wrap: nowrap; text-overflow: ellipsis; }
    #quiz-progress { width: auto; }
    #quiz-typed { margin: 0 1; }
    #quiz-feedback { height: auto; min-height: 1; margin: 0 1; padding: 0 1; background: $panel; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(k, f"choose({i})", show=False) for i, k in enumerate(CHOICE_KEYS)),
        *(Binding(f"{k},{k.upper()}", f"choose({i})", show=False) for i, k in enumerate(CHOICE_LETTERS)),
        Binding("enter,space", "next", "Next", tooltip="after an answer: the next question"),
        Binding(
            "r", "count_right", "Count as right", tooltip="count a typed miss (a typo, a synonym) as right"
        ),
        Binding("escape", "end", "End quiz", tooltip="end the quiz now and see the results so far"),
    ]

    def __init__(self, desk: Desk, quiz: Quiz, *, sync: Sync | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.quiz = quiz
        self.sync = sync
        self.answered = False  # the current question's feedback is on show
        self.started: datetime | None = None

    @property
    def clock(self) -> Clock:
        return self.desk.clock

    def compose(self) -> ComposeResult:
        with Horizontal(id="quiz-top", classes="topbar"):
            yield Static(Content(f"Quiz · {self.quiz.deck}"), id="quiz-deck")
            yield Static(id="quiz-progress")
        yield CardView(id="card")
        yield Input(placeholder="Type the answer, Enter to check", id="quiz-typed")
        yield Static(id="quiz-feedback")
        yield Footer()

    async def on_mount(self) -> None:
        self.started = self.clock()
        await self._ask()

    # --- state -> display ------------------------------------------------------------------------

    async def _ask(self) -> None:
        self.answered = False
        item = self.quiz.current
        if item is None:
            self._finish()
            return
        number, total = len(self.quiz.responses) + 1, len(self.quiz.items)
        view = self.query_one(CardView)
        await view.load(item, status=f"question {number} of {total}")
        view.show(item, revealed=False, picked=None, comparison=None)
        self.query_one("#card-hint", Static).update(question_hint(self.quiz))
        typed = self.query_one("#quiz-typed", Input)
        typed.value = ""
        typed.display = not item.choices
        self.query_one("#quiz-feedback").display = False
        (view if item.choices else typed).focus()
        self._progress()

    def _progress(self) -> None:
        right = sum(r.counted for r in self.quiz.responses)
        done, total = len(self.quiz.responses), len(self.quiz.items)
        self.query_one("#quiz-progress", Static).update(
            Content.from_markup(
                "[b]$right[/b] right of $done · $total questions",
                right=str(right),
                done=str(done),
                total=str(total),
            )
        )
        self.refresh_bindings()

    def _show_feedback(self, comparison: Comparison | None) -> None:
        response = self.quiz.last
        assert response is not None
        self.answered = True
        view = self.query_one(CardView)
        view.show(response.item, revealed=True, picked=response.picked, comparison=comparison)
        self.query_one("#quiz-typed").display = False
        feedback = self.query_one("#quiz-feedback", Static)
        feedback.update(feedback_line(response, last=self.quiz.finished))
        feedback.display = True
        view.focus()
        self._progress()

    def _finish(self) -> None:
        from quizgen.store import quizzes
        from quizgen.tui.screens.quiz_results import QuizResultsScreen

        finished = self.clock()
        started = self.started or finished
        run_id = None
        if self.quiz.responses:
            try:
                run_id = quizzes.save_run(self.desk.store, self.quiz, started, finished)
            except QuizgenError as exc:
                self.notify(str(exc), title="The run was not saved", severity="error")
        seconds = max(0.0, (finished - started).total_seconds())
        self.app.switch_screen(
            QuizResultsScreen(self.desk, self.quiz, run_id=run_id, seconds=seconds, sync=self.sync)
        )

    # --- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        item = self.quiz.current
        if action == "choose":
            return not self.answered and item is not None and bool(item.choices)
        if action == "next":
            return self.answered
        if action == "count_right":
            last = self.quiz.last
            return self.answered and last is not None and can_count_as_right(last)
        return True

    def action_choose(self, index: int) -> None:
        item = self.quiz.current
        if self.answered or item is None or not 0 <= index < len(item.choices):
            return
        self.quiz = self.quiz.answer(judge_choice(item, index))
        self._show_feedback(None)

    @on(CardView.ChoicePicked)
    def _choice_clicked(self, message: CardView.ChoicePicked) -> None:
        self.action_choose(message.index)

    @on(Input.Submitted, "#quiz-typed")
    def _typed(self, message: Input.Submitted) -> None:
        item = self.quiz.current
        if self.answered or item is None or item.choices:
            return
        response, comparison = judge_typed(item, message.value)
        self.quiz = self.quiz.answer(response)
        self._show_feedback(comparison)

    async def action_next(self) -> None:
        if self.answered:
            await self._ask()

    def action_count_right(self) -> None:
        last = self.quiz.last
        if not self.answered or last is None or not can_count_as_right(last):
            return
        self.quiz = self.quiz.count_last_as_right()
        response = self.quiz.last
        assert response is not None
        self.query_one("#quiz-feedback", Static).update(feedback_line(response, last=self.quiz.finished))
        self._progress()

    def action_end(self) -> None:
        if not self.quiz.responses:
            self._leave()
            return
        self._finish()

    def _leave(self) -> None:
        leave(self)


def leave(screen: Screen[None]) -> None:
    """Leave a quiz: `quizgen quiz` ends there, the review app goes back to its decks."""
    if isinstance(screen.app, QuizApp):
        screen.app.exit()
    else:
        screen.app.pop_screen()


def quiz_help_rows() -> list[tuple[str, str]]:
    """The quiz's keys for the help screen, the results' included."""
    from quizgen.tui.screens.help import binding_rows
    from quizgen.tui.screens.quiz_results import QuizResultsScreen

    return [
        ("1-4 a-d", "pick that choice (choice questions); other answers are typed, Enter checks them"),
        *binding_rows(QuizScreen.BINDINGS),
        *binding_rows(QuizResultsScreen.BINDINGS),
    ]


def store_quiz(store: Store, deck: str, *, n: int = DEFAULT_QUESTIONS, seed: int | None = None) -> Quiz:
    """A quiz of `n` questions drawn from a deck of the store (seed: a random one by default)."""
    from quizgen.quiz.draw import draw

    store.deck_settings(deck)  # an unknown deck: an error naming the known ones
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 1_000_000)
    items = draw(store.deck_items(deck), n, seed=seed)
    if not items:
        raise QuizgenError(f"deck {deck!r} has no items to quiz on")
    return Quiz(deck, deck, seed, items)


class QuizApp(QuizgenApp):
    """The review app opened on a quiz (what `quizgen quiz` runs); the results screen's Enter
    leaves it."""

    CSS_PATH = str(Path(__file__).parent.parent / "app.tcss")  # the review app's, not one of our own

    def __init__(self, desk: Desk, quiz: Quiz, *, sync: Sync | None = None, theme: str = THEMES[0]) -> None:
        super().__init__(desk, theme=theme)
        self.quiz = quiz
        self.sync = sync

    def get_default_screen(self) -> Screen[None]:
        return Screen()  # a blank base, so that the quiz can give way to its results

    def on_mount(self) -> None:
        self.push_screen(QuizScreen(self.desk, self.quiz, sync=self.sync))


def create_quiz_app(
    store: Store,
    quiz: Quiz,
    *,
    now: Clock | datetime | None = None,
    theme: str = THEMES[0],
    sync: Sync | None = None,
) -> QuizApp:
    """A quiz over `store`; `now` (a clock or a fixed time) and `theme` as for `create_app`."""
    if isinstance(now, datetime):
        fixed = now
        clock: Clock = lambda: fixed  # noqa: E731
    else:
        clock = now or system_clock
    return QuizApp(Desk(store, clock), quiz, sync=sync, theme=theme)
