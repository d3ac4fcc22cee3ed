"""Chinese numerals read and written: `二十` is 20, `两千零五` 2005, `三点一四` 3.14, `一亿二千万`
120,000,000; 20 is written `二十`, 110 `一百一十`, 100,005 `十万零五`.

Written here rather than imported: the package that did this cost a sixth of a second at every
start-up, for two small functions.
"""

from __future__ import annotations

_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"\u3007": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
_WRITTEN = "零一二三四五六七八九"


def read(text: str) -> float | None:
    """The value of Chinese numerals (with 点 for a decimal point and 负 for a minus), or None
    when `text` is not a well-formed numeral (`十十`, `三万万`, `点五`)."""
    text = text.strip()
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负")
    whole, point, fraction = text.partition("点")
    if point and not (fraction and all(ch in _DIGITS for ch in fraction)):
        return None
    value = _read_whole(whole) if whole else None
    if value is None:
        return None
    if fraction:
        return sign * float(f"{value}.{''.join(str(_DIGITS[ch]) for ch in fraction)}")
    return float(sign * value)


def _read_whole(text: str) -> int | None:
    """An integer in Chinese numerals: digits before their units, groups closed by 万 and 亿."""
    total = group = 0  # what 亿 and 万 closed so far; what the current group of four holds
    digit: int | None = None  # a digit waiting for its unit
    last_unit = 10**4  # units inside a group must fall (千 before 百 before 十)
    last_large = 10**12
    before = ""  # the character before the current one
    for at, ch in enumerate(text):
        before = text[at - 1] if at else ""
        if ch in _DIGITS:
            if digit:
                return None  # 二三: two digits with no unit between them
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit or digit == 0 or (digit is None and (unit != 10 or group)):
                return None  # 千百, 零十; but a group may open on a bare 十 (十二, 十万)
            group += (1 if digit is None else digit) * unit  # 十二: a bare 十 is one ten
            digit, last_unit = None, unit
        elif ch in _LARGE:
            large = _LARGE[ch]
            held = group + (digit or 0)
            if large == 10**8:
                total = (total + held) * large  # 三万亿: the 万 group is counted in 亿
                if total == 0:
                    return None
            else:
                if held == 0 or large >= last_large:
                    return None
                total += held * large
            group, digit, last_unit, last_large = 0, None, 10**4, large
        else:
            return None
    if digit and before in _UNITS and _UNITS[before] >= 100:
        digit *= _UNITS[before] // 10  # 二百五, 三千五: the place after the unit is understood
    elif digit and before in _LARGE:
        digit *= _LARGE[before] // 10  # 三万五 is 三万五千
    return total + group + (digit or 0)


def write(value: int) -> str:
    """An integer in Chinese numerals as prose writes it (`十五`, `一百一十`, `十万零五`)."""
    if value < 0:
        return "负" + write(-value)
    if value == 0:
        return "零"
    out = _write_positive(value)
    return out[1:] if out.startswith("一十") else out  # 十五, 十万: a leading ten goes without its one


def _write_positive(value: int) -> str:
    """A positive integer, a leading 一十 kept (一亿零一十万 needs it inside)."""
    for large, name in ((10**8, "亿"), (10**4, "万")):
        if value >= large:
            high, low = divmod(value, large)
            out = _write_positive(high) + name
            if low:
                out += ("零" if low < large // 10 else "") + _write_positive(low)  # a skipped place is 零
            return out
    return _write_group(value)


def _write_group(group: int) -> str:
    """One group of up to four digits (1–9999), an inner run of zeros read as one 零."""
    out = ""
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = group // unit % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _WRITTEN[digit] + name
    return out
