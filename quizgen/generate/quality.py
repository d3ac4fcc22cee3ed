"""The quality gate every draft passes: no answer leaked into its question, no empty or overlong
answer, no unresolved pronoun or pointer outside the question (`references`), no yes/no question,
no near-duplicate of a better draft.

Pure functions over `Draft`s; the per-kind makers stay free to over-generate.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace

from quizgen.extract.abbreviations import ending_that_spells, spells
from quizgen.extract.evidence import dictionary
from quizgen.extract.figure_grammar import CLOCK, MONTHS_EN
from quizgen.extract.lexicon import SMALL_WORDS_EN, SURNAMES, zipf_en
from quizgen.extract.names import forms, is_latin
from quizgen.extract.numbers import EN_WORDS, en_value, value_of
from quizgen.extract.text import normalize, tag
from quizgen.generate.abbreviations import asks_letters
from quizgen.generate.context import in_context
from quizgen.generate.draft import BLANK, Draft, one_blank
from quizgen.generate.figure_leaks import given_another_way, states_figure, worked_out
from quizgen.generate.frameworks import RANK_ONLY
from quizgen.generate.references import as_generic_you, opens_with_pronoun, points_outside, reference_problem
from quizgen.generate.salience import Emphasis, salience
from quizgen.generate.spread import spread
from quizgen.generate.stems import stem_problem

_ZH_YES_NO = re.compile(r"(?:吗|是否|是不是|对吗)[？?]?$")
_EN_YES_NO = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b", re.I)

# A figure's rewritten question and its choices break on real prose ("For over how many years,
# right?"), and a claim's "why" question on a speaker's reply: blind judges rejected nearly all
# of them, so both are asked as the author's own sentence unless a deck's `types:` asks for more.
ON_REQUEST = frozenset({("figure", "basic"), ("figure", "choice"), ("claim", "basic")})
MAX_ANSWER_CHARS = 60  # a card's answer is a span to check, not a paragraph...
MAX_ANSWER_WORDS = 16  # ...measured in words where the answer is Latin-script text
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def answer_too_long(answer: str) -> bool:
    """Chinese answers are measured in characters, English ones in words."""
    if len(_CJK_CHAR.findall(answer)) * 3 >= len(answer):
        return len(answer) > MAX_ANSWER_CHARS
    return len(answer.split()) > MAX_ANSWER_WORDS


def _question_body(draft: Draft) -> str:
    """The text a learner reads before answering (choices excluded: the answer is one of them)."""
    return draft.question


def _distractor_overlaps(draft: Draft) -> bool:
    """`客户成功` among `客户成功优先`: the learner can pick by shape, not by knowing."""
    answer_key = normalize(draft.answer)
    for choice in draft.choices:
        key = normalize(choice)
        if choice == draft.answer or not key:
            continue
        if key == answer_key:
            return True
        # Numbers nest by accident (5% in 15%); words nesting is a give-away.
        if draft.kind != "figure" and (key in answer_key or answer_key in key):
            return True
    return False


def _leaks(answer: str, answer_key: str, question: str) -> bool:
    """Whether the question gives its answer away; a one-character Chinese term (形) inside a word
    of the question (形成) does not, only standing alone (“形”) does."""
    if _AN_ACRONYM.fullmatch(answer.strip()) and any(
        spells(answer.strip(), part.strip()) for part in _PHRASES.split(question) if part.strip()
    ):
        return True  # a rating called the [HTR], the heat transfer ratio: its words spell it
    if _initials_spell(answer.strip(), question):
        return True  # [BUYS法则]: 无聊(Bored) / 焦虑(Uneasy) / …: the words' initials spell it
    acrostic = _AN_ACROSTICS_ROW.match(question.strip())
    if acrostic and answer.strip()[:1].upper() == acrostic[1]:
        return True  # P — […] of the harvest ([Price]): a mnemonic's letter gives its word away
    if _A_DIRECTION.fullmatch(answer.strip()) and _FROM_ONE_NUMBER_TO_ANOTHER.search(question):
        return True  # the queue [fell], from 40 to 25 people: the two numbers say which way
    if len(answer_key) == 1 and _CJK_CHAR.match(answer_key):
        return bool(re.search(rf"[“「『\"'‘]{re.escape(answer.strip())}[”」』\"'’]", question))
    if _CJK_CHAR.match(answer_key[:1]) and any(n in question for n in re.findall(r"\d{3,}", answer)):
        return True  # “原价1999，现价899” blanked where the stem goes on: 那个1999就是锚
    if answer_key[:1].isdigit() or answer_key[-1:].isdigit():
        # [¥899] … 那个 899 就是锚: the number said again bare, without its currency or unit
        numbers = [n for n in re.findall(r"\d[\d,.]*\d", answer) if len(re.sub(r"\D", "", n)) >= 3]
        # The 15% cap — no holder may control [more than 15%]: the figure stated, its qualifier aside
        core = _QUALIFIER_AFTER.sub("", _QUALIFIER.sub("", answer).strip()).strip()
        qualified = core != answer.strip() and not core.isdigit() and states_figure(question, core)
        return (
            qualified or states_figure(question, answer) or any(states_figure(question, n) for n in numbers)
        )
    named = normalize(_CODE_BEFORE.sub("", answer.strip()))  # P4 重复扣款 asked by …导致重复扣款
    # [鸢尾素（irisin）]：…鸢尾素升高…, [Density 密度]：…的人口密度: the term, its gloss aside
    glossed = _GLOSSED.fullmatch(answer.strip()) or _IN_TWO_LANGUAGES.fullmatch(answer.strip())
    return (
        answer_key in normalize(question)
        or (len(named) >= 2 and named in normalize(question))
        or bool(
            glossed
            and any(
                g and len(normalize(g)) >= 2 and normalize(g) in normalize(question) for g in glossed.groups()
            )
        )
        or _told_by_its_words(answer.strip(), question)
        or _a_word_made_from_it(answer.strip(), question)
        or _half_said_zh(answer.strip(), question)
    )


_ACRONYM_HEAD = re.compile(r"^([A-Z]{3,6})(?![A-Za-z])")
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+")


def _initials_spell(answer: str, question: str) -> bool:
    """Whether an answer opening on an acronym (RICE, RICE法则, the RICE method) has its letters
    given by the initials of capitalised words in the stem: all of them, or all but the last of four
    or more (the last word left out does not hide the rest)."""
    head = _ACRONYM_HEAD.match(answer)
    if not head:
        return False
    letters = head[1]
    initials = "".join(word[0] for word in _CAPITALISED_WORD.findall(question))
    return letters in initials or (len(letters) >= 4 and letters[:-1] in initials)


def _half_said_zh(answer: str, question: str) -> bool:
    """Whether a Chinese answer made of two nouns says its first elsewhere in the stem (掺[豆渣麦麸]…，
    豆渣也不能…): the blank is half given. (A phrase, 起身的学徒 beside 摔跤的学徒, sets its head
    against the stem's on purpose.)"""
    if (
        not re.fullmatch(r"[\u4e00-\u9fff]{4,8}", answer)
        or BLANK not in question
        or re.search("[的了地得]", answer)
    ):
        return False
    from quizgen.extract.text import segment

    words = [w for w in segment(answer) if len(w) >= 2]
    return len(words) == 2 and "".join(words) == answer and words[0] in question.replace(BLANK, "\x00")


def _a_word_made_from_it(answer: str, question: str) -> bool:
    """Whether the stem holds a word made from a one-word name asked (Darwinian beside [Darwin],
    the Achaemenid kings beside [Achaemenes]): the name's stem, all but its last letters, gives it."""
    if not re.fullmatch(r"[A-Z][a-z]{5,}", answer):
        return False
    stem = answer[: max(5, len(answer) - 2)].lower()
    return any(
        w.lower().startswith(stem) and w.lower() != answer.lower() for w in re.findall(r"[A-Za-z]+", question)
    )


_GLOSSED = re.compile(r"(.+?)\s*[（(]([^）)]+)[）)]")
# Density 密度, 出入口 Access points: a term and its translation (学会用 AI is one phrase: its English
# is a word of two letters)
_ENGLISH_TERM = r"[A-Za-z][A-Za-z'’-]{3,}(?:\s[A-Za-z][A-Za-z'’-]*)*"
_IN_TWO_LANGUAGES = re.compile(
    rf"({_ENGLISH_TERM})\s*([\u4e00-\u9fff]{{2,}})|([\u4e00-\u9fff]{{2,}})\s*({_ENGLISH_TERM})"
)
_AN_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_PHRASES = re.compile(r"[,;:()（），；：—–]|\[…\]")
_AN_ACROSTICS_ROW = re.compile(r"([A-Z])\s*[—–:：.)-]\s*\[…\]")
_A_DIRECTION = re.compile(
    r"(?:went\s+)?(?:up|down|rose|fell|risen|fallen|increased|decreased|dropped|climbed|grew|shrank|higher|lower)"
    r"|上升|下降|增加|减少|上涨|下跌|涨|跌|升|降|提高|降低|变多|变少",
    re.I,
)
_FROM_ONE_NUMBER_TO_ANOTHER = re.compile(
    r"\bfrom\b[^.;]{0,40}?\d(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?\bto\b[^.;]{0,20}?\d"
    r"|从[^。；]{0,20}?\d[^。；]{0,20}?(?:到|降到|升到|增至|降至|涨到|跌到|变成)[^。；]{0,10}?\d",
    re.I,
)


# FOUR EYES: …needs [four approvals]; the "big eight": [eight routes]: the count stands in a name
# the stem sets apart (in capitals or in quotes)
_SET_APART = re.compile(r"\b[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)+\b|[“\"]([^”\"]{2,40})[”\"]")
# “每天二十分钟”：…留出[20分钟]: the number read in a quoted Chinese name
_SET_APART_ZH = re.compile(r"[“「『\"]([^”」』\"]{2,20})[”」』\"]")
_NUMBER_RUN_ZH = r"\d+(?:\.\d+)?|[零一二三四五六七八九十百两]+"
_LEADING_NUMBER_ZH = re.compile(rf"^[约近逾超过大概左右]*\s*({_NUMBER_RUN_ZH})")


def _its_number_names_something(answer: str, question: str) -> bool:
    if _CJK_CHAR.search(answer) or _CJK_CHAR.search(question):
        return _its_number_names_something_zh(answer, question)
    value = en_value(answer.split()[0].lower()) if answer.split() else None
    if value is None or not 2 <= value <= 20:
        return False
    spellings = {str(int(value))} | {w for w, v in EN_WORDS.items() if v == value}
    return any(
        spellings & {w.lower().strip(',.:“”"') for w in m.group().split()}
        for m in _SET_APART.finditer(question)
    )


def _its_number_names_something_zh(answer: str, question: str) -> bool:
    number = _LEADING_NUMBER_ZH.match(answer.strip())
    value = number and value_of(number.group(1))
    if (
        value
        and answer.strip().endswith(("%", "％"))
        and any(
            (value_of(tenths) or 0) * 10 == value  # “五年两成”：…不超过[20%]: 两成 is two tenths
            for m in _SET_APART_ZH.finditer(question)
            for tenths in re.findall(r"([一二两三四五六七八九])成", m.group(1))
        )
    ):
        return True
    if not value or value < 2:
        return False
    return any(
        value_of(run) == value
        for m in _SET_APART_ZH.finditer(question)
        for run in re.findall(_NUMBER_RUN_ZH, m.group(1))
    )


_ASKING_CHARS = frozenset("几多哪何谁啥[…]")  # 翻了几倍 asks for 翻了三倍; it states no opposite
_NEGATING_EN = ("un", "non", "non-", "in", "im", "ir", "il", "dis")


def _its_opposite_stands_beside(answer: str, question: str) -> bool:
    """Whether the stem holds the answer with one character changed (有出处的传说 and [没出处的
    传说], 显性知识 and [隐性知识]) or, in English, one word negated (explicit memory and
    [implicit memory]: no; tangible assets and [intangible assets]): the pair gives it away."""
    if re.search(r"\d", answer):
        return False  # 2018年 beside [2019年]: two figures, each its own fact
    if _CJK_CHAR.search(answer) and len(answer) >= 3:
        n = len(answer)
        for i in range(len(question) - n + 1):
            changed = [b for a, b in zip(answer, question[i : i + n], strict=True) if a != b]
            if len(changed) == 1 and changed[0] not in _ASKING_CHARS:
                return True
        return False
    words = answer.lower().split()
    for i, word in enumerate(words):
        for prefix in _NEGATING_EN:
            other = word[len(prefix) :] if word.startswith(prefix) else prefix + word
            if len(other) < 4 or (word.startswith(prefix) and zipf_en(other) < 2.5):
                continue  # `interest` is no negated `terest`
            pair = " ".join([*words[:i], other, *words[i + 1 :]])
            if re.search(rf"\b{re.escape(pair)}\b", question.lower()):
                return True
    return False


# 85%以上, 20分钟以内, 60 or more: a qualifier after the figure (70%红线 … 别排到[70%以上] states it)
_QUALIFIER_AFTER = re.compile(r"\s*(?:以上|以下|以内|之内|左右|上下|or (?:more|less|so)|\+)$", re.I)
_QUALIFIER = re.compile(
    r"^(?:more than|less than|over|under|up to|at least|at most|about|around|roughly|nearly|almost|~|≈|"
    r"超过|不到|不足|约|大约|大概|近|将近|至少|最多|高达)\s*",
    re.I,
)


_CODE_BEFORE = re.compile(r"^[A-Z]{1,2}\d{1,2}\s+(?=\S)")  # an issue list's code before the name


def _told_by_its_words(answer: str, question: str) -> bool:
    """An English answer the question spells out another way: a word of it opening a longer word of
    the question (Panama in "Panamax"), or an acronym whose words stand just before the blank
    (the International Longshoremen's Association, the [ILA])."""
    words = re.findall(r"[A-Za-z]{4,}", answer)
    longer = re.findall(r"[A-Za-z]+", question)
    named_for = re.findall(r"\b[A-Z][a-z]{2,}(?=[–-][A-Z])|(?<=[–-])[A-Z][a-z]{2,}\b", answer)
    if named_for and all(name in longer for name in named_for):
        return True  # [Mirsky–Vance rash] beside Ana Mirsky & Paul Vance: named for them
    capitals = [w for w in re.findall(r"[A-Za-z]+", answer) if w.lower() not in SMALL_WORDS_EN]
    initials = "".join(w[0] for w in capitals)
    if len(capitals) >= 2 and all(w[0].isupper() for w in capitals) and initials in longer:
        return True  # User Acceptance Test asked beside its UAT
    if any(q.lower().startswith(w.lower()) and len(q) > len(w) for w in words for q in longer):
        return True
    # Footfall beside "on foot": a one-word compound whose first part the question says
    if re.fullmatch(r"[A-Za-z]{6,}", answer):
        parts = {q.lower() for q in longer if len(q) >= 4 and q.lower() != answer.lower()}
        if any(answer.lower().startswith(p) and len(answer) - len(p) >= 3 for p in parts):
            return True
    head = answer.split()[0] if answer.split() else ""
    named = head != answer.strip() and re.fullmatch(r"[A-Z]{3,6}", head)
    if named and _spelled_out(head, question, any_case=True):
        return True  # Which term means: rapid eye movement? [REM sleep]: the name's acronym spelled out
    if not re.fullmatch(r"[A-Z]{2,6}", answer):
        return False
    if _spelled_out(answer, question):
        return True  # LGTM asked of "Looks Good To Me"
    compounds = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", question)
    if any("".join(p[0] for p in c.split("-")).upper() == answer for c in compounds):
        return True  # [TTL] beside a time-to-live column: the letters' words joined by hyphens
    if "[…]" not in question:
        return False
    before = re.findall(r"\b[A-Z][\w'’]*", question[: question.find("[…]")])
    if "".join(w[0] for w in before[-len(answer) :]) == answer:
        return True
    # the page table [PT]: its words, in any case, right before the blank
    right_before = re.findall(r"[A-Za-z][\w'’]*", question[: question.find("[…]")])[-len(answer) :]
    if len(right_before) == len(answer) and "".join(w[0] for w in right_before).upper() == answer:
        return True
    # the minimum connection time, or [MCT]: the words in any case, then `, or` or a bracket
    spelled = re.search(  # … or from a [DC]: a word or two between
        r"((?:[A-Za-z][\w'’-]*\s+){1,6}?[A-Za-z][\w'’-]*)\s*(?:,\s*or(?:\s+[a-z]+){0,2}|\(|（)\s*\[…\]",
        question,
    )
    return bool(spelled and ending_that_spells(answer, spelled[1]))


def _spelled_out(acronym: str, question: str, any_case: bool = False) -> bool:
    """Whether capitalised words (any words, with `any_case`) in a row anywhere in the question have
    the acronym's letters as their initials (Looks Good To Me for LGTM)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", question)
    n = len(acronym)
    return any(
        (any_case or all(w[0].isupper() for w in words[i : i + n]))
        and "".join(w[0] for w in words[i : i + n]).upper() == acronym
        for i in range(len(words) - n + 1)
    )


def _a_persons_name(draft: Draft, names: Collection[str]) -> bool:
    """Whether the answer is one of the people the document names, and the stem reads it as one:
    `The […] is a weekly list` holds a method, whatever the name finder took it for."""
    if any(
        len(n) >= (2 if _CJK_NAME.match(n) else 4)
        and re.search(rf"[“\"]{_TITLE_EN}{re.escape(n)}{_TITLE_AFTER_ZH}?[”\"]", draft.question)
        for n in names
    ):
        return True  # What is meant by "Tom Ellery"? ("Dr Tom Ellery"), 什么是“马振东”？, 什么是“魏明教授”？
    asked = _MEANS.search(draft.question) if draft.type in {"reversed", "choice"} else None
    if asked and _bare_name(asked[1].strip()) in names:
        return True  # Which term means: Marisol Quenby? (Instructor: …): a role's holder, no meaning
    quoted = _QUOTED_TERM.search(draft.question) if draft.type == "basic" else None
    if quoted and re.match(rf"{_ADDRESSED_AS}\.?\s+[A-Z]", quoted[1]):
        return True  # What is meant by "Lady Caroline Ashworth"?: a title says it is a person
    if quoted and (_a_first_name(quoted[1], names) or _a_name_zh(quoted[1])):
        return True  # What is meant by "Amira"? (Amira — contact Prof. Dunmore…): an action item's owner
    bare = _bare_name(_LATIN_GLOSS.sub("", draft.answer.strip()))
    named = bare in names or _a_first_name(bare, names) or _a_name_zh(draft.answer)
    return named and not _ARTICLE_BEFORE_BLANK.search(draft.question)


# 葛林沃（Grinwald）, 韦伯斯（J. Webbs）: a name glossed in the script it was written in
_LATIN_GLOSS = re.compile(r"\s*[（(][A-Z][A-Za-z.\s'-]{1,40}[）)]$")


def _only_names(meaning: str, names: Collection[str]) -> bool:
    """Whether the words are people's names and nothing else (甲 ↔ 乙（师父）; Ana & Ben)."""
    meaning = re.sub(r"^.*?(?:是指|means)[：:]\s*|[？?]$", "", meaning.strip())
    parts = [
        re.sub(r"\s*[（(][^）)]*[）)]", "", p).strip()
        for p in re.split(r"[、，,;；/&↔⇄→]|\s和\s|\band\b", meaning)
    ]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(p in names or _a_name_zh(p) for p in parts)


def _a_name_zh(text: str) -> bool:
    """Whether a Chinese term is a person's name: the tagger reads it whole as one, or it is a name
    behind a title (马丁教授: a name the dictionary knows, which the title makes a person's)."""
    text = _LATIN_GLOSS.sub("", text.strip())
    if _SURNAME_AND_POST_ZH.fullmatch(text) and dictionary()[0].get(text) is None:
        return True  # 柏主任, 程总, 邵老师: someone called by surname and post (班主任 is a word)
    bare = _bare_name(text)
    if bare != text and 2 <= len(bare) <= 4 and _CJK_NAME.match(bare):
        return all(flag.startswith("nr") for _, flag in tag(bare))
    return _tagged_a_name_zh(bare)


def _tagged_a_name_zh(text: str) -> bool:
    """A Chinese answer of two or three characters, led by a surname, that the tagger reads whole as
    a person's name (杜某川 in minutes that name nobody's role): no term."""
    if not (2 <= len(text) <= 3 and text[0] in SURNAMES and _CJK_NAME.match(text)):
        return False
    tags = tag(text)
    if len(tags) != 1 or tags[0][1] != "nr":
        return False
    known = dictionary()[0].get(text)  # 陈皮, 马甲, 李子: words of the dictionary, which a name is not
    return known is None or (known == 0 and len(text) == 3)


_QUOTED_TERM = re.compile(r"[“\"]([^”\"]{2,40})[”\"]")


def _a_first_name(text: str, names: Collection[str]) -> bool:
    """Luis: upstream landowners are… (Luis Márquez among the attendees): a first name alone. A
    "name" ending on an everyday word (Quiet Work, Corbin Hardware) is a title or a firm's."""
    return bool(re.fullmatch(r"[A-Z][\w'’-]+", text)) and any(
        n.split()[0] == text and zipf_en(n.split()[-1].lower()) < EVERYDAY_SURNAME for n in names if " " in n
    )


EVERYDAY_SURNAME = 4.0  # Zipf: Márquez 2.4, Sayed 2.6; Habits 4.2, Hardware 4.3 (Smith 4.9 is missed)


_MEANS = re.compile(r"(?:是指|means)[：:]\s*(.+?)[？?]?$")


# Prof. […] – former supervisor; […]：项目顾问; Guest: Dr. […], wrote…: a cast list's entry, its name blanked
_ROSTER_BLANK = re.compile(
    r"^(?:(?:guests?|hosts?|speakers?|moderator|panell?ists?|people|person|嘉宾|主持人?|主讲人?|人物|角色)\s*[:：]\s*)?"
    r"(?:(?:Dr|Prof|Mr|Ms|Mrs|Sir)\.?\s+)?\[…\]\s*(?:[–—:：,，]|-\s)",
    re.I,
)
_ADDRESSED_AS = r"(?:Dr|Prof|Professor|Mr|Ms|Mrs|Sir|Lady|Lord|Dame)"  # a form of address: a person
_TITLE_EN = rf"(?:{_ADDRESSED_AS}\.?\s+)?"
_TITLE_BEFORE = re.compile(rf"^\s*{_TITLE_EN}")
_TITLE_AFTER_ZH = r"(?:教授|博士|老师|先生|女士|医生|院士|研究员|工程师|师傅)"
# 柏主任, 程总, 甘同学: a surname and the title, post or fellow-student word a text calls someone by
_SURNAME_AND_POST_ZH = re.compile(
    rf"[\u4e00-\u9fff](?:{_TITLE_AFTER_ZH}|主任|总|经理|校长|院长|局长|书记|部长|科长|处长|组长|老板"
    r"|同学|学长|学姐|师兄|师姐|师弟|师妹)"
)


def _bare_name(answer: str) -> str:
    """A name without the title written before or after it (Dr. Ana Reis, 韩立教授)."""
    return re.sub(rf"{_TITLE_AFTER_ZH}$", "", _TITLE_BEFORE.sub("", answer.strip()))


_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]+$")
# 主持人, 主播, 沙龙组织者; host, co-host, presenter, moderator: who runs the show or the evening
_A_HOSTS_PART = re.compile(
    r"主持人|主播|组织者|\b(?:co-?)?hosts?\b|\bpresenter\b|\bmoderator\b|\borgani[sz]er\b", re.I
)
# a degree word and its adjective: …but the core chapters are [genuinely useful]
_VERDICT_ANSWER = re.compile(
    r"(?:genuinely|really|very|quite|pretty|truly|incredibly|extremely|super|rather|fairly|surprisingly)\s+[a-z-]+"
    r"|(?:非常|很|特别|十分|挺|超级|相当|真的)(?:好|有用|实用|精彩|重要|值得|难|简单|厉害)",
    re.I,
)
_A_CLAUSE_FOR_A_ROLE = re.compile(r"(?:who|which|that)\s", re.I)
# an auxiliary, a negation or a frequency word alone: charged particles [cannot] cross …
_FUNCTION_ANSWER = re.compile(
    r"(?:can(?:not|['’]t)?|could(?:n['’]t| not)?|must(?: not)?|should(?:n['’]t| not)?|"
    r"will(?: not)?|won['’]t|"
    r"would(?:n['’]t| not)?|do(?:es)?(?: not|n['’]t)?|did(?: not|n['’]t)?|"
    r"is(?: not|n['’]t)?|are(?: not|n['’]t)?|"
    r"was(?: not|n['’]t)?|were(?: not|n['’]t)?|not|never|always|may(?: not)?|might(?: not)?)"
    r"|(?:不能|不可以|可以|不会|必须|没有|不是|不|没|能|会)",
    re.I,
)
_PRONOUN_ANSWER = re.compile(
    r"(?:me|i|myself|you|him|her|them|us|we|it|he|she|they|hers|his|theirs|mine|yours|ours|its|this|that|these|those)"
    r"|(?:我|你|您|他|她|它|我们|你们|他们|她们|它们|笔者|本人|这|那|这个|那个|这些|那些)",
    re.I,
)
_POINTS_ABOVE = re.compile(r"以上|上述|前面几位|\bthe above\b|\babove-mentioned\b", re.I)


