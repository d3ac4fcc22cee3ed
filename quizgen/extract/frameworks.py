"""Extraction of frameworks: term–definition pairs (`**term**：definition`, `**Term**: definition`,
and unbolded `术语——定义` / `术语：定义` lines when they stand in a run), with the definition cut
to a card-sized first clause and the rest kept for the explanation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from quizgen.extract import outline
from quizgen.extract.abbreviations import Acronym, acronyms
from quizgen.extract.evidence import PEOPLE_HEADING
from quizgen.extract.figure_scan import scan
from quizgen.extract.lexicon import IRREGULAR_PAST_EN, ROLE_ZH, SURNAMES, words
from quizgen.extract.numbers import EN_WORDS
from quizgen.extract.people import resolve_pronouns
from quizgen.extract.principles import Members, member_runs, principles
from quizgen.extract.text import (
    MARK_SIGN,
    detect_language,
    ends_on_abbreviation,
    normalize,
    opens_a_bracket,
    segment,
    split_sentences,
)
from quizgen.ingest.clean import strip_markup
from quizgen.model import Block, Document, Framework, Language, Section, Source

_BULLET = r"(?:[-*+•·]\s+|\d{1,3}[.、)）]\s*)?"
_ALIAS = r"(?P<alias>\s*[（(][^（()）]{1,40}[）)])?"
# (a dash between digits is a range, 180–220 万, and a single one between Chinese words joins them,
# 采购—生产—销售, 青岛—烟台: neither is a separator)
_SINGLE_DASH = r"(?:(?<![\u4e00-\u9fff）)])[—–－]|[—–－](?![\u4e00-\u9fff（(]))"
_SEP = rf"\s*(?:(?<!\d)(?:——|{_SINGLE_DASH})(?!\s*\d)|[：:]|\s[-–]\s|\s=\s)\s*"
# `**term**：definition`, `**term：**definition`, `**term**（alias）：definition`
_BOLD = re.compile(
    rf"^\s*{_BULLET}\*\*(?P<term>[^*]{{1,60}}?)(?:\s*[：:])?\*\*{_ALIAS}(?:{_SEP}|(?<=[：:]\*\*)\s*)(?P<def>.+)$"
    # **Slow reading.** The habit of …: a run-in heading, one to three capitalised words and its stop
    r"|^\s*\*\*(?P<runin>[A-Z][a-z'’-]+(?: [A-Za-z][a-z'’-]+){0,2})\.\*\*\s+(?P<runindef>[A-Z].+)$"
)


def _an_equation(text: str) -> bool:
    """Whether ` = ` in the line is an equation's: the right side opens on a figure or a sign, or
    holds no word (Px/Py) — not a glossary's `substrate = the reactant the enzyme acts on`."""
    if " = " not in text:
        return False
    if _SYMBOLS_EQUAL.search(text):
        return True  # 令 AC = AR 解出均衡点: two symbols set equal, a step of working
    right = re.sub(r"[（(][^）)]*[）)]", "", text.split(" = ", 1)[1]).strip()  # (an aside on it)
    words = re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", right)
    return bool(re.match(r"[-+.\d(√]", right)) or not words


# AC = AR, V = 3R, x = y: a symbol (a capital, or a letter or two) either side of the sign
_SYMBOL = r"(?:[A-Za-z]{1,2}|[A-Z][A-Za-z]{0,3})[\d*\u2032'_]*"
_SYMBOLS_EQUAL = re.compile(rf"(?<![\w*\u2032']){_SYMBOL}\s=\s\d*{_SYMBOL}(?![\w])")


_PLAIN = re.compile(rf"^\s*{_BULLET}(?P<term>[^：:—–－*]{{1,40}}?){_ALIAS}{_SEP}(?P<def>.+)$")

