"""Evidence that a name in a Chinese sentence is a person: a role noun next to it (`老木匠周鸣`,
`Anthropic CEO 达里奥·阿莫迪`, `吴王阖闾`), a role in brackets (`程望舒（松石茶铺创始人）`), a
relation (`他与妹妹 Daniela`), authorship (`陈默的《山居札记》`), a role said with 是 (`柏青岚是古籍
修复师`), a form of address after a name (`柏青岚老师`: a person, no role) and a deed the clause
centres on (`鲁班改进刨子并传给徒弟`). jieba tags only short windows around these cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quizgen.extract.evidence import Finding, Place, Tok, clause_span, clause_starts, dictionary, tokens
from quizgen.extract.lexicon import (
    COMPOUND_SURNAMES,
    HUMAN_DEEDS_ZH,
    RELATION_ZH,
    ROLE_ZH,
    SPEECH_ZH,
    SURNAMES,
    words,
)
from quizgen.extract.names import dotted_names, latin_names
from quizgen.extract.text import is_cjk

_ROLE_SET = frozenset(ROLE_ZH)
_ROLE_CUE = re.compile("|".join(map(re.escape, ROLE_ZH)) + r"|[\u4e00-\u9fff]王|[\u4e00-\u9fff][师员]")
# A trade named by its -师 or -员 (验配师, 调音师, 评估员): a role however rare the trade, as jieba
# writes it in one word (营养师) or splits off its suffix (验配 + 师)
_TRADE_SUFFIX = ("师", "员")
_RELATION = "|".join(map(re.escape, RELATION_ZH))
_NAME_FLAGS = frozenset({"nr", "nrt", "nrfg"})
_NOT_IN_NAME = frozenset("的了在把为与和跟等是将被对从向也都就才又还曾已说称于以及或之所着过并而这那其")
# 上一轮回归测试…, 下一步…, 每一位…: a word that points in time or order, whatever surname it opens with
_NOT_A_NAME_START = re.compile(r"^[上下这那每各本该此][一二三两几个次轮期周批届]")
# 宋青问评审什么时候做…: a verb of asking or saying after a two-character name is no part of it
_SAYING_AFTER_NAME = frozenset("问答讲称说")
_PREFIX_STOP_FLAGS = frozenset(
    {"x", "r", "p", "c", "d", "m", "t", "ul", "uz", "ug", "uv", "ud", "y", "e", "q", "f"}
)
_HEADS_AN_ORG = frozenset(
    words(
        "创始人 联合创始人 创办人 董事长 总裁 总经理 CEO CTO COO 主编 社长 院长 校长 馆长 负责人 合伙人 "
        "掌门人 老板"
    )
)
# 拜老木雕师某某为师, 聘老账房某某: a one-character verb that takes the person ends the role before it
_PREFIX_STOP_VERBS = frozenset(
    "是见去来到有为让请叫给找问说看和与由被把将对向拜聘访邀陪随跟嫁娶替帮派"
) | frozenset(
    # 师从名医某某, 拜师于老木匠某某: whom someone learned under, a verb jieba tags as a noun
    {"师从", "拜师", "受教于", "求学于", "追随", "跟随", "投奔", "拜入"}
)
_SUBJECT_NEXT = frozenset({"v", "vd", "vn", "p", "d", "ad"})
_CONTINUE = re.compile(r"[，,](?=(?:并且|并|还|又|随后|后来|再|同时|也)[^，,。；;]{2,})")
_HUMAN_DEED = re.compile("|".join(map(re.escape, HUMAN_DEEDS_ZH)))
_OPEN_BRACKET = re.compile(r"\s*[（(][^）)]{1,40}[）)]")
_BOOK_AFTER = re.compile(r"(?:所著|所写|撰写|编写|编著|著)?的?《([^》]{1,30})》")
_RELATION_CUE = re.compile(rf"(?:与|和|跟|同|的)?({_RELATION})\s*(?!的)")


def _known_spans(
    sentence: str, known: Sequence[str], known_re: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """Spans jieba must keep whole: names (known, `·`-joined, Latin) and book titles."""
    dotted = dotted_names(sentence, tuple(known)) if "·" in sentence else []
    spans = [(s.start, s.end) for s in dotted]
    spans += [(s.start, s.end) for s in latin_names(sentence)]
    if known_re is not None:
        spans += [m.span() for m in known_re.finditer(sentence)]
    spans += [m.span() for m in re.finditer(r"《[^》]*》", sentence)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _is_name_span(sentence: str, start: int, end: int, protected: Iterable[tuple[int, int]]) -> bool:
    return (start, end) in set(protected) and not sentence[start:end].startswith("《")


# 采回来, 送过去: a verb with its direction, which the tagger may take for a name
_DIRECTIONAL_END = re.compile(r"(?:回|过|起|下|出|进|上)(?:来|去)$")


def name_at(toks: Sequence[Tok], i: int, sentence: str, protected: Sequence[tuple[int, int]]) -> Tok | None:
    """The person's name that starts at token `i` (a protected name, a tagged name, or single
    characters jieba could not join, led by a surname), or None."""
    while i < len(toks) and toks[i].word == " ":
        i += 1
    if i >= len(toks):
        return None
    first = toks[i]
    if _is_name_span(sentence, first.start, first.end, protected):
        return first
    if first.flag in _NAME_FLAGS and 2 <= len(first.word) <= 4 and not _DIRECTIONAL_END.search(first.word):
        if len(first.word) == 3 and first.word[2] in _SAYING_AFTER_NAME:
            return Tok(first.word[:2], first.flag, first.start, first.end - 1)  # 聂晓 + 说, read as one
        return _with_its_last_character(toks, i) or first
    if first.flag == "i" and 2 <= len(first.word) <= 3:
        return first
    parts: list[Tok] = []
    for tok in toks[i:]:
        if len(tok.word) != 1 or not re.match(r"[\u4e00-\u9fff]", tok.word) or tok.word in _NOT_IN_NAME:
            break
        if tok.flag in {"p", "c", "r", "m", "q", "x"}:
            break
        parts.append(tok)
        if len(parts) == 3:
            break
    if len(parts) >= 2 and parts[0].word in SURNAMES:
        return Tok("".join(p.word for p in parts), "nr", parts[0].start, parts[-1].end)
    return _surname_and_given(toks, i)


# what the tagger calls a name it does not know: a place (贺川), a noun, a foreign word
_UNKNOWN_NAME_FLAGS = frozenset({"ns", "nz", "n", "ng", "nt"})
_NAME_ENDS_BEFORE = frozenset({"x", "v", "p", "d", "c", "uj", "r"})


def _untagged_name(toks: Sequence[Tok], i: int) -> Tok | None:
    """Right after a role word (播客主持人|贺川|，): a word of two or three characters led by a surname
    that the clause ends after or a verb follows is the name, however the tagger read it."""
    if i >= len(toks):
        return None
    word = toks[i]
    if not (2 <= len(word.word) <= 3 and all(map(is_cjk, word.word)) and word.word[0] in SURNAMES):
        return None
    if word.flag not in _UNKNOWN_NAME_FLAGS or word.word in _ROLE_SET:
        return None
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (
        word
        if after is None or after.flag[:1] in _NAME_ENDS_BEFORE or after.flag in _NAME_ENDS_BEFORE
        else None
    )


# the character after a cut name that jieba left alone (钟雨|湄|2016): a name's own
# last character where what follows ends the name (的, a number, punctuation, the sentence's end)
_NAME_TAIL_FLAGS = frozenset({"tg", "ns", "ng", "nr", "nrt", "n", "a", "ag", "zg"})
_YEAR_AS_NAME_END = "年"
# a particle that is also a given name's last character (…之): the tagger reads it as the particle
_PARTICLE_AS_GIVEN_NAME = frozenset({"之"})


def _with_its_last_character(toks: Sequence[Tok], i: int) -> Tok | None:
    """A two-character name jieba read short (钟雨 of 钟雨湄) with its third character, or None."""
    first = toks[i]
    if len(first.word) != 2 or first.word[0] not in SURNAMES or i + 1 >= len(toks):
        return None
    tail = toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    if tail.word == _YEAR_AS_NAME_END and tail.flag == "m":
        # 邵鹤|年 介绍, 何松|年 是位木匠: the 年 a tagger reads as "year" ends a name when speech, a verb,
        # 的 or a stop follows (a name's year is no reading: 明年, 年轻 are words of their own)
        return (
            Tok(first.word + tail.word, "nr", first.start, tail.end)
            if after is None
            or after.word == "的"
            or after.flag == "x"
            or after.flag.startswith("v")
            or after.word.startswith(SPEECH_ZH)
            else None
        )
    if tail.word in _PARTICLE_AS_GIVEN_NAME:  # 韩牧|之 , 顾恺|之。: the particle ends the name
        ends = after is None or after.flag == "x" or not is_cjk(after.word[0])
        return Tok(first.word + tail.word, "nr", first.start, tail.end) if ends else None
    if (
        len(tail.word) != 1
        or not is_cjk(tail.word)
        or tail.word in _NOT_IN_NAME
        or tail.flag not in _NAME_TAIL_FLAGS
    ):
        return None
    if after is not None and not (
        after.word == "的" or after.flag in {"m", "x"} or not is_cjk(after.word[0])
    ):
        return None
    return Tok(first.word + tail.word, "nr", first.start, tail.end)


def _surname_and_given(toks: Sequence[Tok], i: int) -> Tok | None:
    """A surname jieba left alone followed by a given name it read as a word (`郑` + `远航`),
    accepted only where the name then ends (punctuation, a verb or a preposition follows)."""
    if i + 1 >= len(toks) or toks[i].word not in SURNAMES:
        return None
    given = toks[i + 1]
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", given.word) or given.word in _NOT_IN_NAME:
        return None
    if given.flag in {"p", "c", "r", "m", "q", "x", "d", "f", "uj", "ul"}:
        return None
    if toks[i].flag in {"d", "p", "c"} and given.flag.startswith("v"):
        return None  # 主任曾提到: the surname's character is an adverb before a verb, no name
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and not (after.flag[:1] in {"x", "p", "v", "d", "c"} or after.word in _NOT_IN_NAME):
        return None
    return Tok(toks[i].word + given.word, "nr", toks[i].start, given.end)


def _role_start(toks: Sequence[Tok], i: int) -> int:
    """Index of the first token of the role phrase ending with token `i` (its modifiers)."""
    j = i
    while j > 0:
        prev = toks[j - 1]
        if prev.word == " ":
            if j >= 2 and toks[j - 2].flag == "eng":
                j -= 2
                continue
            break
        if prev.flag == "eng" or prev.word + toks[j].word in _ROLE_SET:  # 联合 (a verb) + 创始人
            j -= 1
            continue
        if prev.word in {"、", "兼"} and j >= 2 and toks[j - 2].word in _ROLE_SET:
            j -= 2  # Quorra系统的作者、教授, 董事长兼总经理: two roles in apposition are one
            continue
        if prev.flag in _PREFIX_STOP_FLAGS or prev.word in _PREFIX_STOP_VERBS or prev.word in _ROLE_SET:
            break
        if prev.flag.startswith("nr") and toks[j].word == "的" and toks[i].word in _HEADS_AN_ORG:
            j -= 1  # 鹿鸣仓的创始人: what someone founds or heads is an organisation, whatever jieba names it
            continue
        if (prev.flag.startswith("v") and prev.flag != "vn" and len(prev.word) >= 2) or prev.flag.startswith(
            "nr"
        ):
            break  # a verb ends the role; a verbal noun (销售总监, 研发经理) is part of it
        if prev.flag == "i" or prev.word.startswith("《") or toks[i].end - prev.start > 14:
            break
        j -= 1
    while j < i and toks[j].word in {"的", " "}:
        j += 1
    return j


def _after_alias(sentence: str, end: int) -> int:
    m = _OPEN_BRACKET.match(sentence, end)
    return m.end() if m else end


def _predicate_end(sentence: str, pos: int) -> int:
    end = clause_span(sentence, pos)[1]
    for _ in range(2):
        m = _CONTINUE.match(sentence, end)
        if not m:
            break
        end = clause_span(sentence, m.end())[1]
    return end


# A note's label before its sentence (专家观点：, 人物：): filing, not part of the statement
_NOTE_LABEL = re.compile(r"^\s*[^，,。；;：:“”\"《》「」]{1,6}[：:]\s*")


def _prefix_start(sentence: str, pos: int) -> int:
    start = clause_span(sentence, pos)[0]
    if pos > 30:
        return start
    label = _NOTE_LABEL.match(sentence)
    return label.end() if label and label.end() <= pos else 0


def frame_for(sentence: str, start: int, end: int, next_tok: Tok | None) -> str:
    """The sentence's statement about the person at `sentence[start:end]` (role included), or ""
    when the name is neither the subject of its clause nor the end of it."""
    rest = _after_alias(sentence, end)
    prefix = sentence[_prefix_start(sentence, start) : start]
    if re.search(r"[我你]", prefix):
        return ""
    clause_end = clause_span(sentence, rest)[1] if rest < len(sentence) else len(sentence)
    if not sentence[rest:clause_end].strip():
        good = prefix.strip() and not re.search(r"[是的为有和与及、]$|他们|她们", prefix.strip())
        return f"{prefix}{{}}" if good else ""
    if next_tok is None or next_tok.flag not in _SUBJECT_NEXT or next_tok.word in {"等", "和", "与"}:
        return ""
    predicate = sentence[rest : _predicate_end(sentence, rest)]
    if re.match(r"[^，,]{0,6}的", predicate) or predicate.startswith(SPEECH_ZH) or len(predicate) < 3:
        return ""
    if predicate.rstrip("：:").endswith(SPEECH_ZH):
        return ""  # 邓立平退休时说，…: what was said is cut off, and "谁退休时说？" asks nothing
    return f"{prefix}{{}}{predicate}"


def _next_token(toks: Sequence[Tok], pos: int) -> Tok | None:
    return next((t for t in toks if t.start >= pos and t.word.strip()), None)


def _windows(hits: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _name_may_follow(sentence: str, pos: int, protected: Sequence[tuple[int, int]]) -> bool:
    """Whether a name can start at `pos` (after a role word): not punctuation, a function
    character, or a common word jieba's dictionary knows (`工匠精神`, `作者认为`)."""
    pos += sentence[pos : pos + 1] == " "
    if any(s == pos for s, _ in protected) or re.match(r"[A-Z]", sentence[pos : pos + 1]):
        return True
    ch = sentence[pos : pos + 1]
    if not re.match(r"[\u4e00-\u9fff]", ch) or ch in _NOT_IN_NAME:
        return False
    words, tags = dictionary()
    two = sentence[pos : pos + 2]
    return not (words.get(two) and tags.get(two, "")[:2] not in {"nr", "i", "nz"})


