"""A quiz under way, as a value: the questions drawn and the answers so far. The quiz screen
holds one; each answer gives a new `Quiz`. Nothing here reads a clock or a store."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quizgen.model import Item
from quizgen.quiz.scoring import Response, Score, count_as_right, score


@dataclass(frozen=True, slots=True)
class Quiz:
    """`deck`: the deck the items belong to; `source`: what the learner named (a deck file, a
    seed file, a deck name); `seed`: the draw's seed, so the same quiz can be drawn again."""

    deck: str
    source: str
    seed: int
    items: tuple[Item, ...]
    responses: tuple[Response, ...] = ()

    @property
    def current(self) -> Item | None:
        """The question to ask next; None once every question is answered."""
        done = len(self.responses)
        return self.items[done] if done < len(self.items) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    @property
    def last(self) -> Response | None:
        return self.responses[-1] if self.responses else None

    def answer(self, response: Response) -> Quiz:
        """The quiz with `response` to the current question."""
        if self.current is None or response.item.id != self.current.id:
            raise ValueError("that is not the question being asked")
        return replace(self, responses=(*self.responses, response))

    def count_last_as_right(self) -> Quiz:
        """The quiz with its last answer (a typed miss) counted as right."""
        if self.last is None:
            raise ValueError("no answer yet")
        return replace(self, responses=(*self.responses[:-1], count_as_right(self.last)))

    def score(self) -> Score:
        return score(len(self.items), self.responses)
