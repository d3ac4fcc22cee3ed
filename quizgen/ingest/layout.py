"""Decisions about a line that need the rest of the document: who the speakers are, which short
plain lines are headings, which line is the title, and which `key: value` runs are metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from quizgen.extract.text import SIGN_CHARS
from quizgen.ingest.clean import display_width, ends_sentence, is_cjk
from quizgen.ingest.shapes import Shape

Kind = Literal["blank", "heading", "bullet", "numbered", "turn", "speaker", "text"]
BODY_KINDS = frozenset({"text", "bullet", "numbered", "turn", "speaker"})

# Head words that make a `key: value` line metadata rather than a term and its definition: the key
# ends with one (`本期嘉宾`, `成书年代`, `Publication date`). A run of `key: value` lines is metadata
# when at least one key does (the rest may be any key: `笔记范围`).
_META_WORDS_ZH = (
    "标题", "题目", "书名", "作者", "著者", "译者", "编者", "编辑", "整理", "主编", "出版社", "日期",
    "时间", "年份", "年代", "来源", "出处", "链接", "网址", "地址", "原文", "嘉宾", "主持", "主持人",
    "主讲", "主讲人", "讲者", "讲师", "节目", "期数", "时长", "课程", "单元", "栏目", "播客", "频道",
    "字数", "篇数", "页数", "版本", "标签", "分类", "关键词", "地点", "参会人", "记录人",
    "进度", "书号", "ISBN", "评分", "阅读时间", "读书时间", "阅读日期", "读书日期", "推荐人", "开始读",
    "读完", "读于",
    "导演", "解说", "旁白", "出品", "制片",
)  # fmt: skip
_META_WORDS_EN = frozenset((
    "title", "author", "authors", "by", "date", "published", "publisher", "journal", "source", "url", "link",
    "speaker", "speakers", "host", "hosts", "guest", "guests", "episode", "show", "podcast", "duration",
    "length", "course", "lecture", "lecturer", "editor", "translator", "year", "pages", "tags", "keywords",
    "venue", "conference", "isbn", "doi", "edition", "channel", "progress", "id", "time",
    "book", "read", "rating", "genre", "format", "finished", "started", "status", "recorded", "released",
    "aired", "recording", "transcript", "transcription", "transcribed", "director", "narrator", "producer",
))  # fmt: skip
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@[\w-]+\.)", re.IGNORECASE)
_FILE_NAME = re.compile(r"^[\w-]+\.[a-z0-9]{2,4}\b")  # lecture_17.m4a, notes-v2.pdf
_BARE_NUMBER = re.compile(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|(?:part|chapter)\s*\d{1,2})$", re.IGNORECASE
)
_TITLE_WITHIN = 3  # a `# title` counts as the title among the first few content lines
_TITLE_KEYS = frozenset({"标题", "题目", "title", "书名"})
_NAME_CHARS = re.compile(r"^[^\W\d_][\w ·・.\-'’()（）]*$")
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "da", "di", "du", "la", "le", "bin", "al"})


def is_meta_word(key: str) -> bool:
    """Whether a key names a metadata field (author, date, source, …) in Chinese or English."""
    key = key.strip()
    if key.endswith(_META_WORDS_ZH):
        return True
    words = [w for w in re.split(r"[\W_]+", key.lower()) if w]
    return bool(words) and words[-1] in _META_WORDS_EN


# Where a note came from and when it was made: such a label opens a metadata line even when its
# value reads as a sentence (来源：某周刊 5 月刊的长访谈，原文约 2 万字。).
_PROVENANCE_ZH = ("来源", "出处", "原文", "整理时间", "记录时间", "日期", "标签")
_PROVENANCE_EN = frozenset({"source", "date", "tags", "published"})


def field_key(shape: Shape) -> str:
    """The metadata key a line opens with: its `key`, or a provenance label before a sentence."""
    label = shape.key or shape.prefix
    if shape.key or label.endswith(_PROVENANCE_ZH) or label.strip().lower() in _PROVENANCE_EN:
        return label
    return ""


def is_title_key(key: str) -> bool:
    return key.strip().lower() in _TITLE_KEYS


_ROLE_IN_BRACKETS = re.compile(r"^(?P<head>[^（(]+?)\s*[（(][^（()）]+[)）]$")


def recurring_prefixes(shapes: Sequence[Shape]) -> frozenset[str]:
    """Inline speaker labels: a `Label：` prefix that opens two or more text lines. A label used
    once is more likely a term being defined (`庙算：…`) than a speaker, unless it has the shape
    of a speaker's role and name (`嘉宾（门店店长 张三）`) and its head (`嘉宾`) heads a
    recurring label as well: a second guest who speaks once."""
    labels = [s.prefix for s in shapes if s.kind == "text" and s.prefix and not _a_note_label(s.prefix)]
    counts = Counter(_numbered_question(label) or label for label in labels)
    recurring = {label for label in labels if counts[_numbered_question(label) or label] >= 2}
    heads = {label_head(label) for label in recurring}
    once = {label for label in set(labels) - recurring if label_head(label, bracketed=True) in heads}
    return frozenset(recurring | once)


# A note's labels, however often they open a line (Definition: …, Example: …, 定义：…, 反思：…): no speaker
NOTE_LABEL = re.compile(
    r"^(?:definitions?|defn|example|examples|e\.g\.?|note|notes|nb|n\.b\.|formula|tip|hint|rule|"
    r"decision rule|"
    r"key (?:point|idea|term)|takeaway|summary|remember|warning|caution|"
    r"reflections?|my take|my thoughts|my notes?|thoughts|aside|side note|"
    r"定义|例子|举例|例|注意|公式|提示|总结|要点|关键点|重点|结论|口诀|备注|反思|感想|心得|小记|题外话|我的想法|我的笔记"
    r"|想法|批注|我的批注|思考|我的思考)$",  # 想法：… under a highlight: a reading app's note, the reader's
    re.IGNORECASE,
)


def _a_note_label(prefix: str) -> bool:
    """`我的想法`, `💬 我的想法`, `📝 Note`: a note's label, with the sign that may mark it."""
    return bool(NOTE_LABEL.match(re.sub(rf"^[{SIGN_CHARS}\s]+", "", prefix).strip()))


