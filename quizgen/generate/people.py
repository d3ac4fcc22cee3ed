"""Drafts for people: who did or is what the text says (basic), what role a named person has
(reversed), the name blanked in its sentence where no question reads well (cloze), and the basic
question with three other people of the document as choices (only when there are three).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from quizgen.extract.affiliation import HEADLINE_VERB_ZH
from quizgen.extract.lexicon import (
    IRREGULAR_PAST_EN,
    RELATION_EN,
    RELATION_ZH,
    ROLE_EN,
    ROLE_ZH,
    TITLES_EN,
    words,
)
from quizgen.extract.meta import classroom_lecture, field_of
from quizgen.extract.names import is_latin, person_key
from quizgen.extract.outline import READING_LIST_TITLE
from quizgen.extract.people import people_named
from quizgen.extract.people_en import CLAUSE_ROLE_EN, KNOWN_FOR
from quizgen.extract.speakers import ROLE_ONLY
from quizgen.extract.text import is_cjk, normalize, segment
from quizgen.generate.draft import Draft, mask_figures, stable_order
from quizgen.generate.salience import Emphasis
from quizgen.model import Document, Fact, Person

# a role or a relation with nobody it holds for (导师, mentor, 妻子): whose, the card cannot say
_BARE = (
    frozenset(ROLE_ZH)
    | {r.lower() for r in ROLE_EN}
    | {t.lower() for t in TITLES_EN}
    | frozenset(RELATION_ZH)
    | {r.lower() for r in RELATION_EN}
)
# 恩师, 主任, 官员: a relation or a rank of whom or of what unsaid (X是什么身份？ 恩师, 谁是主任？)
_OF_SOMEONE_OR_SOMETHING = frozenset(
    words("恩师 师傅 门生 助手 助理 下属 上司 官员 成员 会员 队员 委员 主任 领导 对手")
)
_SCORE = {
    "speaker": 3.0,
    "host": 3.0,
    "interviewer": 3.0,
    "interviewee": 2.6,
    "title": 2.8,
    "apposition": 2.8,
}
_SCORE |= {"relation": 2.6, "author": 2.6, "deed": 2.2, "agent": 2.0, "metadata": 1.5}
_NO_REVERSE = frozenset({"deed", "agent"})
_FORMS_OF_ADDRESS = frozenset(words("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Professor Sir Lady Lord Rev."))
PART_IN_TALK = frozenset(
    words("采访者 受访者 主持人 主理人 主播 嘉宾 演讲者 演讲人 讲者 主讲人 分享人 讲师 作者 译者")
    + words("interviewer interviewee host guest speaker presenter lecturer author translator")
)
# 沙龙组织者, 活动主办方, 本场记录人: who ran or wrote up the event, not what was said at it
_RUNS_THE_EVENT_ZH = re.compile(r"(?:组织者|组织人|主办方|主办人|承办方|记录人|整理人|联系人|主播)$")
# 主持人B, Speaker 2, Host A: a transcript's label for one of several voices
_LABEL_SUFFIX = re.compile(r"(?:(?<=[\u4e00-\u9fff])|\s+)(?:[A-Za-z]|\d{1,2}|[一二三])$")


# 栏目主理人, 本期嘉宾, the podcast's host: a part in the programme, said with the programme
_THE_PROGRAMMES = re.compile(
    r"^(?:节目|播客|本期|本节目|栏目|电台)|^(?:the\s+)?(?:show|podcast|programme)(?:'s)?\s+", re.I
)


def _part_in_talk(role: str) -> bool:
    """Whether a role is only someone's part in the talk (主持人, guest, 主持人B, Speaker 2)."""
    role = role.strip().lower()
    return role in PART_IN_TALK or _LABEL_SUFFIX.sub("", role) in PART_IN_TALK | {"speaker"}


_PAST = re.compile(r"\b(?:" + "|".join(sorted(IRREGULAR_PAST_EN - {"has", "is"})) + r")\b|\b\w{3,}ed\b")


def _join(left: str, right: str) -> str:
    """Concatenate, with a space where Latin text meets Chinese."""
    if left and right and (re.search(r"[A-Za-z0-9]$", left) or re.match(r"[A-Za-z0-9]", right)):
        return f"{left} {right}" if not left.endswith(" ") and not right.startswith(" ") else left + right
    return left + right


def _is_bare(role: str) -> bool:
    return not role.strip() or bare_title(role)


def _the(role: str) -> str:
    role = role.strip()
    role = re.sub(r"^(?:a|an|another)\s+", "", role)
    return role if role.startswith("the ") else f"the {role}"


# 公司华东区销售总监 (of 某外资医疗器械公司…): a role opening on the generic noun its owner's
# name ended with, the name cut off before it
_CUT_FROM_ITS_OWNER_ZH = re.compile(r"^(?:机构|公司|集团|部门|中心|团队|单位|学院|医院|工厂|门店)(?![的])")


_NAMED_WORK = re.compile(r"^(?:这|本|该|此)[部本]?书\s*(?:叫|名叫|名为|全名(?:是|叫)?)\s*(《[^》]{1,40}》)$")
_FORMER_POST = re.compile(r"^(?:前|原|曾任)|^(?:a\s+|the\s+)?(?:former|ex-)", re.I)
_NOW = re.compile(r"现为|现任|如今是|目前是|\b(?:now|currently)\b", re.I)
# warden Sep 1931, 主编 1998: a role ending on a date is the start of a tenure cut from its end
_ENDS_ON_A_DATE = re.compile(
    r"(?:\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)?\s*(?<!\d)(?:1[5-9]|20)\d\d\s*年?$"
)