NAME_WINDOW = 8  # characters after a role word its name is looked for in...


def _window_end(role_end: int, protected: Sequence[tuple[int, int]]) -> int:
    """...or up to the end of a name kept whole that starts there (CEO Gregory Halloran)."""
    return max([role_end + NAME_WINDOW, *(e for s, e in protected if role_end <= s <= role_end + 1)])


def role_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    out: list[Finding] = []
    hits = [
        (max(0, m.start() - 14), _window_end(m.end(), protected))
        for m in _ROLE_CUE.finditer(sentence)
        if _name_may_follow(sentence, m.end(), protected)
    ]
    for ws, we in _windows(hits, 0):
        toks = tokens(sentence, clause_span(sentence, ws)[0] if ws else 0, we, protected)
        for i, tok in enumerate(toks):
            is_title = len(tok.word) == 2 and tok.word[1] == "王" and tok.flag in {"nr", "n"}
            if tok.word not in _ROLE_SET and not is_title and not _trade(toks, i):
                continue
            name = name_at(toks, i + 1, sentence, protected) or _untagged_name(toks, i + 1)
            if name is None or name.start - tok.end > 1:
                continue
            name = _up_to_latin_gloss(sentence, name)
            if _listed_with_things(toks, name):
                continue  # 官员晋升、考核: one of a list of things done, not someone's name
            first = toks[_role_start(toks, i - 1 if tok.word in _TRADE_SUFFIX else i)]  # 验配 + 师
            role = sentence[first.start : tok.end].strip()
            frame = frame_for(
                sentence, first.start, name.end, _next_token(toks, _after_alias(sentence, name.end))
            )
            out.append(Finding(name.word, role, "title", frame, sentence, place))
    return out


