"""Whether a text states a figure whole: the leak check for figure answers, in a stem of the item's
own or of another item kept beside it (0% is not in 40%, nor 12% in 2.12%, nor 2000 in
"January 01, 2000" read as one number); and whether a stem gives its figure another way (in
another unit right after the blank, or a decade by a year inside it), or works it out from its
other figures.
"""

from __future__ import annotations

import re
import unicodedata

from quizgen.extract.figure_grammar import ERA_COUNT_ZH
from quizgen.extract.figure_scan import scan
from quizgen.extract.numbers import style_of, value_of
from quizgen.extract.text import tag


def states_figure(text: str, figure: str) -> bool:
    """Whether `figure` stands whole in `text`, compared width-folded and without spaces."""
    return _holds_number(_soft(text), _soft(figure))


def _soft(text: str) -> str:
    """Width-folded, lower-cased, without spaces; a comma followed by a space (which no thousands
    separator has: "January 01, 999") kept apart from one inside a number (1,000)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", "", re.sub(r",\s+", ";", folded))


_CN_NUMERALS = frozenset("零〇一二两三四五六七八九十百千万亿")


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
        # 三万 in 三万二千 or in 十三万: Chinese numerals run on into one number
        within = within or (key[0] in _CN_NUMERALS and before[-1:] in _CN_NUMERALS)
        goes_on = goes_on or (key[-1] in _CN_NUMERALS and text[end : end + 1] in _CN_NUMERALS)
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
    + r"(?![A-Za-z])"
    # [60°C] (140°F): the same amount in brackets right after the blank, in the other unit
    + r"|\[…\]\s*[(（]\s*[$£€¥]?\d[\d,.]*(?:\s*[–~-]\s*\d[\d,.]*)?\s*"
    + _MEASURE
    + r"\s*[)）]",
    re.I,
)
_SHARE_NUMBER = re.compile(r"^(?:about|around|roughly|~|约)?\s*(\d{1,3})\s*(?:%|％|percent|per cent)")
_YEAR_IN_ANSWER = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d{2}(?![\d.,%])")  # 2015 prices, not 2,015 or 20.15%
_A_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")  # in running text: 1825, opened 1843
_DECADE_BLANK = re.compile(r"\[…\]\s*(?:年代|s\b)")
_YEAR = re.compile(r"(?<!\d)(\d{3})\d(?!\d)")


_YEARS_COUNTED_ZH = re.compile(r"([一二三四五六七八九十两\d]{1,3})\s*年")


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
        unit = re.search(rf"({_MEASURE})\s*[)）]?$", converted.group(), re.I)
        return unit is not None and unit.group(1).lower() not in answer.lower()
    if _VAGUE_SHARE.fullmatch(answer.strip()) and any(f.kind == "percent" for f in scan(question)):
        return True  # 62% of pupils…, [一半以上] of them: the stem says how much exactly
    if _era_year_beside(question):
        return True  # 同治[四年]，1865年; 咸丰十年，[1860年]: the year in the other calendar beside it
    if _in_other_numerals(question, answer):
        return True  # 质保一般10年，…[十年]里: the same figure in Arabic and in Chinese numerals
    if _share_as_percent(question, answer):
        return True  # [十分之一]…，效率大约 10%; [30%] of them, 三成: the same share as a percent
    years = _YEARS_COUNTED_ZH.fullmatch(answer.strip())
    if years and re.search(rf"(?<![\d一二三四五六七八九十两]){years[1]}个年头", question):
        return True  # [四年]，其实跨了四个年头: the same count of years, said as 年头
    if _rounded_from(question, answer):
        return True  # 略长于[24 小时]，测得 24.2 小时: the stem's exact figure gives the round one
    decade = re.fullmatch(r"\s*(\d{3})0\s*(?:s|年代)?\s*", answer)
    if decade and _DECADE_BLANK.search(question):
        return any(m[1] == decade[1] for m in _YEAR.finditer(question.replace("[…]", " ")))
    return False


def _share_as_percent(question: str, answer: str) -> bool:
    """Whether the stem states the share asked (十分之一, 三成) as a percent, or the percent asked as
    a share."""
    asked = scan(answer)
    if len(asked) != 1 or asked[0].value is None or asked[0].kind not in {"share", "percent"}:
        return False
    share = asked[0].value if asked[0].kind == "share" else asked[0].value / 100
    other = "percent" if asked[0].kind == "share" else "share"
    return any(
        f.kind == other
        and f.value is not None
        and abs((f.value / 100 if other == "percent" else f.value) - share) < 1e-9
        for f in scan(question.replace("[…]", " "))
    )


def _in_other_numerals(question: str, answer: str) -> bool:
    """Whether the stem states the figure asked, the same kind and amount, in the other numerals."""
    asked = scan(answer)
    if len(asked) != 1 or asked[0].value is None:
        return False
    arabic = bool(re.search(r"\d", answer))
    return any(
        f.kind == asked[0].kind and f.value == asked[0].value and bool(re.search(r"\d", f.text)) != arabic
        for f in scan(question.replace("[…]", " "))
    )


ROUNDED_WITHIN = 0.02  # 12.4 吨 beside [12 吨] may be last year's output, a fact of its own


def _rounded_from(question: str, answer: str) -> bool:
    """Whether the stem states a figure of the same kind and unit that rounds to the one asked, and
    lies within 2% of it (24.2 小时 beside [24 小时], 3.96 m beside [about 4 m]): a year or a date
    is never rounded. The numbers are compared as written (a duration's value is in days)."""
    asked = scan(answer)
    if len(asked) != 1 or asked[0].kind in {"year", "date", "range"}:
        return False
    number = _written_number(asked[0].text)
    if number is None or not number[0]:
        return False
    value, places = number
    for f in scan(question.replace("[…]", " ")):
        theirs = _written_number(f.text) if f.kind == asked[0].kind and f.unit == asked[0].unit else None
        if (
            theirs is not None
            and theirs[1] > places
            and round(theirs[0], places) == value
            and abs(theirs[0] - value) <= ROUNDED_WITHIN * abs(value)
        ):
            return True
    return False


def _written_number(text: str) -> tuple[float, int] | None:
    """The first Arabic number in `text` and how many decimals it is written with."""
    found = _ARABIC_NUMBER.search(text)
    value = value_of(found.group()) if found else None
    return None if found is None or value is None else (value, style_of(found.group()).decimals)


_ARABIC_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


# An era's year beside the common-era one (嘉庆十七年，1812年; 1584年（万历十二年）), one of them the blank:
# an era's name is a noun of two characters before 元年 or a year counted in numerals (用了三年 is none)
_ERA = (  # 嘉靖三年, and 嘉靖三年至五年 as one span; 嘉靖三年冬, 嘉靖三年五月 with its season or month
    rf"(?P<era>[\u4e00-\u9fff]{{2}})(?:{ERA_COUNT_ZH}|\[…\])年?(?:\s*(?:至|到|—|–|-)\s*(?:{ERA_COUNT_ZH})年?)?"
    r"(?:[春夏秋冬]季?|[正一二三四五六七八九十冬腊]{1,2}月[初中底]?)?"
)
_CE_YEAR = r"(?:公元)?(?:1[0-9]|20)\d\d\s*年?"
_BETWEEN = r"\s*[，,（(、]?\s*(?:也就是|就是|即)?\s*"
_ERA_YEAR_BESIDE = (
    re.compile(rf"{_ERA}{_BETWEEN}(?:{_CE_YEAR}|\[…\])"),
    re.compile(rf"(?:{_CE_YEAR}|\[…\]){_BETWEEN}{_ERA}"),
)


def _era_year_beside(question: str) -> bool:
    for found in (m for pattern in _ERA_YEAR_BESIDE for m in pattern.finditer(question)):
        if "[…]" not in found.group():
            continue
        tags = tag(found["era"])
        if len(tags) == 1 and tags[0][1][:1] in {"n", "t"}:
            return True
    return False


# a share in words (一半以上, 大多数, more than half): a percentage in the stem says it exactly
_VAGUE_SHARE = re.compile(
    r"(?:超过|过|近|将近|不到|约)?(?:一半|半数|大半|大多数|多数|少数|三分之[一二]|四分之[一三])(?:以上|以下|左右|多)?"
    r"|(?:more than |over |nearly |almost |about |less than |under )?(?:half|a third|a quarter|two thirds|"
    r"most|a majority)",
    re.I,
)
_YEARS_SPAN = re.compile(
    r"^(?:~|about|around|roughly|nearly|almost|over|some|约|大约|近|将近)?\s*(\d{1,3})\s*(?:years?|yrs?|年)$",
    re.I,
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
# 57 of 60, 9 out of 12, 57/60: a part of a whole, stated as such
_PART_OF_WHOLE = re.compile(r"(?<![\d.])(\d[\d,]*)\s*(?:of|out of|/)\s*(\d[\d,]*)(?![\d.])")


def _a_part_of_a_whole(question: str, value: float) -> bool:
    """Whether the stem states a part of a whole (57 of 60) whose share is the answer."""
    for match in _PART_OF_WHOLE.finditer(question):
        part, whole = (float(n.replace(",", "")) for n in match.groups())
        if 0 < part < whole and abs(part / whole * 100 - value) <= PERCENT_SLACK:
            return True
    return False


# 完成率[…], 占[…], (…), a rate of […]: the blank is the share the counts before it make
_SHARE_BEFORE = re.compile(
    r"(?:率|占比?|比例|比重|[（(]|\brate\b|\bshare\b|\bor\b)\s*(?:为|是|达到?|约|of|is|was|\u2248|~|about)?\s*$",
    re.I,
)
# […]的面试率, a […] pass rate: the rate named after its blank
_RATE_AFTER = re.compile(r"\s*(?:的)?[\u4e00-\u9fff]{0,4}率|\s*(?:[A-Za-z-]+\s+){0,2}rate\b", re.I)
PERCENT_SLACK = 0.5  # a share worked out from two counts, rounded as a text rounds it


def worked_out(question: str, answer: str) -> bool:
    """Whether the stem's other figures give the answer by one step of arithmetic: the share two
    counts make (9 of 12 branches done: [75%]) or what one amount adds to another to make a third
    of the same unit (3万元 and a total of 8.4万元: [5.4万元])."""
    asked = scan(answer)
    if len(asked) == 1 and asked[0].kind == "date":  # 原计划5月10日，实际[5月31日]，延期21天
        return _a_span_from_another_date(question, answer)
    if len(asked) != 1 or asked[0].value is None:
        return False
    value, kind, unit = asked[0].value, asked[0].kind, asked[0].unit
    given = [(f.kind, f.unit, f.value) for f in scan(question.replace("[…]", " ")) if f.value]
    if kind == "year":  # [2009年]…到2020年…前后11年: the other year less the span
        years = [v for k, _, v in given if k == "year"]
        if _NEXT_YEAR.search(question) and value - 1 in years:
            return True  # 1977年落榜，第二年考上 ([1978]): the year after the one the stem gives
        if _YEAR_BEFORE.search(question) and value + 1 in years:
            return True
        spans = [v / DAYS_A_YEAR for k, _, v in given if k == "duration" and v >= DAYS_A_YEAR]
        spans = [round(n) for n in spans if abs(n - round(n)) < 0.01]  # whole years: not a 7.6-year cycle
        return any(abs(year - value) == span for year in years for span in spans)
    if kind == "percent" and _POINTS.search(unit):  # 低[3.4个百分点]（19.6% vs 23.0%）: their difference
        shares = [v for k, u, v in given if k == "percent" and not _POINTS.search(u)]
        return any(abs(abs(a - b) - value) <= POINTS_SLACK for a in shares for b in shares)
    if kind in ("multiple", "share", "percent") and _ratio_of_two(question, kind, value, given):
        return True  # 600文…1800文，涨了[三倍]; 四千二百班→一千二百班，少了[七成]: two amounts give it
    if kind == "percent" and _share_of_a_ratio(question, value):
        return True  # ~[90%] female (9:1 ratio): a part of the ratio the stem gives
    if kind == "percent" and _BETTER.search(question) and _excess_of_a_ratio(question, value):
        return True  # [90%] better, a ratio of 1.9 : 1: what the ratio exceeds one by
    if kind in ("money", "count", "range") and _scaled_by_a_rate(question, kind, unit, value, given):
        return True  # 每100毫升8-10克，250毫升就是[20-25克]: the rate the stem gives, scaled
    if kind in ("money", "count") and _count_times_amount(given, value):
        return True  # 2 万会员、每人平均 4 块钱: [8 万], one amount a head times the heads
    if kind == "percent" and _what_is_left(question, value, given):
        return True  # albedo 0.3, so it absorbs [70%]; 40% stay, the rest [60%] leave: what is left of one
    if kind == "percent" and _a_part_of_a_whole(question, value):
        return True  # [95%] — 57 of 60 renewed: the share the stem's "57 of 60" makes
    if kind == "percent":
        before, _, after = question.partition("[…]")
        if not (_SHARE_BEFORE.search(before) or _RATE_AFTER.match(after)):
            return False  # 从12人扩到40人，营收增长了[30%]: a share of something else
        counts = [v for k, _, v in given if k in ("count", "bare") and v == int(v)]  # 57 of 94 women
        return any(abs(a / b * 100 - value) <= PERCENT_SLACK for a in counts for b in counts if 2 <= a < b)
    counts = [v for k, _, v in given if k == "count" and 2 <= v <= 100 and v == int(v)]
    if kind == "count" and any(a * b == value for i, a in enumerate(counts) for b in counts[i + 1 :]):
        return True  # 六层，每层2户，共[12户]: one product of the stem's counts
    same = [
        v for k, u, v in given if ((k == kind and u == unit) or _one_amount(kind, unit, k, u)) and v != value
    ]
    if _rest_of_a_total(value, same):
        return True
    if kind in ("count", "money") and _share_of_a_count(
        value, same, [v for k, _, v in given if k == "percent"]
    ):
        return True
    if kind in ("count", "money") and _GAP.search(question) and _a_gap_apart(value, same):
        return True  # 营收 586 万，目标[620 万]，差 34 万: the target is the result and the gap
    return kind in ("count", "money") and _sum_of_its_parts(question, value, unit, kind)


# the rest, 其余, 剩下: the share asked is what is left of one the stem gives; so, 即: of a fraction
_THE_REST = re.compile(r"\b(?:the rest|the remaining|the others|remainder)\b|其余|剩下|剩余", re.I)
_SO = re.compile(r"\b(?:so|i\.e\.|that is)\b|所以|也就是|即", re.I)


_NEXT_YEAR = re.compile(
    r"次年|第二年|翌年|转年|下一年|\b(?:the )?(?:next|following) year\b|\ba year later\b", re.I
)
_YEAR_BEFORE = re.compile(
    r"前一年|头一年|上一年|\b(?:the )?(?:year before|previous year)\b|\ba year earlier\b", re.I
)
_CHANGE = re.compile(
    r"[降减跌少缩落涨增升翻多]|→|->|\b(?:fell|dropped|cut|shrank|rose|grew|increased|decreased|down|up)\b",
    re.I,
)
RATIO_SLACK = 0.04  # a ratio or a change worked out from two amounts, rounded as a text rounds it


def _ratio_of_two(question: str, kind: str, value: float, given: list[tuple[str, str, float]]) -> bool:
    """Whether two amounts of one kind in the stem give the answer as their ratio (2400 over 800:
    [三倍]) or, where the stem says it changed, as the share it changed by (3100 to 900: [七成])."""
    amounts = [
        (k, u, v) for k, u, v in given if (k in ("count", "money", "bare") and v >= 10) or k == "duration"
    ]
    pairs = [
        (a, b)
        for i, (ka, ua, a) in enumerate(amounts)
        for kb, ub, b in amounts[i + 1 :]
        if (ka, ua) == (kb, ub)
    ]
    if kind == "multiple":
        # 10 钱涨到 110 钱，[翻了十倍]: a rise by N times may count the first amount in or not
        less = 1 if _CHANGE.search(question) else 0
        ratios = [max(a, b) / min(a, b) for a, b in pairs]
        return any(
            abs(r - value) <= RATIO_SLACK * value or abs(r - less - value) <= RATIO_SLACK * value
            for r in ratios
        )
    share = value if kind == "share" else value / 100
    if not _CHANGE.search(question) or not 0 < share < 1:
        return False
    return any(abs(abs(a - b) / max(a, b) - share) <= RATIO_SLACK for a, b in pairs)


_A_RATIO = re.compile(r"(?<![\d:.])(\d{1,3})\s*(?::|：|比)\s*(\d{1,3})(?![\d:])")


def _share_of_a_ratio(question: str, value: float) -> bool:
    """Whether a ratio in the stem (9:1, 3比1) gives the share asked as one of its parts."""
    for m in _A_RATIO.finditer(question):
        a, b = int(m[1]), int(m[2])
        if a <= 23 and len(m[2]) == 2 and "比" not in m[0]:
            continue  # 10:30, a time of day
        if a + b and any(abs(part * 100 / (a + b) - value) <= PERCENT_SLACK for part in (a, b)):
            return True
    return False


_BETTER = re.compile(r"\b(?:better|more|higher|faster|greater|larger|bigger)\b|[高多快大强好]", re.I)
_A_DECIMAL_RATIO = re.compile(r"(?<![\d:.])(\d{1,2}(?:\.\d{1,2})?)\s*(?::|：|比|to)\s*1(?!\d|\.\d|:)")


def _excess_of_a_ratio(question: str, value: float) -> bool:
    """Whether a ratio to one in the stem (1.9 : 1) gives the share asked as how far it exceeds one."""
    ratios = [float(m[1]) for m in _A_DECIMAL_RATIO.finditer(question)]
    return any(abs((r - 1) * 100 - value) <= PERCENT_SLACK for r in ratios)


# the amount a rate is given per: 每100毫升, per 100 ml, /100 g
_PER_AMOUNT = re.compile(r"(?:每|\bper\s|/\s?)(\d+(?:\.\d+)?)")
SCALE_SLACK = 0.01


def _scaled_by_a_rate(
    question: str, kind: str, unit: str, value: float, given: list[tuple[str, str, float]]
) -> bool:
    """Whether a rate in the stem (8-10 g per 100 ml) scaled to another amount of its base the stem
    gives (250 ml) makes the figure asked: the answer over the rate's figure is the ratio of the two."""
    per = {float(m[1]) for m in _PER_AMOUNT.finditer(question)}
    if not per:
        return False
    rates = [v for k, u, v in given if u == unit and (k == kind or "range" in (k, kind)) and v]
    bases = [(k, u, v) for k, u, v in given if u != unit and v > 0]
    ratios = [
        b / a
        for i, (ka, ua, a) in enumerate(bases)
        for kb, ub, b in bases[i + 1 :]
        if (ka, ua) == (kb, ub) and a != b and per & {a, b}
    ]
    ratios += [1 / r for r in ratios]
    return any(abs(value / rate - r) <= SCALE_SLACK * r for rate in rates for r in ratios)


def _count_times_amount(given: list[tuple[str, str, float]], value: float) -> bool:
    """Whether an amount a head times a number of heads in the stem gives the figure asked (or the
    total over the amount a head gives the heads, or the total over the heads the amount a head)."""
    counts = [v for k, _, v in given if k == "count" and v >= 2]
    amounts = [v for k, _, v in given if k == "money"]
    times = any(abs(c * a - value) <= value * 0.005 for c in counts for a in amounts)
    heads = any(abs(c / a - value) <= value * 0.005 for c in counts for a in amounts if a)  # 8 万 ÷ 4 块
    each = any(abs(a / c - value) <= value * 0.005 for c in counts for a in amounts)  # 8 万 ÷ 2 万人
    return times or heads or each


def _what_is_left(question: str, value: float, given: list[tuple[str, str, float]]) -> bool:
    fractions = [v for k, _, v in given if k in ("bare", "count") and 0 < v < 1]
    shares = [v for k, u, v in given if k == "percent" and not _POINTS.search(u)]
    left_of_fraction = _SO.search(question) and any(
        abs((1 - f) * 100 - value) <= PERCENT_SLACK for f in fractions
    )
    left_of_share = _THE_REST.search(question) and any(abs(100 - p - value) <= PERCENT_SLACK for p in shares)
    return bool(left_of_fraction or left_of_share or _the_other_part(question, value))


# 70% of the boats are wooden, […] steel: the share just before the blank, with no change between them
# (from 40% to […] is a change, 40 and 60 no parts of one whole)
_SHARE_THEN_BLANK = re.compile(r"(?P<share>\d+(?:\.\d+)?)\s*%(?P<between>[^%。.;；]{0,30}?)\[…\]")
_BLANK_THEN_SHARE = re.compile(r"\[…\](?P<between>[^%。.;；\d]{0,30}?)(?P<share>\d+(?:\.\d+)?)\s*%")
# the change words, and a from … to between
_A_CHANGE = re.compile(rf"{_CHANGE.pattern}|\b(?:to|from)\b|到|至|提高|下滑", re.I)


def _the_other_part(question: str, value: float) -> bool:
    """Whether the share right before (or after) the blank and the answer make the whole between them."""
    for found in (_SHARE_THEN_BLANK.search(question), _BLANK_THEN_SHARE.search(question)):
        if found is None or _A_CHANGE.search(found["between"]):
            continue
        if abs(100 - float(found["share"]) - value) <= PERCENT_SLACK:
            return True
    return False


# 差 34 万, 缺口, a shortfall of: the stem names the gap between two of its amounts
_GAP = re.compile(r"(?<![相])差(?![不别异])|相差|缺口|\b(?:short(?:fall)? of|a gap of|shy of)\b", re.I)


def _a_gap_apart(value: float, same: list[float]) -> bool:
    """Whether the answer is one of the stem's amounts plus or less another."""
    return any(
        abs(a + b - value) <= SAME * value or abs(abs(a - b) - value) <= SAME * value
        for i, a in enumerate(same)
        for b in same[i + 1 :]
    )


_MONTH_DAY_ZH = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _day_of_year(text: str) -> int | None:
    found = _MONTH_DAY_ZH.search(text)
    if not found or not 1 <= int(found[1]) <= 12:
        return None
    return _DAYS_BEFORE_MONTH[int(found[1]) - 1] + int(found[2])


def _a_span_from_another_date(question: str, answer: str) -> bool:
    """Whether another date in the stem and a span of days it gives make the answer's date."""
    asked = _day_of_year(answer)
    if asked is None:
        return False
    stem = question.replace("[…]", " ")
    dates = [d for m in _MONTH_DAY_ZH.finditer(stem) if (d := _day_of_year(m.group())) is not None]
    spans = [f.value for f in scan(stem) if f.kind == "duration" and f.value]
    return any(abs(abs(asked - d) - span) < 0.5 for d in dates for span in spans)


def _one_amount(kind: str, unit: str, other_kind: str, other_unit: str) -> bool:
    """Whether an amount of money and a bare amount (620 万 beside ¥ 586 万) are of one unit: the
    currency the one states, the other leaves to it."""
    return {kind, other_kind} == {"money", "count"} and not (unit if kind == "count" else other_unit)


def _share_of_a_count(value: float, counts: list[float], percents: list[float]) -> bool:
    """Whether a count or a sum the stem gives, times a share it gives, is the answer (计划200人，完成率
    93%: [186人]; 存 8,000 元，税率 20%，省 [1,600 元]), or what the share leaves of it (奖金 5,000 元，扣 4%
    后到手 [4,800 元]), or the answer times the share is the count (服务186人，原计划[200人]，完成率93%)."""
    close = max(0.5, SAME * value)
    return any(
        (c > value and abs(c * p / 100 - value) <= close)
        or (c > value and abs(c * (100 - p) / 100 - value) <= close)
        or (c < value and abs(value * p / 100 - c) <= close)
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
    found = [f for f in scan(before) + scan(after) if f.kind == kind and f.value]
    by_unit: dict[str, list[float]] = {}
    for f in found:
        by_unit.setdefault(f.unit, []).append(f.value or 0)
    if any(u != unit and len(v) >= 2 and sum(v) == total for u, v in by_unit.items()):
        return True  # [25 个]国家…以 22 票赞成、1 票反对、2 票弃权: all the counts of another unit, exactly
    parts = by_unit.get(unit, [])
    if not 2 <= len(parts) <= MAX_PARTS:
        return False
    return any(
        abs(sum(p for i, p in enumerate(parts) if mask >> i & 1) - total) <= SAME * total
        for mask in range(1, 1 << len(parts))
        if bin(mask).count("1") >= 2
    )
