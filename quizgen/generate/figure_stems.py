"""Whether a figure's stem asks the figure as a fact: not a figure run into another (10年20年), a
duration describing one session (为期[八个月]的研究), a count the stem's own list gives, a share the
stem's other shares leave, a reference list's dates, or a detail of an example or an exercise.

Pure string checks over a figure draft; `stems.stem_problem` calls `figure_problem`.
"""

from __future__ import annotations

import re

from quizgen.extract.evidence import clause_span
from quizgen.extract.figure_scan import figure_spans, scan
from quizgen.extract.lexicon import ROLE_EN, ROLE_ZH
from quizgen.extract.numbers import EN_WORDS, value_of
from quizgen.extract.outline import LIST_SEPARATOR, READING_LIST_TITLE, count_of, is_short, list_members
from quizgen.generate.draft import BLANK, Draft

_CJK = re.compile(r"[\u4e00-\u9fff]")

# 逆变器故障和停机：[1.9%]; 胶水和运费：[约 3 元]: a row of a breakdown, cut from its heading
_BARE_ROW = re.compile(r"^[^，。：:,]{1,30}[：:]\s*[~约]?\[…\][。.；;]?$")


# ~[…] manufacturing scale and yield, 约[…] 电芯材料: a line of a breakdown opening with its share
_SHARE_FIRST = re.compile(
    r"^[~≈约]?\s*(?:大约|about|around|roughly|approximately|approx\.|nearly|almost)?\s*\[…\]\s*(?P<rest>.*)$",
    re.I,
)
_EN_VERB_OR_OF = re.compile(
    r"\b(?:of|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|"
    r"came|come|comes|went|go|goes|rose|fell|grew|said|says|made|makes|got|gets|took|takes)\b"
    r"|\b[a-z]{3,}(?:ed|es)\s+(?:the|a|an|to|from|in|on|by|up|down|its|their)\b",
    re.I,
)


# what makes the words after a Chinese share a clause (…的用户来自…, …是…, …占…) and not a label
_ZH_PREDICATE = re.compile(
    r"^的|[，,；;]|是|为|占|来自|来源于|达到|增长|下降|上升|提升|提高|减少|降低|用于|花在|投入|属于|认为|表示|选择|愿意|会|能|要|有"
)


# 1950s, the '60s, 80年代, 八十年代, 上世纪九十年代: a decade
_DECADE = re.compile(
    r"^(?:(?:the\s+)?(?:early|mid|late)[- ]?)?(?:\d{3}0s|['’]?\d0s|(?:上世纪|上个世纪|\d{2})?\d0年代|"
    r"(?:上世纪|上个世纪)?[一二三四五六七八九]十年代)(?:初|中期|末)?$",
    re.I,
)
# what opens a time adverbial right before the blank: Through the, In the early, During the, 在, 上世纪
_SCENE_BEFORE = re.compile(
    r"(?:^|[\s,，])(?:in|through|throughout|during|by|until|since|from|before|after)\s+the\s+"
    r"(?:(?:early|mid|late)[- ]?)?$|(?:在|到了|直到|自从|从|上世纪|上个世纪)$",
    re.I,
)


# an old [1890s] cistern, a [1970s] tower block: the decade stands before its noun, as an adjective
# (after in the/during the it sets the scene, which `_sets_the_scene` tells first)
_DESCRIBES_A_THING_EN = re.compile(r"\s\[…\]\s+[a-z]")


# 提了不下[十次], 说了[三遍], mentioned "cash" [a dozen times]: how often a word came up
_TIMES_SAID = re.compile(
    r"(?:提了|提到了?|说了|讲了|念叨了?|重复了)[^，,。]{0,6}\[…\]"
    r"|\b(?:mentioned|said|repeated|brought up)\b[^.;]{0,30}\[…\]",
    re.I,
)
_A_COUNT_OF_TIMES = re.compile(r"(?:次|遍|回|\btimes)$")
# With the screen dimmed and [an hour] a night, it lasted 19 days: the blank in the opening condition
_CONDITION_OPENING = re.compile(r"^(?:With|At|Under|On|Using|Running)\b[^,;]*\[…\][^,;]*,(?P<main>[^;]+)$")


def _in_a_condition_before_the_result(question: str) -> bool:
    found = _CONDITION_OPENING.match(question.strip())
    return bool(found and any(span.fact for span in scan(found["main"])))


def _sets_the_scene(question: str) -> bool:
    """Whether the blank is a time adverbial: after in the/during the/在, or opening the sentence
    before a comma (上世纪[…]，这里还是渔村)."""
    before, _, after = question.partition(BLANK)
    return bool(_SCENE_BEFORE.search(before)) or (not before.strip() and after.lstrip()[:1] in {"，", ","})


def _share_over_a_label(question: str) -> bool:
    """Whether the stem is a share followed by a bare label: no verb says what it is a share of."""
    found = _SHARE_FIRST.match(question.strip())
    if not found or not found["rest"] or re.search(r"[。.！!？?]$", found["rest"].strip()):
        return False
    rest = re.sub(r"[（(][^）)]*[）)]", "", found["rest"])
    if re.search(r"[\u4e00-\u9fff]", rest):
        return not _ZH_PREDICATE.search(rest)
    return not _EN_VERB_OR_OF.search(rest)


# “在小城，同一批人一年来[…]，你才活得下去。”: the sentence is a quotation from end to end (judged: 5
# of 14 kept, against two in three of other figures)
_QUOTED_WHOLE = re.compile(r"^[“\"「『][^“”\"「」『』]+[”\"」』][。.!?！？]?$")


# 几[百万]的订单, 亏了[三十]多万: a vague 几 or the magnitude (多万) left outside the blank
_CUT_FROM_ITS_MAGNITUDE = re.compile(r"几\[…\]|\[…\][多余]?[十百千万亿]")


def figure_problem(draft: Draft) -> str | None:
    """Why a figure draft does not ask its figure as a fact, or None."""
    question, answer = draft.question.strip(), draft.answer.strip()
    if draft.type == "cloze" and _QUOTED_WHOLE.match(question):
        return "a figure in words quoted whole is someone's way of putting it (同一批人一年来[二十次])"
    if draft.type == "cloze" and _CUT_FROM_ITS_MAGNITUDE.search(question):
        return "the blank cuts a figure from the words it is read with (几[百万], [三十]多万)"
    if draft.type == "cloze" and _runs_into_figure(question):
        return "a figure run into another is a manner of speaking (10年20年)"
    describing = _DURATION_DESCRIBING.search(question) and _DURATION_ANSWER.search(answer)
    if draft.type == "cloze" and describing:
        return "a duration describing a noun (为期[八个月]的研究) says how long something incidental lasted"
    if draft.type == "cloze" and _NAMES_A_RATE.search(question) and _DURATION_ANSWER.search(answer):
        return "a period that names the rate measured ([三年]保值率), not the figure stated"
    if draft.type == "cloze" and _rate_period(question):
        return "the period of a rate (22,000 every [two weeks], 每[三天]…), not the amount it states"
    if draft.type == "cloze" and (
        _BARE_ROW.match(question) or (_shares(answer) and _share_over_a_label(question))
    ):
        return "a breakdown's row: its label alone does not say what the figure measures"
    if draft.type == "cloze" and len(_NUMBER_RUN.findall(answer)) >= 3:
        return "a blank holding a whole change with its date (从2022年的23.5元降到16.8元), not one figure"
    if _part_of_a_stated_total(answer, question):
        return "the stem states the total and the other parts: the blank is left by subtraction"
    if _counts_its_list(answer, question):
        return "the list in the stem counts the answer out"
    if _named_by_its_count(answer, question):
        return "a name in the stem holds the answer's number (the Three-touch rule: reply [three times])"
    if _rest_of_shares(answer, question):
        return "the other shares in the stem leave the answer (100 - 70 - 20)"
    if _the_whole_beside_a_share(answer, question):
        return "the whole (100%) beside a share the stem states: the share is the fact, the whole a guess"
    if _change_worked_out(answer, question):
        return "the stem gives both ends of the change: its percentage is arithmetic (86.4 to 92.1, [6.6%])"
    if draft.type == "cloze" and _DECADE.match(answer) and _sets_the_scene(question):
        return "a decade that sets the scene (in the early 1950s, 上世纪八十年代), not what is stated"
    if draft.type == "cloze" and _DECADE.match(answer) and _DESCRIBES_A_THING_EN.search(question):
        return "a decade describing a thing (an old [1890s] cistern) says its age, not what is stated"
    if _RECORD_LABEL.match(question):
        return "a record's label (Worst recorded error: […]) without the thing it is the record of"
    if _WORKED_SUM.search(_BRACKETED.sub("", question)):  # (流动资产 ÷ 月支出): a gloss's formula
        return (
            "a step of a worked calculation (九千二乘以百分之十五，等于[…]; a month counted as [four] weeks)"
        )
    if draft.type == "cloze" and any(BLANK in m.group() for m in _MEASURED_SHAPE.finditer(question)):
        return "an object's measurements (长约[…]、宽约…) describe it, they are not what the text says of it"
    if draft.type == "cloze" and _period_of_a_change(question, answer):
        return "the period a change stated beside it took (rose 4% [over five years]), not the change"
    if draft.type == "cloze" and _FLOOR_AREA.search(answer) and not _AVERAGE_AREA.search(question):
        return "a room's or a site's floor area ([约600平方米]的沙水区) describes the scene"
    if draft.type == "cloze" and "、" in answer and _LIST_GOES_ON.search(question):
        return "the blank holds some members of a list the stem goes on with ([1976年、1988年]、1999年)"
    if draft.type == "cloze" and (_RANGE_HALF.search(question) or _SPOKEN_RANGE_HALF.search(question)):
        return "the blank is one end of a range ([$38]–52M, twenty, [twenty-five percent])"
    if draft.type == "cloze" and _BARE_FIGURE_OPENING.match(question) and _NOTHING_COUNTED.search(answer):
        return "a figure standing alone before the sentence ([28万]，获客成本…) says not what it measures"
    if draft.type == "cloze" and _BARE_MEASURE_OPENING.match(question):
        return "a bare measure and its blank (时间[…]，看天气): of what, the line above said"
    if draft.type == "cloze" and _FIGURE_THEN_COMMENT.match(question):
        return "a figure opening a comment on it ([4.5%]看着不多) leaves what it measures to another sentence"
    if draft.type == "cloze" and _A_YEAR.fullmatch(answer) and _CAREER_STEP.search(question):
        return "the year of a career's step (switched to … in [2011], [2014年]进某公司): a profile's line"
    if draft.type == "cloze" and _career_count(question):
        return "a count in someone's introduction (主持或参与了[三十多个]项目) is their credentials"
    if draft.type == "cloze" and _GRADUATING_CLASS.search(answer):
        return "a graduating class (2001届) is a line of someone's biography"
    if draft.type == "cloze" and _SPAN_OF_A_SCENE.search(question):
        return "the time a scene lasted (在等救护车的[四十多分钟]里) frames what happened, it is not the fact"
    if draft.type == "cloze" and _TIMES_SAID.search(question) and _A_COUNT_OF_TIMES.search(answer):
        return "how often a word came up (提了不下[二十次], mentioned it [a dozen times]): the talk's texture"
    if draft.type == "cloze" and _in_a_condition_before_the_result(question):
        return "a condition's figure (With [an hour] a night, it lasted 19 days): the result is the fact"
    if _SOURCE_CONSUMED.search(question):
        return "how much of the source the note-taker heard or read (通勤路上听了[一半])"
    if draft.type == "cloze" and _DISTANCE_AWAY.search(question) and _DISTANCE_ANSWER.search(answer):
        return "how far away a place lies ([二十公里]外的村子, [30 miles] away) sets a scene"
    if _WHERE_THE_DATA_CAME_FROM.match(question):
        return "where the work's data came from (文中数据取自对[9个]农场的走访) is its method, not a fact"
    if _PARTS_OF_THE_WORK.search(question):
        return "how many parts the work itself has (全书分为[四个]部分) is its table of contents"
    if READING_LIST_TITLE.search(draft.source.section):
        return "a reference list's dates and pages, not the notes' content"
    if _ILLUSTRATION.search(question) or _EXERCISE.search(draft.source.section):
        return "a detail of an example the author tells, not its point"
    if _EXAMPLE_VALUES.search(question):
        return "one of the values a bracket gives as examples (e.g. 10 cm, […], 30 cm): any would do"
    if _CASE_SECTION.search(draft.source.section):
        # judges kept under half of the figures under a case's heading: its setting's sums and counts
        return "a detail of a case the notes work through (案例：…, Case study: …), not the lesson it teaches"
    return None


# A figure's sentence this short leaves what it measures to the lines around it: judges kept 36% of
# English ones of eight words or fewer, 33% of Chinese ones of sixteen characters or fewer (against
# about 70% of longer ones).
SHORT_EN = 8  # words, the blank one of them
SHORT_ZH = 16  # characters besides spaces, the blank three of them


def too_short(question: str) -> bool:
    """Whether a figure's cloze sentence is too short to say what its figure measures."""
    if _CJK.search(question):
        return len(re.sub(r"\s", "", question)) <= SHORT_ZH
    return len(question.split()) <= SHORT_EN


# A figure run into another without a separator (练了10年20年, 三年五年) is a loose manner of speaking.
_RUN_ON_FIGURE = re.compile(
    r"\[…\]\s*[\d一二两三四五六七八九十百千万]|[\d一二两三四五六七八九十百千万]\s*\[…\]"
)


# the blank right after every/per/each/每 names the period of a rate; an amount before it is the fact
_CLAUSE_BOUND = re.compile(r"[，；;。：:]|[,.:](?=\s)")
_AFTER_RATE_WORD = re.compile(r"(?:\b(?:every|per|each|a|an)\s+|每(?:隔)?\s*)\[…\]", re.I)


def _rate_period(question: str) -> bool:
    """Whether the blank is the period of a rate whose amount the clause states before it
    (twenty-two thousand every [two weeks], 一个月能卖 300 单，每[…]结算一次 is not one: no amount)."""
    m = _AFTER_RATE_WORD.search(question)
    if not m:
        return False
    bounds = [b.end() for b in _CLAUSE_BOUND.finditer(question, 0, m.start())]
    clause_start = bounds[-1] if bounds else 0
    return any(clause_start <= s and e <= m.start() for s, e in figure_spans(question))


def _runs_into_figure(question: str) -> bool:
    """Whether the blank touches another figure with nothing between (10年[…], […]20年)."""
    if _RUN_ON_FIGURE.search(question):
        return True
    at = question.find(BLANK)
    if at < 0:
        return False
    end = at + len(BLANK)
    return any(e == at or s == end for s, e in figure_spans(question))


_COUNT = re.compile(
    r"^(?:约|共|有)?(\d{1,2}|[一二两三四五六七八九十])\s*(?:种|类|个|条|项|点|大|步|层|类别|kinds?|types?|steps?)$"
)
_CN_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


# 为期[…]的干预研究, 每次[…]的培训: a length given to one session or one study, before the noun it
# describes (练了[二十年]的书法 says how long he practised: the verb's, and the point)
_DURATION_DESCRIBING = re.compile(
    r"(?:为期|每次|每节|一节|每场|一场|每堂|一堂|每期|一期)\[…\]的(?![是话时])[\u4e00-\u9fff]"
)
_NAMES_A_RATE = re.compile(
    r"\[…\](?:(?![把被让使将对在的了用])[\u4e00-\u9fff]){0,3}率"
)  # [三年]保值率, [五年]生存率
_DURATION_ANSWER = re.compile(r"(?<!\d{4})(?:年|个月|个星期|周|天|小时|分钟|秒)(?:左右|以上|多)?$")


def _counts_its_list(answer: str, question: str) -> bool:
    """Whether the stem lists as many items as the answer counts (分为[…]层次：数据、信息、知识和智慧),
    or items whose counts add up to it (a team of […]: 3 postdocs, 5 students, 2 techs; [18 people]
    (12 teachers, 3 admins, 3 parents))."""
    found = _COUNT.match(answer.strip())
    n = count_of(found[1] if found else answer)
    after = question.split(BLANK, 1)[-1]
    listed = re.search(r"[：:]\s*([^。；;：:]+)", after) or re.match(r"\s*\w*\s*[（(]([^）)]+)[）)]", after)
    if not listed:
        return False
    # 信息会、决策会、复盘会、共创会，并且强调…: a list set apart by 、 ends at the comma
    head = re.split(r"[，,]", listed[1], maxsplit=1)[0] if "、" in listed[1] else ""
    text = head or listed[1]
    items = list_members(text.strip(" 。."), bool(_CJK.search(text)))
    if (
        n
        and len(items) == n >= 2
        and (found or all(is_short(i, "zh" if _CJK.search(i) else "en") for i in items))
    ):
        return True
    # 3 postdocs, 5 students, 2 techs; 转让费 15 万、装修 18 万、剩下 16 万是押金: the parts add up to it
    total = _NUMBER.search(answer)
    if total is None:
        return False
    # (柜体 1.1 万、模块 0.5 万、安装 0.2 万，按 36 个月折旧: the parts may end at the comma too)
    return _adds_up_to(listed[1], total.group()) or bool(head and _adds_up_to(head, total.group()))


_ONE_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"  # 2019.3.1, a date, holds three of them
_NUMBER = re.compile(_ONE_NUMBER)
_NUMBER_RUN = re.compile(r"\d[\d,.]*")  # 2019.3.1 as one run of figures (a date, not three amounts)


def _part_of_a_stated_total(answer: str, question: str) -> bool:
    """Whether the blank is one part of a list whose total the stem states before it (启动资金 58 万：
    转让费 […]、装修 18 万、设备 9 万，剩下 16 万)."""
    head, colon, tail = question.partition("：") if "：" in question else question.partition(":")
    own = _NUMBER.search(answer)
    total = _NUMBER.findall(head)
    if not colon or not own or not total or BLANK not in tail:
        return False
    return _adds_up_to(tail.rstrip("。. ").replace(BLANK, own.group()), total[-1])


def _adds_up_to(listed: str, total: str) -> bool:
    """Whether the members of a list, each stating one number, add up to `total`."""
    parts = [_NUMBER.findall(p) for p in LIST_SEPARATOR.split(listed)]
    if len(parts) < 2 or any(len(p) != 1 for p in parts):
        return False
    return abs(sum(_number_value(p[0]) for p in parts) - _number_value(total)) < 1e-9


_TIMES_EN = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_COUNT_OF_ANSWER = re.compile(r"^(?:about |around |~)?([A-Za-z]+|\d{1,2})\b", re.I)
# a name built on a number: the Three-touch rule, the 5-second rule, 3-Day Test, the rule of 40
_NUMBERED_NAME = re.compile(
    r"\b([A-Za-z]+|\d{1,2})-[A-Za-z]|\b(?:rule|law|principle) of (\d{1,3}|[a-z]+)\b", re.I
)


def _named_by_its_count(answer: str, question: str) -> bool:
    """Whether the stem names something by the number the answer holds: the Three-touch rule's
    reply [three times], the 5-second rule's wait [5 seconds]."""
    found = _COUNT_OF_ANSWER.match(answer.strip())
    if not found:
        return False
    word = found[1].lower()
    value = _TIMES_EN.get(word) or value_of(word)
    return bool(value) and any(
        value_of((m[1] or m[2]).lower()) == value for m in _NUMBERED_NAME.finditer(question)
    )


def _number_value(text: str) -> float:
    return float(text.replace(",", "").rstrip("."))


_SHARE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|％|per\s?cent\b)|(?<![\d一二两三四五六七八九十])([一二两三四五六七八九十]|\d)\s*成"
)


def _shares(text: str) -> list[tuple[float, float]]:
    """Each share the text states, as (value, whole): 62% is (62, 100), 七成 (7, 10)."""
    out = []
    for found in _SHARE.finditer(text):
        if found[1]:
            out.append((float(found[1]), 100.0))
        else:
            digit = found[2]
            out.append((float(digit) if digit.isdigit() else float(_CN_SMALL[digit]), 10.0))
    return out


def _rest_of_shares(answer: str, question: str) -> bool:
    """Whether the stem's other shares of one whole leave exactly the answer (直营占[…]，加盟占七成;
    批发 62%，零售 23%，门店 […]): the learner subtracts, and recalls nothing."""
    asked = _shares(answer)
    if len(asked) != 1:
        return False
    value, whole = asked[0]
    others = [v for v, w in _shares(question) if w == whole]
    return bool(others) and abs(whole - sum(others) - value) < 0.01 * whole


def _the_whole_beside_a_share(answer: str, question: str) -> bool:
    """Whether the answer is a whole (100%, 十成) and the stem states a share below it (62% of the
    rooms stood at [100%] of their price): what the sentence reports is the share."""
    if not _WHOLE.fullmatch(answer.strip()):
        return False
    return any(value < whole for value, whole in _shares(question.replace(BLANK, " ")))


_WHOLE = re.compile(
    r"(?:about |nearly |almost |近|约|接近)?(?:100\s*(?:%|％|per\s?cent)|百分之百|十成)", re.I
)


# 从 86.4 万增长到 92.1 万, from 120 to 150: both ends of a change the blank's percentage measures
_FROM_TO = re.compile(
    rf"(?:从|由|\bfrom\s)\s*[^，。,;；]{{0,12}}?(?P<a>{_ONE_NUMBER})\s*[^，。,;；\d]{{0,8}}?"
    rf"(?:增长|增加|提升|提高|上升|下降|降低|减少|升|降|涨|跌)?(?:到|至|\bto\s)\s*(?P<b>{_ONE_NUMBER})",
    re.I,
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|percent\b)")


def _change_worked_out(answer: str, question: str) -> bool:
    """Whether the answer's percentage is the change between the two figures the stem gives."""
    asked = _PERCENT.search(answer)
    ends = _FROM_TO.search(question)
    if not asked or not ends:
        return False
    a, b = _number_value(ends["a"]), _number_value(ends["b"])
    if a == 0:
        return False
    return abs(abs(b - a) / a * 100 - float(asked[1])) < 0.6


# A worked example's or an exercise's section: its numbers are made up for the sum
_EXERCISE = re.compile(
    r"worked examples?|practice (?:problems?|questions?)|exercises?|self[- ](?:test|check|quiz)|"
    r"review questions|mock (?:panels?|interviews?|trials?|reviews?)|role[- ]?plays?|"
    r"例题|练习题|计算题|自测|自我检测|课后练习|模拟(?:面试|评审|演练|谈判)|"
    # 【例9-3】, Example 4.2: a numbered example's heading
    r"^\W*例\s*\d+(?:[-–.]\d+)?|^\W*(?:example|exercise|problem)\s+\d+(?:[-–.]\d+)?\b",
    re.I,
)
# A section that works through one case or example: 案例：某某面包店, 【案例3】…, Case study: …
_WHERE_THE_DATA_CAME_FROM = re.compile(
    r"^(?:本文|文中|全文|以上|本报告|报告)?(?:的)?(?:数据|资料|信息)(?:均|主要)?(?:来自|来源于?|取自)|^(?:数据|资料)来源"
    r"|^(?:the )?(?:data|figures|numbers) (?:in this (?:article|piece|report) )?"
    r"(?:come|comes|came|are drawn) from\b",
    re.I,
)
_CASE_SECTION = re.compile(r"案例|例子|举例|反例|正例|个案|\bcase(?:\s+study)?\b|\bexamples?\b", re.I)
# A figure in an example or a story the author tells (举了一个案例, 有人…, for example, one customer…):
# the story's detail, not its point.
_ILLUSTRATION = re.compile(
    r"例子|案例|举例|举了|故事|反例|正例|个案|^有(?:人|个|一位|位|一次|一回|一年)|"
    r"for example|for instance|\bexample\b|"
    # a recommended book's year or pages: the recommendation's detail
    r"推荐[^。]{0,30}《|\brecommend(?:s|ed)?\b[^.]{0,60}\b(?:book|read)|"
    r"^(?:once|one day|one (?:user|customer|client|reader|friend))\b|"
    # a story or an anecdote told, someone brought in as one (2011届有个男生…), a hypothetical e.g.
    r"\bstory\b|\banecdote\b|^e\.g\.|有(?:个|一个|一位|位)(?:男|女)?(?:生|孩|学生|同学|朋友|客户|读者|病人|患者|用户)|"
    # an exercise's options (题 A——选项 2：80% 概率得到 4000 元; Option B: …)
    r"选项\s*[\dA-Da-d一二三四]|\boption\s+[A-D1-4]\b|^题\s*[A-Z\d]",
    re.I,
)

# (e.g. 10 cm, […] … 100 cm), （比如[…]、3 个月）: the blank is one of the values the bracket offers
_EXAMPLE_VALUES = re.compile(r"[(（]\s*(?:e\.?\s?g\.?|eg|比如|例如|譬如)[^)）]*\[…\]", re.I)

# rose by 4% [over five years], 从38岁升到52岁 [in two decades], [五年]内增长了三成: the change is the
# fact; the time it took frames it
_CHANGE_STATED = re.compile(
    r"\b(?:rose|risen|rise[sn]?|fell|fallen|falls?|grew|grown|grows?|increased|decreased|declined|dropped|"
    r"climbed|doubled|tripled|halved|jumped|shrank|went\s+up|went\s+down)\b|\bfrom\s+[^,;.]{1,30}?\s+to\s+\S+"
    r"|增长|增加|上升|下降|减少|提高|降低|翻了|翻番|涨|跌|[从由][^，。；,;]{0,6}?\d[^，。；,;]{0,8}[到至]",
    re.I,
)
_ONE_OF = re.compile(r"^[一1]\s*[\u4e00-\u9fff]?$")  # 一项, 一个: an article, not a figure


def _period_of_a_change(question: str, answer: str) -> bool:
    """Whether the blank is a span of time in a clause stating a change with a figure of its own;
    not a span the change is between (the wait went from [14 months] to 39 months)."""
    if BLANK not in question or not _CHANGE_STATED.search(question):
        return False
    spans = scan(answer)
    if len(spans) != 1 or spans[0].kind != "duration":
        return False  # [2023年]的7.6年: a year, not a span
    left, right = clause_span(question, question.index(BLANK))
    clause = question[left:right]
    for change in _CHANGE_STATED.finditer(clause):
        if BLANK in change.group():
            return False  # the span is what changed
        text = clause.replace(BLANK, " ")
        if any(not _ONE_OF.match(text[s:e]) for s, e in figure_spans(text)):
            return True
    return False


