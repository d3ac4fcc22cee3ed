"""Distractors for a figure: three values of the same kind written in exactly the answer's format
(its hedge, unit, digits or Chinese numerals, decimals, thousands separators), never the answer's
value written otherwise, never overlapping a range that holds the answer. Values come from other
figures of the document that fit, then from perturbing the answer (a range is shifted, a change
keeps its direction, a date moves by months or days, an enumeration's numerals are permuted).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence

from quizgen.extract import figure_grammar as g
from quizgen.extract.figure_scan import Part, parts
from quizgen.extract.numbers import Style, round_significant, significant_digits, write
from quizgen.model import Figure

WANTED = 3
YEAR_REACH = 30  # another year of the document this close to the answer makes a plausible distractor
_MULTIPLIERS = (0.5, 2.0, 1.5, 0.75, 3.0, 0.25, 4.0, 1.25)
_YEAR_SHIFTS = (-7, 5, -13, 11, -3, 3, -21, 19)
_MONTH_SHIFTS = (-5, 7, -14, 3, 11, -9, 17)
_DAY_SHIFTS = (-9, 12, -40, 33, -4, 5, 61)
_EN_MONTHS = g.MONTHS_EN
_MAX_ORDERS = 720
_ENUM_HEAD = re.compile(r"(?:^|(?<=、))[零〇一二两三四五六七八九十百千万亿倍半]{1,3}")


def _render(template: str, pieces: Sequence[Part], values: Sequence[float]) -> str | None:
    out, pos = [], 0
    for part, value in zip(pieces, values, strict=True):
        written = write(value, part.style)
        if written is None:
            return None
        out.append(template[pos : part.start])
        out.append(written)
        pos = part.end
    out.append(template[pos:])
    return "".join(out)


def _round_like(value: float, part: Part, text: str, additive: bool) -> float:
    """`value` rounded as the answer is written: to its decimals after a shift (62% -> 52%), and
    as coarsely as its significant digits after scaling (三十多 -> tens, 3.5 -> 1.8)."""
    if part.style.kind != "arabic":
        sig = significant_digits(str(int(part.value))) if part.value >= 1 else 1
        if additive or value < 1:
            return float(round(value))
        return float(int(round_significant(value, sig)))
    if not additive:
        value = round_significant(value, significant_digits(text[part.start : part.end]))
    return round(value, part.style.decimals)


def _bounds(fig: Figure, answer: str) -> tuple[float, float]:
    if "%" in answer or "％" in answer or "percent" in answer:
        return (0.0, 100.0)
    if answer.endswith("成"):
        return (1.0, 9.0)
    if fig.unit == "年代":
        return (10.0, 90.0)
    return (0.0, math.inf)


def _is_small(value: float) -> bool:
    return value == int(value) and 0 < value <= 12 and value % 10 != 0


def _candidates(fig: Figure, answer: str, part: Part, start: float | None) -> tuple[list[float], bool]:
    """Nearby values for a one-numeral answer, and whether they are shifts (kept to the answer's
    decimals) rather than scalings (kept to its significant digits)."""
    v = part.value
    if start is not None and start != v:  # a change keeps its direction from its start
        return [start + (v - start) * k for k in (0.5, 1.5, 2.0, 0.75, 0.25, 3.0, 1.25)], True
    if fig.kind == "year" or (fig.kind == "date" and g.BARE_YEAR.fullmatch(str(int(v)))):
        return [v + d for d in _YEAR_SHIFTS], True
    if fig.unit == "世纪":
        return [v + d for d in (-1, 1, -2, 2, 3)], True
    if fig.unit in {"年代", "s"}:
        return [v + d for d in (-10, 10, -20, 20, -30)], True
    if "%" in answer or "％" in answer or "percent" in answer:
        step = 10.0 if v >= 15 else (5.0 if v >= 5 else 0.5 if part.style.decimals else 1.0)
        return [v + step * k for k in (-1, 1, -2, 2, 3, -3, 4)], True
    if _is_small(v):
        shifts = (1, -1, 2, -2, 3, 4) if v > 2 else (1, 2, 3, 4, -1)
        return [v + d for d in shifts], True
    return [v * k for k in _MULTIPLIERS], False


def _skeleton(text: str, found: Sequence[Part]) -> str:
    """`text` with its numerals as `#` and its leading hedge dropped: the format to match."""
    out, pos = [], 0
    for part in found:
        out.append(text[pos : part.start] + "#")
        pos = part.end
    out.append(text[pos:])
    return re.sub(rf"^(?:{g.HEDGE_ZH}|{g.HEDGE_EN}\s+)\s?", "", "".join(out))


def _single(fig: Figure, answer: str, pool: FigurePool, start_value: float | None) -> list[str]:
    (part,) = parts(answer)
    if part.value != int(part.value) and part.style.kind != "arabic":
        return []  # 四五次, two and a half hours: no other value reads alike
    low, high = _bounds(fig, answer)
    pooled = [] if start_value is not None else _pooled_values(fig, answer, part, pool)
    if start_value is not None and fig.value and part.value:
        start_value = start_value / (fig.value / part.value)  # 从2000万到1.5亿: the start in 亿
    candidates, additive = _candidates(fig, answer, part, start_value)
    perturbed = [_round_like(c, part, answer, additive) for c in candidates]
    if part.style.decimals and answer[part.end - 1 : part.end] != "0":
        perturbed.sort(key=lambda v: f"{v:.{part.style.decimals}f}".endswith("0"))  # 3.5 -> 1.8, not 7.0
    values = [*pooled, *perturbed]
    if part.style.kind == "word":
        values = [v for v in values if v >= 2]
    return _pick(answer, [part], [[v] for v in values if low <= v <= high and (v > 0 or part.value <= 0)])


_POOLED_KINDS = frozenset({"money", "count", "percent", "year", "duration", "multiple", "date"})


class FigurePool:
    """A document's figures indexed once for distractors: the one-numeral figures of each kind,
    format (`_skeleton`) and numeral style as sorted distinct values, and the dates of each step
    (day, month) in date order, so a figure finds the closest others by bisection."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        groups: dict[tuple[str, str, Style], dict[float, list[Figure]]] = {}
        for other in figures:
            if other.kind not in _POOLED_KINDS:
                continue
            other_parts = parts(other.text)
            if len(other_parts) != 1 or other_parts[0].value <= 0:
                continue
            key = (other.kind, _skeleton(other.text, other_parts), other_parts[0].style)
            groups.setdefault(key, {}).setdefault(other_parts[0].value, []).append(other)
        self._values = {key: sorted(by_value.items()) for key, by_value in groups.items()}
        self._keys = {key: [value for value, _ in entries] for key, entries in self._values.items()}
        dated: dict[str, list[tuple[dt.date, int, Figure]]] = {}
        for n, other in enumerate(figures):
            parsed = _date_format(other.text)
            if parsed and parsed[1](parsed[0]) == other.text:
                dated.setdefault(parsed[2], []).append((parsed[0], n, other))
        self._dates = {step: sorted(entries, key=lambda e: (e[0], e[1])) for step, entries in dated.items()}
        self._date_keys = {step: [d for d, _, _ in entries] for step, entries in self._dates.items()}

    def nearest_values(self, fig: Figure, skeleton: str, part: Part) -> list[float]:
        """Up to two distinct values on each side of the part's value, of figures other than `fig`
        written alike: among them are the two closest (distance grows with each step away)."""
        key = (fig.kind, skeleton, part.style)
        entries, keys = self._values.get(key, []), self._keys.get(key, [])
        at = bisect.bisect_left(keys, part.value)
        out: list[float] = []
        for step, start in ((-1, at - 1), (1, at)):
            taken, i = 0, start
            while 0 <= i < len(entries) and taken < 2:
                value, holders = entries[i]
                if value != part.value and any(h is not fig for h in holders):
                    out.append(value)
                    taken += 1
                i += step
        return out

    def nearest_dates(self, fig: Figure, date: dt.date, step: str, fmt: DateFormat) -> list[dt.date]:
        """The two dates of other figures closest to `date` (earlier first on a tie), of the same
        step and written exactly as `fmt` writes them."""
        entries, keys = self._dates.get(step, []), self._date_keys.get(step, [])
        at = bisect.bisect_left(keys, date)
        left, right = at - 1, at
        found: list[dt.date] = []
        while len(found) < 2 and (left >= 0 or right < len(entries)):
            go_left = right >= len(entries) or (
                left >= 0
                and (abs((entries[left][0] - date).days), entries[left][0])
                <= (abs((entries[right][0] - date).days), entries[right][0])
            )
            other_date, _, other = entries[left] if go_left else entries[right]
            if go_left:
                left -= 1
            else:
                right += 1
            written_alike = other is not fig and fmt(other_date) == other.text
            if written_alike and other_date != date and other_date not in found:
                found.append(other_date)
        return found


