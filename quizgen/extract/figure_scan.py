"""The regex pass that finds every numeric expression in a text and keeps it whole: money, percentages
and points, dates and years, durations, counts with their unit, multiples, shares, ratios, ranges and
from->to changes, each with its hedge (约, about) -- and says which of them are not facts to ask
(versions, labels, ordinals, formulae, vague magnitudes, modifiers, relative times).

One linear `finditer` finds atoms; one pass over neighbouring atoms joins ranges and changes.
`figure_spans(text)` gives the (start, end) of every span, for protecting figures when segmenting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from quizgen.extract import figure_grammar as g
from quizgen.extract.numbers import (
    CN_DIGITS,
    CN_NUMERALS,
    DIGIT_WORDS_RE,
    MAGNITUDES,
    Style,
    style_of,
    value_of,
)


@dataclass(frozen=True, slots=True)
class Part:
    """One numeral inside a figure's text: its offsets there, its value and how it is written."""

    start: int
    end: int
    value: float
    style: Style


@dataclass(frozen=True, slots=True)
class Span:
    """A numeric expression: `text[start:end]` of the scanned text, its kind (a `FigureKind`, or
    "bare" for a number without a unit), `base` (the kind of a range's or change's ends), its value
    and unit, and `why` it is not a fact to ask ("" when it is)."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None
    unit: str
    base: str = ""
    why: str = ""
    hedge: str = ""

    @property
    def fact(self) -> bool:
        return not self.why


_WIDE_POINT = re.compile(r"(?<=\d)\uff0e(?=\d)")  # a full-width decimal point between digits


def _narrow(text: str) -> str:
    """`text` with a full-width decimal point between digits read as `.` (the same length, so
    every position still points into the text as written)."""
    return _WIDE_POINT.sub(".", text) if "\uff0e" in text else text


def scan(text: str) -> list[Span]:
    """Every numeric expression in `text`, in order, none overlapping."""
    narrow = _narrow(text)
    if narrow is text:
        return list(_scan(text))
    return [replace(s, text=text[s.start : s.end]) for s in _scan(narrow)]


@lru_cache(maxsize=2048)
def _scan(text: str) -> tuple[Span, ...]:
    atoms = [a for a in (_atom(m, text) for m in _matches(text)) if a is not None]
    spans = _join(text, atoms)
    enums = (
        [_enumeration(m) for m in g.ENUMERATION.finditer(text) if _is_enumeration(m)] if "、" in text else []
    )
    if enums:
        spans = [s for s in spans if not any(s.start < e.end and e.start < s.end for e in enums)]
        spans = sorted([*spans, *enums], key=lambda s: s.start)
    read = [_before_the_era(text, _with_its_size(text, _not_mid_year(text, _signed(text, s)))) for s in spans]
    return tuple(_exclude(text, _seasons(text, read)))


_BEFORE_THE_ERA = re.compile(r"公元前\s*$")


def _before_the_era(text: str, span: Span) -> Span:
    """公元前 81 年, 公元前 210 年: a year before the era (however few its digits, not a span of 81
    years), written with a space or without."""
    found = _BEFORE_THE_ERA.search(text, 0, span.start) if span.kind in {"duration", "year"} else None
    number = re.fullmatch(r"(\d{1,4})\s*年", span.text.strip()) if found else None
    if found and number:
        whole = text[found.start() : span.end]
        return replace(span, start=found.start(), text=whole, kind="year", value=-float(number[1]))
    return span


def _with_its_size(text: str, span: Span) -> Span:
    """大半年, 小半天: the 大 or 小 before a half is part of the span, not a word the blank leaves."""
    if span.text.startswith("半") and span.start and text[span.start - 1] in "大小":
        return replace(span, start=span.start - 1, text=text[span.start - 1 : span.end])
    return span


# 1860年中英…, 1895年中日…: 中 opens a pair of countries after the year, no mid-year
_COUNTRY_AFTER_ZHONG = re.compile(r"[法日美英俄德意苏韩朝印越泰葡西荷奥澳加]")


def _not_mid_year(text: str, span: Span) -> Span:
    if span.kind == "date" and span.text.endswith("年中") and _COUNTRY_AFTER_ZHONG.match(text, span.end):
        return replace(span, end=span.end - 1, text=span.text[:-1], kind="year")
    return span


# 2020-21, 1998–99, 2010-15: a season or a span of years, one figure (not the year and a bare 21)
_SEASON_END = re.compile(r"[-–](?P<end>\d{2})(?!\d)")


def _seasons(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        end = _SEASON_END.match(text, span.end) if span.kind == "year" and span.value is not None else None
        if end and int(span.value or 0) % 100 < int(end["end"]):
            season = text[span.start : end.end()]
            out.append(replace(span, end=end.end(), text=season, kind="range", base="year"))
            continue
        if out and out[-1].end > span.start:
            continue  # the bare 21 the season took in
        out.append(span)
    return out


# A minus sign (- or U+2212) or 零下 before a figure (-18℃, 零下18度) is part of it; a dash between two
# figures (10-18℃) is a range's and a hyphen after a word (COVID-19) a name's.
_SIGN_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9.%)）])[-\u2212]|零下)$")


_DEGREES = re.compile(r"℃|°|度")
_SIGNED_KINDS = frozenset({"percent", "money"})


def _signed(text: str, span: Span) -> Span:
    sign = _SIGN_BEFORE.search(text, max(0, span.start - 2), span.start)
    if not sign or span.kind in {"year", "date", "range", "url"} or span.hedge:
        return span
    spaced = sign.start() == 0 or text[sign.start() - 1] in " \t(（:：,，"
    if not (_DEGREES.search(span.text) or sign.group() == "零下" or (spaced and span.kind in _SIGNED_KINDS)):
        return span  # 阶段-3个月: a dash between a label and a count
    value = -span.value if span.value is not None else None
    return replace(span, start=sign.start(), text=text[sign.start() : span.end], value=value)


def is_a_year(text: str) -> bool:
    """Whether `text` is a year alone (2023年, 1911), as scan reads it."""
    spans = scan(text)
    return len(spans) == 1 and spans[0].kind == "year"


def figure_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every numeric expression in `text`, facts or not (a version number is
    not a fact but is still one word): pass them to `segment`/`tag` as protected spans."""
    return [(s.start, s.end) for s in scan(text)]


