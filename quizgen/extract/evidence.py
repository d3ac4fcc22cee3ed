"""One piece of evidence that a name in a document is a person (`Finding`), the sentence walk the
people rules share, and jieba tokens with their offsets.

`frame` is what the sentence states about the person, with `{}` where the person (and a title
written next to the name) stands: `清代…，{}改良了织机`, `{} suggested the word "bit"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from quizgen.extract.text import split_sentences, tag
from quizgen.model import Block, Document, Section

CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# A heading over the people a document names (书中出现的几个人物, 嘉宾介绍, Key people, Cast)
PEOPLE_HEADING = re.compile(
    r"人物|嘉宾|人名|角色|主讲人|讲者介绍|(?:身边|周围|提到|出场)的人|谁是谁"
    r"|\b(?:people|characters|cast|who'?s who|guests?|speakers|dramatis personae)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a sentence stands: its section and block (None for the title and metadata) and line."""

    section: Section | None
    block: Block | None
    line: int


@dataclass(frozen=True, slots=True)
class Finding:
    name: str  # as written where the evidence is
    role: str
    # speaker, interviewer, interviewee, host, title, apposition, metadata, relation, author, deed, agent
    evidence: str
    frame: str
    sentence: str
    place: Place


@dataclass(frozen=True, slots=True)
class Tok:
    word: str
    flag: str
    start: int
    end: int


def sentences(doc: Document) -> Iterator[tuple[str, Place]]:
    """Every body sentence with its place, in document order."""
    for section, block in doc.all_blocks():
        for sentence in split_sentences(block.text):
            yield sentence, Place(section, block, block.line)


def tokens(text: str, start: int, end: int, protected: Sequence[tuple[int, int]] = ()) -> list[Tok]:
    """jieba's tagged words of `text[start:end]` with offsets into `text`; protected spans whole."""
    start, end = max(0, start), min(len(text), end)
    inner = [(max(s, start) - start, min(e, end) - start) for s, e in protected if s >= start and e <= end]
    out: list[Tok] = []
    pos = start
    for word, flag in tag(text[start:end], inner):
        out.append(Tok(word, flag, pos, pos + len(word)))
        pos += len(word)
    return out


@cache
def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's word frequencies and part-of-speech tags (loads the dictionary once)."""
    from quizgen.extract.text import _jieba

    jieba = _jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def clause_span(text: str, pos: int) -> tuple[int, int]:
    """The clause of `text` (between punctuation marks) that holds position `pos`."""
    left = 0
    for m in CLAUSE_MARK.finditer(text, 0, pos):
        left = m.end()
    right = CLAUSE_MARK.search(text, pos)
    return left, right.start() if right else len(text)


def clause_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in CLAUSE_MARK.finditer(text) if m.end() < len(text))]


# (这本书叫《…》, 本书名为…: the sentence names the work itself, and stays as written)
_DEICTIC_WORK = re.compile(
    r"(?:这部书|这本书|此书|该书|本书)(?!\s*(?:叫|名叫|名为|全名|书名|原名|英文名|原题))"
)


def work_name(doc: Document) -> str:
    """The work the document is about when its metadata or title names one briefly (a book, a
    paper): `书名: …`, `Title: …`, or the `《…》` in the title."""
    for field in doc.metadata:
        value = field.value.strip()
        if field.key.strip().lower() in {"书名", "书目", "标题", "题目", "title", "篇名"}:
            quoted = re.match(r"^《([^》]{1,30})》", value)  # 书目：《X》，某某 著（…）
            if quoted:
                return quoted.group(1)
            if len(value) <= 40:
                return value
    m = re.search(r"《([^》]{1,30})》", doc.title)
    return m.group(1) if m else ""


def name_the_work(text: str, work: str) -> str:
    """Chinese text with `这部书`/`本书` (and a leading `全书`) naming the work instead."""
    if not work:
        return text
    text = _DEICTIC_WORK.sub(f"《{work}》", text)
    return re.sub(r"^全书", f"《{work}》全书", text)
