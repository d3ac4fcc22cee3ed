"""Judging a quiz's answers and adding them up: a choice is right or wrong; a typed answer is
compared leniently (`quizgen.answers`: width, spaces, punctuation, case), and a miss the learner
says was right after all counts as right. The score is given per theme (section) and per kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from quizgen.answers import Comparison, compare
from quizgen.model import Item

Verdict = Literal["right", "near", "wrong"]


@dataclass(frozen=True, slots=True)
class Response:
    """One answer: `given` is the picked choice's text or what was typed ("" for nothing);
    `verdict` is the judgement (`near`: a near miss, by a typo or a left-out word); `counted`
    says whether it counts as right (judged right, or a miss the learner counted as right)."""

    item: Item
    given: str
    verdict: Verdict
    counted: bool
    picked: int | None = None  # the choice's index, for a choice item

    @property
    def overridden(self) -> bool:
        """A miss the learner counted as right."""
        return self.counted and self.verdict != "right"


def judge_choice(item: Item, index: int) -> Response:
    """The response of picking `item.choices[index]`."""
    if not 0 <= index < len(item.choices):
        raise ValueError(f"item {item.id} has {len(item.choices)} choices; there is no choice {index + 1}")
    right = item.choices[index] == item.answer
    return Response(item, item.choices[index], "right" if right else "wrong", right, picked=index)


def judge_typed(item: Item, typed: str) -> tuple[Response, Comparison]:
    """The response of typing `typed`, with the comparison that shows where it differs."""
    comparison = compare(typed, item.answer)
    verdict: Verdict = "right" if comparison.correct else "near" if comparison.near else "wrong"
    return Response(item, typed.strip(), verdict, comparison.correct), comparison


def can_count_as_right(response: Response) -> bool:
    """A typed answer judged wrong may be counted as right (a synonym, a near miss); a choice may not."""
    return response.picked is None and not response.counted and bool(response.given)


def count_as_right(response: Response) -> Response:
    if not can_count_as_right(response):
        raise ValueError(f"the answer to {response.item.id} cannot be counted as right")
    return replace(response, counted=True)


@dataclass(frozen=True, slots=True)
class Tally:
    """Answers counted right out of answers given, for one theme or kind."""

    label: str
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """A quiz's result: `right` of `answered` (of `asked` questions drawn), per theme in
    document order, per kind (most asked first), and the missed answers in quiz order."""

    right: int
    answered: int
    asked: int
    by_theme: tuple[Tally, ...]
    by_kind: tuple[Tally, ...]
    missed: tuple[Response, ...]

    @property
    def share(self) -> float:
        return self.right / self.answered if self.answered else 0.0


def score(asked: int, responses: Sequence[Response]) -> Score:
    docs = {r.item.source.doc for r in responses}
    themes = _tallies(
        responses,
        lambda item: theme_label(item, with_doc=len(docs) > 1),
        order=lambda item: (item.source.doc, item.source.line),
    )
    kinds = _tallies(responses, lambda item: item.kind, order=None)
    return Score(
        right=sum(r.counted for r in responses),
        answered=len(responses),
        asked=asked,
        by_theme=themes,
        by_kind=kinds,
        missed=tuple(r for r in responses if not r.counted),
    )


def theme_label(item: Item, *, with_doc: bool = False) -> str:
    """A theme's name as the results show it: the section's title (the document's name for
    what comes before the first heading), followed by the document's name when a quiz spans
    several (after it, so that a narrow column cuts the document's name, not the title)."""
    section = item.source.section or item.source.doc
    return f"{section} · {item.source.doc}" if with_doc and item.source.section else section


def _tallies(
    responses: Iterable[Response],
    label_of: Callable[[Item], str],
    order: Callable[[Item], tuple[str, int]] | None,
) -> tuple[Tally, ...]:
    """Right and total per label; ordered by `order` of each label's first item, else most asked first."""
    counts: dict[str, list[int]] = {}
    first: dict[str, tuple[str, int]] = {}
    for response in responses:
        label = label_of(response.item)
        right_total = counts.setdefault(label, [0, 0])
        right_total[0] += response.counted
        right_total[1] += 1
        if order is not None:
            key = order(response.item)
            first[label] = min(first.get(label, key), key)
    tallies = [Tally(label, right, total) for label, (right, total) in counts.items()]
    if order is not None:
        return tuple(sorted(tallies, key=lambda t: first[t.label]))
    return tuple(sorted(tallies, key=lambda t: (-t.total, t.label)))