def parts(text: str) -> list[Part]:
    """The numerals inside a figure's text (`近 200 亿美元` -> 200; `60-75%` -> 60, 75)."""
    return list(_parts(text))


@lru_cache(maxsize=4096)
def _parts(text: str) -> tuple[Part, ...]:
    out = []
    for m in g.NUMERAL.finditer(_narrow(text)):
        value = value_of(m.group())
        if value is not None:
            out.append(Part(m.start(), m.end(), value, style_of(m.group())))
    return tuple(out)


# --- atoms -------------------------------------------------------------------------------------


_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]$|.(?:周|期|拜)[一二三四五六日天]$")
_COUNTED = re.compile(r"[次个回趟遍名位人天小分年月家件本条张]")


def _matches(text: str) -> list[re.Match[str]]:
    """ATOM matches, tried only where a numeral (or a month, `half`, `twice`) could start one: a
    cheap seed search keeps the pass linear and fast; a hedge or currency sign just before a seed
    is tried first so that it joins the figure."""
    urls = list(g.URL.finditer(text)) if g.URL_HINT.search(text) else []
    out: list[re.Match[str]] = list(urls)
    clocks = list(g.CLOCK.finditer(text)) if ":" in text else []
    pos = 0
    for seed in g.SEED.finditer(text):
        p = seed.start()
        if p < pos or any(u.start() <= p < u.end() for u in (*urls, *clocks)):
            continue
        if _WEEKDAY.match(text, max(0, p - 2), p + 1) and not _COUNTED.match(text, p + 1):
            continue  # 周二、周五两次: 周五 is a day, the figure is 两次 (每周三次 counts three times)
        m = None
        lead = g.LEAD_BEFORE.search(text, max(pos, p - 16), p)
        if lead and lead.start() < p:
            m = g.ATOM.match(text, lead.start())
            if m is not None and (m.end() <= p or m.lastgroup == "url"):
                m = None
        m = m or g.ATOM.match(text, p)
        if m is not None and m.lastgroup and m.lastgroup != "url":
            out.append(m)
            pos = m.end()
    return sorted(out, key=lambda m: m.start()) if urls else out


