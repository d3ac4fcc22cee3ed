"""The words a figure question is made of: the question word for each kind of figure (多少, 什么时候,
哪一年, 多久, 几倍, 几成; how much, what year, how many …), a figure's hedge split from its core, the
marker of a worked example (假设, for example), and pronouns a question must not open with.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from quizgen.extract import figure_grammar as g
from quizgen.extract.lexicon import words
from quizgen.model import Figure

_HEDGE_ZH = re.compile(rf"^(?:{g.HEDGE_ZH})\s?")
_HEDGE_EN = re.compile(rf"^{g.HEDGE_EN}\s+")
_POST_HEDGE = re.compile(rf"(?:{g.POST_HEDGE})$")
_SUPPOSING_ZH, _SUPPOSING_EN = "假设|假如|假定|设想", "[Ss]uppose|[Ii]magine"
SCENARIO_ZH = re.compile(rf"{_SUPPOSING_ZH}|比如说?|例如|譬如|举例来说|打个比方")
SCENARIO_EN = re.compile(rf"\b(?:{_SUPPOSING_EN}|[Ff]or example|[Ff]or instance|[Ss]ay)\b")
SUPPOSED = re.compile(rf"{_SUPPOSING_ZH}|\b(?:{_SUPPOSING_EN})\b")  # a case made up, not one told
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{1,16})[”\"」』]")
# Words that open a sentence without being names; after a lead they lose their capital.
_EN_FUNCTION_OPENERS = frozenset(
    words(
        """
    The A An In On At By For From With During After Before Since Until Across Every Each Some All Any
    Both Either Neither No None Most Many Much Few Several Other Another Such Only Even Almost Nearly
    Roughly About Around Over Under Half One Two Three Doubling Today Yesterday Last Next Now Then
    There Here Suppose Imagine If When While Although Though Because As So Yet But And Or
    """
    )
)
_ZH_NOUN_AFTER = re.compile(r"^[\u4e00-\u9fff]")
_MONEY_PLAIN_BEFORE = set("至到为达是占约近过超逾")  # 飙升至多少, 将达多少: 多少 alone reads better
_ZH_NOT_NOUN = set("的之以左上下和与及或到至，。、；：就都也还才又被把")


def split_figure(text: str) -> tuple[str, str, str]:
    """(leading hedge, core, trailing hedge): 约 | 62% | ; about | 400,000 people | ; | 16元 | 左右."""
    lead = _HEDGE_ZH.match(text) or _HEDGE_EN.match(text)
    head = lead.group() if lead else ""
    rest = text[len(head) :]
    tail = _POST_HEDGE.search(rest)
    post = tail.group() if tail and tail.start() > 0 else ""
    return head, rest[: len(rest) - len(post)], post


def scenario_start(sentence: str, start: int) -> int | None:
    """Where a worked example or hypothesis (假设…, for example…) holding the figure begins."""
    pattern = SCENARIO_ZH if g.CJK.search(sentence) else SCENARIO_EN
    found = [m.start() for m in pattern.finditer(sentence, 0, start)]
    return found[-1] if found else None


def scenario_name(sentence: str, marker: int) -> str:
    """The quoted name the text gives the example (“模型创业论”), or ""."""
    names = [m.group(1) for m in _QUOTED.finditer(sentence, 0, marker)]
    return names[-1] if names else ""


def lower_opener(text: str, proper: Collection[str] | None = None) -> str:
    """`The program cost …` after `According to X, `: a function word loses its capital, and so
    does any capitalised word that `proper` (the words the document capitalises mid-sentence:
    names) does not hold."""
    word = text.split(" ", 1)[0]
    if word in _EN_FUNCTION_OPENERS:
        return text[0].lower() + text[1:]
    bare = re.sub(r"['’]s$", "", word.strip(",.;:'\"’"))
    if bare.endswith("ly") and bare[1:].islower():  # Globally, Roughly: adverbs, never names
        return text[0].lower() + text[1:]
    if proper is not None and bare[1:].islower() and bare not in proper and bare != "I":
        return text[0].lower() + text[1:]
    return text


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w-]*")
_CAPITAL = re.compile(r"\b[A-Z][a-z][\w-]*")
_LOWER = re.compile(r"\b[a-z][\w-]*")


def proper_words(texts: Iterable[str]) -> frozenset[str]:
    """Capitalised words that are names: written so mid-sentence somewhere in `texts`, or never
    written in lower case there (`Ferrobot` opening every sentence it is in)."""
    texts = list(texts)
    mid = {w for text in texts for w in _MID_SENTENCE_CAPITAL.findall(text)}
    lower = {w for text in texts for w in _LOWER.findall(text)}
    capital = {w for text in texts for w in _CAPITAL.findall(text)}
    return frozenset(mid | {w for w in capital if w.lower() not in lower})


def base_kind(fig: Figure) -> str:
    """A figure's kind, or for a range or change the kind of its ends."""
    if fig.kind not in {"range", "change"}:
        return fig.kind
    text = fig.text
    if "%" in text or "％" in text or "percent" in text:
        return "percent"
    if fig.unit == "年" or re.fullmatch(r"\d{3,4}\s?(?:and|—|–|-|到|至|和|与|、)\s?\d{3,4}年?", text):
        return "year"
    if g.CURRENCY.search(text):
        return "money"
    if g.days_per(fig.unit) is not None and " per " not in fig.unit:
        return "duration"
    return "count"