def _surname_in_stem(answer: str, question: str) -> bool:
    """Whether a Latin name's short form (Marlow of E. Marlow) stands as a word in the stem."""
    name = answer.strip()
    short = forms(name)[1:] if is_latin(name) and " " in name else ()
    return any(re.search(rf"\b{re.escape(form)}\b", question) for form in short)


# Wren Street, Holt's Yard, Marlow Hall: a place or a building called after someone
_PLACE_NAMED_FOR = re.compile(
    r"(?P<name>[A-Z][a-z]{2,})(?:['’]s)?\s+(?:Street|Road|Square|Place|Crescent|Circus|Hall|Park|Bridge|"
    r"Gardens|Terrace|Lane|Avenue|Row|Yard|Building|House|Tower|College|Library|Museum|Institute)"
)


def _named_for_someone_in_the_stem(answer: str, question: str) -> bool:
    """Whether the answer is a place called after a name the stem states (…named after Ada Wren)."""
    place = _PLACE_NAMED_FOR.fullmatch(answer)
    return bool(place and re.search(rf"\b{re.escape(place['name'])}\b", question))


# 甲某、乙某; 某公，某人: the items a stem lists after its question's colon
_LISTED_ITEM_SPLIT = re.compile(r"[、，,：:；;？?（）()\s/]|和|与|及")
_NAMES_SPLIT = re.compile(r"[、，,；;/]")
_NAME_SIZED_ZH = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _named_for_a_listed_one_zh(answer: str, question: str) -> bool:
    """Whether a Chinese answer holds, as part of itself, an item the stem lists whole ([甲某变法]
    asked by 人物是：某公、甲某), or the stem one the answer lists ([某公、甲某] asked of 甲某变法): a
    reform, a law or a school called after the one named."""

    def listed(text: str) -> set[str]:
        return {part for part in _LISTED_ITEM_SPLIT.split(text) if _NAME_SIZED_ZH.fullmatch(part)}

    answer = answer.strip()
    if any(item in answer and item != answer for item in listed(question)):
        return True
    # (only an answer that is nothing but names set apart: 创业板 100 只 repeats a word, a formula its
    # parts, and 甲与乙并重 is one term)
    parts = {part.strip() for part in _NAMES_SPLIT.split(answer) if part.strip()}
    return (
        len(parts) >= 2
        and all(_NAME_SIZED_ZH.fullmatch(part) for part in parts)
        and any(part in question for part in parts)
    )


def _names_themself(draft: Draft) -> bool:
    """Whether a person's role, as asked back, is the person's own (Who is X? — X's uncle): a his or
    her resolved to the very person it describes (Berg Design of Anna Berg is her firm's name)."""
    name = re.sub(r"^Who (?:is|was)\s+|(?:\?|？|是什么身份？|是谁？)$", "", draft.question.strip()).strip()
    return len(name) >= 2 and re.search(re.escape(name) + r"(?:['’]s\b|的)", draft.answer) is not None


# 某某法第9条, 第12条第2款, Art. 6(1), s. 14, § 242: a statute's article, asked alone (judges kept
# none of 3; a period given with its article, 3年（第12条）, they kept)
_A_CITATION = re.compile(
    r"《?[\u4e00-\u9fff]{0,12}》?第[\d一二三四五六七八九十百千]+条(?:第[\d一二三四五六七八九十]+款)?"
    # 某法257条2款, 312条, 31条1款: the article written without its 第 (three digits, or a clause)
    r"|《?[\u4e00-\u9fff]{0,12}》?(?:\d{3,4}条(?:第?\d+款)?|\d{1,4}条第?\d+款)"
    r"|(?:Art(?:icle)?\.?|s\.|ss\.|§)\s*\d+[A-Za-z]?(?:\(\w+\))*",
    re.I,
)
_HALF = re.compile(r"一半多?|多一半|大半|(?:a |one )?half", re.I)  # judges kept 6 of 17
_SHOUTED = re.compile(r"[A-Z]{2,}")
SHOUTED_ZIPF = 5.0  # as common as "lot" or "never" (acronyms such as CEO or USA stay below)
# [MAIN POINT] — prices fell…; [BIG TAKEAWAY]: …; [DRAFT] — for approval…: the label a note (or a page)
# opens with, then what it says
_SHOUTED_LABEL = re.compile(r"^\[…\]\s*(?:[—–:：]|-\s)")
_LABEL_WORD = re.compile(
    r"^(?:(?:THE|MY|ONE|BIG|KEY|MAIN|CORE|IMPORTANT)\s+)*(?:IDEA|POINT|TAKEAWAY|LESSON|NOTE|TIP|WARNING|SUMMARY"
    r"|BOTTOM LINE|TL;?DR|REMEMBER|NB|KEY|QUOTE|THESIS"
    r"|DRAFT|FINAL|PROVISIONAL|UNAPPROVED|CONFIDENTIAL|UPDATED?|REVISED|URGENT)S?$"  # a page's status stamp
)
_ARTICLE_BEFORE_BLANK = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+\[…\]")


_HALF_OF_THE_DAY = re.compile(r"[AaPp]\.?[Mm]\.?|上午|下午|晚上|凌晨|中午")
# Whitfield/Cho vs, costs and: a blank cut before the word its last one joins it to
_DANGLING_END = re.compile(r"\s(?:vs\.?|versus|and|or|of|to|with|the|a|an|&)$|[/&+–—-]$", re.I)


# the [National Institute] for Soil Studies: a name going on after the blank in capitals
# (…the [Royal Mint] and the Treasury: after "and the", another name begins)
_NAME_RUNS_ON = re.compile(r"\[…\]\s+(?:(?:for|of|de|der|von|on)\s+(?:the\s+)?|(?:and|&)\s+)[A-Z][a-z]")
# Tate Gallery, Department of Fish: capitalised words, with the small words a name's title holds
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|de|du|von|van)\s+)*[A-Z][\w'’.-]*)*\s*")
# Mons [Aug] 23, the blank closing on a month whose day follows it: a date cut in two
_MONTH_CUT = re.compile(rf"\s(?:{'|'.join(sorted({*MONTHS_EN, *(m[:3] for m in MONTHS_EN), 'Sept'}))})\.?$")
_DAY_AFTER = re.compile(r"\[…\]\s*\d{1,2}\b")


# “[…]”，high-level equilibrium trap，…: a speaker giving a term in both languages, the English beside
# the blank (in brackets, a gloss the generator drops or masks; set off by commas, it stays)
_GLOSSED_AFTER_THE_BLANK = re.compile(
    r"\[…\][”」\"]?\s*[，,]\s*[A-Za-z][A-Za-z'’-]+(?:\s[A-Za-z][A-Za-z'’-]+){0,5}\s*(?:[，,。；;]|$)"
)
# 三朝, 4 种: a count and what it counts, after the list of what it counts (甲、乙、丙[三种])
_A_COUNT = re.compile(r"(?P<n>[一二两三四五六七八九十]{1,2}|\d{1,2})\s*[\u4e00-\u9fff]{1,2}")
_LIST_BEFORE = re.compile(r"(?:^|[，,：:；;。—])(?P<list>[^，,：:；;。—]+)\s*\[…\]")


def _counted_before_the_blank(answer: str, question: str) -> bool:
    """Whether the answer is a count of the list the stem sets just before its blank."""
    count = _A_COUNT.fullmatch(answer)
    if not count:
        return False
    n = value_of(count["n"])
    listed = _LIST_BEFORE.search(question)
    if not n or not listed:
        return False
    items = [i for i in re.split(r"、|和|与|及", listed["list"]) if i.strip()]
    return len(items) == n >= 2


# Co-host tonight was […], hosted by […], 本期主持人是[…]: who runs the show is its furniture
_WHO_HOSTS = re.compile(
    r"(?i:\bco-?hosts?\b|\bhosted\s+by\b|\b(?:our|tonight's|today's|the\s+show's)\s+hosts?\b)[^.;:!?]{0,20}\[…\]"
    r"|(?:主持人|主播)[^，,。；;！？]{0,6}\[…\]"
    # Okafor talks to […] about fear and…: the standfirst's interviewer, the piece's writer
    r"|\b(?:talks|talked|speaks|spoke|sits down|sat down)\s+(?:to|with)\s+\[…\]\s+(?:about|on)\b"
)


# Drive > […] > Q3 notes, 设置 > […] > 隐私: the blank is one step of a path through folders or menus
_PATH_SIGN = ">\u203a\u00bb"  # >, a single and a double angle quotation mark
_PATH_STEP = rf"[^\s{_PATH_SIGN}/|<]{{1,24}}(?:\s[^\s{_PATH_SIGN}/|<]{{1,24}}){{0,2}}"
_A_PATH = re.compile(rf"{_PATH_STEP}(?:\s*[{_PATH_SIGN}]\s*{_PATH_STEP}){{2,}}")


def _a_path_with_a_blank(question: str) -> bool:
    return any("[…]" in m.group() for m in _A_PATH.finditer(question))


# b) KL - the van needs two new tyres…, MH - thanks to all…: minutes' any-other-business lines, each opened
# on the initials of who raised it
_RAISED_BY_INITIALS = re.compile(r"^(?:[a-z0-9][.)]\s+)?[A-Z]{2,3}\s+[-–—]\s+\S")
_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}")


# 关键是…, 真正的难点是…, The main reason is…: the key, the site, the reason of what the line
# before named (a kind of damage, a repair), the stem leaves out
_AN_ASPECT_OF_WHAT_ZH = re.compile(
    r"^(?:但|而|所以|因此)?(?:最常见的|最主要的|最重要的|最大的|最关键的|主要的|真正的)?"
    r"(?:关键|重点|核心|难点|要点|部位|地方|原因|好处|坏处|缺点|优点|区别|前提|秘诀|诀窍)(?:就)?(?:是|在于)"
)
_AN_ASPECT_OF_WHAT_EN = re.compile(
    r"^(?:But\s+|And\s+|So\s+)?the\s+(?:(?:most\s+common|main|real|key|biggest|only)\s+)?"
    r"(?:key|trick|point|reason|problem|difference|catch|secret|site|place)\s+(?:is|was)\b",
    re.I,
)


def _in_a_persons_gloss(question: str, names: Collection[str]) -> bool:
    """Whether the blank sits in the brackets that gloss a person's name (陶某（制琴师，入行[…]）,
    Ada Lind (potter, 12 years at the wheel […])): the speaker's bio, read once and passed over."""
    at = question.find(BLANK)
    for m in _GLOSS_BRACKETS.finditer(question):
        if m.start() < at < m.end() and any(question[: m.start()].rstrip().endswith(n) for n in names if n):
            return True
    return False


_GLOSS_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")


# Raising a seed round in […] — and why she waited; Hiring the first engineer — and how: what an
# episode covers, in its show notes' list
_A_TOPIC_LINE = re.compile(r"^[A-Z][a-z]+ing\b.*\s[—–-]\s+and\s+(?:why|how|what|where|when|who)\b")
UNPUNCTUATED_WORDS = 18  # an English stem this long with no stop, comma or dash is a caption's run-on
_PUNCTUATION = re.compile(r"[,.;:!?—–()\"“”]")


def _unpunctuated_run(question: str) -> bool:
    """Whether an English stem is auto-captioned speech run together (…near sixty percent of peak
    power in trained rowers it can reach…): many words, not one mark between them."""
    if _CJK_CHAR.search(question):
        return False
    return len(question.split()) >= UNPUNCTUATED_WORDS and not _PUNCTUATION.search(
        question.replace(BLANK, "")
    )


def rejection(draft: Draft, names: Collection[str] = ()) -> str | None:
    """Why a teacher would reject this draft, or None if it passes; `names` are the people its
    document names (a 他 after one of them is resolved)."""
    draft = replace(draft, question=one_blank(draft.question))
    answer_key = normalize(draft.answer)
    if not answer_key or not normalize(draft.question):
        return "empty question or answer"
    if _PRONOUN_ANSWER.fullmatch(draft.answer.strip()):
        return "the answer is a pronoun (who wrote it? me): it stands for nobody out of its sentence"
    if draft.type == "cloze" and RANK_ONLY.match(draft.answer.strip()):
        return "the blank is a rank alone (最主要, the most important): of what, the stem must say"
    if draft.type == "cloze" and _VERDICT_ANSWER.fullmatch(draft.answer.strip()):
        return "the blank is a verdict (genuinely handy, 非常有用): someone's judgement, not a fact"
    if _FUNCTION_ANSWER.fullmatch(draft.answer.strip()):
        return "the blank is a function word (cannot, not, 不能): the rest of the sentence gives it away"
    if _SHOUTED.fullmatch(draft.answer.strip()) and zipf_en(draft.answer.strip().lower()) >= SHOUTED_ZIPF:
        return "a common word in capitals for emphasis (a LOT), not a term or an acronym"
    if (
        draft.type == "cloze"
        and _SHOUTED_LABEL.match(draft.question.strip())
        and _LABEL_WORD.search(draft.answer)
    ):
        return "a note's label in capitals (KEY POINT — …), not what it labels"
    if _RAISED_BY_INITIALS.match(draft.question.replace(BLANK, draft.answer, 1).strip()) and not (
        _INITIALS_ONLY.fullmatch(draft.answer.strip())  # who owns the action, asked: the minutes' fact
    ):
        return "a line the minutes open on its raiser's initials (KL - the van…): whose, no reader can tell"
    if draft.type == "cloze" and (
        _AN_ASPECT_OF_WHAT_ZH.match(draft.question) or _AN_ASPECT_OF_WHAT_EN.match(draft.question)
    ):
        return "the stem opens on an aspect of something unnamed (关键是…, the main reason is…): of what?"
    if draft.kind == "figure" and _in_a_persons_gloss(draft.question, names):
        return "a detail of someone's introduction (陶某（制琴师，入行[…]）), not what the text teaches"
    if _A_TOPIC_LINE.match(draft.question):
        return "a show's list of topics (Raising a seed round in […] — and why…): a heading, not a sentence"
    if _unpunctuated_run(draft.question):
        return "a run of captioned speech with no punctuation: where one sentence ends, nobody can tell"
    if draft.type == "cloze" and _WHO_HOSTS.search(draft.question):
        return "who hosts or co-hosts the session or the show: its furniture, not what it teaches"
    if draft.type == "cloze" and _a_path_with_a_blank(draft.question):
        return "a step of a path through folders or menus (Drive > […] > Q3): where a file is, not a fact"
    if _A_CITATION.fullmatch(draft.answer.strip()):
        return "where a rule is written (某某法第9条, Art. 6(1)), not what it says"
    if _HALF.fullmatch(draft.answer.strip()):
        return "half alone ([一半], [half]): the words around it give it, or any share would do"
    if draft.type == "cloze" and "{{c1::" not in draft.cloze:
        return "cloze without a first deletion"
    if draft.type == "choice" and (draft.answer not in draft.choices or len(set(draft.choices)) < 2):
        return "choice item whose answer is not among distinct choices"
    if draft.type == "choice" and _distractor_overlaps(draft):
        return "a distractor contains the answer or is contained in it"
    if answer_too_long(draft.answer) and draft.type != "reversed":
        return "answer too long for a card"
    if CLOCK.fullmatch(draft.answer.strip()) or _HALF_OF_THE_DAY.fullmatch(draft.answer.strip()):
        return "a time of day or a timestamp is no fact to learn (**17:20** 讨论…, 6:34 [PM])"
    if (
        draft.type == "cloze"
        and _MONTH_CUT.search(draft.answer.strip())
        and _DAY_AFTER.search(draft.question)
    ):
        return "the blank cuts a date in two ([Mons Aug] 23): the day stands outside it"
    if draft.type == "cloze" and _DANGLING_END.search(draft.answer.strip()):
        return "the blank ends on a word that joins it to what follows (Whitfield/Cho [vs], A [and])"
    if (
        draft.type == "cloze"
        and _NAME_RUNS_ON.search(draft.question)
        and _CAPITALISED.fullmatch(draft.answer)
    ):
        return "the blank is half a name (the [National Institute] for Soil Studies): the rest gives it"
    if (
        draft.type == "cloze"
        and _CJK_CHAR.search(draft.answer)
        and _GLOSSED_AFTER_THE_BLANK.search(draft.question)
    ):
        return (
            "the stem says the blank's term in English beside it (“[…]”，ecological constraints): translated"
        )
    if _counted_before_the_blank(draft.answer.strip(), draft.question):
        return "the stem lists the things the answer counts (仁宗、英宗、神宗[三朝]): counting gives it"
    if not asks_letters(draft) and _leaks(draft.answer, answer_key, _question_body(draft)):
        return "answer appears in its own question"
    if draft.kind == "figure" and _its_number_names_something(draft.answer.strip(), _question_body(draft)):
        return "the count stands in a name the stem sets apart (FOUR EYES: … [four approvals])"
    if draft.kind != "figure" and _its_opposite_stands_beside(draft.answer.strip(), _question_body(draft)):
        return "the stem states the answer's opposite (有出处的传说 beside [没出处的传说]): one word changed"
    if draft.kind == "figure" and given_another_way(_question_body(draft), draft.answer):
        return "the stem gives the figure another way (in another unit, or a year of its decade)"
    if draft.kind == "figure" and worked_out(_question_body(draft), draft.answer):
        return "the stem's other figures give the answer by a sum or a share (9 of 12: [75%])"
    if (
        draft.kind == "person"
        and draft.type != "cloze"
        and _A_HOSTS_PART.search(f"{draft.question} {draft.answer}")
    ):
        return "the host or the organiser (谁是主持人？, presenter of …) is the show's frame, not its subject"
    if draft.kind == "person" and _A_CLAUSE_FOR_A_ROLE.match(draft.answer.strip()):
        return "the role is a clause about the person (who welcomed the new director), not who they are"
    if (draft.kind == "person" or draft.answer.strip() in names) and _surname_in_stem(
        draft.answer, _question_body(draft)
    ):
        return "the stem names the person asked for by their surname (Marlow… designed by [E. Marlow])"
    if draft.type == "cloze" and _named_for_someone_in_the_stem(draft.answer.strip(), _question_body(draft)):
        return "a place named for someone the stem names ([Wren Street], named after Ada Wren)"
    if draft.type != "cloze" and _named_for_a_listed_one_zh(draft.answer, _question_body(draft)):
        return "the answer is named for one the stem lists, or the other way (某公、甲某 ↔ 甲某变法)"
    if draft.kind == "person" and draft.type == "reversed" and _names_themself(draft):
        return "the role names the person asked about (Who is X? — X's uncle): a pronoun resolved to them"
    if draft.kind == "meta" and _POINTS_ABOVE.search(draft.answer):
        return "the answer points at what the notes said above (以上三位, the above), not a name"
    if opens_with_pronoun(draft.question.strip()):
        return "question opens with an unresolved pronoun"
    problem = reference_problem(
        as_generic_you(draft.question) if draft.type == "cloze" else draft.question, names
    )
    if problem:
        return problem
    if draft.kind == "framework" and not asks_letters(draft) and _a_persons_name(draft, names):
        return "a person is no term to define"
    if draft.kind == "framework" and _only_names(
        draft.question if draft.type == "reversed" else draft.answer, names
    ):
        return "the words pair or list people (甲 ↔ 乙（师父）), not what a term means"
    if draft.kind == "framework" and draft.type == "basic" and points_outside(draft.answer):
        return "the definition points at something it does not name (推荐这个)"
    if draft.type == "cloze" and draft.kind in {"claim", "framework"} and _a_first_name(draft.answer, names):
        return (
            "a first name alone in the blank ([Dana] pointed out…): which of the people is meant is a guess"
        )
    if draft.kind == "claim" and _ROSTER_BLANK.match(draft.question) and _bare_name(draft.answer) in names:
        return "a name opening a list of who is who (Prof. […] – former supervisor): asked by who they are"
    if any(len(n) >= 2 and draft.question.count(n) >= 2 for n in names):
        return "a name stands twice (a resolved 我/他 reads as a garbled sentence)"
    if _ZH_YES_NO.search(draft.question) or (
        _EN_YES_NO.match(draft.question) and draft.question.rstrip().endswith("?")
    ):
        return "yes/no question"
    return stem_problem(draft)