def _atom(m: re.Match[str], text: str) -> Span | None:
    kind = m.lastgroup or ""
    if m.re is g.URL:
        return Span(m.start(), m.end(), m.group(), "url", None, "", why="url")
    start, end = m.start(), m.end()
    hedge = m.group("pre") or ""
    if hedge and hedge.strip() in g.WORD_TAIL_HEDGES and start > 0 and text[start - 1] in g.WORD_HEADS:
        start, hedge = start + len(hedge), ""  # 最近, 接近: the hedge char belongs to a word
    if hedge.strip() in g.VERB_TAIL_HEDGES and start > 0 and g.CJK.match(text[start - 1]):
        start, hedge = start + len(hedge), ""  # 达不到20%: 不到 completes the verb
    core = m.group(kind)
    core_start = m.start(kind)
    maker = _MAKERS.get(kind)
    if maker is None:
        return None
    made = maker(core, text, core_start, m.end(kind))
    if made is None:
        return None
    new_kind, value, unit, core_end = made
    if core_end != m.end(kind):  # the maker kept only the number (an English word that is no noun)
        end = core_end
    return Span(start, end, text[start:end], new_kind, value, unit, hedge=hedge.strip())


Made = tuple[str, float | None, str, int] | None


def _first_value(core: str) -> tuple[float | None, int]:
    """The value of the first numeral in `core` (with a following magnitude) and where it ends."""
    m = g.NUMERAL_WITH_MAGNITUDE.search(core)
    if not m:
        return None, 0
    value = value_of(m.group("num"))
    mag = (m.group("mag") or "").strip().lower()
    if value is not None and mag:
        value *= MAGNITUDES.get(mag, 1.0)
    return value, m.end()


def _money(core: str, text: str, start: int, end: int) -> Made:
    value, _ = _first_value(core)
    cur = g.CURRENCY.search(core)
    unit = cur.group() if cur else core[:1]
    return "money", value, unit.strip(), end


def _percent(core: str, text: str, start: int, end: int) -> Made:
    if core.startswith("百分之"):
        return "percent", value_of(core[3:].split("点")[0]), "%", end
    value, pos = _first_value(core)
    unit = core[pos:].strip()
    return "percent", value, "%" if unit in {"%", "％", "percent", "per cent"} else unit, end


# 3 x oak barrels, 2 x 20kg bags: a count of things written with a times sign, not a multiple
_TIMES_THINGS = re.compile(r"\s*(?:[A-Z]{2,}|[A-Z][a-z]+|\d)")


def _multiple(core: str, text: str, start: int, end: int) -> Made:
    if core.rstrip()[-1:] in "\u00d7xX" and _TIMES_THINGS.match(text, end):
        return None
    if "番" in core or core.lower() == "twice":
        return "multiple", 2.0, "倍" if "番" in core else "times", end
    value, _ = _first_value(core)
    return "multiple", value, "倍" if "倍" in core else "times", end


def _share(core: str, text: str, start: int, end: int) -> Made:
    if core.endswith("成"):
        value = value_of(core[:-1])
        return "share", None if value is None else value / 10, "成", end
    if "分之" in core:
        whole, _, piece = core.partition("分之")
        a, b = value_of(piece), value_of(whole)
        return "share", (a / b if a is not None and b else None), "分之", end
    fractions = {"third": 1 / 3, "quarter": 0.25, "fifth": 0.2}
    for word, frac in fractions.items():
        if word in core:
            n = 2 if core.startswith("two") else 1
            return "share", n * frac, word, end
    return "share", 0.5, core, end


def _ratio(core: str, text: str, start: int, end: int) -> Made:
    a, _, b = core.partition("比")
    va, vb = value_of(a.strip()), value_of(b.strip())
    return "ratio", (va / vb if va is not None and vb else None), "比", end


def _date(core: str, text: str, start: int, end: int) -> Made:
    year = g.YEAR_IN_DATE.search(core)
    value = float(year.group()) if year else None
    if value is not None:
        month = g.month_of(core)
        value += (month - 1) / 12 if month else 0
    return "date", value, "", end


def _zh_month(core: str, text: str, start: int, end: int) -> Made:
    return "date", None, "月", end


def _zh_year(core: str, text: str, start: int, end: int) -> Made:
    digits = re.match(r"(?:公元前?)?(\d+)", core)
    number = float(digits.group(1)) if digits else None
    after = text[end : end + 1]
    if "世纪" in core and "年代" in core:
        return "date", None if number is None else (number - 1) * 100, "世纪年代", end
    if "世纪" in core:
        return "date", None if number is None else (number - 1) * 100, "世纪", end
    if "年代" in core or "月" in core:
        return "date", number, "年代", end
    if digits and len(digits.group(1)) <= 3 and after and after in g.DURATION_TAILS and core.endswith("年"):
        return "duration", None if number is None else number * 365, "年", end  # 500年来, 300年间
    if number is not None and core.startswith("公元前"):
        number = -number
    suffix = core[digits.end() :] if digits else ""
    return ("date" if suffix.strip() not in {"年"} else "year"), number, "年", end


