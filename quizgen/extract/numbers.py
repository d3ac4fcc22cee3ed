"""Numerals as written in Chinese and English prose: what one is worth (`3.5`, `18,000`, `两`,
`二十`, `一万`, `ten`) and how to write another value the same way (`Style`), so that a distractor
keeps its answer's format. Chinese numerals go through `cn_numerals`; magnitudes through `MAGNITUDES`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from quizgen.extract import cn_numerals

MAGNITUDES: dict[str, float] = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8, "千万": 1e7, "百万": 1e6,
    "十万": 1e5, "万": 1e4, "千": 1e3,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
}  # fmt: skip
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERALS = CN_DIGITS + "十百千万亿"
_EN_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_WORDS: dict[str, int] = {w: i for i, w in enumerate(_EN_ONES)} | {
    w: 20 + 10 * i for i, w in enumerate(_EN_TENS)
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_ARABIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_ARABIC_WITH_MAGNITUDE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s?(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千)$")
_CN_APPROX_PAIR = re.compile(rf"^([{CN_DIGITS}])([{CN_DIGITS}])$")  # 三四, 四五: "three or four"

_WIDE = str.maketrans("0123456789.", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff0e")
StyleKind = Literal["arabic", "cjk", "word"]


@dataclass(frozen=True, slots=True)
class Style:
    """How a numeral was written: digits (with `decimals` places, `grouped` with commas, padded to
    `width`), Chinese numerals, or English words (`capital` when it opened a sentence)."""

    kind: StyleKind
    decimals: int = 0
    grouped: bool = False
    width: int = 0
    capital: bool = False
    wide: bool = False  # full-width digits, as in a Chinese text typed on a full-width keyboard


def _cn_digits_only(text: str) -> bool:
    return all(ch in CN_DIGITS for ch in text)


@lru_cache(maxsize=4096)
def cn_value(text: str) -> float | None:
    """The value of a run of Chinese numerals (`二十`, `两千五百`, `一万`, `三四` = 3.5), or None."""
    if not text:
        return None
    if text in _BARE:  # 千, 万亿: a bare magnitude ("a thousand", "a trillion")
        return _BARE[text]
    pair = _CN_APPROX_PAIR.match(text)
    if pair and len(text) == 2 and text[0] not in "零〇":
        a, b = (_digit(pair.group(1)), _digit(pair.group(2)))
        if b == a + 1:
            return (a + b) / 2
    if len(text) > 1 and _cn_digits_only(text):  # 二〇一九: digit by digit
        return float("".join(str(_digit(ch)) for ch in text))
    return cn_numerals.read(text)


_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"\u3007": 0, "两": 2}
_BARE = {"十": 10.0, "百": 100.0} | {k: v for k, v in MAGNITUDES.items() if not k.isascii()}


def _digit(ch: str) -> int:
    return _DIGIT[ch]


# the words a decimal is read out in, digit by digit (ninety-four point one, point oh five)
DIGIT_WORDS = {w: v for w, v in EN_WORDS.items() if v < 10} | {"oh": 0}
DIGIT_WORDS_RE = "|".join(DIGIT_WORDS)


def en_value(text: str) -> float | None:
    """The value of English number words (`ten`, `twenty-five`, `two hundred`, `two and a half`)."""
    words = text.lower().replace("-", " ").split()
    if "point" in words:  # ninety-four point one: a decimal read out, digit by digit
        at = words.index("point")
        whole, digits = en_value(" ".join(words[:at])) if at else 0.0, words[at + 1 :]
        if whole is None or not digits or any(d not in DIGIT_WORDS for d in digits):
            return None
        return whole + float("0." + "".join(str(DIGIT_WORDS[d]) for d in digits))
    half = 0.0
    if words[-3:] == ["and", "a", "half"]:
        words, half = words[:-3], 0.5
    total, current = 0, 0
    if words[:1] == ["a"] and words[1:2] == ["hundred"]:
        words = words[1:]  # a hundred and sixty
    for word in words:
        if word == "and" and current:
            continue
        if word in EN_WORDS:
            current += EN_WORDS[word]
        elif word in _EN_SCALES:
            current = max(current, 1) * _EN_SCALES[word]
            if _EN_SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return float(total + current) + half if words else None


def arabic_value(text: str) -> float | None:
    """`18,000` -> 18000.0; `3.5亿` -> 350000000.0; anything else -> None."""
    text = text.strip()
    if _ARABIC.match(text):
        return float(text.replace(",", ""))
    scaled = _ARABIC_WITH_MAGNITUDE.match(text)
    if scaled:
        return float(scaled.group(1).replace(",", "")) * MAGNITUDES[scaled.group(2)]
    return None


def value_of(text: str) -> float | None:
    """The value of one numeral in any of the forms above (`半` is 0.5)."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return arabic_value(text)
    if text == "半":
        return 0.5
    if text[0] in CN_NUMERALS:
        return cn_value(text)
    return en_value(text)


def style_of(text: str) -> Style:
    """How `text` (one numeral) is written."""
    text = text.strip()
    if text[:1].isdigit():
        number = text.split()[0]
        decimals = len(number.split(".")[1]) if "." in number else 0
        width = len(number) if number.startswith("0") and len(number) > 1 else 0
        wide = any("\uff10" <= ch <= "\uff19" for ch in number)
        return Style("arabic", decimals=decimals, grouped="," in number, width=width, wide=wide)
    if text[:1] in CN_NUMERALS:
        return Style("cjk")
    return Style("word", capital=text[:1].isupper())


def significant_digits(text: str) -> int:
    """Significant digits of an Arabic numeral (`200` -> 1, `45` -> 2, `3.5` -> 2, `0.6` -> 1)."""
    number = text.replace(",", "")
    if "." in number:
        return max(1, len(number.replace(".", "").lstrip("0")))
    return max(1, len(number.lstrip("0").rstrip("0")))


def round_significant(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _cn_write(value: int) -> str:
    text = cn_numerals.write(value)
    if text == "二" or re.match(r"^二[千万亿]", text):  # 两万, 两千; but 二十, 十二
        text = "两" + text[1:]
    return text


def _en_write(value: int) -> str | None:
    if value < 20:
        return _EN_ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _EN_TENS[tens - 2] + (f"-{_EN_ONES[ones]}" if ones else "")
    return None


def write(value: float, style: Style) -> str | None:
    """`value` spelt in `style`, or None when that style cannot spell it (a fraction in words)."""
    if value < 0:
        return None
    if style.kind == "arabic":
        text = f"{value:,.{style.decimals}f}" if style.grouped else f"{value:.{style.decimals}f}"
        text = text.zfill(style.width) if style.width else text
        return text.translate(_WIDE) if style.wide else text
    if value != int(value):
        return None
    if style.kind == "cjk":
        return _cn_write(int(value))
    word = _en_write(int(value))
    if word is None:
        return None
    return word.capitalize() if style.capital else word