def _ask_zh(p: Person) -> str:
    frame, role = p.frame, p.role
    if p.evidence == "metadata" and not frame:
        return ""
    if _CUT_FROM_ITS_OWNER_ZH.match(role.strip()) or (
        _FORMER_POST.match(role.strip()) and _NOW.search(p.sentence)
    ):
        return ""
    if not frame:
        return _join(role, "是谁？") if not _is_bare(role) else ""
    before, _, after = frame.partition("{}")
    if p.evidence == "title":
        if not after.strip():
            if re.search(r"[A-Za-z]", role) or len(role) > 4:
                return _join(role, "是谁？")
            before = re.sub(r"[了着过]$", "", before.rstrip("，,、：: "))  # 《X》，作者Y: 《X》的作者是谁？
            before = _NAMED_WORK.sub(r"\1", before)  # 这本书叫《X》，作者Y: 《X》的作者是谁？
            return f"{before}的{role}是谁？"
        # 某物流公司华东区负责人X: an unnamed body run into the role is asked with it (哪位物流公司
        # 华东区负责人), not split by 哪位 (某物流哪位公司…)
        unnamed = re.search(r"某([\u4e00-\u9fff]{1,6})$", before)
        if unnamed:
            before, role = before[: unnamed.start()], unnamed.group(1) + role
        who = f"哪位{role}"
        title = next((t for t in _ROLES_LONGEST_FIRST if role.endswith(t)), "")
        if re.search(r"[\u4e00-\u9fff]某$", before) and title and title != role:
            # 华东某农学院园艺系讲师X: the unnamed body stays whole, 哪位 asks for the post in it
            who, before = f"{before}{role[: -len(title)]}哪位{title}", ""
        # 一位销售总监X: 哪位销售总监, not 一位哪位; 某厂长X: 哪位厂长, not 某哪位
        before = re.sub(r"(?:一|这|那)[位名个]$|某[位名个家]?$", "", before)
        if not before.strip():
            after = re.sub(
                r"^(?:则|却)(?=[\u4e00-\u9fff])", "", after
            )  # X则更关注…: a contrast with the one before
    else:
        who = "谁"
        if before and re.search(r"[\u4e00-\u9fff）)]$", before) and not before.endswith(("是", "的", "了")):
            before += "，"
    return f"{_join(_join(before, who), after)}？"


def _role_cut_from_a_word(doc: Document, p: Person) -> bool:
    if doc.language != "zh" or p.evidence != "title" or "{}" not in p.frame:
        return False
    before = p.frame.partition("{}")[0]
    return _cut_mid_word(before, p.role) or bool(re.search(r"[本该此其我贵]$", before))


def _cut_mid_word(before: str, role: str) -> bool:
    """Whether the role starts inside a word the text before it began (软件外|包公司: 外包)."""
    if not (before and role and is_cjk(before[-1]) and is_cjk(role[0])):
        return False
    pos = 0
    for word in segment(before[-2:] + role[:3]):
        if pos < 2 < pos + len(word):
            return True
        pos += len(word)
    return False


# A role opening with the kind of body it belongs to (合作社的负责人, 研究所研究员): the body's own name
# stands before it in the sentence.
_ORG_HEAD = re.compile(
    r"^(?:合作社|学院|研究所|研究院|大学|公司|集团|协会|医院|中心|实验室|工作室|银行|基金会|委员会|事务所|"
    r"出版社|杂志社|报社|工厂|分公司|总部|联盟|学会|商会|联合会)"
)


def _with_whole_role(p: Person) -> Person:
    """The person with the words that run into their role taken into it (青禾种植|合作社的负责人,
    水资源与|环境工程学院教授): the role was cut from a longer name, which is asked whole, with 哪位
    before it, never inside it, and is the whole answer to what the person is."""
    if p.evidence != "title":
        return p
    if "{}" not in p.frame:
        # 明湖|大学经济管理学院副教授戴书宁认为…: no frame to take from, the sentence holds the name
        at = p.sentence.find(p.role + p.name)
        opens_a_name = _ORG_HEAD.match(p.role) or _A_FIRMS_NAME_OPENS.match(p.role)
        named = _named_run(p.sentence[:at]) if at > 0 and opens_a_name else None
        return replace(p, role=named.group() + p.role) if named else p
    before, _, after = p.frame.partition("{}")
    glued = re.search(r"[\u4e00-\u9fff]$", before) and (
        _ORG_HEAD.match(p.role) or re.search(r"[与和及]$", before)
    )
    if not glued:
        run = _named_run(before) if _A_FIRMS_NAME_OPENS.match(p.role) else None
        if run is None:
            return p
        # 宁波市|某某设备有限公司总经理: the firm's name runs on from the place before it, asked whole
        return replace(p, frame=before[: run.start()] + "{}" + after, role=run.group() + p.role)
    return replace(p, frame="{}" + after if after.strip() else "", role=before.strip() + p.role)