_DISTANCE_AWAY = re.compile(r"\[…\]\s*(?:外|以外|开外|之外|远)|\[…\]\s+(?:away|off)\b", re.I)
_DISTANCE_ANSWER = re.compile(r"(?:公里|千米|里|米|km|kilometres?|kilometers?|miles?|metres?|meters?)$", re.I)
# A floor area in square metres or feet (not a city's 万平方米, not land in 亩 or hectares): a building's,
# a room's or a site's size, which judges kept 2 times in 7; an average per person is a statistic.
_FLOOR_AREA = re.compile(
    r"(?<!万)(?<!亿)(?:平方米|平米|㎡|m²|m2|square (?:metres|meters|feet|foot)|sq\.? ?(?:ft|m))$", re.I
)
_AVERAGE_AREA = re.compile(r"人均|平均|每人|\b(?:per (?:capita|person|head)|average)\b", re.I)
# [$38]–52M, 3[…]-5 年, between twenty and [thirty]: one end of a range, the other left in the stem
_RANGE_HALF = re.compile(
    r"\[…\]\s?(?:–|-|~|\uff5e|\u301c)\s?[$€£¥￥]?\d|\d\s?(?:–|-|~|\uff5e|\u301c)\s?\[…\]"
    r"|\[…\]\s*(?:至|到)\s*[\d一二两三四五六七八九十]|[\d一二两三四五六七八九十]\s*(?:至|到)\s*\[…\]"
    # 大约[三成]、四成的样子, 二零一一、[一二年]那两年: two guesses or two years said as one
    r"|\[…\]、\s*[\d一二两三四五六七八九十]+[^、，,。]{0,3}的样子"
    r"|(?:\d{4}|[零〇一二三四五六七八九]{2,4})年?、\s*\[…\]"
    # 18世纪初到[19世纪中期]: the end of a span whose start the stem gives as a period
    r"|(?:世纪|年代|\d\s*年)(?:[初中末底]|[前中后]期|[上下前后]半叶|[上下]半期)?(?:到|至)\s*\[…\]"
    # 50 or [60 percent], [two] or three weeks: two guesses said as one
    r"|\d\s+or\s+\[…\]|\[…\]\s+or\s+(?:so\b|\d)"
    # the 1960s and [1970s], 六十年代和[七十年代]: the next decade of a pair, guessed
    r"|\d0s\s+(?:and|or|to|through)\s+(?:the\s+)?\[…\]|十年代(?:和|与|到|至)\[…\]"
)
_LIST_GOES_ON = re.compile(r"\[…\]\s*、|、\s*\[…\]")
_SPOKEN_RANGE_HALF = re.compile(rf"\b(?:{'|'.join(EN_WORDS)}|hundred)(?:-\w+)?,\s+\[…\]", re.I)
# 过去九年主持或参与了[三十多个]项目, has led [40+] projects: what someone's career adds up to
_CAREER_COUNT = re.compile(
    r"(?:主持|参与|完成|做过|出版|写过|带过|设计过|培训过|指导过|经手)(?:或参与|和参与|或主持|过)?了?\s*"
    r"(?:国内外|国内|海内外|省内|各类|多个)?(?:超过|逾|近|约|大约)?\s*\[…\]"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:led|worked on|designed|built|published|written|trained|"
    r"mentored|run|completed|delivered|advised)\s+(?:more than |over |nearly |some |about )?\[…\]",
    re.I,
)


def _career_count(question: str) -> bool:
    """Whether the blank counts what someone named with a role has done over a career."""
    if not _CAREER_COUNT.search(question):
        return False
    if _CJK.search(question):
        return any(role in question for role in ROLE_ZH) or bool(
            re.search(r"演讲者|讲者|嘉宾|主讲", question)
        )
    return any(w.lower().strip(",.") in ROLE_EN for w in question.split())