def _pooled_values(fig: Figure, answer: str, part: Part, pool: FigurePool) -> list[float]:
    """The numerals of the document's other figures written in the answer's format, closest first."""
    if fig.kind not in _POOLED_KINDS:
        return []
    if part.value <= 0 and fig.kind not in {"year", "date"}:
        return []  # no ratio to a zero or a loss: its distractors come from `_candidates` alone
    found = []
    for value in pool.nearest_values(fig, _skeleton(answer, [part]), part):
        distance = (
            abs(value - part.value) / YEAR_REACH * math.log(10)
            if fig.kind in {"year", "date"}
            else abs(math.log(value / part.value))
        )
        if distance <= math.log(10):
            found.append((distance, value))
    return [v for _, v in sorted(set(found))][:2]


def _range(fig: Figure, answer: str) -> list[str]:
    lo_part, hi_part = parts(answer)
    lo, hi = lo_part.value, hi_part.value
    width = hi - lo
    if width <= 0:
        return []
    unit = 10 ** -max(lo_part.style.decimals, hi_part.style.decimals)
    step = 5.0 if "%" in answer else unit
    low, high = _bounds(fig, answer)
    shifted: list[list[float]] = []
    for gap in (max(width, step), step):
        d = width + gap
        for k in (-1, 1, 2, -2, 3, -3):
            new_lo, new_hi = round(lo + k * d, 6), round(hi + k * d, 6)
            if new_lo >= low and new_hi <= high and (new_hi < lo or new_lo > hi):
                shifted.append([new_lo, new_hi])
    return _pick(answer, [lo_part, hi_part], shifted)