# Sentence punctuation, or a note's shorthand signs (t½ ~ weeks, X → Y, A = B): a label of either
# is a statement, not a term's name
_SENTENCE_PUNCT = re.compile(r"[，,。；;！!？?、“”\"「」『』《》~≈→←⇒=≠<>\uff1c\uff1e]|\.(?:\s|$)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_DEICTIC_START = re.compile(
    r"^(?:本|这|该|此|其|那|每|某|另|一(?:个|种|条|点))|^(?:this|these|that|those|another|note|nb|example|q|a)\b",
    re.I,
)
# A "term" that ends in a copula or a verb of saying is a sentence's subject, not a name.
_VERB_END = re.compile(
    r"(?:为|是|有|包括|如下|说|说道|问|答|表示|认为|指出|强调|提到|写道|补充|回应|追问|总结|介绍)$"
    r"|\b(?:is|are|was|were|include|includes|says|said|asked|follows)$"
    r"|\bre$",  # Dana asked re: parks overtime: "regarding", a minute's shorthand
    re.I,
)
# Bold lead-ins that label a part of the text (a step, a pro, a note) rather than name a concept.
_LABEL_TERM = re.compile(
    # 第一道门, 第二招: an ordinal's label; 积极：…, 消极：…: which side of an assessment follows
    r"^第[一二三四五六七八九十百\d]+[道个条种类层步点项轮次批代关刀招斧式环幕][\u4e00-\u9fff]?$"
    r"|^(?:第\s*[一二三四五六七八九十百\d]+\s*(?:[步点条个项章节部分层级阶类种轮期档讲课集篇周天回]|阶段|梯队)?|[一二三四五六七八九十]+|\d+|首先|其次|然后|再次|最后|"
    r"积极|消极|正面|负面|好处|坏处|利|弊|长处|短处|优点|缺点|优势|劣势|不足|不足之处|短板|槽点|注意|注意事项|结论|背景|原因|结果|方法|步骤|问题|答案|例子|案例|举例|示例|总结|小结|"
    r"提示|建议|要点|重点|目标|现状|挑战|机会|风险|影响|意义|作用|特点|方式|途径|前提|条件|说明|备注|评论|感想|"
    r"下一讲|下节课|下一节|下期|预告|作业|思考题|疑问|考点|复习|待办|成绩|数据|公式|易错点|口诀|记忆口诀|"
    # a meeting's minutes: who moved and seconded, how the vote went, who sent apologies
    r"表决|投票|动议|附议|决议|决定|共识|方案|补充|行动项|出席|列席|缺席|参会人|主持|记录人|议程|截止|进展|"
    # an article's parts: 导语：… is the lead, no concept
    r"导语|导读|摘要|前言|引言|按语|编者注|结语|尾声|正文|附录|全文|原文|"
    # a review's or a meeting's labels: 适合人群：…, 争议点：… say what follows, no concept
    r"争议点|分歧点|争议|分歧|适合人群|推荐人群|不适合人群|适合谁|看点|亮点|雷点)$"
    r"|^(?:votes?|voting|moved|seconded|motion|resolved|resolutions?|decisions?|actions?|action items?|"
    r"in favou?r|opposed|against|abstain(?:ed|ing|ions?)?|ayes?|nays?|yeas?|"
    r"apologies|present|absent|attendees|attendance|chair(?:ed)?|minutes|agenda|owner|due|status|quorum)$"
    r"|^(?:step|part|phase|stage|chapter|section|episode|lesson|lecture|session|issue|volume|vol\.?|no\.?|"
    r"level|layer|tier|rung|round|week|day|month)\s*\d+(?:\s+of\b.*)?$"
    # Bin two, Rule one: any noun numbered in words is a place in a list (Apollo 11 is a name)
    r"|^[A-Za-z]+\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"
    r"|^(?:notes?|tips?|(?:worked\s+)?examples?|summary|conclusions?|background|to[- ]?do|"
    r"to (?:look up|check|read)|"
    r"results?|methods?|questions?|answers?|pros|cons|strengths|weaknesses|downsides|upsides|quibbles|"
    r"positives?|negatives?|advantages?|disadvantages?|good|bad|plus(?:es)?|minus(?:es)?|"
    r"points?|claims?|arguments?|ideas?|lessons?|insights?|observations?|"
    r"criticisms?|goals?|problems?|solutions?|warning|caution|takeaways?|"
    r"(?:suggested\s+)?fix(?:es)?|knock-on(?:\s+effects?)?|caveats?|upshot|bottom line|why it matters|"
    r"formulas?|mnemonics?|"
    # what kind of line follows: Statement:, Proof:, Real-world use:, Thesis in a sentence:
    r"statement|proof|derivation|intuition|"
    r"important|crucial|heads[- ]up|tags|headlines?|"
    r"real[- ]world (?:uses?|applications?|examples?)|use cases?|"
    r"thesis(?: in (?:one|a) (?:line|sentence))?|(?:the )?one[- ]liner|in (?:one|a) (?:line|sentence))$"
    # a paper's or a study's parts as labels: Main method, Robustness, Policy conclusion, Pooled effect
    # of switching (a named effect, the Hawthorne effect, is a term)
    r"|^(?:(?:main|key|primary|secondary|overall|final|policy|headline|core|study|research|data)\s+)?"
    r"(?:method|methods|design|approach|data|sample|robustness|robustness checks?|limitations?|findings?|"
    r"conclusions?|implications?|outcomes?|contributions?|hypothes[ie]s|identification|strategy)$"
    r"|^(?:main|pooled|overall|average|net|total|estimated|headline)\s+(?:effects?|results?|estimates?)\b"
    r"|^(?:主要|研究|政策|核心)?(?:方法|结论|发现|设计|局限|局限性|稳健性|稳健性检验|数据来源|样本)$"
    # a quotation's label (Great line, Favourite quote) and a period's (Post-war, Early years)
    r"|^(?:great|favou?rite|best|key|memorable|killer)\s+(?:lines?|quotes?|quotations?|passages?|sentences?)$"
    # a section's topic (澜州的地理条件, 盐引制度的基本框架, Background of the dispute) and a note's
    # judgement or warning label (重点判断, Warning from the lecture): what a part is about, not a term
    r"|^[^，,]{1,12}的(?:基本|主要|总体|整体|地理|自然|社会|历史|经济|政治|组织|内部|外部|发展)?(?:框架|条件|背景|概况|概述|特点|历史|现状|由来|演变|构成|组成|结构|"
    r"发展|经过|情况|简介|介绍)$"
    r"|^(?:重点|核心|主要|关键|个人|我的)?(?:判断|结论|观察|看法|印象)$"
    # a teacher's aside set off as a label (老师提醒, 老师的小技巧, 讲师补充) and a bare rule (The rule)
    r"|^(?:老师|讲师|讲者|作者|主讲人?|助教)的?(?:小)?(?:提醒|技巧|贴士|提示|建议|补充|经验|忠告)$"
    r"|^the\s+(?:rule|idea|point|trick|catch|key|problem|upshot|lesson|twist)$"
    # a field's label ending on its preposition (Notes taken by, Reported to) and a list's label for
    # what follows from something (Consequence, Causes, Effects)
    r"|^[A-Za-z][\w ]{0,30}\s(?:by|of|to|with|for|from|at)$"
    r"|^(?:consequences?|causes?|effects?|impacts?|mechanisms?|implications?)$"
    # a view's label (旧说法, 现在主流认识) and a bio's heading (主讲人简介, 作者介绍)
    r"|^(?:旧|新|老|早期|传统|现在|目前|当前|主流|现代|过去|以前)的?(?:主流)?(?:说法|认识|观点|看法|理解|解释)$"
    r"|^[^，,]{0,6}(?:简介|介绍)$"
    r"|^(?:background|overview|history|context|structure)\s+(?:of|to)\b"
    r"|^(?:warnings?|cautions?|tips?|reminders?|notes?|caveats?|advice|mnemonics?|memory aids?)"
    r"\s+(?:from|about|on|for)\b"
    r"|^(?:jobs|functions|roles|uses)$"  # Jobs: fluid balance, waste removal…: what an organ does, listed
    # the note-taker's seat and the room: the attending's logistics
    r"|^(?:seat|seating|venue|room|location|parking|ticket|tickets|座位|会场|场地)$"
    r"|^(?:snacks?|food|lunch|dinner|refreshments|drinks|coffee|catering|茶歇|午餐|晚餐|零食|茶点)$"
    # 修车费 150 美元时, 开业后: a condition or a moment (when…, after…), which a case's result follows
    r"|^(?=.*\d).*时$|(?:的时候|以后|之后)$"
    # a note-taker's aside: Famous bit, Fun fact, Side note, Aside
    r"|^(?:famous|fun|funny|interesting|cool|nice|side|random)\s+(?:bits?|facts?|notes?|details?|asides?|moments?)$"
    r"|^(?:aside|tangent|digression|trivia|p\.?s\.?)$"
    # a how-it-works or a tip's label (原理：…, 小提示：…, 温馨提示) and a reading set for a class
    r"|^(?:原理|机理|机制|工作原理|小?提示|温馨提示|小贴士|提醒|常见问题|注意点)$"
    r"|^[^，,]{0,10}(?:成绩单|战绩|一览|速览|概览)$"  # 某某成绩单：…: a heading over its results
    r"|^(?:readings?|homework|assignments?|due)(?:\s+(?:for|before|by)\b.*)?$"
    # someone's remark as a label (Mara’s caution, 周老师的诊断): whose view follows, not a term
    r"|^[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?['’]s\s+(?:caution|point|take|view|argument|warning|advice|verdict|"
    r"pushback|objection|caveat|backstory|story|answer|reply|response|summary|conclusion|comment|note|"
    r"question|worry|concern|critique|diagnosis)\b.*$"
    r"|^[\u4e00-\u9fff]{1,6}的(?:诊断|看法|提醒|建议|观点|结论|回答|回应|判断|担心|疑问|总结|评价|原话|态度|立场)$"
    r"|^\w+\s+(?:warning|caveat|reminder|alert|footnote)$"  # Cooling warning: a note's label over a remark
    r"|^\w+(?:\s+\w+)?\s+(?:stuff|things|bits)$"  # Recital stuff: the note-taker's shorthand
    r"|^why\s+\w+$"  # Why log: …, why it holds: a note's explanation, not a term
    # a closing summary's label: Overall, In short, All in all
    r"|^(?:overall|in short|in sum|in summary|all in all|to sum up|net net)$"
    # an adjective and a stand-in noun (Surprising one, Key thing, Best part, The big one): a label
    r"|^(?:the\s+)?[a-z]+\s+(?:one|ones|thing|things|bit|part|point|points)$"
    # a review's labels: Would recommend to, Who should read it
    r"|^(?:would\s+)?recommend(?:ed)?\s+(?:to|for)$|^who\s+(?:should|it['’]?s\s+for|is\s+it\s+for)\b"
    r"|^(?:pre|post|inter)-?war$|^(?:early|later?|final|the)\s+(?:years|days|period)$"
    # a rule of thumb's or a list's label: Rough rule for black squares, Tips for first-time buyers
    r"|^\w+\s+\w+\s+for\s+\w+",
    re.I,
)
# A label naming the kind of note a line is (作者观点, 金句, 关键人物, 一次街头调查, my takeaway): what the
# note-taker files it under, not a concept the text defines.
_NOTE_LABEL = re.compile(
    r"^[^，,]{0,8}?(?:观点|看法|论点|论断|主旨|中心思想|核心意思|主要意思|金句|原话|小记|旁注|附注|感想|感受|体会|启发|想法|调查|调研|案例|例子|故事|经历|笔记|手记|札记|后记|附记|编者按|摘录|评论|备注|人物|总评|评分|打分|局限|不足之处|提出者|提出人|出处|"
    r"时间线|小结|总结|概括|插曲|花絮|题外话|彩蛋|趣事|轶事|目的|结果|意义|原因|背景|现状|亮点|难点|要点|重点|大意|后续|跟进|想读|待读|要读|想看|想做的事|要做的事|"
    # 几个值得记下来的数字, 关键数据: a label over the notes' figures
    r"(?:几个|一些|关键|重要|核心|值得)[^，,]{0,6}(?:数字|数据)|"
    # a person's entry's fields (风格：调和、妥协; 结局：…): what is said of someone, not a concept
    r"风格|性格|结局|下场|身份|职位|官职|出身|籍贯|生平|评价|贡献|成就)$|^[^，,]{1,8}的[\u4e00-\u9fff]{0,2}?(?:问题|缺点|优点|好处|坏处|用途|特点|风险|说法|解释|判断|评价|意见|主张|原话|比喻|结论|总结|观点|建议|提醒|标准|顺序|目标|做法)$"
    r"|^(?:key|main)\s+(?-i:[a-z]+(?:\s+[a-z]+){0,3})$"  # Key place, Key habit formed here: a note's field
    r"|^(?:next|this|last)\s+(?:week|time|lecture|session|class|episode)$|^(?:下周|本周|下节课|下次课|下一讲)$"
    r"|^(?:the\s+)?(?:book's\s+|author's\s+)?(?:main|central|core|key|overall|big)\s+"
    r"(?:thesis|argument|claim|points?|ideas?|message|lesson|insight)$"
    # a note's abbreviations and list labels: Ex, Tests, Criteria, One-line summary, TL;DR, Purpose
    r"|^(?:ex|eg|e\.g\.|tests?|criteria|one-line summary|(?:short|quick)\s+summary|tl;?\s?dr|gist|"
    r"purpose|aims?|reasons?|verdict|evidence|context|premise)$"
    # the fields of a study's summary (The comparison:, Outcomes measured:, Limitations:)
    r"|^(?:the\s+)?(?:comparison|(?:study\s+)?design|setup|participants|outcomes?(?:\s+measured)?|measures\s+used"
    r"|limitations?|caveats?|(?:key\s+|main\s+)?(?:findings?|results?)|methods?|methodology)$"
    r"|^(?:my|the author's|author's|personal)\s+(?:\w+\s+)?(?:take|view|thoughts?|"
    r"takeaways?|notes?|opinion|reflections?)$"
    # a study aside's label (Exam tip:, 易错点：): what to mind, not a term
    r"|^(?:(?:exam|quick|pro|study|revision)\s+)?(?:tips?|reminders?|warning|caution|nb|n\.b\.|context)$"
    r"|^(?:quote|quotes|ref|refs|reference|see also|cf\.?|via|src)$"  # a note's pointer to words or a source
    r"|^(?:citation|cite as|how to cite|bibliography|sources?)(?:\s*[(（][^)）]*[)）])?$"
    r"|^(?:出处|引用格式|引文|参考文献)$"
    # a chart's parts (横轴：价格弹性; y-axis: share of sales) and a label over terms (基本概念：…)
    r"|^(?:横轴|纵轴|横坐标|纵坐标|[xyXY]\s*轴)$|^(?:the\s+)?(?:x|y|horizontal|vertical)[- ]axis$"
    r"|^[^，,]{0,4}(?:概念|术语|名词|关键词)$"
    r"|^(?:考试|考点|易错|注意|提示|提醒|小贴士)(?:点|事项)?$"
    r"|^(?:注意(?!力)|记住|划重点|重点记)"  # 注意三个关键词：… — an instruction to the reader, not a term
    # an exam's question types (论述题, 名词解释) and a lead-in to a saying (当时有句话, 俗话说)
    r"|^(?:论述|简答|选择|填空|材料|问答|思考)题?$|^(?:判断|计算|分析)题$|^名词解释$"
    r"|^(?:例|示例|实例|举例|例题|范例|反例|正例)$"  # 例：甲公司在传单上写…: an example's label, not a term
    r"|^[^，,]{0,6}(?:有句话|有句老话|有一句话|有个说法|有种说法|俗话说|老话说)$"
    r"|^[\w.-]+['’]s\s+(?:main\s+|key\s+|big\s+|central\s+|core\s+|basic\s+)?(?:point|view|take|argument|advice|answer|reply|thesis|"
    r"verdict|conclusion|claim|caveat|example|story)$",
    re.I,
)
# Inside a term, a verb of saying (书里提到…, 区别就在于…) or a disposal construction (把/被)
# makes it a clause.
_CLAUSE_INSIDE = re.compile(
    r"把|被|认为|强调|指出|表示|主张|提出|提到|说明|记载|在于|讲了|写道|交代|提醒|补充|吐槽|反驳|追问"
    # Oluwaseun thinks the write story — …: someone's view, a clause, not a term
    r"|\b(?:thinks|says|said|argues|argued|believes|believed|notes|noted|suggests|suggested|reckons|feels)\b"
)
# 3.1 排队溢价, 2.4 Sleep debt: a heading's section number is no part of the term it names
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")
_HANDLE_OR_CHANNEL_ROLE = re.compile(r"^@|^(?:UP主|博主|主播|频道|账号)$", re.I)
# A label naming what follows as a concept (**概念：三栏法**——…): the term is what comes after it.
_LABEL_PREFIX = re.compile(
    r"^(?:概念|术语|名词|关键词|定义|concept|term|key term|definition|def|defn)\.?"
    r"\s*(?:[：:]|\s[—–-]\s|—|–)\s*",
    re.I,
)
# Someone speaking or spoken to (我认为, you say) — but not 敌我, 自我, 你我 used as nouns.
_PERSONAL = re.compile(
    r"(?<![敌自忘无彼你])我(?![方国])|你(?!我)|您|咱|\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|me|us|[Hh]er|[Hh]is|[Tt]heir)\b"
)
# A line that asks (为什么…, How do…?): no definition, and no lead-in naming what rows are parts of
ASKS = re.compile(r"[？?]|^(?:为什么|为何|如何|怎样|怎么|请)|^(?:why|how|what|which|who|when)\b", re.I)

# A definition opening on a hedge (mostly the Parts door, 大多…) says where something falls, not what
# it is.
_HEDGED_START = re.compile(r"^(?:mostly|mainly|largely|partly)\b|^(?:大多|多半)", re.I)
# Where a thing is found or how it is measured (linked under the video, measured in kelvin) is no
# meaning either.
# (体验课预约：小红书搜索…, Bookings: DM us on…: where to find or reach it, a shop's field, no meaning)
_WHERE_OR_HOW = re.compile(
    r"^(?:linked|measured|listed|mentioned|cited|available|see|search|dm|email us)\b"
    r"|^[^，,。；;\s]{0,6}?(?:搜索|私信|扫码|后台回复|加微信|致电)",
    re.I,
)
# 如燕子、大雁; such as lichens: examples of the term, not what it is (如何, 如果, 如此,
# 如今, 如下 open other things)
_EXAMPLE_START = re.compile(
    r"^(?:假设|假如|比如|例如|譬如|举例|如(?![何果此今下同期实图上])|e\.?g\.?(?=[\s,:])"
    r"|for example|for instance|such as|suppose)",
    re.I,
)
_OPEN, _CLOSE = r"[“\"「『]", r"[”\"」』]"
_QTERM = rf"{_OPEN}(?P<term>[^“”\"「」『』]{{1,24}}){_CLOSE}"
_NAMING_ZH = r"(?:叫做|叫作|叫|称为|称作|称之为)"
_NAMED_LAST = re.compile(rf"{_NAMING_ZH}\s*{_QTERM}\s*[。.]$")
_INLINE = (
    re.compile(rf"所谓\s*{_QTERM}\s*[，,]?\s*(?:就)?(?:是指|指的是|指|是)\s*(?P<def>[^。；;！？!?]+)"),
    re.compile(
        rf"{_QTERM}\s*(?:[（(][^（()）]{{1,40}}[）)])?\s*[，,]\s*(?:即(?!使|便|将|刻|时|可)|亦即|也就是|也即)\s*(?P<def>[^。；;！？!?]+)"
    ),
    re.compile(rf"{_QTERM}\s*(?:[（(][^（()）]{{1,40}}[）)])?\s*(?:是指|指的是)\s*(?P<def>[^。；;！？!?]+)"),
    # the way a speaker names and explains a term: 第一条叫“X”，就是…; 这叫“X”。就是说，…
    re.compile(
        rf"{_NAMING_ZH}\s*{_QTERM}\s*[，,。]?\s*(?:就是说|也就是说|也就是|就是|意思是)\s*[，,]?\s*"
        r"(?P<def>[^。；;！？!?]+)"
    ),
    re.compile(
        rf"{_QTERM}\s*(?:\([^()]{{1,40}}\))?,?\s*"
        r"(?:i\.e\.,?|that is,|which means|refers to|is defined as|means)\s+(?P<def>[^.;!?]+)",
        re.I,
    ),
)