def _decade(core: str, text: str, start: int, end: int) -> Made:
    digits = re.search(r"\d+", core)
    return "date", float(digits.group()) if digits else None, "s", end


_SHORT_YEAR_ZH = re.compile(r"[零〇一二三四五六七八九]{2}年")


_HOURS_MINUTES = re.compile(r"(\d{1,3})\s?(?:h|hrs?)\s?(\d{1,2})\s?(?:m|mins?)\b")


def _duration(core: str, text: str, start: int, end: int) -> Made:
    if _SHORT_YEAR_ZH.fullmatch(core.strip()):  # 九六年, 零八年: a year written short, not 96 years
        tens, ones = (int(value_of(c) or 0) for c in core.strip()[:2])
        if ones != tens + 1:  # (四五年: four or five years)
            digits = 10 * tens + ones
            return "year", float(digits + (2000 if digits <= 30 else 1900)), "年", end
    hours_minutes = _HOURS_MINUTES.search(core)
    if hours_minutes:  # 2h 15m: both parts count
        hours, minutes = (float(n) for n in hours_minutes.groups())
        return "duration", hours / 24 + minutes / 1440, "min", end
    value, pos = _first_value(core)
    if core.startswith("半"):
        value, pos = 0.5, 1
    unit = core[pos:].strip()
    days = g.days_per(unit)
    if value is not None and unit.startswith("多"):
        unit = unit[1:]
    if value is not None and ((unit.endswith("半") and "年" in unit) or unit.startswith("个半")):
        value += 0.5  # 两年半, 四个半小时
    return "duration", None if value is None or days is None else value * days, unit, end


def _zh_count(core: str, text: str, start: int, end: int) -> Made:
    value, pos = _first_value(core)
    unit = core[pos:].lstrip("多余")
    return "count", value, unit, end


# in 1377 passes a law: after a preposition of time, four digits are a year and what follows is a verb
_TIME_PREPOSITION = re.compile(
    r"\b(?:in|by|since|until|till|from|around|circa|after|before)\s+"
    r"(?:(?:early|late|mid|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+)?$",
    re.I,
)


# - 1888 founds the Reading Room; the charter of 1921 governs the…: a year and the verb after it,
# wherever it stands (a count's noun is never followed by its object: 2000 people the…)
_OBJECT_NEXT = re.compile(r"\s+(?:the|his|her|their|its|[A-Z][a-z])")
# pruning the vines to 12 gives bigger grapes: a word in -s before a comparative and its noun is the
# sentence's verb, not the count's noun (30 engineers more than planned compares the count)
_VERB_NEXT = re.compile(
    r"\s+(?:higher|lower|more|less|better|worse|fewer|greater|smaller|larger|faster|slower)\s+"
    r"(?!(?:than|or|and|of|to|in|on|at|for|with|about|as)\b)[a-z]"
)


# a lower-case word that may qualify a count's noun (cargo, separate, new), and the noun after it
_A_MODIFIER = re.compile(
    r"(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|is|are|was|were|be|been|more|less|than|per|a|an|the|"
    r"most|many|some|all|few|these|those|such|only|times|percent|that|which|who|it|they|we|he|she)$)"
    r"[a-z][a-z-]*(?<!ly)(?<!ed)"
)
# one in five ferry tickets (a share), a study of forty fishing crews (its sample): no count to extend
_ONE_IN = re.compile(
    r"\b(?:one|1|a|two|2|three|3)\s+(?:in|out of)\s+$"
    r"|\b(?:study|survey|sample|analysis|poll|review)\s+of\s+$",
    re.I,
)
_MODIFIED_NOUN = re.compile(r"\s(?P<noun>[a-z][a-z-]*)\b(?![-'’])")
_DIGIT_WORD_NEXT = re.compile(rf"\s+(?:{DIGIT_WORDS_RE})\b", re.I)


def _en_count(core: str, text: str, start: int, end: int) -> Made:
    value, pos = _first_value(core)
    noun = core[pos:].strip()
    bare_year = g.BARE_YEAR.fullmatch(core[:pos].strip())
    # in 1921; 1921: wins the…; the charter of 1921 governs the…: a year, and the word in -s its verb
    a_year = bare_year and (
        _TIME_PREPOSITION.search(text[:start]) or (_OBJECT_NEXT.match(text, end) and not g.named_unit(noun))
    )
    if noun.lower() == "point" and _DIGIT_WORD_NEXT.match(text, end):
        return None  # ninety-six point eight: a decimal read out, not ninety-six points
    if not a_year and not bare_year and not g.is_count_noun(noun):
        nouns = _MODIFIED_NOUN.match(text, end)
        if (
            _A_MODIFIER.fullmatch(noun)
            and nouns
            and g.is_count_noun(nouns["noun"])
            and not _ONE_IN.search(text[:start])
        ):
            # 1,204 cargo landings, 90 separate buyers: the count's noun after a word that qualifies it
            return "count", value, f"{noun} {nouns['noun']}", nouns.end()
    takes_an_object = not g.named_unit(noun) and _VERB_NEXT.match(text, end)
    if a_year or not g.is_count_noun(noun) or takes_an_object:
        number_end = start + pos
        kind = "bare" if core[:1].isdigit() else ""
        if kind and g.AMOUNT_MAGNITUDE.search(core[:pos]):
            kind = "count"  # 2.1 million (people, dollars… said elsewhere)
        return (kind, value, "", number_end) if kind else None
    scale = _TEMPERATURE_SCALE.match(text, end) if noun.lower().startswith("degree") else None
    if scale:  # 12 degrees Fahrenheit: the scale is the unit's own, not the next word
        return "count", value, f"{noun}{scale.group()}", scale.end()
    return "count", value, noun, end


_TEMPERATURE_SCALE = re.compile(r"\s+(?:Fahrenheit|Celsius|centigrade|F|C)\b")


def _bare(core: str, text: str, start: int, end: int) -> Made:
    value, _ = _first_value(core)
    if core[:1].isdigit() and g.AMOUNT_MAGNITUDE.search(core):
        return "count", value, "", end  # 2000万, 2.1 million: an amount whose unit the context gives
    if _NUMERAL_AMOUNT_ZH.fullmatch(core.strip()):
        return "count", value, "", end  # 两百万, 三千万, 一两百万: the same amount in numerals
    return "bare", value, "", end


# 两百万, 三千五百万, 一两百万, 十二亿: numerals up to a magnitude of 万 or 亿 (not 千万 of 千万不要,
# which opens on the magnitude)
_NUMERAL_AMOUNT_ZH = re.compile(rf"[{CN_DIGITS}十][{CN_NUMERALS}]*[万亿]")


_MAKERS = {
    "iso": _date, "zhdate": _date, "endate": _date, "zhmonth": _zh_month, "zhyear": _zh_year,
    "decade": _decade, "money": _money, "percent": _percent, "multiple": _multiple, "share": _share,
    "ratio": _ratio, "zhdur": _duration, "endur": _duration, "zhcount": _zh_count,
    "encount": _en_count, "bare": _bare,
}  # fmt: skip


# --- joining ranges and changes ----------------------------------------------------------------


def _year_if_bare(text: str, span: Span) -> Span:
    """A bare four-digit number between 1000 and 2100 away from Chinese text is a year (`in 1948`)."""
    if span.kind != "bare" or not g.BARE_YEAR.fullmatch(span.text.strip()):
        return span
    before, after = text[span.start - 1 : span.start], text[span.end : span.end + 1]
    if g.CJK.match(before) or g.CJK.match(after):
        return span
    return Span(span.start, span.end, span.text, "year", span.value, "", hedge=span.hedge)


_SCALE_ONLY = re.compile(rf"^[\d.,]+\s*(?:{g.MAG_EN}|[kmb])$", re.I)


def _money_then_scale(a: Span, b: Span) -> bool:
    """$9–10 billion: the currency before the first end and the scale after the last stand for both."""
    money_first = a.kind == "money" and bool(re.search(r"[$€£¥￥]\s*[\d.,]+$", a.text))
    return money_first and b.kind == "count" and not b.unit and bool(_SCALE_ONLY.match(b.text.strip()))


def _scale_then_money(a: Span, b: Span) -> bool:
    """约 40 万到 55 万元: the unit after the last end stands for the first, a bare scaled number."""
    return a.kind == "count" and not a.unit and b.kind == "money" and bool(_SCALE_END.search(a.text))


