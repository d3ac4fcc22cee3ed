"""The grade bar: one key per grade of the deck's scheduler, each with its label and the interval
it would give; inert (dimmed) until the answer is shown, the suggested grade highlighted."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from quizgen.schedule.scheduler import Grade, Preview


def format_interval(preview: Preview, now: datetime) -> str:
    """`10m`, `1d`, `6d`, `1.5mo`, `2.1y`: when the item would come back, Anki-style."""
    days = preview.interval_days
    if days < 1:
        minutes = max(1, round((preview.due - now).total_seconds() / 60))
        return f"{minutes}m" if minutes < 60 else f"{round(minutes / 60)}h"
    if days < 30:
        return f"{days}d"
    if days < 365:
        return f"{days / 30:.1f}".removesuffix(".0") + "mo"
    return f"{days / 365:.1f}".removesuffix(".0") + "y"


class GradeKey(Static):
    """One grade: `4 good` over `6d`. Clicking it grades, as its key does."""

    def __init__(self, grade: Grade) -> None:
        super().__init__(id=f"grade-{grade.value}", classes="grade")
        self.grade = grade

    def show(self, interval: str, *, active: bool, suggested: bool) -> None:
        mark = " ⏎" if suggested else ""
        self.update(
            Content.from_markup(
                "[b]$key[/b] $label$mark\n$interval",
                key=str(self.grade.value),
                label=self.grade.label,
                mark=mark,
                interval=interval,
            )
        )
        self.set_class(not active, "-inert")
        self.set_class(suggested, "-suggested")
        self.tooltip = self.grade.meaning

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(GradeBar.Picked(self.grade.value))


class GradeBar(Horizontal):
    """The grades of one scheduler, in its order."""

    class Picked(Message):
        """A grade key was clicked."""

        def __init__(self, grade: int) -> None:
            super().__init__()
            self.grade = grade

    def __init__(self, grades: tuple[Grade, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.grades = grades

    def compose(self) -> ComposeResult:
        for grade in self.grades:
            yield GradeKey(grade)

    def show(
        self, previews: tuple[Preview, ...], now: datetime, *, active: bool, suggested: int | None
    ) -> None:
        intervals = {p.grade.value: format_interval(p, now) for p in previews}
        for key in self.query(GradeKey):
            value = key.grade.value
            key.show(intervals.get(value, ""), active=active, suggested=active and value == suggested)