def _pick(answer: str, pieces: Sequence[Part], options: Iterable[Sequence[float]]) -> list[str]:
    """The first WANTED options that render, differ from the answer's value and from each other."""
    answer_values = tuple(p.value for p in pieces)
    out: list[str] = []
    seen: set[tuple[float, ...]] = {answer_values}
    for values in options:
        key = tuple(round(v, 6) for v in values)
        if key in seen:
            continue
        text = _render(answer, pieces, values)
        if text is None or text == answer or text in out:
            continue
        seen.add(key)
        out.append(text)
        if len(out) == WANTED:
            break
    return out


# --- dates ----------------------------------------------------------------------------------------

DateFormat = Callable[[dt.date], str]
_ZH_YMD = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})([日号]))?$")
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")
_EN_DMY = re.compile(rf"^(\d{{1,2}}) ({'|'.join(_EN_MONTHS)}) (\d{{4}})$")
_EN_MDY = re.compile(rf"^({'|'.join(_EN_MONTHS)}) (\d{{1,2}}), (\d{{4}})$")
_EN_MY = re.compile(rf"^({'|'.join(_EN_MONTHS)}) (\d{{4}})$")
_EN_DM = re.compile(rf"^(\d{{1,2}}) ({'|'.join(_EN_MONTHS)})$")


def _date_format(core: str) -> tuple[dt.date, DateFormat, str] | None:
    """The date a text names, a function writing any date the same way, and the step (day/month);
    None for another shape or an impossible date (2025-02-30)."""
    try:
        return _parse_date(core)
    except ValueError:
        return None