# Cutting a definition to a card: where a first clause ends.
_ATTRIBUTION = re.compile(r"^[^，,。；;：:]{1,12}?(?:强调|认为|指出|表示|主张|提出|说|写道|称)[，,：:]\s*")
_HARD_END = re.compile(r"[。；;！!？?]|\.(?=\s+[A-Z(“\"])")
_ZH_MARKER = (
    r"(?:而非|而不是|而|但是|但|例如|比如|譬如|如|即|也就是说|像是|包括|因此|所以|从而|此外|同时|并且|另外)"
)
_ZH_SPEAKER = r"[^，。；]{1,6}(?:主张|认为|强调|指出|表示|说|称)"
_ZH_NEW_CLAUSE = re.compile(rf"[，,]\s*(?={_ZH_MARKER}|{_ZH_SPEAKER}|书中|作者)")
_EN_NEW_CLAUSE = re.compile(
    r",\s+(?=[^\s,]{1,4}\s*=)"  # a formula after the words: ", H = sum p log p"
    r"|,\s+(?=(?:but|which|while|whereas)\b)"
    r"|,\s+(?=(?:so|thus|thereby|allowing|making|meaning|because|to|in order to)\b)"  # result, purpose
    r"|,?\s+(?=(?:rather than|e\.g\.|i\.e\.|for example|for instance|such as|including)\b)"
    r"|\s*[(（](?=e\.g\.|i\.e\.|例如|如)"
)
_ZH_COMMA = re.compile(r"[，,]")
_EN_COMMA = re.compile(r",\s+")
# (no \b after a Chinese link: 即各部门… runs on without a word boundary; 即使/即将 are no link)
_DEFINING_LINK = re.compile(
    r"^(?:即(?!使|便|将|刻|时)|也就是|是指|指的是|i\.e\.|(?:that is|refers to|means)\b)", re.I
)
_RESTATE_LINK = re.compile(
    r"^\s*(?:是指|指的是|就是|是|指|即(?!使|便|将|刻|时|可)|，|,|:|：|is|means|refers to|=)\s*", re.I
)

CARD_ZH = 30  # characters a Chinese card answer should stay within before a soft cut
CARD_EN = 14  # words, the same for English
MIN_ZH = 8  # a cut must leave at least this much definition
MIN_EN = 5


@dataclass(frozen=True, slots=True)
class Pair:
    """A term–definition candidate found in one block. `marked` when the text itself says it is a
    definition (a bold term, `所谓X，是指…`, `“X”，即…`); `sentence` is where it was found."""

    term: str
    definition: str
    marked: bool
    block: Block
    sentence: str
    group: str = ""  # the counted list it is a member of (see `Framework.group`)
    spoken: bool = False  # said aloud (X，就是说，…): its commas are pauses, so its sentence stays whole


def size(text: str, language: Language) -> int:
    """Length as a reader weighs it: characters for Chinese, words for English."""
    if language == "zh":
        return len(_CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", text))
    return len(text.split())


def _strip_markup(text: str) -> str:
    """Markdown's marks out of a piece of a line (`*Ana Reis* — editor`), a run's lone half too."""
    return re.sub(r"\*\*|__|`", "", strip_markup(text)).strip()


_STATEMENT_ZH = re.compile(r"是|而非|并非|不是|而是|就是|/")


# A copula or a negated verb after its subject makes a lead-in a statement (Staging is Not Prod,
# Reinforce isn't permanent); a rule may open with one (Don't Break the Chain).
_COPULA_EN = re.compile(r"\b(?:is|are|was|were)\b|\s\w+n['’]t\b|\scannot\b", re.I)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear)\s+(?:friends|all|everyone|folks|there|team|readers|subscribers)\b"
    r"|^(?:大家好|各位好|亲爱的|哈喽|嗨)",
    re.I,
)
_MATH_MARKUP = re.compile(r"\$|\\[A-Za-z]+")
# A verb after the first word makes a label a statement (Small teams beat big budgets)
_SAYS_SOMETHING_EN = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:give|gives|make|makes|take|takes|need|needs|show|shows|mean|means|cause|causes|beat"
    r"|beats|win|wins|matter|matters|kill|kills|break|breaks|drive|drives|lead|leads|tell|tells|cost|costs|hurt"
    r"|hurts|require|requires|outlast|outlasts)\b"
)
# A label telling what someone did next (Started with transit, Then widened out, Moved on to pricing)
_NARRATED_STEP_EN = re.compile(
    r"^(?:[A-Z][a-z]+ed\s+(?:with|to|into|out|from|on|off|up|as|at|by|over)\b"
    r"|(?:Then|Next|Later|Afterwards|After that|Finally|Eventually)\b"
    # Recaps the thesis, Argues against…, Concludes: what the author does there, the notes' label
    r"|(?:Restates|Argues|Claims|Concludes|Summari[sz]es|Describes|Explains|Introduces|Recaps|Revisits"
    r"|Mentions|Suggests|Admits|Notes)\b)"
)
# A letter or a number standing for one of the cases compared (A县, 方案B, 患者甲, Site 2, School C):
# the document names its cases so, and the letter means nothing outside it (A股, B超, Type A are terms)
_CASE_NOUNS_ZH = (
    r"(?:县|市|镇|村|省|区|乡|组|盆|店|校|厂|公司|医院|企业|门店|小区|学校|城市|样本|患者|病人|客户|用户|案例|方案"
    r"|地块|项目|家庭)"
)
_CASE_LABEL = re.compile(
    rf"^(?:[A-Z]\s?{_CASE_NOUNS_ZH}|{_CASE_NOUNS_ZH}\s?(?:[A-Z]|[甲乙丙丁]))$"
    r"|^(?:case|group|site|school|county|town|village|city|firm|company|patient|participant|subject|store|shop"
    r"|hospital|clinic|plot|field|pot|household|cohort|arm|region|country)\s+(?:[A-Z]|\d{1,2})$",
    re.I,
)
# Aisha made a good point, p50 basically unchanged: a remark with its verb or a degree adverb, not a name
_REMARK_EN = re.compile(
    r"\b(?:made|makes|said|says|asked|asks|agreed|agrees|argued|argues|noted|notes|thought|thinks)"
    r"\s+(?:a|an|the|that|this|it)\b"
    r"|\b(?:basically|mostly|roughly|barely|slightly|clearly|really|actually|already)\b",
    re.I,
)
# A phrasal verb as a lead-in (Follow up:, Check in:, Sign off:) is a note's label, not a term; a
# single word may well be one (**Signal**: …, **Noise**: … in a glossary).
_PHRASAL_EN = re.compile(r"^[A-Za-z]+ (?:up|down|out|in|off|on|over|back|through)$", re.I)


_CHECKBOX = re.compile(r"^\[[ xX✓]?\]")
_DATED = re.compile(r"(?:c\.\s*)?\d[\d,.\s–-]*(?:BCE|BC|CE|AD|A\.D\.|B\.C\.|年代?|世纪|s)", re.I)


_NUMBERED = re.compile(r"[\u4e00-\u9fff]{1,3}[一二三四五六七八九十]")


def _numbered_label(term: str) -> bool:
    """A short label numbered at its end (坑一, 误区三, 要点二), which jieba's dictionary does not
    hold as a word the way it holds 统一, 唯一 or 周一."""
    from quizgen.extract.evidence import dictionary

    return bool(_NUMBERED.fullmatch(term)) and not dictionary()[0].get(term)


def term_is_plausible(term: str) -> bool:
    """A short noun phrase: no sentence punctuation, no deictic start, no verb end, no 我/you."""
    term = term.strip()
    if not term or _SENTENCE_PUNCT.search(term) or _DEICTIC_START.search(term) or _VERB_END.search(term):
        return False
    if re.search(r"\w[:：]\s*[A-Z][a-z]+\s[A-Z][a-z]+$", term) or re.match(r"(?i)also\s", term):
        return False  # Moderator: Lena Hart, Also Oxford: a role's label and its holder, a remark
    if _CHECKBOX.match(term) or MARK_SIGN.search(term):
        return False  # - [ ] Amiodarone t½ — look up…: a to-do; ⚠️ 不要和 SD 混: a warning, not a term
    if len(term) == 1 and term in SURNAMES:
        return False  # 宋：电池包规格应统一: a speaker's surname heading what they said
    if _numbered_label(term):
        return False  # 坑二：把活动当增长: the second of a list's items, by its number
    if (
        _LABEL_TERM.match(term)
        or _NOTE_LABEL.match(term)
        or _PERSONAL.search(term)
        or _CLAUSE_INSIDE.search(term)
    ):
        return False
    if _PHRASAL_EN.match(term) or _COPULA_EN.search(term) or _REMARK_EN.search(term) or ASKS.match(term):
        return False
    if _GREETING.match(term):
        return False  # Hi friends — big week: a newsletter's hello
    if _HANDLE_OR_CHANNEL_ROLE.match(term):
        return False  # @某某, UP主：…: a commenter's handle or the channel's role, not a term
    if _MATH_MARKUP.search(term):
        return False  # $$ Z = \frac{…}: a formula's markup, not a name
    if _SAYS_SOMETHING_EN.search(term) and len(term.split()) >= 3:
        return False  # Ripple marks give direction: a statement, its verb after its subject
    if _NARRATED_STEP_EN.match(term):
        return False  # Started with transit: …, Then widened out: …: what someone did next, not a term
    if _CASE_LABEL.match(term):
        return False  # A县：…, B县：…; Site 2: …: which of the cases compared, a placeholder, not a term
    if _COMPARED.search(term):
        return False  # Follow up: (a label), Staging is Not Prod: (a sentence), How the pillars interact
    if (
        not re.search(r"[^\W\d_]", term)
        or re.fullmatch(r"[A-Za-z\u0370-\u03ff]", term)
        or _DATED.fullmatch(term)
    ):
        return False  # a number, a year (81 BCE) or a symbol (M, V, a Greek letter): not a concept's name
    if term.count("（") + term.count("(") != term.count("）") + term.count(")"):
        return False
    if _CJK.search(term):
        # 质量是团队的底线, 分工协作而非单打独斗: a takeaway stated as a heading, not a term's name
        if _STATEMENT_ZH.search(term) or _states_zh(term):
            return False
        return len(_CJK.findall(term)) <= 12 and len(term) <= 20
    return len(term.split()) <= 6 and len(term) <= 50


# Words that make a label a statement about something (钱都在一张卡里, 支出完全没规划, 没有…的概念):
# a name has none of them as a word of its own.
_STATING_WORDS_ZH = frozenset(
    words("都 完全 没 没有 已经 正在 一直 总是 经常 很 太 非常 特别 还 就 才 再 竟然 根本 从来")
)


def _states_zh(term: str) -> bool:
    return any(word in _STATING_WORDS_ZH for word in segment(term))


def speaks_in_person(text: str) -> bool:
    """True when `text` has someone speaking or addressed (我认为, you), which a definition has not."""
    return bool(_PERSONAL.search(text))


def definition_is_substantial(
    definition: str, language: Language, minimum: int = 0, *, anyone: bool = False
) -> bool:
    """Enough words (`minimum`, else 6 characters or 4 words), besides its figures, to define
    something; no question in it; not someone speaking in the first person (with `anyone`, a bold
    term's meaning, its second person is anyone's)."""
    if ASKS.search(definition) or _PERSONAL.search(_as_anyone(definition) if anyone else definition):
        return False
    figures = scan(definition)
    first_clause = len(re.split(r"[，；。：]|[,;.:](?:\s|$)", definition, maxsplit=1)[0])
    if any(f.kind in _DATA_KINDS and f.start < first_clause for f in figures):
        return False  # 2019年市冠军，…; around $1,800 per dam: a record of data opens it, not a meaning
    words_left = definition
    for f in reversed(figures):  # 20–40 m/day is a value, not a definition
        words_left = words_left[: f.start] + words_left[f.end :]
    return size(words_left, language) >= (minimum or (6 if language == "zh" else 4))


def _as_anyone(definition: str) -> str:
    """The very next thing you'd do, the part of your attention that stays: a definition's second
    person is anyone, and their anyone's (a remark in the first person still speaks)."""
    return re.sub(r"\b[Tt]heir\b", "its", _GENERIC_YOU.sub("one", definition))


_DATA_KINDS = frozenset({"year", "date", "money", "percent"})
# An unmarked line's label that names a record's field, not a concept: 最怕的事, 最常点的菜,
# 一句话总结开店, 给创业者一句话, 最近在读的书
_FIELD_LABEL_ZH = re.compile(r"^最[\u4e00-\u9fff]{1,3}的|一句话|^最近")
# … and a value that tells what happened, not what a word means: 找了一块新绢, 讲了三级防护, 先用皮纸
# 加固再揭旧裱
_ACCOUNT_ZH = re.compile(r"^(?:[\u4e00-\u9fff]{1,2}了|先|再|然后|后来|最后|首先)")


# how a list of members is written: 甲、乙和丙; wheat, wool and tin; A / B / C
MEMBER_SPLIT = re.compile(r"\s*(?:[、，,;；/]|\band\b|\bor\b)\s*")
BARE_MEMBER_ZH, BARE_MEMBER_EN = 4, 2  # characters, words of one member of a bare list


_ASIDE = re.compile(r"\s*[（(][^（()）]*[)）]")


def _bare_list(definition: str) -> bool:
    """Whether a value is only three or more short members (瓷器、丝绸、铜钱、茶叶; wheat, wool, tin):
    what a label holds, not what a term means."""
    plain = _ASIDE.sub("", definition).strip().rstrip("。.；;")  # ECG (heart tracing): an aside
    items = [i for i in MEMBER_SPLIT.split(plain) if i]
    if len(items) < 3:
        return False
    if re.search(r"[\u4e00-\u9fff]", definition):
        return all(len(i) <= BARE_MEMBER_ZH and re.search(r"[\u4e00-\u9fff]", i) for i in items)
    return all(len(i.split()) <= BARE_MEMBER_EN for i in items)


def defines_plainly(pair: Pair) -> bool:
    """Whether a line neither bold nor otherwise marked still reads as a term and its meaning: its
    label is no record's field, its value states no figure, tells no account and is no bare list of
    members. A profile's rows
    (最怕的事：房东涨租; 循环寿命：宣称 10000 次) are facts about one thing, asked as figures or claims."""
    term, definition = pair.term.strip(), pair.definition.strip()
    if _FIELD_LABEL_ZH.search(term) or _ACCOUNT_ZH.match(definition) or _bare_list(definition):
        return False
    return not any(f.kind in _DATA_KINDS or re.search(r"\d", f.text) for f in scan(definition))


_BOLD_RUN = re.compile(r"\*\*([^*]+)\*\*")
# A label bolded with its colon (**Comment:**) names a field of the notes, as a header's does; a term
# is bolded alone (**Term**: …). Judges kept 6 of 23 terms asked from such labels, and those
# named a member after a dash (**Lever 1 — Remove:**).
_COLON_INSIDE = re.compile(r"\s*[：:]\s*\*\*")
_DASH = re.compile(r"\s[—–-]\s|——|—")
_DEFINITION_LABEL = re.compile(r"^(?:def(?:inition)?|定义)\s*[:：]", re.I)


# The letter of an acronym a member spells (`C – Customer-linked` of CALM): a label, not the term
_ACRONYM_LETTER = re.compile(r"^(?P<letter>[A-Z])\s*[–—:-]\s*(?=(?P=letter))")


# (Ea), （简称…）: an alias in brackets after a bold term, which the plain pattern reads apart
_TRAILING_ALIAS = re.compile(rf"{_ALIAS}\s*$")


_A_MEANING_OPENS = re.compile(r"(?:A|An|The|Any|Each|Every)\s")  # The habit of …, A way to …


def _match(block: Block) -> tuple[str, str, bool] | None:
    bold = _BOLD.match(block.raw)
    if bold and bold["runin"]:
        # (**Seeing comes first.** Long before…: a claim's heading, which its paragraph argues)
        meaning = _strip_markup(bold["runindef"])
        card, _ = cut_definition(meaning, bold["runin"], "en")
        return (bold["runin"], meaning, True) if _A_MEANING_OPENS.match(card) else None
    if bold:
        term = _ACRONYM_LETTER.sub("", _strip_markup(bold["term"]).rstrip("：: "))
        # **Comment:** …, **Published:** …: the colon set in the bold labels a field; such a line
        # defines a term only where a glossary's would (under Terms, in a run of them)
        # (**Definition: currency board:** names what it is: a term, its colon notwithstanding)
        field = (
            _COLON_INSIDE.match(block.raw, bold.end("term"))
            and not _DASH.search(bold["term"])
            and not _DEFINITION_LABEL.match(_strip_markup(bold["term"]))
        )
        return term, _strip_markup(bold["def"]), not field
    plain = _PLAIN.match(_strip_markup(block.text))
    if plain and _an_equation(block.text):
        return None  # r = .22 with attendance, 等价于 MRS = Px/Py: an equation, no glossary line
    if plain:
        # A term glossed in another script (孤岛思维 (Silo Mentality)：…), a definition opening
        # with its link (：即…, : i.e. …) or a Title Case name (The Valley of Quiet Progress: …)
        # marks the line as a definition on its own.
        definition = plain["def"].strip()
        term = plain["term"].strip()
        bolded = _BOLD_RUN.search(block.raw)
        marked_words = _TRAILING_ALIAS.sub("", bolded[1].strip()) if bolded else ""
        if marked_words and marked_words in term and re.search(r"[^\W\d_]", term.replace(marked_words, "")):
            # later added **Stjerneborg** (1584) — …: a sentence naming a bold word; - lower
            # **activation energy (Ea)**: …, its alias read apart: what the plain words add is unsure
            return None
        long_words = [w for w in term.split() if len(w) > 3]  # (Diabetic pts: one capital, a label's)
        titled = len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)
        marked = bool(plain["alias"]) or bool(_DEFINING_LINK.match(definition)) or titled
        return term, definition, marked
    return None


def find_pair(
    block: Block, language: Language, metadata_keys: frozenset[str] = frozenset(), minimum: int = 0
) -> Pair | None:
    """The block as a term–definition pair, when its shape and wording allow it (`minimum`: the
    definition's least size, see `definition_is_substantial`)."""
    if block.kind == "turn":
        return None
    found = _match(block)
    if found is None:
        return None
    term, definition, bold = found
    if not _acceptable(term, definition, language, metadata_keys, minimum, anyone=bold):
        return None
    return Pair(
        term=term, definition=definition, marked=bold, block=block, sentence=_strip_markup(block.text)
    )


def _acceptable(
    term: str,
    definition: str,
    language: Language,
    metadata_keys: frozenset[str],
    minimum: int = 0,
    *,
    anyone: bool = False,
) -> bool:
    if normalize(term) in metadata_keys or not term_is_plausible(term):
        return False
    if _EXAMPLE_START.match(definition) or _HEDGED_START.match(definition) or _dated(term):
        return False
    if _WHERE_OR_HOW.match(definition) or _COMPARED.search(term) or _QUOTED_REMARK.match(definition):
        return False
    if _SOMEONE_SAYS.match(definition) or _COUNT_FIRST.match(definition) or _predicate_of(definition):
        return False
    if _describes_a_person(definition) or _names_people(definition) or _RATING_FIRST.match(definition):
        return False
    if (
        _LEFT_OPEN.search(definition.strip())
        or _CAUSE_FIRST.match(definition)
        or _REMARK_FIRST.match(definition)
    ):
        return False
    return definition_is_substantial(definition, language, minimum, anyone=anyone)


# … the duty is breached if: a meaning that stops on a word its clause or its list goes on from (the
# lines below it finish it), cut where nobody can answer it. (A colon alone may close a whole meaning
# that announces its members: Guild = a body of masters of one craft:)
_LEFT_OPEN = re.compile(
    r"\b(?:if|when|whenever|that|which|whether|because|unless|until|while|than|the|an?|and|or|such\s+as|"
    r"including)\s*[:：]?$"
    # …shared out until each share is:, …fixed once it is: the list below says what (how unequal
    # incomes are: whole)
    r"|\b(?:(?:they|it|he|she|which|that|who|this|these|those)\s+)?(?:is|are|was|were|be)\s*[:：]$"
    r"|\b(?:they|it|he|she|which|that|who|this|these|those)\s+(?:is|are|was|were|be)$",
    re.I,
)


# Scurvy: caused by a lack of vitamin C; 返潮：因为空气湿度大…: what brings it about, not what it is
_CAUSE_FIRST = re.compile(
    r"^(?:(?:largely|mainly|mostly|partly|usually|often)\s+)?(?:driven|caused|triggered|induced|mediated|"
    r"stimulated|brought\s+on|set\s+off)\s+by\b|^(?:because|due\s+to|owing\s+to)\b|^(?:因为|由于)",
    re.I,
)
# 雕花门楼：这是大家拍照的地方; Night market: this was where it got loud: a remark on the thing, by one
# who points at it and says what it is like (这是一种…, this is a tool that…: a meaning after all)
_REMARK_FIRST = re.compile(
    r"^(?:这|那|它)(?:就|也|才|可|真)?是(?!一[种个类项门套])(?!指)"
    # 这条最关键, 这点很重要: how much the line matters, said of it
    r"|^(?:这|那)一?(?:条|点|项|个|步)?(?:才|可)?(?:是)?(?:最|很|非常|特别|尤其|更)(?:关键|重要|要紧|核心|难)"
    r"|^(?:this|that)(?:['’]s|\s+is|\s+was)\s+(?!an?\b|one\b|the\s+\w+\s+(?:of|by|for|that|which|where|in)\b)",
    re.I,
)


# Fire risk: negligible, since …; 风险：较低，因为…: a rating of the label's quality, not what it means
_RATING_FIRST = re.compile(
    r"^(?:(?:very|relatively|fairly|quite|extremely)\s+)?(?:negligible|minimal|minor|moderate|high|low|"
    r"medium|significant|none|nil|zero|limited|excellent|good|poor|fair|unknown|unclear|n/a|tbd)\b"
    r"(?=\s*(?:[,;:(—–]|\s-\s|since\b|because\b|as\b|but\b|$))"
    r"|^(?:很|极|较|偏|相对|非常)?(?:低|高|小|大|少|多|好|差|一般|未知|不明|可忽略|几乎为零)(?:[，,；;（(]|$)",
    re.I,
)


# Debtors: paid back loans in worthless marks; Savers: lost everything (or a verb of the present: turns
# into grit): a verb opening what is said of the label, the rest of a sentence whose subject it is (a
# definition is a phrase: "a loan paid back …"). A regular "-ed" opening must be followed by what a
# verb takes (fixed costs is a noun).
_PAST_THEN = re.compile(r"^(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)\b")
_VERB_TAKES = frozenset(
    words(
        "back off on up out down away over in into to the a an their his her its by for with from permanently"
    )
)
_NOT_PAST = frozenset(words("is was were has had did set read put cut hit"))


# 初二 吕大川, 卢明蕙（主任）: a person's name (a surname and one or two characters), maybe after the
# class or subject they stand for and before their post in brackets
_NAMED_ONE = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{1,4}}\s+)?[{''.join(sorted(SURNAMES))}]"
    r"(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{1,2}[（(][^）)]{1,20}[）)])$"
)


def _names_people(definition: str) -> bool:
    """`卢明蕙（主任）、韩一苇` after 教务处：, an attendance list's line: who came, not what a term
    means (two in three of its items a name: the surnames known are the common ones)."""
    # (韩某（河东人，主簿）: a comma inside the brackets parts no two items)
    plain = _ASIDE.sub(lambda m: m.group().replace("，", "；").replace(",", ";"), definition.strip())
    items = [i.strip() for i in re.split(r"[、，,]", plain.rstrip("。")) if i.strip()]
    named = sum(1 for i in items if _NAMED_ONE.match(i))
    return (len(items) >= 2 and named * 3 >= len(items) * 2) or (
        len(items) == 1 and named == 1 and "（" in items[0]
    )


def _describes_a_person(definition: str) -> bool:
    """`主播，前财经记者…`, `咨询合伙人，此前在…`: a first clause that ends on a role noun says who
    someone is (a host's or a guest's line), not what a term means."""
    first = re.split(r"[，,；;。（(]", definition.strip(), maxsplit=1)[0].strip()
    return bool(first) and _CJK.search(first) is not None and first.endswith(ROLE_ZH)


def _predicate_of(definition: str) -> bool:
    m = _PAST_THEN.match(definition)
    if not m or m["verb"] in _PURPOSE_PARTICIPLES:  # used for measuring angles: what it is for
        return False
    if m["verb"] in IRREGULAR_PAST_EN:
        return m["verb"] not in _NOT_PAST
    if m["verb"] in _PRESENT_VERBS:  # Old grease: turns into grit in the bearings
        return m["next"] in _VERB_TAKES
    return m["verb"].endswith("ed") and m["next"] in _VERB_TAKES


_PURPOSE_PARTICIPLES = frozenset(words("used designed intended meant made built"))
# verbs whose -s form is no plural noun in a note's definition (steps, ways and tools can be)
_PRESENT_VERBS = frozenset(
    words(
        "goes turns leads becomes gets keeps comes breaks ends stops starts sits stays falls grows drops "
        "rises wears eats happens tends"
    )
)


# Priya: "so the lights aren't just …": someone's words after their name, no meaning of a term
_QUOTED_REMARK = re.compile(r"^[“\"].*\w['’](?:re|s|t|ll|ve|m|d)\b")
# 她说不建议…, they are careful here: what someone says or does about the topic, no meaning of it;
# an estimated 4.2 million people live…: a count the topic line records.
_SOMEONE_SAYS = re.compile(
    r"^(?:他们|她们|他|她)(?:说|认为|觉得|提到|强调|建议|表示)|^(?:he|she|they)\b", re.I
)
_NUMBER_WORDS = "|".join(EN_WORDS)
_COUNT_FIRST = re.compile(
    r"^(?:an estimated|about|around|roughly|nearly|almost|over|more than|约|大约|近|超过)?\s*\d"
    rf"|^(?:{_NUMBER_WORDS})\s+(?:or|to)\s+(?:{_NUMBER_WORDS})\b",  # two or three "flex doors": how many
    re.I,
)
# Flats vs houses, A 方案 VS B 方案, War debt & wartime money: a comparison's or a pairing's heading,
# no term; nor two Chinese words a space apart (时间记 儒略日: a label and then its term; 印尼的 哇扬
# is one name)
_COMPARED = re.compile(
    r"\s(?:vs\.?|versus|&)\s|(?<![A-Za-z])VS(?![A-Za-z])|[\u4e00-\u9fff](?<!的)\s+[\u4e00-\u9fff]", re.I
)


def _dated(term: str) -> bool:
    """`26 Sept 1923`, `2019年3月`, `Tue 14 Nov`: a timeline's or a lecture's date heads a row of
    events, it names no concept; nor does a label holding a year (2009 年作者统计)."""
    if _DAY_MONTH.search(term) or _REIGN_YEAR.match(term):
        return True
    return any(  # nor a figure written as a label ($300–600+/kg), nor a period (Background (1831–1849))
        f.kind in {"year", "date"}
        or f.base in {"year", "date"}
        or (f.kind != "bare" and f.end - f.start >= 0.6 * len(term))
        for f in scan(term)
    )


# 贞观三年, 洪武元年十月: a year counted in a reign (its name, then the year), a date as surely as 1074年
_REIGN_YEAR = re.compile(
    r"^[\u4e00-\u9fff]{2,4}?(?:元|[一二三四五六七八九十]{1,3})年(?:[一二三四五六七八九十]{1,2}月)?$"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b",
    re.I,
)


def inline_pairs(
    block: Block, language: Language, metadata_keys: frozenset[str], named: frozenset[str] = frozenset()
) -> list[Pair]:
    """Definitions inside running text, by the wording that announces one: `所谓X，是指…`,
    `“X”（alias），即…`, `“X”是指…`, `"X", i.e. …`, `"X" refers to …`; and a term the text has
    named (`named`: 叫做“X”) said again to explain it (`X，就是说，…`)."""
    out: list[Pair] = []
    text = _strip_markup(block.text)
    sentences = split_sentences(text)
    for i, sentence in enumerate(sentences):
        if _NAMED_LAST.search(sentence) and i + 1 < len(sentences):
            sentence += sentences[i + 1]  # 原则，叫“X”。就是说，…: the explanation is the next sentence
        restated = _RESTATED.match(sentence) if named else None
        matches: Iterable[re.Match[str] | None] = (
            [restated] if restated and restated["term"] in named else (p.search(sentence) for p in _INLINE)
        )
        for match in matches:
            if match and _acceptable(match["term"].strip(), match["def"].strip(), language, metadata_keys):
                spoken = match is restated
                if spoken and size(match["def"], language) > SPOKEN_CARD_ZH:
                    break  # too long to ask whole, and a pause is no place to cut it
                out.append(
                    Pair(match["term"].strip(), match["def"].strip(), True, block, sentence, spoken=spoken)
                )
                break
    return out


SPOKEN_CARD_ZH = 50  # characters a spoken definition may run to, asked whole
# 雨水滞留链，就是说，一场降雨…: a speaker explaining a term they named before (叫做“雨水滞留链”)
_RESTATED = re.compile(
    r"^(?:那|那么|好|所以)?\s*(?P<term>[^，,。；;：:“”\"「」\s]{2,16})[，,]\s*"
    r"(?:就是说|也就是说|就是|指的是|是指)\s*[，,]?\s*(?P<def>[^。；;！？!?]+)"
)
_NAMES_A_TERM = re.compile(rf"(?:{_NAMING_ZH}|起名叫|命名为)\s*{_QTERM}")


def named_terms(doc: Document) -> frozenset[str]:
    """The terms the text names as such (这个叫做“X”, 我们称为“X”)."""
    return frozenset(
        m["term"].strip() for _, block in doc.all_blocks() for m in _NAMES_A_TERM.finditer(block.text)
    )


def _runs(blocks: tuple[Block, ...], pairs: dict[int, Pair]) -> list[list[int]]:
    """Maximal runs of consecutive blocks that are all pairs (as block indices), each at one
    list depth: a sub-item among them ends the run."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index in range(len(blocks)):
        if index in pairs and (not current or blocks[index].depth == blocks[current[0]].depth):
            current.append(index)
            continue
        if current:
            runs.append(current)
        current = [index] if index in pairs else []
    if current:
        runs.append(current)
    return runs


GLOSSARY_RUN = 3  # unmarked pairs in a row that make a glossary wherever they stand
ANNOUNCED_RUN = 2  # … or that a line above announces (`五种思维：`, the item they stand under)
# In an announced list a short explanation does (`Signal: keep it loud`).
ANNOUNCED_MIN_ZH = 4
ANNOUNCED_MIN_EN = 3


def _announcer(
    blocks: tuple[Block, ...], run: list[int], heading: str, language: Language
) -> tuple[str, int] | None:
    """The line that announces a run of `term: explanation` lines as a list, if one does, and
    where its list starts: the line just before the list (ending with a colon, or naming a
    counted list: `五种思维`, `The four laws…`), or, where the run opens its section, the heading."""
    if len(run) < ANNOUNCED_RUN:
        return None
    start = _list_start(blocks, run)
    line = heading if start == 0 else blocks[start - 1].raw
    return (line, start) if outline.announces(line, language) else None


def _mostly_labelled(blocks: tuple[Block, ...], start: int, pairs: dict[int, Pair]) -> bool:
    """Whether at least half the items of the list from `start` are `label: …` lines: 老师讲了几条：
    over five points, one of which opens 颜色：…, lists points, and that label is one point's topic."""
    first, items = blocks[start], []
    for i in range(start, len(blocks)):
        if _same_list(first, blocks[i]):
            items.append(i)
        elif blocks[i].kind not in ("bullet", "numbered") or blocks[i].depth <= first.depth:
            break  # a paragraph or another list: the list ended (its sub-items do not end it)
    return sum(1 for i in items if i in pairs) * 2 >= len(items)


def _list_start(blocks: tuple[Block, ...], run: list[int]) -> int:
    """Where the list holding a run of pairs starts (0 when it opens its section)."""
    start = run[0]
    while start > 0 and _same_list(blocks[start - 1], blocks[run[0]]):
        start -= 1  # 1. **Write:** (no pair of its own) opens the list the run goes on with
    return run[0] if start == 0 and run[0] > 0 else start


# Causes she listed, in her order of importance:; 失败的几个原因：: the labels below name causes or
# risks, and what follows each says why, not what the label means
_CAUSES_LEAD = re.compile(
    r"\b(?:causes?|reasons?|factors?|drivers?|problems?|risks?|consequences?)\b|原因|理由|因素|后果|风险",
    re.I,
)


def _explains_causes(blocks: tuple[Block, ...], run: list[int]) -> bool:
    start = _list_start(blocks, run)
    lead = blocks[start - 1].text.strip() if start > 0 else ""
    return lead.endswith((":", "：")) and bool(_CAUSES_LEAD.search(lead))


def _same_list(before: Block, item: Block) -> bool:
    return before.kind == item.kind and item.kind in ("bullet", "numbered") and before.depth == item.depth


# DEFINITIONS (copy these word for word), Key terms, Vocabulary, 名词解释, 核心概念: a heading over the
# terms the notes define, however many remarks stand between them
TERMS_HEADING = re.compile(
    r"^(?:key\s+)?(?:definitions?|terms?|terminology|vocab(?:ulary)?|glossary|concepts?)\b"
    r"|^(?:名词解释|概念|核心概念|关键概念|术语|基本概念|定义)",
    re.I,
)


# Misc / random, Odds and ends, 杂项, 零碎: a heading over the notes that fit nowhere else, whose
# `Mobile: build the phone view first` lines are remarks, not a glossary (a bold term still counts)
MISCELLANY_HEADING = re.compile(
    r"\b(?:misc(?:ellaneous|ellany)?|random|odds and ends|assorted|bits and pieces)\b|杂项|零碎|杂记|其他杂",
    re.I,
)


def line_pairs(
    blocks: tuple[Block, ...], language: Language, metadata_keys: frozenset[str], heading: str = ""
) -> list[Pair]:
    """Blocks that are term–definition lines: bold ones alone; unmarked ones only where they look
    like a glossary — a run of three or more, most of the section's blocks, or a list announced
    above it (where a shorter explanation does)."""
    least = ANNOUNCED_MIN_ZH if language == "zh" else ANNOUNCED_MIN_EN
    loose = {i: p for i, b in enumerate(blocks) if (p := find_pair(b, language, metadata_keys, least))}
    # Definition: …, 定义：…: a line its label marks as a definition, wherever it stands
    loose = {
        i: replace(p, marked=True) if _GENERIC_LABEL.match(p.term.strip()) else p for i, p in loose.items()
    }
    found = {
        i: p for i, p in loose.items() if definition_is_substantial(p.definition, language, anyone=p.marked)
    }
    # In English a run of plain `label: value` lines is a list of remarks more often than a glossary
    # (a fault and its finding, a body system and its signs, a bake's fault and its cause): judges
    # rejected 7 of the 9 terms asked from such runs that no heading calls terms. Chinese notes set
    # their terms plainly far more often, so there a run still makes a glossary.
    runs_define = language == "zh"
    glossary = bool(TERMS_HEADING.match(heading.strip())) or (
        runs_define and len(found) >= 2 and len(found) * 2 >= len(blocks)
    )
    miscellany = bool(MISCELLANY_HEADING.search(heading))
    accepted: dict[int, Pair] = {}
    for run in _runs(blocks, loose):
        if _explains_causes(blocks, run):
            for i in run:
                found.pop(i, None)
            continue
        announced = _announcer(blocks, run, heading, language)
        if announced is not None and _mostly_labelled(blocks, announced[1], loose):
            line, start = announced
            name = outline.list_name(line, language)
            members = outline.count_of(name) or len(blocks)  # 分为 2 大类： names its first two items only
            accepted.update((i, replace(loose[i], group=name if i - start < members else "")) for i in run)
    for run in _runs(blocks, found):
        for i in run:
            if not found[i].marked and attribute_of_a_term(blocks, i):
                continue
            unmarked_ok = not miscellany and (glossary or (runs_define and len(run) >= GLOSSARY_RUN))
            if found[i].marked or (unmarked_ok and defines_plainly(found[i])):
                accepted.setdefault(i, found[i])
    return [accepted[i] for i in sorted(accepted)]


_BOLD_ONLY = re.compile(r"^\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*$")
_BOLD_LABEL = re.compile(r"^\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*[:：]|^\s*(?:\*\*[^*]+[:：]\*\*|__[^_]+[:：]__)")


def attribute_of_a_term(blocks: Sequence[Block], index: int) -> bool:
    """A plain label on a sub-item of a bold term's line (**海洋季风**：… over `- 冬季：吹向海洋`, **Model**:
    over `- Assumption: …`): a side of that term (its season, its premise, its effect), no term
    of its own; judges kept none of 8 such labels asked as terms (and 3 of 3 bold ones)."""
    above = outline.parent(blocks, index)
    return above is not None and bool(_BOLD_LABEL.match(above.raw))


PLAIN_TERM_WORDS = 4  # an English item neither bold nor in Title Case names a term in this many words


def names_term(block: Block, language: Language, metadata_keys: frozenset[str]) -> bool:
    """Whether a list item with sub-items names a term they explain: a short noun phrase, no
    sentence or clause, not a label (`Pros`, `注意事项`), not the name of an ordinary list
    (`Reasons for…`, `失败的原因`), nor a `term: definition` line of its own. A colon may close
    a bold term (`**番茄工作法：**` over what it is); a plain line closed by one (`个人绩效：`)
    labels the list below it."""
    term = _term_of(block)
    closed = term != block.text.strip()
    if (
        re.search(r"[:：]", term)
        or find_pair(block, language)
        or (closed and not _BOLD_ONLY.match(block.raw))
    ):
        return False
    if normalize(term) in metadata_keys or not term_is_plausible(term):
        return False
    if outline.names_ordinary_list(term, language) or outline.names_period(term):
        return False
    if outline.reads_as_clause(term, language):
        return False
    if _BOLD_ONLY.match(block.raw):
        return True
    if _CJK.search(term):  # 控进度, 分析数据: a step to take, unless bold marks it as a name
        return not outline.names_action(term)
    return outline.title_cased(term) or len(term.split()) <= PLAIN_TERM_WORDS


def _term_of(block: Block) -> str:
    """A list item's text as a term: without the colon that may close it."""
    return re.sub(r"\s*[:：]$", "", block.text.strip())


# The second person of advice under a term (tasks at the edge of your ability, 把你的工作…) is
# anyone's, not someone speaking: read as "one" when the sub-item is weighed as a definition.
_GENERIC_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b|你(?!我)", re.I)
# A sub-item that opens on a pronoun (You can…, This can…, 它…) or asks (…喜欢什么颜色) says
# something about the term, or asks it; it does not say what the term is.
_ABOUT_IT = re.compile(
    r"^(?:you|i|we|it|this|that|these|those|they|he|she)\b|^(?:它|他|她|我|你|这|那|其)|什么|怎么|哪些|哪个|多少|是否",
    re.I,
)


def _as_definition(block: Block, language: Language) -> str:
    """A sub-item's text when it can stand as a definition: substantial, no example, no label,
    announcing nothing."""
    text = block.text.strip()
    if outline.announces(block.raw, language) or _is_label(text) or _labelled(block, language):
        return ""
    if _ABOUT_IT.search(text):
        return ""
    weighed = _GENERIC_YOU.sub("one", text)
    return text if definition_is_substantial(weighed, language) and not _EXAMPLE_START.match(text) else ""


def _labelled(block: Block, language: Language) -> bool:
    """A line shaped `label — what is said of it` (Debtors (incl. the govt) — paid back loans …), a
    member of a list rather than the meaning of the item above it, whether or not it defines its label."""
    found = _match(block)
    return found is not None and outline.is_short(outline.without_brackets(found[0]), language)


def _is_label(text: str) -> bool:
    return bool(_LABEL_TERM.match(text) or _NOTE_LABEL.match(text))


def _joined(blocks: tuple[Block, ...], kids: list[int], language: Language) -> str:
    """Sub-items that are each a short name (`道`, `天`, `地`), joined: the list is what the
    term is. Only leaves, two or more, none a label."""
    texts = [blocks[k].text.strip().rstrip("。.") for k in kids]
    leaves = all(k + 1 >= len(blocks) or blocks[k + 1].depth <= blocks[k].depth for k in kids)
    if len(texts) < 2 or not leaves:
        return ""
    if any(_is_label(t) or not outline.is_short(t, language) or not re.search(r"[^\W\d_]", t) for t in texts):
        return ""
    return ("、" if language == "zh" else ", ").join(texts)


def _definition_below(blocks: tuple[Block, ...], index: int, language: Language) -> str:
    """What the sub-items of the item at `index` say it is: the first sub-item, or the short
    names below it joined. A counted item (`Three rules of…`, `三个要素`) names a list, so only a
    line enumerating its members, or its only sub-item, defines it."""
    kids = outline.children(blocks, index)
    if not kids:
        return ""
    labelled = next((d for k in kids if (d := _labelled_definition(blocks[k]))), "")
    if labelled:  # - Working memory / - Definition: the store that … / - Example: …
        return labelled
    # sub-items that are names themselves (Blame Donkey, 明意义) are the term's members
    named = len(kids) >= 2 and outline.is_short(outline.without_brackets(blocks[kids[0]].text), language)
    first = "" if named else _as_definition(blocks[kids[0]], language)
    if outline.counted(_term_of(blocks[index]), language):
        enumerated = first and outline.enumerates(first, language)
        return first if enumerated or len(kids) == 1 else _joined(blocks, kids, language)
    return first or _joined(blocks, kids, language)


def nested_pairs(
    blocks: tuple[Block, ...], language: Language, metadata_keys: frozenset[str], heading: str = ""
) -> list[Pair]:
    """List items that name a term, with what the sub-items below them say it is (`- 番茄工作法`
    over `  - 把工作切成25分钟一段…`): the nesting marks the definition as a bold term does. A
    list named by its count (`五种思维：` above it, or its parent item) is the terms' group."""
    out: list[Pair] = []
    for i, block in enumerate(blocks):
        if not outline.children(blocks, i) or not names_term(block, language, metadata_keys):
            continue
        definition = _definition_below(blocks, i, language)
        if definition:
            term = _term_of(block)
            sentence = f"{term}：{definition}" if language == "zh" else f"{term}: {definition}"
            group = outline.list_name(_introduction(blocks, i, heading), language)
            out.append(Pair(term, definition, True, block, sentence, group))
    return out


def _introduction(blocks: tuple[Block, ...], index: int, heading: str) -> str:
    """The line a list item's list stands under: the item it is a sub-item of; for a top-level
    item, the line before the list, or the heading where the list opens its section."""
    depth = blocks[index].depth
    for j in range(index - 1, -1, -1):
        if blocks[j].depth < depth or (depth == 0 and blocks[j].kind not in ("bullet", "numbered")):
            return blocks[j].raw
    return heading if depth == 0 else ""


def pairs_in(
    blocks: tuple[Block, ...],
    language: Language,
    metadata_keys: frozenset[str],
    heading: str = "",
    named: frozenset[str] = frozenset(),
) -> list[Pair]:
    """Every accepted pair among one section's blocks, in order: lines and list items over their
    sub-items first, then inline ones from the blocks that are neither."""
    lines = line_pairs(blocks, language, metadata_keys, heading)
    lines += nested_pairs(blocks, language, metadata_keys, heading)
    voices = _voices_lists(blocks)
    lines = [p for p in lines if p.block.line not in voices]
    taken = {id(p.block) for p in lines}
    inline = [
        p for b in blocks if id(b) not in taken for p in inline_pairs(b, language, metadata_keys, named)
    ]
    taken |= {id(p.block) for p in inline}
    asked = [p for p in asked_then_explained(blocks) if id(p.block) not in taken]
    asked = [p for p in asked if _acceptable(p.term, p.definition, language, metadata_keys)]
    return sorted([*lines, *inline, *asked], key=lambda p: p.block.line)


_MY_LABEL = re.compile(r"^\s*(?:me|I|myself|mine|我|本人|自己)\s*[:：]", re.I)


def _voices_lists(blocks: tuple[Block, ...]) -> set[int]:
    """The lines of a list whose items are labelled by who said them, the note-taker among them
    (Ana: price; Ben: weather; me: moving house): people's views, each label a person, no term."""
    out: set[int] = set()
    run: list[Block] = []
    for block in [*blocks, None]:
        if (
            block is not None
            and block.kind in {"bullet", "numbered"}
            and (not run or block.depth == run[0].depth)
        ):
            run.append(block)
            continue
        if any(_MY_LABEL.match(b.text) for b in run):
            out |= {b.line for b in run}
        run = [block] if block is not None and block.kind in {"bullet", "numbered"} else []
    return out


# 第一个概念，叫“可支配收入”。 / 什么意思呢？就是…: a speaker names a term, asks what it means, and
# answers in the next breath (the next paragraph of a transcript)
_WHAT_IT_MEANS = re.compile(
    r"^(?:那|那么|好)?\s*(?:这个|它|这)?(?:是)?(?:什么意思|啥意思|指的是什么|是什么意思)(?:呢|啊)?\s*[？?]\s*"
)
_EXPLAINING = re.compile(
    r"^(?:简单(?:来)?说|说白了|其实|也就是说|就是说|意思是|意思就是|就是|指的是)[，,]?\s*"
)
_ANYONES_ZH = re.compile(r"你的|你(?=[\u4e00-\u9fff])")  # 你工资到手: anyone's pay


def asked_then_explained(blocks: tuple[Block, ...]) -> list[Pair]:
    """Terms a speaker names at the end of one paragraph (…，叫“X”。) and explains at the start of
    the next, after asking what it means (什么意思呢？就是…): the explanation's first sentence, its
    generic 你 (anyone's pay, not the listener's) left out, asked whole as a spoken definition."""
    out: list[Pair] = []
    for block, after in pairwise(blocks):
        named = _NAMED_LAST.search(_strip_markup(block.text).strip())
        if not named:
            continue
        term, text = named["term"].strip(), _strip_markup(after.text).strip()
        asked = _WHAT_IT_MEANS.match(text)
        rest = text[asked.end() :] if asked else text
        if rest.startswith(term):  # 安全垫就是…: the term said again, then what it is
            rest = rest[len(term) :].lstrip("，, ")
        if not asked and not _EXPLAINING.match(rest):
            continue
        said = split_sentences(rest)
        explained = _EXPLAINING.sub("", said[0].strip(), count=1).rstrip("。.！!") if said else ""
        explained = _ANYONES_ZH.sub("", explained)
        if 6 <= len(explained) <= SPOKEN_CARD_ZH:
            out.append(Pair(term, explained, True, after, said[0], spoken=True))
    return out


def _strip_restated_term(definition: str, term: str) -> str:
    """`人才密度是指…` -> `…`: a definition that opens by naming its term names it again."""
    if definition.lower().startswith(term.lower()):
        rest = _RESTATE_LINK.sub("", definition[len(term) :], count=1)
        if rest != definition[len(term) :] and rest:
            return rest
    return definition


def _soft_cut(text: str, language: Language) -> int:
    """Where a long first sentence should end on the card (len(text) when it should not)."""
    minimum = MIN_ZH if language == "zh" else MIN_EN
    new_clause = _ZH_NEW_CLAUSE if language == "zh" else _EN_NEW_CLAUSE
    for match in new_clause.finditer(text):
        if _CONTRAST_NEXT.match(text, match.end()):
            continue  # 建起了烘干房，但没人会调温度: what comes before 但 is conceded, the point follows
        if size(text[: match.start()], language) >= minimum and not opens_a_bracket(text[: match.start()]):
            return match.start()
    if size(text, language) <= (CARD_ZH if language == "zh" else CARD_EN):
        return len(text)
    comma = _ZH_COMMA if language == "zh" else _EN_COMMA
    if language == "en":
        return len(text)  # English commas mostly open parentheticals; cutting there loses the head
    for match in comma.finditer(text):
        card = text[: match.start()]
        if (
            size(card, language) >= minimum
            and not _CONDITION_END.search(_ASIDE.sub("", card))  # (its asides' commas end no clause)
            and not _CONTRAST_NEXT.match(text, match.end())
            and not opens_a_bracket(text[: match.start()])
        ):
            return match.start()
    return len(text)


# (…，但…: the point follows a concession; 商家收集顾客信息，如果…，应当…: a condition or a modal
# opens what is said of it, and the clause before says only of whom)
_CONTRAST_NEXT = re.compile(r"\s*(?:但是|但|不过|可是|却|如果|假如|一旦|应当|应该|必须|不得|只能)")
# 某一片电池被遮挡时，… / 长期在高温高湿下，…: a clause saying when or under what, whose point follows;
# 不但不发电，…: the first half of a pair (不但…反而…)
_CONDITION_END = re.compile(
    r"(?:时|时候|之下|下|之后|以后|的话|期间|之前)$|(?:^|[，,])\s*(?:不但|不仅|不光|既)[^，,]*$"
    # 一种动物要被驯化，必须…; 绿色植物通过叶绿体，…: a condition or a means, whose point follows
    r"|(?:^|[，,])[^，,]*(?:如果|只要|一旦|假如|要想|要被|通过|利用|借助|依靠|为了|由于|因为|按照|依照|根据|基于)[^，,]*$"
    # 用细麻绳（…），缠上三道…: what is used, the deed done with it following
    r"|(?:^|[，,])\s*(?:用|拿)[^，,]*$"
    # 在任何合作关系中，…; 对于出资较少的一方，…: the scene or the topic, whose point follows
    r"|(?:^|[，,])\s*(?:在|当)[^，,]{1,16}(?:中|里|上|内|方面)$|(?:^|[，,])\s*(?:对于|关于)[^，,]*$"
    # 店里有条老规矩，…: a clause announcing the rule that follows
    r"|有[一两几]?[条个项种句][\u4e00-\u9fff]{1,4}$"
    # 鲑鱼在溪流与远海之间，…: where it happens, whose what follows
    r"|在[^，,]{1,20}(?:之间|之中|之内|以内|之外|期间)$"
)


