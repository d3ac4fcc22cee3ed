"""Line-level cleaning: whitespace normalisation, inline-markup stripping, the sentence-end test
and the join of a hard-wrapped line onto the previous one. Original text is never rewritten
beyond whitespace: width and punctuation folding for matching is `quizgen.extract.text.normalize`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# NBSP, full-width and typographic spaces become plain spaces; zero-width marks disappear.
_SPACES = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x1c-\x1f\x85]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_QUOTE = re.compile(r"^(?:>\s?)+(.*)$")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\((?:[^)]*)\)|\[[^\]\s][^\]]*\])")  # [text](url) or [text][ref]
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
# *…* between Chinese characters is italics too: only a Latin word or digit glued on (2*3*4) is no markup
_ITALIC = re.compile(r"(?<![A-Za-z0-9_*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![A-Za-z0-9_*])")
# one to three stars standing alone, no hollow star beside them: the writer marking a line as key
_IMPORTANCE_STAR = re.compile(
    r"\s*(?<![★☆⭐])[★⭐]{1,3}(?![★☆⭐])(?=[^\s★☆⭐]|$)|(?<![★☆⭐])[★⭐]{1,3}(?![★☆⭐])\s*"
)
_MARKUP_CHARS = re.compile(r"[*_`\[]")
_CODE = re.compile(r"`([^`]+)`")

_CLOSERS = "”’\"'」』）)]】》〉*_"
_SENTENCE_ENDS = "。！？!?….;；:："
_CLAUSE_MARKS = "，,、"
_OPENERS_OF_CONTINUATION = "，,、。；;：:）)」』”’%％"

# East Asian wide and full-width ranges (a regex: far faster than unicodedata per character).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


# - 林　佩　理事: a two-character name opening a line, spaced out to line up with three-character ones
_ALIGNED_NAME = re.compile(
    r"^(\s*(?:[-*+•]\s+|\d{1,3}[.、)]\s*)?)([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?=\u3000[\u4e00-\u9fff]{2})"
)


def normalize_space(line: str) -> str:
    """The line with every kind of space made a plain space, runs collapsed and ends stripped (and a
    two-character name spaced out to line up with longer ones, 林　佩, closed up)."""
    line = _ALIGNED_NAME.sub(r"\1\2\3", _ZERO_WIDTH.sub("", line))
    line = _SPACES.sub(" ", line)
    return _RUNS_OF_SPACES.sub(" ", line).strip()


def is_quoted(line: str) -> bool:
    return line.startswith(">")


# A line that is one quotation whole ("Salted and dried, a fish keeps for years."), its marks at its ends
_WHOLE_QUOTATION = re.compile(r"^[“\"「](?P<inner>[^“”\"「」]{20,})[”\"」]$")
EXCERPTS_MIN = 3  # lines that are quotations whole before the text reads as a list of excerpts
EXCERPTS_SHARE = 0.3  # … and their share of the lines long enough to hold a sentence or two
SENTENCE_LINE = 60  # characters (a reading app's `Highlight | Page 9 | Loc. 131` line is shorter)


def excerpts(lines: Sequence[str]) -> dict[int, str]:
    """The lines that are excerpts of a work, each a quotation whole (a reading app's export, a page
    of saved passages), with their words inside the marks: where most long lines are quoted so, the
    marks say where the words come from, not that someone in the work speaks them. Empty otherwise."""
    found = {i: m["inner"].strip() for i, line in enumerate(lines) if (m := _WHOLE_QUOTATION.match(line))}
    long_lines = sum(1 for line in lines if len(line) >= SENTENCE_LINE)
    if len(found) < EXCERPTS_MIN or len(found) < EXCERPTS_SHARE * long_lines:
        return {}
    return found


def unquote(line: str) -> str:
    """A markdown quote's text without its `>` markers (a quoted line reads like any other)."""
    match = _QUOTE.match(line)
    return match.group(1).strip() if match else line


def strip_markup(raw: str) -> str:
    """Display text: `**bold**`, `*italic*`, `` `code` ``, links and images reduced to their text; a
    note's star for what matters (… rest is heat ★) dropped, a rating (★★★☆☆) kept."""
    if "★" in raw or "⭐" in raw:
        raw = _RUNS_OF_SPACES.sub(" ", _IMPORTANCE_STAR.sub("", raw))
    if not _MARKUP_CHARS.search(raw):
        return raw.strip()
    text = _IMAGE.sub(r"\1", raw)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ITALIC.sub(r"\1", text)
    return _RUNS_OF_SPACES.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (closing quotes and markup aside).

    A final colon counts: the next line is then what it introduces, not the rest of a wrapped line.
    """
    tail = text.rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _SENTENCE_ENDS


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced editor: wide (CJK) characters count two."""
    return len(text) + len(_WIDE.findall(text))


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


# enzyme = a biological catalyst…: a plain-text glossary line, a term before ` = `
TERM_EQUALS = re.compile(r"^[A-Za-z\u4e00-\u9fff][\w ()'’/+-]{0,40}?\s=\s\S")


# a timeline's row in plain text: a date or a year, then a column's gap, a dash or a colon (Jan 9, 1911   …;
# 1912          …; 1953 回国…; 2019年3月：…)
MONTH_EN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # a month, in full or cut
_DATED_ROW = re.compile(
    rf"^(?:{MONTH_EN}\s+\d{{1,2}},?\s+\d{{4}}|{MONTH_EN}\s+\d{{4}}|\d{{1,2}}\s+{MONTH_EN}\s+\d{{4}}|\d{{4}}s?)"
    r"(?:\s{2,}|\t|\s*[–—:-]\s|\s+(?=[\u4e00-\u9fff\"“A-Z]))"
    r"|^\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*[：:，,—–-]"
)
# (…founded in / 1887 by …: a line that ends on a word wanting more runs on to the year)
_ENDS_ON_A_LINKING_WORD = re.compile(
    r"\b(?:in|on|at|by|since|until|from|to|of|the|a|an|and|or|around|about|between|after|before|during)$",
    re.I,
)
_LETTER_ROW = re.compile(r"^\s*[A-Z]\s*[-–—:=]\s+[A-Za-z]")  # a letter and the word it stands for
_FIELD_ZH = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")
# 周岚，…, 周岚　某船厂厂长: a name, then (after a comma or a gap) who they are
_ROSTER_ROW_ZH = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[，,]|\s+(?=[\u4e00-\u9fff《“「]))")
_POINT_ZH = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[\d一二三四五六七八九十]{1,3}\s*[：:]")  # 要点1：


_PICTOGRAPH_LED = re.compile(r"[\U0001F300-\U0001FAFF]")


def looks_wrapped(previous: str, following: str) -> bool:
    """Whether `following` continues `previous` across a hard wrap rather than starting anew.

    Never after a sentence end. Otherwise when the break falls inside a number (`3.5` / `亿元`),
    after a comma, when the next line opens with punctuation or a lower-case word, or when the
    previous line is long enough to have been wrapped by an editor (a short unpunctuated line is a
    line of its own).
    """
    if not previous or not following or ends_sentence(previous):
        return False
    if _PICTOGRAPH_LED.match(following):
        return False  # 📚 延伸阅读：… / 👉 喜欢的话…: a line led by a pictograph is an item of its own
    if _DATED_ROW.match(following) and not _ENDS_ON_A_LINKING_WORD.search(previous):
        return False  # Jun 1911  Most workers return / Oct 1911  Partial settlement: a timeline's next row
    if _LETTER_ROW.match(following) and _LETTER_ROW.match(previous):
        return False  # L — Load…, then I — Include…: an acronym's next letter
    if TERM_EQUALS.match(following) and TERM_EQUALS.match(previous):
        return False  # substrate = the reactant…, then active site = …: a glossary's next entry
    if _FIELD_ZH.match(previous) and is_cjk(previous[-1]) and is_cjk(following[0]):
        return False  # 嘉宾：李某，…做经营顾问 / 文字稿据录音整理: a header's field ends with its line
    if _ROSTER_ROW_ZH.match(following) and _ROSTER_ROW_ZH.match(previous):
        return False  # 周岚，某船厂厂长 / 林夏，某大学副教授: a list of people, one a line
    if _POINT_ZH.match(previous) and previous[-1] in '”"」』' and is_cjk(following[0]):
        return False  # 要点1：…而是“某某” / 作者一再提到: a numbered point ending on its quoted word
    last, first = previous[-1], following[0]
    if last.isdigit() or (last in ".," and previous[-2:-1].isdigit()):
        return first.isdigit() or is_cjk(first) or first.isalpha()
    if first in _OPENERS_OF_CONTINUATION or first.islower() or last in _CLAUSE_MARKS:
        return True
    return display_width(previous) >= 30


def join_wrapped(previous: str, following: str) -> str:
    """Join two pieces of one wrapped line: with a space between Latin script, without in Chinese."""
    if not previous:
        return following
    if not following:
        return previous
    last, first = previous[-1], following[0]
    if is_cjk(last) or is_cjk(first) or (last.isdigit() and first in "%％"):
        return previous + following
    if last == "-" and previous[-2:-1].isalpha() and first.islower():
        return previous + following  # a word hyphenated at the break stays one word with its hyphen
    return f"{previous} {following}"


# A reply's or a pause's word opening a spoken sentence (嗯，…; 对对，…; Yeah, so, …): the speaker's
# breath, not the sentence. Connectives that carry meaning (然后, but) stay.
_INTERJECTIONS_ZH = re.compile(
    r"(?:(?<=^)|(?<=[。！？!?…]))\s*(?:(?:嗯+|呃+|啊+|哦+|噢|唉|哎|额|对对对|对对|对|是的|没错|好的?)\s*(?:[，,、]|…+)\s*)+"
)
_INTERJECTIONS_EN = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))(?:(?:yeah|yep|yes|um+|uh+|erm|so|well|okay|ok|right|oh|look)\s*,\s*)+",
    re.IGNORECASE,
)


# An editor's or a transcriber's mark in brackets: what was cut (此处有删节, 略), how the room
# reacted (笑, 掌声, laughter, inaudible) or what the screen showed. It belongs to no sentence and
# opens none.
_STAGE_MARK = re.compile(
    r"\s*[（(\[【]\s*(?:(?:此处|以下|中间|部分|后文|下文)?(?:有)?(?:删节|删减|省略|略去)[^）)\]】]{0,8}|略|"
    # [此处涉及人事安排，应受访者要求删去约两百字]: the editor says what was cut and why
    r"(?:此处|以下|这里|这段)[^）)\]】]{0,30}(?:删去|删除|删节|删减|略去|省略)[^）)\]】]{0,12}|"
    r"大?笑|笑声|掌声|鼓掌|众笑|听不清|音频中断|"
    r"(?i:laughs?|laughter|applause|inaudible|crosstalk|cross-talk|pause|silence|music|"
    r"unintelligible|indistinct)(?:\s+\w+)?|"
    # [Slide 4: the harbour in 1990], （PPT：…）: what the screen showed, a direction for the reader
    r"(?i:slides?|photo|image|video|clip|on[- ]screen)\s*\d{0,3}\s*[:：—–-][^）)\]】]{0,160}|"
    r"(?:PPT|幻灯片?|投影|大屏幕?|屏幕上?)\s*\d{0,3}\s*[:：—–-][^）)\]】]{0,80})\s*[）)\]】]\s*"
)


def without_stage_marks(text: str) -> str:
    """The text without an editor's or a transcriber's bracketed marks (（此处有删节）, [laughter])."""
    if not any(c in text for c in "（([【"):
        return text
    return _STAGE_MARK.sub(lambda m: " " if _between_words(m, text) else "", text).strip()


def _between_words(m: re.Match[str], text: str) -> bool:
    """Whether a space must stay where the mark was (`so [laughs] anyway`, `emails. [laughs] The`)."""
    before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
    return bool(
        before
        and after
        and before.isascii()
        and after.isascii()
        and (before.isalnum() or before in ".!?,;:")
        and after.isalnum()
    )


def without_interjections(text: str) -> str:
    """A speaker's turn without the interjections opening its sentences, the next word capitalised."""
    text = _INTERJECTIONS_ZH.sub("", text)
    out, last = [], 0
    for m in _INTERJECTIONS_EN.finditer(text):
        if m.end() > m.start():
            out.append(text[last : m.start()])
            last = m.end()
            out.append(text[last : last + 1].upper())
            last += 1
    return "".join(out) + text[last:]