_ABOUT = re.compile(r"多|余|约|近|超过|左右|about|over|nearly|around")


def _in_title(answer: str, title: str) -> bool:
    """Whether the title states the answer, a figure however roughly (四十多年 in a title saying
    四十年)."""
    key = _ABOUT.sub("", normalize(answer))
    return len(key) >= 2 and key in _ABOUT.sub("", title)


def near_duplicate_key(draft: Draft) -> tuple[str, str, str]:
    """Drafts sharing this key ask the same fact in the same form: keep only the best."""
    return (draft.type, normalize(draft.question)[:80], normalize(draft.answer))


def candidates(
    drafts: list[Draft],
    names: Mapping[str, Collection[str]] | None = None,
    emphasis: Mapping[str, Emphasis] | None = None,
    types: Collection[str] = (),
) -> dict[str, list[Draft]]:
    """Per document, the drafts that pass the gate, best first, one per fact (per fact and type
    where `types` asks for several forms). `names` maps a document's name to the people it names,
    `emphasis` to what it stresses."""
    names = names or {}
    emphasis = emphasis or {}
    by_doc: dict[str, list[Draft]] = {}
    for draft in drafts:
        if (draft.type not in types) if types else (draft.kind, draft.type) in ON_REQUEST:
            continue
        if rejection(draft, names.get(draft.source.doc, ())) is None:
            by_doc.setdefault(draft.source.doc, []).append(draft)
    out: dict[str, list[Draft]] = {}
    for doc, passing in by_doc.items():
        asked = {normalize(d.answer) for d in passing}  # a heading another item asks for stays out
        passing = [in_context(d, asked) for d in passing]
        stress = emphasis.get(doc, NO_EMPHASIS)
        if stress.recognised:  # punctuation guessed at pauses: a sentence cut there asks nothing
            passing = [d for d in passing if d.kind in _NAMED_IN_SPEECH]
        if stress.spoken:  # talk: a figure or a phrase said once in passing is chatter, not a fact
            chatter = _CHATTER if stress.conversation else _CHATTER - {"figure"}  # a lecturer's dates
            passing = [
                d
                for d in passing
                if (d.kind not in chatter or _stressed(d, stress) or _own_figure(d, stress))
                and not _TRAILS_OFF.search(d.question)
            ]
        # where the writer sets their key figures in bold, a figure left plain is one in passing
        passing = [d for d in passing if not stress.figure_in_passing(d)]
        # an answer the title states (《…四十多年》, Notes on Rosa Lindqvist's talk) is read before
        # any card: it is given away (metadata drafts weigh the title themselves: who wrote the
        # book the title names is the book's fact, not the notes')
        passing = [d for d in passing if d.kind == "meta" or not _in_title(d.answer, stress.title)]
        ranked = sorted(passing, key=lambda d: (-salience(d, stress), -d.score, d.source.line, d.question))
        out[doc] = _one_per_fact(ranked, per_type=bool(types))
    return out


