"""Drafts for themes: "what is section/theme N about?" (the label as written, else the position; the
title is the answer, the section's points the explanation) and "which theme covers this point?"
(a choice among the other headings).
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Sequence

from quizgen.extract import cn_numerals
from quizgen.extract.frameworks import speaks_in_person
from quizgen.extract.text import normalize, quoted_zh
from quizgen.generate.draft import Draft, mask_figures, stable_order
from quizgen.generate.meta import document_phrase
from quizgen.model import Document, Fact, Theme

_BARE_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十百零\u3007两]{1,4}|[IVXLC]{1,6})$")
_ZH_DIGITS = "零一二三四五六七八九"
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# A point opens with who said it, or with a connective; neither belongs in a "which theme" question.
_LEAD_ZH = re.compile(
    r"^(?:(?:例如|比如|此外|另外|同时|因此|所以|但是|但|而且|并且|总之|其次|首先|最后)[，,]?\s*)?"
    r"(?:[^，,。？！：:]{1,12}?(?:认为|指出|强调|表示|估算|坦言|解释|主张|批评|回应|提到|写道|说|称|承认|预测)[，,：:]\s*)?"
)
_LEAD_EN = re.compile(
    r"^(?:(?:for example|for instance|moreover|however|also|in addition|finally|first|second),?\s+)?", re.I
)
_PRONOUN_START = re.compile(
    r"^(?:他|她|它|我|你|您|这|那|其|该|此)|^(?:he|she|it|they|this|that|these|those|we|i|you)\b", re.I
)
_THIRD_PERSON = re.compile(r"[他她]|\b(?:he|she|him|her|his|they|them)\b", re.I)
_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("（", "）"), ("(", ")"), ("‘", "’"))
# A clause that opens with one of these completes the one before it (既有…也有…, not only… but…).
_CONTINUES = re.compile(
    r"^[，,；;：:]\s*(?:也|却|还|而且|并且|但|而|就|才|又)|^[,;:]\s*(?:but|and|so|or)\b", re.I
)
_EXAMPLE_LAST = re.compile(
    r"[，,；;：:]\s*(?:例如|比如|譬如|如|for example|e\.g\.|such as)[^，,；;：:]*$", re.I
)
_CLAUSE = re.compile(r"[，,；;：:]\s*")
_SENTENCE_TAIL = re.compile(r"[。.！!？?；;]+$")
POINT_MIN_ZH, POINT_MAX_ZH = 8, 36
POINT_MIN_EN, POINT_MAX_EN = 5, 22
EXPLAIN_POINTS = 3
EXPLAIN_MAX = 48


def zh_numeral(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else _ZH_DIGITS[tens]}十{_ZH_DIGITS[ones] if ones else ''}"


def label_number(label: str) -> int | None:
    """The value of a bare numbering label (`四`, `01`, `IV`), None for a worded one (`主题三`)."""
    if not _BARE_NUMBER.match(label):
        return None
    if label.isdigit():
        return int(label)
    if label[0] in _ROMAN:
        values = [_ROMAN[c] for c in label]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    value = cn_numerals.read(label)
    return int(value) if value is not None and value == int(value) else None


def where(theme: Theme) -> str:
    """What the question points at: the label as written, else the position ("#3")."""
    return theme.label or f"#{theme.number}"


def _what_question(doc: Document, theme: Theme, phrase: str) -> str | None:
    number = label_number(theme.label) if theme.label else theme.number
    if doc.language == "zh":
        if theme.label and number is None:
            return f"{phrase}的{quoted_zh(theme.label)}讨论什么？"
        return f"{phrase}的第{zh_numeral(number)}部分讨论什么？" if number else None
    if theme.label and number is None:
        return f"What is {theme.label} of {phrase} about?"
    if theme.label and number:
        return f"What is section {number} of {phrase} about?"
    if 0 < theme.number <= len(_ORDINALS):
        return f"What is the {_ORDINALS[theme.number - 1]} section of {phrase} about?"
    return None


def _shorten(text: str, limit: int) -> str:
    text = _SENTENCE_TAIL.sub("", text.strip())
    if len(text) <= limit:
        return text
    cut = max((m.start() for m in _CLAUSE.finditer(text, 0, limit)), default=0)
    return (text[:cut] if cut >= limit // 3 else text[:limit]).rstrip() + "…"


def explanation(doc: Document, theme: Theme) -> str:
    sep = "；" if doc.language == "zh" else "; "
    points = [_shorten(p, EXPLAIN_MAX if doc.language == "zh" else EXPLAIN_MAX * 3) for p in theme.points]
    return sep.join(points[:EXPLAIN_POINTS]) or theme.title


def _size(text: str, language: str) -> int:
    if language == "zh":
        return len(re.findall(r"[\u4e00-\u9fff]|[A-Za-z0-9]+", text))
    return len(text.split())


def point_candidates(point: str, language: str) -> list[str]:
    """Spans of a point that can stand alone in a question: the statement without its attribution,
    and its leading clauses, within the length a question carries."""
    lead = _LEAD_ZH if language == "zh" else _LEAD_EN
    body = _SENTENCE_TAIL.sub("", lead.sub("", point.strip(), count=1)).strip()
    low, high = (POINT_MIN_ZH, POINT_MAX_ZH) if language == "zh" else (POINT_MIN_EN, POINT_MAX_EN)
    ends = [m.start() for m in _CLAUSE.finditer(body)] + [len(body)]
    out: list[str] = []
    for end in ends:
        span = body[:end].strip()
        # Not inside a quotation or brackets, and not before a clause that completes this one.
        if not low <= _size(span, language) <= high or not _balanced(span):
            continue
        if _CONTINUES.match(body[end:]) or (end < len(body) and _EXAMPLE_LAST.search(span)):
            continue  # half of a pair, or an example cut short
        out.append(span)
    return [s for s in out if not _PRONOUN_START.match(s) and not speaks_in_person(s)]


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in _PAIRS) and text.count('"') % 2 == 0


def _overlap(point: str, title: str) -> float:
    """How much of the title the point already gives away (share of its characters or words)."""
    title_units = (
        set(normalize(title)) if re.search(r"[\u4e00-\u9fff]", title) else set(title.lower().split())
    )
    point_units = (
        set(normalize(point)) if re.search(r"[\u4e00-\u9fff]", title) else set(point.lower().split())
    )
    return len(title_units & point_units) / max(len(title_units), 1)


class _Titles:
    """The document's theme titles, each distinct one once with how many themes carry it, so that
    ranking the other headings for a candidate hashes each title once."""

    def __init__(self, themes: Sequence[Theme]) -> None:
        self.keys = [normalize(t.title) for t in themes]
        self.counts: dict[str, int] = {}
        self.key_of: dict[str, str] = {}
        for theme, key in zip(themes, self.keys, strict=True):
            self.counts[theme.title] = self.counts.get(theme.title, 0) + 1
            self.key_of.setdefault(theme.title, key)
        self.per_key: dict[str, int] = {}
        for key in self.keys:
            self.per_key[key] = self.per_key.get(key, 0) + 1
        self.encoded = {title: f"\x1f{title}".encode() for title in self.counts}

    def others(self, key: str) -> int:
        """How many themes have a title other than the one normalised to `key`."""
        return len(self.keys) - self.per_key[key]

    def distractors(self, key: str, anchor: str) -> list[str]:
        """The three titles (other than those normalised to `key`) ranked first by the hash of
        `anchor` and the title, a title counted as often as themes carry it."""
        seed = hashlib.sha1(anchor.encode())
        ranked: list[tuple[bytes, str]] = []
        for title, encoded in self.encoded.items():
            if self.key_of[title] != key:
                digest = seed.copy()
                digest.update(encoded)
                ranked.append((digest.digest(), title))
        out: list[str] = []
        for _, title in heapq.nsmallest(3, ranked):
            out.extend([title] * self.counts[title])
        return out[:3]


def _unit_zh(theme: Theme) -> str:
    for word, unit in (
        ("主题", "哪个主题"),
        ("讲", "哪一讲"),
        ("章", "哪一章"),
        ("节", "哪一节"),
        ("篇", "哪一篇"),
    ):
        if word in theme.label:
            return unit
    return "哪个部分"


def _which_drafts(doc: Document, theme: Theme, key: str, titles: _Titles, phrase: str) -> list[Draft]:
    if titles.others(key) < 2:
        return []
    out: list[Draft] = []
    for rank, point in enumerate(theme.points):
        for span in point_candidates(point, doc.language):
            if doc.language == "zh":
                question = f"{quoted_zh(span)}属于{_unit_zh(theme)}？"
            else:
                question = f'Which section of {phrase} covers this point: "{span}"?'
            anchor = f"{doc.name}::{normalize(mask_figures(span))}"
            choices = stable_order(theme.title, titles.distractors(key, anchor), anchor)
            score = (
                1.0 - 0.05 * rank + 0.02 * min(_size(span, doc.language), 30) - _overlap(span, theme.title)
            )
            score -= 0.3 if _THIRD_PERSON.search(span) else 0.0  # 对他的批评: whose?
            out.append(
                Draft(
                    kind="theme",
                    type="choice",
                    anchor=anchor,
                    question=question,
                    answer=theme.title,
                    explanation=point,
                    source=theme.source,
                    fact=f"theme-which::{doc.name}::{where(theme)}",
                    score=score,
                    choices=choices,
                )
            )
    return out


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    """None by default: blind judges reject a section's number ("what is part 3 about?") and "which
    section holds this line" on every document; a section's content is asked through its
    sentences (figures, claims, frameworks), with the section as their source."""
    return []


def layout_drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    """What each section is called and which section holds a point: layout questions, kept for
    callers that ask for them explicitly."""
    themes = [f for f in facts if isinstance(f, Theme)]
    phrase, _ = document_phrase(doc, facts)
    titles = _Titles(themes)
    out: list[Draft] = []
    for theme, key in zip(themes, titles.keys, strict=True):
        question = _what_question(doc, theme, phrase)
        if question:
            anchor = f"{doc.name}::{where(theme)}"
            out.append(
                Draft(
                    kind="theme",
                    type="basic",
                    anchor=anchor,
                    question=question,
                    answer=theme.title,
                    explanation=explanation(doc, theme),
                    source=theme.source,
                    fact=f"theme::{anchor}",
                    score=2.0,
                )
            )
        out.extend(_which_drafts(doc, theme, key, titles, phrase))
    return out