def _is_small_whole(value: float | None, limit: float) -> bool:
    return value is not None and value == int(value) and value < limit


def wh_zh(fig: Figure, core: str, after: str, before: str = "") -> str:
    """The Chinese question word standing where the figure stood."""
    kind = base_kind(fig)
    if kind == "money" and fig.kind != "range":
        ends_clause = not after.strip() or after.strip()[0] in "，,。；;！？!?…."
        return "多少钱" if ends_clause and before[-1:] not in _MONEY_PLAIN_BEFORE else "多少"
    if fig.kind == "range":
        if kind == "year":
            return "哪几年"
        if after.startswith("之间"):
            return "多少到多少"
        return "百分之多少" if kind == "percent" and after.startswith("的") else "多少"
    if kind == "percent":
        if "百分点" in core:
            return "多少个百分点"
        noun_follows = bool(_ZH_NOUN_AFTER.match(after)) and after[0] not in _ZH_NOT_NOUN
        return (
            "百分之多少" + ("的" if noun_follows else "")
            if noun_follows or after.startswith("的")
            else "多少"
        )
    if kind in {"year", "date"}:
        if kind == "year":
            return "哪一年"
        return {"世纪": "哪个世纪", "年代": "什么年代"}.get(fig.unit, "什么时候")
    if kind == "duration":
        if core.endswith(("内", "里")):
            return "多长时间" + core[-1]
        return "多长时间" if after.startswith(("里", "内", "中")) else "多久"
    if kind == "multiple":
        word = "几倍" if _is_small_whole(fig.value, 11) else "多少倍"
        return f"翻了{word}" if core.startswith("翻") else word
    if kind == "share":
        return "几成" if core.endswith("成") else "多少"
    if kind == "count":
        unit = fig.unit if fig.unit and g.CJK.match(fig.unit[:1]) else ""
        return ("几" if _is_small_whole(fig.value, 10) else "多少") + unit
    return "多少"


def _plural(unit: str) -> str:
    if not unit or unit.endswith("s") or " " in unit or not unit.isalpha() or unit in {"people", "feet"}:
        return unit
    return unit + "s"


def wh_en(fig: Figure, core: str) -> str:
    """The English question phrase standing where the figure stood."""
    kind = base_kind(fig)
    if kind == "money":
        return "how much"
    if kind == "percent":
        return "how many percentage points" if "point" in core else "what percentage"
    if kind == "year":
        return "what years" if fig.kind == "range" else "what year"
    if kind == "date":
        if fig.unit == "s":
            return "what decade"
        has_day = bool(re.search(r"\b\d{1,2}\s[A-Z]|[A-Z][a-z]+\s\d{1,2}\b(?!\d)|\d{4}-\d", core))
        return "what date" if has_day or not re.search(r"\d{4}", core) else "what month and year"
    if kind == "multiple":
        return "how many times"
    if kind == "share":
        return "what share"
    if kind == "ratio":
        return "what ratio"
    return f"how many {_plural(fig.unit)}".strip()