def select(
    drafts: list[Draft],
    names: Mapping[str, Collection[str]] | None = None,
    emphasis: Mapping[str, Emphasis] | None = None,
    types: Collection[str] = (),
) -> list[Draft]:
    """The drafts kept: each document's `candidates`, within the budget `spread` gives it."""
    emphasis = emphasis or {}
    kept: list[Draft] = []
    for doc, one_each in candidates(drafts, names, emphasis, types).items():
        stress = emphasis.get(doc, NO_EMPHASIS)
        kept.extend(spread(one_each, stress.body_chars, max(1, len(types)), stress.spoken))
    return kept


NO_EMPHASIS = Emphasis(frozenset(), "", frozenset(), "")
_CHATTER = frozenset({"figure", "claim"})
# Fifteen percent of six and a half is... nine seven five; 去年营收是……整体刚刚盈利: a speaker
# thinking aloud mid-sentence, no sentence to learn
_TRAILS_OFF = re.compile(r"\w\s*(?:\.{3}|…{1,2})\s*(?:\w|\[…\])")
# what speech cut at its pauses is asked for: a term or a person it names, the words around it aside
_NAMED_IN_SPEECH = frozenset({"framework", "person", "meta"})


def _stressed(draft: Draft, stress: Emphasis) -> bool:
    """Whether the speakers come back to the answer or set it off."""
    key = normalize(draft.answer)
    return key in stress.spans or stress.mentions(key, draft.source.line) >= 2


def _own_figure(draft: Draft, stress: Emphasis) -> bool:
    """A figure a speaker gives of their own organisation (`we` resolved: Basaltine closed a $24
    million Series A): what the guest is there to tell, said once or not."""
    said = f"{draft.question} {draft.explanation}"  # 我们 resolved in the stem, or the name as said
    own = any(org in said for org in stress.own_orgs) or bool(stress.guest and stress.guest in draft.question)
    return draft.kind == "figure" and own


def _one_per_fact(ranked: list[Draft], per_type: bool) -> list[Draft]:
    kept: list[Draft] = []
    seen_fact: set[tuple[str, str]] = set()
    seen_form: set[tuple[str, str, str]] = set()
    for draft in ranked:
        fact = (draft.fact, draft.type if per_type else "")
        form = near_duplicate_key(draft)
        if fact in seen_fact or form in seen_form:
            continue
        seen_fact.add(fact)
        seen_form.add(form)
        kept.append(draft)
    return kept
