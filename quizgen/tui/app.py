"""The review app: `create_app(store, now=...)` builds it around a store it is given (tests pass a
temporary store and a fixed clock). The decks screen is the base; review, summary, stats and help
screens go on top. Nothing here imports jieba or genanki."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quizgen.schedule.scheduler import DEFAULT_SCHEDULER, get_scheduler
from quizgen.store import Store
from quizgen.tui.screens.decks import DecksScreen
from quizgen.tui.study import Clock, Desk, system_clock

THEMES = ("textual-dark", "textual-light")


class QuizgenApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quizgen"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", tooltip="every key, on one screen"),
        Binding("d", "toggle_theme", "Theme", tooltip="switch between the dark and the light theme"),
    ]

    def __init__(self, desk: Desk, *, deck: str | None = None, theme: str = THEMES[0]) -> None:
        super().__init__()
        self.desk = desk
        self.start_deck = deck
        self.theme = theme

    def get_default_screen(self) -> Screen[None]:
        return DecksScreen(self.desk, self.start_deck)

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[1] if self.theme == THEMES[0] else THEMES[0]

    def action_help(self) -> None:
        from quizgen.tui.screens.help import HelpScreen
        from quizgen.tui.screens.review import ReviewScreen

        if isinstance(self.screen, HelpScreen):
            return
        screen = self.screen
        if isinstance(screen, ReviewScreen):
            grades = screen.study.grades
        elif isinstance(screen, DecksScreen) and (deck := screen.selected_deck()) is not None:
            grades = self.desk.store.scheduler(deck).grades
        else:
            grades = get_scheduler(DEFAULT_SCHEDULER).grades
        self.push_screen(HelpScreen(grades))


def create_app(
    store: Store,
    *,
    now: Clock | datetime | None = None,
    deck: str | None = None,
    theme: str = THEMES[0],
) -> QuizgenApp:
    """The app over `store`. `now`: a clock, or a fixed time (tests), default the system's local
    time; `deck`: open a session on it at once; `theme`: `textual-dark` or `textual-light`."""
    if isinstance(now, datetime):
        fixed = now
        clock: Clock = lambda: fixed  # noqa: E731
    else:
        clock = now or system_clock
    return QuizgenApp(Desk(store, clock), deck=deck, theme=theme)
