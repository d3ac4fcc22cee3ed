"""The review screen: one card at a time. Space/Enter shows the answer, then a grade key (the
deck's scheduler's own grades) records it; a choice's number, or a typed answer (`t`, on any
card), reveals it and suggests a grade that Space/Enter accepts. Grade keys do nothing before the
answer is shown, and on a choice card the grade bar shows only once a choice is picked.
Every answer is committed to the store before the next card appears."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from quizgen.errors import QuizgenError
from quizgen.tui.study import Study
from quizgen.tui.widgets.card import CardView
from quizgen.tui.widgets.grades import GradeBar

if TYPE_CHECKING:
    from quizgen.answers import Comparison

DIGITS = "0123456789"


class ReviewScreen(Screen[None]):
    """Studies one deck through a `Study`; `q` (or the last card) ends with the summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,enter", "reveal", "Show", tooltip="show the answer, the explanation and the source"),
        Binding("space,enter", "accept", "Grade ⏎", tooltip="after the answer: give the grade marked ⏎"),
        *(Binding(d, f"digit({d})", show=False) for d in DIGITS),
        Binding("t", "type_answer", "Type", tooltip="type the answer; it is compared leniently"),
        Binding("escape", "cancel_typing", "Cancel typing", tooltip="while typing: back to the question"),
        Binding("u", "undo", "Undo", tooltip="take back the last answer of this session"),
        Binding("b", "bury", "Bury", tooltip="hide this card until tomorrow"),
        Binding("!", "suspend", "Suspend", tooltip="take this card out of every session"),
        Binding("q", "end", "End", tooltip="end the session and see its summary"),
    ]

    def __init__(self, study: Study) -> None:
        super().__init__()
        self.study = study
        self.revealed = False
        self.typing = False
        self.picked: int | None = None
        self.comparison: Comparison | None = None
        self.suggested: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="review-top", classes="topbar"):
            yield Static(Content(self.study.deck), id="review-deck")
            yield Static(id="review-progress")
        yield CardView(id="card")
        yield GradeBar(self.study.grades, id="grades")
        yield Footer()

    async def on_mount(self) -> None:
        await self._next_card()

    # --- state -> display ------------------------------------------------------------------------

    async def _next_card(self) -> None:
        """Show the study's current card, front only; at the end of the session, the summary."""
        self.revealed, self.typing, self.picked, self.comparison, self.suggested = (
            False,
            False,
            None,
            None,
            None,
        )
        card = self.study.card
        if card is None:
            self._finish()
            return
        view = self.query_one(CardView)
        await view.load(card.item, status=card.status)
        view.focus()  # arrows and PgUp/PgDn scroll a long card
        self._refresh()

    def _refresh(self) -> None:
        card = self.study.card
        if card is None:
            return
        self.query_one(CardView).show(
            card.item, revealed=self.revealed, picked=self.picked, comparison=self.comparison
        )
        grades = self.query_one(GradeBar)
        # on a choice card the number keys pick a choice until one is picked: no grades on show
        grades.display = self.revealed or not card.item.choices
        grades.show(card.previews, card.shown_at, active=self.revealed, suggested=self.suggested)
        self.query_one("#review-progress", Static).update(self._progress())
        self.refresh_bindings()

    def _progress(self) -> Content:
        study = self.study
        repeats = f" ({study.repeats_waiting} to repeat)" if study.repeats_waiting else ""
        return Content.from_markup(
            "[b]$done[/b] done · [b]$left[/b] left$repeats",
            done=str(study.done),
            left=str(study.left),
            repeats=repeats,
        )

    def _hide_typing(self) -> None:
        for typed in self.query("#typed"):
            typed.display = False
        self.query_one(CardView).focus()

    def _reveal(self, suggested: int) -> None:
        self.revealed, self.typing, self.suggested = True, False, suggested
        self._hide_typing()
        self._refresh()

    def _finish(self) -> None:
        from quizgen.tui.screens.summary import SummaryScreen

        self.app.switch_screen(SummaryScreen(self.study.summary()))

    # --- actions ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        card = self.study.card
        if card is None:
            return action == "end"
        enabled = {
            "reveal": not self.revealed and not self.typing,
            "accept": self.revealed and self.suggested is not None,
            "type_answer": not self.revealed and not self.typing,
            "cancel_typing": self.typing,
            "bury": not self.typing,
            "suspend": not self.typing,
        }.get(action, True)
        if action == "undo" and not self.study.session.steps:
            return None  # shown, greyed out: nothing to undo yet
        return enabled

    def action_reveal(self) -> None:
        self._reveal(self.study.suggestion("right"))

    async def action_accept(self) -> None:
        if self.suggested is not None:
            await self._grade(self.suggested)

    async def action_digit(self, digit: int) -> None:
        card = self.study.card
        if card is None or self.typing:
            return
        if not self.revealed and card.item.choices:
            if 1 <= digit <= len(card.item.choices):
                self._pick(digit - 1)
        elif self.revealed and self.study.takes(digit):
            await self._grade(digit)

    @on(CardView.ChoicePicked)
    def _choice_clicked(self, message: CardView.ChoicePicked) -> None:
        if not self.revealed and not self.typing:
            self._pick(message.index)

    @on(GradeBar.Picked)
    async def _grade_clicked(self, message: GradeBar.Picked) -> None:
        if self.revealed:
            await self._grade(message.grade)

    def _pick(self, index: int) -> None:
        card = self.study.card
        assert card is not None
        self.picked = index
        self._reveal(
            self.study.suggestion("right" if card.item.choices[index] == card.item.answer else "wrong")
        )

    async def action_type_answer(self) -> None:
        self.typing = True
        found = self.query("#typed")
        if found:
            typed = found.first(Input)
            typed.value = ""
            typed.display = True
        else:  # made on first use: most sessions never type
            typed = Input(placeholder="Type the answer, Enter to check, Esc to cancel", id="typed")
            await self.mount(typed, before=self.query_one(GradeBar))
        typed.focus()
        self.refresh_bindings()

    def action_cancel_typing(self) -> None:
        self.typing = False
        self._hide_typing()
        self.refresh_bindings()

    @on(Input.Submitted, "#typed")
    def _typed(self, message: Input.Submitted) -> None:
        card = self.study.card
        if card is None or not self.typing:
            return
        from quizgen.answers import compare  # rapidfuzz: loaded when first needed, not at start-up

        self.comparison = result = compare(message.value, card.item.answer)
        self._reveal(
            self.study.suggestion("right" if result.correct else "close" if result.near else "wrong")
        )

    async def _grade(self, grade: int) -> None:
        try:
            self.study.answer(grade)
        except QuizgenError as exc:
            self.notify(str(exc), title="Not recorded", severity="error")
            return
        await self._next_card()

    async def action_undo(self) -> None:
        try:
            undone = self.study.undo()
        except QuizgenError as exc:
            self.notify(str(exc), title="Cannot undo", severity="error")
            return
        if undone:
            self.notify("The last answer is undone; here is its card again.", timeout=3)
            await self._next_card()

    async def action_bury(self) -> None:
        await self._set_aside(self.study.bury, "Buried until tomorrow.")

    async def action_suspend(self) -> None:
        await self._set_aside(self.study.suspend, "Suspended: it stays out of every session.")

    async def _set_aside(self, change: object, note: str) -> None:
        try:
            change()  # type: ignore[operator]
        except QuizgenError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(note, timeout=3)
        await self._next_card()

    def action_end(self) -> None:
        self._finish()
