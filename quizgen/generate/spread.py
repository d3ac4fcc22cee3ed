"""What a document's quiz keeps of its ranked drafts (one per fact, best first): at most
`per_sentence` items from one sentence; one item for an answer the document states twice (the
lead and the body); no item whose stem gives another kept item's answer away; and a budget that
follows the document's length, dealt across its sections in turn so the densest one does not
take it all.

Pure over `Draft`s; the order of what is kept is left as given.
"""

from __future__ import annotations

import re
from collections import deque
from typing import NamedTuple

from quizgen.extract.figure_scan import scan
from quizgen.extract.numbers import MAGNITUDES
from quizgen.extract.text import normalize
from quizgen.generate.context import shares_a_word
from quizgen.generate.draft import Draft
from quizgen.generate.figure_leaks import states_figure

DENSE_RATE = (40, 3_000)  # items per characters: a dense summary may rightly give 40 from 3,000 (the issue)
SPOKEN_RATE = (1, 1_000)  # a transcript says less per character, and says it less cleanly
MIN_BUDGET = 15  # a short dense summary keeps what it has
MAX_BUDGET = 60  # a whole book still makes a quiz, not a pile
_CJK = re.compile(r"[\u4e00-\u9fff]")


def budget(body_chars: int, spoken: bool = False) -> int:
    items, chars = SPOKEN_RATE if spoken else DENSE_RATE
    return max(MIN_BUDGET, min(MAX_BUDGET, -(-items * body_chars // chars)))


def spread(ranked: list[Draft], body_chars: int, per_sentence: int = 1, spoken: bool = False) -> list[Draft]:
    """The drafts one document keeps; `ranked` holds its drafts best first, one per fact."""
    limit = budget(body_chars, spoken)
    ranked = [d for d in ranked if not _in_a_definition(d, ranked)]
    keep = {id(d) for d in _distinct(_round_robin(ranked), per_sentence, limit)}
    return [d for d in ranked if id(d) in keep]


_GLOSS = re.compile(r"\s*[（(]|，|,\s")


def _answer_key(draft: Draft) -> str:
    """The answer as compared across items, without a gloss or an aside after it (贺明川（研究院
    高级工程师）is 贺明川, asked once); "" when too short to be given away by accident."""
    key = normalize(_GLOSS.split(draft.answer, maxsplit=1)[0]) or normalize(draft.answer)
    return key if len(key) >= (2 if _CJK.search(key) else 3) else ""


RESTATED = 0.3  # share of the words (Chinese: character pairs) two sentences have in common


def _restated_figure(draft: Draft, kept: list[Draft]) -> bool:
    """Whether a kept figure item gives the same figure (signs kept: 20% is not 20) in a sentence
    about the same thing (5% of margins and 5% of returns are two facts), or one end of a change it
    asks whole (from 58% to 81%, then 58% in 2019); an amount of money said twice, however hedged
    (about $6M, $6M), is one fact whatever the words around it."""
    if draft.kind != "figure":
        return False
    figure = _figure(draft.answer)
    words = _words(draft.explanation.replace(draft.answer, " "))
    large = _large_number(draft.answer)
    for other in kept:
        if other.kind != "figure" or other.fact == draft.fact:  # a fact's own forms share it
            continue
        if large and large == _large_number(other.answer) and other.source.section == draft.source.section:
            return True  # 2.6 亿光年 away, its light 2.6 亿年 on the way: one figure, whatever the unit
        theirs = _figure(other.answer)
        if figure == theirs and figure.kind == "money":
            return True
        if figure == theirs or _one_end_of(figure, theirs) or _one_end_of(theirs, figure):
            their_words = _words(other.explanation.replace(other.answer, " "))
            if (
                words
                and their_words
                and len(words & their_words) >= RESTATED * min(len(words), len(their_words))
            ):
                return True
    return False


LARGE = 10_000  # a number this large said twice in a section is the same figure, not a coincidence
_MAGNITUDE = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
_NUMBER_AS_WRITTEN = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s?(?:({_MAGNITUDE})(?![A-Za-z]))?", re.I)


def _large_number(answer: str) -> float:
    """The first number of the answer as written (2.6 亿 → 260,000,000), whatever unit follows it,
    when it is at least LARGE; 0 otherwise."""
    m = _NUMBER_AS_WRITTEN.search(answer)
    if not m:
        return 0.0
    number = float(m[1].replace(",", "")) * MAGNITUDES.get((m[2] or "").lower(), 1)
    return number if number >= LARGE else 0.0


class _Figure(NamedTuple):
    """A figure as compared across items, hedge and spacing aside (about $6M is $6M): what `scan`
    reads in the answer, or the answer as written (kind "") when it is not one figure."""

    kind: str
    value: float
    unit: str
    text: str


_WHOLE = frozenset({"change", "range"})  # figures whose ends are read from their text


def _figure(answer: str) -> _Figure:
    spans = scan(answer)
    value = spans[0].value if len(spans) == 1 else None
    if value is not None:
        span = spans[0]
        return _Figure(span.kind, value, span.unit, span.text if span.kind in _WHOLE else "")
    return _Figure("", 0.0, "", "".join(answer.lower().split()))


def _one_end_of(end: _Figure, whole: _Figure) -> bool:
    """Whether `end` is one end of a change or a range asked whole (58% of from 58% to 81%)."""
    if whole.kind not in _WHOLE or end.kind in _WHOLE or not end.kind or end.unit != whole.unit:
        return False
    return end.value in [float(n) for n in re.findall(r"\d+(?:\.\d+)?", whole.text.replace(",", ""))]


def _words(text: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)} | set(re.findall(r"[a-z]{3,}", text.lower()))


def _figure_given_away(draft: Draft, kept: list[Draft]) -> bool:
    """Whether a figure answer stands whole in another kept item's stem, or a kept figure answer in
    this one's (figures too short to be `_telling` as words: 100%, 3倍)."""
    for other in kept:
        if other.fact == draft.fact:
            continue
        if draft.kind == "figure" and states_figure(other.question, draft.answer):
            return True
        if other.kind == "figure" and states_figure(draft.question, other.answer):
            return True
    return False


def _in_a_definition(figure: Draft, ranked: list[Draft]) -> bool:
    """Whether a figure comes from a line that defines a term and the definition states it (Crude
    birth rate — live births per [1,000 people]): the term's item asks that fact, the figure's
    blank only a piece of it."""
    return figure.kind == "figure" and any(
        term.kind == "framework"
        and term.source.line == figure.source.line
        and states_figure(f"{term.question} {term.answer}", figure.answer)
        for term in ranked
    )


NESTED = 0.6  # how much of the longer answer the shorter must be to name the same idea


def _nested(one: str, other: str) -> bool:
    """客户成功 inside 客户成功优先 names one idea; 风险 inside 把风险留给时间的人 does not."""
    short, long = sorted((one, other), key=len)
    return short in long and len(short) >= NESTED * len(long)


def _telling(key: str, answer: str = "") -> bool:
    """Whether an answer is specific enough that meeting it in another stem gives it away (a
    two-character word such as 数学 recurs in any text about it; an acronym of three capitals or
    more, API or MINIX, is a name)."""
    return len(key) >= (3 if _CJK.search(key) else 5) or bool(_ACRONYM.fullmatch(answer.strip()))


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}")


def _distinct(ranked: list[Draft], per_sentence: int, limit: int) -> list[Draft]:
    """The drafts kept in order; a fact's own items (its question and its cloze, where a deck's
    `types` ask for both) share their answer by design, so only other facts' items count."""
    kept: list[Draft] = []
    per_line: dict[tuple[int, str], int] = {}
    answers: dict[str, set[str]] = {}  # answer key -> the facts that gave it
    telling: set[str] = set()  # the kept answer keys specific enough to be given away
    given: dict[str, list[Draft]] = {}  # answer key -> the kept drafts that gave it
    questions: list[tuple[str, Draft]] = []  # (stem, draft)
    everywhere = _stated_everywhere(ranked)
    for draft in ranked:
        sentence = (draft.source.line, normalize(draft.explanation))
        key = _answer_key(draft)
        question = normalize(draft.question)
        tells = _telling(key, draft.answer)
        if per_line.get(sentence, 0) >= per_sentence:
            continue
        if key in everywhere:
            continue  # the speaker's name in stem after stem: asking for it asks what the others tell
        if key and (
            answers.get(key, {draft.fact}) != {draft.fact}
            or (
                tells
                and any(
                    key in q and not _asks_only_about(other, draft)
                    for q, other in questions
                    if other.fact != draft.fact
                )
            )
        ):
            continue  # stated twice, or another kept stem gives it away
        if any(
            a in question
            and not all(_asks_only_about(draft, other) for other in given[a] if other.fact != draft.fact)
            for a, facts in answers.items()
            if a in telling and facts != {draft.fact}
        ):
            continue  # this stem gives a kept answer away
        if _restated_figure(draft, kept):
            continue  # the same figure said again about the same thing (a worked example twice)
        if _figure_given_away(draft, kept):
            continue  # 没有100%的概率 in one stem, 100% the blank of another
        if tells and any(
            _nested(key, a) for a, facts in answers.items() if a in telling and facts != {draft.fact}
        ):
            continue  # 客户成功 beside 客户成功优先: one idea asked twice
        per_line[sentence] = per_line.get(sentence, 0) + 1
        if key:
            answers.setdefault(key, set()).add(draft.fact)
            given.setdefault(key, []).append(draft)
            if tells:
                telling.add(key)
        questions.append((question, draft))
        kept.append(draft)
        if len(kept) == limit:
            break
    return kept


def _asks_only_about(stem: Draft, other: Draft) -> bool:
    """Whether `stem` asks what a person is (Who was X?, X是什么身份？, What is X known for?), naming
    only them, and `other` asks something else of them (Who wrote the lecture? — X): the name is
    what any item about them states, so it gives nothing away. Where the two share words (Who
    founded the firm? beside Who is X? — the firm's founder), they ask one fact twice."""
    return (
        stem.kind == "person"
        and stem.type == "reversed"
        and other.fact != stem.fact
        and not shares_a_word(stem.answer, f"{other.question} {other.answer}")
    )


EVERYWHERE = 3  # other facts' stems naming an answer beyond which asking for it is no question of its own
# who someone is, and a claim's blank (the firm a founder's 我们 stands for): answers other stems state
_YIELDING_KINDS = frozenset({"person", "meta", "claim"})


def _stated_everywhere(drafts: list[Draft]) -> frozenset[str]:
    """Names and claim blanks asked for (who spoke, who wrote, the firm) that the stems of several
    other facts state: the one item asking for it yields, not all the items that name it."""
    stems = [(normalize(d.question), d.fact) for d in drafts]
    out = set()
    for draft in drafts:
        key = _answer_key(draft)
        if (
            draft.kind not in _YIELDING_KINDS
            or draft.type == "reversed"
            or not key
            or not _telling(key, draft.answer)
        ):
            continue
        if sum(1 for stem, fact in stems if fact != draft.fact and key in stem) >= EVERYWHERE:
            out.add(key)
    return frozenset(out)


def _round_robin(drafts: list[Draft]) -> list[Draft]:
    """Best first within each section, sections taken in turn in document order."""
    queues: dict[str, deque[Draft]] = {}
    for draft in sorted(drafts, key=lambda d: d.source.line):
        queues.setdefault(draft.source.section, deque())
    for draft in drafts:
        queues[draft.source.section].append(draft)
    out: list[Draft] = []
    while queues:
        for section in list(queues):
            out.append(queues[section].popleft())
            if not queues[section]:
                del queues[section]
    return out