def _listed_with_things(toks: Sequence[Tok], name: Tok) -> bool:
    """Whether the name stands first in a list (X、Y) whose next member is no name: a list of
    things (晋升、考核), where a list of people (周宁、林一帆) names each."""
    after = [t for t in toks if t.start >= name.end]
    return (
        len(after) >= 2
        and after[0].word == "、"
        and after[1].flag not in _NAME_FLAGS
        and after[1].word not in _ROLE_SET  # 医生吕方舟、记者闻一帆: a list of people by their roles
        and not (len(after[1].word) >= 2 and after[1].word[0] in SURNAMES and after[1].flag.startswith("n"))
    )


# 范德林 + 登（Pieter van der Linden）, 阿里 + 夫·汗（Arif Khan）, 贝尔 + -曼（T. Bell-Mann）: the rest
# of a foreign name before its original in brackets, which jieba cut short
_REST_BEFORE_GLOSS = re.compile(
    r"[-\u2010·・]?[\u4e00-\u9fff·・]{1,4}(?=\s*[（(][A-Z][a-z]*\.?(?:[\s.-]+[A-Za-z][a-z]*)*\s*[）)，,;；])"
)


def _up_to_latin_gloss(sentence: str, name: Tok) -> Tok:
    """The name run on to the bracket that gives it in Latin letters, when only a few characters part them."""
    rest = _REST_BEFORE_GLOSS.match(sentence, name.end)
    if not rest or len(name.word) + len(rest.group()) > 8:
        return name
    return Tok(name.word + rest.group(), name.flag, name.start, rest.end())


