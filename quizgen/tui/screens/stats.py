"""The stats screen: what `quizgen stats` reports (due load, cards by stage, reviews, retention,
streak), plus the due forecast for the next 30 days and the reviews of the last 30 as sparklines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Sparkline, Static

from quizgen.store import Stats
from quizgen.tui.study import Desk


def _column(title: str, rows: Sequence[tuple[str, str]]) -> Content:
    width = max(len(label) for label, _ in rows)
    lines = [Content.styled(title, "bold")]
    lines += [Content.assemble(f"{label:<{width}}  ", (f"{value:>6}", "bold")) for label, value in rows]
    return Content("\n").join(lines)


def columns(stats: Stats) -> tuple[Content, Content, Content]:
    """The three blocks of figures: due, cards, reviews."""
    retention = "-" if stats.retention_30d is None else f"{stats.retention_30d:.0%}"
    due = [("today", stats.due_today), ("7 days", stats.due_week), ("30 days", stats.due_month)]
    cards = [("new", stats.new), ("learning", stats.learning), ("mature", stats.mature)]
    cards.append(("suspended", stats.suspended))
    reviews = [("reviews", str(stats.reviews_30d)), ("retention", retention), ("streak", f"{stats.streak} d")]
    return (
        _column("Due", [(label, str(n)) for label, n in due]),
        _column("Cards", [(label, str(n)) for label, n in cards]),
        _column("Last 30 days", reviews),
    )


def chart_title(title: str, values: Sequence[int], first: date) -> Content:
    """`Due, next 30 days · 55 in all · most: 12 on 03-10`."""
    total = sum(values)
    if not total:
        return Content.assemble((title, "bold"), " · none")
    peak = max(range(len(values)), key=lambda k: values[k])
    busiest = (first + timedelta(days=peak)).strftime("%m-%d")
    return Content.assemble((title, "bold"), f" · {total} in all · most: {values[peak]} on {busiest}")


def axis(left: str, right: str, width: int) -> str:
    return left + right.rjust(max(1, width - len(left)))


class StatsScreen(Screen[None]):
    """Statistics of one deck, or of every deck (`a` switches)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "toggle_all", "All decks", tooltip="switch between this deck and all decks"),
        Binding("escape,q", "app.pop_screen", "Back", tooltip="back to the decks"),
    ]
    CHART_WIDTH = 60  # two cells a day

    def __init__(self, desk: Desk, deck: str | None) -> None:
        super().__init__()
        self.desk = desk
        self.deck = deck
        self.showing_all = deck is None

    def compose(self) -> ComposeResult:
        yield Static(id="stats-title", classes="topbar")
        with Vertical(id="stats"):
            with Horizontal(id="stats-figures"):
                for name in ("due", "cards", "reviews"):
                    yield Static(id=f"stats-{name}", classes="stats-column")
            for name in ("forecast", "history"):
                with Vertical(classes="chart"):
                    yield Static(id=f"{name}-title")
                    yield Sparkline([], id=f"{name}-chart")
                    yield Static(id=f"{name}-axis", classes="axis")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.deck is not None if action == "toggle_all" else True

    def action_toggle_all(self) -> None:
        self.showing_all = not self.showing_all
        self.show()

    def show(self) -> None:
        deck = None if self.showing_all else self.deck
        store, now = self.desk.store, self.desk.clock()
        stats = store.stats(deck, now)
        name = "all decks" if deck is None else f"{deck} ({store.deck_settings(deck).scheduler})"
        self.query_one("#stats-title", Static).update(
            Content.from_markup("[b]Stats[/b] · $name · study day $day", name=name, day=stats.day.isoformat())
        )
        for widget_id, content in zip(("due", "cards", "reviews"), columns(stats), strict=True):
            self.query_one(f"#stats-{widget_id}", Static).update(content)
        history_start = stats.day - timedelta(days=len(stats.reviews_per_day) - 1)
        self._chart("forecast", "Due, next 30 days", stats.forecast, stats.day, ("today", "+29 d"))
        self._chart(
            "history", "Reviews, last 30 days", stats.reviews_per_day, history_start, ("-29 d", "today")
        )

    def _chart(
        self, name: str, title: str, values: Sequence[int], first: date, ends: tuple[str, str]
    ) -> None:
        self.query_one(f"#{name}-title", Static).update(chart_title(title, values, first))
        self.query_one(f"#{name}-chart", Sparkline).data = list(values)
        self.query_one(f"#{name}-axis", Static).update(axis(*ends, self.CHART_WIDTH))