# Questions numbered in their labels (`Q1:`, `Q2:`, `问3：`): one label, asked again and again.
_NUMBERED_QUESTION = re.compile(r"^(?P<head>q|question|问|提问)\s*\d{1,3}$", re.IGNORECASE)


def _numbered_question(label: str) -> str:
    m = _NUMBERED_QUESTION.match(label.strip())
    return m.group("head").lower() if m else ""


def label_head(label: str, *, bracketed: bool = False) -> str:
    """`嘉宾（作者 王一）` -> `嘉宾`, `Q2` -> `q`; a label without brackets or a number is its own
    head ("" with `bracketed`)."""
    m = _ROLE_IN_BRACKETS.match(label.strip())
    if m:
        return m.group("head").strip().lower()
    if bracketed:
        return ""
    return _numbered_question(label) or label.strip().lower()


def standalone_speakers(lines: Sequence[str], shapes: Sequence[Shape]) -> dict[str, str]:
    """Names standing alone on their line (`Reed Albergotti`, `主持人：`) before someone's words,
    recurring: two or more such names twice each (a dialogue), or one name three times (a
    monologue in parts). Maps each such line as written to the name."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for i, line in enumerate(lines):
        name = _speaker_name(line) if shapes[i].kind == "text" and not shapes[i].prefix else ""
        j = next_content(lines, i) if name else None
        if j is not None and shapes[j].kind == "text" and not _speaker_name(lines[j]):
            counts[name] += 1
            names[line] = name
    recurring = {name for name, count in counts.items() if count >= 2}
    if len(recurring) >= 2 or any(counts[name] >= 3 for name in recurring):
        return {line: name for line, name in names.items() if name in recurring}
    return {}


def _speaker_name(line: str) -> str:
    name = line[:-1].rstrip() if line.endswith((":", "：")) else line
    return name if name_like(name) else ""


def name_like(line: str) -> bool:
    """A person's name as it stands alone: `Reed Albergotti`, `张三`, `达里奥·阿莫迪`."""
    if not line or len(line) > 30 or display_width(line) > 30 or not _NAME_CHARS.match(line):
        return False
    if ends_sentence(line):
        return False
    if any(is_cjk(ch) for ch in line):
        return True
    words = line.split()
    if len(words) >= 2 and words[-1].isdigit() and len(words[-1]) <= 2:
        words = words[:-1]  # a recogniser's numbered speaker: `Speaker 2`
    return len(words) <= 4 and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def next_content(lines: Sequence[str], i: int) -> int | None:
    """Index of the next non-blank line after `i`, if any."""
    for j in range(i + 1, len(lines)):
        if lines[j]:
            return j
    return None


_SIGNATURE = re.compile(r"^\s*(?:—|--|―|－－|~)")
OPERATOR = r"[+\-\u2212\u00d7\u00f7*/]"  # plus, minus, times, divided by
EQUALS = r"[=\uff1d]"
_WORKED_SUM = re.compile(rf"{EQUALS}\s*[\d(\uff08]")  # = 114 + 57: not 2019-2021, a span of years


_BRACKETED_TITLE = re.compile(r"^(【[^【】]{1,30}】)\s*[（(][^（()）]{1,40}[）)]\s*$")


# 第一次战争的影响 ★★★（必背）: the note-taker's stars and aside after a title, no part of its length
_MARKED_CLOSE = re.compile(r"\s*[★☆⭐]+\s*(?:[（(][^（()）]{1,12}[）)])?\s*$")


def plain_heading_like(line: str) -> bool:
    """A short line that does not read as a sentence: `背景`, `Key terms`, `尾声：在快与慢之间…`,
    `【幕后】（后来补看的，半小时）` (a bracketed title, an aside after it), `…的影响 ★★★（必背）`."""
    bracketed = _BRACKETED_TITLE.match(line)
    if bracketed:
        line = bracketed.group(1)
    line = _MARKED_CLOSE.sub("", line)
    if not line or ends_sentence(line) or re.search(r"[。！？；;，]", line) or line[:1].islower():
        return False
    if _SIGNATURE.match(line):
        return False  # ——林澄溪, — Seneca: who said the quotation above, not a heading
    if _WORKED_SUM.search(line):
        return False  # 外流额 = 114 + 57 + 19 = 190万元: a line of a worked sum, not a heading
    if any(is_cjk(ch) for ch in line):
        return display_width(line) <= 40
    return display_width(line) <= 60 and len(line.split()) <= 8


