"""Drafts for frameworks: term -> definition (basic), definition -> term (reversed), and the reversed
question as a choice among the document's other terms. Where a definition repeats most of its term
(`长期主义` for `长期主义思维`), that part is masked so no question gives its term away.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from quizgen.extract import outline
from quizgen.extract.abbreviations import spells
from quizgen.extract.frameworks import MIN_EN, MIN_ZH, MISCELLANY_HEADING, TERMS_HEADING, size
from quizgen.extract.lexicon import zipf_en
from quizgen.extract.numbers import Style, write
from quizgen.extract.outline import READING_LIST_TITLE
from quizgen.extract.principles import says_a_rule
from quizgen.extract.text import is_cjk, normalize, quoted_zh, segment
from quizgen.generate.definitions import whose_relation
from quizgen.generate.draft import BLANK, Draft, stable_order
from quizgen.generate.points import reads_as_clause_zh
from quizgen.model import Document, Fact, Framework

MASK_ZH = MASK_EN = BLANK
MASK_SHARE = 0.6  # mask a repeated piece of the term when it is at least this share of it
MASK_MIN = 3  # characters
_CLAUSE = re.compile(r"[，,；;]")


def _longest_shared(term: str, text: str) -> tuple[int, int] | None:
    """(start, end) in `text` of the longest piece of `term` it contains, case-insensitively."""
    low_term, low_text = term.lower(), text.lower()
    for length in range(len(low_term), 0, -1):
        for start in range(len(low_term) - length + 1):
            piece = low_term[start : start + length].strip()
            if not piece:
                continue
            at = low_text.find(piece)
            if at >= 0:
                return at, at + len(piece)
    return None


def mask_term(text: str, term: str, language: str) -> str:
    """`text` with the term masked wherever it stands whole, and the piece of it that text
    repeats masked when that piece gives the term away."""
    mask = MASK_ZH if language == "zh" else MASK_EN
    if _stands_alone(term, language):  # English: the whole word, "level" in "levels" too
        whole = re.escape(term.strip()) if language == "zh" else rf"(?<!\w){re.escape(term.strip())}\w*"
        text = re.sub(whole, mask, text, flags=re.I)
    for _ in range(3):  # a definition may repeat it more than once
        found = _longest_shared(term, text)
        if not found:
            break
        start, end = found
        if end - start < MASK_MIN or end - start < MASK_SHARE * len(term.strip()):
            break
        if language == "en":  # widen to whole words: "channel" in "channels"
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
        text = text[:start] + mask + text[end:]
    return text


def _without_term(definition: str, term: str, language: str) -> str:
    """The card answer with no mention of its term: cut before the clause that names it when
    enough is left, else masked."""
    at = definition.lower().find(term.strip().lower())
    if at < 0 or not _stands_alone(term, language) or len(term.strip()) == 1:
        return definition  # (an acronym's letter is its word's initial, no mention of it)
    cut = max((m.start() for m in _CLAUSE.finditer(definition, 0, at)), default=0)
    if cut and _used_inside_its_clause(definition, cut, at, at + len(term.strip())):
        return mask_term(
            definition, term, language
        )  # 保留…，只替换中间的行为: the clause is half the meaning
    if cut and size(definition[:cut], "zh" if language == "zh" else "en") >= (
        MIN_ZH if language == "zh" else MIN_EN
    ):
        return definition[:cut]
    return mask_term(definition, term, language)


_NAMED_AT_END = re.compile(r"^[\s”」』\"'*_)）]*(?:[。.!！?？]|$)")


def _used_inside_its_clause(definition: str, clause: int, start: int, end: int) -> bool:
    """Whether the term is a word inside a clause of the meaning (…，只替换中间的行为) rather than
    the subject of a new statement (…，留白让观者…) or the name the clause ends on (…，即所谓替换):
    such a clause is part of the meaning, kept with the term masked."""
    opens = not re.sub(r"[\s“「『\"'*_(（]", "", definition[clause + 1 : start])
    stop = _CLAUSE.search(definition, end)
    ends = _NAMED_AT_END.match(definition[end : stop.start() if stop else len(definition)])
    return not opens and not ends


def _stands_alone(term: str, language: str) -> bool:
    """Whether finding the term in a text means the text names it: a one-character Chinese term
    (形, 势) is mostly part of other words (形成, 优势)."""
    return len(term.strip()) >= (2 if language == "zh" else 1)


def _explanation(framework: Framework) -> str:
    return framework.sentence


def names_members(doc: Document, fw: Framework) -> bool:
    """A counted list's name defined by its members (Four stages of habits: notice, want, act,
    enjoy): asked for the members. Its own name is the context its members are asked in, so it
    is never an answer."""
    if fw.members:
        return True  # 第一环…第三环 under “锚链三环”: its members, counted by their headings
    return outline.counted(fw.term, doc.language) and outline.enumerates(fw.definition, doc.language)


def _members_question(doc: Document, fw: Framework) -> str:
    """“锚链三环”包括哪三环？ / What are the three steps of "The Feynman Technique"?"""
    count = len(fw.members)
    if doc.language == "zh":
        return f"{quoted_zh(fw.term)}包括哪{write(count, Style('cjk'))}{fw.unit}？"
    return f'What are the {write(count, Style("word"))} {fw.unit.lower()}s of "{fw.term}"?'


_A_CLASS_LABEL = re.compile(
    r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]{1,4}|[A-E]|[一二三四五六七八九十]{1,2})\s*(?:类|级|期|型|档)\s*$"
)
# a name quoted in a heading, the list it announces: 实操建议（她叫“收纳三步走”）
_QUOTED_IN_HEADING = re.compile(r"[“「\"](?P<name>[^”」\"]{2,12})[”」\"]")


def list_of(doc: Document, fw: Framework) -> str:
    """The list a term is asked within: the one a line above names, or for a Chinese term of one
    character (火, 土, 听), which says nothing alone, its heading: a name quoted in it
    (她叫“收纳三步走”), or the heading itself when it is a short name (修复流程, 主要人物);
    "" when there is none, and such a term is not asked (a question, a clause, a time code)."""
    if fw.group:  # 讲开会，用了三个词：…: a clause that announced the list names none of it
        return "" if re.search(r"[，；]", fw.group) else fw.group
    if doc.language != "zh" or not (len(fw.term.strip()) == 1 or _A_CLASS_LABEL.match(fw.term)):
        return ""  # (Ⅱ类, A 级, 二期: a class's label says nothing alone either)
    heading = _MARKUP.sub("", fw.source.section).strip()
    quoted = [m["name"] for m in _QUOTED_IN_HEADING.finditer(heading)]
    named = [q for q in quoted if outline.names_a_list(q, "zh")]
    if named:
        return named[0]
    title = re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", _HEADING_ASIDE.sub("", heading)).strip()
    if not re.fullmatch(rf"[\u4e00-\u9fff]{{2,{MAX_CONTEXT}}}", title) or outline.reads_as_clause(
        title, "zh"
    ):
        return ""
    return "" if fw.term in title else title


def basic_question(doc: Document, fw: Framework) -> str:
    """What the term means; a member of a counted list is asked within it (在“五种思维”中，…)."""
    if fw.members:
        return _members_question(doc, fw)
    if names_members(doc, fw):
        owner = _owner_of_a_bare_count(doc, fw)  # “四个阶段” of which model: the heading says
        if doc.language == "zh":
            return f"{f'在{quoted_zh(owner)}中，' if owner else ''}{quoted_zh(fw.term)}是哪些？"
        return f'In "{owner}", what are "{fw.term}"?' if owner else f'What are "{fw.term}"?'
    group = list_of(doc, fw)
    if group and says_a_rule(group, fw.definition, doc.language):  # it says, not stands for
        if doc.language == "zh":
            return f"在{quoted_zh(group)}中，{quoted_zh(fw.term)}说的是什么？"
        return f'In "{group}", what does "{fw.term}" say?'
    if group:
        if doc.language == "zh":
            return f"在{quoted_zh(group)}中，{quoted_zh(fw.term)}指什么？"
        if _LETTERS.fullmatch(fw.term) and not (
            _A_WORD.fullmatch(fw.term) and zipf_en(fw.term.lower()) >= EVERYDAY
        ):
            return f'In "{group}", what does "{fw.term}" stand for?'  # a letter or a code: K, RTO
        return f'In "{group}", what is "{fw.term}"?'  # SORT, Aeration: a word stands for nothing
    return f"什么是{quoted_zh(fw.term)}？" if doc.language == "zh" else f'What is meant by "{fw.term}"?'


# 四个阶段, the three steps: a count and a word any model has, which names no list without its owner
_BARE_COUNT = re.compile(
    r"^[一二三四五六七八九十两\d]+(?:个|种|类|条|点|大|项)?(?:维度|方面|来源|类型|阶段|步骤|原则|要素|特点|层次|部分|因素|条件|环节)$"
    r"|^(?:the\s+)?(?:two|three|four|five|six|seven|\d+)\s+(?:dimensions|aspects|sources|types|stages|steps|"
    r"principles|elements|features|levels|parts|factors|conditions)$",
    re.I,
)


# An aspect of something (its 原因, 特点, 影响, 标志; its features, signs, themes): a heading that names
# one is over labelled members of it (人才：… under 兴盛的原因, **Pleasant smell**: … under Features of
# a good starter), and a Chinese label that names one (标志：某个时代的起点) is the field of a record. A
# label may end on a few more only as a heading: 必要条件, 激发因素, 比较优势 are names of concepts.
_ASPECTS_ZH = (
    r"(?:原因|起因|背景|特点|表现|性质|标志|意义|影响|地位|作用|结果|结局"
    r"|目的|实质|内容|教训|评价|矛盾|经过|开端|方面)"
)
_HEADING_ASPECTS_ZH = r"(?:条件|因素|特征|特色|优点|缺点|优势|劣势|好处|主题|症状|征兆|迹象)"
_ASPECTS_EN = (
    r"(?:features?|characteristics|traits|qualities|benefits|advantages|drawbacks|themes|signs|symptoms"
    r"|hallmarks)"
)
_LABELS_HEADING = re.compile(
    rf"(?:{_ASPECTS_ZH}|{_HEADING_ASPECTS_ZH})$|^(?:背景|为什么|为何)|\b(?:reasons?|causes?|factors)$|^why\b"
    rf"|^(?:(?:key|main|core|common|major)\s+)?{_ASPECTS_EN}\b|\b{_ASPECTS_EN}$",
    re.I,
)
_ASPECT_LABEL_ZH = re.compile(rf"{_ASPECTS_ZH}$")
# 某某钢铁, 某某银行, Acme Inc: a firm's name, which a list of examples labels with its figure
_ORGANISATION = re.compile(
    r"(?:银行|钢铁|公司|集团|证券|保险|航空|药业|制药|百货|连锁|控股)$|\b(?:Inc|Corp|Corporation|Ltd|Bank|Company|Co)\.?$"
)
# Best talk, Favourite chapter, Recurring theme of the evening: the note-taker's rating or summary
_NOTES_RATING_EN = re.compile(
    r"^(?:best|worst|favou?rite|top|most\s+\w+)\b|\b(?:themes?|takeaways?|highlights?)\b", re.I
)


def _an_organisation(term: str) -> bool:
    return bool(_ORGANISATION.search(term.strip()))


def _a_notes_rating(term: str) -> bool:
    return term.isascii() and bool(_NOTES_RATING_EN.search(term.strip()))


def _a_labelled_member(doc: Document, fw: Framework) -> str | None:
    """The heading a labelled reason, feature or theme stands under (人才：… under 兴盛的原因,
    **Pleasant smell**: … under Features of a good starter), when the term is a short label: the list
    it is asked within, "" when the heading is too long to name; None when it is no such member."""
    short = len(fw.term) <= 6 if doc.language == "zh" else len(fw.term.split()) <= 3
    if not short or fw.group:
        return None
    title = heading_name(fw.source.section)
    aspect = doc.language == "zh" and bool(_ASPECT_LABEL_ZH.search(fw.term.strip()))
    if not (_LABELS_HEADING.search(title) or aspect):
        return None
    return heading_as_context(fw.source.section, fw.term, bare=True)  # 原因（论述题常考）


def bare_count(term: str) -> bool:
    return bool(_BARE_COUNT.match(term.strip()))


def _owner_of_a_bare_count(doc: Document, fw: Framework) -> str:
    """The heading a bare count (四个阶段) stands under, when it is a short name: whose they are."""
    title = heading_as_context(fw.source.section, fw.term) if bare_count(fw.term) else ""
    return "" if outline.reads_as_clause(title, doc.language) else title


def _basic(doc: Document, fw: Framework, anchor: str) -> Draft:
    question = basic_question(doc, fw)
    answer = _without_term(fw.definition, fw.term, doc.language)
    return Draft(
        kind="framework",
        type="basic",
        anchor=anchor,
        question=question,
        answer=answer,
        explanation=_explanation(fw),
        source=fw.source,
        fact=f"framework::{anchor}",
        score=2.0,
    )


_A_WORD = re.compile(r"[A-Za-z]{4,}")
_LETTERS = re.compile(r"[A-Za-z]|[A-Z][A-Z0-9&.]{1,5}")  # K, RTO, G.R.O.W.: letters that stand for words
EVERYDAY = 3.0  # wordfreq's Zipf scale: a word a reader knows (sort, guess, range), not a coinage
_MARKUP = re.compile(r"<[^>]+>|[*_`#]")
MAX_CONTEXT = 20  # characters of a heading worth putting before a question
MAX_CONTEXT_WORDS = 6  # words of an English heading worth putting before a question
# (…，…) or (第10–15章) closing a heading, ★ and what follows it: the note-taker's aside on the heading
_HEADING_ASIDE = re.compile(
    r"\s*(?:[★☆⭐].*|[（(][^（()）]*(?:[，,、!！]|第[^（()）]{1,10}章|重点|必考|考点|必背|我|自己|整理)[^（()）]*[）)])"
    r"\s*$"
)


_HEADING_MARK = re.compile(r"^【[^【】]{1,8}】\s*")
_HEADING_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|\d{1,2}[.、]\s*(?=[^\d\s.])|[一二三四五六七八九十]+[、.\uff0e]\s*(?=\S))"
)


def heading_name(section: str) -> str:
    """A section's title as a question can name it: without markup, and without the note-taker's
    aside on it (两类模型（入门，老师只提了几句）, 血糖调节 ★★★, 对照表（必考！）)."""
    title = _HEADING_ASIDE.sub("", _HEADING_ASIDE.sub("", _MARKUP.sub("", section))).strip()
    title = _HEADING_MARK.sub("", title) or title  # 【考点3】…的影响: the notes' mark on it
    title = _WHEN_LABEL.sub("", title) or title  # 下午 · 苗圃, Day 2 – Harbour: when the visit was
    return _HEADING_NUMBER.sub("", title)  # 4.1 动机三要素, 三、成本分类: the number is no part of it


_WHEN_LABEL = re.compile(
    r"^(?:上午|下午|中午|晚上|早上|傍晚|第[一二三四五六七八九十\d]+天|day\s*\d+|morning|afternoon|evening)"
    r"\s*(?:[·•|｜:：]|[—–-](?=\s))\s*",
    re.I,
)


# 笔记, 概述, 先做个概览, A brief overview: a heading over any notes, naming nothing they are about (a
# glossary's and a miscellany's are the extractor's own)
_NOTES_HEADING = re.compile(
    r"^(?:先|再|最后)?(?:放|来|做|写|说)?个?(?:笔记|总结|小结|概述|概览|总览|综述|正文|其他)$"
    r"|^(?:(?:an?\s+)?(?:quick|brief|short)\s+)?(?:notes?|summary|overview|other)(?:\s+first)?$",
    re.I,
)
_CLOSING_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


# Thurs 9 Nov, 3 March, Oct 14, 10月14日, 周三, 2024-03-12: a heading that dates a lecture or a day's notes
_MONTHS_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED_HEADING = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?\s*,?\s*\d"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS_EN}(?:\s|,|$)|\b{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:周|星期)[一二三四五六日天]|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b",
    re.I,
)


def heading_as_context(section: str, *said: str, bare: bool = False) -> str:
    """The heading a question may name as its context (在“…”中，, In "…",): its name (with `bare`,
    without a closing aside in brackets too) where it is short and is neither inside nor around what
    the question already says (`said`); "" otherwise. (Whether a clause may stand there is the
    caller's: 为什么要做… heads a list of reasons well, and a bare count badly.)"""
    title = heading_name(section)
    title = _CLOSING_ASIDE.sub("", title) if bare else title
    if TERMS_HEADING.fullmatch(title) or MISCELLANY_HEADING.search(title) or _NOTES_HEADING.match(title):
        return ""  # 在“概念”中: a heading over any notes names nothing they are about
    if _DATED_HEADING.search(title):
        return ""  # In "Thurs 9 Nov, room 4": when the session was held, not what it was about
    long = len(title.split()) > MAX_CONTEXT_WORDS if title.isascii() else len(title) > MAX_CONTEXT
    if not title or long:
        return ""
    key = normalize(title)
    if any(w and (key in normalize(w) or normalize(w) in key or _shortens(title, w)) for w in said):
        return ""
    return title


def _shortens(short: str, long: str) -> bool:
    """Whether a heading is the short form of what is said (茶协 of 茶叶协会, SLO of service level
    objective): named as the context, it gives the longer away."""
    letters = short.strip()
    if letters.isascii() and letters.isalpha() and 2 <= len(letters) <= 6 and " " in long.strip():
        return spells(letters.upper(), long.strip())
    short, long = normalize(short), normalize(long)
    # a Chinese short form takes a character or so of each word (茶协 of 茶叶协会); a longer
    # heading inside a term (漆器修护 over 漆器表面修护) names its kind, which is context
    if not 2 <= len(short) <= 3 or len(long) < len(short) + 2 or not all(map(is_cjk, short)):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _context_zh(fw: Framework, definition: str) -> str:
    """`在“三因素模型”中，` when the definition opens with its verb (引起…, 使…): a clause without its
    subject fits many things, and the heading it stands under says which model it belongs to."""
    from quizgen.generate.stems import opens_with_verb_zh

    title = heading_as_context(fw.source.section, fw.term)
    return f"在{quoted_zh(title)}中，" if title and opens_with_verb_zh(definition) else ""


# …准时交货的比例（on-time delivery rate）: an English name closing a Chinese definition is the term's
# own, in another language; asked for the term, it gives the answer away
_LATIN_GLOSS_END = re.compile(r"\s*[（(][A-Za-z][A-Za-z0-9 '’&/.-]*[）)]\s*$")


def reversed_question(doc: Document, fw: Framework) -> str:
    definition = mask_term(fw.definition, fw.term, doc.language)
    if doc.language == "zh" and _LATIN_GLOSS_END.search(definition):
        definition = _LATIN_GLOSS_END.sub("", definition) or definition
    if group := list_of(doc, fw):
        if doc.language == "zh":
            return f"在{quoted_zh(group)}中，哪一项是指：{definition}？"
        return f'In "{group}", which one means: {definition}?'
    if doc.language == "zh":
        # not the section's word (…模型) as the category: a term may be a factor; the heading as context
        return f"{_context_zh(fw, definition)}哪个概念是指：{definition}？"
    return f"Which term means: {definition}?"


def _reversed(doc: Document, fw: Framework, anchor: str, others: list[Framework]) -> list[Draft]:
    question = reversed_question(doc, fw)
    common = {
        "kind": "framework",
        "anchor": anchor,
        "question": question,
        "answer": fw.term,
        "explanation": _explanation(fw),
        "source": fw.source,
        "fact": f"framework::{anchor}",
    }
    # the term as the answer: what a learner names
    out = [Draft(type="reversed", score=2.1, **common)]  # type: ignore[arg-type]
    if len(others) >= 3:
        ranked = sorted(others, key=lambda o: hashlib.sha1(f"{anchor}\x1f{o.term}".encode()).hexdigest())
        # Prefer terms of the same list (same section) and of about the same length: the same
        # kind of name, so that `形` is not the odd one out among `五事`, `庙算`, `奇正`.
        ranked.sort(
            key=lambda o: (
                o.group != fw.group,
                o.source.section != fw.source.section,
                _length_gap(o, fw, doc.language),
            )
        )
        choices = stable_order(fw.term, [o.term for o in ranked[:3]], anchor)
        out.append(Draft(type="choice", score=1.2, choices=choices, **common))  # type: ignore[arg-type]
    return out


def _distinct_terms(frameworks: list[Framework]) -> list[Framework]:
    """Each term once (Cue in a list of steps and Cue in a list of laws is one choice)."""
    seen: set[str] = set()
    out: list[Framework] = []
    for fw in frameworks:
        if normalize(fw.term) not in seen:
            seen.add(normalize(fw.term))
            out.append(fw)
    return out


def _length_gap(other: Framework, fw: Framework, language: str) -> int:
    """How far two terms' lengths are apart, in characters (Chinese) or words (English), in
    steps: the same length, one apart, more."""

    def unit(term: str) -> int:
        return len(term.strip()) if language == "zh" else len(term.split())

    return min(abs(unit(other.term) - unit(fw.term)), 2)


def anchor_of(doc: Document, fw: Framework) -> str:
    """The term, normalised (an edited definition keeps the id; a renamed term is re-linked later),
    and the list it is a member of, if any."""
    if fw.group:
        return f"{doc.name}::{normalize(fw.group)}::{normalize(fw.term)}"
    return f"{doc.name}::{normalize(fw.term)}"


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    # a reading list's rows (**The Promise of Sleep** — W. Dement (1999)) cite works, define nothing
    frameworks = [
        f for f in facts if isinstance(f, Framework) and not READING_LIST_TITLE.search(f.source.section)
    ]
    out: list[Draft] = []
    marks_terms = _marks_its_terms(doc)
    for fw in frameworks:
        if not _LISTED_WITH_ITS_LINK.match(fw.definition):  # 即食、即热、即烹: 即 opens each word
            fw = replace(fw, definition=_LINK.sub("", fw.definition, count=1))
        if not is_definition(fw.definition) or (doc.language == "zh" and reads_as_clause_zh(fw.term)):
            continue  # 他讲了一个门诊案例：…: a sentence before the colon, not a term
        anchor = anchor_of(doc, fw)
        if doc.language == "zh" and (who := whose_relation(fw.term, fw.definition.strip())):
            # 林某：周家和吴家的儿子…: a person, asked by whose relation they are, not as a concept
            question = f"谁是{who}？"
            out.append(Draft("person", "basic", anchor, question, fw.term, fw.sentence, fw.source, anchor))
            continue
        others = _distinct_terms([o for o in frameworks if normalize(o.term) != normalize(fw.term)])
        if _A_CLASS_LABEL.match(fw.term) and not list_of(doc, fw):
            continue  # 什么是“Ⅳ类”？: a class of what, no heading above it says
        if _an_organisation(fw.term) or _a_notes_rating(fw.term):
            continue  # 某某银行：每位客户的存款; Best talk: the first one: a firm, a rating, no term
        member = _a_labelled_member(doc, fw)
        if member == "":
            continue  # a label under a heading too long to name: of what, the question could not say
        if member:  # 人才：书院林立… under 兴盛的原因: asked within that list, and never by its label
            fw = replace(fw, group=member)
        if not fw.group and (doc.language == "en" or marks_terms) and _an_unmarked_label(doc, fw):
            continue  # Pending: bloods, imaging…: a line's plain label, not a term (a list's members are)
        # the P of PACEP: which of its two Ps is a guess; 四个阶段 of nothing named: of which model
        orphan = names_members(doc, fw) and bare_count(fw.term) and not _owner_of_a_bare_count(doc, fw)
        basic = _basic(doc, fw, anchor)
        cut_to_a_word = not fw.group and _one_word(basic)  # (a letter's word, C: Calm, is what it means)
        if not _a_letter_twice(fw) and not orphan and not _an_everyday_word(doc, fw) and not cut_to_a_word:
            out.append(basic)
        # a definition that needs its own term is asked forward, and so is a list's name
        if (
            BLANK not in reversed_question(doc, fw)
            and not names_members(doc, fw)
            and not _gives_away(fw)
            and not member
        ):
            out.extend(_reversed(doc, fw, anchor, others))
    return out


def _one_word(draft: Draft) -> bool:
    """Whether a card's meaning is one English word (Duty to rescue — limited. …): a
    quality or a side of the term, cut from what explains it, no meaning."""
    answer = draft.answer.strip().rstrip(".")
    return answer.isascii() and len(answer.split()) == 1


# Written: signed form; Sellers: small mills, two ports; Gloves: essential: an English label of one everyday
# word (a type, a heading, a rating's subject) asked "what is meant by" it asks what the word means
# to anyone; judges kept 1 of 12 such (4 of 16 with lowercase ones and codes, which stay asked). A
# glossary's gloss (Ledger: A book a firm keeps its accounts in) opens with its article, and stays; so does
# the word asked back from its meaning.
_TITLE_WORD = re.compile(r"[A-Z][a-z]{3,}")
_GLOSS = re.compile(r"(?:an?|the)\s", re.I)
COMMON_WORD = 3.5  # Zipf: window, sellers, written (a rotor, 3.4, is a term)


def _an_everyday_word(doc: Document, fw: Framework) -> bool:
    term = fw.term.strip()
    return (
        doc.language == "en"
        and not fw.group
        and bool(_TITLE_WORD.fullmatch(term))
        and zipf_en(term.lower()) >= COMMON_WORD
        and not _GLOSS.match(fw.definition.strip())
    )


# Pending: bloods, imaging…; 设备：压书机、切纸机…: the plain label a line of notes opens with names
# anything (a heading, a symptom, a step, a ward's list); asked as a term, either way round, it read
# as nonsense to judges (they kept 25 of 96 asked back, 6 of 27 asked forward). A label the writer
# set apart (bold, italic, quoted, or given its abbreviation) they kept three times in four. Chinese
# notes and textbooks often set no term apart at all: there a plain label is a term unless the
# writer bolds others (MARKED_LABELS of them).
_SET_APART_LABEL = re.compile(r"^(?:\*\*|__|\*|_|[“\"「『《]|<b>|<strong>)")
_ITS_ABBREVIATION = re.compile(r"\s*[（(][A-Z][A-Za-z0-9]{1,6}[）)]")
# what ends a label: a colon, an equals sign or a dash after it, an aside in brackets before them (a
# term alone on its line, its meaning in the bullets below, is no label)
_LABEL_END = re.compile(r"\s*(?:[（(][^）)]{0,30}[）)]\s*)?(?:[:：=]|[—–]|-\s)")
# 稳：手腕不晃…, 硬木类：橡木…: a mnemonic's one character, a class and its members (terms all the same)
_A_CLASS_OR_A_LETTER = re.compile(r"[\u4e00-\u9fff]|[\u4e00-\u9fff\u2160-\u216b]{1,6}[类型]")
MARKED_LABELS = 2
_BOLD_LABEL = re.compile(r"^(?:[-*+]\s+)?(?:\*\*|__)[^*_\n]{1,30}(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])")


def _marks_its_terms(doc: Document) -> bool:
    """Whether the writer bolds the labels of lines they mean as terms (**X**：…), MARKED_LABELS times."""
    return sum(1 for _, block in doc.all_blocks() if _BOLD_LABEL.match(block.raw.strip())) >= MARKED_LABELS


def _an_unmarked_label(doc: Document, fw: Framework) -> bool:
    """Whether the term is the plain label that opens its line, nothing setting it apart."""
    block = doc.index.block_at_line(fw.source.line)
    if block is None:
        return False
    raw = block.raw.strip()
    term = fw.term.strip()
    if _SET_APART_LABEL.match(raw) or not term or not raw.lower().startswith(term.lower()):
        return False
    if _A_CLASS_OR_A_LETTER.fullmatch(term):
        return False  # 硬木类：橡木、胡桃木…; 稳：手腕不晃…: a class and its members, a mnemonic's character
    return not _ITS_ABBREVIATION.match(raw, len(term)) and bool(_LABEL_END.match(raw, len(term)))


def _a_letter_twice(fw: Framework) -> bool:
    """Whether the member is a letter its group's acronym holds twice (the P of PACEP)."""
    letter = fw.term.strip().upper()
    acronyms = re.findall(r"\b[A-Z](?:\.?[A-Z]){2,}\b\.?", fw.group)
    return len(letter) == 1 and any(a.replace(".", "").count(letter) >= 2 for a in acronyms)


def _gives_away(fw: Framework) -> bool:
    """A Chinese term whose definition says it: a one-character term, the first character of a
    two-character one (泡皮：清水泡 3–5 天; 刻工：专门雕刻…的人), or the words of a longer one:
    asked for it, the definition hands the learner the name. The second character of two is the
    compound's head, which a definition may share with it (留白：…的空白部分)."""
    term = _LATIN_GLOSS_END.sub("", fw.term.strip())  # 借贷（borrowing）: its English name aside
    if not term or not all(map(is_cjk, term)):
        return False
    if len(term) == 1:  # 揭：把旧的命纸揭掉
        return term in fw.definition
    if len(term) == 2:
        return term[0] in fw.definition
    # 两高一低 asked by 房价高、负债高、利率低: a name made of counts and the words they
    # count, each word in the definition
    counted = _NUMERALS_ZH.sub("", term)
    if len(term) - len(counted) >= 2 and len(counted) >= 2 and all(c in fw.definition for c in counted):
        return True
    # 礼治秩序 asked by 靠“礼”维持秩序: the definition says the head word and the start of each other
    # word (订单密度 asked by 同一片区订单的集中 keeps its head, 密度, to be recalled)
    words = segment(term)
    head = words[-1]
    if len(words) >= 2 and all(word in fw.definition for word in words):
        return True  # 带宽税 asked by 占用了带宽…交一笔税: every word of it, whole
    content = [word for word in words if len(word) >= 2]
    if len(content) >= 2 and all(word in fw.definition for word in content):
        return True  # 从存量到增量 asked by …存量客户…增量市场: its words, the 从 and 到 between them aside
    return (
        len(words) >= 2
        and len(head) >= 2
        and head in fw.definition
        and all(word[0] in fw.definition for word in words[:-1])
    )


_NUMERALS_ZH = re.compile(r"[一二两三四五六七八九十百千万\d]")


# The word that links a term to its definition (X：即…, X是指…, X: i.e. …) is not part of the
# answer; a word that merely opens with one (即时, 指标) is.
_LINK = re.compile(
    r"^(?:即(?![使便将刻时])|也就是说?|就是|是指|指的是|指(?![标南导数令针挥纹出定引责示望])"
    r"|i\.e\.,?|that is,)\s*",
    re.I,
)
# A list whose every member opens with the link word (即食、即热、即烹) keeps it: there it is a word's.
_LISTED_WITH_ITS_LINK = re.compile(r"^(?P<w>即|指)[\u4e00-\u9fff]{1,3}(?:[、，,](?P=w)[\u4e00-\u9fff]{1,3})+")
# A definition cut down to an adverbial (在任何一次谈判中, when it rains): the clause that defined
# the term was lost in the cut.
_ADVERBIAL_ZH = re.compile(
    r"^(?:在|当|于|从|自|对于|关于|随着|通过)[^，,。]{0,16}(?:中|时|上|里|下|后|前|内|外)?$"
)
# Used when a conductor cuts…, Applies if…: when it is used, not what it is (the English 多用于…)
_WHEN_IT_IS_USED_EN = re.compile(
    r"^(?:is\s+)?(?:used|applies|applied|apply)\s+(?:when|where|if|whenever)\b", re.I
)
_ADVERBIAL_EN = re.compile(r"^(?:in|on|at|when|while|during|after|before|for|with|by)\b[^,.]{0,40}$", re.I)


# What a `**label**：…` line says about its label rather than what the label is: a comparison
# (比固定上床时间更重要), advice (控制在20到30分钟), a fragment that ends on where or when
# (短期实验中), or a sentence with a subject of its own (疲劳驾驶是事故的主要原因之一).
_NOT_WHAT_ZH = re.compile(
    r"^(?:比|控制在|保持在|不超过|不要|尽量|最好|务必)|^[^，,。]{2,16}(?:中|时|后|期间)$|"
    r"^[\u4e00-\u9fff]{2,8}是[^，,。]*之一$|"
    # what it does or whom it suits (会加重失眠, 对…有用, 久病的可以尝试): its effect, not its meaning
    r"^会|^对[^，,。]{1,20}(?:有用|有效|有帮助|有好处)|(?:的|者)(?:可以|可)(?:考虑|评估|选择|尝试)|"
    # 频率约10⁻⁹赫兹, 售价 199 元: a measure of the thing, a spec rather than what it is
    r"^(?:频率|温度|价格|售价|重量|长度|面积|容量|功率|电压|速度|时长|周期|高度|直径|波长)\s*(?:约|为|是|在|[：:])?\s*[约~≈]?"
    r"\s*\d[^的，,。；;]*$|"
    # 多用于门楣、屏风: where it is used, no head noun saying what it is (用于撬动重物的工具 says)
    r"^(?:多|常|主要|一般)?(?:用于|见于|出现在|分布在|分布于)[^的]*$|"
    # 作者引用了两份树轮研究: what the author did with it, not what it is
    r"^(?:作者|书中|文中|本书|书里)(?:引用|提到|认为|指出|说|举了?)|"
    # 就像给每一步拍张照片: what it is like, a likeness, not what it is
    r"^(?:就像|就好像|好比|如同|犹如|仿佛)"
)


# Words that only rank something (最关键的一步, 首选, the hardest part, the most important) say how
# much it matters, not what it is: no definition, and no blank (…——[最主要]).
RANK_ONLY = re.compile(
    r"^(?:是)?(?:最|第一)[\u4e00-\u9fff]{1,4}?(?:的(?:一步|一环|环节|步骤|部分|工序|地方|一个|一项)?)?$"
    r"|^(?:是)?(?:金标准|首选|标配|必备|必选|主力|王牌)$"
    r"|^(?:the\s+|a\s+|one\s+of\s+the\s+)?(?:most\s+\w+|hardest|key|crucial|trickiest|easiest|first|last)"
    r"\s+(?:step|part|stage|bit|one|phase)s?$"
    r"|^(?:the\s+)?(?:most important|main|primary|biggest|largest)$",
    re.I,
)


def is_definition(definition: str) -> bool:
    text = definition.strip(" 。.；;，,")
    return not (
        _ADVERBIAL_ZH.match(text)
        or _ADVERBIAL_EN.match(text)
        or _NOT_WHAT_ZH.search(text)
        or RANK_ONLY.match(text)
        or _WHEN_IT_IS_USED_EN.match(text)
    )