_SCALE_END = re.compile(rf"(?:{g.MAG_ZH}|{g.MAG_EN})\s*$", re.I)


def _compatible(a: Span, b: Span) -> bool:
    if _money_then_scale(a, b) or _scale_then_money(a, b):
        return True
    if b.kind in {"bare", "url"}:  # £250–600: the currency written once stands for both ends
        return b.kind == "bare" and (a.kind == "bare" or (a.kind == "money" and a.text[:1] in "$€£¥￥"))
    if a.kind == "bare":
        return b.kind in g.RANGE_KINDS
    return a.kind == b.kind and (a.unit == b.unit or a.kind in {"percent", "year", "date"})


def _join(text: str, atoms: list[Span]) -> list[Span]:
    atoms = [_year_if_bare(text, a) for a in atoms if a.kind]
    out: list[Span] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = _pair(text, a, b) if b is not None else None
        if joined is None and (not out or out[-1].end <= a.start):
            joined = _word_range(text, a)
            if joined is not None:
                out.append(joined)
                i += 1
                continue
        if joined is None:
            zero = _change_from_zero(text, a)
            if zero is not None:
                out = [s for s in out if s.end <= zero.start]
                out.append(zero)
            else:
                out.append(a)
            i += 1
            continue
        out = [s for s in out if s.end <= joined.start]  # a change swallows atoms after its 从
        out.append(joined)
        i += 2
    return out


_COMPOUND_GAP = re.compile(r"\s?|\s?零\s?|,?\s(?:and\s)?|又")


def _compound_duration(text: str, a: Span, b: Span) -> Span | None:
    """`2小时30分钟`, `3年6个月`, `2 hours 30 minutes`, `7分15秒`: one span of time written in two
    units, the larger first; asked whole, never its seconds alone."""
    if b.kind != "duration" or b.value is None:
        return None
    gap = text[a.end : b.start]
    if a.kind == "bare" and a.value is not None and gap == "分" and b.unit.startswith("秒"):
        minutes = a.value / (24 * 60)
        return Span(a.start, b.end, text[a.start : b.end], "duration", minutes + b.value, b.unit)
    larger = a.kind == "duration" and a.value is not None and a.value > b.value
    if (
        not larger
        or not _COMPOUND_GAP.fullmatch(gap)
        or (g.days_per(a.unit) or 0) <= (g.days_per(b.unit) or 0)
    ):
        return None
    return Span(
        a.start, b.end, text[a.start : b.end], "duration", (a.value or 0) + b.value, b.unit, hedge=a.hedge
    )


_SOME_TENS_OF = re.compile(r"十几个?(?P<mag>万亿|亿|万)")


def _some_tens_of(text: str, a: Span, b: Span) -> Span | None:
    """`十几个亿`, `十几万`: between ten and twenty of a magnitude, read as one amount (the scan sees
    十几个 and a bare 亿)."""
    found = _SOME_TENS_OF.fullmatch(text[a.start : b.end])
    if not found:
        return None
    magnitude = {"万亿": 1e12, "亿": 1e8, "万": 1e4}[found["mag"]]
    return Span(a.start, b.end, found.group(), "count", 15 * magnitude, "")


def _pair(text: str, a: Span, b: Span) -> Span | None:
    compound = _compound_duration(text, a, b) or _some_tens_of(text, a, b)
    if compound is not None:
        return compound
    gap = text[a.end : b.start]
    if not _compatible(a, b) or len(gap) > 8:
        return None
    money_scaled = _money_then_scale(a, b)
    base = (
        "money"
        if money_scaled or _scale_then_money(a, b)
        else b.kind
        if b.kind != "bare"
        else a.kind
        if a.kind == "money"
        else "bare"
    )
    if b.kind not in {"year", "date", "bare"}:
        opener = g.CHANGE_FROM.search(text, max(0, a.start - g.CHANGE_REACH), a.start)
        if opener and g.CHANGE_GAP.fullmatch(gap) and not g.CLAUSE_END.search(text, opener.end(), a.start):
            start = opener.start()
            return Span(
                start, b.end, text[start : b.end], "change", b.value, b.unit, base=base, hedge=b.hedge
            )
    pair_of_years = a.kind == b.kind == "year" and g.YEAR_PAIR_GAP.fullmatch(gap)
    if g.RANGE_GAP.fullmatch(gap) or pair_of_years or (gap == " and " and g.BETWEEN.search(text[: a.start])):
        first = a.value
        if money_scaled and a.value is not None and b.value is not None:  # $9–10 billion: 9 billion
            number = float(re.sub(r"[^\d.]", "", b.text.split()[0]) or 1)
            first = a.value * b.value / number if number else a.value
        mid = None if first is None or b.value is None else (first + b.value) / 2
        if a.kind == "bare" and b.value is not None and a.value is not None and b.kind == "year":
            mid = (a.value + b.value) / 2
        kind = "bare" if base == "bare" else "range"
        unit = a.unit if b.kind == "bare" or money_scaled else b.unit
        return Span(a.start, b.end, text[a.start : b.end], kind, mid, unit, base=base, hedge=a.hedge)
    return None


