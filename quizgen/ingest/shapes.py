"""What one cleaned line looks like on its own: a heading (markdown, bold-only, numbered label),
a bullet, a numbered point, or text; and whether its content reads as `key: value` or starts
with a `Label：` prefix. Decisions that need the rest of the document are `parse`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from quizgen.ingest.clean import display_width, ends_sentence, is_cjk, strip_markup

ShapeKind = Literal["blank", "heading", "bullet", "numbered", "text"]

_CN_NUM = "[一二三四五六七八九十百千零〇两]+"
_NUM = rf"(?:\d{{1,3}}|{_CN_NUM})"
_SEP = r"\s*[：:、.\uff0e\-–—|｜·・•]?\s*"
_EN_NUMBER = r"(?:\d{1,3}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)"

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BOLD_ONLY = re.compile(r"^(?:(?:\*\*[^*]+?\*\*|__[^_]+?__)[\s：:]*)+$")
_BOLD_RUN = re.compile(r"\*\*([^*]+?)\*\*|__([^_]+?)__")
_BULLET = re.compile(r"^(?:[-*+•·▪●◦○]\s+|[◆◇■□★☆➢➤►]\s*)(.*)$")  # ◆ 划线: a reading app's export

# Numbering written at the head of a heading: the label is kept as written (`主题三`, `第二讲`).
_LABELS = (
    re.compile(rf"^((?:主题|专题|话题|议题|模块){_NUM}){_SEP}(.*)$"),
    re.compile(rf"^(第\s*{_NUM}\s*(?:部分|单元)|第\s*{_NUM}\s*[讲章节篇回课部集卷幕周天期]){_SEP}(.*)$"),
    re.compile(
        rf"^((?:part|chapter|section|lesson|lecture|theme|topic|unit|module|week|day)\s+{_EN_NUMBER})"
        rf"\b{_SEP}(.*)$",
        re.IGNORECASE,
    ),
    re.compile(rf"^({_CN_NUM})\s*[、.\uff0e]\s*(.+)$"),
)
_STRONG_LABELS = 3  # the first three forms above are headings even when their title is a question
_SUB_LABEL = re.compile(rf"^([（(]{_CN_NUM}[)）])\s*(.+)$")  # （一） is one level below 一、
# `01 …` (and `3 …`): a bare number and a space. Only a heading when it stands after a break.
_DIGIT_LABEL = re.compile(r"^(0\d|\d{1,2})(?:\s+|[、.\uff0e](?=\D))\s*(\S.*)$")
_DIGIT_LABEL_NEEDS_ZERO = re.compile(r"^0\d[、.\uff0e]")
_UNIT_START = re.compile(r"^(?:[亿万千百十个年月日号天岁人次倍元%％]|[a-z])")

_NUMBERED = (
    re.compile(r"^(\d{1,3})[.\uff0e](?!\d)\s*(\S.*)$"),
    # 1.2 Deliverable - …, 2.3.1 多级编号: a section's number (never 1.2 million, 3.5 倍)
    re.compile(
        r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?![a-z%]|[万亿千百倍元年个次月天岁人]|(?:Million|Billion|Percent)\b)"
        r"(?=[A-Z\u4e00-\u9fff])(\S.*)$"
    ),
    re.compile(r"^(\d{1,3})[、)）]\s*(\S.*)$"),
    re.compile(r"^[（(](\d{1,3}|[a-z])[)）]\s*(\S.*)$"),
    re.compile(r"^([①-⑳])\s*(\S.*)$"),
    re.compile(r"^([a-z])[.)]\s+(\S.*)$"),
    re.compile(r"^(\d{1,2}[a-z])[.)]\s+(\S.*)$"),  # 6a. Warrants…, 6b. Field trip…: an agenda's sub-items
    re.compile(rf"^({_CN_NUM})\s*[、.\uff0e]\s*(\S.*)$"),
    re.compile(rf"^[（(]({_CN_NUM})[)）]\s*(\S.*)$"),
)

_KEY_VALUE = re.compile(r"^(?P<key>[^:：]{1,40}?)\s*[:：]\s*(?P<value>\S.*)$")
# `**主持人**：…`, `**主持人：**…` or `*Interviewer:* …`: a bold or italic label, read like a plain one.
_BOLD_KEY_VALUE = re.compile(
    r"^(?P<mark>\*\*?|__?)(?P<key>[^*_:：]{1,40}?)\s*(?:[:：]\s*(?P=mark)|(?P=mark)\s*[:：])\s*(?P<value>\S.*)$"
)
_BAD_IN_KEY = re.compile(r"[，。！？；,;!?*《》「」“”\"'|｜/\\\[\]<>=]")
_PAIRED_KEY = re.compile(r"^([^/\s]{1,10})/([^/\s]{1,10})$")  # `作者/来源`, `Host/Guest`: two keys in one
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_URL_SCHEME = re.compile(r"^(?:https?|ftp|mailto|www)$", re.IGNORECASE)
_INTERNAL_STOP = re.compile(r"[。！？]")
_CLAUSES = re.compile(r"[，,；;].*[，,；;]")

HEADING_MAX_WIDTH = 80
# The first characters any heading, bullet or numbered form above can start with.
_MAYBE_MARKED = re.compile(
    r"^[#*_\-+•·▪●◦○◆◇■□★☆➢➤►（(\dA-Za-z①-⑳主专话议模第一二三四五六七八九十百千零〇两]"
)


@dataclass(frozen=True, slots=True)
class Shape:
    """A line as it looks alone. `body` keeps inline markup; for headings it is the title after
    the label. `weak` headings (`01 …`) count only after a break. `depth` is the markdown level
    (1-6), 0 for other heading forms and -1 for a sub-numbered one (`（一）`)."""

    kind: ShapeKind
    body: str
    label: str = ""
    depth: int = 0
    weak: bool = False
    key: str = ""  # `key: value` read from the content, when it reads so
    value: str = ""
    prefix: str = ""  # `Label：words` prefix (a possible speaker), without the colon
    rest: str = ""  # the words after that prefix


def shape(line: str) -> Shape:
    """The shape of one cleaned line (see `quizgen.ingest.clean.normalize_space`)."""
    if not line:
        return Shape("blank", "")
    if not _MAYBE_MARKED.match(line):  # most body lines: no heading, bullet or numbering can start so
        return _with_key_value(Shape("text", line), line, prefix=True)
    heading = _heading(line)
    if heading is not None:
        return heading
    bullet = _BULLET.match(line)
    if bullet:
        return _with_key_value(Shape("bullet", bullet.group(1)), bullet.group(1), prefix=False)
    for pattern in _NUMBERED:
        numbered = pattern.match(line)
        if numbered:
            return Shape("numbered", numbered.group(2), label=numbered.group(1))
    return _with_key_value(Shape("text", line), line, prefix=True)


def _heading(line: str) -> Shape | None:
    markdown = _MARKDOWN_HEADING.match(line)
    if markdown:
        label, title = split_label(
            join_bold_runs(markdown.group(2)) if _BOLD_ONLY.match(markdown.group(2)) else markdown.group(2)
        )
        return Shape("heading", title, label=label, depth=len(markdown.group(1)))
    if _BOLD_ONLY.match(line):
        text = join_bold_runs(line).rstrip("：: ")
        # a bold question is a heading (`**为什么要学数学？**`); a bold sentence of several clauses
        # that ends in a question mark is the body's own emphasis
        if text and _is_heading_title(text, question=not _CLAUSES.search(text)):
            label, title = split_label(text)
            return Shape("heading", title, label=label)
        return None
    for n, pattern in enumerate(_LABELS):
        match = pattern.match(line)
        if match and _is_heading_title(match.group(2), question=n < _STRONG_LABELS):
            return Shape("heading", match.group(2).rstrip("：: "), label=_tidy_label(match.group(1)))
    sub = _SUB_LABEL.match(line)
    if sub and _is_heading_title(sub.group(2)):
        return Shape("heading", sub.group(2), label=sub.group(1), depth=-1)
    digit = _DIGIT_LABEL.match(line)
    if not digit or not _is_heading_title(digit.group(2)):
        return None
    if _looks_like_quantity(digit.group(1), digit.group(2)):
        return None
    spaced = line[len(digit.group(1))] not in "、.\uff0e"  # `1、…` and `1. …` are numbered points
    if spaced or _DIGIT_LABEL_NEEDS_ZERO.match(line):
        return Shape("heading", digit.group(2), label=digit.group(1), weak=True)
    return None


def bold_only(text: str) -> bool:
    """`**番茄工作法**`: nothing but bold runs (a term or a heading standing on its own line)."""
    return bool(_BOLD_ONLY.match(text))


def _is_heading_title(title: str, *, question: bool = False) -> bool:
    """Short, not a sentence, not lower-case: a heading's title. With `question`, a title may be
    a question (`Chapter 1: How Can Great Firms Fail?`) where the numbering leaves no doubt."""
    title = title.rstrip("：: ")
    if question:
        title = title.rstrip("?？!！")
    return (
        display_width(title) <= HEADING_MAX_WIDTH
        and not ends_sentence(title)
        and not _INTERNAL_STOP.search(title)
        and not title[:1].islower()
    )


def _looks_like_quantity(number: str, rest: str) -> bool:
    """`3 亿元…` or `12 astronauts`: a number followed by its unit, not a numbered heading.
    A leading zero (`04 万亿资本…`) is numbering: quantities are not written so."""
    if number.startswith("0"):
        return False
    return bool(_UNIT_START.match(rest)) or bool(re.search(r"[，,]", rest))


def split_label(text: str) -> tuple[str, str]:
    """Split a heading's text into the numbering written at its head and the rest (markup stripped)."""
    text = strip_markup(text).rstrip("：: ")
    for pattern in _LABELS:
        match = pattern.match(text)
        if match:
            return _tidy_label(match.group(1)), match.group(2).strip()
    digit = _DIGIT_LABEL.match(text)
    if digit and not _looks_like_quantity(digit.group(1), digit.group(2)):
        return digit.group(1), digit.group(2).strip()
    return "", text