# switched to hydrology ~[2013], moved into policy work in […], [2014年]进某公司，第一份工作…, […]加入，负责…:
# a career's step told without its subject, the year of a profile's line
_CAREER_STEP = re.compile(
    r"\[…\]\s*(?:从|于)?[^，,。]{0,20}毕业|\bgraduated\b[^.;]{0,40}\bin\s+\[…\]"
    r"|\b(?:switched|moved|changed)\s+(?:over\s+)?(?:to|into)\b[^.;]{0,40}\[…\]"
    r"|^\[…\]\s*(?:进|加入)[^，,]{0,8}[，,]\s*(?:第一份工作|负责)|第一份工作是"
)
_A_YEAR = re.compile(r"\s*(?:~|about |around |约)?(?:1[89]|20)\d\d\s*年?(?:底|初|中)?\s*")
# [28万]，获客成本平均…; [Twelve dollars], which is…: an answer said on its own, its question elsewhere
_BARE_FIGURE_OPENING = re.compile(r"^\[…\]\s*[，,]")
# 时间[…]，温度约[…]: a measure run into its blank, the thing measured left to the line above (a
# field's label, 价格：[…] under a product's heading, is a spec sheet's row and says it)
_BARE_MEASURE_OPENING = re.compile(
    r"^(?:时间|用时|时长|温度|重量|长度|数量|比例|频率|周期|速度)\s*(?:约|大约|大概)?\s*\[…\]"
)
# …an amount of money, a share or a bare number: nothing in the blank says what it counts (not
# [Forty-one staff], nor a date that opens the sentence)
_NOTHING_COUNTED = re.compile(
    r"^[$€£¥￥]|(?:元|块|块钱|万|亿|千|百|%|％|分之[一二三四五六七八九十]+|成|\bpercent|\bper cent|\bdollars?"
    r"|\bpounds?|\beuros?|\byuan|\bmillion|\bbillion|\bthousand|^[\d.,\s]+)(?:左右|上下|多|以上|以下)?$",
    re.I,
)
# 在等救护车的[四十多分钟]里，她…; During the [forty minutes] they waited, …: a story's span
_SPAN_OF_A_SCENE = re.compile(
    r"在(?:等|等待|赶往|赶去|排队|守着?|路上)[^，。；]{0,12}的\s*\[…\]\s*(?:里|中|之中|之内|内|间)[，,]"
    r"|^During the \[…\] (?:that |while )?(?:she|he|they|we|I) (?:waited|sat|drove|walked|queued)\b",
    re.I,
)
_GRADUATING_CLASS = re.compile(r"\d{2,4}\s*届$|\bclass of\s+[’']?\d{2,4}$", re.I)
# [4.5%]看着不多，…; […] may sound small: the sentence comments on a figure another one states
_FIGURE_THEN_COMMENT = re.compile(
    r"^\[…\]\s*(?:看着|看起来|看上去|听着|听起来|乍看|似乎|好像)"
    r"|^\[…\]\s+(?:may |might |can )?(?:sounds?|looks?|seems?)\s+"
    r"(?:small|tiny|modest|little|big|large|high|low)\b",
    re.I,
)
# 通勤路上听了[一半], 3月14日晚上听的; I listened to [half] of it: the note-taker's own listening or reading
_SOURCE_CONSUMED = re.compile(
    r"(?:通勤|上班|下班|地铁|公交|路上|跑步|开车|睡前)[^，。；]{0,6}(?:听|看|读)(?:了|完)\s*\[…\]"
    r"|\bI (?:listened to|read|watched|got through)\s+\[…\]",
    re.I,
)
# 全书分为[四个]部分, The book is divided into [four] parts: the work's own outline
_PARTS_OF_THE_WORK = re.compile(
    r"(?:全书|本书|这本书|该书|全文|本文|整本书|这门课|本课程|全课)[^，。；]{0,6}(?:分为|分成|共|包括|包含|有)\s*\[…\]"
    r"\s*(?:个)?(?:部分|章|篇|卷|讲|节|课|单元)?"
    r"|\b(?:the|this)\s+(?:book|course|text|paper|report)\s+(?:is\s+(?:divided|split|organi[sz]ed)\s+into|has|"
    r"contains|consists\s+of|comprises)\s+\[…\]",
    re.I,
)


# 乘以, 除以, 9 = …, multiplied by: a sum worked; 一个月按[四周]算, assuming [four] weeks: its premise
_WORKED_SUM = re.compile(
    "乘以|除以|乘上|[\u00d7\u00f7]|[\\d\\]]\\s*[=\uff1d]|\\bmultiplied by\\b|\\bdivided by\\b"
    r"|按\s*\[…\]\s*(?:计)?算|\bassuming\s+\[…\]|\bcounting\s+\[…\]\s+(?:as|per)\b",
    re.I,
)
# 长约[…]、宽约十一厘米; […] long and 9 cm wide: the size of a thing shown (not 增长…，高于…)
_DIMENSION_ZH = r"(?<![增成延生提最加助擅])[长宽高厚](?:约|大约|达)?"
_MEASURED_SHAPE = re.compile(
    rf"{_DIMENSION_ZH}[^、，,。；;]{{1,12}}[、，,]\s*{_DIMENSION_ZH}[^、，,。；;]{{1,12}}"
    r"|\S+\s+(?:long|wide|high|tall|deep)\b[^.;]{0,20}\b(?:long|wide|high|tall|deep)\b",
    re.I,
)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
# Worst recorded error: […] per day; Best accuracy: within […]: a superlative's label, of what unsaid
_RECORD_LABEL = re.compile(
    r"^(?:best|worst|highest|lowest|largest|smallest|biggest|fastest|slowest|longest|shortest|most|least)\b"
    r"[^:：.]{0,30}[:：]",
    re.I,
)
