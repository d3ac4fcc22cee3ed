"""Transcript shapes, fixed before lines get their kinds: timestamps inside the text dropped (and
an e-reader's highlight ids and places), a bold
speaker label whose colon fell onto the next line put back together, speech-recognition fragments
split by blank lines mid-sentence joined, and text without punctuation cut at its pauses.
"""

from __future__ import annotations

import re

from quizgen.ingest.clean import TERM_EQUALS, display_width, ends_sentence, is_cjk
from quizgen.ingest.layout import plain_heading_like
from quizgen.ingest.prepared import Prepared

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_BRACKETED_TIME = re.compile(rf"\s*[\[(（【]\s*{_TIME}(?:\s*[-–~]+>?\s*{_TIME})?\s*[\])）】]\s*")
# **[03:42]** with its time gone: a pair with nothing inside, standing as a word of its own (not the
# space between two runs side by side, **2018:** **Rome**)
_EMPTIED_EMPHASIS = re.compile(r"(?:^|(?<=\s))(?:\*\*|__)\s*(?:\*\*|__)(?:\s+|$)")
_LEADING_TIME = re.compile(
    rf"^(\s*(?:[-*+]\s+)?(?:\*\*[^*]{{1,30}}\*\*\s*[:：]?\s*)?)"
    # - **19:05** 第一次…, 14:15 — About a third…: bold or not, and the dash after it
    rf"(?:\*\*{_TIME}\*\*|{_TIME}(?:\s*[-–~]+>?\s*{_TIME})?)(?:\s*[—–-]\s+|\s+|$)"
)
# A recogniser's turn header: the speaker and when they began, the words on the next line
# (`发言人2 00:01:22`, `Speaker 1  0:03`): the speaker's label, as a colon would close it.
_LABEL_THEN_TIME = re.compile(
    r"^(?P<label>[^\s:：。！？!?.,，]{1,12}(?: [^\s:：。！？!?.,，]{1,12}){0,2})\s+"
    r"(?:\d{1,2}:\d{2}:\d{2}|(?<=\d\s)\d{1,2}:\d{2}|(?<=\d\s\s)\d{1,2}:\d{2})(?:[.,]\d{1,3})?\s*$"
)  # the time to the second, or a numbered speaker's (an agenda's `午餐 12:00` is no speaker)
_BOLD_NAME = re.compile(r"^\s*\*\*[^*:：]{1,20}\*\*\s*$")
_SENTENCE_MARKS = re.compile(r"[。！？!?.;；]")
_CJK_PAUSE = re.compile(r"(?<=[\u3400-\u9fff\uff00-\uffef」』”）]) (?=[\u3400-\u9fff\uff00-\uffef「『“（])")
_BLOCK_ID = re.compile(r"\s+\^[A-Za-z0-9-]{4,}$")  # an Obsidian block id closing a line
# where an e-reader placed a highlight, closing the highlight's text: `(Location 1234)`, `（第12页）`
_HIGHLIGHT_PLACE = re.compile(
    r"\s*[(（\[](?:location|loc\.?|page|p\.|pos\.?|位置|第)\s*\d+(?:\s*[-–]\s*\d+)?\s*页?[)）\]]\s*$",
    re.IGNORECASE,
)

UNPUNCTUATED_MIN = 200  # display columns: shorter lines are headings, labels, list items
CHUNK = 60  # display columns a cut piece grows to before the next pause ends it
_MAX_GAP = 400  # columns without a sentence mark: a line with fewer marks is unpunctuated


# An episode's chapter list: `- **11:05** — The rules of the grid`, three lines or more in a row.
_CHAPTER = re.compile(rf"^\s*(?:[-*+]\s+)?(?:\*\*)?[\[(]?{_TIME}[\])]?(?:\*\*)?\s*[-–—|]\s*(?P<title>\S.*)$")
CHAPTER_RUN = 3
CHAPTER_WIDTH = 100  # display columns: a chapter's title, not a line of speech


def _chapter_lists(prep: Prepared) -> None:
    """Drop an episode's chapter list: three timed lines or more in a row, most of them a short
    title (one longer title among them is still a chapter, not a line of speech)."""
    run: list[int] = []
    narrow = 0
    for i, line in enumerate([*prep.lines, ""]):
        m = _CHAPTER.match(line)
        if m and not m["title"].rstrip("*").endswith((".", "。")):
            run.append(i)
            narrow += display_width(m["title"]) <= CHAPTER_WIDTH
            continue
        if line.strip() or i == len(prep.lines):
            if narrow >= CHAPTER_RUN and 2 * narrow > len(run):
                for j in run:
                    prep.drop(j, "chapter list")
            run, narrow = [], 0


def apply(prep: Prepared) -> None:
    _chapter_lists(prep)
    lines = prep.lines
    for i, line in enumerate(lines):
        if line:
            lines[i] = _without_times(line)
    _rejoin_split_labels(lines)
    _join_fragments(lines)
    pieces: list[tuple[str, int]] = []
    cut: set[int] = set()
    for line, origin in zip(lines, prep.origin, strict=True):
        if unpunctuated(line):
            for piece in cut_at_pauses(line):
                cut.add(len(pieces))
                pieces += [(piece, origin), ("", origin)]
        else:
            pieces.append((line, origin))
    prep.rebuilt(pieces)
    prep.body |= cut  # a piece of speech is never a heading or the title, however short


def _without_times(line: str) -> str:
    if ":" in line:
        header = _LABEL_THEN_TIME.match(line.strip())
        if header:
            label = header["label"]
            return label + ("：" if any(is_cjk(ch) for ch in label) else ":")
        # **[09:15] Why…**: the time goes with its space, so the emphasis still opens on its word
        original = line
        line = _BRACKETED_TIME.sub(
            lambda m: "" if m.start() == 0 or original[: m.start()].endswith(("*", "_")) else " ", line
        )
        line = _LEADING_TIME.sub(r"\1", line)
        line = _EMPTIED_EMPHASIS.sub("", line)
    if "^" in line:
        line = _BLOCK_ID.sub("", line)
    if line.endswith((")", "）", "]")):
        line = _HIGHLIGHT_PLACE.sub("", line)
    return line.rstrip() if line.strip() else ""


def _rejoin_split_labels(lines: list[str]) -> None:
    """`**Name**` on one line and `：words` on the next is `**Name**：words`."""
    for i in range(len(lines) - 1):
        if lines[i + 1].lstrip().startswith((":", "：")) and _BOLD_NAME.match(lines[i]):
            lines[i] = lines[i].rstrip() + lines[i + 1].lstrip()
            lines[i + 1] = ""


def _join_fragments(lines: list[str]) -> None:
    """A paragraph that stops without a sentence end, then a blank line, then one that opens in
    lower case: one sentence that a recogniser or an editor broke (`… in both` / `in the lab and out`)."""
    target = -1  # the paragraph that may go on, while its last piece is the content line just above
    seen = -1  # index of the last content line
    for i, line in enumerate(lines):
        if not line:
            continue
        first = line.lstrip()[:1]
        glossary = TERM_EQUALS.match(line.strip()) and TERM_EQUALS.match(
            lines[target].strip() if target >= 0 else ""
        )
        if target >= 0 and i - seen == 2 and first.islower() and first.isascii() and not glossary:
            lines[target] = f"{lines[target].rstrip()} {line.strip()}"
            lines[i] = ""
        else:
            stripped = line.strip()
            prose = (
                stripped[:1].isalpha() and display_width(stripped) >= 40 and not plain_heading_like(stripped)
            )
            target = i if prose else -1
        seen = i
        if target >= 0 and ends_sentence(lines[target]):
            target = -1


def unpunctuated(line: str) -> bool:
    """A long line with (almost) no sentence marks: speech recognition output."""
    if len(line) * 2 < UNPUNCTUATED_MIN:
        return False  # (a character is at most two columns wide: no need to measure)
    marks = len(_SENTENCE_MARKS.findall(line))
    if marks * _MAX_GAP >= len(line) * 2:
        return False
    width = display_width(line)
    return width >= UNPUNCTUATED_MIN and marks * _MAX_GAP < width


def cut_at_pauses(line: str) -> list[str]:
    """Pieces of about `CHUNK` columns, cut where the speaker paused: between two Chinese
    characters at a space, or (in Latin script, where every word has a space) at any space.
    Chinese speech gets its punctuation back (`punctuated`)."""
    cjk = sum(1 for ch in line[:400] if is_cjk(ch)) * 3 > len(line[:400])
    if cjk:
        return punctuated(_CJK_PAUSE.split(line))
    words = line.split()
    pieces: list[str] = []
    current = ""
    for word in words:
        current = f"{current} {word}" if current else word
        if display_width(current) >= CHUNK:
            pieces.append(current.strip())
            current = ""
    if current.strip():
        if pieces and display_width(current) < CHUNK:  # a short tail would read as a heading
            pieces[-1] = f"{pieces[-1]} {current.strip()}"
        else:
            pieces.append(current.strip())
    return pieces


# A word that opens a new sentence in Chinese speech (那我们今天来讲…, 所以…, 第二个…), and the words a
# speaker says between sentences (好, 对吧, 嗯), which end one and are dropped.
_OPENER = re.compile(
    r"^(?:好|那(?![个個些里裡样樣麽么])|所以|但是|可是|然[後后]|接下[來来]|其[實实]|因[為为]|如果|比如[說说]|比方[說说]"
    r"|第[一二三四五六七八九十]|最[後后]|首先|另外|[還还]有|今天|我[們们]今天|也就是[說说])"
)
_BETWEEN = frozenset(
    {"好", "好的", "对", "對", "对吧", "對吧", "对不对", "對不對", "嗯", "呃", "啊", "欸", "诶", "那", "OK"}
    | {"ok", "是吧", "好不好", "对啊", "對啊"}
)
_LEADING_FILLER = re.compile(r"^(?:好|那(?![个個些里裡样樣麽么])|嗯|呃|对|對|OK)+(?=[\u3400-\u9fff])")
SENTENCE_MIN = 10  # characters a spoken sentence has before an opener may end it
SENTENCE_MAX = 70  # … and the most it runs to before the next pause ends it
CLAUSE_MIN = 8  # characters a clause has before a pause reads as a comma (shorter: the words run on)
PARAGRAPH = 240  # display columns of sentences put in one paragraph


def punctuated(words: list[str]) -> list[str]:
    """Chinese speech cut at its pauses, as paragraphs of sentences: a pause after a long enough
    clause is a comma, a sentence ends before a word that opens one (所以, 第二个, 那我们…) or a word
    said between sentences (好, 对吧: dropped), and each sentence gets its full stop."""
    sentences: list[str] = []
    current, clause = "", 0

    def close() -> None:
        nonlocal current, clause
        if current:
            sentences.append(current.rstrip("，") + ("" if ends_sentence(current) else "。"))
        current, clause = "", 0

    for raw in words:
        word = raw.strip()
        if not word:
            continue
        if word in _BETWEEN:
            if len(current) >= SENTENCE_MIN:
                close()
            continue
        if current and (
            (_OPENER.match(word) and len(current) >= SENTENCE_MIN)
            or display_width(current) >= SENTENCE_MAX * 2
        ):
            close()
        if not current:
            word = _LEADING_FILLER.sub("", word) or word
            current, clause = word, len(word)
        elif clause >= CLAUSE_MIN:
            current, clause = f"{current}，{word}", len(word)
        else:
            current, clause = current + word, clause + len(word)
    close()
    paragraphs: list[str] = []
    for sentence in sentences:
        if paragraphs and display_width(paragraphs[-1]) + display_width(sentence) <= PARAGRAPH:
            paragraphs[-1] += sentence
        else:
            paragraphs.append(sentence)
    return paragraphs
