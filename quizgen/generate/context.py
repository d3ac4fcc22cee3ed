"""A stem's heading as its context: under `长乐宫灯` or `The Salt Road`, a line of notes
(`[…]在城西古井里发现`, `Most carts took […] to reach the coast`) leaves out what it is about,
because its heading says it. Asked alone, the blank could be anything's; with the heading set
before it (`长乐宫灯——[…]在城西古井里发现`) it is the one the notes mean.

Only a heading that names a subject is set before a cloze: not a kind of section (Key takeaways,
小结), a question, a timestamp or a long sentence; only where the stem does not already name it;
never where it would give the answer away. A term asked by a short meaning (火力猛，烟有点呛 → 松木)
is asked within its heading (在“柴火”中，…), which says what the few words describe.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from quizgen.extract.lexicon import words, zipf_en
from quizgen.extract.text import normalize, quoted_zh
from quizgen.extract.themes import clean_title, is_generic_heading
from quizgen.generate.draft import BLANK, Draft
from quizgen.generate.frameworks import heading_as_context
from quizgen.ingest.layout import NOTE_LABEL

CONTEXT_KINDS = frozenset({"claim", "figure"})

_CJK = re.compile(r"[\u4e00-\u9fff]")
# 1. , 一、, 第三站：, Ch 2 –, Stop 5 -, Lecture 3:, 【考点甲】, Q2：: where the heading stands in its list
_ENUMERATOR = re.compile(
    r"^(?:[\d一二三四五六七八九十]+[.、)）]\s*"
    r"|第[一二三四五六七八九十百\d]+[章节讲课级部分篇回天站]\s*[：:、.]?\s*"
    r"|(?:ch(?:apter)?|part|stop|step|lecture|lec|wk|week|day|room|session|unit|module|episode|ep)"
    r"\.?\s*\d+[a-z]?\s*[-–—:.|]\s*"
    r"|【[^】]*】\s*|q\d+\s*[：:.]\s*)",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*[（(][^（()）]*[)）]|\s*[→|].*$")
_NOT_A_SUBJECT = re.compile(
    r"[?？:：!！]|\d{1,2}:\d{2}|^\W"
    # 我的困惑, my questions: the note-taker's own; 几个小点, 其他, misc: odds and ends, no subject
    r"|我|自己|\b(?:my|our|I)\b|几[个点条]|小点|其他|其它|补充|零碎|杂|问答|答疑"
    r"|\b(?:misc|other|others|random|bits|extras?|q&a)\b"
    # 编辑 某某, 记者 某某 / 文, Edited by …: a byline's credit, whoever it names
    r"|^(?:编辑|责编|责任编辑|记者|作者|撰文|文字?|摄影?|图|校对|审校|监制|出品)\s*[:：|｜/]?\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)"
    r"|^(?:by|edited by|words by|photos? by|reporting by)\s",
    re.IGNORECASE,
)
# a capitalised word after the stem's first (Ada does…, …the Guild): it names its subject
_NAMED_EN = re.compile(r"(?<=[\w,;)\]…]\s)[A-Z][a-z]|(?<=\w\s)[A-Z]{2,}")
_STOP_EN = frozenset(
    words(
        """
    the a an of and or in on at to for with by from is are was were be its it this that his her their
    how why what when who vs
    """
    )
)


@lru_cache(maxsize=4096)
def subject_of(section: str) -> str:
    """The heading as a subject to set before a stem, or "" when it names none: a thing's name
    (长乐宫灯, 洛水桥, The Salt Road, Quillwort), not a theme's phrase (家庭与事业的平衡, Figures to
    remember), which says what the section is about, not what its lines are of."""
    title = clean_title(section)
    title = _ENUMERATOR.sub("", title, count=1).strip()
    title = _ASIDE.sub("", title).strip(" -–—")
    about = _ABOUT_ZH.fullmatch(title)  # 关于褪黑素: the section says what it is about
    if about and not _PHRASE_ZH.search(about["thing"]):
        return about["thing"]
    labelled = _LABELLED_ACRONYM.fullmatch(title)  # 她最推荐的：CBT-I: the label's name is the subject
    if labelled and not _NOT_A_SUBJECT.search(labelled["label"]):
        return labelled["thing"]
    if not title or _NOT_A_SUBJECT.search(title) or is_generic_heading(title) or NOTE_LABEL.match(title):
        return ""
    if _CJK.search(title):
        return title if _names_a_thing_zh(title) else ""
    return title if _names_a_thing_en(title) else ""


_ABOUT_ZH = re.compile(r"(?:关于|说说|聊聊|谈谈)(?P<thing>[\u4e00-\u9fff]{2,6})")
_LABELLED_ACRONYM = re.compile(
    r"(?P<label>[^：:]{1,10})[：:]\s*(?P<thing>[A-Z][A-Za-z0-9]*[A-Z](?:-[A-Z0-9]+)*)"
)
_AN_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z](?:-[A-Z0-9]+)*")
MAX_CHARS_ZH = 8
MAX_WORDS_EN = 4
# 的, 与, 关于, 如何…: a phrase or a clause, not a name; 阐述, 收获, 总结…: a kind of section
_PHRASE_ZH = re.compile(
    r"[的与和及、或了吗呢吧们]|关于|一些|如何|怎么|为什么|是|有|在"
    r"|阐述|收获|精华|总结|感想|笔记|要点|重点|结论|观点|分析|问题|讨论|案例|例子|背景|介绍|简介|经历|启示"
    r"|思考|意义|方法|原则|策略|模式|管理|之道|建议|现状|趋势|挑战|回顾|展望|部分|章节|内容"
)
_LABEL_WORDS_EN = frozenset(
    words(
        """
    chapter summary numbers figures stats remember remembering worth notes key takeaways lessons
    ideas thoughts quotes questions overview recap review part section session lecture highlights
    intro conclusion things stuff points why how what
    """
    )
)


PROPER_ZH = frozenset({"nr", "ns", "nt", "nz"})  # jieba's tags for a person's, place's, body's or other name
RARE_EN = 3.5  # wordfreq's Zipf scale: a one-word heading this rare names a thing (Quillwort)


def _names_a_thing_zh(title: str) -> bool:
    """Nouns only, one of them a name (长乐宫灯, 洛水桥), not a common noun's label (时间线, 规格)."""
    import jieba.posseg

    if not 2 <= len(title) <= MAX_CHARS_ZH or _PHRASE_ZH.search(title):
        return False
    tags = [flag for _, flag in jieba.posseg.lcut(title)]
    return all(f[:1] in {"n", "j", "x", "y", "z"} or f == "eng" for f in tags) and bool(PROPER_ZH & set(tags))