def _trade(toks: Sequence[Tok], i: int) -> bool:
    tok = toks[i]
    if len(tok.word) >= 2 and tok.word.endswith(_TRADE_SUFFIX) and tok.flag.startswith("n"):
        return True
    return tok.word in _TRADE_SUFFIX and i > 0 and toks[i - 1].flag in {"v", "vn", "n"}


ROLE_IN_BRACKETS = 24  # characters a role in brackets may run to


_INTRODUCED_AS = re.compile(
    r"^(?:书里|书中|文中|原文|这里|文章|作者)?(?:介绍为|介绍说是|称为|称作|称她为|称他为|说是)"
)


def bracket_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """`程望舒（松石茶铺创始人）`: a role in brackets right after a name, or opening the bracket's
    remarks (`郑某（理事，出差请假，已提交书面意见）`)."""
    out = []
    for m in re.finditer(r"[（(]([^）)]{2,40})[）)]", sentence):
        inner = re.split(r"[，,；;、]", m.group(1).strip(), maxsplit=1)[0].strip()
        inner = _INTRODUCED_AS.sub("", inner)  # （文中介绍为诗人）: the role, not how the book puts it
        if not 2 <= len(inner) <= ROLE_IN_BRACKETS or not inner.endswith(ROLE_ZH):
            continue
        name = _name_ending_at(sentence, m.start(), protected)
        if name:
            out.append(Finding(name, inner, "apposition", f"{{}}是{inner}", sentence, place))
    return out


def _starts_a_name(sentence: str, at: int) -> bool:
    """Whether a name may start at `at`: the sentence's start or a break before it (、，：（ or a space)."""
    return at == 0 or not is_cjk(sentence[at - 1])


_BOUNDARY_FLAGS = frozenset({"p", "v", "x", "c", "uj", "r", "d", "t", "m"})


def _name_ending_at(sentence: str, pos: int, protected: Sequence[tuple[int, int]]) -> str:
    """The name that ends right at `pos`: a protected one, a tagged one, or the 2-3 characters
    after the last function word when they start with a surname (`在` + `陆景明`)."""
    for s, e in protected:
        if e == pos and not sentence[s:e].startswith("《"):
            return sentence[s:e]
    for size in (4, 3):  # 欧阳明川: a compound surname, however jieba cuts the name after it
        name = sentence[max(0, pos - size) : pos]
        if len(name) == size and name[:2] in COMPOUND_SURNAMES and all(map(is_cjk, name)):
            return name
    toks = tokens(sentence, max(0, pos - 6), pos, protected)
    if toks and toks[-1].flag in _NAME_FLAGS and 2 <= len(toks[-1].word) <= 4 and toks[-1].end == pos:
        word, head = toks[-1].word, pos - len(toks[-1].word)
        # 孙秀英 split as 孙 + 秀英: a surname standing alone right before a two-character name is its own
        if (
            len(word) == 2
            and head >= 1
            and sentence[head - 1] in SURNAMES
            and _starts_a_name(sentence, head - 1)
        ):
            return sentence[head - 1 : pos]
        before = toks[-2] if len(toks) >= 2 and toks[-2].end == head else None
        # 祁 + 志远 at the start of an entry: a rarer surname jieba tags apart from the name
        if (
            len(word) == 2
            and before is not None
            and _starts_a_name(sentence, before.start)
            and len(before.word) == 1
            and before.flag in {"ns", "nr", "nrfg", "n"}
        ):
            return before.word + word
        return word
    start = next((t.end for t in reversed(toks) if t.flag in _BOUNDARY_FLAGS or t.flag.startswith("v")), None)
    if start is not None and 2 <= pos - start <= 3 and sentence[start] in SURNAMES:
        return sentence[start:pos]
    return ""


# 周敏：某连锁零售企业区域运营总监。…: a line that opens on a name and says first who they are; a
# guest list's 陈立峰，恒驰汽车 产品规划总监 (or a name and its role set apart by spaces) too, where the
# role names no one else (这位, 的, 是)
_ENTRY = re.compile(
    r"^\s*(?:(?:人物|嘉宾|角色|主角|受访者|讲者)\s*[：:]\s*)?(?P<name>[\u4e00-\u9fff·]{2,8})"
    r"(?:\s*[：:]|\s*(?P<comma>[，,]|[—–]{1,2}|\s-\s)|(?P<space>\s+))"  # 罗以宁 — 产品总监
    r"\s*(?P<role>[^，,。；;：:（(]{2,24})(?:[，,。；;（(]|$)"
)
_DESCRIBES_OTHERS = re.compile(r"[这那的是和与]")
_ROLE_TAIL = re.compile(rf"(?:{'|'.join(map(re.escape, ROLE_ZH))}|[\u4e00-\u9fff](?:师|员|助理|秘书))$")


# 柏青岚老师, 骆知秋先生: a name and the form of address the writer puts after it
_ADDRESS_AFTER = re.compile(r"老师|教授|先生|女士|博士|院士")


def address_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """`柏青岚老师`: a name the tagger reads as one (or one already known), then a form of address;
    evidence that the name is a person's, no role to ask."""
    out = []
    for m in _ADDRESS_AFTER.finditer(sentence):
        if any(s <= m.start() < e for s, e in protected):
            continue  # inside a known name or a title
        name = _name_ending_at(sentence, m.start(), protected)
        if len(name) < 2 or not _read_as_a_name(sentence, m.start() - len(name), m.start(), protected):
            continue
        out.append(Finding(name, m.group(), "address", "", sentence, place))
    return out


def _read_as_a_name(sentence: str, start: int, end: int, protected: Sequence[tuple[int, int]]) -> bool:
    if (start, end) in protected:
        return True
    toks = tokens(sentence, start, end, protected)
    return len(toks) == 1 and toks[0].flag in _NAME_FLAGS


# 周牧原是城市规划学者, 林岚是一位策展人：a name opening its clause, 是, and the role the clause
# ends on (a numeral's 一位 or 一名 before it is no part of the role)
_COPULA_ROLE = re.compile(
    r"(?:也|曾经?|一直)?是(?:一位|一名|一个|位|名)?(?P<role>[^，,。；;：:（）()“”!！?？]{2,24})(?=[，,。；;！!]|$)"
)
# 我的老师, 他的学生, 谁的助手, 什么专家: a role held for someone else, or no role at all
_HELD_FOR_SOMEONE = re.compile(r"[我你他她咱谁]|什么|哪")


def copula_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """`周牧原是城市规划学者`: a name that opens its clause, then 是 and a role the clause ends on."""
    out = []
    for m in _COPULA_ROLE.finditer(sentence):
        role = m["role"].strip()
        if not _ROLE_TAIL.search(role) or _HELD_FOR_SOMEONE.search(role):
            continue
        name = _name_ending_at(sentence, m.start(), protected)
        start = m.start() - len(name)
        if name and (start == 0 or sentence[start - 1] in "，,。；;：: "):
            role = "，".join([role, *_roles_going_on(sentence, m.end())])
            out.append(Finding(name, role, "apposition", f"{{}}是{role}", sentence, place))
    return out


_GOES_ON = re.compile(
    r"[，,]\s*(?:同时|而且)?(?:也|还|又)?" + _COPULA_ROLE.pattern.removeprefix("(?:也|曾经?|一直)?")
)
ROLES_SAID_AT_ONCE = 3  # 他是历史学家，也是出版人，还是…: the roles one sentence gives, the first few


def _roles_going_on(sentence: str, at: int) -> list[str]:
    """The roles the clauses after the first give the same subject (，也是…总编辑)."""
    out: list[str] = []
    while len(out) < ROLES_SAID_AT_ONCE - 1 and (m := _GOES_ON.match(sentence, at)):
        role = m["role"].strip()
        if not _ROLE_TAIL.search(role) or _HELD_FOR_SOMEONE.search(role):
            break
        out.append(role)
        at = m.end()
    return out


def entry_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """`周敏：某连锁企业区域运营总监`: a line that opens on a name and a colon, and says first the
    person's role, is an entry for them."""
    found = _ENTRY.match(sentence)
    if not found or not _ROLE_TAIL.search(found["role"].strip()):
        return []
    if (found["comma"] or found["space"]) and _DESCRIBES_OTHERS.search(found["role"]):
        return []
    name = _name_ending_at(sentence, found.end("name"), protected) or _entry_name_read_as_a_word(
        sentence, found.start("name"), found.end("name") + 1, protected
    )
    if name != found["name"]:
        return []
    role = found["role"].strip()
    return [Finding(name, role, "apposition", f"{{}}是{role}", sentence, place)]