def _parse_date(core: str) -> tuple[dt.date, DateFormat, str] | None:
    if m := _ZH_YMD.match(core):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        if m.group(3):
            mark = m.group(4)
            return dt.date(y, mo, d), lambda x: f"{x.year}年{x.month}月{x.day}{mark}", "day"
        return dt.date(y, mo, 1), lambda x: f"{x.year}年{x.month}月", "month"
    if m := _ISO.match(core):
        sep, pad = m.group(2), len(m.group(3)) == 2
        date = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        return (
            date,
            (
                lambda x: (
                    f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"
                    if pad
                    else f"{x.year}{sep}{x.month}{sep}{x.day}"
                )
            ),
            "day",
        )
    if m := _EN_DMY.match(core):
        date = dt.date(int(m.group(3)), _EN_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        return date, lambda x: f"{x.day} {_EN_MONTHS[x.month - 1]} {x.year}", "day"
    if m := _EN_MDY.match(core):
        date = dt.date(int(m.group(3)), _EN_MONTHS.index(m.group(1)) + 1, int(m.group(2)))
        return date, lambda x: f"{_EN_MONTHS[x.month - 1]} {x.day}, {x.year}", "day"
    if m := _EN_MY.match(core):
        date = dt.date(int(m.group(2)), _EN_MONTHS.index(m.group(1)) + 1, 1)
        return date, lambda x: f"{_EN_MONTHS[x.month - 1]} {x.year}", "month"
    if m := _EN_DM.match(core):
        date = dt.date(2001, _EN_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        return date, lambda x: f"{x.day} {_EN_MONTHS[x.month - 1]}", "day-of-year"
    return None


def _shift_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _shifted(date: dt.date, step: str) -> list[dt.date]:
    """The date moved by each shift, leaving out those before year 1 or after 9999."""
    out = []
    for k in _MONTH_SHIFTS if step == "month" else _DAY_SHIFTS:
        try:
            out.append(_shift_months(date, k) if step == "month" else date + dt.timedelta(days=k))
        except (OverflowError, ValueError):
            continue
    return out


def _dates(fig: Figure, answer: str, pool: FigurePool) -> list[str] | None:
    head = re.match(rf"^(?:{g.HEDGE_ZH}|{g.HEDGE_EN}\s+)?", answer)
    hedge = head.group() if head else ""
    parsed = _date_format(answer[len(hedge) :])
    if parsed is None:
        return None
    date, fmt, step = parsed
    answer_text = fmt(date)
    found = pool.nearest_dates(fig, date, step, fmt)  # of the same format elsewhere, closest first
    shifted = _shifted(date, step)
    if step == "day-of-year":
        shifted = [d for d in shifted if d.year == date.year]
    out: list[str] = []
    for option in [*found, *shifted]:
        text = hedge + fmt(option)
        if option != date and text not in out and fmt(option) != answer_text:
            out.append(text)
        if len(out) == WANTED:
            break
    return out


# --- enumerations of numeric clauses ----------------------------------------------------------------


def _enumeration(answer: str) -> list[str]:
    heads = [(m.start(), m.end(), m.group()) for m in _ENUM_HEAD.finditer(answer)]
    words = [h[2] for h in heads]
    out: list[str] = []
    # At most 6! orders: with repeated heads (十则…、十则…) most orders read the same, and going
    # through all n! of them never ends for a long list.
    for order in itertools.islice(itertools.permutations(words), _MAX_ORDERS):
        if list(order) == words:
            continue
        text, pos, pieces = "", 0, []
        for (start, end, _), word in zip(heads, order, strict=True):
            pieces.append(answer[pos:start] + word)
            pos = end
        text = "".join(pieces) + answer[pos:]
        if text not in out:
            out.append(text)
        if len(out) == WANTED:
            break
    return out


def distractors(
    fig: Figure, answer: str, pool: Sequence[Figure] | FigurePool, start_value: float | None = None
) -> list[str]:
    """Three wrong answers formatted like `answer` (the figure's text, or a change's end point);
    fewer than three when the format leaves no room (`半数`, a two-item list). Pass the document's
    figures as a `FigurePool` built once when asking for many."""
    if not isinstance(pool, FigurePool):
        pool = FigurePool(pool)
    if fig.kind == "ratio" and "、" in answer:
        return _enumeration(answer)
    if fig.kind == "share" and "半" in answer:
        return []  # 半数, 一半: no other value is written alike
    if fig.kind == "date":
        dates = _dates(fig, answer, pool)
        if dates is not None:
            return dates
    found = parts(answer)
    if len(found) == 1:
        return _single(fig, answer, pool, start_value)
    if len(found) == 2 and fig.kind == "range":
        return _range(fig, answer)
    if len(found) == 2 and fig.kind == "ratio":
        return _single_last(fig, answer, found)
    return []


def _single_last(fig: Figure, answer: str, found: list[Part]) -> list[str]:
    first, last = found
    options = [[first.value, _round_like(last.value * k, last, answer, False)] for k in _MULTIPLIERS]
    return _pick(answer, found, options)