def _names_a_thing_en(title: str) -> bool:
    """A name in Title Case (The Salt Road, Harbour Wall), or one rare word (Quillwort), not a
    label (Decisions, Study list, PARTIAL NOTES)."""
    found = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d", title)
    if not 1 <= len(found) <= MAX_WORDS_EN or any(w.isdigit() for w in found) or re.search(r"[/+=]", title):
        return False  # (S / Sort + Score: a mnemonic's letter and its step)
    if any(re.search(r"n['’]t$", w) for w in found):
        return False  # Saving Isn't Sacrifice: a chapter's claim, not a thing's name
    if any(w.isupper() and len(w) > 1 for w in found) or any(w.lower() in _LABEL_WORDS_EN for w in found):
        return False
    content = [w for w in found if w.lower() not in _STOP_EN]
    if not content or not all(w[0].isupper() for w in content):
        return False
    return len(content) > 1 or zipf_en(content[0].lower()) < RARE_EN


def shares_a_word(one: str, other: str) -> bool:
    """Whether two texts share a content word (Chinese: two characters in a row)."""
    if _CJK.search(one):
        pairs = {
            one[i : i + 2]
            for i in range(len(one) - 1)
            if _CJK.fullmatch(one[i]) and _CJK.fullmatch(one[i + 1])
        }
        return any(p in other for p in pairs)
    mine = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", one) if w.lower() not in _STOP_EN}
    theirs = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", other)}  # (the road's: road)
    return bool(mine & theirs) or any(w[:5] in t for w in mine if len(w) > 5 for t in theirs)


def in_context(draft: Draft, asked: Collection[str] = ()) -> Draft:
    """The draft with its heading set before its stem, where the heading names what the stem
    leaves out; `asked` holds the answers (normalised) of the document's other drafts, which no
    heading set before a stem may give away."""
    if draft.kind == "framework" and draft.type in {"reversed", "choice"}:
        return _term_in_context(draft, asked)
    if draft.type != "cloze" or draft.kind not in CONTEXT_KINDS or BLANK not in draft.question:
        return draft
    subject = subject_of(draft.source.section)
    if not subject or shares_a_word(subject, draft.question) or shares_a_word(subject, draft.answer):
        return draft
    if normalize(subject) in asked or (_a_persons_name_zh(subject) and _names_someone_zh(draft.question)):
        return draft  # 王晓雯 over 老葛反驳说…: whose section it is, not whom the line is about
    zh = bool(_CJK.search(draft.question))
    if bool(_CJK.search(subject)) != zh and not _AN_ACRONYM.fullmatch(subject):
        return draft  # an English name before a Chinese stem only where it is an acronym (CBT-I)
    joint = "——" if zh else " — "
    if joint.strip() in draft.question or (not zh and _names_its_subject_en(draft.question)):
        return draft  # a dash of its own (no chain of them); an English stem naming its subject
    return replace(
        draft,
        question=f"{subject}{joint}{draft.question}",
        cloze=f"{subject}{joint}{draft.cloze}" if draft.cloze else draft.cloze,
    )


