"""Lenient typed answers: a learner's answer matches when it differs from the expected one only in
width, spaces, punctuation, a possessive mark (的, 's) or case (`200 亿美元` matches `200亿美元`,
full-width `AI` matches `ai`, `Anthropic的CEO` matches `Anthropic CEO`), and `compare` shows
where it differs. Marks that carry a number's meaning stay: `%` and `‰` always, and `.` `-` `/`
`:` between two digits (`3.5` is not `35`, `60-75%` is not `6075%`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein

NEAR = 0.8  # similarity from which a wrong answer counts as a near miss (a typo, a missing unit)
_DASHES = re.compile(r"[\u2010-\u2015\u2212~\u301c]")  # hyphens, en/em dashes, minus, tildes: a range
_SPACES = re.compile(r"\s+")
_KEEP_BETWEEN_DIGITS = ".-/:"
_KEEP_ALWAYS = "%‰"
_APOSTROPHES = "'\u2019"

SpanKind = Literal["same", "extra", "missing", "wrong"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of the difference: `same` text in both, `extra` typed only, `missing` expected only,
    `wrong` typed where something else was expected. Texts are in normalised form."""

    kind: SpanKind
    typed: str
    expected: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict on a typed answer. `similarity` is 0-1 on the normalised forms."""

    typed: str
    expected: str
    correct: bool
    similarity: float
    spans: tuple[Span, ...]
    same_numbers: bool  # the digits, in order, are the same in both

    @property
    def near(self) -> bool:
        """Wrong, but likely by a typo or a left-out word: the numbers agree and the text is
        close, or one contains the other (`200亿` for `200亿美元`). A wrong number never is."""
        if self.correct or not self.same_numbers:
            return False
        a, b = normalize(self.typed), normalize(self.expected)
        return bool(a) and (self.similarity >= NEAR or a in b or b in a)


def normalize(text: str) -> str:
    """`text` as compared: NFKC (full width to half), lower case, dashes unified, and without
    spaces or punctuation except the marks that carry a number's meaning."""
    shown = _lower(_light(text))
    return "".join(char for char, keep in zip(shown, _kept(shown), strict=True) if keep)


def compare(typed: str, expected: str) -> Comparison:
    """Whether `typed` matches `expected` leniently, how similar they are, and where they differ."""
    a, b = normalize(typed), normalize(expected)
    similarity = Levenshtein.normalized_similarity(a, b) if a or b else 1.0
    correct = a == b if b else typed.strip() == expected.strip()  # an answer of punctuation only
    return Comparison(typed, expected, correct, similarity, diff(typed, expected), _digits(a) == _digits(b))


def diff(typed: str, expected: str) -> tuple[Span, ...]:
    """Where `typed` differs from `expected`, as runs over their readable forms (width and runs
    of spaces evened out); differences the comparison ignores (case, spaces, punctuation) are
    `same` runs that show the expected text."""
    a, b = _light(typed), _light(expected)
    low_a, low_b = _lower(a), _lower(b)
    if len(low_a) != len(a) or len(low_b) != len(b):
        a, b = low_a, low_b  # a rare letter whose lower case is longer: show the lower case
    keep_a, keep_b = _kept(low_a), _kept(low_b)
    spans: list[Span] = []
    for op in Levenshtein.opcodes(low_a, low_b):
        got, want = slice(op.src_start, op.src_end), slice(op.dest_start, op.dest_end)
        ignored = not any(keep_a[got]) and not any(keep_b[want])
        kind: SpanKind = "same" if op.tag == "equal" or ignored else _KINDS[op.tag]
        _append(spans, Span(kind, a[got], b[want]))
    return tuple(spans)


_KINDS: dict[str, SpanKind] = {"delete": "extra", "insert": "missing", "replace": "wrong"}


def _append(spans: list[Span], span: Span) -> None:
    if spans and spans[-1].kind == span.kind:
        last = spans.pop()
        span = Span(span.kind, last.typed + span.typed, last.expected + span.expected)
    spans.append(span)


def _light(text: str) -> str:
    return _SPACES.sub(" ", _DASHES.sub("-", unicodedata.normalize("NFKC", text))).strip()


def _lower(text: str) -> str:
    return text.lower()


def _kept(text: str) -> list[bool]:
    """For each character of a lower-cased light form: whether the comparison looks at it."""
    return [
        char in _KEEP_ALWAYS
        or (char in _KEEP_BETWEEN_DIGITS and _between_digits(text, index))
        or not (_ignorable(char) or _possessive(text, index))
        for index, char in enumerate(text)
    ]


def _possessive(text: str, index: int) -> bool:
    """A possessive mark, which like punctuation changes nothing in an answer: 的 inside a
    phrase (`Anthropic的CEO` is `Anthropic CEO`; a final 的, as in 目的, is part of the word),
    and the `s` of `'s` after a word (`Anthropic's CEO`)."""
    char = text[index]
    if char == "的":
        return 0 < index < len(text) - 1
    if char != "s" or index < 2 or text[index - 1] not in _APOSTROPHES or not text[index - 2].isalnum():
        return False
    return index == len(text) - 1 or not text[index + 1].isalnum()


def _ignorable(char: str) -> bool:
    return unicodedata.category(char)[0] in "PZC" or char.isspace()


def _between_digits(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())
