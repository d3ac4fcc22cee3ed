"""Extraction of figures: every numeric expression in the body that states a fact, as a `Figure`
with its kind, value, unit, the sentence it stands in (a leading pronoun resolved), what it measures
(`subject`) and its source line. Headings and metadata are not scanned (other extractors own them).

`figure_spans(text)` is the regex pass other extractors use to keep figures whole when segmenting.
"""

from __future__ import annotations

import re

from quizgen.extract.figure_scan import Span, figure_spans, scan
from quizgen.extract.outline import under_its_term
from quizgen.extract.people import resolve_pronouns
from quizgen.extract.text import split_sentences
from quizgen.model import Block, Document, Figure, Section, Source

__all__ = ["extract", "figure_spans", "sentences", "subject_of"]

_PIECE_END = re.compile(r"[；;]\s*$")
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?（）()——]")
_LEAD_FUNCTION = re.compile(r"^(?:而且|并且|同时|其中|但是|但|而|并|且|又|也|还|就|即|和|与|及)")
_TAIL_FUNCTION = re.compile(
    r"(?:约为|约占|大约|大概|约|近|达到|达|为|是|在|占|有|共|了|到|至|超过|超|高达)+$"
)
_EN_TAIL = re.compile(
    r"\b(?:at|of|to|by|in|on|for|about|roughly|nearly|some|over|is|was|were|are|be)\s*$", re.I
)
_AMOUNT = re.compile(r"^[\d.,]+\s?(?:万亿|亿|万|千)$")


def sentences(text: str) -> list[str]:
    """The sentences of a block's text; a piece ending in a semicolon stays with what follows, so a
    scenario (假设…；…) or a list of figures is one sentence."""
    out: list[str] = []
    carry = ""
    for piece in split_sentences(text):
        joint = " " if carry and not carry.endswith("；") else ""  # no space after a full-width mark
        carry += joint + piece
        if not _PIECE_END.search(piece):
            out.append(carry)
            carry = ""
    if carry:
        out.append(carry)
    return out


def _amounts_as_money(spans: list[Span]) -> list[Span]:
    """`投入10亿` next to `1亿美元` in one sentence: a bare amount among money is money."""
    if not any(s.kind == "money" and s.fact for s in spans):
        return spans
    out = []
    for s in spans:
        if s.kind in {"bare", "count"} and s.unit == "" and s.why in {"bare", ""} and _AMOUNT.match(s.text):
            s = Span(s.start, s.end, s.text, "money", s.value, "", hedge=s.hedge)
        out.append(s)
    return out


_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]|——|$")
_CLAUSE_START = re.compile(r"[，,；;：:。！？!?]|——")
_MAIN_KINDS = frozenset({"money", "percent", "count", "share", "multiple", "ratio", "change"})
_TIME_KINDS = frozenset({"date", "year", "duration"})
# A duration that frames another figure rather than stating one: 两年内, 在18个月里, within five years.
_FRAME_AFTER = re.compile(r"^(?:内|里|中|以内|之内|以来|来)")
_FRAME_BEFORE = re.compile(
    r"(?:未来|过去|最近|近|在|今后|此后)\s*$|\b(?:within|in|over|during|for|after|the\s+(?:next|past|last))\s+$",
    re.I,
)
_TIME_ONLY = re.compile(r"^\s*(?:in|on|by|since|until|during|around|about|at|from)?\s*$", re.I)


def _clause(sentence: str, span: Span) -> tuple[int, int]:
    """The clause holding `span`; a clause that is only a time (`In 1998,` `2019年，`) takes the
    clause after it too."""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, span.start)]
    start = starts[-1] if starts else 0
    end_m = _CLAUSE_END.search(sentence, span.end)
    end = end_m.start() if end_m else len(sentence)
    rest = sentence[start : span.start] + sentence[span.end : end]
    if span.kind in _TIME_KINDS and _TIME_ONLY.match(rest) and end < len(sentence):
        after = _CLAUSE_END.search(sentence, end + 1)
        end = after.start() if after else len(sentence)
    return start, end


def _is_main(span: Span) -> bool:
    return span.fact and (span.kind in _MAIN_KINDS or (span.kind == "range" and span.base in _MAIN_KINDS))


def _frames(sentence: str, span: Span) -> bool:
    """A date or a time window (两年内, within five years) beside the figure its clause states."""
    if span.kind not in _TIME_KINDS and not (span.kind == "range" and span.base in _TIME_KINDS):
        return False
    if span.kind == "duration" or span.base == "duration":
        window = _FRAME_AFTER.match(sentence[span.end :]) or span.text.endswith(("内", "里"))
        if not window and not _FRAME_BEFORE.search(sentence[: span.start]):
            return False
    return True


def asked_spans(sentence: str, spans: list[Span]) -> list[Span]:
    """The fact-stating spans worth a question: not those in a clause that asks a question itself
    (`Where do you see it in five years?`), and not a date or time window that only frames the
    figure its clause states (`未来两年内…概率约为 20-25%`: the probability is the point)."""
    out = []
    for span in spans:
        if not span.fact:
            continue
        start, end = _clause(sentence, span)
        if sentence[end : end + 1] in {"？", "?"}:
            continue
        if _frames(sentence, span) and any(
            _is_main(other) and start <= other.start and other.end <= end
            for other in spans
            if other is not span
        ):
            continue
        out.append(span)
    return out


def subject_of(sentence: str, start: int, end: int) -> str:
    """What the figure measures, as far as its sentence says: the words before it in its clause,
    else the clause before, else the words after it, else the clause after."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    left = max((m + 1 for m in marks if m < start), default=0)
    right = min((m for m in marks if m >= end), default=len(sentence))
    before = _LEAD_FUNCTION.sub("", sentence[left:start].strip())
    before = _EN_TAIL.sub("", _TAIL_FUNCTION.sub("", before)).strip()
    if len(before) >= 2:
        return before
    previous = max((m + 1 for m in marks if m < left - 1), default=0)
    if left > 0 and len(sentence[previous : left - 1].strip()) >= 2:
        return sentence[previous : left - 1].strip()
    after = sentence[end:right].strip()
    if after:
        return after
    following = min((m for m in marks if m > right), default=len(sentence))
    return sentence[right + 1 : following].strip()


def _line_of(doc: Document, block: Block, text: str) -> int:
    """The line a figure stands on: a wrapped block's figure may sit below its first line."""
    probe = re.sub(r"\s+", "", text)[:6]
    lines = doc.index.squeezed_lines()
    for i in range(block.line - 1, min(len(doc.lines), block.line + 60)):
        if probe and probe in lines[i]:
            return i + 1
    return block.line


def _block_figures(doc: Document, section: Section | None, block: Block) -> list[Figure]:
    out: list[Figure] = []
    title = section.title if section else ""
    for raw in sentences(block.text):
        sentence = under_its_term(doc, section, block, resolve_pronouns(doc, section, block, raw))
        for span in asked_spans(sentence, _amounts_as_money(scan(sentence))):
            out.append(
                Figure(
                    text=span.text,
                    kind=span.kind,  # type: ignore[arg-type]
                    value=span.value,
                    unit=span.unit,
                    sentence=sentence,
                    start=span.start,
                    end=span.end,
                    subject=subject_of(sentence, span.start, span.end),
                    source=Source(doc=doc.name, section=title, line=_line_of(doc, block, span.text)),
                )
            )
    return out


def extract(doc: Document) -> list[Figure]:
    """Every fact-stating figure in the document's body, in document order."""
    out: list[Figure] = []
    for section, block in doc.all_blocks():
        out.extend(_block_figures(doc, section, block))
    return out
