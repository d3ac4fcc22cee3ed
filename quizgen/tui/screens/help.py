"""The help screen: every key, read from the screens' own bindings so it cannot go stale, plus
the grade keys of the deck's scheduler."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.schedule.scheduler import Grade
from quizgen.tui.widgets.wrap import Prose

_NAMES = {"space": "Space", "enter": "Enter", "escape": "Esc", "question_mark": "?", "exclamation_mark": "!"}


def key_names(keys: str) -> str:
    """`space,enter` -> `Space/Enter`; `ctrl+q` -> `Ctrl+Q`."""
    names = []
    for key in keys.split(","):
        key = key.strip()
        if key.startswith("ctrl+"):
            names.append("Ctrl+" + key.removeprefix("ctrl+").upper())
        else:
            names.append(_NAMES.get(key, key))
    return "/".join(names)


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """(keys, description) for every described binding, in declaration order."""
    rows = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            rows.append((key_names(binding.key), binding.tooltip or binding.description))
    return rows


def grade_rows(grades: tuple[Grade, ...]) -> list[tuple[str, str]]:
    return [(str(g.value), f"{g.label}: {g.meaning}") for g in grades]


Section = tuple[str, list[tuple[str, str]]]


def help_sections(grades: tuple[Grade, ...]) -> list[Section]:
    """Every key, screen by screen: (title, [(keys, what they do)])."""
    from quizgen.tui.app import QuizgenApp
    from quizgen.tui.screens.decks import DecksScreen
    from quizgen.tui.screens.quiz import quiz_help_rows
    from quizgen.tui.screens.review import ReviewScreen
    from quizgen.tui.screens.stats import StatsScreen
    from quizgen.tui.screens.summary import SummaryScreen

    first, last = grades[0].value, grades[-1].value
    review = binding_rows(ReviewScreen.BINDINGS)
    review.insert(1, ("1-9", "before the answer: pick that choice (choice items)"))
    review.insert(
        2, (f"{first}-{last}", "after the answer: grade it; each key shows when the card comes back")
    )
    review.append(("↑ ↓ PgUp PgDn", "scroll a long card"))
    return [
        ("Decks", binding_rows(DecksScreen.BINDINGS)),
        ("Review", review),
        ("Grades", grade_rows(grades)),
        ("End of a session", binding_rows(SummaryScreen.BINDINGS)),
        ("Stats", binding_rows(StatsScreen.BINDINGS)),
        ("Quiz", quiz_help_rows()),
        ("Everywhere", [*binding_rows(QuizgenApp.BINDINGS), ("Ctrl+Q", "quit at once")]),
    ]


class HelpScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "app.pop_screen", "Back")]

    def __init__(self, grades: tuple[Grade, ...]) -> None:
        super().__init__()
        self.grades = grades

    def compose(self) -> ComposeResult:
        yield Static(Content.from_markup("[b]Help[/b] · every key"), classes="topbar")
        with VerticalScroll(id="help"):
            for title, rows in help_sections(self.grades):
                yield Static(Content.styled(title, "bold $accent"), classes="help-title")
                for keys, text in rows:
                    with Horizontal(classes="help-row"):
                        yield Static(Content(keys), classes="help-keys")
                        yield Prose(text, classes="help-text")
        yield Footer()
