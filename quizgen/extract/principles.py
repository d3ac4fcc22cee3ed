"""Principles set out as numbered headings (`## The principles` over `**1. The Two-Minute Floor**`,
`**2. Name the Cost Out Loud**`, … or `原则一：先慢后快`): each heading names a principle, and the
first sentence under it says what the principle is. A teacher asks both ways: what the principle
says, and which principle says it.

Only a run of three or more headings numbered 1, 2, 3 … in turn counts, and only under a heading
(or with titles) that call them principles, rules, laws, lessons, habits, 原则, 法则 …: a book's
numbered chapters are summaries, not principles, and their first sentences define nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from quizgen.extract.numbers import value_of
from quizgen.extract.text import split_sentences, unbalanced
from quizgen.model import Block, Document, Language, Section

# the words a heading calls its rules by, each language's once
_RULE_WORDS_ZH = r"原则|法则|定律|规则|规律|守则|铁律|心法|习惯|建议|要点|支柱|信条|戒律"
_RULE_WORDS_EN = (
    r"principles?|rules?|laws?|lessons?|habits?|tips?|strategies|pillars?|practices|tenets?|"
    r"commandments?|maxims?|heuristics?"
)
_KINDS_OF_RULE = re.compile(rf"{_RULE_WORDS_ZH}|\b(?:{_RULE_WORDS_EN})\b", re.I)
# ...and those of them that are statements, said in a sentence (a law says; a pillar or a practice is
# something done, and is what its sentence describes)
_STATEMENTS = re.compile(
    r"原则|法则|定律|规则|规律|守则|铁律|信条|戒律|\b(?:principles?|rules?|laws?|lessons?|tenets?|"
    r"commandments?|maxims?|heuristics?)\b",
    re.I,
)
_NUMBER = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_NUMBERED_TITLE = re.compile(
    rf"^\s*(?:(?:principle|rule|law|lesson|habit|tip|第)\s*)?{_NUMBER}\s*(?:条|个)?\s*(?:[.、:：)）—–]|\s-)\s*"
    rf"|^\s*(?:原则|法则|定律|规则|习惯|建议){_NUMBER}\s*[.、:：]?\s*",
    re.I,
)
RUN = 3  # numbered headings in a row that make a list of principles
WORDS_EN = (5, 40)  # a first sentence that states a principle, in words …
CHARS_ZH = (8, 80)  # … or characters
_PERSONAL = re.compile(r"我|你|\b(?:I|my|me|we|our)\b")


def names_rules(heading: str) -> bool:
    """Whether a heading calls what it lists principles, rules, laws, lessons, 原则 …"""
    return bool(_KINDS_OF_RULE.search(heading))


def says_a_rule(group: str, definition: str, language: Language) -> bool:
    """Whether a member of `group` is a principle stated in a sentence (what it says), not a short
    gloss (Signal: keep it loud, which it stands for) nor a practice its sentence describes (three
    supports: Night patrols — crews walk the lines after dark…)."""
    size = len(definition) if language == "zh" else len(definition.split())
    return bool(_STATEMENTS.search(group)) and size >= (10 if language == "zh" else 5)


@dataclass(frozen=True, slots=True)
class Principle:
    """A numbered heading's principle: its name, the sentence under it that says what it is, the
    block that sentence opens, and the heading that announces the list."""

    section: Section
    name: str
    sentence: str
    block: Block
    group: str


def principles(doc: Document) -> list[Principle]:
    """Each principle a document sets out under numbered headings, in document order."""
    sections = doc.sections
    numbers = [_number(s) for s in sections]
    out: list[Principle] = []
    i = 0
    while i < len(sections):
        run = _run_from(numbers, sections, i)
        if len(run) >= RUN:
            above = sections[i - 1].title if i > 0 and numbers[i - 1] is None else ""
            # (the titles themselves: most of them, not one among a chapter's 本章要点, 核心概念, …)
            if names_rules(above) or sum(names_rules(sections[j].title) for j in run) * 2 > len(run):
                out.extend(p for j in run if (p := _principle(sections[j], above, doc.language)))
            i = run[-1] + 1
        else:
            i += 1
    out.extend(listed_principles(doc))
    taken = {id(p.section) for p in out}
    for found in member_runs(doc):  # 第一环：价值锚 under “锚链三环”: each member's first sentence says it
        for section, name in zip(found.sections, found.members, strict=True):
            principle = None if id(section) in taken else _principle(section, found.group, doc.language, name)
            out.extend([principle] if principle else [])
    return sorted(out, key=lambda p: p.block.line)


# 1. **Retry at one layer only.** Ideally…: a numbered item that opens with its bold name
_RUN_IN_NAME = re.compile(
    r"^\s*(?:\*\*|__)(?P<name>[^*_]{2,80}?)\s*(?:[.。!！]\s*(?:\*\*|__)|(?:\*\*|__)\s*[.。!！])\s*(?P<rest>\S.*)$"
)  # (a bold label before a colon, **Write:** …, is a term the definitions read)
# The four rules slide, 我总结的三条原则: the counted name of the rules a heading announces
_COUNTED_RULES_EN = re.compile(
    rf"\b(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:[\w-]+\s+)?(?:{_RULE_WORDS_EN})\b",
    re.I,
)
_COUNTED_RULES_ZH = re.compile(rf"[一二两三四五六七八九十\d]{{1,2}}\s*[条个大项点]?\s*(?:{_RULE_WORDS_ZH})")


def _rules_named(text: str, language: Language) -> str:
    """The name a heading or a line gives the rules it lists: its counted phrase (The four rules),
    or the whole heading when it calls them rules without a count; "" when it does not."""
    found = (_COUNTED_RULES_ZH if language == "zh" else _COUNTED_RULES_EN).search(text)
    if found:
        name = found.group().strip()
        return name[:1].upper() + name[1:]
    text = text.strip(" *_：:")
    return text if names_rules(text) and _names_a_member(text, language) else ""


def listed_principles(doc: Document) -> list[Principle]:
    """Rules laid out as a numbered list whose items open with their bold names (`1. **Retry at one
    layer only.** …`) under a heading or a line that calls them rules: each name is a principle,
    and the first sentence after it says what it is."""
    out: list[Principle] = []
    for section in doc.sections:
        blocks = section.blocks
        i = 0
        while i < len(blocks):
            run = _numbered_run(blocks, i)
            if len(run) < RUN:
                i += 1
                continue
            intro = blocks[i - 1].text if i > 0 and blocks[i - 1].kind not in ("bullet", "numbered") else ""
            group = _rules_named(intro, doc.language) or _rules_named(section.title, doc.language)
            for block in run if group else []:
                found = _RUN_IN_NAME.match(block.raw)
                if found and (principle := _stated(section, block, found, group, doc.language)):
                    out.append(principle)
            i += len(run)
    return out


def _numbered_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """The numbered items 1, 2, 3 … from `start`, at one depth, each opening with its bold name."""
    run: list[Block] = []
    for block in blocks[start:]:
        if (
            block.kind != "numbered"
            or block.label.strip(".、)） ") != str(len(run) + 1)
            or (run and block.depth != run[0].depth)
            or not _RUN_IN_NAME.match(block.raw)
        ):
            break
        run.append(block)
    return run


def _stated(
    section: Section, block: Block, found: re.Match[str], group: str, language: Language
) -> Principle | None:
    name = re.sub(r"[*_`]", "", found["name"]).strip()
    rest = re.sub(r"[*_`]", "", found["rest"]).strip()
    sentences = split_sentences(rest)
    sentence = _as_principle(sentences[0].strip() if sentences else "", language)
    if not sentence or not _names_a_principle(name, language):
        return None
    return Principle(section, name, sentence, block, group)


def _number(section: Section) -> int | None:
    label = section.label.strip().rstrip(".、")
    text = label if label else section.title
    found = re.fullmatch(_NUMBER, label) if label else _NUMBERED_TITLE.match(text)
    if not found:
        return None
    value = value_of(next(g for g in found.groups() if g))
    return int(value) if value else None


def _name(section: Section) -> str:
    return _NUMBERED_TITLE.sub("", section.title, count=1).strip(" *_")


def _run_from(
    numbers: Sequence[int | None], sections: Sequence[Section], start: int, kinds: Sequence[str] = ()
) -> list[int]:
    """The sections numbered 1, 2, 3 … in turn from `start` (numbered 1), at one level, and of one
    kind where `kinds` says each section's (环 in 第一环, 第二环: not 第三步)."""
    if numbers[start] != 1:
        return []
    kind = kinds[start] if kinds else ""
    run = [start]
    for j in range(start + 1, len(sections)):
        if numbers[j] != len(run) + 1 or sections[j].level != sections[start].level:
            break
        if kinds and kinds[j] != kind:
            break
        run.append(j)
    return run


