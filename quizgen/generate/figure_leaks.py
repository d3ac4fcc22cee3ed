"""Whether a text states a figure whole: the leak check for figure answers, in a stem of the item's
own or of another item kept beside it (0% is not in 40%, nor 12% in 2.12%, nor 2000 in
"January 01, 2000" read as one number); and whether a stem gives its figure another way (in
another unit right after the blank, or a decade by a year inside it), or works it out from its
other figures.
"""

from __future__ import annotations

import re
import unicodedata

from quizgen.extract.figure_scan import scan


def states_figure(text: str, figure: str) -> bool:
    """Whether `figure` stands whole in `text`, compared width-folded and without spaces."""
    return _holds_number(_soft(text), _soft(figure))


def _soft(text: str) -> str:
    """Width-folded, lower-cased, without spaces; a comma followed by a space (which no thousands
    separator has: "January 01, 999") kept apart from one inside a number (1,000)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", "", re.sub(r",\s+", ";", folded))


def _holds_number(text: str, key: str) -> bool:
    """Whether the figure `key` stands whole in `text` (0% is not in 40%, nor 12% in 2.12%): a
    whole sentence asked as a cloze keeps its other figures."""
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        before = text[max(0, start - 2) : start]
        within = bool(re.search(r"\d[.,]?$", before)) and key[0].isdigit()
        # 1,000 goes on; "January 01, 2000" does not (a comma then four digits is a new number)
        goes_on = bool(re.match(r"\.?\d|,\d{3}(?!\d)", text[end : end + 5])) and key[-1].isdigit()
        if not within and not goes_on:
            return True
        start = text.find(key, start + 1)
    return False


# [about 240 miles], roughly 385 kilometres; [3.2 亿元]（约合 4,400 万美元）: the same amount in
# another unit right after the blank, said to be the same (即, 约合, i.e.) or a measure of its own
_AFTER_BLANK = r"\[…\]\s*(?:[,，(（]|—)\s*"
_SAME_AMOUNT = re.compile(
    _AFTER_BLANK + r"(?:or|i\.e\.|that is|即|约合|折合|相当于|合)\s*(?:about|roughly|约|大约)?\s*[$£€¥]?\d",
    re.I,
)
_MEASURE = (
    r"(?:km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|feet|ft|kg|kilograms?|pounds?|lbs?|tonnes?|tons?|"
    r"°[CF]|degrees|公里|英里|千米|米|英尺|公斤|千克|斤|磅|吨|℃|℉|美元|欧元|英镑|日元|元|dollars|euros)"
)
_CONVERTED = re.compile(
    _AFTER_BLANK
    + r"(?:roughly|about|approximately|around|some|nearly|almost|约|大约|近)\s*[$£€¥]?\d[\d,.]*\s*"
    + _MEASURE
    + r"(?![A-Za-z])",
    re.I,
)
_SHARE_NUMBER = re.compile(r"^(?:about|around|roughly|~|约)?\s*(\d{1,3})\s*(?:%|％|percent|per cent)")
_YEAR_IN_ANSWER = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d{2}(?![\d.,%])")  # 2015 prices, not 2,015 or 20.15%
_A_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")  # in running text: 1825, opened 1843
_DECADE_BLANK = re.compile(r"\[…\]\s*(?:年代|s\b)")
_YEAR = re.compile(r"(?<!\d)(\d{3})\d(?!\d)")


def given_another_way(question: str, answer: str) -> bool:
    """Whether the stem gives the figure another way: converted right after the blank, a decade
    ([1850] 年代) by a year of it (1854 年) elsewhere in the sentence, or a year the answer holds."""
    if _SAME_AMOUNT.search(question):
        return True
    if any(states_figure(question, year) for year in _YEAR_IN_ANSWER.findall(answer)):
        return True  # a default set in 2015 reflects [2015 assumptions]
    if _span_of_its_years(question, answer):
        return True  # started 1825, opened 1843: [18 years]
    share = _SHARE_NUMBER.match(answer.strip())
    if share and re.search(rf"(?<![\d.]){share[1]}(?:st|nd|rd|th)\b", question):
        return True  # 85th percentile speed: the speed […] of vehicles stay under
    converted = _CONVERTED.search(question)
    if converted:  # 240 miles, roughly 385 kilometres: not 2,500 workers, roughly 1%
        unit = re.search(_MEASURE + r"$", converted.group(), re.I)
        return unit is not None and unit.group().lower() not in answer.lower()
    if _VAGUE_SHARE.fullmatch(answer.strip()) and any(f.kind == "percent" for f in scan(question)):
        return True  # 62% of pupils…, [一半以上] of them: the stem says how much exactly
    decade = re.fullmatch(r"\s*(\d{3})0\s*(?:s|年代)?\s*", answer)
    if decade and _DECADE_BLANK.search(question):
        return any(m[1] == decade[1] for m in _YEAR.finditer(question.replace("[…]", " ")))
    return False


# a share in words (一半以上, 大多数, more than half): a percentage in the stem says it exactly
_VAGUE_SHARE = re.compile(
    r"(?:超过|过|近|将近|不到|约)?(?:一半|半数|大半|大多数|多数|少数|三分之[一二]|四分之[一三])(?:以上|以下|左右|多)?"
    r"|(?:more than |over |nearly |almost |about |less than |under )?(?:half|a third|a quarter|two thirds|"
    r"most|a majority)",
    re.I,
)
_YEARS_SPAN = re.compile(
    r"^(?:~|about|around|roughly|nearly|almost|over|some|约|大约|近|将近)?\s*(\d{1,3})\s*(?:years?|年)$", re.I
)


def _span_of_its_years(question: str, answer: str) -> bool:
    """Whether a length in years is the gap between two years the stem states (1825 … 1843: 18)."""
    span = _YEARS_SPAN.match(answer.strip())
    length = int(span[1]) if span else _years_in_words(answer)
    if not length:
        return False
    years = sorted({int(y) for y in _A_YEAR.findall(question)})
    return any(b - a == length for i, a in enumerate(years) for b in years[i + 1 :])


DAYS_A_YEAR = 365
_YEARS_WORD = re.compile(r"years?\b|年", re.I)


def _years_in_words(answer: str) -> int:
    """A whole number of years written in words (eleven years, 十一年), 0 otherwise."""
    if not _YEARS_WORD.search(answer):
        return 0
    found = scan(answer)
    if len(found) != 1 or found[0].kind != "duration" or not found[0].value:
        return 0
    years = found[0].value / DAYS_A_YEAR
    return int(years) if years == int(years) and found[0].unit in {"years", "year", "年"} else 0


SAME = 1e-6  # relative tolerance for two figures to count as equal
# 完成率[…], 占[…], (…), a rate of […]: the blank is the share the counts before it make
_SHARE_BEFORE = re.compile(
    r"(?:率|占比?|比例|比重|[（(]|\brate\b|\bshare\b|\bor\b)\s*(?:为|是|达到?|约|of|is|was|\u2248|~|about)?\s*$",
    re.I,
)
PERCENT_SLACK = 0.5  # a share worked out from two counts, rounded as a text rounds it


def worked_out(question: str, answer: str) -> bool:
    """Whether the stem's other figures give the answer by one step of arithmetic: the share two
    counts make (9 of 12 branches done: [75%]) or what one amount adds to another to make a third
    of the same unit (3万元 and a total of 8.4万元: [5.4万元])."""
    asked = scan(answer)
    if len(asked) != 1 or asked[0].value is None:
        return False
    value, kind, unit = asked[0].value, asked[0].kind, asked[0].unit
    given = [(f.kind, f.unit, f.value) for f in scan(question.replace("[…]", " ")) if f.value]
    if kind == "year":  # [2009年]…到2020年…前后11年: the other year less the span
        years = [v for k, _, v in given if k == "year"]
        spans = [v / DAYS_A_YEAR for k, _, v in given if k == "duration" and v >= DAYS_A_YEAR]
        spans = [round(n) for n in spans if abs(n - round(n)) < 0.01]  # whole years: not a 7.6-year cycle
        return any(abs(year - value) == span for year in years for span in spans)
    if kind == "percent" and _POINTS.search(unit):  # 低[3.4个百分点]（19.6% vs 23.0%）: their difference
        shares = [v for k, u, v in given if k == "percent" and not _POINTS.search(u)]
        return any(abs(abs(a - b) - value) <= POINTS_SLACK for a in shares for b in shares)
    if kind == "percent":
        if not _SHARE_BEFORE.search(question.split("[…]")[0]):
            return False  # 从12人扩到40人，营收增长了[30%]: a share of something else
        counts = [v for k, _, v in given if k in ("count", "bare") and v == int(v)]  # 57 of 94 women
        return any(abs(a / b * 100 - value) <= PERCENT_SLACK for a in counts for b in counts if 2 <= a < b)
    counts = [v for k, _, v in given if k == "count" and 2 <= v <= 100 and v == int(v)]
    if kind == "count" and any(a * b == value for i, a in enumerate(counts) for b in counts[i + 1 :]):
        return True  # 六层，每层2户，共[12户]: one product of the stem's counts
    same = [v for k, u, v in given if k == kind and u == unit and v != value]
    if _rest_of_a_total(value, same):
        return True
    if kind == "count" and _share_of_a_count(value, same, [v for k, _, v in given if k == "percent"]):
        return True
    return kind in ("count", "money") and _sum_of_its_parts(question, value, unit, kind)


def _share_of_a_count(value: float, counts: list[float], percents: list[float]) -> bool:
    """Whether a count the stem gives, times a share it gives, is the answer (计划200人，完成率93%:
    [186人]), or the answer times the share is the count (服务186人，原计划[200人]，完成率93%)."""
    close = max(0.5, SAME * value)
    return any(
        (c > value and abs(c * p / 100 - value) <= close) or (c < value and abs(value * p / 100 - c) <= close)
        for c in counts
        for p in percents
        if 0 < p < 100
    )


def _rest_of_a_total(value: float, same: list[float]) -> bool:
    """Whether one of the stem's amounts is a total that the answer and some of the others make up
    (一共40人：15人, [18人], 其余7人): the answer is the total less the parts given."""
    for i, total in enumerate(same):
        parts = [v for j, v in enumerate(same) if j != i and v < total][:MAX_PARTS]
        if any(
            abs(sum(p for k, p in enumerate(parts) if mask >> k & 1) + value - total) <= SAME * total
            for mask in range(1, 1 << len(parts))
        ):
            return True
    return False


MAX_PARTS = 6
_POINTS = re.compile(r"百分点|percentage points?|\bpp\b|\bpts?\b", re.I)
POINTS_SLACK = 0.05  # a difference of shares written to one decimal
_ADDS_UP_BEFORE = re.compile(
    r"(?:一共|总共|共计|合计|加起来|加在一起|总计)\s*(?:约|大约|大概|差不多|是|有)?\s*$"
    r"|\b(?:in total|altogether|a total of|for a total of|totall?ing|adding up to|together)"
    r"\s*(?:about|around|roughly|some)?\s*$",
    re.I,
)


def _sum_of_its_parts(question: str, total: float, unit: str, kind: str = "count") -> bool:
    """Whether counts or amounts of the same unit after the blank add up to it ([十一个]行业里面，…有
    四个，…有五个，…只有两个: 4 + 5 + 2; 资金为[42万元]，其中拨款30万元，配套12万元)."""
    before, _, after = question.partition("[…]")
    if not _ADDS_UP_BEFORE.search(before):
        before = ""  # 积蓄26万，又借了9万，一共[35万]: parts before the blank count when it sums them
    parts = [f.value for f in scan(before) + scan(after) if f.kind == kind and f.unit == unit and f.value]
    if not 2 <= len(parts) <= MAX_PARTS:
        return False
    return any(
        abs(sum(p for i, p in enumerate(parts) if mask >> i & 1) - total) <= SAME * total
        for mask in range(1, 1 << len(parts))
        if bin(mask).count("1") >= 2
    )