def _entry_name_read_as_a_word(
    sentence: str, start: int, end: int, protected: Sequence[tuple[int, int]]
) -> str:
    """The name an entry line opens on when the tagger reads it as a word (a given name that is
    also a plant's or a place's): a surname's two or three characters, then the colon."""
    name = _untagged_name(tokens(sentence, start, end, protected), 0)
    return name.word if name else ""


def author_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """`陈默的《山居札记》`, `X所著的《Y》`: the person before a possessed book title is its author."""
    out = []
    for m in _BOOK_AFTER.finditer(sentence):
        if m.start() == sentence.find("《", m.start()):  # no 的/著 between name and title
            continue
        name = _name_ending_at(sentence, m.start(), protected)
        if name:
            book = f"《{m.group(1)}》"
            out.append(Finding(name, f"{book}的作者", "author", f"{book}的作者是{{}}", sentence, place))
    return out


def relation_cue(known: Sequence[str]) -> re.Pattern[str]:
    holders = "|".join(["他", "她", *map(re.escape, sorted(known, key=len, reverse=True))])
    return re.compile(rf"({holders})(?:与|和|跟|同|的)?({_RELATION})[ \t]*")


def relation_findings(
    sentence: str, place: Place, protected: Sequence[tuple[int, int]], cue: re.Pattern[str]
) -> list[Finding]:
    """`他与妹妹 Daniela`, `X的哥哥张三`: the named relative of a named (or pronoun) holder."""
    out = []
    for m in cue.finditer(sentence):
        latin = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", sentence[m.end() :])
        if latin:
            name = latin.group()
        else:
            toks = tokens(sentence, m.end(), m.end() + 6, protected)
            found = name_at(toks, 0, sentence, protected)
            if found is None or found.start != m.end():
                continue
            name = found.word
        role = f"{m.group(1)}的{m.group(2)}"
        out.append(Finding(name, role, "relation", f"{role}是{{}}", sentence, place))
    return out


_HEAD_ADVERB = re.compile(
    r"(?:后来|此后|随后|当时|同年|次年|其后|最终|最后|"
    r"[\u4e00-\u9fff]{1,4}?(?:代|朝|末|初|年间|时期|世纪|年代))(?=[\u4e00-\u9fff])"
)
_NEXT_ONE = frozenset("在为把对向从用以于将被曾已也又还就便带说写画到去给让请")


def _next_word(sentence: str, pos: int) -> Tok | None:
    """The dictionary word (longest first) that starts at `pos`, with jieba's tag for it."""
    _, tags = dictionary()
    for size in (4, 3, 2, 1):
        word = sentence[pos : pos + size]
        if len(word) == size and word in tags:
            return Tok(word, tags[word], pos, pos + size)
    return None


def _opens_verb(tok: Tok | None) -> int:
    """0 when `tok` cannot follow a subject; 2 for a verb or preposition word, 1 for a one-character one."""
    if tok is None or tok.flag[:1] not in {"v", "p", "d"}:
        return 0
    if len(tok.word) == 1:
        return 1 if tok.word in _NEXT_ONE else 0
    return 2


def _name_here(sentence: str, pos: int) -> Tok | None:
    """A 2-3 character name led by a surname at `pos`, followed by a verb: jieba's dictionary
    must list it as a name or not know it (`王选`), never as a common word (`高度`)."""
    words, tags = dictionary()
    best: tuple[int, Tok] | None = None
    for size in (2, 3):
        name = sentence[pos : pos + size]
        if len(name) != size or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name[0] not in SURNAMES:
            continue
        if any(ch in _NOT_IN_NAME for ch in name[1:]) or _NOT_A_NAME_START.match(name):
            continue
        if size == 3 and name[2] in _SAYING_AFTER_NAME:
            continue
        if any(words.get(w) and not tags.get(w, "").startswith("nr") for w in {name, name[:2]}):
            continue
        if size == 2 and not words.get(name) and tags.get(sentence[pos + 1 : pos + 3], "").startswith("v"):
            continue  # 李|提到…: a surname alone, its next character a verb's first, not a given name
        strength = _opens_verb(_next_word(sentence, pos + size))
        if strength and (best is None or strength > best[0]):
            best = (strength, Tok(name, "nr", pos, pos + size))
    return best[1] if best else None