def _principle(section: Section, group: str, language: Language, name: str = "") -> Principle | None:
    name = name or _name(section)
    first = next((b for b in section.blocks if b.kind in ("paragraph", "quote")), None)
    if not _names_a_principle(name, language) or first is None or first is not section.blocks[0]:
        return None
    sentences = split_sentences(_LABEL_FIRST.sub("", first.text.strip()))
    sentence = _as_principle(sentences[0].strip() if sentences else "", language)
    return Principle(section, name, sentence, first, group) if sentence else None


def _as_principle(sentence: str, language: Language) -> str:
    """The sentence when it states a principle; "" when it is a remark on it, its setting, a
    question, the writer's own words or cut before it ends."""
    size = len(sentence) if language == "zh" else len(sentence.split())
    low, high = CHARS_ZH if language == "zh" else WORDS_EN
    if not low <= size <= high or sentence.endswith(("?", "？")) or _PERSONAL.search(sentence):
        return ""
    if _POINTING.match(sentence) or _HEDGE.match(sentence):  # 这条比较常规…, Probably the core of…
        return ""  # a remark on the rule, not the rule
    if _CONTEXT.match(sentence):  # 很多项目只规划到站点…, The author argues…: the setting, not the rule
        return ""
    if sentence.endswith((";", "；", ":", "：")) or unbalanced(sentence):
        return ""  # cut before its sentence ends
    return sentence