def after_break(kinds: Sequence[Kind], i: int) -> bool:
    return i == 0 or kinds[i - 1] in ("blank", "heading")


def numbers_over_titles(lines: Sequence[str], kinds: Sequence[Kind]) -> dict[int, int]:
    """`01` alone on a line, a short title on the next, then body: one heading (number -> title line)."""
    pairs: dict[int, int] = {}
    for i, kind in enumerate(kinds):
        if kind != "text" or not _BARE_NUMBER.match(lines[i]) or not after_break(kinds, i):
            continue
        j = next_content(lines, i)
        if j is None or kinds[j] != "text" or not plain_heading_like(lines[j]):
            continue
        k = next_content(lines, j)
        if k is not None and kinds[k] in BODY_KINDS:
            pairs[i] = j
    return pairs


def plain_heading_candidates(
    lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind]
) -> set[int]:
    """Text lines that read as headings: short, unpunctuated, after a break and before body text.
    A `key: value` line with a metadata key (`作者：…`) is never one."""
    out: set[int] = set()
    for i, kind in enumerate(kinds):
        if kind != "text" or not after_break(kinds, i) or not plain_heading_like(lines[i]):
            continue
        if shapes[i].key and is_meta_word(shapes[i].key):
            continue
        j = next_content(lines, i)
        if j is not None and kinds[j] in BODY_KINDS:
            out.add(i)
    return out


def find_title(
    lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind], plain: set[int]
) -> int | None:
    """The title line: the only `# …` heading, among the first lines, or a first short line that is not
    a heading label, metadata, a speaker or a sentence. A first short line directly followed by body
    text is a heading instead when the document has other headings (`核心要点` before points)."""
    content = [i for i, line in enumerate(lines) if line]
    if not content:
        return None
    top_level = [i for i in content if kinds[i] == "heading" and shapes[i].depth == 1]
    if len(top_level) == 1 and top_level[0] in content[:_TITLE_WITHIN]:
        return top_level[0]  # a byline or a date may stand above it
    first = content[0]
    s, kind = shapes[first], kinds[first]
    if kind == "heading":
        return None
    if kind != "text" or (s.key and is_title_key(s.key)) or ends_sentence(lines[first]):
        return None
    if display_width(lines[first]) > (100 if any(is_cjk(ch) for ch in lines[first]) else 120):
        return None
    following = next_content(lines, first)
    opens_body = first in plain and following is not None and not shapes[following].key
    if opens_body and (any(k == "heading" for k in kinds) or plain - {first}):
        return None
    return first


def metadata_runs(
    lines: Sequence[str],
    shapes: Sequence[Shape],
    kinds: Sequence[Kind],
    headings: set[int],
    title: int | None,
) -> tuple[set[int], set[int]]:
    """Lines that are metadata, and headings that only head metadata (dropped with it).

    A run of `key: value` lines (blank lines allowed between) with at least one metadata key is
    metadata when it opens the document (after the title and any headings), fills a section on its
    own, or closes the document (two lines or more).
    """
    meta: set[int] = set()
    meta_headings: set[int] = set()
    content = [i for i, line in enumerate(lines) if line and kinds[i] != "blank"]
    position = {line: n for n, line in enumerate(content)}
    only_headings_so_far = [True]  # [n]: all content before content[n] is the title (or above it) or headings
    for i in content:
        above_title = title is not None and i <= title
        only_headings_so_far.append(only_headings_so_far[-1] and (above_title or i in headings))
    for run in _runs(lines, shapes, kinds):
        if not any(is_meta_word(field_key(shapes[i])) for i in run) or _reads_as_definitions(run, shapes):
            continue
        start, end = position[run[0]], position[run[-1]]
        before = content[start - 1] if start > 0 else None
        after = content[end + 1] if end + 1 < len(content) else None
        headed = before is not None and before in headings and (after is None or after in headings)
        closes = after is None and len(run) >= 2
        if only_headings_so_far[start] or headed or closes:
            meta.update(run)
            if headed and before is not None:
                meta_headings.add(before)
    return meta, meta_headings


def _reads_as_definitions(run: Sequence[int], shapes: Sequence[Shape]) -> bool:
    """Values that mostly open in lower case (`the unit of heat`) define terms; names,
    titles, dates, addresses and file names do not."""
    worded = [
        shapes[i].value
        for i in run
        if not (_ADDRESS.match(shapes[i].value) or _FILE_NAME.match(shapes[i].value))
    ]
    return sum(value[:1].islower() for value in worded) * 2 > len(run)


def _runs(lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind]) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if not line or kinds[i] == "blank":
            continue
        if kinds[i] in ("text", "bullet") and field_key(shapes[i]):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs
