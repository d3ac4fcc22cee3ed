"""Whether a draft's stem is a complete, self-contained sentence a learner can read on its own: no
opening connective or subordinate clause whose main clause was cut (如果/尽管/当…时, if/when/
although …), no hypothetical, no clause without its subject, no fragment too short to say what is
asked, no paragraph-sized stem, no URL, no bracket or quote left open by a cut.

Pure string checks (Chinese subjects through `jieba.posseg`); `quality.rejection` calls
`stem_problem` for every draft.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.extract.figure_grammar import UNIT_ABBR_EN
from quizgen.extract.figure_scan import is_a_year, scan
from quizgen.extract.lexicon import IRREGULAR_PAST_EN, words
from quizgen.extract.meta import FIELD_KEYS
from quizgen.extract.numbers import CN_NUMERALS
from quizgen.extract.outline import READING_LIST_TITLE
from quizgen.extract.text import MARK_SIGN, normalize, tag, unbalanced, without_stray_quote
from quizgen.generate.definitions import (
    MINUTES_LABEL,
    PITFALLS_HEADING,
    POINTING_BELOW,
    a_speakers_label,
    definition_problem,
    names_its_head,
)
from quizgen.generate.draft import BLANK, Draft
from quizgen.generate.figure_stems import figure_problem, too_short
from quizgen.generate.references import LEAD
from quizgen.ingest.layout import NOTE_LABEL

_CJK = re.compile(r"[\u4e00-\u9fff]")
# preheat […] (480 °F), 跑了[…]（约 42 公里）: the figure again in other units, right after the blank
_RESTATED_AFTER_BLANK = re.compile(
    r"\[…\]\s*[（(]\s*(?:~|≈|约|about\s|approx\.?\s)?\s*\d[\d,.]*\s*"
    r"(?:°\s?[CF]|[CF]|fan|km|mi|miles?|kg|lbs?|ft|feet|m|cm|in|inches|yrs?|years?|公里|英里|公斤|千克|磅|米|英尺|年)"
    r"(?:\s+fan)?\s*[)）]"
)
_A_LABELS_LETTER = re.compile(r"[A-Z]|Q(?:[5-9]|\d{2})")  # (Q1–Q4 may be a year's quarter; D1, Z3 a name)
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|io|cn)\b", re.I)

# A sentence opening with one of these leans on a clause it does not have: a condition, a
# concession, a contrast or a continuation whose other half was cut away.
_OPENING_ZH = re.compile(
    r"^(?:如果|假如|假设|假使|要是|倘若|若是?|尽管|虽然|虽说|即使|即便|哪怕|除了|自从|当(?!今|下|前|时)|"
    r"因为|由于|但是?|可是|然而|而且|并且|而|所以|因此|因而|于是|不过|另外|此外|同时|然后|那么|其实|"
    r"比如|例如|譬如|包括|甚至|也|还(?!款)|就|才|又|并(?!购)|以及|或者|以便|从而|进而|接着|随后)"
)
_OPENING_EN = re.compile(
    r"^(?:although|though|even though|if|when|whenever|because|since|unless|while|whereas|as|but|and|"
    r"so|however|also|then|or|yet|thus|therefore|hence|moreover|furthermore|besides|instead|otherwise|"
    r"e\.g\.|i\.e\.|for example|for instance|such as|including|which|who|whom|whose|where|that|"
    r"plus|nor|once|after which|until|similarly|likewise|conversely|alternatively|"
    # Better: report the …; Worse — …: better or worse than the line before
    r"(?:even\s+|much\s+|far\s+)?(?:better|worse)(?=\s*[:—–]))\b",
    re.I,
)
# ...but a question opening with one of these asks (Which term means …?, Who wrote …?, When was …?).
_INTERROGATIVE_EN = re.compile(r"^(?:which|who|whom|whose|where|when|whenever)\b", re.I)
# … and a made-up example: 比如说一个景区门票一百二十块 (an example of any one, not a fact of a real one)
_HYPOTHETICAL_ZH = re.compile(
    r"如果|假如|假设|假使|假定|要是|倘若|设想|万一|^(?:你想想?|想象一下|试想)[，,]|(?:比如|比方|譬如|举个例子)说?[，,]?\s*(?:一个|一家|一位|一件|一种|某)"
)
_HYPOTHETICAL_EN = re.compile(
    r"\b(?:if|suppose|supposing|imagine|hypothetically|assume|assuming)\b"
    # A barnacle that's been on a hull for […]…; the supplier who's been shipping to you for […]: any one
    # such, described to make a point, not one the text knows
    r"|^(?:an?|any)\s+(?:[a-z][\w-]*\s+){1,2}?(?:that|who|which)"
    r"(?:(?:['’]s|\s+has|['’]ve|\s+have)\s+been|\s+(?:was|is|were|are))\b"
    r"|\b(?:the\s+[a-z]+|someone|somebody|anyone)\s+(?:that|who)(?:['’]s|\s+has|['’]ve|\s+have)\s+been\b"
    r"(?=[^.;]*\byou\b)"
    r"|^(?:now,?\s+)?(?:think about|picture)\b",
    re.I,
)
# 如果…，有[七成]的人仍…; if …, [40%] of them move again: the share of the people in that case, a finding
# stated as a condition rather than a case made up
_SHARE_OF_PEOPLE = re.compile(
    r"有\s*(?:约|大约|近|超过)?\s*\[…\]\s*的?(?:人|患者|病人|学生|男性|女性|男子|女子|家庭|用户|受访者|被试)"
    r"|\[…\]\s+of\s+(?:them|those|these|people|patients|men|women|users|respondents|participants|students)\b",
    re.I,
)
_WONDERING = re.compile(
    r"不知道(?:是不是|是否|为什么|为啥)|不确定(?:是不是|是否)|^(?:我)?(?:猜|估计|赌)(?:是|大概|应该)|我猜|"
    r"\bI (?:wonder|am not sure|'m not sure) (?:whether|if|why)\b|"
    # Bet the night job…, My guess is…: the note-taker betting, not the text stating
    r"^(?:I\s+)?bet\s+(?:it'?s|it is|that|the|they|this)\b|\bmy (?:guess|hunch|bet) is\b",
    re.I,
)
# […] are $90 a seat; […]为每人 20 元: a term whose predicate is a figure
_TERM_MEASURED = re.compile(
    r"(?:(?:the|a|an)\s+)?\[…\]\s*(?:(?:(?:is|are|was|were)\s+(?:(?:about|around|roughly|nearly|now|still|only|just|maybe|perhaps"
    r"|probably|typically|usually)\s+)*(?:rated\s+for\s+|good\s+for\s+)?"
    r"|(?:costs?|lasts?|takes?|make\s+up|makes\s+up|account\s+for|accounts\s+for)\s+(?:about\s+|around\s+|roughly\s+"
    r"|maybe\s+)?)(?:[$€£¥]\s?)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty"
    r"|forty|fifty|a\s+hundred)\b)"
    r"|(?:是|为|约为|达|达到)\s*(?:每[^，,。\d]{0,4}|人均|平均)?\s*(?:约|近|大约)?\s*\d)",
    re.I,
)
# 研究者X在[…]证明, 卡尔·瑟德霍姆[…]的说法, Dr. X showed in […] that: when someone found or said it
_CITED_YEAR = re.compile(
    r"(?:在|于)?\s*\[…\]\s*(?:年\s*)?(?:证明|发现|指出|提出|写道|说过?|的(?:说法|研究|实验|论文|观点))|"
    r"\b(?:showed|found|argued|wrote|noted|observed|proposed|demonstrated)\s+in\s+\[…\]\s*(?:that\b|,)",
    re.I,
)
# a [2021] paper w/…, the Spring [2024] issue, pp. 34–51, 《地方志》，[1994]年那本: a reference's date
_PUBLISHED_YEAR = re.compile(
    r"\[…\]\s+(?:[a-z]+\s+)?(?:paper|article|report|book|edition|issue|benchmark|review|preprint|memo|survey|census"
    r"|study|memoir|letter|diary)\b"
    # "…" — Ada Byrne, diary, [1851]; (Okafor, [2019]); Lund et al. [2016]; a review published in [2018];
    # 某某等人[2016 年]在某期刊发表的综述: the year dates a cited work or a quotation's source
    r"|^[\"“「'‘].+[\"”」'’][.。!?！？]?\s*(?:—|–|--|――)\s*[^—–]{1,60}?,\s*\[…\]\s*$"
    r"|[（(][A-Z][\w.&'’ -]{0,40},\s*\[…\]\s*[)）]"
    r"|\b(?:et\s+al\.?|and\s+colleagues),?\s*[（(]?\s*\[…\]"
    r"|\b(?:study|paper|report|survey|article|review)\s+(?:that\s+)?(?:came\s+out|was\s+published|published"
    r"|appeared)\s+in\s+\[…\]"
    # …and colleagues at X, published [2009] in the Journal of …: where and when a study appeared
    r"|\bpublished\s+(?:in\s+)?\[…\],?\s+in\s+(?:the\s+)?[A-Z]"
    r"|等人?\s*[（(]?\s*\[…\]\s*(?:年)?\s*[)）]?\s*(?:的|在|发表)?[^，。；]{0,30}?"
    r"(?:发表|论文|综述|期刊|文章|研究|[A-Z][a-z]+)"
    # 出自[2017年]发表在某刊上的一篇综述: the year a cited work came out
    r"|\[…\]\s*(?:年)?\s*(?:发表|刊登|刊发)(?:在|于)[^，。；]{0,30}?(?:综述|论文|文章|研究|报告)"
    # 某平台[2020年]的数据, [2019年]的报告: a source's date, cited for its finding
    r"|(?<=\S)\[…\]\s*(?:年)?的(?:调查)?(?:数据|报告|统计|白皮书)"
    r"|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+\[…\]\s+(?:issue|edition)\b|\[…\][^.;。；]{0,30}\bpp?\.\s*\d"
    r"|》[，,]?\s*\[…\]\s*(?:年)?(?:那本|那版|版|出版)"
    # 一册道光[二十年]的地契, [1956年]那张合影: which copy of a document is shown, by its date
    r"|\[…\]\s*(?:年)?(?:的|那)(?:老|旧)?(?:账簿|账本|账册|报纸|照片|相片|地图|信件|书信|合同|契约|地契|档案|日记|手稿"
    r"|文书|复印件|拓片|执照|证书|奖状|票据|发票|收据)",
    re.I,
)


# the era a reign year counts from (光绪[十九年], 民国[二十年]): the answer is a year all the same
_REIGN_BEFORE = re.compile(
    r"(?:光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治|民国|昭和|明治|大正)\s*\[…\]"
)


def _published_year(draft: Draft, question: str, answer: str) -> bool:
    """Whether the figure is the year a cited work came out, read in the source's sentence with the
    figure blanked: a basic question reworded round the year keeps no […] to read it by."""
    sentence = draft.explanation.replace(answer, BLANK, 1) if answer in draft.explanation else question
    return bool(_PUBLISHED_YEAR.search(sentence)) and (
        is_a_year(answer) or bool(_REIGN_BEFORE.search(sentence))
    )


_TENURE_ZH = re.compile(
    r"(?:从业|干了|做了|教了|工作了|当了|任职|执教|抄了|跑了|修了)\s*(?:快|近|差不多|大概|将近|整整|超过)?\s*\[…\]"
)
# [11 yrs] at a carrier, Before X: [11 yrs] at a carrier (the label of a profile's line before it)
_TENURE_EN = re.compile(r"^\s*(?:[^:]{1,40}:\s*)?\[…\]\s+(?:at|as|with)\b|^\s*\[…\]\s+[a-z]+(?:\s[a-z]+)?,")
_DESCRIBED_BY_AGE = re.compile(r"\b\d{1,3}-year-old\b|(?:那位|这位|一位)\d{1,3}岁的", re.I)
# 第二次去的公司，[半年]就…; 说自己[1998年]第一次独自出海: the first or second time in someone's life,
# the subject left out or themselves (judges rejected 4 of 4; a firm's first profit, 订单第一次…, stays)
_AN_EPISODE_OF_A_LIFE_ZH = re.compile(r"^第[一二三两\d]次|(?:自己|我)[^，。；]{0,8}第[一二三两\d]次")
# Ada Moss — Head of Sales since […]; 某某：[…]年起任市场总监: a line of who's who, dated
_IN_THE_ROLE_SINCE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[—–:-]+\s*[^.;]{2,50}?\bsince\s+\[…\]"
    r"|^[\u4e00-\u9fff·]{2,5}\s*[：:—–]+\s*(?:自|从)?\s*\[…\]\s*(?:年)?起(?:担任|任)"
)
_YEARS = re.compile(r"(?:\d+|[一二两三四五六七八九十几]+)\s*(?:多|来)?\s*(?:年|yrs?|years?)$", re.I)
_ROUGH_AGE = re.compile(r"[一二三四五六七八九十几]+(?:多|来)岁|\d+\s*多岁")


# [PPT] 很丑, the [slides] were dense: what the talk was shown with, never what it said
_THE_TALKS_MEDIUM = re.compile(r"PPT|slides?|(?:slide )?deck|幻灯片?|课件|讲义", re.I)
# Tickets [£11] adult, club subscription [£8] a year, a course fee: what a day out or a club's
# admin costs the note-taker, not a fact of the subject (12 of 15 such judged items were rejected)
_PRICE_OF_THE_DAY = re.compile(
    r"\b(?:tickets?|entry|admission|subs|subscriptions?|kitty|fees?|repairs?|deposit"
    r"|postage|parking|catalogue|gift shop|petty cash|fares?|taxi|a night|per night)\b"
    r"|门票|车票|报名费|会费|押金|停车费"
    # a day out's fare, ticket and room (车费, 大巴, 船票, 一晚): what the diary paid (a shop's own price
    # for its bowl of noodles is a fact of the shop, and stays)
    r"|一晚|房费|车费|打车|大巴|(?:门|车|机|船|桥|场|通|联|套)票|[一二]等座|商务座|硬座|[软硬]?卧铺|[软硬]卧"
    r"|买了"  # 文创店…，买了一个[¥35]: what the diary bought
    r"|^\s*(?:价格|价钱|费用|花费|人均|票价)\s*[：:]"  # 价格：[60–150元]不等: a price as a note's label
    # Cost: […] members, …, cost […]: the cost as a note's label (a scheme that costs £2 is a fact)
    r"|(?:^|[,;(]\s*)(?:cost|price)\b",
    re.I,
)
SMALL_SUM = 1_000  # in the currency's own units: a price, not a budget or a turnover
_SCALED = re.compile(r"\d\s*(?:[kKmMbB](?:n|illion)?\b|thousand|万|亿|千)")


def _a_price_of_the_day(question: str, answer: str) -> bool:
    """Whether the blank is a small sum (under SMALL_SUM, no thousands or millions) in a line about
    tickets, entry, subscriptions, a kitty, fees, a repair or a cost written as a label."""
    if not _PRICE_OF_THE_DAY.search(question) or _SCALED.search(answer):
        return False
    spans = scan(answer)
    # (打车 [20-25 元]: a range of sums is a price as well)
    if len(spans) != 1 or "money" not in {spans[0].kind, spans[0].base}:
        return False
    value = spans[0].value
    return value is not None and value < SMALL_SUM  # (a sum written in words has none read)


def _a_tenure(question: str, answer: str) -> bool:
    """Whether the blank holds how many years someone has worked (从业[9年]; [11 yrs] at a carrier,
    [14 yrs] sommelier, …), as a profile of them lists it."""
    if not _YEARS.search(answer.strip()):
        return False
    return bool(_TENURE_ZH.search(question) or _TENURE_EN.match(question))


# A declarative stem opening with an auxiliary or modal has lost its subject (`Can reduce errors …`).
_AUX_EN = re.compile(
    r"^(?:can|could|will|would|should|shall|may|might|must|is|are|was|were|has|have|had|does|did|do|"
    r"been|being)\b",
    re.I,
)
# Notes written in lower case: a line with its subject (collective started in 2016 …; a repair takes
# 40 min …) or a label over what it says (median take-home: ~$31k) is a sentence all the same
_LABEL_EN = re.compile(r"[a-z][\w'’/-]*(?:\s+[\w'’/-]+){0,3}\s*:\s+\S")
_SUBJECT_OPENERS_EN = frozenset(
    words("a an the their his her its our most many some every each all both no median average total")
)
_SUBJECTS_VERBS_EN = IRREGULAR_PAST_EN | frozenset(
    words(
        "are takes makes pays gets goes runs uses needs costs shows means gives comes sees says thinks "
        "finds keeps loses sells buys builds brings employs holds grows falls rises leads works"
    )
)
# an instruction, a verb or a pronoun first: the subject is not in the line
_NO_SUBJECT_OPENERS_EN = frozenset(
    words(
        "find check try make get use start go look read ask need keep remember avoid see think also just "
        "then so but and or because don't didn't i we you he she they it"
    )
)


def _opens_on_a_verb_en(text: str) -> bool:
    first = next(iter(re.findall(r"[A-Za-z][\w'’-]*", text)), "").lower()
    return (
        first.endswith(("ed", "ing"))
        or first in _NO_SUBJECT_OPENERS_EN
        or first in _SUBJECTS_VERBS_EN
        or bool(_AUX_EN.match(first))
    )


def has_subject_en(body: str) -> bool:
    """Whether an English line that opens in lower case states its subject before its verb."""
    label = _LABEL_EN.match(body)
    if label:  # drawback: needs a second oven: the label is no subject of the verb after it
        return not _opens_on_a_verb_en(body[label.end() - 1 :])
    found = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", body)[:5]]
    if not found:
        return False
    if _opens_on_a_verb_en(body):
        return False
    if found[0] in _SUBJECT_OPENERS_EN:
        return True
    return any(w in _SUBJECTS_VERBS_EN or (w.endswith("ed") and len(w) > 4) for w in found[1:])


_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>")
# A transcript's spoken words: modal particles closing a clause (…嘛，…吧？), greetings, fillers.
SPOKEN_ZH = re.compile(
    r"[嘛吧啊呀哈嗯哎呃](?=[，,。？！?!…]|$)|大家好|然后呢|对吧|是吧|那个就是|就是说|反正就是|^对[，,]|哈哈"
)
SPOKEN_EN = re.compile(
    r"\b(?:yeah|yep|um+|uh+|hmm|okay|ok|gonna|wanna|kinda|sorta|you know|i mean|let's say|real quick)\b|"
    # kind of as a hedge (it's kind of slow), not a kind of thing (a tally is a kind of receipt)
    r"(?<!\ba )(?<!\bone )(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bwhat )(?<!\bsome )(?<!\bany )(?<!\bnew )"
    r"\b(?:kind|sort) of\b|"
    r"\b(?:lol|lmao|omg|tbh|imo|idk|smh|ngl)\b|"
    # I have to be frank, to be honest: the speaker owning up, whoever the pronoun became
    r"(?:\bwill|['’]ll|\bhave to|\bgot to|\bto) be (?:honest|frank)\b|"
    r"^(?:so|well|like|right|oh)\b|^(?:good|alright|all right|okay|ok|no|yes|yeah|nope)\s*[,.!]|"
    r",\s*right\b|\blike,|\b(\w+) \1\b|,\s*(?:yes|no|sure|what)\s*,|"
    # a phrase said twice over a pause: more like a, like a living thing
    r"\b(\w+(?:\s\w+)?),\s+\2\b|"
    # like for about (for like twenty years): a speaker guessing out loud
    r"\blike\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)|"
    # a lecturer's aside about the talk itself: we'll skip that one, let's come back to it
    r"\b(?:we['’]ll|let['’]s|I['’]ll)\s+(?:skip|come back to|get back to|leave)\b|"
    # a host moving on (Let's move on to…), a lecturer answering the room (Great question, …)
    r"^let['’]?s\s+(?:talk|turn|move|get|go|dig|start|switch|look)\b|"
    r"\b(?:great|good|excellent|fair) question\b|\bon the slide\b",
    re.I,
)
# Notes' shorthand, not a sentence: arrows, plus signs between items, a line announcing a list.
# the note-taker marking a line as beyond what is examined
_NOT_TO_BE_LEARNT = re.compile(
    r"不会考|不考(?:具体|这个|细节)|不用记|不必记|不用背|不必背|了解即可|知道(?:有这个|就行|就好)|不要求(?:掌握|记忆|背)"
    r"|won['’]t be (?:examined|tested|on the (?:exam|test))|not on the (?:exam|test)"
    r"|no need to (?:memori[sz]e|learn)"
    r"|don['’]t (?:need to )?memori[sz]e",
    re.I,
)
# […] case here: they halved fees…: the label of a case the notes point at, not a sentence about it
_POINTER_LABEL = re.compile(r"^\[…\]\s+\w+(?:\s+\w+)?\s+here\s*[:：]", re.I)
_AN_EVENTS_SESSION = re.compile(
    r"(?:分论坛|分会场|专场|论坛|年会|峰会|大会)\s*[·:：]?\s*[「“\"《]\[…\]|\b(?:session|track|panel)\s*[:：]?\s*[\"“]\[…\]",
    re.I,
)
_AN_EXAMPLES_LINE = re.compile(r"^(?:例子|举例|举个例子|例如|示例|example|e\.g\.)\s*[：:]", re.I)
# […] that kept the ship from…; — a listed cause, a noun and its relative clause, with no verb of its own
_A_NOUN_AND_ITS_CLAUSE_EN = re.compile(
    r"^\[…\]\s+(?:that|which|who)\s(?!.*\b(?:is|was|are|were|has|had|became|remains?|led|made)\s).*$"
)
_HEADING_MARK = re.compile(r"(?:^|\s)#{2,6}\s+\S")
_SHORTHAND = re.compile(r"->|→|=>|<-|←|⇐|⇒|\s\+\s|[：:]\s*$")
# A list announced only as "these three things" (对了，就是这四样东西：[…]; These are the four steps: […]):
# the stem never says what the list is of
_BARE_LIST_LEAD = re.compile(
    r"^(?:[^，,：:]{0,4}[，,]\s*)?(?:那?就是|也就是|即|这就是)?(?:这|那|以下|下面|如下)"
    r"(?:\d{1,2}|[几两二三四五六七八九十])?\s*(?:个|件|条|种|点|样)?(?:事情?|东西|点|条|方面|内容)?[：:]\s*\[…\]"
    r"|^(?:\w+,\s*)?(?:(?:it['’]s|they['’]re|these are|here are|those are)\s+)?(?:these|those|the following)"
    r"(?:\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?(?:\s+(?:things|points|steps|items|ones))?"
    r"\s*:\s*\[…\]",
    re.I,
)
# A time named only by the story around the sentence: 当时, 那年, at the time.
_THEN = re.compile(
    r"当时|那时|此时|这时|那年|那一年|同年|当年|at the time|at that time|back then|that year", re.I
)
_A_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")


def _dated_before(head: str, answer: str) -> bool:
    """Whether the sentence names its year before its 当时 (2018年…，当时…; In 2009, at the time…),
    in its words or in its blank."""
    return bool(_A_YEAR.search(head) or (BLANK in head and _A_YEAR.search(answer)))


# What the talk showed or its recording holds, rather than what it is about: a numbered figure, table
# or slide described (Figure 2 was a line chart of …, 图3对比了…), a slide's label (【PPT：…】), a
# transcriber's note (（整理者注：…）, Editor's note:) and a box of the note-taker's checklist ([ ] Call
# the bank, ☐ 复盘; a blank that opens on the box, [ ] warm lamps — ordered, is the checklist's line too).
_CHECKLIST_BOX = re.compile(r"(?:-\s*)?(?:\[[ xX✓✔]?\]|[☐☑☒□■✅✔])")
_FURNITURE_OF_TALK = re.compile(
    r"^(?:(?:figure|fig\.|table|slide|chart|exhibit|graph)\s*\d+|(?:图|表|幻灯片)\s*\d+|第\s*\d+\s*(?:张幻灯片|页PPT|张图))"
    r"|^[【\[](?:PPT|幻灯片|Slide|图|视频|Video|Caption|Panel|Label|Photo|Image|Credit|图注|展板|说明牌)"
    r"|^开场(?:闲聊|寒暄|白|聊天)"  # 开场闲聊，主播吐槽…: the show's opening banter
    r"|^[（(]?(?:整理者注|整理注|编者注|译者注|记录者注|Editor's note|Transcriber's note)[：:]"
    rf"|^{_CHECKLIST_BOX.pattern}"
    # …, Room 4 Recorded Monday, […], 9 a.m.: when the recording was made, its header
    r"|\brecorded\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|录制于|录制时间",
    re.I,
)
# A figure in brackets (1,412 stops surveyed ([…])) or a year there (the old tables, 1551) is an
# aside to its sentence; a blank a demonstrative points at (over those […], 这[…]里) is named by a
# sentence before; a line opening with A: or 答： answers a question the card does not show.
# A sentence that is itself a question (所以矢跨比大概是多少？), not one quoting a question (the
# question, 'what should we measure first?')
_ASKS = re.compile(r"[?？][\s”’\"'」』)）]*$")
_QUOTE_OPENS = re.compile(r"[“‘\"'「『]")


_REPLY_OPENING = re.compile(
    r"^(?:(?:Yes|No|Yeah|Yep|Nope|Sure|Right|Exactly)\s*[-—–,.!:]\s"
    # Not by much — …, Not really, …: a reply to the question before, with no subject of its own
    r"|Not(?:\s+[a-z]+){0,4}\s*[—–]\s"
    r"|Not\s+(?:really|quite|exactly|at all|much|necessarily|always)\s*[,.!:]\s)",
    re.I,
)
# 她说另外一项是…, 另一点是…, The other one is…: one more of a list given before, in the stem's subject
_ANOTHER_OF_THEM = re.compile(
    r"(?:^|[，,：:；;]|觉得|认为|说)(?:还有|另外|另)(?:一个|一点|一条|一项)(?:就)?是"
    # 第二个是…, 一个是…: a member counted off, of which list the stem does not say
    r"|^(?:第[一二三四五六七八九]|[一二三四五])(?:个|点|条|项)(?:就)?是"
    r"|(?:^|[,;:]\s*)(?:Another one|The other one|One more)\s+(?:is|was)\b",
    re.I,
)
# Date: …, 录制时间：…, Weather: …: a header's field (the metadata's own keys, and where and when an
# event was held, in what weather)
_FIELD_LABEL = re.compile(r"^(?P<key>[A-Za-z\u4e00-\u9fff][\w ]{0,15}?)\s*[:：]")
_EVENT_FIELDS = frozenset(
    {"time", "when", "venue", "location", "attendance", "weather", "地点", "场地", "天气"}
)
# 题材：[…]，取景在…: a short label whose whole value is the blank, the record it belongs to unsaid
# (关键词：[…]：… goes on to say what the blank is; 老师说：[…]… is a sentence someone said)
_A_LABELS_VALUE_BLANKED_ZH = re.compile(
    r"^[\u4e00-\u9fff]{0,3}[^\W说讲道]\s*[：:]\s*\[…\]\s*(?:[，,。；;]|$)"
)


def _header_field(question: str) -> bool:
    m = _FIELD_LABEL.match(question)
    key = normalize(m["key"]) if m else ""
    return key in FIELD_KEYS or key in _EVENT_FIELDS


_EDITORS_NOTE = re.compile(r"\s*\[[^\[\]]+\]\s*[.。]?\s*")
# 大概八十万，…: a first clause that is only a figure, spoken as the answer to a question before it
_FIGURE_ALONE_ZH = re.compile(
    rf"^(?:大概|大约|约|差不多|将近|接近|也就)?[\d{CN_NUMERALS}.,点]+(?:多|余)?(?:块钱|块|元|美元|万|亿)?[，,]"
)


def _asks(question: str) -> bool:
    last_clause = re.split(r"[，,：:;；]", question)[-1]
    return bool(_ASKS.search(last_clause)) and not _QUOTE_OPENS.search(last_clause.rstrip(" ”’\"'」』)）?？"))


_HYPHENED_BLANK = re.compile(r"[A-Za-z]-\[…\]|\[…\]-[A-Za-z]")
# “效应的[…]”, "the Second [...]": the blank is the rest of a quoted name whose start is given
_QUOTED_NAME_TAIL = re.compile(
    r"[“「『\"][^”」』\"。，,.]{1,20}\[…\][”」』\"]"
    # "[…] in Your Head": the start of a quoted title, its other capitalised words given
    r"|[“\"]\[…\](?:\s+(?:[A-Z][\w'’-]*|of|in|on|the|a|an|and|for|to|with)){1,6}[”\"]"
)
_BRACKETED_BLANK = re.compile(r"[（(]\s*\[…\]\s*[）)]")
# a year in a bracket of other words (the old tables, 1551) says when, beside the point; another figure
# there may be the point (transport costs (cited by 71%))
_YEAR_ANSWER = re.compile(r"(?:c\.\s*|约)?\d{3,4}(?:s|年代|年)?(?:\s*[–—-]\s*\d{2,4}年?)?")
# an era or a reign's year glossed: 庆历年间（[…]）, 咸通九年（[…]）
_ERA_BEFORE = re.compile(
    r"(?:年间|时期|年代|时代|朝|[元一二三四五六七八九十]+年|era|period|dynasty|reign)\s*$", re.I
)
# found that […], argued that […]: that after a verb of finding or saying opens what was found
_REPORTED_THAT = re.compile(
    r"\b(?:found|find|finds|said|says|say|showed|shows|show|argued|argues|estimated|estimates|believed|"
    r"believes|noted|notes|reported|reports|claimed|claims|thought|thinks|knew|learned|discovered|"
    r"suggested|suggests|concluded|concludes|realized|realised|proved|proves|insisted|wrote|writes|"
    r"means|meant|observed|observes)\s+that\b"
)
_POINTED_BLANK = re.compile(r"\b(?:[Tt]hose|[Tt]hese|[Tt]his|[Tt]hat)\s+\[…\]|(?:这|那)(?:些|个)?\s*\[…\]")
_ANSWER_LABEL = re.compile(r"^(?:A|Ans|Answer|答)\s*[:：]", re.I)
# A name with nothing said of it: 有个很有意思的规矩，叫“[…]”。 / There's a rule called […].
# [1940年代]写的，…; Case: [oxygen] — Scheele, Priestley: a 是…的 clause with its subject cut, or a
# note's label and a list of names, with no sentence about the blank
_SUBJECT_CUT_OR_LABEL = re.compile(
    r"^\[…\][^，,。\s]{1,4}的[，,]|^[A-Za-z]+(?:\s[A-Za-z]+)?\s*[:：]\s*\[…\]\s*[—–]+\s"
)
_NAMED_ONLY = re.compile(
    r"^(?:还|就|这里|其中)?有(?:个|一个|一种|一条|一招|这么一个)[^，,。]{0,16}[，,]?\s*(?:叫|叫做|叫作|称为)\s*"
    r"[“\"「]?\[…\][”\"」]?[。！]?$"
    r"|^[Tt]here(?:'s| is) (?:a|an|one)\s[^,.]{0,30}?\s(?:called|named)\s+[“\"]?\[…\][”\"]?\.?$"
)
# Whose idea, not the idea: Priya's framework is called the Four Doors of Repair.
_WHOSE_IDEA = re.compile(
    r"^[\w.-]+['’]s\s+(?:(?:central|main|key|core|big|basic|own|whole|real|entire|overall)\s+)?(?:framework|model|method|idea|concept|theory|approach|rule|point|argument|view|claim|"
    r"thesis|contention|insight|conclusion|finding)$"
    # Mara's fix, Helen's worry: someone's one thing in plain words, named by whose it is
    r"|^(?-i:[A-Z][\w.-]*)['’]s\s+(?-i:[a-z]+)$",
    re.I,
)
# The arrangements of a course or an event, not its content: next week's lecture, homework, when the
# slides go up (checked on the whole sentence), and the audience's size when it is the blank
# (There were maybe […] there, 现场大概[…]人).
_ARRANGEMENTS = re.compile(
    r"^下(?:一)?集|^下期(?:讲|聊|说)|\bnext episode\b|"
    r"后面(?:[A-Za-z]?\d{1,2}|第[一二三四五六七八九十\d]+[章节讲课部分])?(?:专门|再|会|单独)讲|"
    r"下周第|下节课|下次课|下一讲|预习|课后作业|课后(?:的)?阅读|阅读材料|布置(?:了)?作业|交作业|[周星期][一二三四五六日天]前交|交到|提交到|"
    r"\b(?:further|optional|suggested|recommended) reading\b|"
    r"\bdue (?:date|by|on)\b|^due\b|\bword limit\b|\b\d+\s*words? max\b|"
    r"\bnext (?:class|lecture|session)\b|\bnext week's (?:class|lecture|session|reading)|\bfor next week\b|"
    r"\bnext\s+(?:[A-Z][\w-]*\s+){0,3}meeting\b|"  # Next Parish Council meeting: Monday, …
    r"^next week\b|"
    r"\bhomework\b|\bslides?\b[^.]{0,30}\b(?:go up|be posted|be shared|be uploaded)\b|"
    # Midterm 2 is [Nov 21], office hours, the problem sets: when to sit or hand in
    r"\bmidterms?\s+(?:\d\s+)?(?:is|will be|on)\b|\bfinal exam\s+(?:is|will be|on)\b|\boffice hours\b|"
    r"\bproblem sets?\b|\bpsets?\b|\bsyllabus\b|"
    # 考试时间：…; Exam date: …; For Thursday: chapter 7…: when the test is, what to read by when
    r"^考试(?:时间|地点|安排|范围)?\s*[:：]|^(?:exam|test|final|midterm|quiz)\s+(?:date|time|room|venue)\s*[:：]|"
    r"^for (?:mon|tues|wednes|thurs|fri|satur|sun)day\s*[:：]|^for next (?:class|time|week|session)\s*[:：]|"
    # [2023.12.03] 记，…; […]整理: the day the note-taker wrote the note
    r"^(?:\[…\]|\d{4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}\s*日?)\s*(?:记|写|整理|补记)(?:[，,。：:]|$)"
    r"|(?:PPT|课件|回放|录像)[^，。]{0,10}(?:上传|发布|发到)"
    # a show's credits and a note-taker's reminder to themselves
    r"|\b(?:produced|edited|mixed|engineered|sound-designed|narrated|voiced)\s+by\b|\b(?:theme\s+)?music\s+by\b"
    r"|^(?:written|reported|compiled|curated|words)\s+by\b|^(?:episode|ep\.?)\s*#?\s*\d+\s*[:：—–-]"
    r"|(?:—|–|--)\s*Ed\.?\s*$"  # an editor's note signed — Ed.
    # the note-taker's own surprise, its I dropped: Didn't know most soil carbon is …
    r"|^(?:didn['’]t|never|did not)\s+(?:know|knew|reali[sz]e|expect|think)\b"
    r"|\bexecutive producer\b|后期制作|剪辑[：:]|监制[：:]|提醒自己|\b(?:note|reminder) to (?:self|myself)\b"
    r"|^next month\s*[:：]"  # Next month: the next book and where the group meets
    # Mend – Harbour Press, […]; 《某书》，某某出版社，[…]: a reference's publisher and year, not content
    r"|(?:Press|Books|Publishing|Publishers|出版社)\s*[,，]\s*(?:\[…\]|(?:1[5-9]|20)\d\d)\b"
    # an exam's layout: how many marks a section carries (Section A (30 marks, short answers)…)
    r"|\b(?:exam|paper|section\s+[A-D])\b[^.]{0,80}\b\d+\s*marks\b|\bsection\s+[A-D]\s+marks\b"
    r"|题[^。，,]{0,4}(?:占|共|各|计)\s*(?:\d+|[一二三四五六七八九十百]+)分(?!钟|析|别|成|为|类)"
    # an episode's dates and a transcriber's note: Recorded 14 March, released […]; PPT共[…]页，本文只保留…
    r"|^(?:(?:the\s+)?episode\s+)?(?:recorded|released|published|aired)\s+(?:on\s+)?(?:[A-Z][a-z]{2,5}\.?,?\s+)?\d"
    r"|[,;]\s*(?:recorded|released|aired)\s+(?:on\s+)?\d"
    r"|^(?:录制|发布|上线)于\s*\d"
    r"|PPT\s*共|本文(?:只|仅)保留|整理者注|\btranscriber['’]s note\b"
    # a show's thanks to its guest: Dr. X, thank you so much; 谢谢你来做客
    r"|\bthank you (?:so much|very much|for (?:coming|joining|having))"
    r"|\bthanks for (?:having|coming|joining)\b"
    r"|谢谢(?:你|您)?(?:来|的)?(?:做客|参加|分享)"
    # a show's greeting and where its links are (welcome back to Quarry Hour; links: see shownotes)
    r"|\bwelcome (?:back )?to\b|欢迎(?:大家)?(?:回到|收听|来到|收看)|\bshow ?notes\b|节目(?:笔记|简介)里"
    r"|\blinks? (?:is |are )?in the (?:description|episode notes)\b"
    # the recording's own gaps (NB: the feed dropped out near the end; 录音中断了几分钟)
    r"|\b(?:audio|recording|sound|feed|stream)\s+(?:cut|cuts|dropped|drops|went)\s+(?:out|off)\b"
    r"|录音(?:中断|断了|不清|没录上)|\[inaudible\]"
    # a reminder in passing at a meeting (顺便提醒：周五前交表; a quick reminder: forms are due…)
    r"|^(?:顺便|另外)?(?:提醒一下|提醒大家|顺便提醒|顺便说一下)|^(?:a )?quick reminder\b"
    # the note-taker's own plans and follow-ups: 下个月看看附近的读书会, 会后索取模板, I plan to try…
    r"|^(?:下个?月|下周|下次|回头|之后|改天|有空|周末|明天|今晚)我?(?:看看|试试|去|找|要|打算|准备|想"
    r"|跟[^，,。]{0,4}(?:讲|说|聊|商量))|我(?:打算|准备|计划)"  # 周末跟老婆讲一下“…”: what to tell whom
    r"|会后(?:联系|索取|找|领取)|索取(?:模板|资料|课件|PPT)"
    r"|\bI (?:plan|intend|want|need|mean|hope) to (?:try|read|look|check|find|join|start|reread|ask)\b"
    r"|^(?:next (?:month|week)|later|someday),? I\b"
    r"|^(?:下一步|待办|TODO|To-?do|Next steps?)\s*[：:]"
    r"|^next\s*[:：]\s*(?:maybe\s+)?(?:go back|re-?read|read|try|look|check|finish)\b"
    # Be able to discuss […]; Get X from the library: a study reminder, an errand
    r"|^(?:be able to|make sure you can|you should be able to)\s+(?:discuss|explain|describe|compare|outline"
    r"|evaluate|define|list|name)\b|\bfrom the library\b|去图书馆借"
    r"|^记得(?:交|提交|带上?|完成|预习|复习|看)"  # 记得交第二次反思，800字: a course's homework reminder
    r"|\bmemori[sz]e\b|背下来|要背|背熟"  # — memorise which article says what: the learner's own to-do
    # 想回去找《…》看, 朋友小某推荐的: the reader's own plan, and how the book reached them
    r"|想?回去(?:找|再|看)|(?:朋友|同事|室友|同学)[^，,。]{0,4}推荐的"
    # B 比较甲和乙对“…”的看法: an essay topic to choose from, a task, not what was taught
    r"|^[A-D\uff21-\uff24][.、)）]?\s*(?:比较|论述|试述|试论|分析|谈谈|评述|简述|阐述|讨论)"
    # 第 3 课作业：…, Assignment 2: …: a lesson's homework; 周四 3-4节 @文法楼B205: a class's time and room
    r"|^(?:第\s*[\d一二三四五六七八九十\uff5e~\-—]+\s*[课讲章周]\s*)?作业\s*[：:]"
    r"|^(?:assignment|problem set|homework)\s*\d*\s*[:：]"
    r"|周[一二三四五六日天]\s*\d{1,2}\s*[-–~\uff5e]\s*\d{1,2}\s*节|[@\uff20]\s*\S{0,8}(?:楼|教室|室)\s*[A-Za-z]?\d"
    r"|^(?:下次|下期|下一期)[^，。]{0,12}(?:读|讲|导读|分享|见)"
    # 3月9号晚上跑步时听的; listened on the train: when and where the note-taker took it in
    r"|^[^，,。]{0,16}(?:时|的时候)?(?:听的|看的|读的|补听|补看|重听)"
    r"|^(?:listened|watched|read it)\b[^.]{0,40}\b(?:on|during|while|in)\b"
    r"|^(?:need to|to|must) (?:check|verify|double-check|look up|confirm)\b|待核实|需要核实|回头(?:查|核对)"
    r"|^(?:numbers|figures|facts|dates|names|things)\s+to\s+(?:double[- ]?)?check\b"
    # …and their doubts: 书里另一处写1883，待查; 还有两位没记住名字; need to double-check this
    r"|待查|待核|待确认|存疑|记不清|没记全|没记住|没听清|没听全|没听完|(?:下次|回头)再?补|回头(?:问|再查)|估计是笔误|可能记错"
    r"|名字忘了|忘了(?:叫什么|是哪)|\b(?:TODO|FIXME)\b"
    r"|\b(?:need|have) to (?:double[- ])?check\b|\bI(?:['’]m| am| was) not sure\b|\bdidn['’]t catch\b|\bTBC\b"
    r"|\bcheck (?:the )?spellings?\b|\beditor['’]s note \(|核对拼写"
    # a broadcast's listing: Item: "…" Air date: Friday, 6:10 p.m.
    r"|\bair\s*date\s*:"
    # a newsletter's masthead: Issue #42 · Tuesday, 8 October 2024 · 6-minute read
    # a book's imprint: 出版社：…，2021 年初版，正文 386 页; Non-fiction, 312 pages, X Press (2019)
    r"|^(?=.*(?:出版社|出版方|\bpublisher\b|(?-i:\b[A-Z][\w&'-]*\s(?:Press|Publishing|Publishers|Books)\b)|\bISBN\b))"
    r"(?=.*(?:\d\s*(?:页|pages?\b|pp\b)|初版|首版|第\s*[一二三四五六七八九十\d]+\s*版|\bedition\b|ISBN))"
    r"|\bissue\s*#\s*\d+\b|\b\d+[- ]min(?:ute)?s? read\b|阅读(?:时间|约需?|需要|大约)?\s*约?\s*\d+\s*分钟"
    r"|^全文(?:约|共|大约)?\s*\d[\d,]*\s*字"
    # the note-taker's reading log: Started 3 March, finished 21 March; 读于 3 月
    r"|^(?:started|began)\b[^.;]{0,30}[,;]\s*(?:and\s+)?finished\b|^(?:read|finished)\s+(?:on|in)\s+\d"
    r"|^读(?:于|完于)|^(?:看|听|观看|收听)(?:于|完于)"
    # when the note-taker watched or heard it: TEDx 2022 — watched 14 March, notes cleaned up later
    r"|(?:^|[—–,;·]\s*)(?:watched|listened|attended|viewed)\s+(?:it\s+)?(?:on\s+|in\s+)?\d"
    # the writer's disclosure: 利益相关：本人在券商做宏观研究七年…; Disclosure: I hold shares…
    r"|^(?:利益相关|利益声明|免责声明|声明|disclosure|disclaimer)\s*[：:]"
    # minutes' furniture: the sign-off, the next meeting, the header block, a correction to last minutes
    r"|^(?:submitted by|respectfully submitted|minutes (?:taken|recorded) by)\b|^next meeting\s*[:：]"
    r"|^(?:date|time)\s*[:：].{0,80}\b(?:place|venue|location|recorder|chair)\s*[:：]"
    r"|\bshould read\b[^.]{0,30}\bnot\b"
    r"|^下次[\u4e00-\u9fff]{0,4}会议?\s*[：:]|^下次会议|^(?:会议)?记录(?:人)?[：:]|错别字|勘误|印成|\btypos?\b|\berrata\b"
    # a talk the note-taker is preparing: 准备下周读书会上分享，控制在 20 分钟内
    r"|(?:读书会|分享会|组会)上?(?:分享|讲|汇报)|\bbook club\b[^.]{0,30}\b(?:present|talk|share)"
    # an exam's date and weight: 期中：11 月 14 日，闭卷，占 30%
    r"|^(?:期中|期末|期中考试|期末考试|小测|测验|midterm|final exam|quiz)\s*[：:]"
    r"|(?:期中|期末|考试|小测|测验)[^，。]{0,4}(?:定在|安排在|放在)"  # 期末考试定在下月三号
    r"|\b(?:midterm|final exam|quiz|test|exam)\b[^.]{0,20}\b(?:scheduled|set|moved)\s+(?:for|to)\b"
    # the note-taker's reading log: 开读：3月2日 读完：4月1日; Started reading: …
    r"|^(?:开始读|开读|读完|读毕|(?:阅读|读书)(?:时间|日期)|started reading|finished reading|date read)"
    r"\s*[：:]"
    # 提前二十分钟到, got there early, 约考时间：…: when the note-taker arrived or booked their own test
    r"|(?:提前|早)\s*(?:\[…\]|[\d一二三四五六七八九十半]+\s*(?:分钟|小时))\s*到|约考"
    r"|\b(?:arrived|got there|turned up)\b[^.]{0,25}\bearly\b|\bbooked my (?:test|exam)\b"
    # where the note-taker stayed and what it cost: 住宿：…两晚共 ¥600; Hotel: …, £90 a night
    r"|^(?:住宿|酒店|民宿|宾馆|客栈|住处|住的地方|accommodation|lodging|hotel|hostel|where we stayed)\s*[：:]"
    # 某某 著，某某译的那版，第3版: the copy the note-taker read
    r"|(?:著|编著|译)[，,、][^。]{0,24}第[\d一二三四五六七八九十]+版"
    # what the exam may ask, the next episode's teaser: the course's or the show's plans, not content
    r"|考试(?:可能|也许|大概|肯定|一般|常|会|要)+(?:考|问)|^(?:期末|考试)(?:必考|重点)[：:]"
    r"|\b(?:exam|test|final|midterm)\s+(?:(?:might|may|will|could|probably)\s+)+(?:ask|have)\b"
    r"|^(?:下期|下集预告|预告)\s*[：:]|下期\s*(?:[（(][^（()）]{0,12}[）)]\s*)?预告|下期(?:节目|嘉宾|主题)|下一(?:期|讲|场|次讲座)[^，。]{0,12}(?:讲|是|主题)"
    r"|\bnext (?:lecture|talk|session)(?:'s| is| will)\b"
    # when coursework is due: 课程论文，下月5号之前交; Essay due 3 May
    r"|(?:作业|报告|论文|读书笔记|小论文)[^。；;]{0,16}(?:之前交|前交|前提交|之前提交|截止)"
    r"|\b(?:homework|assignment|essay|coursework|report|problem set)\b[^.;]{0,20}\bdue\b"
    # minutes' action items: Action: Ana to book the hall; 待办：…
    r"|^(?:action(?:s| items?| points?)?|待办(?:事项)?|行动项)\s*[：:]"
    # the club's kitty, whip-round or subs: what members chip in for, not what they read or learn
    r"|\bkitty\b|\bwhip-round\b|^(?:份子钱|凑份子|AA)\s*[：:]"
    r"|^(?:next (?:episode|time|week|issue|edition|session)|coming up(?: next)?)\b[^:：.]{0,30}[：:]"
    r"|\bnext (?:episode|issue)(?:'s|\s+will)\b|\bin the next episode\b"
    # a source made up for an exercise
    r"|练习用|做练习|虚拟史料|虚拟数据|\bmade-up (?:numbers|data|figures)\b"
    # a line the note-taker marks as said in passing
    r"|[(（]\s*(?:mentioned\s+)?in passing\s*[)）]|[(（][^（）()]{0,6}(?:顺带|顺便|随口)[^（）()]{0,8}[)）]"
    # a note to look something up: Look up whether…, should look into…, 回头查一下…, 需要再查
    r"|(?:^|[.;:!?]\s+|\b(?:should|shoud|need to|must|have to|want to|to do|todo)\s+)"
    r"(?:look up|look into|check whether|check if|double-check|google|find out whether|find out if)\b"
    r"|^(?:回头|有空|之后)?(?:查一下|查查|再查)|需要再查|再查一下|搜一下"
    # a transcriber's line and a class cancelled: Transcribed from audio by…; 下周停课一次，第6课顺延
    r"|\btranscribed (?:from (?:audio|the recording) )?by\b|(?:下周|本周|这周)停课|停课一次|顺延到"
    # an editor's note on where the text comes from: 本文根据…现场录音整理, 本文整理自…
    r"|^本文(?:根据|据|整理自|系根据)[^。]{0,60}(?:整理|改写|编辑)"
    # homework: 作业：读《…》序言; Assignment: …
    r"|^(?:课后)?(?:作业|阅读作业|思考题)\s*[：:]|^(?:homework|assignment|reading assignment)\s*[:：]"
    # a reading set for a day: For Thursday, read the … excerpt; 周四之前读完第六章
    r"|^(?:for|by|before)\s+(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next time)\b"
    r"[^.]{0,20}?\b(?:read|finish|prepare|bring|watch|skim)\b"
    r"|^(?:周|星期)[一二三四五六日天](?:之前|前|上课前)[，,]?(?:请|大家)?(?:先)?(?:读|看|读完|看完|预习)",
    re.I,
)
# how often the lecturer said it (mentioned it [twice], 强调了[三]次): the talk's, not its content
_HOW_OFTEN_SAID = re.compile(
    r"\b(?:mentioned|repeated|stressed|emphasi[sz]ed|said)\s+(?:it|this|that)?\s*\[…\]"
    r"|(?:提到|强调|重复|说)了?\s*\[…\]\s*(?:次|遍)",
    re.I,
)
_THE_AUDIENCE = re.compile(
    r"\b(?:there were|we were|attendance (?:was|is|averages?|averaged|of)|audience of|attended by)\s+"
    r"(?:maybe|about|around|roughly|some|~|≈)?\s*\[…\]"
    r"|(?:现场|到场)的?(?:人数|参会人数|观众)?(?:大概|大约|约|有)?\s*\[…\]"
    r"|^(?:audience|attendance|turnout|观众|听众|到场人数)\s*[:：]\s*(?:maybe|about|around|roughly|~|≈|约)?\s*\[…\]"
    # 到场：线下 6 人，线上 2 人，共[…]; Present: 5 in the room, 3 online, [8] in all: the minutes' roll
    r"|^(?:到场|出席|参会|与会|出勤)(?:人数|人员|情况)?\s*[:：][^。；]{0,30}\[…\]"
    r"|^(?:attendees|attendance|present|in attendance)\s*[:：][^.;]{0,40}\[…\]",
    re.I,
)
# A blank opening the sentence and closed by a comma holds a clause ([…]，所以…): a reason or a
# condition torn from the statement it explains, not a term.
_CLAUSE_AFTER = re.compile(r"[，,；;。：:！!？?]|\s[—–]\s")


def _up_to_the_blanks_clause(question: str) -> str:
    """The stem up to the end of the clause holding the blank: a condition in a later clause
    (餐费是每餐[十四元]，如果涨到十五元以上…; rose [40%]; if it goes on…) leaves the blank a fact."""
    at = question.find(BLANK)
    if at < 0:
        return question
    end = _CLAUSE_AFTER.search(question, at + len(BLANK))
    return question[: end.start()] if end else question


_COUNTED_MODEL_EN = re.compile(
    r"(?:an? )?[\w]+-(?:part|step|stage|phase|point|pillar|layer)\s+"
    r"(?:model|framework|process|plan|system|method|approach|structure)s?$",
    re.I,
)
# The […] was repainted in 1931: a thing the sentence points back at with its article, no term
# it defines (A […] is …, […] are … state what a kind of thing is)
# (The [Kanban Board] is…: a named term; The […] is a weekly list of…, is what…: a definition)
_POINTED_BACK_AT_EN = re.compile(r"^\W*The\s+\[…\](?!\s+(?:is|are)\s+(?:a|an|what|the\s+\w+\s+(?:of|for))\b)")
# 你们怎么可能不亏, we'll never make it: a pronoun in the blank makes it a remark, not a term
_SOMEONES_WORDS = re.compile(r"(?<!自)(?:我|你|您|咱)们?|(?:他|她)们|\b(?:I|I['’]m|you|we|we['’]re|our)\b")
# By then — here's […] again — the shop was shut: a name dropped in an aside, not what the sentence says
_DASHED_ASIDE_BLANK = re.compile(r"\S\s*(?:—|–|--)\s*[^—–]{0,40}?\[…\][^—–]{0,40}?(?:—|–|--)\s*\S")
# […]，… : a clause cut off at its comma; but `[…]，指的是…` is a term its definition follows
_LEADING_CLAUSE_BLANK = re.compile(r"^\[…\]\s*(?:[；;：:]|[，,](?!\s*(?:指的是|是指|就是指|意思是|意味着)))")
# Words of a title set apart by spaces, with nothing to end a sentence: a heading, not a statement.
_TITLE_LIKE_ZH = re.compile(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_SENTENCE_STOP = re.compile(r"[。！？!?；;…”」）)\.]$")
# （主持人：提问环节先到这儿。）: a whole sentence in brackets is set aside from the text
_WHOLE_ASIDE = re.compile(r"\s*[（(](?:[^（）()]|\[…\])+[）)]\s*[。.]?\s*")
_AN_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")
_EQUATION = re.compile(r"[=\uff1d]|\d\s*[\u00d7*/\u00f7]\s*\d")  # equals signs, times, divided by
_DEMONSTRATIVE_ANSWER = re.compile(
    r"^(?:这|那|此|该|其)(?:些|个|种|样|么|里|次|时)?|^(?:this|that|these|those|it|they|them)\b", re.I
)
# A blank right after the figures before it ("28, 29, 30, […]") asks the next number of a count.
_SEQUENCE_BLANK = re.compile(r"\d\s*[,，、]\s*\[…\]")
# boxes of 17, 24, 27 and […]; […]、8、12 个月: one number of a run of them
_NUM = r"[\d.]+\s*[%％]?"
_FIGURE_LIST_MEMBER = re.compile(
    rf"{_NUM}(?:\s*[,，、]\s*{_NUM})+\s*[,，、]?\s*(?:and|or|和|及|或|、)\s*\[…\]"
    rf"|\[…\]\s*[,，、]\s*{_NUM}\s*[,，、]\s*{_NUM}"
)
# Words a dictionary does not know (Furthr, adn) or a hyphen inside a Chinese name (李小-明): the
# source's typos or a recogniser's garble, which a card would copy.
# Panel notes under a speaker's name (Points to transport: …, Partly disagrees: …): whose point?
_ATTRIBUTION_LABEL_EN = re.compile(
    r"^(?:(?:partly|strongly|also|mostly|largely)\s+)?"
    r"(?:points? (?:to|out)|argues|adds|notes|says|thinks|wants|suggests|warns|stresses|agrees|disagrees"
    r"|counters|pushes back|worries|cautions|proposes|recommends)"
    r"\b[^:]{0,30}:\s",
    re.I,
)
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z]{3,}(?![\w'’-])")
_CJK_HYPHEN = re.compile(r"[\u4e00-\u9fff]-[\u4e00-\u9fff]")
# 看-想-做-说, 计划-执行-检查: three or more short words in a chain name the steps of a sequence
_CJK_CHAIN = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}(?:-[\u4e00-\u9fff]{1,2}){2,}(?![\u4e00-\u9fff])"
)
# 贝尔-曼森（T. Bell-Manson）: a double-barrelled foreign name, its original in brackets beside it
_DOUBLE_NAME_GLOSSED = re.compile(
    r"[\u4e00-\u9fff]-[\u4e00-\u9fff]+\s*[（(][A-Z][^（）()]*[A-Za-z]-[A-Z][a-z]"
)


_TERM_FIRST = re.compile(r"^\[…\]\s*(?:[—–:：]|-\s)")
# a blank and a bracket right beside it: endurance（忍耐、承受）, 忍耐（endurance）
_BRACKET_AFTER_BLANK = re.compile(r"\[…\]\s*[（(]([^（）()]{1,24})[）)]")
_BRACKET_AROUND_BLANK = re.compile(r"[（(]\s*\[…\]\s*[）)]")
_LATIN_ONLY = re.compile(r"^[A-Za-z][A-Za-z\s'’-]*$")
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff、，,\s]+$")


_GLOSS_AFTER_COMMA = re.compile(
    r"\[…\][”\"」’']?[，,]\s*[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+[，,]"
)


def _glossed_beside(question: str, answer: str) -> bool:
    """Whether the blank's translation into the other script stands in a bracket beside it: the
    card asks the learner to translate back what it shows."""
    after = _BRACKET_AFTER_BLANK.search(question)
    if after and _LATIN_ONLY.match(answer.strip()) and _CJK_ONLY.match(after[1].strip()):
        return True
    if _LATIN_ONLY.match(answer.strip()) and _GLOSS_AFTER_COMMA.search(question):
        return True  # "[…]"，忍耐、承受，…: the translation set off by commas after it
    if _BRACKET_AROUND_BLANK.search(question) and _LATIN_ONLY.match(answer.strip()):
        before = question[: question.find("[…]")].rstrip(" （(")
        return bool(re.search(r"[\u4e00-\u9fff]{2,}$", before))
    return False


def _misspelt(text: str) -> str | None:
    """The first lowercase English word wordfreq has never seen, if any."""
    from quizgen.extract.lexicon import zipf_en

    text = text.strip()
    first = re.match(r"[A-Z][a-z]+\b", text)
    if first and zipf_en(first.group().lower()) == 0.0 and _one_slip_from_a_word(first.group().lower()):
        return first.group()  # a sentence's first word is capitalised: Furthr (Basaltine is a name)
    return next(
        (
            w.group()
            for w in _LOWER_WORD.finditer(text)
            if zipf_en(w.group()) == 0.0 and not _foreign(text, w.start(), w.end())
        ),
        None,
    )


# from the Latin stella (star); the Japanese word kaizen: a foreign word the text names or glosses
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:Greek|Latin|French|German|Japanese|Chinese|Sanskrit|Italian|Spanish|Hebrew|Arabic|Norse|Dutch"
    r"|Danish|Swedish|Norwegian|Finnish|Korean|Hindi|Portuguese|Russian|Yiddish)\s+(?:words?\s+|term\s+)?$"
)
_GLOSS_AFTER = re.compile(r"^\s*\((?!\d)[^()]{1,30}\)")


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a foreign word the text names or glosses (the Latin
    stella (star)), not a slip."""
    return bool(_LANGUAGE_BEFORE.search(text[max(0, start - 30) : start]) or _GLOSS_AFTER.match(text[end:]))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip_from_a_word(word: str) -> bool:
    """Whether one letter dropped, added, changed or two swapped make `word` a word wordfreq knows
    (furthr -> further): a typo, where an unknown word no slip explains is a name."""
    from quizgen.extract.lexicon import zipf_en

    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return any(zipf_en(e) >= COMMON_SLIP for e in edits - {word})


COMMON_SLIP = 3.0  # Zipf: the word a typo misses is a common one


# A sentence opening with a share and no noun (大多数其实来自…, 其余都是…): a share of what the
# sentence before names.
_SHARE_OF_ELSEWHERE = re.compile(
    r"^(?:大部分|大多数|绝大多数|多数|少数|其余|其他的|剩下的|一部分|另一部分|其中)"
    r"(?=[确都也就还才是在来会能可要已则只])"
)

# "no more than", "not less than": a blank taking "more than" leaves its "no" behind.
_SPLIT_QUALIFIER = re.compile(r"(?:\bno|\bnot|不|没)\s*\[…\]", re.I)
_QUALIFIER_START = re.compile(
    r"^(?:more|less|fewer|greater|higher|lower)\s+than\b|^(?:超过|少于|低于|高于|多于)", re.I
)

_REST_OF_ELSEWHERE_EN = re.compile(
    r"^(?:the other|the rest|the remaining|the remainder)\b"
    # About a third were the only shop in town; Most of them closed: a share with no noun of its own
    r"|^(?:(?:about|around|roughly|nearly|almost|over|just|only)\s+)?"
    r"(?:a third|a quarter|a fifth|half|two[- ]thirds|three[- ]quarters|most|a majority|a minority|"
    r"\d+(?:\.\d+)?\s?%)"
    r"(?:\s+of\s+(?:them|those|these))?\s+(?:were|are|was|is|had|have|did|do|said|say|closed|stayed|left)\b",
    re.I,
)

MIN_CONTEXT_ZH = 8  # characters around a cloze's blank that say what is asked
# A question needs its subject besides the question word: 什么是“留白”？, Daniela 是谁？ and What is
# entropy? are whole; 比例？ and How many? are not.
MIN_QUESTION_ZH = 3  # characters (a Latin word counts one)
MIN_QUESTION_EN = 3  # words
MIN_CONTEXT_EN = 4  # words
MAX_STEM_ZH = 110  # characters: a stem is a sentence, not a paragraph
MAX_STEM_EN = 45  # words
MAX_BLANK_ZH = 16  # characters: a cloze blanks a term, a name or a figure, not a clause
MAX_BLANK_EN = 6  # words
# An exercise's prompt (Calculate…, 请计算…), an agenda's heading (【议题二】), speech trailing off (种了……)
_EXERCISE_PROMPT = re.compile(
    r"^(?:(?:Calculate|Compute|Estimate|Determine|Explain why|Show that|Work out)\b"
    r"|请计算|试计算|试求|请求出|试比较|试述)"
)
_HEADING_LABEL = re.compile(r"^【[^】]{1,10}】")
_THANKS = re.compile(r"^(?:非常|特别|再次)?(?:感谢|谢谢)|^(?:many\s+)?thanks?\b|^thank\s+you\b", re.I)
_TRAILING_OFF = re.compile(r"^[^，。,.；;]{0,8}(?:……|\.\.\.|…(?!\]))")
# A blank that opens with a function word (of what they are) or closes on a colon (TL;DR:) is no term.
# [retired ones] stay…, the [cheap one]: "one" stands for a noun said before
_ONES_BLANK = re.compile(r"(?:the\s+)?[a-z][a-z-]*\s+ones?", re.I)
# …is the key point, …was the main problem: the notes' rating of what the sentence names
_A_RATING = re.compile(
    r"(?:the\s+)?(?:real|key|main|big|biggest|core|central|whole|actual|true|important|interesting|hard|hardest)"
    r"\s+(?:lesson|point|idea|problem|issue|thing|takeaway|question|insight|message|part|bit)s?",
    re.I,
)
# 一看…二看…三看, 其三要…: a list counted out in its verbs, each one a place in the list
_ENUMERATOR_ZH = re.compile(r"(?:其)?[一二三四五六七八九十][看是要查问听说做抓定讲比算]")
_MINUTES_LABEL = re.compile(MINUTES_LABEL, re.I)
_WHERE_IT_WAS_SAID = re.compile(
    r"(?:书|文|片|课|视频|节目|文章|报告|原文|正文|讲座)(?:里|中|上)|这里|那里|此处|文中|书中|片中|课上"
)
_BAD_BLANK = re.compile(
    r"^(?:of|to|in|on|at|by|for|with|from|the|a|an|and|or|but|that|which|not)\b|[：:]$"
    r"|^(?:whether|if|how|why|when|where)$"  # shows [whether] it runs: a word that only joins
    r"|^[A-Z][a-z]+(?:\s[A-Za-z]+)?:\s",  # Guest: Dr. …: a field's label inside the blank
    re.I,
)


def _bracket_around_blank(question: str) -> int | None:
    """Where the bracket opens that holds the blank (the old tables ([…]), 每半天 […]）), if one does."""
    at = question.find(BLANK)
    if at < 0:
        return None
    depth, opened = 0, None
    for i in range(at - 1, -1, -1):
        if question[i] in ")）":
            depth += 1
        elif question[i] in "(（":
            if not depth:
                opened = i
                break
            depth -= 1
    closes = re.search(r"[)）]", question[at + len(BLANK) :])
    inner_opens = re.search(r"[(（]", question[at + len(BLANK) :])
    if opened is None or not closes or (inner_opens and inner_opens.start() < closes.start()):
        return None
    return opened


_EN_WORD = r"[A-Za-z0-9'’/&-]+"
_EN_MEMBER = rf"(?:{_EN_WORD}\s+){{0,3}}{_EN_WORD}"
# after a list's separator or a label's colon, a short member; opening the line, a shorter one
# (后来还出了电影版（ is a clause, 《故宫》（ a member)
_MEMBER = re.compile(
    rf"[、：:;；]\s*(?:[^、：:;；，,。]{{1,12}}|{_EN_MEMBER})\s*$|^\s*(?:[^、：:;；，,。]{{1,6}}|{_EN_MEMBER})\s*$"
)


_IN_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
LABEL_WORDS = 6  # words outside the brackets of a label, not a sentence


def _a_label_and_its_brackets(question: str) -> bool:
    """US mortality study ([…], ~30,000 adults): a heading-like label whose details stand in
    brackets, no sentence around them."""
    outside = _IN_BRACKETS.sub(" ", question).strip(" .。")
    if re.search(r"[:：，,;；]", outside):
        return False  # Main reasons: transport costs (…): a list's member glossed, within a sentence
    if _zh(outside):
        return False  # a short Chinese sentence (《河流》（…）讲的是水利史) looks no different
    return len(outside.split()) <= LABEL_WORDS and not _FINITE_EN.search(outside)


_FINITE_EN = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does)\b")


def _glosses_a_member(before: str) -> bool:
    """Whether the text before a bracket ends on a short member of a list or a labelled line
    (…：儿童绘本（, Main reasons: transport costs (, 评价测光、点测光（)."""
    return bool(_MEMBER.search(before))


# A subordinate clause before its main clause (虽然…，但…; 当…时，…; Although X, Y) leaves a
# sentence whole; a connective (但是, also, so) leans on the sentence before it.
_SUBORDINATE_ZH = re.compile(r"^(?:尽管|虽然|虽说|即使|即便|哪怕|除了|自从|当(?!今|下|前|时)|因为|由于)")
_SUBORDINATE_EN = re.compile(
    r"^(?:although|though|even though|when|whenever|because|since|while|whereas|once|until)\b", re.I
)
_MAIN_CLAUSE_ZH = re.compile(r"，[^，。；]*[\u4e00-\u9fff][^，。；]{5,}")
_MAIN_CLAUSE_EN = re.compile(r",\s+(?:\S+\s+){3,}\S")


def _with_its_main_clause(body: str, zh: bool, figure: bool) -> bool:
    """A sentence opening with a subordinate clause that goes on, after its comma, to a main
    clause of its own: whole, as a cloze of the author's sentence. Only a figure may be blanked in
    the subordinate clause (When it listed in [2014], …); a term or a reason blanked there is the
    clause itself (因为[…]，…)."""
    main = (_MAIN_CLAUSE_ZH if zh else _MAIN_CLAUSE_EN).search(body)
    if not (_SUBORDINATE_ZH if zh else _SUBORDINATE_EN).match(body) or not main:
        return False
    return figure or body.find(BLANK) > main.start()


# A blank among the members of a list (投资、数学、[…]、复杂系统; 《梁祝》《[…]》《碧玉簪》; "车间""[…]";
# pottery, […], and glass): one of several, picked at random.
_LIST_MEMBER = re.compile(
    r"、\s*\[…\]\s*、|[^，。：:、]{1,12}、[^，。：:、]{1,12}、\s*\[…\](?!\s*[，,]?\s*(?:等|之类))"
    r"|\[…\]\s*、[^，。：:、]{1,12}、|》\s*《\[…\]》|《\[…\]》\s*《"
    r"|[”」\"]\s*[“「\"]\[…\][”」\"]|[“「\"]\[…\][”」\"]\s*[“「\"]"  # "老屋""[…]": quotations in a row
    r"|\w+,\s+\[…\],\s+(?:and\s+|or\s+)?\w+|\w+(?:\s\w+)?,\s+\w+(?:\s\w+)?,?\s+(?:and|or)\s+\[…\]"
)


# The example after 比如/such as/e.g. (不需要成本的表态，比如“[…]”; a small percentage, like […]): one of
# many that would do.
_EXAMPLE_BLANK = re.compile(
    r"(?:比如|例如|譬如|诸如|比方说)\s*[：:]?\s*[“\"「《]?\[…\]|"
    # 包括[…]、[…]、…; including […], […]: some members of an open list, not all of a named one
    r"(?:包括|包含|\bincluding|\bincludes?)\s*[：:]?\s*\[…\]\s*(?:、|,|，|and|和)\s*\[…\]|"
    r"(?:\bsuch as|\be\.g\.,?|\bfor example,?|\bfor instance,?|,\s*like)\s*[“\"]?\[…\]",
    re.I,
)


def _body(question: str) -> str:
    """The statement after the generator's own frame (据X，/ According to X,)."""
    return LEAD.sub("", question, count=1).lstrip(' “"「《(（')


# 另外，…; 此外，…; Besides, …: a word adding the sentence to the one before, which it does not need
# (所以, 但是, So, But tie it closer: a stem freed of them is checked as the author wrote it)
_ADDED = re.compile(
    r"^(?:另外|此外|同时|还有|而且|并且)[，,]\s*|^(?:also|besides|moreover|in addition|plus),\s*", re.I
)


def _zh(text: str) -> bool:
    """Chinese by its characters, or by its words where Latin names fill it (Anthropic CEO 是谁？)."""
    cjk = len(_CJK.findall(text))
    return cjk * 3 >= len(text) or (cjk > 0 and cjk >= len(re.findall(r"[A-Za-z]+", text)))


# A time before the clause (2003年, […] 年代, 1986 年 3 月) is no subject: 2003 年被列入… still has none.
_LEADING_TIME_ZH = re.compile(
    r"^(?:\[…\]|\d+|[一二三四五六七八九十〇零两]+)\s*(?:年代|年|世纪)(?:\s*\d+\s*月)?(?:初|末|底|中|间)?\s*(?=\S)(?![，,])"
)

_HEDGE_OPENING_ZH = re.compile(r"^(?:理论上|实际上|原则上|一般来说|通常来说|据说|据估计)[，,]?\s*(?=\S)")
# 可缩短…, 能减少…: a modal opening the clause, its subject cut before it
_MODALS_ZH = frozenset(["可", "能", "可以", "能够", "将", "会"])
# the time a story has reached (现在, 当时), which goes on from a subject said before; not a date that
# opens a topic (今年修缮祠堂一共筹到…)
_TIME_WORDS_ZH = frozenset(["现在", "目前", "如今", "当时", "那时"])
_A_TIME = re.compile(r"\d\s*年(?!纪)|年代|世纪|[月日号]$|\d{4}")
_FIGURE_THEN_ADVERB_ZH = re.compile(r"^\[…\]\s*(?:还|就|才|已经?|仍然?|也|便|都|又)(?![是有])")
_FIGURE_THEN_PASSIVE_ZH = re.compile(r"^\[…\]\s*(?:又|再|还|就|才)?被")  # [1890年]被…: who was, unsaid
_TIME_CLAUSE_ZH = re.compile(r"(?:时|时候|之后|以后|后|之前|以前|前|以来|起|期间)$")


_COPULA_NEXT = re.compile(r"^(?:是|才|就|正是|也|都|才是|就是|也是|都是|其实)$")


# 主要讲…, 重点介绍了…, 大致是说…: a note of what a chapter or a talk covers, its subject in the
# heading (the adverb hides the verb from the tagger)
_WHAT_IT_COVERS_ZH = re.compile(
    r"^(?:主要|重点|大致|大概|大体|基本上?|着重|集中|简单)(?:地)?(?:是|就是)?"
    r"(?:讲|说|谈|聊|介绍|讨论|分析|论述|阐述|描述|写)"
)


# 原来一直觉得…, 以前还以为…: what the writer believed before, their own, with no subject said
_ONCE_BELIEVED_ZH = re.compile(
    r"^(?:以前|之前|原来|本来|过去|从前|原先)(?:总|一直|都|还)?(?:以为|觉得|认为)|^原以为"
)
# 📚 延伸阅读：《…》, Further reading: …: a line labelled as a pointer, after a pictograph or a bullet
_A_READING_POINTER = re.compile(r"^[^\w《“\"]{0,3}([^：:]{2,24})[：:]")
# — barely half kept…: a line going on from the one before the dash
_OPENS_ON_A_DASH = re.compile(r"^\s*(?:—|–|--|——)\s*")
# （要点：别用大火，大火会糊）再加两勺糖…: a remark in brackets on the words before it, left at the front
_OPENS_ON_AN_ASIDE = re.compile(r"^\s*[（(][^（）()]{4,}[）)]\s*[^\s，,。.；;：:]")
# Short section on tides, Brief chapter about…: a note of what the book covers, the book unsaid
_WHAT_IT_COVERS_EN = re.compile(
    r"^(?:(?:brief|short|long|quick|whole|separate|final|closing|opening)\s+)?"
    r"(?:section|chapter|passage|paragraph|aside|detour|digression|part)\s+(?:on|about)\b",
    re.I,
)


# 对比一下, 补充一下, 顺便说一句, 举个例子: the speaker's or the writer's aside before the sentence
_DISCOURSE_OPENER_ZH = re.compile(
    r"(?:对比|比较|补充|总结|解释|说明|提醒|强调|插|说|讲)一下|顺便(?:说|提)(?:一句|一下)?|举个例子|打个比方"
)


@lru_cache(maxsize=4096)
def opens_with_verb_zh(text: str) -> bool:
    """Whether a Chinese clause opens with its verb (已筹集近…, 用了两台电脑): its subject was cut."""
    import jieba.posseg

    head = re.split(r"[，,。；;：:！？!?]", text, maxsplit=1)[0]
    if _DISCOURSE_OPENER_ZH.fullmatch(head) and len(head) < len(text):
        return opens_with_verb_zh(text[len(head) + 1 :].lstrip())  # 对比一下，X的…: the clause after it
    if not _TIME_CLAUSE_ZH.search(head):  # 2019年回访时，…: the time is a clause of its own
        head = _LEADING_TIME_ZH.sub("", head)
    head = _HEDGE_OPENING_ZH.sub("", head)[
        :12
    ]  # 理论上能缩短…: the hedge, then the verb whose subject was cut
    pairs = [(word, flag) for word, flag in jieba.posseg.lcut(head) if word.strip()]
    while len(pairs) > 1 and pairs[0][0] in _TIME_WORDS_ZH:  # 现在种了…, 当时开了…: a time, then the verb
        pairs.pop(0)
        if pairs[0][0] in {"是", "有"}:
            return False  # 现在是…, 如今有…: a time and what there is, no subject cut
    tags = [flag for _, flag in pairs]
    if len(pairs) >= 2 and pairs[0][0] in _MODALS_ZH and tags[1].startswith("v") and len(head) > 4:
        return True  # (可以看出，…: a short opener of its own clause, not the verb of this one)
    if len(pairs) >= 3 and tags[0] == "v" and tags[1].startswith("n") and _COPULA_NEXT.match(pairs[2][0]):
        return False  # 读书习惯才是…, 做项目就是…: a verb and its noun are the subject of 是
    adverbs = 0
    while tags and tags[0] == "d":  # 已经, 只, 都: adverbs before the verb
        tags.pop(0)
        adverbs += 1
    if adverbs and tags[:1] == ["p"]:
        return True  # 曾在…做了七年, 一直在…: an adverb before a preposition, the subject cut before both
    if head.startswith("被"):
        return True  # 被教科文组织列入…: a passive whose subject was cut
    if tags[:2] == ["p", "ul"]:  # 用了, 把了: a preposition takes no 了, so jieba's 用 is the verb here
        return True
    if tags[:2] == ["a", "ul"]:  # 差了一倍多, 少了十万: an adjective with 了 is the predicate
        return True
    if len(tags) >= 3 and tags[1].startswith("n") and tags[2] == "uj":
        return False  # 独立书店的复购率: the verb describes the noun of the subject (… 的 …)
    if len(tags) >= 2 and tags[0] == "v" and tags[1] in {"v", "vn"}:
        return False  # 收入增长了, 访谈揭示: a verb-tagged noun (收入) is the subject of the next verb
    return bool(tags) and tags[0] in {"v", "vd", "vi"}  # vn (增长, 投资) is often the subject


@lru_cache(maxsize=4096)
def _repeats_a_name(text: str) -> bool:
    """Whether a person's name (jieba's nr) stands twice in the text: 史岩说罗永浩看罗永浩以前…, the
    trace of a 我 or 他 resolved to a name, reads as a garbled sentence."""
    import jieba.posseg

    names = [w for w, flag in jieba.posseg.lcut(text) if flag == "nr" and len(w) >= 2]
    return len(names) != len(set(names))


# (confusingly numbered — found second): an aside closing the line, which says nothing of what is asked
_CLOSING_ASIDE = re.compile(r"\s*[(（][^()（）\[\]]*[)）]\W*$")


def _context(question: str, zh: bool) -> int:
    rest = _CLOSING_ASIDE.sub("", question).replace(BLANK, " ")
    if zh:
        return len(_CJK.findall(rest)) + len(re.findall(r"[A-Za-z]+|\d+", rest))
    return len(re.findall(r"[A-Za-z0-9]+", rest))


def _quoted(answer: str, sentence: str) -> bool:
    """Whether the answer opens a quotation in its sentence (she said: "That's the first clean sample …"):
    the speaker's words, not a pointer to something the item leaves out."""
    at = sentence.find(answer)
    return at > 0 and sentence[at - 1] in "\"“「『‘'"


# 正一年比一年便宜, 已经在读取: a subject changing or acting, a clause however short
_CHANGING_ZH = re.compile(r"越来越|变得|正在|已经|一直在")
_SUBJECT_FIRST_EN = re.compile(r"^(?:you|we|i|they|he|she|it)\s+\S+\s+\S+", re.I)
# "3" feels responsible, the fix seems obvious: a subject and a linking verb are a clause, however short
_LINKED_EN = re.compile(
    r"^(?:\S+\s+){1,3}(?:feels|felt|seems|seemed|looks|looked|sounds|sounded|is|was|are|were|became|becomes|gets"
    r"|got)\s+\S+"
)
# his shop would be given away, the plan was dropped: a verb's auxiliary inside the blank
_AUXILIARY_INSIDE_EN = re.compile(
    r"\s(?:would|will|could|should|can|must|might|is|are|was|were|been|being)\s", re.I
)


# A claim's blank of four English words or more than fourteen characters asks for its wording:
# judges kept 40% and 0% of those, against 80% of blanks of one to three words or four characters.
CLAIM_BLANK_EN = 3  # words
CLAIM_BLANK_ZH = 14  # characters
# …in quotation marks, a term is short (“黑箱”, “定投”); longer, it is someone's remark (judged: 12 of
# 34 kept over 8 characters, 38 of 61 at 5 to 8)
QUOTED_BLANK_ZH = 8


def _parallel(answer: str) -> bool:
    """Whether an answer is a saying's parallel members: two or more parts, each short, of about one
    length (快者先谋而后动，慢者先动而后谋; 头段冷、二段凉、末段看天)."""
    parts = [len(_CJK.findall(p)) for p in re.split(r"[，,、；;]", answer) if p.strip()]
    return len(parts) >= 2 and max(parts) <= QUOTED_BLANK_ZH and max(parts) - min(parts) <= 2


def _phrase_sized(answer: str) -> bool:
    if _zh(answer):
        return len(_CJK.findall(answer)) + len(re.findall(r"[A-Za-z]+|\d+", answer)) > CLAIM_BLANK_ZH
    return len(answer.split()) > CLAIM_BLANK_EN


def _clause_sized(answer: str) -> bool:
    """Whether a blank holds a clause: longer than a term, and not a list of short terms."""
    halves = [len(_CJK.findall(part)) for part in answer.split("，")]
    if _zh(answer) and len(halves) > 1 and len(set(halves)) > 1:
        # 拉黑是下策，容易被投诉: clauses a comma joins (a list of terms takes 、); a saying's halves
        # are as long as each other (前人栽树，后人乘凉)
        return True
    items = re.split(r"[、，,]\s*(?:and\s+|or\s+)?", answer)
    if len(items) >= 3 and all(len(i) <= 8 if _zh(i) else len(i.split()) <= 3 for i in items):
        return False
    if _zh(answer):  # characters, a Latin word counting one (“人才密度”（talent density） is a term)
        size = len(_CJK.findall(answer)) + len(re.findall(r"[A-Za-z]+|\d+", answer))
        return size > MAX_BLANK_ZH or bool(_CHANGING_ZH.search(answer))
    # you to keep revising your plans: a person doing something is a clause, however short
    return len(answer.split()) > MAX_BLANK_EN or bool(_SUBJECT_FIRST_EN.match(answer))


_STRAY_OPENER = re.compile(
    r"^\s*[:：,，;；、]|^\s*[—–-]+\s*(?:A|Q|答|问)\s*[:：]"
)  # — A: the answer, its question cut
_TIMELINE_ENTRY = re.compile(r"^\[…\]\s*(?:[-–—]|:|：)\s*[a-z\u4e00-\u9fff]")
# […] — now the usual choice, — for the X stuff, — e.g. …, — skeptical of …: a remark after the dash, not
# the meaning a glossary line gives (— the slow sinking of a coast…, — what lands in your account…)
_A_BRACKETED_LABEL = re.compile(r"【[^】]{1,8}】|\[[A-Za-z ]{2,16}\]")
_ENTRY_NAME_BLANKED = re.compile(
    r"^\[…\]\s*(?:——|—|–|--|\s-)\s*(?:now|also|e\.g\.?|eg|i\.e\.?|for|not|see|cf\.?|like|maybe|probably"
    r"|still|esp\.?|especially|mostly|only|just|very|really|super|too|big|key|important|mentioned|cited"
    r"|skeptical|sceptical|[a-z]+ly)\b",
    re.I,
)
_MARKED_WRONG = re.compile(
    r"^\s*(?:❌|✗|✘|\u00d7|🚫|错误(?:说法|理解)?\s*[：:]|误区\s*[：:]|wrong\s*:|myth\s*:)", re.I
)
_DENIED_BLANK = re.compile(
    r"(?:不是|并非|而非|并不是|不等于|不在于)\s*[“\"「]?\[…\]"
    # 不是年轻人“[…]”，而是…: the words denied quoted after their subject, the claim after 而是
    r"|(?:不是|并非|并不是)[^，,。；;“\"「]{1,8}[“\"「]\[…\][”\"」]?[，,]\s*而是"
    r"|\b(?:not|rather than|instead of)\s+[\"“]?\[…\]"
)
# […], not warmer; 是[…]，不是柴窑: the word the blank is set against, right beside it
_SET_AGAINST = re.compile(
    r"\[…\][”\"」]?,?\s+(?:not|rather than|instead of)\s+(?:the\s+|an?\s+)?(?P<en>[A-Za-z]+)\b"
    r"|\[…\][”\"」]?[，,]?\s*(?:而)?不是[“\"「]?(?P<zh>[\u4e00-\u9fff]{1,3})(?![\u4e00-\u9fff])"
)
_TIME_UNITS_EN = frozenset(words("seconds minutes hours days weeks months years decades centuries"))


def _set_against_its_like(question: str, answer: str) -> bool:
    """Whether the blank is set against a word of its own make (colder, not warmer; days, not
    weeks; 电窑，不是柴窑): the one asked is the other of a pair the stem holds (judges rejected
    4 of 4; they kept the contrasts of two different ideas)."""
    found = _SET_AGAINST.search(question)
    answer = answer.strip().strip('“”"「」')
    if not found:
        return False
    if found["zh"]:
        other = found["zh"]
        return len(answer) <= 3 and answer[-1] == other[-1] and answer != other
    other, answer = found["en"].lower(), answer.lower()
    comparatives = answer.endswith("er") and other.endswith("er") and len(answer.split()) == 1
    return comparatives or (answer in _TIME_UNITS_EN and other in _TIME_UNITS_EN)


_OPEN_LIST = re.compile(r"(?:……|…|\.\.\.|之类|etc\.?|and so on)\s*[)）]?$|、[^、]+等等?$", re.I)
# ② 政权更替后的…: one item of a numbered list, its heading elsewhere
_CIRCLED = re.compile(r"^[\u2460-\u2473\u2776-\u277f\u278a-\u2793]")
# "two rules": (1) no phones at dinner (2) lights out by ten…: a numbered list run into one
# line, its members side by side, not a sentence
# (minutes' （1）…；（2）… stay: each member ends on its own stop)
_LIST_IN_A_LINE = re.compile(
    r"[（(]\s*1\s*[)）].+[^；;。.,，\s]\s*[（(]\s*2\s*[)）]|[\u2460\u2776\u278a].+[^；;。.,，\s]\s*[\u2461\u2777\u278b]"
)
# …先存够[6个月]的开支；第二，…；第三，…: the list's later members stay, its first's label went
_LATER_MEMBER = re.compile(
    r"[；;。，,]\s*(?:第[二三四五]|其[二三四五]|[二三四五]是)\s*[，,、：:]|[;.]\s+(?:second|third|fourth)(?:ly)?,",
    re.I,
)
_SEE_BELOW = re.compile(
    rf"[（(]\s*(?:{POINTING_BELOW}|(?:(?:details?|more|notes?|examples?|explained|expanded)\s+)?below)\s*[）)]",
    re.I,
)
_IN_A_TIME_CODE = re.compile(rf"\d:{re.escape(BLANK)}|{re.escape(BLANK)}:\d")  # not […]: 3 postdocs
_UNIT_ONLY = re.compile(rf"(?:{UNIT_ABBR_EN}|MWh|GWh|TWh|mAh|Wh|kW|MW|GW|°C|°F|ppm|ppb|dB)")
_FIRST_MEMBER = re.compile(r"第一|其一|一是|首先|\bfirst(?:ly)?\b", re.I)
# 弹幕 / 评论区摘录, Comments from readers: what viewers wrote under the source
_LAUGHTER = re.compile(r"(?:哈|嘿|呵){2,}|2333+|(?:ha){2,}h?|lo+l|lmf?ao|rofl|\+1", re.I)
_COMMENTS_SECTION = re.compile(
    r"弹幕|评论区|热评|网友评论|读者留言|留言区"
    r"|\b(?:reader|viewer|youtube|user)\s+comments\b|\bcomments section\b",
    re.I,
)
# A study guide's advice on sitting the exam (Exam tips, 考试技巧): how to answer, not the subject
_EXAM_ADVICE_SECTION = re.compile(
    r"(?:考试|应试|答题|复习)(?:技巧|提示|建议|策略|注意事项)$|\b(?:exam|revision|test)\s+(?:tips?|technique|advice|"
    r"strategy|strategies|skills)$",
    re.I,
)
# Quote the 80% and […] results and explain why: a task the notes set the learner, not a fact they state
_EXAM_TASK_EN = re.compile(
    r"^(?:Give|State|Explain|Describe|Name|List|Compare|Quote|Memori[sz]e|Be able to)\s+"
    r"(?:the|a|an|both|your|how|why|what|which|two|three)\b"
)
# Learning objectives: what the unit will teach (Define…, Evaluate the DTM), not what it says
_OBJECTIVES_SECTION = re.compile(
    r"(?:学习|教学|本章|本节|本课|课程)目标|\b(?:learning )?objectives\b|\blearning outcomes\b"
    r"|\bwhat you (?:should|will) (?:be able to|learn)\b"
    r"|\bby the end of (?:this|the) (?:unit|lesson|course|chapter)\b",
    re.I,
)
# A section of what to do next (待办事项, Action items, Next steps): who brings what, not content
_TODO_SECTION = re.compile(
    r"(?:待办|行动项|下一步|分工|任务分配|(?:会后|下次|下期|后续)安排)(?:事项|清单)?$"
    r"|\b(?:action items?|to-?dos?|next steps|follow[- ]ups?|assignments?)$",
    re.I,
)
# Admin, AOB, 作业, 其他事项, 下期预告: a section of the course's or the meeting's own business (a due
# date, a slot's length, the next session's book), not of its subject
# (its number and an aside in brackets aside: 5. 其他事项（临时动议）, D5 作业)
_SECTION_TITLE = re.compile(
    r"^\s*(?:[A-Za-z]?\d+[.、:：)]?\s*|[一二三四五六七八九十]+[、.]\s*)|\s*[（(][^）)]*[）)]\s*$"
)
# “…”某机构技术经理[…]说。: the speaker blanked at the end, their words a sentence before
_WHO_SAID_NOTHING_ZH = re.compile(r"\[…\]\s*(?:说|表示|指出|强调|坦言|透露|回忆|感慨)(?:道)?[。.!！]?$")
# ……不对，…; 不对不对; wait, no; scratch that: the note-taker correcting themself mid-line
_SELF_CORRECTION = re.compile(
    r"(?:……|…|\.\.\.)\s*不对|不对不对|[，,]\s*不对[，,]|\b(?:wait,?\s+no|scratch\s+that)\b", re.I
)
_BUSINESS_SECTION = re.compile(
    r"^(?:admin(?:istrivia|istration)?(?:\s+stuff)?|logistics|announcements?|housekeeping|aob|"
    r"any other business|homework|reminders?|misc(?:ellaneous)?(?:\s+\w+)?|"
    r"作业|课后作业|课程安排|通知|其他|其它|其他事项|杂项|下期预告|预告)$",
    re.I,
)
# 记忆口诀（老师给的）：“[…]”: a label over a line that is all blank (a label that says nothing of
# it: no verb, unlike 作者把练习分成三个阶段：[…])
_LABEL_OVER_BLANK = re.compile(r"^(?P<label>[^，。,.]{1,16})[：:]\s*[“\"「『]?\[…\][”\"」』]?[。.]?$")


def _a_bare_label(question: str) -> bool:
    """Whether the stem is a label over an all-blank line, the label saying nothing of it (no verb,
    no count: 记忆口诀（老师给的）：“[…]”)."""
    found = _LABEL_OVER_BLANK.match(_IN_BRACKETS.sub("", question))  # (an aside may hold its own commas)
    if not found:
        return False
    label = _IN_BRACKETS.sub("", found["label"]).strip()
    if not _zh(label):
        return len(label.split()) <= 3
    return not any(flag.startswith("v") or flag in {"p", "m"} for _, flag in tag(label))


# 2024.04.17 周三 | 教材：…: fields between bars, a header line rather than a sentence
# (and a header's fields set off by middle dots, twice or more: Show · Season 6 · Released …)
_FIELDS = re.compile(r"\s[|｜]\s|｜|\s[·•]\s[^·•]+\s[·•]\s")
_NOT_ONLY_PAST = frozenset({"is", "has", "was", "were", "had", "did", "hit", "put", "read", "set", "shut"})
# Left research in […] to run…, Joined Google in […], Marked by […]: a person's story or a stage's
# traits with its subject cut (a participle opening a sentence, Based on […] interviews, the team…, has
# its subject after a comma)
_PAST_OPENING_EN = re.compile(
    r"^(?:(?i:" + "|".join(sorted(IRREGULAR_PAST_EN - _NOT_ONLY_PAST)) + r")\s"
    r"|(?:[A-Z][a-z]{2,}ed|[A-Z][a-z]*ied|Used)\s+"
    r"(?:in|at|to|from|for|as|on|with|by|the|a|an|his|her|their|its|out|up|off|back|[A-Z]|\d|\[…\]|~))"
)
# ...unless the clause it opens leads to the sentence's subject (Based on […] interviews, the team
# found…; Founded in […], Harlow & Sons grew…). A dash or a comma before a relative or an adverb
# (Died […] — her son kept…; Sold […] by 1900, mostly abroad) leaves the opening verb without one.
_SUBJECT_AFTER_CLAUSE_EN = re.compile(
    r"[,;:]\s+(?!(?:which|who|whom|whose|where|when|while|mostly|mainly|largely|chiefly|partly|then|and|but|or|"
    r"so|only|just|also|even|about|around|roughly|nearly|almost|after|before|until|since|by|in|on|at|to|"
    r"for|with|from|of|as)\b)"
    # (…, the year after X won: a time the clause is dated by, no subject)
    r"(?!the\s+(?:year|month|week|day|decade|summer|winter|spring|autumn|same)\b)"
    r"(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|I|"
    r"[A-Z][\w'’&.-]*)\b"
)
# Takes up…, Applies to…: a verb in the present opening a note's line, its subject the heading's
# (a film's notes that open on Opens with…, Ends in… tell its story: judges kept 4 of 6)
_PRESENT_OPENING_EN = re.compile(
    r"^(?:Takes|Makes|Gives|Means|Applies|Requires|Causes|Happens|Occurs|Lasts|Depends|Involves|"
    r"Produces|Contains|Allows|Becomes|Seems|Remains|Tends|Accounts|Needs|Costs|Uses|Saves|Cuts|Reduces|"
    r"Raises|Lowers|Doubles|Triples|Halves|Emits|Consumes|Covers|Serves|Supplies)\s+"
    r"(?:up|to|for|on|in|about|around|roughly|nearly|over|under|only|just|the|a|an|\[…\]|~|how|what|\d)"
    # Mentions that…, Accuses the mill owners of…: a saying or a judgement, whoever made it unnamed
    r"|^(?:Mentions|Notes|Says|Argues|Claims|Admits|Adds|Stresses|Insists|Believes|Thinks|Warns|Suggests|"
    r"Explains|Concedes|Reckons|Points out|Recalls|Reports)\s+that\b"
    r"|^(?:Accuses|Blames|Praises|Criticises|Criticizes|Credits|Dismisses|Condemns|Defends|Thanks)\s+[a-z]"
    r"|^(?:Calls|Names|Dubs|Labels|Describes)\s+(?:it|this|that|them)\b"  # Calls it "…": who calls it, unsaid
    # Ran from […] across 31 sites: what ran, the line before said
    r"|^(?:Ran|Began|Started|Lasted|Took|Went|Grew|Fell|Rose|Moved)\s+(?:from|for|in|over|across|between)\s"
)
_ADVERB_THEN_PAST_EN = re.compile(
    r"^(?:Only|Just|Also|Then|Finally|Later|Barely|Actually|Never|Still)\s+(?:"
    + "|".join(sorted(IRREGULAR_PAST_EN - _NOT_ONLY_PAST))
    + r"|[a-z]{2,}ed)\s"
)
# Second person to hold the chair at […], First to cross…: a record of someone's, the someone a
# note's heading names (The first one to hold it was […] says who)
_A_FIRST_WITHOUT_WHO = re.compile(
    r"^(?:The\s+)?(?:First|Second|Third|Fourth|Fifth|Only|Last|Youngest|Oldest)\s+(?:[a-z]+\s+){0,2}?to\s+[a-z]"
)
_A_VERB_OF_BEING = re.compile(r"\b(?:is|was|were|are|became|becomes|remains|remained)\b")
# 据说牛顿也亏了钱, reportedly lost a fortune: what the text passes on without vouching for it
_HEARSAY = re.compile(
    r"据说|据传|传说中?|相传|\b(?:reportedly|supposedly|allegedly|legend has it|rumou?r has it)\b", re.I
)
# 嘉宾：周老师，某省级图书馆古籍修复师，从业[…]: the credits at the top of a show's notes
_CREDITS_LINE = re.compile(
    r"^(?:嘉宾|主持人?|主播|讲者|主讲人?|受访者|UP主|博主|guests?|hosts?|speakers?|channel)\s*[：:]", re.I
)
# Who objected - asked for a recount?: two pieces of shorthand joined by a spaced hyphen
_SHORTHAND_DASH_EN = re.compile(r"[a-z] - [a-z]")
# 谁主持盐政后？ (its main clause cut), Who was the historian who has spent? (its object cut)
_CUT_QUESTION = re.compile(
    r"谁[^？?]*(?:之后|以后|后|之时|的时候|期间)[？?]$"
    r"|\b(?:who|which|that)\s+(?:has|have|had|is|was|were|will|would)\s+[a-z]+\?$"
    r"|\b(?:has|have|had|the|a|an|and|or|but|nor)\?$"  # (a preposition may end one: what does X stand for?)
)
# [okay the third point real quick]: a speaker's filler inside what the card would ask for
_FILLER_IN_ANSWER_EN = re.compile(
    r"\b(?:okay|um+|uh+|you know|i mean|real quick|gonna|wanna|kinda|sorta)\b", re.I
)
# …a mile north of the, …both moons of Saturn's: a caption or a note cut before its noun
_ENDS_MID_PHRASE_EN = re.compile(
    r"\b(?:from|to|of|the|a|an|and|at|in|on|with|by|into|than|or|its|their|his|her)\s*$|\w['’]s\s*$"
    r"|\b(?:incl|esp|e\.g|i\.e|viz|such as|including)\.?\s*$"  # …, backers incl.: the list it opens, cut off
)
# Stuck in the canal for six days, […].: the blank stands for the whole main clause
_BLANK_MAIN_CLAUSE = re.compile(r"^[^.;:]{3,}[,，]\s*\[…\][.。]?$")
# Ramses V, who died in […] BCE, is…: a figure in a side clause about someone else
_SIDE_CLAUSE_EN = re.compile(r",\s*(?:who|which|whose)\b[^,;]*\[…\][^,;]*(?:,|$)")


# 7 in […] employees, 3 out of […]: the rate's base, not the figure it states
# in my opinion, to be honest, as soon as possible: a writer's shorthand for a phrase, no term
_SHORTHAND_EN = frozenset(
    {"IMO", "IMHO", "TBH", "FWIW", "BTW", "LOL", "AFAIK", "FYI", "OMG", "IIRC", "YMMV", "ICYMI", "NGL"}
    | {"TBD", "TBC", "ASAP", "AKA", "NB", "PS"}
)
_EXAMPLES_OPEN = re.compile(r"(?:比如|例如|譬如|诸如)|(?:such as|e\.g\.|for example|for instance)\b", re.I)
_DENOMINATOR = re.compile(
    r"\b\d+\s+(?:in|out of|of)\s+\[…\]|\d+\s*(?:/|成中的)\s*\[…\]"
    # [二十个]里头有三个, 每[100]人中有 7 人: the whole a count is out of, before the count
    r"|\[…\]\s*(?:里面|里头|之中|当中|中|里)\s*(?:就|只|竟)?有\s*[\d一二两三四五六七八九十几]",
    re.I,
)
# Not sure / depends ..... 22%: a poll's or a contents table's row
_DOT_LEADERS = re.compile(r"\.{4,}|…{3,}|·{4,}")
# 5–15%. i.e. a ticket sits waiting…: the tail of a line before, split off as a sentence of its own
_FRAGMENT_OPENING = re.compile(
    r"^\s*~?[\d.,]+\s*(?:[–—-]\s*[\d.,]+\s*)?%?\.\s"
    r"|^\s*[（(][\u4e00-\u9fff·]{2,4}[）)]\s*[\u4e00-\u9fff]"  # （林舟）下次…: a name left before it
    # Stubborn. 20 years, never…: a one-word sentence, a note's verdict on someone the line leaves unsaid
    r"|^\s*(?!(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|No|Vol|Fig|Ch|Jr|Sr|Inc|Ltd|Co)\.)[A-Z][a-z]+[.!]\s+\S"
)
# “关系折现率”能量化吗，还是只是个比喻: a question the note-taker asks
_A_QUESTION_ZH = re.compile(r"[吗呢][，,？?]|[吗呢]\s*$|(?:吗|呢)[。！!]?\s*$")
# 别把 ACWP 当成“[…]”; don't mistake it for […]: the wrong view is what the sentence rejects
_THE_MISTAKE = re.compile(
    r"(?:别|不要|不能|切忌|千万别|不应)把[^，,。]{1,20}(?:当成|当作|看成|看作|误认为|理解为)[“\"「]?\[…\]"
    r"|\b(?:don['’]t|do not|never)\s+(?:confuse|mistake)\s+[^.,;]{1,40}\s+(?:with|for)\s+\[…\]",
    re.I,
)


# 易错点：…, 注意：…, Tip: …, Watch out: …: the note's kind, set before what it says
# (the labels ingest already knows are no speakers, `NOTE_LABEL`, and those an exam's notes add)
_EXAM_NOTE_LABEL = re.compile(
    r"易错点?|易混点?|注意(?:事项|点)|重点|难点|考点|提醒|小结|记忆点|划重点|敲黑板"
    r"|(?:key\s+)?(?:notes|tips|hints|warnings|reminders?|takeaways|points?)|watch out",
    re.I,
)


def _a_note_label(text: str) -> bool:
    return bool(NOTE_LABEL.match(text) or _EXAM_NOTE_LABEL.fullmatch(text))


_LABEL_BLANK = re.compile(r"\[…\]\s*\**\s*[：:]")
# 💬 […]：“…”: a claim's blank opening the line before its colon labels what follows, whatever the word
_LABEL_OPENING_THE_LINE = re.compile(r"^[\W_]{0,4}\[…\][*_]*\s*[：:]")


_COMPARED = re.compile(r"\S\s*[<>\uff1c\uff1e]\s*\S")  # speed > polish: one thing set above another
# […]. in 1858: a full stop after the blank that the sentence runs on past is the answer's (Co., Inc.)
_STOP_LEFT_OUT = re.compile(r"\[…\]\.\s+[a-z0-9]")


# 人人都听说过“[…]”。, 老话说“[…]”。, We've all heard the saying "[…]".: the saying closes the sentence
# and nothing but that it was said stands around it
_A_SAYING_HEARD = re.compile(
    r"(?:听过|听说过|常说|常讲|俗话说|老话说|有句话叫|有一句话叫|都说)\s*[：:，,]?\s*[“\"「]\[…\][”\"」]\s*[。！.!]?\s*$"
    r"|\b(?:heard|the (?:old )?saying|as they say|people say)\s*[,:]?\s*[“\"]\[…\][”\"]\s*[.!]?\s*$",
    re.I,
)


def stem_problem(draft: Draft) -> str | None:
    """Why the draft's stem is not a complete, self-contained sentence, or None."""
    question = draft.question.strip()
    zh = _zh(question)
    if _URL.search(question) or _URL.search(draft.answer):
        return "a URL is not a fact to ask"
    if _CIRCLED.match(question):
        return "one item of a numbered list, cut from what it lists"
    if _LIST_IN_A_LINE.search(question):
        return "a numbered list run into one line ((1) … (2) …), not a sentence"
    if _SEE_BELOW.search(question) or _SEE_BELOW.search(draft.answer):
        return "the stem or its answer points at the lines below it ((see below), （见下）)"
    if _IN_A_TIME_CODE.search(question):
        return "the blank is part of a clock time or a recording's timestamp (01:[12]:30)"
    if draft.type == "cloze" and draft.kind != "figure" and _COMPARED.search(draft.answer):
        return "the blank holds a comparison (timing > volume), a takeaway, not a term"
    if _STOP_LEFT_OUT.search(question):
        return (
            "the blank's abbreviation lost its full stop (the [… Co]. in 1858): a sentence goes on after it"
        )
    if draft.kind != "figure" and _UNIT_ONLY.fullmatch(draft.answer.strip()):
        return "the blank is a unit of measure (几个[MWh]起步), not a term"
    if _LATER_MEMBER.search(question) and not _FIRST_MEMBER.search(question):
        return "a list's later members (；第二，…) without its first: the stem was cut from the list's start"
    if _COMMENTS_SECTION.search(draft.source.section):
        return "a viewer's or reader's comment the notes copy, not what the source says"
    if _LAUGHTER.fullmatch(draft.answer.strip(" “”\"'")) or (
        draft.kind == "claim"
        and _COMMENTS_SECTION.search(draft.explanation)
        and _quoted(draft.answer, draft.explanation)
    ):
        return "a viewer's comment or a laugh the notes copy (弹幕“哈哈哈”), not what the source says"
    if _OBJECTIVES_SECTION.search(draft.source.section):
        return "a learning objective says what the unit will teach, not what it says"
    if _TODO_SECTION.search(draft.source.section.strip(" *#：:")):
        return "a line of a to-do list: who does what next, not content"
    if draft.type == "cloze" and _WHO_SAID_NOTHING_ZH.search(question):
        return "the blank is who said it, and what they said is not in the stem (…经理[…]说。)"
    if _SELF_CORRECTION.search(question):
        return "the note-taker corrects themself mid-line (……不对, wait, no): no statement to learn"
    section = _SECTION_TITLE.sub("", MARK_SIGN.sub("", draft.source.section)).strip(
        " *#：:"
    )  # its number aside
    if _BUSINESS_SECTION.match(section):
        return "a line of the course's or meeting's own business (Admin, AOB, 作业), not its subject"
    if _EXAM_ADVICE_SECTION.search(section) or _EXAM_TASK_EN.match(question):
        return "the notes' exam advice (allow 40 minutes a question), not the subject"
    if _HTML_TAG.search(question) or _HTML_TAG.search(draft.answer):
        return "markup left in the text"
    if _DOT_LEADERS.search(question) or _FRAGMENT_OPENING.match(question):
        return "a table's row with dot leaders, or a fragment glued before the sentence (5–15%. i.e. …)"
    if draft.type == "cloze" and _A_QUESTION_ZH.search(question):
        return "the note-taker's question (…能量化吗，还是…), not a statement to learn"
    if draft.type == "cloze" and draft.answer.strip(" .,;:()").upper() in _SHORTHAND_EN:
        return "the blank is the writer's shorthand (IMO, TBH, ASAP), not a term"
    if draft.type == "cloze" and _EXAMPLES_OPEN.match(draft.answer.strip()):
        return "the blank lists examples (比如退款、…, such as …): others would fit as well"
    if draft.type == "cloze" and _DENOMINATOR.search(question):
        return "the blank is the denominator of a rate (7 in [10]), not the figure it states"
    if draft.type == "cloze" and _THE_MISTAKE.search(question):
        return "the blank holds the mistake the sentence warns against (别把 X 当成[…])"
    if draft.type == "cloze" and (
        (_a_note_label(draft.answer.strip(' *“”"')) and _LABEL_BLANK.search(question))
        or (draft.kind == "claim" and _LABEL_OPENING_THE_LINE.match(question))
    ):
        return "the blank is a note's label (易错点：…, Tip: …, 💬 […]：“…”), not what the note says"
    answer = draft.answer.strip()
    quoted = _quoted(answer, draft.explanation)
    if _DEMONSTRATIVE_ANSWER.match(answer) and not quoted:
        return "the answer points elsewhere (这些原因, that)"
    if draft.type == "cloze" and draft.kind != "figure" and _clause_sized(draft.answer):
        return "the blank holds a clause, not a term"
    if draft.type == "cloze" and draft.kind == "claim" and _COUNTED_MODEL_EN.match(answer):
        return "the blank counts the parts of a model it does not name (a [five-part model])"
    if draft.type == "cloze" and draft.kind == "claim" and _SOMEONES_WORDS.search(answer):
        return "the blank is someone's words, with their own 我/你 (“你们怎么可能不亏”)"
    auxiliary = len(answer.split()) >= 4 and _AUXILIARY_INSIDE_EN.search(f" {answer} ")
    auxiliary_clause = auxiliary and not _quoted(answer, draft.explanation)
    if draft.type == "cloze" and draft.kind != "figure" and auxiliary_clause:
        return "the blank holds a clause, not a term (a verb's auxiliary inside it)"
    if draft.type == "cloze" and draft.kind != "figure" and _LINKED_EN.match(answer) and not quoted:
        return "the blank holds a clause, not a term (a subject and its linking verb)"
    if draft.type == "cloze" and draft.kind != "figure" and _ONES_BLANK.fullmatch(answer):
        return "the blank says 'the new ones', pointing back at a noun the sentence before named"
    if draft.type == "cloze" and draft.kind != "figure" and _A_RATING.fullmatch(answer):
        return "the blank says how the notes rate something (is the [key point]), not what it is"
    if draft.type == "cloze" and draft.kind != "figure" and _MINUTES_LABEL.fullmatch(answer.strip("*")):
        return "the blank is a meeting record's label ([Blocker] is…, [Decision]: …), not what it records"
    if draft.type == "cloze" and draft.kind != "figure" and _WHERE_IT_WAS_SAID.fullmatch(answer):
        return "the blank says where it was said ([书里]称为…), not what"
    if draft.type == "cloze" and draft.kind != "figure" and _ENUMERATOR_ZH.fullmatch(answer):
        return "the blank is a list's enumerator (一看…，二看…，[三看]…: third, look at), not a term"
    # a figure (a year, the 1990s) and a quotation ("That is …") may open with a function word
    if draft.type == "cloze" and draft.kind != "figure" and not quoted and _BAD_BLANK.search(answer):
        return "the blank opens with a function word or is a label"
    if (
        draft.type == "cloze"
        and draft.kind in {"claim", "framework"}
        and READING_LIST_TITLE.search(draft.source.section)
    ):
        return "a line of a reading list (Further reading, Worth your time): a work cited, no content"
    if BLANK in draft.answer:
        return "the answer holds a blank of its own"
    if draft.type == "cloze" and _A_BRACKETED_LABEL.fullmatch(answer.strip()):
        return "the blank is a label in brackets (【导读】, [Update]) that marks the line, no content"
    if draft.answer.rstrip().endswith(("?", "？")):
        return "the answer is a question"
    if question.count("|") >= 2:
        return "a table's row, not a sentence"
    pointer = _A_READING_POINTER.match(draft.explanation)
    if pointer and READING_LIST_TITLE.match(pointer[1]):
        return "a pointer to more reading (延伸阅读：《…》), not what the source says"
    # (the recording's date anywhere in the line; a blank opening on the checklist's box)
    if (
        _FURNITURE_OF_TALK.search(question.lstrip())
        or _CHECKLIST_BOX.match(draft.answer.lstrip())
        or _THE_TALKS_MEDIUM.fullmatch(draft.answer.strip())
    ):
        return "what the talk showed or the recording's furniture (a figure, a slide, a note): no content"
    if (
        _ARRANGEMENTS.search(draft.explanation or question)
        or _THE_AUDIENCE.search(question)
        or _HOW_OFTEN_SAID.search(question)
    ):
        return "a course's arrangements or the event's furniture (next week, the slides, a note to check)"
    if _EXERCISE_PROMPT.match(question):
        return "an exercise's prompt (Calculate Ψs for a solution at […]), not a fact"
    if _THANKS.match(question):
        return "thanks to a guest or the audience (非常感谢[…]来做客), the programme's furniture"
    if _HEADING_LABEL.match(question):
        return "a heading's line (【议题二】[…]年…活动安排), not a sentence"
    if _TRAILING_OFF.match(question):
        return "speech trailing off (种了……从二〇〇九年算起), a fragment without its subject"
    opened = _bracket_around_blank(question)
    # a figure in brackets (每半天 […]）, 容量保持[…]）) is an aside, unless the bracket glosses a list's
    # member (儿童绘本（约占 […]）, transport costs (cited by […])): judges kept 4 of 23
    aside = opened is not None and (
        _BRACKETED_BLANK.search(question)
        or _YEAR_ANSWER.fullmatch(answer.strip())
        or (draft.kind == "figure" and not _glosses_a_member(question[:opened]))
    )
    if draft.type == "cloze" and aside and not _ERA_BEFORE.search(question[:opened]):
        return "a figure in brackets is an aside to its sentence"
    if draft.type == "cloze" and opened is not None and _a_label_and_its_brackets(question):
        return "a label with its details in brackets, not a sentence"
    if draft.type == "cloze" and _HYPHENED_BLANK.search(question):
        return "the blank splits a hyphenated word (Non-[…])"
    if draft.type == "cloze" and _QUOTED_NAME_TAIL.search(question):
        return "the blank is the rest of a quoted name whose start the stem gives"
    if draft.type == "cloze" and _TERM_FIRST.match(question) and names_its_head(answer, question):
        return "a term line whose definition spells the term out ([…] — carbon stored in soil)"
    if draft.type == "cloze" and _glossed_beside(question, answer):
        return "the blank's translation stands beside it (endurance（忍耐、承受）)"
    if draft.type == "cloze" and _POINTED_BLANK.search(_REPORTED_THAT.sub(" ", question)):
        return "the blank is what a demonstrative points back at"
    if draft.type == "cloze" and _WHOSE_IDEA.match(answer):
        return "the blank says whose idea it is, not what it is"
    if draft.type == "cloze" and _SUBJECT_CUT_OR_LABEL.match(question.strip()):
        return "a clause with its subject cut, or a label over a list of names, not a sentence"
    if draft.type == "cloze" and _NAMED_ONLY.match(question.strip()):
        return "a name with nothing said of what it names"
    if draft.type == "cloze" and _BARE_LIST_LEAD.match(question.strip()):
        return "a list announced only as these N things, never what it is of"
    if _HEARSAY.search(draft.explanation or question):
        return "hearsay the text itself doubts (据说, reportedly): not a fact to learn"
    if draft.type != "cloze" and "、哪位" in question:
        return "a question asking for a name in the middle of a list of roles (…主任、哪位主任医师…)"
    if draft.kind == "figure" and _CREDITS_LINE.match(question):
        return "a figure from the show's credits line (嘉宾：…，从业十九年), not from what was said"
    if draft.kind == "person" and draft.type != "cloze" and _SHORTHAND_DASH_EN.search(question):
        return "a question made of a note's shorthand (Who objected - asked …?), not a sentence"
    if draft.type != "cloze" and _CUT_QUESTION.search(question):
        return "a question cut mid-clause (谁主持盐政后？, who has spent?)"
    if _ANSWER_LABEL.match(question):
        return "an answer torn from the question it answers"
    if _SHORTHAND.search(question.rstrip("。.？?")) or _SHORTHAND.search(draft.explanation.strip()):
        return "notes' shorthand or a line announcing a list, not a sentence"
    if zh and _TITLE_LIKE_ZH.search(question) and not _SENTENCE_STOP.search(question.strip()):
        return "a title's words set apart, not a sentence"
    if zh and _repeats_a_name(question):
        return "a name stands twice (a resolved 我/他 reads as a garbled sentence)"
    if _FIELDS.search(question):
        return "fields between bars: a header line, not a sentence"
    if _ATTRIBUTION_LABEL_EN.match(question):
        return "a note's label for what someone said (Partly disagrees: …), the speaker left out"
    if _STRAY_OPENER.match(question):
        return "a stem opening on stray punctuation (: anchoring —…): a piece cut from its line"
    if draft.type == "cloze" and draft.kind == "figure" and _TIMELINE_ENTRY.match(question):
        return "a timeline's entry ([…] - sold to the railway): the event has no subject"
    if draft.type == "cloze" and draft.kind != "figure" and _ENTRY_NAME_BLANKED.match(question):
        # judges kept 5 of 12 such items, and none whose note is a remark
        return "a list entry's name blanked before a remark ([…] — now the usual choice): no meaning pins it"
    if draft.type == "cloze" and _MARKED_WRONG.match(question):
        return "a statement the notes mark as wrong (❌ …): the misconception, not a fact"
    if draft.type == "cloze" and question.startswith(BLANK) and PITFALLS_HEADING.search(draft.source.section):
        return "the name of a mistake under a pitfalls heading ([…] —— 必须向上): the mistake, not a fact"
    if draft.type == "cloze" and _DENIED_BLANK.search(question):
        return "the blank is what the sentence denies (不是“[…]”, not […]): the misconception"
    if draft.type == "cloze" and _set_against_its_like(question, draft.answer):
        return "the blank is set against a word of its own make (colder, not warmer): the other of a pair"
    if draft.type == "cloze" and _OPEN_LIST.search(answer):
        return "the blank is an open list (经筵、祭祀……; and so on): any member could stand there"
    if draft.type == "cloze" and draft.kind != "figure" and _a_bare_label(question):
        return "a label over a line that is all blank"
    if draft.type == "cloze" and draft.kind == "figure" and _BLANK_MAIN_CLAUSE.match(question):
        return "the blank stands for the sentence's whole main clause"
    if draft.type == "cloze" and draft.kind == "figure" and not zh and _SIDE_CLAUSE_EN.search(question):
        return "a figure in a side clause (, who died in […],) is incidental"
    if (then := _THEN.search(question)) and not _dated_before(question[: then.start()], draft.answer):
        return "a time the sentence leaves to the story around it (当时, at the time)"
    if draft.kind == "figure" and (problem := figure_problem(draft)):
        return problem
    if draft.kind == "framework" and (problem := definition_problem(draft)):
        return problem
    if draft.type == "cloze" and draft.kind == "figure" and _RESTATED_AFTER_BLANK.search(question):
        return "answer appears in its own question: restated in brackets after the blank (480 °F)"
    if draft.type == "cloze" and draft.kind != "figure" and _A_LABELS_LETTER.fullmatch(draft.answer.strip()):
        return "the blank is a list's letter or number (B, Q8): which row, not what it says"
    if draft.type == "cloze" and a_speakers_label(draft.answer):
        return "a speaker named with their post (Okafor (investor)) heads what they said, it is no fact"
    if draft.type == "cloze" and _SEQUENCE_BLANK.search(question):
        return "the blank asks the next number of a count"
    if draft.type == "cloze" and draft.kind == "figure" and _FIGURE_LIST_MEMBER.search(question):
        return "one figure of a list of figures (17, 24, 27 and […]): any of them could stand there"
    if draft.type == "cloze" and (
        (_LIST_MEMBER.search(question) and draft.kind != "figure") or _EXAMPLE_BLANK.search(question)
    ):
        return "the blank is one member of a list or one example, any of which could stand there"
    hyphened = _CJK_HYPHEN.search(_CJK_CHAIN.sub("", question)) or _CJK_HYPHEN.search(
        _CJK_CHAIN.sub("", draft.answer)
    )
    if (hyphened and not _DOUBLE_NAME_GLOSSED.search(draft.explanation)) or (not zh and _misspelt(question)):
        return "a misspelt or garbled word the card would copy"
    # (a look-up table's conditions, p < .05 in brackets, are what the value holds under, no working)
    said = _AN_ASIDE.sub("", question) if draft.kind == "attribute" else question
    if _EQUATION.search(said) or (draft.kind == "framework" and _EQUATION.search(answer)):
        return "a worked calculation is not a sentence to learn, nor a definition"
    if _SPLIT_QUALIFIER.search(question) and _QUALIFIER_START.match(answer):
        return "the blank cuts a qualifier in two (no [more than 70%])"
    if _WHOLE_ASIDE.fullmatch(question) or _WHOLE_ASIDE.fullmatch(draft.explanation):
        return "an aside in brackets (a host's stage line, the note-taker's remark), not the text"
    if _EDITORS_NOTE.fullmatch(question.replace(BLANK, "…")):
        return "an editor's note in square brackets ([END — ~31 min of main interview …]), not the text"
    if draft.type == "cloze" and _AN_EVENTS_SESSION.search(question):
        return "the name of the event's session (分论坛「[…]」), the header's label, not what was said"
    if _AN_EXAMPLES_LINE.match(question):
        return "a line labelled as an example (例子：…, Example: …): the case, not what it shows"
    if draft.type == "cloze" and not zh and _A_NOUN_AND_ITS_CLAUSE_EN.match(question):
        return "a list's noun and the clause that says which ([…] that kept …;), no sentence of its own"
    if _POINTER_LABEL.match(question):
        return "the blank names a case the notes point at ([…] case here:), not a sentence about it"
    if _HEADING_MARK.search(question):
        return "a Markdown heading's marks left in the line (### Clean up …): a heading run into its text"
    if not zh and (SPOKEN_EN.search(question) or _FILLER_IN_ANSWER_EN.search(draft.answer)):
        return "spoken filler: a transcript's words, not a sentence to learn"
    if not zh and draft.type == "cloze" and _ENDS_MID_PHRASE_EN.search(question):
        return "the sentence stops mid-phrase (…a mile north of the): a caption cut at its line"
    if zh and SPOKEN_ZH.search(question):
        return "spoken filler: a transcript's words, not a sentence to learn"
    if _REPLY_OPENING.match(question) or _header_field(question):
        return "a reply without its question (Yes - …) or a header's fields (Date: …), not a sentence"
    if draft.type == "cloze" and _A_LABELS_VALUE_BLANKED_ZH.match(question):
        return "a label's value blanked (题材：[…]，…): whose label it is, the stem does not say"
    if _ANOTHER_OF_THEM.search(question):
        return "another one of a list the stem does not give (另外一项是…, Another one is…): of what, unsaid"
    body = _body(question)
    opening = _OPENING_ZH if zh else _OPENING_EN
    asks = not zh and body.rstrip().endswith("?") and _INTERROGATIVE_EN.match(body)
    whole = draft.type == "cloze" and _with_its_main_clause(body, zh, draft.kind == "figure")
    if (opening.match(body) and not asks and not whole) or (
        draft.type == "cloze"
        and opening.match(_body(_ADDED.sub("", draft.explanation.strip())))
        and not whole
    ):
        return "stem opens with a connective or a subordinate clause"
    if (zh and _SHARE_OF_ELSEWHERE.match(body)) or (not zh and _REST_OF_ELSEWHERE_EN.match(body)):
        return "a share of something the sentence before names (大多数其实来自…)"
    if draft.type == "cloze" and draft.kind != "figure" and _LEADING_CLAUSE_BLANK.match(question):
        return "the blank is a clause opening the sentence"
    if draft.type == "cloze" and draft.kind != "figure" and _DASHED_ASIDE_BLANK.search(question):
        return "the blank sits in an aside set off by dashes (— here's […] again —)"
    if _WONDERING.search(question):
        return "the note-taker wondering (不知道是不是…, I wonder whether…): a guess, not a fact"
    if draft.type == "cloze" and draft.kind == "framework" and _TERM_MEASURED.match(question):
        return "the blank is what a figure measures ([…] are $90 a seat): the figure is the fact"
    if (
        draft.type == "cloze"
        and draft.kind == "framework"
        and _POINTED_BACK_AT_EN.match(question)
        and answer[:1].islower()
    ):
        return (
            "the blank is a thing the sentence points back at (The […] was repainted…), not a term it defines"
        )
    if draft.kind == "figure" and draft.type == "cloze" and _a_tenure(question, answer):
        return "how long someone has done their job (从业[9年], [11 yrs] at a carrier): a profile's detail"
    if draft.kind == "person" and draft.type != "cloze" and _DESCRIBED_BY_AGE.search(f"{question} {answer}"):
        return "someone described by their age (the 67-year-old retired mechanic who…): a story's character"
    if draft.kind == "figure" and _AN_EPISODE_OF_A_LIFE_ZH.search(question):
        return "an episode of someone's own story (第二次去的公司…, 自己[1998年]第一次…): the story's detail"
    if draft.kind == "figure" and _IN_THE_ROLE_SINCE.search(question):
        return "the year someone took up a post, as a profile's line lists it (X — Head of Y since [2021])"
    if draft.kind == "figure" and _ROUGH_AGE.fullmatch(answer):
        return "someone's age, roughly ([五十多岁]的阿姨): a story's detail, not a fact to learn"
    if draft.kind == "figure" and _CITED_YEAR.search(question):
        return "the year someone showed or said something: what they showed is the fact, not when"
    if draft.kind == "figure" and _published_year(draft, question, answer):
        return "the year a cited work came out (a [2021] paper, 《…》[1994]年那本): a reference, not a fact"
    hypothetical = draft.kind in {"figure", "claim"} or (draft.kind == "person" and draft.type == "cloze")
    if (
        hypothetical
        and (_HYPOTHETICAL_ZH if zh else _HYPOTHETICAL_EN).search(_up_to_the_blanks_clause(question))
        and not _SHARE_OF_PEOPLE.search(question)
    ):
        return "a hypothetical is not a fact"
    if (
        not zh
        and draft.type == "cloze"
        and (_AUX_EN.match(body) or (body[:1].islower() and not has_subject_en(body)))
    ):
        return "clause without its subject"
    if (
        not zh
        and draft.type == "cloze"
        and _PAST_OPENING_EN.match(body)
        and not _SUBJECT_AFTER_CLAUSE_EN.search(body)
    ):
        return "clause without its subject"
    if not zh and _PRESENT_OPENING_EN.match(body):
        return "clause without its subject"  # Takes up ~[90%] of the cycle, Needs ~[5x] …: what, unsaid
    if not zh and draft.type == "cloze" and _ADVERB_THEN_PAST_EN.match(body):
        return "clause without its subject"  # Just missed the last 10 min …: the note-taker, unsaid
    if (
        not zh
        and draft.type == "cloze"
        and _A_FIRST_WITHOUT_WHO.match(body)
        and not _A_VERB_OF_BEING.search(body)
    ):
        return "clause without its subject"  # Second person to hold the chair at […]: who, unsaid
    if not zh and draft.type != "cloze" and question.lstrip(' “"「《(（')[:1].islower():
        return "a question cut from a longer one (from how many?)"
    if zh and draft.type == "cloze" and draft.kind != "framework" and opens_with_verb_zh(body):
        return "clause without its subject"
    if zh and draft.kind == "figure" and _FIGURE_THEN_ADVERB_ZH.match(body) and not _A_TIME.search(answer):
        # [七十岁]仍每天下地: who did, the clause does not say ([1965年]才…: when, in notes on one maker)
        return "clause without its subject"
    if zh and draft.kind == "figure" and _FIGURE_THEN_PASSIVE_ZH.match(body):
        return "clause without its subject"  # [1890年]被贬到…: when, yet whom the sentence does not say
    if zh and _FIGURE_ALONE_ZH.match(body):
        return "clause without its subject"  # 大概八十万，还不到…: a figure said alone, what it costs unsaid
    if zh and _WHAT_IT_COVERS_ZH.match(body):
        return "clause without its subject"  # 主要讲“…”，偏鸡汤: what a chapter covers, the chapter unsaid
    if zh and _ONCE_BELIEVED_ZH.match(body) and BLANK in re.split(r"[，,；;]|其实|实际上", body)[0]:
        return "the writer's own belief before reading (原来一直觉得…), no fact of the source"
    if _OPENS_ON_A_DASH.match(body):  # — barely [a third] kept…: the rest of the line before the dash
        return "clause without its subject"
    if _OPENS_ON_AN_ASIDE.match(LEAD.sub("", question, count=1)):  # (the body has its bracket cut)
        return "the stem opens on an aside in brackets: what it remarks on stood before it, cut off"
    if not zh and _WHAT_IT_COVERS_EN.match(body):
        return "clause without its subject"  # Short section on tides: what the book covers, the book unsaid
    cloze = draft.type == "cloze"
    least = (
        (MIN_CONTEXT_ZH if cloze else MIN_QUESTION_ZH)
        if zh
        else (MIN_CONTEXT_EN if cloze else MIN_QUESTION_EN)
    )
    if _context(question, zh) < least:
        return "too little context to say what is asked"
    if draft.type == "cloze" and _A_SAYING_HEARD.search(question):
        return "a saying the stem only says was heard (人人都听说过“[…]”): any saying would fill it"
    if (len(question) > MAX_STEM_ZH) if zh else (len(question.split()) > MAX_STEM_EN):
        return "stem too long: a paragraph, not a sentence"
    if draft.type == "cloze" and _asks(question):
        return "a question, not a statement to complete"
    if unbalanced(
        without_stray_quote(question).replace(BLANK, " ")
    ):  # the stray opening quote is dropped from the item
        return "a bracket or quote left open"
    if draft.kind == "figure" and draft.type == "cloze" and too_short(question):
        return "too little context: a figure's sentence too short to say what it measures"
    if _NOT_TO_BE_LEARNT.search(question) or _NOT_TO_BE_LEARNT.search(draft.explanation):
        return "the notes say it need not be learnt (这个数不考, 不用背, not on the exam)"
    # (头段冷、二段凉、末段看天, 上兵伐谋，其次伐交…: a saying's parallel members, each short, stay)
    remark = (
        draft.kind == "claim" and draft.type == "cloze" and _zh(draft.answer) and not _parallel(draft.answer)
    )
    if (
        remark
        and len(_CJK.findall(draft.answer)) > QUOTED_BLANK_ZH
        and _quoted(draft.answer, draft.explanation)
    ):
        return "a quoted remark to recall word for word (“下周能不能交付”), not a term"
    phrase = draft.kind == "claim" and draft.type == "cloze" and _phrase_sized(draft.answer.strip())
    a_term = _TERM_FIRST.match(question)  # Take-home pay / net income — …: a term line names its term
    if phrase and not a_term and not _quoted(draft.answer.strip(), draft.explanation):
        return "the blank holds a phrase to recall word for word, not a term"
    if draft.kind == "figure" and _a_price_of_the_day(question, draft.answer):
        return "a small price of the day (tickets, subs, a kitty, a fee): the note-taker's admin, not a fact"
    if (
        draft.kind == "figure"
        and _HOW_OFTEN_EN.fullmatch(draft.answer.strip())
        and not _A_RATE.search(question)
    ):
        return "how often something happened (twice, three times): a count of occasions, not a fact"
    if draft.kind == "figure" and _A_WORKS_LENGTH.fullmatch(draft.answer.strip()):
        return "how many pages or chapters (240 pages, 38章): the length of the work, not what it says"
    if draft.kind == "figure" and not zh and _in_someones_words(question):
        return "a figure in someone's quoted words (“I'd tell them […] times over”): a manner of speaking"
    return None


# once, twice, three times, 3 times: judges kept 1 of 6 (the one a rate, ~6 times in 30 years)
_HOW_OFTEN_EN = re.compile(
    r"(?:about |roughly |around |~)?(?:once|twice|thrice|(?:\d+|a few|several|[a-z]+) times)", re.I
)
# [twice] a year, [six times] in 30 years: a rate, a fact about the thing
_A_RATE = re.compile(
    r"\[…\]\s*(?:a|an|per|each|every|in)\s+(?:\d+\s+)?(?:day|week|month|year|season|quarter|decade|yr)", re.I
)
# 240 pages, ten pages, 38 chapters, 38章, 300多页: judges kept none of 3
_A_WORKS_LENGTH = re.compile(
    r"(?:about |roughly |around |a good |~)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:pages|pp\.?|chapters)"
    r"|(?:约|大约)?[\d一二两三四五六七八九十百千]+多?(?:页|章)",
    re.I,
)
# "…we kept the kiln at [900 degrees] for the whole week…": the blank inside a quotation (judges kept
# 2 of 8 English ones; Chinese quoted figures, as often a rule of thumb, they kept 5 of 8)
_QUOTED_BLANK = re.compile(r"[“\"][^”\"]*\[…\][^”\"]*[”\"]")


SPOKEN_WORDS = 4  # a quotation this many words long is someone speaking (the “10,000-hour rule” is a name)


def _in_someones_words(question: str) -> bool:
    return any(len(m.group().split()) >= SPOKEN_WORDS for m in _QUOTED_BLANK.finditer(question))
