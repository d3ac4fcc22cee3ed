"""The card: the question (wrapped by cell width, so Chinese text breaks cleanly), numbered
choices, and once revealed the answer, the typed-answer verdict, the explanation and the source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Static

from quizgen.model import Item
from quizgen.tui.widgets.wrap import Prose

if TYPE_CHECKING:
    from quizgen.answers import Comparison


def source_line(item: Item) -> str:
    source = item.source
    where = f"{source.doc} · {source.section}" if source.section else source.doc
    return f"{where} · line {source.line}"


STATUS_TEXT = {"repeat": "again today, the schedule stays"}


def hint(item: Item) -> str:
    """What a learner can do with the card's front, for someone who has not read the help."""
    if item.choices:
        return f"1-{len(item.choices)} picks an answer · t lets you type it · Space shows it"
    return "Space shows the answer · t lets you type it first"


class ChoiceLine(Prose):
    """One numbered choice; clicking it picks it, as its number key does."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(classes="choice")
        self.index = index
        self.text = text

    def show(self, *, revealed: bool, right: bool, picked: bool) -> None:
        mark = ("✓" if right else "✗" if picked else " ") if revealed else " "
        self.update(
            Content.from_markup("$mark [b]$n[/b]  $text", mark=mark, n=str(self.index + 1), text=self.text)
        )
        self.set_class(revealed and right, "-right")
        self.set_class(revealed and picked and not right, "-wrong")
        self.set_class(picked, "-picked")

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(CardView.ChoicePicked(self.index))


class CardView(VerticalScroll):
    """Shows one item, front or front and back."""

    class ChoicePicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self) -> ComposeResult:
        yield Static(id="card-kind")
        yield Prose(id="card-question")
        yield Vertical(id="card-choices")
        yield Static(id="card-hint")
        with Vertical(id="card-back"):
            yield Prose(id="card-verdict")
            yield Prose(id="card-answer")
            yield Prose(id="card-explanation")
            yield Prose(id="card-source")

    async def load(self, item: Item, *, status: str) -> None:
        """Put a new item on the card, front only; `status` as `Card.status`."""
        tag = f"{STATUS_TEXT.get(status, status)} · {item.kind} · {item.type}"
        self.query_one("#card-kind", Static).update(Content(tag))
        self.query_one("#card-question", Prose).update(item.question)
        choices = self.query_one("#card-choices", Vertical)
        await choices.remove_children()
        await choices.mount_all(ChoiceLine(i, text) for i, text in enumerate(item.choices))
        choices.display = bool(item.choices)
        self.query_one("#card-hint", Static).update(hint(item))
        self.query_one("#card-answer", Prose).update(item.answer)
        shown_explanation = item.explanation if item.explanation.strip() != item.answer.strip() else ""
        explanation = self.query_one("#card-explanation", Prose)
        explanation.update(shown_explanation)
        explanation.display = bool(shown_explanation)
        self.query_one("#card-source", Prose).update(source_line(item))
        self.scroll_home(animate=False)

    def show(self, item: Item, *, revealed: bool, picked: int | None, comparison: Comparison | None) -> None:
        """Show the front, or the front and back, with a picked choice or a typed answer marked."""
        for line in self.query(ChoiceLine):
            right = line.text == item.answer
            line.show(revealed=revealed, right=right, picked=line.index == picked)
        self.query_one("#card-back").display = revealed
        self.query_one("#card-hint").display = not revealed
        verdict = self.query_one("#card-verdict", Prose)
        verdict.display = comparison is not None
        if comparison is not None:
            from quizgen.tui.widgets.typed import render_comparison

            verdict.update(render_comparison(comparison))
