"""The decks screen: every deck in the store with its new, due and total counts; Enter studies
the highlighted deck, `s` shows its statistics, `t` starts a quiz on it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from quizgen.errors import QuizgenError
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.study import Desk, Study

EMPTY = (
    "No decks in the review store yet.\n\n"
    "Add one by opening its definition or its built items file:\n"
    "  quizgen review decks/talk.yaml\n"
    "  quizgen review decks/talk.items.yaml"
)


class DecksScreen(Screen[None]):
    """The app's base screen. `start_deck`: a deck to open a session on at once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "study", "Study", tooltip="study the highlighted deck", priority=True),
        Binding("s", "stats", "Stats", tooltip="statistics of the highlighted deck"),
        Binding("t", "quiz", "Quiz", tooltip="test yourself: 20 questions, scored; the schedule is kept"),
        Binding("q", "app.quit", "Quit", tooltip="leave quizgen"),
    ]

    def __init__(self, desk: Desk, start_deck: str | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.start_deck = start_deck
        self.last_deck: str | None = None  # highlighted on coming back from its session

    def compose(self) -> ComposeResult:
        yield Static(id="decks-title", classes="topbar")
        table: DataTable[Text] = DataTable(id="decks", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(EMPTY, id="decks-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Deck", key="deck")
        for name in ("New", "Due", "Total"):
            table.add_column(name, key=name.lower())

    def on_screen_resume(self) -> None:
        # Straight into a deck: the counts are read when the learner comes back, not before
        # the first card (they take a moment on a large store).
        deck, self.start_deck = self.start_deck, None
        if deck is None or not self.start(deck):
            self.reload()

    def reload(self) -> None:
        """Read the counts again (after a session they have changed)."""
        counts = self.desk.store.deck_counts(self.desk.clock())
        table = self.query_one(DataTable)
        selected = self.last_deck or self.selected_deck()
        table.clear()
        for line in counts:
            numbers = (Text(str(n), justify="right") for n in (line.new, line.due, line.total))
            table.add_row(Text(line.deck), *numbers, key=line.deck)
        if selected is not None and selected in {c.deck for c in counts}:
            table.move_cursor(row=table.get_row_index(selected), animate=False)
        day = self.desk.today()
        self.query_one("#decks-title", Static).update(
            Content.from_markup("[b]quizgen[/b] · decks · study day $day", day=day.isoformat())
        )
        table.display = bool(counts)
        self.query_one("#decks-empty").display = not counts
        self.refresh_bindings()

    def selected_deck(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return None if key.value is None else str(key.value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        has_decks = not self.is_mounted or bool(self.query_one(DataTable).row_count)
        return has_decks or action not in ("study", "stats", "quiz")

    def action_study(self) -> None:
        deck = self.selected_deck()
        if deck is not None:
            self.start(deck)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.start(str(event.row_key.value))

    def start(self, deck: str) -> bool:
        """Open a session on `deck`, or say why there is nothing to study."""
        self.last_deck = deck
        try:
            study = Study(self.desk.store, deck, self.desk.clock)
        except QuizgenError as exc:
            self.notify(str(exc), title="Cannot study", severity="error")
            return False
        if study.finished:
            self.notify(f"Nothing to study in {deck} today. Well done.", title=deck)
            return False
        self.app.push_screen(ReviewScreen(study))
        return True

    def action_quiz(self) -> None:
        from quizgen.tui.screens.quiz import QuizScreen, store_quiz

        deck = self.selected_deck()
        if deck is None:
            return
        self.last_deck = deck
        try:
            quiz = store_quiz(self.desk.store, deck)
        except QuizgenError as exc:
            self.notify(str(exc), title="Cannot quiz", severity="error")
            return
        self.app.push_screen(QuizScreen(self.desk, quiz))

    def action_stats(self) -> None:
        from quizgen.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.desk, self.selected_deck()))
