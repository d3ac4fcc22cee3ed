"""The end of a session: answers given, the spread of grades, the time spent, what is due tomorrow."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.tui.study import Summary


def format_duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def spread_lines(summary: Summary, width: int = 24) -> list[Content]:
    """One line per grade: key, label, a bar in proportion to the most-given grade, the count."""
    most = max((count for _, count in summary.spread), default=0) or 1
    label_width = max((len(g.label) for g, _ in summary.spread), default=0)
    return [
        Content.assemble(
            (f"{grade.value} ", "bold"),
            f"{grade.label:<{label_width}}  ",
            ("█" * round(width * count / most) or "·", "$accent" if count else "dim"),
            f" {count}",
        )
        for grade, count in summary.spread
    ]


def summary_text(summary: Summary) -> Content:
    head = (
        "Session complete: nothing left for today."
        if not summary.left
        else f"Session ended, {summary.left} left for today."
    )
    answers = "answer" if summary.reviewed == 1 else "answers"
    lines = [Content.styled(head, "bold"), Content("")]
    if summary.reviewed:
        lines += [Content(f"{summary.reviewed} {answers} in {format_duration(summary.seconds)}"), Content("")]
        lines += [*spread_lines(summary), Content("")]
    else:
        lines += [Content("No answers in this session."), Content("")]
    lines.append(Content.from_markup("Due tomorrow: [b]$n[/b]", n=str(summary.due_tomorrow)))
    return Content("\n").join(lines)


class SummaryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape", "back", "Decks", tooltip="back to the decks"),
        Binding("q", "app.quit", "Quit", tooltip="leave quizgen"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Static(Content(self.summary.deck), classes="topbar")
        with Vertical(id="summary"):
            yield Static(summary_text(self.summary), id="summary-text")
        yield Footer()

    def action_back(self) -> None:
        self.app.pop_screen()