def _first_hard_end(text: str) -> re.Match[str] | None:
    """The first sentence stop outside brackets (…others (cocktail party effect; Cherry, 1953))."""
    for found in _HARD_END.finditer(text):
        if not opens_a_bracket(text[: found.start()]) and not ends_on_abbreviation(text, found.end()):
            return found
    return None


# 费孝通提出的概念, 作者自创的一个说法, a term coined by Veblen: who named it, not what it is
COINED_BY = re.compile(
    r"^[^，。,]{1,30}(?:提出|首创|自创|独创|发明|命名|创造|首先使用|起|取)的(?:一个|一种|一套)?"
    r"(?:概念|理论|说法|术语|词|名词|名字|叫法|(?:测量|评价|评估)?指标|指数|方法|框架|模型|工具|比喻)[。.]?$"
    r"|^(?:an?\s+|the\s+)?(?:term|concept|idea|phrase|word|notion|framework|model|metaphor)\s+"
    r"(?:coined|introduced|proposed|invented|devised)\s+by\b"
    r"|^(?:an?\s+|the\s+)?(?:author|writer)['’]s\s+own\s+(?:term|concept|framework|model|metaphor|coinage)[.]?$",
    re.I,
)


# From a French philosopher she admires.; Borrowed from a teacher.: whose the word was, before what it means
_TAKEN_FROM_EN = re.compile(r"(?:from|borrowed from|taken from)\s+(?:\S+\s+){0,7}\S+", re.I)


# Welsh, "little hill"; Latin for "a loan"; 源自拉丁语“…”: a first sentence translating the name, its word's
# origin; what the term means follows it
_LANGUAGES_EN = (
    r"Latin|Greek|German|French|Italian|Spanish|Portuguese|Dutch|Danish|Swedish|Norwegian|Finnish|Icelandic|"
    r"Russian|Polish|Czech|Hungarian|Turkish|Arabic|Persian|Hebrew|Sanskrit|Hindi|Japanese|Korean|Chinese|"
    r"Mandarin|Cantonese|Welsh|Irish|Gaelic|Old\s+English|Old\s+Norse|Middle\s+English|Yiddish|Swahili"
)
_ETYMOLOGY = re.compile(
    rf"^(?:from\s+(?:the\s+)?)?(?:{_LANGUAGES_EN})(?:\s+(?:word|term|root))?(?:\s+for)?\s*[,:—–-]?\s*"
    r"[“\"'‘«「][^“”\"'‘’«»「」]{1,40}[”\"'’»」][.。]?$"
    r"|^(?:源自|来自|出自)?(?:拉丁|希腊|德|法|意大利|西班牙|葡萄牙|荷兰|俄|阿拉伯|日|韩|梵|英)(?:语|文)"
    r"[^，,。；;]{0,6}?[“\"「][^“”\"「」]{1,20}[”\"」](?:之意|的意思)?[。.]?$"
)


# 借用托尔斯泰的开头，说明…, 得名于…，指…: a first clause telling where the name comes from
_NAME_ORIGIN = re.compile(
    r"^(?:借用|借自|得名于|源自|源于|取自|名字来自|名称来自)[^，,。；;]{1,30}[，,]\s*(?:用来|用以)?(?:说明|指|是指|意思是|比喻)?"
)


_STEPS_FOLLOW = re.compile(r"(?:先|首先|就要?|要先|应该?先?|必须|然后)")
_CROSS_REFERENCE = re.compile(r"\s*[（(]\s*(?:see\s|cf\.|见|参见|详见|参看)[^（）()]{0,30}[）)]", re.I)


# the clause a note-taker marks as their own view: 脾气古怪得很（个人意见）, slow to start (my take)
_OPINION_MARKED = re.compile(
    r"[，,]?[^，,（(]*[（(]\s*(?:纯属)?(?:个人意见|个人看法|个人观点|我的看法|我个人觉得|吐槽"
    r"|my (?:take|opinion|view)|imo)\s*[）)]",
    re.I,
)
_TRAILING_ASIDE = re.compile(r"\s*[（(][^（()）]{12,}[）)]$")
# 面团不再回缩（老师说她也常做不到）, (she admits nobody does): someone's remark on the meaning
# in closing brackets, however short what it leaves
_REMARK_ASIDE = re.compile(
    r"\s*[（(](?:[^（()）]{0,12}(?:他|她|我|讲者|讲师|老师|作者|嘉宾)[^（()）]{0,6}"
    r"(?:说|讲|觉得|认为|承认|吐槽|补充|提到|坦言)"
    r"|(?:[^（()）]{0,20}\s)?(?:he|she|I|they|the speaker|the author)\s+(?:\w+\s+)?"
    r"(?:said|says|admits|admitted|thinks|thought|noted|joked|added))[^（()）]*[）)]$",
    re.I,
)


def cut_definition(definition: str, term: str, language: Language) -> tuple[str, str]:
    """(card, rest): the definition's first clause for the card and the remainder for the explanation;
    a first sentence saying only who coined the term (作者自创的一个说法。…) gives way to the next."""
    text = _ATTRIBUTION.sub("", definition.strip(), count=1)
    text = _CROSS_REFERENCE.sub("", text)  # (see sec. 4), （详见第三章）: where to read on, no meaning
    text = _strip_restated_term(text, term)
    text = _NAME_ORIGIN.sub("", text, count=1)  # 借用托尔斯泰的开头，说明…: where the name comes from
    first_stop = _first_hard_end(text)
    if (
        first_stop
        and (
            COINED_BY.match(text[: first_stop.start()].strip())
            or _ETYMOLOGY.match(text[: first_stop.end()].strip())
            or _TAKEN_FROM_EN.fullmatch(text[: first_stop.start()].strip())
        )
        and text[first_stop.end() :].strip()
    ):
        text = text[first_stop.end() :].strip()
    hard = _first_hard_end(text)
    first = text[: hard.start()] if hard else text
    remark = _REMARK_ASIDE.search(first)
    if remark and first[: remark.start()].strip():  # what someone says of the meaning goes on the back
        card, rest = cut_definition(text[: remark.start()] + text[remark.end() :], term, language)
        return card, f"{remark.group().strip()} {rest}".strip()
    end = _soft_cut(first, language)
    card = first[:end].strip().rstrip("，,：:、。. ")
    rest = text[len(first[:end]) :].strip().lstrip("，,；;。.:： ")
    if _STEPS_FOLLOW.match(rest) and language == "zh":
        # 接手一个新项目，先…: the first clause says when, the steps after it what; whole or nothing
        return first.strip().rstrip("。."), text[len(first) :].strip().lstrip("。.;； ")
    opinion = _OPINION_MARKED.search(card)
    if opinion and size(card[: opinion.start()], language) >= MIN_ZH // 2:
        # …，脾气古怪得很（个人意见）: the clause the note-taker marks as their own view goes on the back
        rest = f"{opinion.group().strip(' ，,')} {rest}".strip()
        card = card[: opinion.start()].rstrip("，,：:、。. ")
    aside = _TRAILING_ASIDE.search(card)
    if aside and size(card[: aside.start()], language) >= (MIN_ZH if language == "zh" else MIN_EN):
        # …, read it aloud to a friend (as in the earlier study, though weaker): the note's aside on the
        # meaning goes with the explanation, not on the card
        rest = f"{aside.group().strip()} {rest}".strip()
        card = card[: aside.start()].rstrip("，,：:、。. ")
    if size(card, language) < (MIN_ZH if language == "zh" else MIN_EN) // 2:
        # too short a clause is kept whole up to its sentence's end, never run into the next sentence
        whole = first.strip().rstrip("。.")
        return whole, text[len(first) :].strip().lstrip("。.;； ")
    return card, rest


def _metadata_keys(doc: Document) -> frozenset[str]:
    from quizgen.extract.meta import FIELD_KEYS  # meta imports nothing of ours; kept lazy all the same

    return frozenset({normalize(f.key) for f in doc.metadata} | FIELD_KEYS)


def _header_block(pairs: Sequence[Pair]) -> bool:
    """Whether label lines stand on consecutive lines, as a header of fields does (Book, Read,
    Recommended by): the notes describing themselves, not terms they define."""
    lines = sorted(p.block.line for p in pairs)
    return any(b - a == 1 for a, b in pairwise(lines))


# A word numbered in a run of them (坑一, 坑二…; 原则1, 原则2; Lesson 1, Lesson 2): each label
# gives its item's place in the list, not a name to learn.
_NUMBERED = re.compile(
    r"^(?P<word>[^\d一二三四五六七八九十]{1,12}?)\s*#?(?:\d{1,2}|[一二三四五六七八九十]{1,2}|[\u2460-\u2473])$"
)


RECORD_FIELD = 3  # lines a label opens before it is a record's field, not a term
_LINE_LABEL = re.compile(
    r"^\s*(?:[-*+]\s+|\d{1,2}[.、]\s*)?(?:\*\*|__)?([^*_：:\n]{1,20}?)(?:\*\*|__)?\s*[：:]"
)


def _labels_by_line(doc: Document) -> Counter[str]:
    """How many lines each label opens (**研究者**：…), however short what follows it."""
    return Counter(normalize(m.group(1)) for _, b in doc.all_blocks() if (m := _LINE_LABEL.match(b.raw)))


def extract(doc: Document) -> list[Framework]:
    """Every term the document defines, in document order; a term defined twice keeps its first."""
    language = doc.language
    keys = _metadata_keys(doc)
    groups: list[tuple[Section | None, tuple[Block, ...]]] = [(None, doc.preamble)]
    groups += [(s, s.blocks) for s in doc.sections]
    found: list[tuple[Section | None, Pair]] = []
    spoken_terms = named_terms(doc) if language == "zh" else frozenset()
    defined_by_line: dict[int, str] = {}  # a 定义： line's block -> the line it defines
    for section, blocks in groups:
        if section is not None and PEOPLE_HEADING.search(section.title):
            continue  # **周敏**：区域运营总监 under 书中人物: who someone is, not a term
        if section is not None and QUICK_FIRE_HEADING.search(section.title):
            continue  # 最怕的事：房东涨租 under 快问快答: a question and its answer, not a term
        if section is not None and INSTANCES_HEADING.search(section.title):
            continue  # **房价**：挂牌价会影响… under 生活里的锚: where the idea shows, not terms
        if section is not None and RECORD_HEADING.search(section.title):
            continue  # **全长**：18.6公里 under 基本信息: the fields of a record, not terms
        pairs = pairs_in(blocks, language, keys, section.title if section else "", spoken_terms)
        if section is None and _header_block(pairs):
            continue  # **Book:** …, **Read:** … above the first heading: the notes' own header
        parent = _parent_items(blocks)
        facets = _facets_of_defined_items(blocks, pairs, parent)
        found.extend((section, p) for p in pairs if id(p.block) not in facets)
        defined_by_line.update(
            (id(p.block), parent[id(p.block)]) for p in pairs if _GENERIC_LABEL.match(p.term.strip())
        )
    found.extend(
        (p.section, Pair(p.name, p.sentence, True, p.block, p.sentence, p.group)) for p in principles(doc)
    )
    sets = [_set_of(doc, run) for run in member_runs(doc)] + [
        f for acronym in acronyms(doc) for f in _spelled_out(doc, acronym)
    ]
    sets += _arrow_chains(doc)
    # The same unmarked "term" opening several lines is a speaker or a label, not a defined term;
    # so is any label opening lines of its own again and again (**研究者**：…, **内容**：… for each
    # study in turn): the fields of a record.
    counts = Counter(_key(p) for _, p in found if not p.marked)
    fields = _labels_by_line(doc)
    runs = Counter(run.group("word") for _, p in found if (run := _NUMBERED.match(p.term.strip())))
    out: list[Framework] = []
    seen: set[str] = set()
    for section, pair in found:
        run = _NUMBERED.match(pair.term.strip())
        field = fields[normalize(pair.term)] >= RECORD_FIELD and not _GENERIC_LABEL.match(pair.term.strip())
        if counts[_key(pair)] > 1 or field or (run and runs[run.group("word")] > 1):
            continue
        if _GENERIC_LABEL.match(pair.term.strip()):  # **定义**：… defines the item or heading it is under
            named = _heading_term(
                defined_by_line.get(id(pair.block)) or (section.title if section else ""), language
            )
            if not named:  # Definition: A test statistic is a number computed from the sample…
                said = _DEFINED_AFTER_LABEL.match(pair.definition.strip())
                if not said or len(said["term"].split()) > DEFINED_TERM_WORDS:
                    continue
                pair = replace(pair, term=said["term"].strip(), definition=said["def"].strip())
            else:
                pair = replace(pair, term=named)
        key = _key(pair)
        if key in seen:
            continue
        seen.add(key)
        sentence = resolve_pronouns(doc, section, pair.block, pair.sentence)
        card, rest = (
            (pair.definition, "")
            if pair.spoken
            else cut_definition(pair.definition, pair.term, detect_language(pair.definition))
        )
        out.append(
            Framework(
                term=_without_labels(pair.term),
                definition=_LEADING_DASH.sub("", card) or card,
                rest=rest,
                sentence=sentence,
                source=Source(doc=doc.name, section=section.title if section else "", line=pair.block.line),
                group=pair.group
                or _heading_listing(section.title if section else "", pair.term)
                or _heading_counting(section),
            )
        )
    return sorted([*out, *(s for s in sets if normalize(s.term) not in seen)], key=lambda f: f.source.line)


