"""Extraction of themes: each content section (a heading with something under it) with its label as
written (`主题三`, `01`, `第二讲`), its position among the headings of its level, and its first
points. Headings that only name a kind of section (概述, 术语表, Key terms, Summary), glossaries and
metadata blocks are not themes.
"""

from __future__ import annotations

import re
from itertools import islice

from quizgen.extract.frameworks import pairs_in
from quizgen.extract.meta import FIELD_KEYS
from quizgen.extract.people import resolve_pronouns
from quizgen.extract.text import normalize, split_sentences
from quizgen.model import Block, Document, Section, Source, Theme

MAX_POINTS = 5

# Names of kinds of sections (what a section is, not what it is about), and the words that
# qualify them (核心要点, 读后小结, Key takeaways).
_GENERIC_ZH = frozenset(
    [
        "概述",
        "概要",
        "背景",
        "简介",
        "引言",
        "前言",
        "导言",
        "导语",
        "序言",
        "序",
        "摘要",
        "要点",
        "重点",
        "小结",
        "总结",
        "结语",
        "结论",
        "尾声",
        "附录",
        "备注",
        "注释",
        "参考",
        "参考资料",
        "参考文献",
        "延伸阅读",
        "信息",
        "基本信息",
        "资料",
        "术语",
        "术语表",
        "名词解释",
        "概念",
        "关键词",
        "词汇",
        "词汇表",
        "框架",
        "心智模型",
        "模型",
        "思考题",
        "思考",
        "问题",
        "讨论题",
        "练习",
        "目录",
        "说明",
        "一览",
    ]
)
_MODIFIER_ZH = re.compile(
    r"^(?:读后|读书|本章|本节|本单元|本期|本讲|课后|全文|内容|核心|关键|主要|基本|重要|相关)+"
)
_GENERIC_EN = frozenset(
    [
        "overview",
        "introduction",
        "intro",
        "background",
        "summary",
        "summaries",
        "conclusion",
        "conclusions",
        "takeaways",
        "takeaway",
        "points",
        "highlights",
        "notes",
        "glossary",
        "terms",
        "terminology",
        "definitions",
        "concepts",
        "vocabulary",
        "references",
        "reading",
        "appendix",
        "abstract",
        "contents",
        "preface",
        "foreword",
        "epilogue",
        "afterword",
        "about",
        "info",
        "information",
        "details",
        "metadata",
        "questions",
        "exercises",
        "faq",
        "recap",
        "review",
    ]
)
_STOP_EN = frozenset(
    ["key", "main", "core", "the", "a", "an", "of", "and", "further", "basic", "important", "quick", "our"]
)
_JOINERS_ZH = re.compile(r"[与和及、&/]|以及")
_PAREN = re.compile(r"\s*[（(][^（()）]*[）)]\s*")
_QUESTION = re.compile(r"[？?][」”\"')）]*$")
_ADDRESSED = re.compile(r"[你您]|\byou\b", re.I)
MIN_TURN_POINT = 8


def clean_title(title: str) -> str:
    return re.sub(r"\*\*|__|`", "", title).strip().rstrip("：:").strip()


def is_generic_heading(title: str) -> bool:
    """True when the heading names a kind of section rather than a subject (概述, Key takeaways)."""
    bare = _PAREN.sub("", clean_title(title)).strip()
    if not bare:
        return True
    if re.search(r"[\u4e00-\u9fff]", bare):
        parts = [_MODIFIER_ZH.sub("", p.strip()) for p in _JOINERS_ZH.split(bare) if p.strip()]
        return all(not p or p in _GENERIC_ZH for p in parts)
    words = [w for w in re.findall(r"[a-z]+", bare.lower()) if w not in _STOP_EN]
    return all(w in _GENERIC_EN for w in words)


def _is_metadata_block(block: Block, meta_lines: set[int]) -> bool:
    if block.line in meta_lines:
        return True
    key = re.match(r"^\s*([^：:]{1,16})[：:]\s*\S", block.text)
    return bool(key and normalize(key.group(1)) in FIELD_KEYS)