NAME_WORDS_EN = 8  # Borrow a Witness, Not an Audience: a principle's name may be a short imperative
NAME_CHARS_ZH = 16


# A heading that states the idea itself (Friction is a resource, not a cost; 质量是底线) names no principle
_STATES = re.compile(r"\b(?:is|are|was|were|determines|means|makes)\b|是|决定|在于", re.I)
# a label before the sentence (核心意思：…, Definition: …) is the notes' layout, not the principle
_LABEL_FIRST = re.compile(r"^(?:[^，,。：:\s]{1,6}|[A-Za-z]+(?: [A-Za-z]+){0,2})\s*[:：]\s*")
_HEDGE = re.compile(
    r"^(?:probably|maybe|perhaps|honestly|arguably|possibly|ideally|basically|大概|可能|估计|个人觉得|理想情况下)",
    re.I,
)
_POINTING = re.compile(r"^(?:这|那|此|本)|^(?:this|that|these|those|it)\b", re.I)
# A first sentence that tells how things are done now, or what the author or a chapter says, sets the
# principle up rather than stating it (a slogan title, 先量脚步，再画道路, over 规划者习惯用车速…)
_CONTEXT = re.compile(
    r"^(?:很多|许多|大多数|大部分|多数|不少|一些|人们|过去|传统上|通常|一般来说|规划者|设计者|管理者|"
    r"作者|书中|本章|这一章|最后一章|第[一二三四五六七八九十]+章)"
    r"|^(?:many|most|some|people|traditionally|in the past|usually|the author|the book|this chapter|"
    r"the (?:last|final|first) chapter)\b",
    re.I,
)


def _names_a_principle(name: str, language: Language) -> bool:
    if not name or re.search(r"[。？?！!；;]", name) or _PERSONAL.search(name) or _STATES.search(name):
        return False
    if name[0] in "\uff5e~-–—至到（(":  # 法则六至八（简记）: a range of rules noted together
        return False
    return len(name) <= NAME_CHARS_ZH if language == "zh" else len(name.split()) <= NAME_WORDS_EN


# 第一环：价值锚（Value Anchor）, 第二步 行为链, Step 3: Explain it simply, Layer 2 — Memory: a heading that
# counts itself a member of a set by its own word for the members (环, 步, step, layer); a book's or a
# course's parts (第一章, Lesson 2, Week 3) are its layout, not a set to learn.
_MEMBER_TITLE_ZH = re.compile(
    rf"^\s*第{_NUMBER}\s*(?P<unit>[\u4e00-\u9fff])\s*[：:、.\uff0e—–\-\s]\s*(?P<name>\S.*)$"
)
_MEMBER_TITLE_EN = re.compile(
    r"^\s*(?P<unit>step|stage|phase|layer|level|ring|pillar|principle|rule|law|habit|tier|circle|key|move)"
    rf"\s*{_NUMBER}\s*[:.—–\-]\s*(?P<name>\S.*)$",
    re.I,
)
_LAYOUT_UNITS = frozenset("章节讲课篇集期天周回幕卷部季场次")
_GLOSS = re.compile(r"\s*[（(][^）)]*[）)]\s*$")
_QUOTED_NAME = re.compile(r"“([^”]{2,16})”|「([^」]{2,16})」|\"([^\"]{2,40})\"|《([^》]{2,16})》")
MEMBERS = 2  # ordinal headings in a row, each naming its own kind of member, that make a set