def _named_run(text: str) -> re.Match[str] | None:
    """The run of characters a body's name ends `text` with, None where there is none or it is
    unnamed (华南某理工大学…讲师: 某 asks for no name, and the role is asked as it stands)."""
    run = _NAME_RUN.search(text)
    return run if run is not None and "某" not in run.group() else None


# a role whose first words are a body's own name, its kind a few characters on (某某设备有限公司总经理)
_A_FIRMS_NAME_OPENS = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:有限公司|有限责任公司|公司|集团|协会|研究所|研究院|合作社|事务所|工作室|"
    r"基金会|银行|医院|大学|学院)"
)


# the Chinese characters a body's name runs back to from its head noun: from a clause's start or a
# word that ends the text before it (是, 的, 、), as many as a name has
_NAME_RUN = re.compile(r"(?:^|(?<=[，,。；;：:、（(“”\s是的在据和与及]))[\u4e00-\u9fff]{2,8}$")


# "one of the first settlers", 创始人之一: a role many share asks for one person of several
_ONE_OF = re.compile(r"^(?:the\s+)?(?:one|some|many|several|two|three|four|five) of\b|之一$", re.I)


# a participle with its agent or place after a name (interviewed in case study 2, quoted by the
# BBC) is passive: "who was interviewed", not "who interviewed"
_PASSIVE_AFTER = re.compile(
    r"^(?:interviewed|quoted|cited|featured|profiled|mentioned|photographed|pictured|named|elected|"
    r"appointed|hired|trained|born|based|executed|hanged|beheaded|killed|murdered|assassinated|arrested|"
    r"jailed|imprisoned|exiled|banished|deported|captured|wounded|convicted|sentenced|pardoned|buried|"
    r"crowned|knighted|ordained|bapti[sz]ed|kidnapped)\s+(?:in|by|at|for|as|on|from|to)\b"
)


_WHO_CLAUSE = re.compile(r"\s*who\s+[a-z]")
_CLAUSE_AFTER_COMMA = re.compile(r",\s*(?=" + CLAUSE_ROLE_EN.pattern + ")")


def _ask_en(p: Person) -> str:
    frame, role = p.frame, p.role
    verb = "was" if _PAST.search(p.sentence) else "is"
    if not frame:
        if _WHO_CLAUSE.match(role):  # X, who kept bees…: the clause is what X did
            return f"Who {role.strip()[4:]}?"
        if CLAUSE_ROLE_EN.match(role.strip()):
            return ""  # (edits the newsletter, ex-teacher, …): notes on what someone does, no role to ask by
        # (economist, formerly of Harlow, now teaches): the role ends before what they do now
        role = next((role[: m.start()] for m in _CLAUSE_AFTER_COMMA.finditer(role)), role)
        return f"Who {verb} {_the(role)}?" if not _is_bare(role) and p.evidence != "metadata" else ""
    if p.evidence == "agent":
        return ""
    before, _, after = frame.partition("{}")
    after = next((after[: m.start()] for m in _CLAUSE_AFTER_COMMA.finditer(after)), after).strip()
    if before.strip() and after.startswith(("is", "was")) and not before.rstrip().endswith(","):
        return f"Who {after.split()[0]} {before.strip()}?" if after in {"is", "was"} else ""
    if before.strip() and not re.match(r"(?:In|On|At|By|During|From|Around|About|Early|Late)\b", before):
        return ""
    lead = f"{before.strip().rstrip(',')}, " if before.strip() else ""
    if p.evidence == "title" and role.strip() in _FORMS_OF_ADDRESS:
        who = "who" if lead else "Who"  # Dr. Marisol Quintero is …: not "Which Dr. is …"
    elif p.evidence == "title":
        role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I)  # not "Which The economist"
        who = f"which {role}" if lead else f"Which {role}"
    elif p.evidence == "apposition" and _ONE_OF.search(role.strip()):
        return ""  # "Who was (the) one of the settlers who …?": a role many share
    elif p.evidence == "apposition" and len(f"{role} {after}".split()) <= 16:
        if _PASSIVE_AFTER.match(after):  # X, a director, interviewed in case study 2: she was interviewed
            after = f"{verb} {after}"
        return f"{lead}{'w' if lead else 'W'}ho {verb} {_the(role)} who {after}?"
    else:
        who = "who" if lead else "Who"
    if _PASSIVE_AFTER.match(after):  # (notes) Tam Keir executed in Perth in 1601: he was executed
        after = f"{verb} {after}"
    return f"{lead}{who} {after}?"


_TOO = re.compile(r"\b(?:too|as well|also|either)\s*\?$", re.I)
MANY_PEOPLE = 4  # a document naming this many people has several who could fit a bare question
SHORT_WHO = 6  # words: "Who crossed the river?"


def _fits_many(asked: str) -> bool:
    """Whether an English "Who …?" is short and names nothing (no name, no figure): among a crew
    of twelve, who "crossed the river" has several answers."""
    words = asked.rstrip("?").split()
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])
    return len(words) < SHORT_WHO and not named


def question(doc: Document, p: Person) -> str:
    """The question whose answer is the person, or "" when the text gives none that reads well."""
    if p.evidence == "metadata" and re.search(r"作者|author", p.role):
        return ""  # the metadata items ask for the author already
    if _ONE_OF.search(p.role.strip()) and not p.frame:
        return ""  # "Who was one of the first settlers?": many were
    if doc.language == "zh" and _ORGANISATION_ZH.search(p.role.strip()):
        return ""  # 程某（市档案馆编研处）: where someone works, which many others do, no role
    if _LABEL_SUFFIX.search(p.role.strip()) and _part_in_talk(p.role):
        return ""  # 谁是主持人B？: the transcript's label for a voice, not what the talk is about
    if doc.language == "zh":  # 曾任…主任 is what someone did: 谁曾任…, not 谁是曾任…
        asked_zh = re.sub(r"谁是(?=[曾现时原]任)", "谁", _ask_zh(p))
        if _A_BARE_OCCUPATION_ZH.fullmatch(asked_zh) and people_named(doc) >= MANY_PEOPLE:
            return ""  # 社会学者是谁？ among a book's many scholars: several fit
        if _WHOSE_UNSAID_ZH.fullmatch(asked_zh):
            return ""  # 谁是博士导师？: whose supervisor, the question does not say
        bare = asked_zh in {f"谁是{p.role.strip()}？", f"{p.role.strip()}是谁？"}
        if bare and (_part_in_talk(p.role) or _RUNS_THE_EVENT_ZH.search(p.role.strip())):
            # 谁是主持人？, 谁是沙龙组织者？: of which show, the card cannot say, and who ran the
            # evening is its furniture (the metadata items name the speaker)
            return ""
        return asked_zh
    asked = _ask_en(p)
    if re.match(r"Who (?:is|was|were|are) (?:what|which|who)\b", asked):
        return ""  # Who was what people named…?: the frame's own relative clause, no question
    if _TOO.search(asked):
        return ""  # Who got a Nobel too?: as well as someone the question does not name
    if _DONE_TO.match(asked):
        return ""  # Who is knighted (1866)?: what befell them, read as a post, is no question
    return "" if asked and _fits_many(asked) and people_named(doc) >= MANY_PEOPLE else asked


# Who is knighted (1866)?, Who is elected in 1901?: a deed done to someone, not a post they hold
_DONE_TO = re.compile(
    r"Who (?:is|are) (?:the )?(?!(?:called|named|known|based|employed)\b)[a-z]+ed\b"
    r"(?!\s+[a-z]+(?:er|or|ist|ian)\b)"  # (the retired teacher, the celebrated painter: a post)
)


# a bracket naming only where someone works: an office, a body, a firm (编研处, 市档案局, 某出版社)
_ORGANISATION_ZH = re.compile(
    r"(?:[部局处科室院所厅署]|中心|公司|集团|委员会|办公室|学会|协会|基金会|大学|学院|图书馆|博物馆|医院|银行"
    r"|学生会|研究生会|工会|商会|联合会|理事会|董事会"
    r"|杂志社?|出版社|报社|电视台|研究院|实验室|事务所|工作室)$"
)
# 社会学者是谁？, 谁是外科医生？: an occupation alone, with no place or deed to say which one
_A_BARE_OCCUPATION_ZH = re.compile(
    r"(?:谁是)?[\u4e00-\u9fff]{0,4}(?:学者|学家|专家|医生|记者|作家|教授|研究员|老师|工程师|律师|编辑)(?:是谁)?？"
)
# 谁是博士导师？, 谁是她的搭档: a relation (a supervisor, a partner) asked without whose it is
_WHOSE_UNSAID_ZH = re.compile(
    rf"(?:谁是)?[^的，,。]{{0,4}}(?:{'|'.join(map(re.escape, RELATION_ZH))})(?:是谁)?？"
)
_ONE_WORD_ROLE = re.compile(r"(?:the|a|an)\s+[a-z-]+", re.I)
_VAGUE_ROLE = re.compile(r"\b(?:kind|sort|type) of\b|这样的人|那种人|一类人", re.I)
# 创始人兼CEO, 后来加入：某某, founder; Joined: 2019: a comma, then the label of another field
_NEXT_FIELD = re.compile(r"[,，;；]\s*[^,，;；：:]{1,12}[：:]")
_FIRST_PERSON = re.compile(r"\b(?:my|our|mine)\b|我", re.I)
_AUTHOR_OF = re.compile(r"^(?:the\s+)?(?:author|writer) of\b|的(?:作者|著者)$", re.I)


def _reverse(doc: Document, p: Person) -> str:
    if p.evidence in _NO_REVERSE or not p.role or len(p.role) > 60:
        return ""
    if p.role.strip() in _FORMS_OF_ADDRESS:  # `Dr.`, `Mrs.`: how one is addressed, not what one is
        return ""
    if _part_in_talk(_THE_PROGRAMMES.sub("", p.role.strip())):
        return ""  # 某某是什么身份？ — 栏目主持人, the show's host: a credit, not what it teaches
    if doc.language == "zh" and _ORGANISATION_ZH.search(p.role.strip()):
        return ""  # 程某是什么身份？ — 市档案馆编研处: where one works, not what one is
    if re.match(r"(?:and|or|but)\b", p.role.strip(), re.I):
        return ""  # "and historian": the end of a list of roles, cut from its head
    if _AUTHOR_OF.search(p.role.strip()) and (
        p.evidence == "metadata" or (doc.title and doc.title in p.role)
    ):
        # "Who is X? — author of these notes": the byline, not what the notes teach; and the author
        # a header names (作者：…) is asked forward by the meta items (《X》的作者是谁？): asked back,
        # X是什么身份？ has other answers (the fund manager she also is; judges kept 10 of 19)
        return ""
    if p.evidence == "metadata" and _is_bare(p.role):
        return ""
    if doc.language != "zh" and _AN_OCCUPATION_EN.fullmatch(p.role.strip()):
        return ""  # "Who is Ada Reyes? — PhD student": a rank many share, not who she is
    if doc.language == "zh" and (bare_title(p.role.strip()) or _A_RANK_ZH.fullmatch(p.role.strip())):
        return ""  # 某某是什么身份？ — 高级工程师: a title many hold, not who he is
    if doc.language != "zh" and re.fullmatch(r"[A-Za-z-]+", p.role.strip()):
        return ""  # "Who was Edmund Larrowe? — landowner": one word says less than what he did
    if _ONE_WORD_ROLE.fullmatch(p.role.strip()) and (p.frame or p.role.lower().startswith("the ")):
        # "Who was William Thomson? — the physicist": one word says less than what he did, and
        # `the` points back at the sentence it was copied from
        return ""
    if _FIRST_PERSON.search(p.role):
        return ""  # "— my own teacher": whose, the card cannot say
    if _VAGUE_ROLE.search(p.role):
        return ""  # "— a very different kind of leader": a judgement of the person, not a role
    if _CUT_FROM_ITS_OWNER_ZH.match(p.role.strip()):
        return ""
    if _FORMER_POST.match(p.role.strip()) and _NOW.search(p.sentence):
        return ""  # 前某品牌总监, 现为独立顾问: who she was is one answer, who she is another
    if doc.language == "zh" and _FORMER_POST.match(p.role.strip()):
        # 前某品牌总监: what she was, asked as what she is, has her later posts for answers too
        return _join(p.name, "曾任什么职务？")
    if doc.language == "zh":
        tail = "是谁？" if p.evidence in {"relation", "author"} else "是什么身份？"
        return _join(p.name, tail)
    verb = "was" if _PAST.search(p.sentence) else "is"
    return f"Who {verb} {p.name}?"


def _blank(doc: Document, p: Person, fill: str) -> str:
    end = "。" if doc.language == "zh" else "."
    return p.frame.replace("{}", fill) + end


class _Cast:
    """The document's people as choices draw on them, ordered once: names in the same script as
    the answer's first, then by line; each person's each written form once; and how often each
    speaker speaks."""

    def __init__(self, people: Sequence[Person], doc: Document) -> None:
        # how many turns each speaker takes, counted once for the document
        self.turns = Counter(person_key(b.speaker) for _, b in doc.all_blocks() if b.speaker)
        self.holders: dict[str, set[str]] = {}  # a role as written -> who holds it
        for o in people:
            self.holders.setdefault(o.role.strip(), set()).add(person_key(o.name))
        self.order: dict[bool, list[tuple[str, str]]] = {}
        for latin in (True, False):
            ranked = sorted(people, key=lambda o: (is_latin(o.name) != latin, o.source.line))
            self.order[latin] = list(dict.fromkeys((person_key(o.name), o.name) for o in ranked))

    def distractors(self, p: Person) -> list[str]:
        """Three other people, none of them named in the answer's frame."""
        seen = {person_key(p.name)}
        names: list[str] = []
        for key, name in self.order[is_latin(p.name)]:
            if key not in seen and name not in p.frame:
                seen.add(key)
                names.append(name)
                if len(names) == 3:
                    break
        return names


_PREPOSITION_ROLE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:for|of|to|from|with|by|at|in|on|about|until|till|after|before|since|when|while|unless)\b",
    re.I,
)  # until historian: a clause's opening cut into the role
_ROLES_LONGEST_FIRST = tuple(sorted(ROLE_ZH, key=len, reverse=True))  # 副教授 before 教授
_SHORT_NAME_NOTE = re.compile(r"^(?:下文|以下|后文|后面)?(?:简称|称为|称)|^hereafter\b", re.I)
# 某连锁企业的总监, 一家机械厂的厂长: a role any of many could hold (English asks with the deed)
_ANY_OF_MANY = r"(?:某|一[家位个名所间座])"
_INDEFINITE_ROLE = re.compile(f"^{_ANY_OF_MANY}")


def _of_an_unnamed_body(p: Person) -> bool:
    """Whether the text writes 某 (一家) before the role (某设计院总工X, the role read as 设计院总工):
    the role alone then asks for one of many."""
    role = p.role.strip()
    return bool(role) and re.search(_ANY_OF_MANY + re.escape(role), p.sentence) is not None


def _announces(p: Person) -> bool:
    """Whether the deed only announces what its sentence goes on to say after a colon."""
    deed = p.frame.partition("{}")[2].strip()
    at = p.sentence.find(deed) if deed else -1
    return at >= 0 and p.sentence[at + len(deed) : at + len(deed) + 1] in {"：", ":"}


# a post several people hold at once (联合创始人, co-founder): "who is it?" has more than one answer
_SHARED_ROLE = re.compile(
    r"联合创始人|联合创办人|共同创始人|合伙人|合著者|\bco-?(?:founder|author)s?\b|\bpartners?\b", re.I
)
# …but co-founder and CEO, 联合创始人兼总裁: the other post has one holder
_ONE_HOLDER = re.compile(
    r"\b(?:CEO|CTO|COO|CFO|president|chair(?:man|woman)?|chief executive|managing director)\b"
    r"|总裁|董事长|总经理|首席|主席|院长|校长|所长",
    re.I,
)
# 工厂负责人, 中学语文老师: a kind of organisation, none named, and a post in it
_GENERIC_ORG_ROLE = re.compile(
    r"^(?:工厂|公司|企业|学校|中学|小学|大学|研究院|研究所|医院|银行|机构|基金会|协会|研究中心|实验室|门店|"
    r"餐厅|书店|工作室|团队|部门|社区|村|街道)(?:的)?[\u4e00-\u9fff]{1,6}$"
)
# 对方的项目官员, the other side's lawyer: whose side, the card cannot say
_OTHER_SIDE = re.compile(r"^(?:对方|the other (?:side|party)(?:'s)?\b)", re.I)


def _pointed_at(p: Person) -> bool:
    """该研究院首席分析师, 这家工厂的负责人: the organisation is the one the sentence before named, so
    the role read without it says of what only there."""
    role = p.role.strip()
    return (
        bool(role)
        and re.search(rf"(?:该|此|这家|那家|这所|这个)(?:的)?{re.escape(role[:2])}", p.sentence) is not None
    )


_INDEFINITE = re.compile(r"^an?\s+", re.I)
_A_RANK_ZH = re.compile(
    r"(?:正高级|高级|副|助理|资深|首席)?(?:工程师|研究员|讲师|教授|经济师|会计师|律师|医师|编辑|记者|设计师)"
)
# PhD student, research assistant, a volunteer: a place many hold, named by its rank alone
_AN_OCCUPATION_EN = re.compile(
    r"(?:an?\s+)?(?:[A-Za-z][\w-]*\s+)?(?:student|intern|assistant|postdoc|volunteer|member|employee|staffer"
    r"|trainee|resident)s?",
    re.I,
)


def _line_of(doc: Document, p: Person) -> str:
    """The file line someone is named on (a metadata field's value comes without its key)."""
    return str(doc.lines[p.source.line - 1]) if 0 < p.source.line <= len(doc.lines) else p.sentence


# 主持人：某某（…）, Host: Ann Lee (…): the label right before the name
_HOST_LABEL = re.compile(r"(?:主持人?|主播|\bhosts?|\bhosted by)[*_\s]*[：:]?[*_\s]*$", re.I)
_ONE_ONLY = re.compile(r"\bthe\s+(?:only|first|last|sole|\w+est)\b", re.I)  # …and the only one to …
_WHO_IS = re.compile(r"^(?:Who\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?|谁是)")


def _only_the_role(question: str, role: str) -> bool:
    """Whether a who-question says nothing but the role (谁是X联合创始人？, Who is the co-founder of
    X?): no deed to tell one holder from another."""
    if not question:
        return False
    # "a researcher at X" (one of several) asked as "Who was the researcher at X?": the role alone
    one_of = _INDEFINITE.match(role.strip())
    asked_for = _WHO_IS.sub("", question.strip(), count=1).rstrip("？? ")
    if one_of and asked_for == role.strip()[one_of.end() :] and not _ONE_ONLY.search(role):
        return True
    return role.strip() in question and len(question) - len(role.strip()) <= 12


def _person_drafts(doc: Document, p: Person, people: _Cast) -> list[Draft]:
    p = _with_whole_role(replace(p, role=HEADLINE_VERB_ZH.sub("", p.role)))  # 对话|衡木科技创始人
    if _PREPOSITION_ROLE.match(p.role.strip()):
        return []  # Sam Reuben (for the "Groundwork" newsletter): what for, not what he is
    if _ENDS_ON_A_DATE.search(p.role.strip()):
        return []  # "Who is the warden Sep 1931?": when someone held the post is no part of it
    if _HOST_LABEL.search(_line_of(doc, p).split(p.name, 1)[0]):
        return []  # 主持人：某某（前…编辑）: the show's host and their past, the programme's filing
    if _SHORT_NAME_NOTE.match(p.role.strip()):
        return []  # 周岚（下文简称“岚”）, Ruth Ames (hereafter RA): how the notes shorten a name
    if _role_cut_from_a_word(doc, p) or _OTHER_SIDE.match(p.role.strip()) or _pointed_at(p):
        return []  # 软件外|包公司的负责人, 本|所研究员: the role read starts inside a word
    in_passing = not _recurs(doc, p, people.turns)
    fact = f"person|{p.evidence}|{p.frame or p.role}|{p.name}"
    anchor = f"{p.evidence}|{mask_figures(p.frame or p.role)}"
    score = _SCORE.get(p.evidence, 1.0)
    base = Draft("person", "basic", anchor, "", p.name, p.sentence, p.source, fact, score)
    out: list[Draft] = []
    known = KNOWN_FOR.match(p.frame, 3) if p.frame.startswith("{} ") and p.evidence == "deed" else None
    if known and len(p.frame) - known.end() > 3:  # {} is best known for …: asked by their name
        asked_for = f"What {known['be']} {p.name} {known['known'].replace('-', ' ')} {known['prep']}?"
        return [replace(base, type="reversed", question=asked_for, answer=p.frame[known.end() :].strip())]
    asked = question(doc, p)
    blank = _blank(doc, p, "[…]") if p.frame and not p.frame.startswith("{}") else ""
    if in_passing and _only_the_role(asked, p.role):
        asked = ""  # named once and asked by a role alone: an incidental person
    if _announces(p):
        asked = blank = ""  # X在年会上公布了三项指标：…: what follows the colon is the fact, not who said it
    if in_passing and len(normalize(blank.replace("[…]", ""))) < BARE_SENTENCE:
        blank = ""  # 青石科技[…]。: the same, blanked
    # 联合创始人, or 理事 held by three people of the minutes: "who is it?" has more than one answer
    shared = (_SHARED_ROLE.search(p.role) and not _ONE_HOLDER.search(p.role)) or len(
        people.holders.get(p.role.strip(), ())
    ) > 1
    generic = _GENERIC_ORG_ROLE.match(p.role.strip())  # 工厂负责人: of which factory?
    unnamed = _of_an_unnamed_body(p)  # 某设计院总工是谁？: which one?
    if _INDEFINITE_ROLE.match(p.role) or generic or ((shared or unnamed) and _only_the_role(asked, p.role)):
        # 谁是某企业的区域总监？, 谁是X联合创始人？ ask for one of many: ask the role instead
        asked = blank = ""
    if asked:
        out.append(replace(base, question=asked))
    elif blank:
        out.append(
            replace(base, type="cloze", question=blank, cloze=_blank(doc, p, "{{c1::" + p.name + "}}"))
        )
    # a part in this talk (受访者, guest) is no answer to what someone is: the text says that elsewhere
    reverse = "" if _part_in_talk(p.role) or in_passing else _reverse(doc, p)
    if reverse:  # one per person: the gate keeps the best-scored of a person's roles
        who = f"person|who|{person_key(p.name)}"
        out.append(
            replace(
                base,
                type="reversed",
                anchor=who,
                fact=who,
                question=reverse,
                answer=_held(reverse, p.role),
                score=score,
            )
        )
    others = people.distractors(p)
    if (asked or "[…]" in blank) and len(others) == 3:  # a frame that lost its name asks nothing
        choices = stable_order(p.name, others, anchor)
        out.append(replace(base, type="choice", question=asked or blank, choices=choices))
    return out


def _held(question: str, role: str) -> str:
    """The post a question of what someone once held (曾任什么职务？) asks for, without its 前."""
    return _FORMER_POST.sub("", role.strip(), count=1) if question.endswith("曾任什么职务？") else role


@lru_cache(maxsize=4096)
def bare_title(role: str) -> bool:
    """A title alone (CTO, 创始人, 联合创始人, founder): it says what someone is, not of what, so as an
    answer it is incomplete and as a question ("CTO 是谁？") it may fit several people."""
    text = _EMPTY_MODIFIER.sub("", role.strip().lower())  # older brother, former CEO: whose? of what?
    if _SPEAKER_MARK.match(text):
        return True  # 主持人B, Host 2: a transcript's label for a voice, not a part anyone plays
    return text in _BARE or any(text == f"联合{r}" or text == f"co-{r}" for r in ROLE_ZH)


# a speaker label's role word (the roles a transcript labels its voices by) and a mark telling voices apart
# (a one-letter label, Q or A, is no role: AP, Q3 are other things)
_LABEL_ROLES = "|".join(sorted((re.escape(r) for r in ROLE_ONLY if len(r) > 1), key=len, reverse=True))
_SPEAKER_MARK = re.compile(rf"^(?:{_LABEL_ROLES})\s*(?:[a-z0-9]|[一二三四甲乙丙丁])$")


_EMPTY_MODIFIER = re.compile(
    r"^(?:an?\s+|the\s+)?(?:older|younger|elder|eldest|youngest|twin|late|half-"
    r"|former|then|current|new|ex-|interim|acting|retired|founding|deputy|vice|assistant)\s*|^(?:前任?|原|现任|时任|首任|副)"
)


def _without_next_field(p: Person) -> Person:
    """The role up to where a header's next field begins (创始人兼CEO, 后来加入：某某 -> 创始人兼CEO)."""
    found = _NEXT_FIELD.search(p.role)
    return replace(p, role=p.role[: found.start()].strip()) if found else p


RECURRING = 2  # mentions that make someone one of the document's people, not a name in passing
BARE_SENTENCE = 12  # characters: a blanked line this short says no more of its person than a role


def _recurs(doc: Document, p: Person, turns: Mapping[str, int]) -> bool:
    """Whether the document names the person again (by full name, or an English surname), or lets
    them speak: only then is what they are worth a card of its own. Judges kept 2 of 14 "who is"
    cards of people named once (several roles fit, or the person was incidental), 14 of 24 of
    people named twice or more."""
    body = Emphasis.of(doc).body
    forms = {normalize(p.name)}
    if is_latin(p.name) and " " in p.name.strip():
        forms.add(normalize(p.name.split()[-1]))
    return turns.get(person_key(p.name), 0) + max(body.count(f) for f in forms if f) >= RECURRING


# 小满（研究生）：, 苏姐（退休会计）：: a voice of a talk called as friends call each other, its label
# glossed with what they do for a living: the room's introductions, not what the talk says (judges
# kept 4 of 13 items asking who someone so named is)
_FRIENDLY_NAME_ZH = re.compile(r"(?:小|阿|老)[\u4e00-\u9fff]|[\u4e00-\u9fff](?:姐|哥|叔|姨|伯|嫂)")