# 哪个概念是指：…？, Which term means: …?: a term asked by its meaning, with no heading before it yet
_ASKED_BY_MEANING = re.compile(r"^(?:哪个概念是指：|Which term means: )(?P<meaning>.+?)[？?]$")
SHORT_MEANING_ZH = 12  # Chinese characters: 火力猛，烟有点呛 could describe many a thing
SHORT_MEANING_EN = 6  # words: the quiet part of the bar
# a heading that frames no subject: a glossary's (Useful terms), a to-do list's, one quoting a name
_NO_FRAME = re.compile(
    r"[\"“”「」]|\bterms?\b|术语|概念|^(?:to[- ]?do|to (?:look up|check|read))\b|待办|待查", re.I
)


def _term_in_context(draft: Draft, asked: Collection[str]) -> Draft:
    """A term asked by a short meaning, within the heading it stands under (在“柴火”中，哪个概念是指：
    火力猛，烟有点呛？; In "Reading a score", which term means: the quiet part of the bar?): judges
    could not say which term a few words describe without it. Not a heading that names no subject
    (the note-taker's own, a glossary's, a list's label), shares a word with the term or names
    another draft's answer."""
    found = _ASKED_BY_MEANING.match(draft.question)
    if not found:
        return draft  # asked within its list or heading already, or another frame
    meaning = found["meaning"]
    zh = draft.question.startswith("哪")
    size = len(_CJK.findall(meaning)) if zh else len(re.findall(r"[A-Za-z0-9]+", meaning))
    if size > (SHORT_MEANING_ZH if zh else SHORT_MEANING_EN):
        return draft
    title = heading_as_context(draft.source.section, draft.answer, meaning, bare=True)
    if (
        not title
        or _NOT_A_SUBJECT.search(title)  # 果树：苹果、梨…, Phrases I mix up, 几个小点: no subject
        or _NO_FRAME.search(title)
        or is_generic_heading(title)
        or shares_a_word(title, draft.answer)
        or normalize(title) in asked
        or zh != bool(_CJK.search(title))
    ):
        return draft
    question = f"在{quoted_zh(title)}中，{draft.question}" if zh else f'In "{title}", w{draft.question[1:]}'
    return replace(draft, question=question)


EVERYDAY = 4.0  # wordfreq's Zipf scale: a first word this common opens a sentence, names nothing


def _names_its_subject_en(stem: str) -> bool:
    """Whether an English stem names what it is about: a capitalised word after its first one, or a
    first word no everyday word (Pliny says…, not Most carts…)."""
    if _NAMED_EN.search(stem):
        return True
    first = re.match(r"[A-Z][a-z'’]+", stem)
    return first is not None and zipf_en(first.group().lower().rstrip("'’")) < EVERYDAY


_NAMES_SOMEONE_ZH = re.compile(r"老[\u4e00-\u9fff](?![师板家婆公人])|[\u4e00-\u9fff](?:总|老师|教授|博士)")


# 某王之剑, 某侯墓, 某氏祠: a name ending on the thing it is the name of (the tagger reads the whole
# as a person's) names an object, a building or a work
_A_THINGS_LAST_CHARACTER = frozenset(
    "剑刀矛戈戟鼎钟盘尊壶鉴罐瓶碗杯镜印玺碑塔寺庙祠观桥楼阁殿宫城门墓陵像图卷经帖砚琴船车"
)


@lru_cache(maxsize=1024)
def _a_persons_name_zh(subject: str) -> bool:
    import jieba.posseg

    if not _CJK.search(subject) or subject[-1] in _A_THINGS_LAST_CHARACTER:
        return False
    return all(f == "nr" for _, f in jieba.posseg.lcut(subject))


def _names_someone_zh(stem: str) -> bool:
    """Whether a Chinese stem names a person (a name the tagger knows, 老葛, 王总, 李老师); a "name"
    the tagger finds within a run of place names (湖北江陵某山) is the place's last part."""
    import jieba.posseg

    if _NAMES_SOMEONE_ZH.search(stem):
        return True
    in_places = False  # within a run of place names, from its first ns on
    for _, flag in jieba.posseg.lcut(stem):
        in_places = flag == "ns" or (in_places and flag == "nr")
        if flag == "nr" and not in_places:
            return True
    return False