def _children(doc: Document, index: int) -> list[Section]:
    """The sections nested under sections[index] (deeper level, until the next of its level)."""
    level = doc.sections[index].level
    out: list[Section] = []
    for section in doc.sections[index + 1 :]:
        if section.level <= level:
            break
        out.append(section)
    return out


def is_content_section(doc: Document, index: int) -> bool:
    """A section worth a theme: a subject heading over body text that is neither metadata nor a glossary."""
    section = doc.sections[index]
    if is_generic_heading(section.title):
        return False
    if not section.blocks:
        return bool(_children(doc, index))
    meta_lines = {f.line for f in doc.metadata}
    body = [b for b in section.blocks if not _is_metadata_block(b, meta_lines)]
    if not body:
        return False
    definitions = pairs_in(tuple(body), doc.language, FIELD_KEYS)
    return len(definitions) * 2 < len(body)


def _point(doc: Document, section: Section, block: Block) -> str:
    """The block's first statement, a leading pronoun resolved. In a conversation, questions,
    words addressed to the other speaker and short replies (没错, Sure.) are not points."""
    text = re.sub(r"\*\*|__|`", "", block.text)
    for sentence in split_sentences(text):
        if _QUESTION.search(sentence) or (block.kind == "turn" and _ADDRESSED.search(sentence)):
            continue
        if block.kind == "turn" and len(normalize(sentence)) < MIN_TURN_POINT:
            continue
        return resolve_pronouns(doc, section, block, sentence).strip()
    return ""


def askers(doc: Document) -> frozenset[str]:
    """Speakers who mostly ask (an interviewer, a host): their turns are not the section's points."""
    asked: dict[str, list[bool]] = {}
    for _, block in doc.all_blocks():
        if block.kind == "turn" and block.speaker:
            asked.setdefault(block.speaker, []).append(bool(re.search(r"[？?]", block.text)))
    return frozenset(who for who, turns in asked.items() if sum(turns) * 2 >= len(turns))


def points_of(doc: Document, index: int, skip: frozenset[str] = frozenset()) -> tuple[str, ...]:
    section = doc.sections[index]
    blocks = [b for b in section.blocks if not (b.kind == "turn" and b.speaker in skip)]
    # the first few points only: a long section's later blocks are never read
    points = list(islice((p for b in blocks if (p := _point(doc, section, b))), MAX_POINTS))
    if not points:
        points = [clean_title(child.title) for child in _children(doc, index)]
    return tuple(points[:MAX_POINTS])


def positions(doc: Document) -> list[int]:
    """Each section's 1-based position among the sections of its level, as a reader counts them."""
    counts: dict[int, int] = {}
    out: list[int] = []
    for section in doc.sections:
        for deeper in [lvl for lvl in counts if lvl > section.level]:
            del counts[deeper]
        counts[section.level] = counts.get(section.level, 0) + 1
        out.append(counts[section.level])
    return out


def split_generic_label(label: str, title: str) -> tuple[str, str]:
    """`尾声：在快与慢之间找到节奏` with no label: the section-kind word before the colon is its label."""
    head = re.match(r"^\s*([^：:]{1,8})\s*[：:]\s*(\S.*)$", title)
    if label or not head or not is_generic_heading(head.group(1)):
        return label, title
    return head.group(1).strip(), head.group(2).strip()


def extract(doc: Document) -> list[Theme]:
    """One theme per content section, in document order.

    `number` is 0 where a position would mislead a reader: an unlabelled section in a document
    whose other sections carry labels, or an unlabelled subsection.
    """
    content = [i for i in range(len(doc.sections)) if is_content_section(doc, i)]
    labelled = any(doc.sections[i].label.strip() for i in content)
    top = min((s.level for s in doc.sections), default=1)
    skip = askers(doc)
    out: list[Theme] = []
    for index, number in zip(range(len(doc.sections)), positions(doc), strict=True):
        if index not in content:
            continue
        section = doc.sections[index]
        label, title = split_generic_label(section.label.strip(), clean_title(section.title))
        if not label and (labelled or section.level > top):
            number = 0
        out.append(
            Theme(
                label=label,
                title=title,
                number=number,
                points=points_of(doc, index, skip),
                source=Source(doc=doc.name, section=title, line=section.line),
            )
        )
    return out