def _tidy_label(label: str) -> str:
    """`第 二 讲` -> `第二讲`; `Part  2` -> `Part 2`."""
    if any(is_cjk(ch) for ch in label):
        return label.replace(" ", "")
    return " ".join(label.split())


def join_bold_runs(line: str) -> str:
    """`**主题一：AI** **技术…**` -> `主题一：AI 技术…`: the runs joined, a space only between
    Latin-script edges (never between two Chinese characters or next to full-width punctuation)."""
    runs = [(m.group(1) or m.group(2)).strip() for m in _BOLD_RUN.finditer(line)]
    out = ""
    for run in runs:
        if out and run and not (is_cjk(out[-1]) and is_cjk(run[0])) and not _tight(out[-1], run[0]):
            out += " "
        out += run
    return out


def _tight(left: str, right: str) -> bool:
    """Whether no space stands between two runs (`**2018:** **Rome**` keeps its colon's space)."""
    return left in "（(“‘「《：" or (left == ":" and is_cjk(right)) or right in "）)”’」》，。：:、"


# A value ending on an abbreviation (312 pp., Acme Inc., 2nd ed.) or an aside in brackets (图书馆借的
# （还书日期 4 月 2 日！！）) has not ended a sentence.
_TRAILING_ASIDE = re.compile(r"\s*[（(][^（()）]*[）)]\s*$")
_ABBREVIATION_END = re.compile(r"\b(?:pp|p|ed|eds|vol|no|Inc|Ltd|Co|etc|al)\.$")