def _glossed_label(doc: Document, p: Person) -> bool:
    """Whether the person's line opens on their name glossed, as a speaker's label (小满（研究生）：)."""
    line = doc.lines[p.source.line - 1] if 0 < p.source.line <= len(doc.lines) else ""
    return re.match(rf"\s*{re.escape(p.name)}\s*[（(][^（()）]+[）)]\s*[：:]", line) is not None


def hosts_the_show(person: Person) -> bool:
    """Whether the person hosts the show, by a host's label or listed under a heading for the
    hosts (主播 over 阿某：插画师): the programme's furniture, whoever they are."""
    return person.evidence == "host" or bool(
        person.source.section and field_of(person.source.section) == "host"
    )


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    classroom = classroom_lecture(doc, facts)
    people = [
        _without_next_field(f)
        for f in facts
        if isinstance(f, Person)
        and not READING_LIST_TITLE.search(f.source.section)
        and not (classroom and f.evidence == "metadata")  # the lecturer's card: the class's timetable
        and not (_FRIENDLY_NAME_ZH.fullmatch(f.name) and _glossed_label(doc, f))
    ]
    cast = _Cast(people, doc)
    # who hosts the show is its furniture, as the metadata items hold (the guest and what they say
    # are the content); the host stays among the choices
    out = [d for p in people if not hosts_the_show(p) for d in _person_drafts(doc, p, cast)]
    return [
        d
        for d in out
        if not _by_bare_title(d)
        and not _THING_ASKED_AS_SOMEONE.match(d.question)
        and not _ROLE_POINTS_BACK.search(d.answer if d.type == "reversed" else d.question)
    ]


# the printer who began it, the man behind this: a role that ends pointing at what the text said
# before (the highlight's subject), which the card does not say
_ROLE_POINTS_BACK = re.compile(r"\b(?:it|this|that|them|these|those)\s*[?？]?$")


# Who was the co-operative founded six years ago…?: an organisation read as a person (its name runs
# like one: Brackenridge Community Power) is no one to ask "who" about
_THING_ASKED_AS_SOMEONE = re.compile(
    r"^Who (?:is|was|are|were) (?:the|a|an) (?:[\w-]+ ){0,2}?(?:co-?operative|company|firm|start-?up|charity|"
    r"non-?profit|organi[sz]ation|agency|council|society|club|co-op|partnership|fund|bank|brand|utility|"
    r"supplier|manufacturer|retailer|chain|platform)\b",
    re.I,
)


def _by_bare_title(draft: Draft) -> bool:
    """A bare title asked or answered; a bare occupation asked (answered, it may stand: 乡村工匠)."""
    if draft.type == "reversed":
        return bare_title(draft.answer) or draft.answer.strip() in _OF_SOMEONE_OR_SOMETHING
    asked = _ASKED_ROLE_EN.match(draft.question)
    role = asked.group(1) if asked else re.sub(r"\s*是谁[？?]?$", "", draft.question)
    # Who is the Founder? of what?
    if bare_title(re.sub(r"^(?:the|an?)\s+", "", role, flags=re.I)) or only_an_occupation(role):
        return True
    # 谁是设计师？, 谁是副主任？: a short occupation or a rank of something unsaid, as 设计师是谁？ (judges
    # kept none of 4; 谁是总工程师？, 谁是理事长？ name a post one person holds)
    short = _ASKED_SHORT_ROLE_ZH.fullmatch(draft.question)
    if short is None or short[1].startswith(("总", "首席")):  # 谁是总工程师？: one post, one holder
        return False
    return only_an_occupation(short[1]) or _EMPTY_MODIFIER.sub("", short[1]) in _OF_SOMEONE_OR_SOMETHING


_ASKED_ROLE_EN = re.compile(r"^Who (?:is|was|are|were) (.+?)\?$")
_ASKED_SHORT_ROLE_ZH = re.compile(r"谁是([\u4e00-\u9fff]{2,4})[？?]")
# 软件工程师, 一位退休的钳工, the engineer, a software engineer: what someone does for a living, not
# of what or where: a story's example person, whom the role alone does not pick out
_OCCUPATION_ZH = re.compile(
    r"^(?:一位|一名|某位)?(?:[\u4e00-\u9fff]{0,4}的)?[\u4e00-\u9fff]{1,5}(?:师|员|工|匠|手|医生|护士)$"
)
# (the Dutch canal engineer, the British bridge designer: a nationality or a field before it is no
# less bare: judges kept 1 of 4 such)
_OCCUPATION_EN = re.compile(r"^(?:an?|the)\s+[A-Za-z'’]+(?:[\s-][A-Za-z'’]+){0,3}$")
_QUALIFIED_EN = re.compile(r"\s(?:of|at|for|from|in|on|with|to|who|whose|behind|by|that)\s")


_PARTS_IN_THE_DOCUMENT = frozenset(
    words(
        "author host speaker guest interviewer interviewee narrator moderator presenter lecturer instructor "
        "teacher professor editor translator writer"
    )
)


def only_an_occupation(role: str) -> bool:
    role = role.strip()
    if _OCCUPATION_ZH.match(role):
        return True
    if not _OCCUPATION_EN.match(role) or _QUALIFIED_EN.search(f" {role} "):
        return False
    return role.split()[-1].lower() not in _PARTS_IN_THE_DOCUMENT  # the author, the host: one each