# 稳开店原则就是：——一家新店…: a dash a speaker opens the definition with is no part of it
_LEADING_DASH = re.compile(r"^[\s—–―-]+(?=\S)")


# 鱼骨图（人、机、料、法、环、测）: a heading that lists its members in brackets after its name
_LISTING_HEADING = re.compile(r"^(?:[\d.]+\s*)?(?P<name>[^（(]{2,16}?)\s*[（(](?P<members>[^）)]{3,60})[）)]")


def _heading_listing(title: str, term: str) -> str:
    """The name of the set a heading lists its members of in brackets, when `term` is one of them:
    人 under 鱼骨图（人、机、料、法、环、测） is one of the fishbone's six, asked within it."""
    found = _LISTING_HEADING.match(title.strip())
    if not found or term.strip() not in re.split(r"\s*[、,，/]\s*", found["members"]):
        return ""
    return found["name"].strip()


def _heading_counting(section: Section | None) -> str:
    """The name of the set a heading counts (The "4 Cs" of a calm shift), when the section lists
    exactly that many labelled items (**Calm** — …): each is one of the set, asked within it."""
    if section is None:
        return ""
    bare = re.sub(r"[“”\"「」]", "", re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", section.title.strip()))
    language: Language = "zh" if _CJK.search(bare) else "en"
    name = outline.list_name(bare, language)
    labelled = sum(
        1 for b in section.blocks if b.kind in {"bullet", "numbered"} and _BOLD_OPENING.match(b.raw)
    )
    return name if name and outline.count_of(name) == labelled >= 2 else ""


_BOLD_OPENING = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}[.、)]\s*)?(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)")


def _set_of(doc: Document, run: Members) -> Framework:
    """A set laid out as ordinal headings, as a term whose definition lists its members."""
    listed = "、".join(run.members) if doc.language == "zh" else _joined_en(run.members)
    return Framework(
        term=run.group,
        definition=listed,
        rest="",
        sentence=f"{run.section.title}：{listed}"
        if doc.language == "zh"
        else f"{run.section.title}: {listed}",
        source=Source(doc=doc.name, section=run.section.title, line=run.section.line),
        unit=run.unit,
        members=run.members,
    )


def _spelled_out(doc: Document, acronym: Acronym) -> list[Framework]:
    """An acronym the notes spell out letter by letter: the set of its words (What are the five
    parts of "P.A.C.E."?) and what each letter stands for (In "P.A.C.E.", what does "A" stand for?)."""
    zh = doc.language == "zh"
    listed = "、".join(acronym.words) if zh else _joined_en(acronym.words)
    first = Source(doc=doc.name, section=acronym.section, line=acronym.lines[0])
    whole = Framework(
        term=acronym.name,
        definition=listed,
        rest="",
        sentence=f"{acronym.name}：{listed}" if zh else f"{acronym.name}: {listed}",
        source=first,
        unit="项" if zh else "part",
        members=acronym.words,
    )
    letters = [
        Framework(
            term=letter,
            definition=word,
            rest="",
            sentence=f"{letter} - {word}",
            source=Source(doc=doc.name, section=acronym.section, line=line),
            group=acronym.name,
        )
        for letter, word, line in zip(acronym.letters, acronym.words, acronym.lines, strict=True)
    ]
    return [whole, *letters]


# The Kolb cycle is a four-stage cycle: experience → reflect → conceptualise → experiment; 复盘分四步：
# 回顾→分析→总结→改进: a method named and counted, its steps chained by arrows
_ARROW_CHAIN_EN = re.compile(
    r"(?:^|[.:;]\s+)(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+(?:is|are)\s+an?\s+"
    r"(?P<count>two|three|four|five|six|seven|\d)[- ](?P<unit>step|stage|part|phase)\s+"
    r"(?:loop|cycle|process|method|model|framework|sequence|routine)\s*:\s*(?P<chain>[^\n]+)$",
    re.I,
)
_ARROW_CHAIN_ZH = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”]{2,12}?)(?:分为?|共有?|包括|是)?(?P<count>[二两三四五六七八九\d])"
    r"(?:步|个步骤|个环节|个阶段)[：:]\s*(?P<chain>[^\n]+)$"
)
_ARROW = re.compile(r"\s*(?:→|->|⟶|➜)\s*")


def _arrow_chains(doc: Document) -> list[Framework]:
    """Each method a sentence names and counts, its steps chained by arrows: the set of its steps,
    asked whole (What are the four stages of the Kolb cycle?)."""
    zh = doc.language == "zh"
    out = []
    for section, block in doc.all_blocks():
        if "→" not in block.text and "->" not in block.text:
            continue
        found = (_ARROW_CHAIN_ZH if zh else _ARROW_CHAIN_EN).search(block.text.strip())
        if not found:
            continue
        steps = tuple(s.strip(" .。*") for s in _ARROW.split(found["chain"].strip().rstrip(".。")))
        if len(steps) != outline.count_of(found["count"]) or any(not s or len(s) > STEP_CHARS for s in steps):
            continue
        listed = "、".join(steps) if zh else _joined_en(steps)
        name = found["name"].strip("“”")
        name = name.rsplit("的", 1)[-1] if len(name.rsplit("的", 1)[-1]) >= 2 else name  # 老师讲的复盘
        out.append(
            Framework(
                term=name,
                definition=listed,
                rest="",
                sentence=f"{name}：{listed}" if zh else f"{name}: {listed}",
                source=Source(doc=doc.name, section=section.title if section else "", line=block.line),
                unit="步" if zh else found["unit"].lower(),
                members=steps,
            )
        )
    return out


STEP_CHARS = 40  # a step is a few words; a longer piece is a sentence the arrow runs on into


def _joined_en(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]


# A heading over quick questions and their short answers (快问快答, Rapid fire, Lightning round)
# 生活里的锚，无处不在; Anchors in everyday life; Where you meet it: a list of where an idea shows up
INSTANCES_HEADING = re.compile(
    r"(?:生活|日常|身边|现实|工作)(?:里|中|当中)的|无处不在|随处可见|哪里都有"
    r"|\bin (?:everyday|daily|real) life\b|\bin the wild\b"
    r"|\bwhere (?:you|we) (?:meet|see|find) (?:it|them)\b",
    re.I,
)
RECORD_HEADING = re.compile(
    r"基本信息|基本资料|基本情况|概况|资料卡|信息卡"
    r"|\b(?:basic (?:info|information|facts)|fact ?sheet|at a glance|quick facts|key facts"
    r"|vital statistics)\b",
    re.I,
)
QUICK_FIRE_HEADING = re.compile(
    r"快问快答|一问一答|\b(?:rapid[- ]fire|lightning round|quick[- ]fire)\b", re.I
)


def _parent_items(blocks: tuple[Block, ...]) -> dict[int, str]:
    """For each block (by id), the text of the list item it stands under; "" at the margin."""
    out: dict[int, str] = {}
    above: list[Block] = []  # the open blocks, each shallower than the next
    for block in blocks:
        while above and above[-1].depth >= block.depth:
            above.pop()
        parent = above[-1] if above else None
        out[id(block)] = parent.text if parent is not None and parent.kind in ("bullet", "numbered") else ""
        above.append(block)
    return out


def _facets_of_defined_items(
    blocks: tuple[Block, ...], pairs: Sequence[Pair], parent: dict[int, str]
) -> set[int]:
    """The blocks of unmarked pairs that are facets of the item above them (`parent`), not terms
    of their own: the lines beside a `定义：` line (例子：…, 应用：…), and the sides of a comparison
    its words name (高空：… under 高空风 vs 近地面风)."""
    defined = {(parent[id(b)], b.depth) for b in blocks if b.depth > 0 and _labelled_definition(b)}
    return {
        id(p.block)
        for p in pairs
        if not _GENERIC_LABEL.match(p.term.strip())
        and (
            (not p.marked and (parent[id(p.block)], p.block.depth) in defined)
            or _part_of_a_word_in(re.sub(r"\s*[（(].*$", "", p.term.strip()), parent[id(p.block)])
        )
    }


# a character that ends a word before it rather than continuing it (高空 in 高空的风, 高空和近地面)
_WORD_BREAK = re.compile(r"[的和与及或跟同、，,：:（(\s]|vs", re.I)


def _part_of_a_word_in(term: str, parent: str) -> bool:
    """Whether a Chinese term stands in the item above it only as the start of a longer word
    (高空：… under 高空风 vs 近地面风): one side of what the item compares, not a term."""
    if not _CJK.search(term) or not parent:
        return False
    ends = [m.end() for m in re.finditer(re.escape(term), parent)]
    return bool(ends) and all(
        e < len(parent) and _CJK.match(parent[e]) and not _WORD_BREAK.match(parent, e) for e in ends
    )


def _labelled_definition(block: Block) -> str:
    """The text of a line labelled as a definition (定义：…, Definition: …), else ""."""
    found = re.match(r"^\s*(\w+)\s*[：:]\s*(\S.*)$", block.text)
    return found[2].strip() if found and _GENERIC_LABEL.match(found[1]) else ""


# What a `Definition:` line under no named heading defines: A/The X is …, X = …, X是指…
_DEFINED_AFTER_LABEL = re.compile(
    r"^(?:(?:an?|the)\s+)?(?P<term>[^\s,;:=][^,;:=]{0,60}?)\s*"
    r"(?:\s(?:is|are|refers to|means)\s|=|是指|指的是|即(?!使|便|将|刻|时|可))\s*(?P<def>\S.{3,})$",
    re.I,
)
DEFINED_TERM_WORDS = 6
# A line labelled as the definition (**定义**：…, Definition: …) defines what its heading names.
_GENERIC_LABEL = re.compile(r"^(?:定义|含义|释义|概念|definition|meaning)$", re.I)


_LABEL_IN_BRACKETS = re.compile(r"^【[^】]{1,12}】\s*")
_TERM_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])的(?:定义|概念|含义)$")


def _without_labels(term: str) -> str:
    """The term without what labels its place (概念：三栏法, 【定义】三栏法, 1.2 Flow, 第一步：下锚,
    Step 2: Prune, K 口碑): the name after the label is the term."""
    bare = _SECTION_NUMBER.sub("", _LABEL_PREFIX.sub("", _LABEL_IN_BRACKETS.sub("", term)))  # 【定义】…
    return _LETTER_LABEL.sub("", _STEP_LABEL.sub("", bare)).strip() or term


# C 复利, B、杠杆: a list's letter before a Chinese term (K因子, written close, is the term's own)
_LETTER_LABEL = re.compile(r"^[A-Z](?:\s*[.、:：)）]\s*|\s+)(?=[\u4e00-\u9fff])")
_STEP_LABEL = re.compile(
    r"^(?:第\s*[一二三四五六七八九十\d]+\s*(?:步|阶段|层|环节|环|招|部分|段)|步骤\s*[一二三四五六七八九十\d]+"
    r"|(?:step|stage|phase)\s+\d+)\s*(?:[：:.、]|\s[—–-]\s|—|–)\s*",
    re.I,
)


def _heading_term(title: str, language: Language) -> str:
    """A heading that can stand as the term it defines: short, its brackets dropped, no count."""
    term = re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", _strip_markup(title)).strip(" ：:")
    # 【知识点5】化学平衡状态, 反应速率的定义: the notes' label is no part of the term
    term = _TERM_SUFFIX.sub("", _LABEL_IN_BRACKETS.sub("", term))
    term = _without_labels(term)
    short = len(term) <= 12 if language == "zh" else 0 < len(term.split()) <= 5
    return term if term and short and term_is_plausible(term) and not _dated(term) else ""


def _key(pair: Pair) -> str:
    """A term is one fact per list it is a member of (Cue in a loop of four steps, Cue in the
    four laws) and one outside any list."""
    return f"{normalize(pair.group)}::{normalize(pair.term)}" if pair.group else normalize(pair.term)