def deed_findings(sentence: str, place: Place, protected: Sequence[tuple[int, int]]) -> list[Finding]:
    """A clause that opens (after a time word) with a name and a verb only a person does:
    `明代周衡…设计了一座水力磨坊`, not `某国用机器印成…` (a state prints too).
    Read from jieba's dictionary, without tagging: clause heads are many."""
    out = []
    names = {s: e for s, e in protected if not sentence[s:e].startswith("《")}
    for c in clause_starts(sentence):
        while c < len(sentence) and sentence[c].isspace():
            c += 1
        m = _HEAD_ADVERB.match(sentence, c)
        for pos in (c, m.end()) if m else (c,):
            if pos in names:
                name: Tok | None = Tok(sentence[pos : names[pos]], "x", pos, names[pos])
                after = _next_word(sentence, names[pos])
                name = name if _opens_verb(after) else None
            else:
                name = _name_here(sentence, pos)
            if name is None:
                continue
            frame = frame_for(sentence, name.start, name.end, _next_word(sentence, name.end))
            if frame and not frame.endswith("{}") and _HUMAN_DEED.search(frame.partition("{}")[2]):
                out.append(Finding(name.word, "", "deed", frame, sentence, place))
            break
    return out


# 嘉宾一：韦某｜某科技 副总裁（9:15–9:55）, 演讲人：某某 / 某研究院 研究员: a programme's heading
# naming who speaks, then what they are
_SPEAKER_HEADING = re.compile(
    r"(?:嘉宾|演讲人|演讲者|讲者|主讲人?|分享人|分享嘉宾|讲师|发言人)\s*[一二三四五六七八九十\d]*\s*[：:]\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,8}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s*[｜|/\uff0f]\s*"
    r"(?P<role>[^｜|/\uff0f（(]{2,40}?)\s*(?:[（(][^）)]*[）)])?\s*$"
)


# 1. 某某｜某公司 CTO, 2. 某某 博士｜某研究院 高级工程师: a list of speakers, one heading each
_NAME_BAR_ROLE = re.compile(
    r"^(?:[\d一二三四五六七八九十]{1,2}\s*[.、\uff0e]\s*)?(?P<name>[\u4e00-\u9fff]{2,4})"
    rf"(?:\s*(?:{_ADDRESS_AFTER.pattern}|律师|医生))?\s*[｜|]\s*"
    r"(?P<role>[^｜|/\uff0f（(]{2,40}?)\s*(?:[（(][^）)]*[）)])?\s*$"
)
SPEAKER_LIST_MIN = 2  # headings of that shape that make a list of speakers


def heading_findings(headings: Iterable[tuple[str, Place]]) -> list[Finding]:
    """The speakers a programme's headings name, each with the role written after the name: under
    a 嘉宾： label, or in a run of headings `某某｜role` whose names open on a surname."""
    out = []
    listed = []
    for title, place in headings:
        found = _SPEAKER_HEADING.search(title)
        if found:
            out.append(Finding(found["name"], _role(found["role"]), "title", "", title, place))
        elif (bar := _NAME_BAR_ROLE.match(title.strip())) and _opens_on_a_surname(bar["name"]):
            listed.append(Finding(bar["name"], _role(bar["role"]), "title", "", title, place))
    return out + (listed if len(listed) >= SPEAKER_LIST_MIN else [])


def _role(role: str) -> str:
    return re.sub(r"\s+", "", role) if is_cjk(role[-1]) else role.strip()


def _opens_on_a_surname(name: str) -> bool:
    return name[:1] in SURNAMES or name[:2] in COMPOUND_SURNAMES


def findings(items: Iterable[tuple[str, Place]], known: Sequence[str]) -> list[Finding]:
    """Every piece of evidence in the Chinese sentences; `known` are names already accepted."""
    out: list[Finding] = []
    ordered = sorted(known, key=len, reverse=True)
    known_re = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    cue = relation_cue(ordered)
    for sentence, place in items:
        protected = _known_spans(sentence, ordered, known_re)
        out += role_findings(sentence, place, protected)
        out += bracket_findings(sentence, place, protected)
        out += entry_findings(sentence, place, protected)
        out += copula_findings(sentence, place, protected)
        out += address_findings(sentence, place, protected)
        out += author_findings(sentence, place, protected)
        out += relation_findings(sentence, place, protected, cue)
        out += deed_findings(sentence, place, protected)
    return out
