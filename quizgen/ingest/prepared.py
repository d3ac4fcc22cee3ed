"""The text as parse reads it, before lines get their kinds: lines that may differ from the file's
(a cue joined, an HTML block turned to text, a long unpunctuated line cut at its pauses), each with
the file line it came from, plus the metadata and drops found on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.model import Dropped, MetaField

SHOWN = 160  # characters of a dropped piece that `inspect` shows


@dataclass(slots=True)
class Prepared:
    """`origin[i]` is the 0-based file line that `lines[i]` came from (-1: none, e.g. a web page's
    metadata, which then stands on line 0)."""

    lines: list[str]
    origin: list[int]
    metadata: list[MetaField] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    body: set[int] = field(default_factory=set)  # lines that are body text whatever they look like
    # file lines that are body text whatever they look like (an e-reader's highlight), kept
    # through rebuilds; `parse` adds the lines they became to `body`
    body_origins: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, lines: list[str]) -> Prepared:
        return cls(list(lines), list(range(len(lines))))

    def drop(self, i: int, reason: str, text: str | None = None) -> None:
        """Record line `i` (of `lines`) as dropped and blank it."""
        self.dropped.append(
            Dropped(self.origin[i] + 1, shorten(self.lines[i] if text is None else text), reason)
        )
        self.lines[i] = ""

    def rebuilt(self, pieces: list[tuple[str, int]]) -> None:
        """Replace the lines by `pieces` of (text, origin)."""
        if self.body:
            raise ValueError("rebuild before marking body lines")
        self.lines = [text for text, _ in pieces]
        self.origin = [origin for _, origin in pieces]


def shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