_WORD_RANGE_START = re.compile(
    rf"(?:(?P<pre>{g.HEDGE_EN})\s+)?(?P<num>{g.EN_WORD}|one)\s+(?:to|or)\s+$|(?P<zh>[{CN_NUMERALS}]{{1,3}})\s*[到至~-]\s*$"
)


def _word_range(text: str, b: Span) -> Span | None:
    """`three to five years`, `one or two percent`, `三到五成`: a range whose first end is a numeral
    word that the scan does not take for a figure on its own."""
    if b.kind not in g.RANGE_KINDS or b.hedge:
        return None
    m = _WORD_RANGE_START.search(text, max(0, b.start - 40), b.start)
    if not m or (m.group("zh") and not g.CJK.match(b.text[:1])) or (m.group("num") and not b.text.isascii()):
        return None
    first = value_of(m.group("num") or m.group("zh"))
    if first is None or b.value is None:
        return None
    # the second end's number as written, its magnitude left out (三万 -> 三, 三成 -> 三): the first
    # end is counted in the same units (两到三万元 is 20,000 to 30,000)
    written = re.match(rf"[{CN_NUMERALS}]+?(?=[万亿千百]?[^{CN_NUMERALS}]|[万亿千百]?$)", b.text)
    number = written.group() if written and g.CJK.match(b.text[:1]) else b.text.split()[0]
    mid = (first * b.value / (value_of(number) or 1) + b.value) / 2 if b.unit else b.value
    start = m.start()
    return Span(
        start, b.end, text[start : b.end], "range", mid, b.unit, base=b.kind, hedge=m.group("pre") or ""
    )


def _change_from_zero(text: str, b: Span) -> Span | None:
    """从零飙升至45亿美金: a change whose start is nothing."""
    if b.kind in {"bare", "url", "year", "date"}:
        return None
    m = g.CHANGE_FROM_ZERO.search(text, max(0, b.start - 12), b.start)
    if not m:
        return None
    return Span(
        m.start(), b.end, text[m.start() : b.end], "change", b.value, b.unit, base=b.kind, hedge=b.hedge
    )


# --- enumerations of numeric clauses (三人成组、五人成队、十人成班) ------------------------------


def _is_enumeration(m: re.Match[str]) -> bool:
    if m.group("link") in g.UNIT_CHARS:
        return False  # 三年、五年: a list of figures, each its own
    heads = g.ENUM_HEAD.findall(m.group())
    values = [value_of(h) if h not in "倍半" else None for h in heads]
    ordinal = all(v is not None for v in values) and values == [float(i + 1) for i in range(len(values))]
    return not ordinal  # 一则…、二则…: firstly, secondly


def _enumeration(m: re.Match[str]) -> Span:
    return Span(m.start(), m.end(), m.group(), "ratio", None, "", base="enumeration")


# --- what is not a fact ------------------------------------------------------------------------