def _with_key_value(base: Shape, content: str, *, prefix: bool) -> Shape:
    match = _BOLD_KEY_VALUE.match(content) or _KEY_VALUE.match(content)
    if not match:
        return base
    key, value = match.group("key").strip(), match.group("value").strip()
    if not key or _URL_SCHEME.match(key) or key.isdigit():
        return base
    # A speaker label may carry a role in brackets, commas and all: `Guest (Maria Lopez, founder)`.
    is_prefix = prefix and display_width(key) <= 40 and not _BAD_IN_KEY.search(_BRACKETED.sub("", key))
    is_key = (
        not _BAD_IN_KEY.search(_PAIRED_KEY.sub(r"\1\2", key))
        and _is_meta_key(key)
        and not ends_sentence(_ABBREVIATION_END.sub("", _TRAILING_ASIDE.sub("", value)))
        and display_width(_TRAILING_ASIDE.sub("", value)) <= 200  # (an aside in brackets makes no paragraph)
    )
    if not is_key and not is_prefix:
        return base
    return Shape(
        base.kind,
        base.body,
        key=key if is_key else "",
        value=value if is_key else "",
        prefix=key if is_prefix else "",
        rest=value if is_prefix else "",
    )


def _is_meta_key(key: str) -> bool:
    if any(is_cjk(ch) for ch in key):
        return sum(1 for ch in key if is_cjk(ch)) <= 8 and display_width(key) <= 20
    words = key.split()
    return len(words) <= 4 and key[:1].isalpha()