class _Title(NamedTuple):  # 第二环：行为链 -> (2, "环", "行为链"): a heading counting itself a member
    number: int
    unit: str
    name: str


@dataclass(frozen=True, slots=True)
class Members:
    """A set laid out as ordinal sub-headings (第一环…第三环 under “锚链三环”): its name, the word
    for its members (环, step), the members' names in order, and the heading that names the set."""

    group: str
    unit: str
    members: tuple[str, ...]
    section: Section
    sections: tuple[Section, ...]  # the members' own headings


def member_runs(doc: Document) -> list[Members]:
    """Each set a document lays out as ordinal sub-headings with a word for their kind."""
    sections = doc.sections
    titles = [_member_title(s) for s in sections]
    numbers = [t.number if t else None for t in titles]
    units = [t.unit.lower() if t else "" for t in titles]
    out: list[Members] = []
    i = 0
    while i < len(sections):
        run = _run_from(numbers, sections, i, units)
        if len(run) < MEMBERS:
            i += 1
            continue
        parent = next((s for s in reversed(sections[:i]) if s.level < sections[i].level), None)
        group = _set_name(parent.title, doc.language) if parent is not None else ""
        read = [t for k in run if (t := titles[k]) is not None]
        names = tuple(_GLOSS.sub("", title.name).strip(" *_") for title in read)
        counted = _count_named(parent.title, group) if parent is not None else None
        if counted is not None and counted != len(names):
            i = run[-1] + 1  # 四步复盘法 over three of its steps: some were not read, so none is asked
            continue
        if parent is not None and group and all(_names_a_member(n, doc.language) for n in names):
            members = tuple(sections[k] for k in run)
            out.append(Members(group, read[0].unit, names, parent, members))
        i = run[-1] + 1
    return out


_COUNT_IN_TITLE = re.compile(
    r"(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:步|个|条|环|层|点|招|段|阶段|要素)"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:steps|stages|parts|phases|rules|principles|pillars)\b",
    re.I,
)
_NAME_PARTS = re.compile(r"\s*[–—―\-/、]\s*")


def _count_named(title: str, group: str) -> int | None:
    """How many members the heading says the set has: a count (四步复盘法, four steps), or the parts
    of a name joined by dashes (源—证—用—存); None when it says no number."""
    found = _COUNT_IN_TITLE.search(title)
    if found:
        return int(value_of(found.group(1) or found.group(2)) or 0) or None
    parts = [p for p in _NAME_PARTS.split(group) if p]
    return len(parts) if len(parts) >= 2 and all(len(p) <= 3 for p in parts) else None


def _member_title(section: Section) -> _Title | None:
    """(number, unit, name) of a heading that counts itself a member (第二环：行为链)."""
    text = f"{section.label}{'：' if section.label else ''}{section.title}"
    found = _MEMBER_TITLE_ZH.match(text) or _MEMBER_TITLE_EN.match(text)
    if not found or found["unit"] in _LAYOUT_UNITS:
        return None
    number = value_of(next(g for g in found.groups() if g and g != found["unit"] and g != found["name"]))
    return _Title(int(number), found["unit"], found["name"].strip()) if number else None


def _set_name(title: str, language: Language) -> str:
    """The set's name in the heading above its members: the term it quotes (“锚链三环”框架——…), or
    the heading itself when it is short enough to be a name (The Feynman Technique)."""
    quoted = _QUOTED_NAME.search(title)
    if quoted:
        return next(g for g in quoted.groups() if g)
    name = re.sub(r"^[^：:]{1,8}[：:]\s*", "", title).strip(" *_")  # 核心观点二：… is the notes' numbering
    return name if _names_a_member(name, language) else ""


def _names_a_member(name: str, language: Language) -> bool:
    if not name or re.search(r"[。？?！!；;，,]", name) or _PERSONAL.search(name):
        return False
    return len(name) <= NAME_CHARS_ZH if language == "zh" else len(name.split()) <= NAME_WORDS_EN