def _exclude(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        why = _why_not(text, span, out[-1] if out else None)
        out.append(span if not why or span.why else _with_why(span, why))
    return out


def _with_why(span: Span, why: str) -> Span:
    return Span(span.start, span.end, span.text, span.kind, span.value, span.unit, span.base, why, span.hedge)


def _why_not(text: str, span: Span, previous: Span | None) -> str:
    if span.why:
        return span.why
    if span.kind == "bare":
        return "bare"
    before = text[max(0, span.start - 24) : span.start]
    after = text[span.end : span.end + 24]
    checks = (
        ("vague", g.is_vague(span.text)),
        ("ordinal", bool(g.ORDINAL_BEFORE.search(before))),
        # 三年级, 博士二年级, 四到五年级: a school year, or a range of them
        ("ordinal", span.text.endswith("年") and after[:1] == "级"),
        ("label", span.text.endswith("本") and after[:1] == "科"),  # 211本科: a university's tier
        ("label", g.is_label(before, after, span.text)),
        ("label", _chained_label(text, span, previous)),
        ("label", _list_label(text, span)),
        ("label", span.kind == "duration" and bool(g.ERA_GLOSS_AFTER.match(after))),
        ("label", span.kind == "duration" and bool(g.ERA_GLOSS_BEFORE.search(before)) and after[:1] in "）)"),
        ("formula", bool(g.FORMULA_NEAR.search(before[-3:]) or g.FORMULA_NEAR.search(after[:3]))),
        ("title", g.inside_title(text, span.start, span.end)),
        ("modifier", g.is_modifier(before, after, span.kind, span.unit)),
        ("relative", span.kind == "duration" and bool(g.RELATIVE_AFTER.match(after))),
        ("relative", span.kind == "year" and bool(_RELATIVE_YEAR_SAID.search(before))),
        ("relative", bool(g.COUPLE_ZH.match(span.text) and g.RELATIVE_BEFORE_ZH.search(before))),
        ("one", g.is_article_one(span.text, span.kind)),
        ("anaphor", g.is_anaphor(before, span.kind)),
        ("month", span.kind == "date" and span.unit == "月"),
        ("word", span.text[:1] == "零" and len(span.text) == 2),  # 零件, 零售: a word, not zero of a unit
        ("address", bool(_STREET_AFTER.match(after) and not _WHEN_BEFORE.search(before))),
        ("aside", bool(g.EN_ASIDE.search(before[-1:]) and after[:1] == ")") and span.text.isascii()),
    )
    return next((why for why, hit in checks if hit), "")


# 1402 Linden Ave., 1870 Harbour Road: a street number says where, it is no figure (in 1870 Harbour
# Road was paved: a year)
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Pl|Place"
    r"|Square|Sq|Terrace|Court|Ct|Parkway|Pkwy|Highway|Hwy)\b\.?"
)
_WHEN_BEFORE = re.compile(r"\b(?:in|since|by|until|till|from|of|after|before|around|circa|c\.)\s*$", re.I)


# This year, i.e. 2019; 今年（2019年）: the year a relative one stands for, worked out, no fact of its own
_RELATIVE_YEAR_SAID = re.compile(
    r"\b(?:last|this|next)\s+year\s*(?:,\s*(?:so|i\.e\.|that is|that's|which was)|\(|—|–)\s*$"
    r"|(?:去年|今年|明年|前年)\s*[（(，,]\s*(?:也就是|就是|即|就)?\s*$",
    re.I,
)


def _chained_label(text: str, span: Span, previous: Span | None) -> bool:
    """Apollo 15, 16 and 17: numbers listed right after a label are labels too."""
    if previous is None or previous.why != "label":
        return False
    return bool(g.LIST_GAP.fullmatch(text[previous.end : span.start]))


def _list_label(text: str, span: Span) -> bool:
    """`1、` `2.` at the start of a line or sentence: a list number, not a figure."""
    if not g.PLAIN_NUMBER.fullmatch(span.text):
        return False
    head = text[: span.start]
    return (not head.strip() or head.rstrip()[-1:] in "。！？\n") and bool(g.LIST_MARK.match(text, span.end))


def end_of_change(text: str) -> tuple[int, int]:
    """Where the end point of a from->to change stands in its text (`从3%提升至80%` -> the `80%`)."""
    last = None
    for m in g.ATOM.finditer(text):
        if m.lastgroup and m.lastgroup != "url":
            last = m
    return (last.start(), last.end()) if last else (0, len(text))


def start_of_change(text: str) -> float | None:
    """The value a from->to change starts from, magnitude included (`从15个增长到90个` -> 15;
    `从2000万增长到1.5亿` -> 20000000; `从零…` -> 0)."""
    atoms = [m for m in g.ATOM.finditer(text) if m.lastgroup and m.lastgroup != "url"]
    if len(atoms) < 2:
        return 0.0 if g.CHANGE_FROM_ZERO.search(text[: atoms[0].start()] if atoms else text) else None
    start = atoms[-2]
    value, _ = _first_value(start.group(start.lastgroup or 0))
    return value
