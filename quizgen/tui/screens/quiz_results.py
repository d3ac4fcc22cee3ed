"""The end of a quiz: the score and the time, the score per theme and per kind, the missed
questions with their answers; `s` sends the missed items to review as due today (the one way a
quiz touches a schedule, and only when asked), once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.errors import QuizgenError
from quizgen.quiz.run import Quiz
from quizgen.quiz.scoring import Response, Score, Tally
from quizgen.tui.screens.summary import format_duration
from quizgen.tui.study import Desk
from quizgen.tui.widgets.card import source_line
from quizgen.tui.widgets.wrap import Prose

if TYPE_CHECKING:
    from quizgen.store.quizzes import SendReport
    from quizgen.tui.screens.quiz import Sync

BAR = 8


def fit(text: str, width: int) -> str:
    """`text` cut to `width` terminal cells (with `…`), then padded to exactly that width."""
    if cell_len(text) > width:
        while text and cell_len(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - cell_len(text))


def headline(score: Score, seconds: float) -> Content:
    """`Score 4 of 6 right (67%) in 2 min 10 s`, and how many were left when ended early."""
    parts: list[str | tuple[str, str]] = [
        ("Score ", "bold"),
        (f"{score.right} of {score.answered} right ({score.share:.0%})", "bold"),
        f" in {format_duration(seconds)}",
    ]
    if score.answered < score.asked:
        parts.append((f" · ended after {score.answered} of {score.asked} questions", "$text-muted"))
    return Content.assemble(*parts)


def tally_lines(title: str, tallies: Sequence[Tally], width: int) -> Content:
    """A heading, then per line: the label, a bar of the share right, right/total and percent."""
    label_width = max(4, width - BAR - 12)
    lines = [Content.styled(title, "bold")]
    for tally in tallies:
        filled = round(BAR * tally.share)
        lines.append(
            Content.assemble(
                fit(tally.label, label_width),
                " ",
                ("█" * filled, "$text-success"),
                ("░" * (BAR - filled), "$text-muted"),
                f" {tally.right:>2}/{tally.total:<2} {tally.share:>4.0%}",
            )
        )
    return Content("\n").join(lines)


def missed_lines(quiz: Quiz, missed: Sequence[Response]) -> Content:
    """Each missed question with its number, the answer, what was given and where it comes from."""
    if not missed:
        return Content.styled("Nothing missed.", "$text-success bold")
    numbers = {item.id: n for n, item in enumerate(quiz.items, 1)}
    lines = [Content.styled(f"Missed ({len(missed)})", "bold")]
    for response in missed:
        item = response.item
        given = response.given or "(nothing)"
        lines += [
            Content.assemble(("✗ ", "$text-error"), (f"{numbers[item.id]}. ", "bold"), item.question),
            Content.assemble(
                "  ", (item.answer, "$text-success bold"), ("  you: ", "$text-muted"), (given, "$text-error")
            ),
            Content.styled(f"  {source_line(item)}", "$text-muted italic"),
        ]
    return Content("\n").join(lines)


def sent_text(report: SendReport) -> Content:
    """What a send did, in a line a learner reads: due today, still new, left as they were."""
    parts = [f"Sent to review: {report.due_today} due today"]
    if new := report.count("new"):
        parts.append(f"{new} new (first among today's new items)")
    if suspended := report.count("suspended"):
        parts.append(f"{suspended} suspended (left so)")
    if absent := report.count("absent"):
        parts.append(f"{absent} not in the deck's review store")
    return Content.styled(" · ".join(parts) + ".", "$text-success")


class QuizResultsScreen(Screen[None]):
    """A finished (or ended) quiz. `run_id`: the saved run (None: nothing saved, nothing to send)."""

    DEFAULT_CSS = """
    #results { padding: 1 2 0 2; }
    #results > * { max-width: 96; }
    #results-headline { margin: 0 0 1 0; }
    #results-tallies { height: auto; margin: 0 0 1 0; }
    #results-themes { width: 1fr; margin: 0 2 0 0; text-wrap: nowrap; text-overflow: ellipsis; }
    #results-kinds { width: 34; text-wrap: nowrap; text-overflow: ellipsis; }
    #results-sent { margin: 1 0 0 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "send", "Send missed to review", tooltip="make the missed items due today in review"),
        Binding("enter,escape", "back", "Done", tooltip="leave the results"),
        Binding("q", "app.quit", "Quit", tooltip="leave quizgen"),
    ]

    def __init__(
        self, desk: Desk, quiz: Quiz, *, run_id: int | None, seconds: float, sync: Sync | None = None
    ) -> None:
        super().__init__()
        self.desk = desk
        self.quiz = quiz
        self.score = quiz.score()
        self.run_id = run_id
        self.seconds = seconds
        self.sync = sync
        self.sent: SendReport | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Quiz results · {self.quiz.deck} · seed {self.quiz.seed}"), classes="topbar")
        with VerticalScroll(id="results"):
            yield Static(headline(self.score, self.seconds), id="results-headline")
            with Horizontal(id="results-tallies"):
                yield Static(id="results-themes")
                yield Static(tally_lines("By kind", self.score.by_kind, 34), id="results-kinds")
            yield Prose(missed_lines(self.quiz, self.score.missed), id="results-missed")
            yield Static(id="results-sent")
        yield Footer()

    def on_resize(self) -> None:
        themes = self.query_one("#results-themes", Static)
        width = max(24, min(96, self.size.width - 6) - 36)  # padding, scrollbar; kinds and margin
        themes.update(tally_lines("By theme", self.score.by_theme, width))

    def on_mount(self) -> None:
        self.on_resize()
        self.query_one("#results-sent").display = False
        self.query_one(VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "send":
            return self.sent is None and self.run_id is not None and bool(self.score.missed)
        return True

    def action_send(self) -> None:
        if not self.check_action("send", ()):
            return
        from quizgen.store import quizzes

        assert self.run_id is not None
        store, now = self.desk.store, self.desk.clock()
        try:
            if self.sync is not None:
                self.sync(store, now)
            missed = [response.item.id for response in self.score.missed]
            self.sent = quizzes.send_to_review(store, self.run_id, self.quiz.deck, missed, now)
        except QuizgenError as exc:
            self.notify(str(exc), title="Not sent", severity="error")
            return
        sent = self.query_one("#results-sent", Static)
        sent.update(sent_text(self.sent))
        sent.display = True
        self.refresh_bindings()

    def action_back(self) -> None:
        from quizgen.tui.screens.quiz import leave

        leave(self)
