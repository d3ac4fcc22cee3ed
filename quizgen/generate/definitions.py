"""Whether a term's item asks what the term is: a definition that only says what the term relates
to (与…有关) or who coined it (费孝通提出的概念), that names the term's own head word (石拱桥 asked by
"a 拱桥 of stone"), or that is only the members of a counted list (修复三步 asked by 承认、补偿、约束),
asks something else.

Pure string checks over a framework draft; `stems.stem_problem` calls `definition_problem`.
"""

from __future__ import annotations

import re

from quizgen.extract.abbreviations import spells
from quizgen.extract.affiliation import DEPARTMENTS_ZH
from quizgen.extract.evidence import dictionary
from quizgen.extract.figure_grammar import CLOCK
from quizgen.extract.figure_scan import figure_spans, scan
from quizgen.extract.frameworks import COINED_BY, MEMBER_SPLIT
from quizgen.extract.lexicon import (
    RELATION_EN,
    RELATION_ZH,
    ROLE_EN,
    ROLE_ZH,
    SMALL_WORDS_EN,
    SPEECH_ZH,
    SURNAMES,
    in_another_language,
    is_role_word,
    words,
    zipf_en,
)
from quizgen.extract.names import TITLED_NAME_EN
from quizgen.extract.numbers import EN_WORDS, value_of
from quizgen.extract.text import tag
from quizgen.generate.draft import Draft
from quizgen.ingest.clean import MONTH_EN

_CJK = re.compile(r"[\u4e00-\u9fff]")
_RELATION_ONLY = re.compile(
    r"^(?:和|与|跟|同)?.{0,30}(?:和|与|跟|同).{0,30}(?:有关|相关|有联系)[。.]?$|^(?:is\s+)?related to\b", re.I
)
# what a reversed item or a choice asks the term by: the text after 是指： or means:
_DEFINITION = re.compile(r"(?:是指|means)[：:]\s*(.+?)[？?]?$")
# a count in a term's name: 修复三步, 声誉机制四前提, 早期颜料四大类, Three lives, the 4 steps
_COUNT_IN_TERM = re.compile(
    r"(?<![\d])(\d{1,2}|[两二三四五六七八九十])\s*(?:个|种|条|大)?"
    r"(?:类|项|步|层|点|要素|原则|前提|条件|阶段|层次|步骤|支柱|法则|定律|要点|维度|方面|境界|模式|即|问|不|心|力)"
    r"[\u4e00-\u9fff]{0,2}$"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[a-z]+(?:\s+[a-z]+)?$",
    re.I,
)
# 配纸口诀 asked by 宁浅勿深, the shop's motto asked by its words: a label for a saying, which the
# saying does not define
_SAYING = re.compile(
    r"(?:口诀|口号|格言|名言|座右铭|顺口溜|金句|原话)$|\b(?:motto|slogan|mantra|maxim|catchphrase)$", re.I
)
# 一般在换季时突然加重, usually follows a loss: how the thing tends to behave, its subject cut off,
# not what it is (通常指…, usually means … still define)
_HOW_IT_TENDS = re.compile(
    r"^(?:一般|通常|往往|常常|经常|总是|多半|大多|多数情况下)(?!指|是|称|叫|被称)"
    r"|^(?:usually|often|typically|generally|always|mostly|tends? to)\b(?!\s+(?:means?|refers?|called)\b)",
    re.I,
)
# Eurasia is mainly east–west: a sentence with a subject of its own states a claim; a definition
# is a phrase (a trial of …, the idea that …) or opens with the term's own verb
# Write down every habit you have and ask yourself…: the exercise's first step, not a meaning
_AN_INSTRUCTION_EN = re.compile(
    r"^(?:create|make|write|list|ask|try|start|stop|keep|put|take|pick|choose|find|avoid|add|remove|track|"
    r"record|note|plan|go|sit|spend|imagine|think of|don['’]t|do not)\s+"
    r"(?:a|an|the|your|each|every|down|out|up|it|yourself|one|two|three|all)\b",
    re.I,
)
# 锅里放一勺油, 捞出沥干, 先泡十分钟: a step of a recipe or a craft, what to do, asked either way
_HANDLING_VERBS_ZH = frozenset("放加倒撒淋拌搅切煮炒煎炸蒸焯盛捞泡腌揉擀抹刷浸晾叠铺剪洗冲沥晃")
_RESULT_OF_HANDLING_ZH = frozenset("入出进上下好开掉匀干透")  # 倒入, 捞出, 拌匀
_BY_A_WAY_OF_DOING_ZH = re.compile(r"的(?:过程|方法|做法|技法|工序|步骤|手法)$")


def _a_step_zh(meaning: str) -> bool:
    """Whether the words open on a one-character verb of handling (after where or when: 锅里, 先),
    as jieba tags them (加装电梯 is no step), and do not end on the kind of way they describe."""
    if not _CJK.match(meaning) or _BY_A_WAY_OF_DOING_ZH.search(meaning):
        return False
    words = tag(meaning[:12])
    if len(words) >= 2 and len(words[0][0]) == 1 and words[0][1] == "n" and words[1][1] == "f":
        words = words[2:]  # 锅|里
    while words and words[0][1] in {"s", "f", "d", "c"}:  # 锅里, 先, 然后
        words = words[1:]
    if not words:
        return False
    verb = words[0][0]
    verb = verb[1:] if len(verb) == 2 and verb[0] in "先再" else verb  # 先泡, as jieba may join it
    return verb in _HANDLING_VERBS_ZH or (
        len(verb) == 2 and verb[0] in _HANDLING_VERBS_ZH and verb[1] in _RESULT_OF_HANDLING_ZH
    )


# top right, the bottom-left quadrant, 右上角: where a thing sits on a chart, not what it is
_A_PLACE_ON_A_CHART = re.compile(
    r"(?:the\s+)?(?:top|bottom|upper|lower)[- ](?:left|right)(?:\s+(?:quadrant|corner|box|square|cell))?\.?"
    r"|[左右][上下](?:角|方|象限|格)?|第[一二三四]象限",
    re.I,
)
# drop a spoonful in water, stir the pot: a step of a recipe or a test, what to do, asked either way
_A_STEP_EN = re.compile(
    r"^(?:drop|pour|stir|mix|fold|heat|chill|place|press|poke|shake|leave|let|"
    # cover with mesh, sow after May, water in the evening: a grower's or a cook's step
    r"cover|sow|plant|water|prune|mulch|spray|feed|soak|wash|store|check|wait|"
    # brush off the powder, cool it under water, call 999: a first-aider's or a carer's step
    r"brush|rinse|irrigate|tilt|lift|call|cool|raise|hold|give|tap|shout|roll|stay|cut|trim|thin|stake|tie)\s+"
    r"(?:a|an|the|your|each|every|it|them|some|in|on|with|after|before|off|away|back|over|under|for|to"
    r"|\d+|[a-z]+ly)\b",
    re.I,
)
_A_CAUSE = re.compile(
    r"^(?:因为|由于|因|because|since|due to)\b|^(?:因为|由于|随着)", re.I
)  # 随着…: as … grows
# A word that labels a field of a record or a note (效果：…, 点评：…, Units: …, Comment: …): judges
# kept 1 of 5 Chinese terms of this kind, the one asked within its group, and 1 of 16 English words.
_FIELD_LABEL = re.compile(
    r"方向|效果|特点|原因|结果|目的|意义|作用|背景|影响|优点|缺点|现状|数字|数据|点评|备注|总结|结论|评价|"
    r"建议|难点|重点|要点|表现|后果|趋势|启示|感受|体会|收获|亮点|不足|来源|案例|例子|场景|形式|内容|"
    r"the beginning|记忆口诀|口诀|速记|"
    r"comments?|notes?|headline|edition|tags|units|position|rating|verdict|status|source|format|length|"
    r"publisher|pages|date|venue|numbers|figures|examples?|caveats?",
    re.I,
)
# Implementation tip:, Quick reminder:, Big caveat: what kind of note follows, not a term
_A_NOTES_LABEL_EN = re.compile(
    r"\b(?:tip|tips|reminder|caveat|warning|aside|gotcha|heads-up|nuance|subtlety|takeaway|side note)$", re.I
)
_CUT_BEFORE_ITS_CLAUSE = re.compile(r"\s(?:where|when|if|because|that|which|unless)$", re.I)
_INITIALS = re.compile(r"[A-Z]{2,3}|All")
# chase the council, send the quote, confirm dates: the task an action item gives its owner
_AN_ACTION = re.compile(
    r"(?:chase|confirm|draft|send|post|find|book|email|e-mail|call|ring|contact|order|check|arrange|ask"
    r"|write|update|circulate|follow up|get|share|set up|prepare|review|organi[sz]e|collect|invite"
    r"|speak to|talk to)\b"
)
_A_LISTINGS_PRICE_OR_HOURS = re.compile(
    r"^\W*free\s*(?:[,;(]|$)|[¥$£€]\s?\d|\d\s?(?:yen|円)\b|\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)\b",
    re.I,
)
_A_PART_OF_THE_WORK_EN = re.compile(
    r"(?:part|chapter|ch\.?|section|book|volume|vol\.?|unit|lecture|week|session|act|scene)\s+"
    r"(?:[IVXLC]+|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)",
    re.I,
)
# Motion 2 (Lee / Park), Amendment (Ortiz / —): the minutes' mover and seconder in brackets
_MOVED_AND_SECONDED = re.compile(r"\(\s*[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w.'’-]*|[—–-])\s*\)\s*$")
_A_BRIEFS_LABEL = re.compile(
    r"(?:facts|issue|issues|held|holding|ratio|reasoning|application|conclusion|outcome)(?:\s+(?:of|in)\s+.+)?",
    re.I,
)
# Kotler & Keller, 2016; Court et al. (2009): a citation standing where a meaning should
_A_CITATION = re.compile(
    r"^[A-Z][\w&.'’-]+(?:(?:,\s*|\s+)(?:[A-Z][\w&.'’-]+|et al\.?|&|and))*,?\s*\(?(?:1[89]|20)\d\d\)?\.?$"
    # Lucas 提出, 由某某提出; proposed by Hale & Ng: who put it forward, and nothing of what it is
    r"|^(?:由)?[^\s，,。；;：:]{1,20}(?:\s*(?:&|和|与)\s*[^\s，,。；;：:]{1,20})?\s*(?:提出|首创|命名|提出的)[。.]?$"
    r"|^(?:proposed|coined|introduced|named)\s+by\s+[^,;.]{1,40}[.]?$",
    re.I,
)
# 关键点, 有意思的一点, The ending: what kind of note follows; 同学A, 学生乙: a voice in the class
_EMPHASIS_LABEL = re.compile(
    r"关键点|注意点|有意思的(?:一点|是)|值得注意的(?:一点|是)?|一句话(?:记忆|总结|概括)"
    r"|key points?|the ending",
    re.I,
)
# 同学A, 听众2; 正方, 反方, Pro side: a voice in a class, a talk or a debate
_A_VOICE = re.compile(
    r"(?:同学|学生|老师|听众|读者|网友|观众)\s*[A-Z甲乙丙丁1-9]|(?:正方|反方|支持方|反对方)(?:[一二三四1-4]辩)?"
    r"|(?:(?:the\s+)?(?:pro|con|for|against|affirmative|negative|opposition)\s+(?:side|team|case))",
    re.I,
)
_SUBSCRIPTED = re.compile(r"\b[A-Za-z]{1,3}_[A-Za-z0-9]{1,3}\b")  # U_i, A_o, x_1: a formula's symbols
_ONLY_A_COMPLEXITY = re.compile(
    r"^(?:about\s+|~)?[OΘΩ]\([^)]{1,20}\)(?:\s+(?:time|space|each|total|per \w+))?[.;]?$"
)
_IN_A_GROUP = re.compile(r"^In \"")  # In "The four rules", which one means: … — a rule may be an instruction
_A_CLAIM_EN = re.compile(
    r"^(?!(?:A|An|The|Any|Anything|Something|Someone|Whatever|What)\b)[A-Z][\w-]+"
    r"(?:\s+(?!(?:that|which|who|whose)\b)[\w.-]+){0,2}\s+(?:is|are|was|were|has|have|had"
    # Decree No. 4 meant…, Regional Council closed, Rebels win the vote: what happened, not a meaning
    r"|meant|became|won|lost|took|closed|opened|fell|rose|ended|began|started|led|caused|seized|formed"
    r"|wins|loses|takes|leads|causes)\b"
)
# Larkhaven, a river city of…; the Maselko workshop on Tollgate Lane; On the Decay of Tones in Closed
# Glass Vessels: a name, a place or a title after the label, its value, not a meaning
_A_NAMED_THING_EN = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s+(?:a|an|the)\s|^the\s+[A-Z][a-z]+\s+[a-z]+"
    r"|^(?:\S+\s+){0,1}(?:[A-Z][\w'-]*\s+(?:\S+\s+)?){3}"
)
_WHAT_WAS_SAID = re.compile(
    r"^(?:作者|书中|书里|文中|老师|讲者|嘉宾|他|她)?(?:重点|主要|专门|详细|还|也)?"
    r"(?:讲了|讲的是|谈了|谈到|提到|说了|介绍了|分享了|聊了"
    r"|covered|talked about|discussed|mentioned|went over)",
    re.I,
)
_ROLE_LABEL_EN = re.compile(
    r"(?:moderator|facilitator|host|co-?host|chair|speaker|panell?ists?|presenter|instructor|lecturer|guest|"
    r"interviewer|organi[sz]er|mc|emcee|keynote)",
    re.I,
)
_A_PERSON_FIRST_EN = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:\s*[—–,(]|\s+-\s)"
)
# for licensing questions, for when the line is down, # of items per second: what it is for or when it
# comes up, or a note's shorthand for "number of", not a meaning to recall it by
_WHAT_IT_IS_FOR_EN = re.compile(
    r"(?:for|use for|used for|useful for|good for)\b(?!\s+(?:short|example)\b)|#\s", re.I
)
# thin the crop in June, keep it covered, avoid heavy feeding: an instruction is the meaning of a rule,
# a method or a habit, but asked for a thing (a disease, a part, a pattern) it says how to act on it
_TOLD_TO_DO_EN = re.compile(
    r"(?:thin|cut|prune|water|feed|use|apply|check|wear|wash|store|replace|remove|avoid|give|take|keep|add|"
    r"put|let|leave|stop|start|try|make|do|don['’]t|never|always)\s+(?!(?:of|as|is|are|was|were)\b)[a-z]",
    re.I,
)
_A_WAY_OF_DOING_EN = re.compile(
    r"\b(?:rule|law|principle|method|technique|tip|trick|habit|strategy|approach|step|practice|routine|"
    r"ritual|hack|protocol|procedure|drill|exercise|test|plan|policy|tactic|move|play|checklist|mantra|"
    r"maxim|motto|advice|guideline|heuristic|system|framework|model|loop|cycle)s?\b|ing\b",
    re.I,
)
# on the club's website under "Fixtures", at the front desk: where to find it, not what it is
_WHERE_IT_IS_EN = re.compile(
    r"(?:on|at|under|inside|behind|next\s+to|in)\s+(?:the|our|your|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:website|site|page|portal|intranet|app|drive|folder|shared\s+drive|front\s+desk|office|reception|noticeboard)\b",
    re.I,
)
# Ada says finishing it takes a month; Tom thinks…: someone's remark after the label, no meaning
_SOMEONE_SAYS_EN = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:says|said|thinks|thought|reckons|reckoned|feels|felt|suggests|"
    r"suggested|mentioned|mentions|asked|asks|notes|noted|wants|wanted)\b"
)
# Below 90%, over 3 days, 低于 60 分: a bound on a figure labels a case, it names no term
_A_THRESHOLD = re.compile(
    r"(?:below|above|over|under|less\s+than|more\s+than|at\s+least|at\s+most|up\s+to|[<>≤≥]=?"
    r"|低于|高于|超过|不足|少于|多于|大于|小于|不到)\s*[\d.]",
    re.I,
)
# 迟到可以补考, 作业必须手写: a rule stated as the label; 但其实…, 所以…: a sentence's turn
_A_RULE_OR_A_TURN_ZH = re.compile(
    r"可以|能够|应该|应当|必须|不能|不要|不得(?!不)|^(?:但是?|其实|所以|因此|不过|可是|而且|并且|然而)"
)
_A_TURN_EN = re.compile(r"(?:but|so|and|yet|however|although|though)\b", re.I)
# 藏书楼 3座, 碑刻（12处）: a label and how many there are
_A_TALLY_AFTER_ZH = re.compile(
    r"[\u4e00-\u9fff]\s*[（(]?\s*\d+\s*(?:个|处|座|间|条|只|件|项|种|位|名|家|所|道|层|块|本|册)[）)]?$"
)
# sage / thyme (go easy!): members named one after another, examples, no meaning
_SLASHED_EXAMPLES_EN = re.compile(r"[a-z][\w-]*(?:\s*/\s*[a-z][\w-]*)+\s*(?:\([^()]*\))?[.!]?")
# 何某（街道社工）；孔某（会员代表）: a name and the post in brackets after it, a roll of people
_A_PERSON_WITH_ROLE_ZH = re.compile(
    r"^[\u4e00-\u9fff]{2,3}[（(][^，,；;、）)]{0,20}(?:" + "|".join(ROLE_ZH) + r")[，,；;、）)]"
)
# biggest source of uncertainty; partially cancels water vapour; 最主要的误差来源: a rank or a deed
_RANK_OR_DEED = re.compile(
    r"^(?:the\s+)?(?:single\s+)?(?:biggest|largest|main|primary|chief|most|least|best|worst|top|leading)\b"
    r"|^\w+ly\s+(?!means|refers|stands|describes|denotes)[a-z]+s\b|^(?:最大|最主要|最重要|主要)的",
    re.I,
)
LIST_ITEM_MAX = 12  # characters of one member of a bare list


# 冷水实验, 琳达问题, the marshmallow study: an experiment or a case that shows a concept, which its
# description names no better than the concept it shows
# 给家长：…, 对学校：…, 面向新手的建议：…: the label says whom the advice under it is for
_FOR_WHOM_ZH = re.compile(
    r"(?:写给|给|对|面向|针对)(?:家长|父母|学校|老师|教师|学生|孩子|新手|初学者|企业|公司|政府|监管|用户|读者"
    r"|管理者|领导|员工|个人|自己|我们|你|大家|社区|医生|患者|病人|投资者|消费者|平台|团队|创业者|老人)"
    r"(?:的(?:建议|话|提醒))?"
)
_STUDY_ZH = re.compile(r"(?:实验|研究|问题|案例|调查|测试|故事|例子)$")
_STUDY_EN = re.compile(
    r"\b(?:experiment|study|studies|problem|case|trial|survey|anecdote|story)$|^pilot\s+(?:at|in|with)\b",
    re.I,
)
# Repair-log data: poorer streets waited 2x longer; Harlow water board: bursts cost 3x more: a source
# and what it found (a figure), not a term and its meaning (Big data: sets too large for… is one)
_SOURCE_EN = re.compile(
    r"\s(?:data|figures|numbers|stats|statistics|records|logs|utility|council|ministry|department|agency|"
    r"authority|board|office|institute|university|lab|laboratory|company|commission)$",
    re.I,
)
# Watch for hidden serial sections, Avoid big-bang rewrites: a piece of advice, not a term
_ADVICE_EN = re.compile(
    r"^(?:watch|avoid|use|keep|make|don['’]t|do|try|stop|start|never|always|remember|measure|check|look|scale|roll|"
    r"beware|prefer|ask|write|read|think|get"
    # a step's instruction (Pick a starting plot), not Set theory or Note-taking
    r"|(?:pick|choose|select|set|mark|draw|count|list|walk|find|note|record|total|map|bring|pack|carry|anchor"
    r"|limit|cut|protect|skip|swap|turn|add)\s+"
    r"(?:a|an|the|your|one|each|every|up|out|down|and)\b"
    # a task set to the learner (Evaluate the DTM, Explain why…): an objective, not a term
    r"|evaluate|explain|describe|compare|identify|calculate|analy[sz]e|discuss|outline|assess|summari[sz]e)\b",
    re.I,
)
# 书画组另一项工作, another of its tasks: a definition saying only which group the thing is one of
_ONE_OF_MANY = re.compile(
    r"^[^，,。]{0,8}?(?:另一|又一|其中一|还有一)[项种个类件门样]?[^，,。]{0,6}$|^(?:another|one of)\b",
    re.I,
)


# what a line says of a person: where they studied or trained, whose apprentice they are, their age
# a person's life (毕业, 38岁) or their part in a project's progress (负责…, 后端已完成，前端还差 2 周)
_TOLD_OF_SOMEONE_ZH = re.compile(
    r"毕业|出生|生于|师承|徒弟|弟子|学生|\d+\s*岁|[一二三四五六七八九十]+岁|修复师|教授|老师|导演|创始人|工程师|年轻一代"
    r"|负责|已完成|完成了|还差|跟进|推进中|进度|家族|后人|后代|之子|之女|第[一二三四五六七八九十]代"
)


# 冯子骞：建议助餐点燃气改为电: what someone proposed or said, under their name in the minutes
_SAID_BY_SOMEONE_ZH = re.compile(
    r"(?:^|[：:])\s*(?:" + "|".join((*SPEECH_ZH, "建议", "同意", "反对", "提醒", "要求")) + ")"
)
# 赫德：英国人，时任海关总税务司…: a nationality or a post held opens a person's profile
_A_PERSONS_PROFILE_ZH = re.compile(r"(?:^|[：:])\s*(?:[\u4e00-\u9fff]{1,4}国人[，,、]|时任|曾任|现任)")
# 孟某某：作者大学时的班主任，…; 杜某：车间的老质检组长，…; 某某：父亲，…; 某某：续弦妻子，…: a name
# whose gloss says first who the person is to the story, a relation or a post
_WHO_THEY_ARE_ZH = re.compile(
    r"^(?:[^，,。；;]{0,16}的(?:老|前|原|新)?[\u4e00-\u9fff]{0,4}?|[\u4e00-\u9fff]{0,6}?)(?:"
    + "|".join((*ROLE_ZH, *RELATION_ZH))
    + r"|[科处股院系部组班]长|恩师|妾|领袖|对手|宰相|皇帝|君主|大臣)(?:之一)?(?:[，,。；;（(]|$)"
)
_PERSONAL_NAME_ZH = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_DOTTED_NAME_ZH = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def whose_relation(term: str, definition: str) -> str:
    """Who a name's gloss says they are to others (林某：周家和吴家的儿子，…), a phrase that picks
    them out (周家和吴家的儿子); "" where the gloss says no one's (长子, 画家: one of many)."""
    found = _WHO_THEY_ARE_ZH.match(definition)
    if not found or not _a_name_glossed_by_who_they_are(term, definition):
        return ""
    who = found.group().rstrip("，,。；;（( ")
    return who if "的" in who and not who.startswith("的") else ""


def _a_name_glossed_by_who_they_are(term: str, definition: str) -> bool:
    # (林某, or a foreign name written with its dot: 埃德加·林顿)
    named = (_PERSONAL_NAME_ZH.match(term) and term[0] in SURNAMES) or _DOTTED_NAME_ZH.fullmatch(term)
    return bool(named and _WHO_THEY_ARE_ZH.match(definition))


# 周某的立场, 财务的看法, 王医生的判断: whose view or verdict the note gives next
_SOMEONES_VIEW_ZH = re.compile(
    r"[\u4e00-\u9fff]{1,6}的(?:立场|观点|看法|态度|意见|回应|说法|反驳|质疑|判断|诊断|评价|结论)"
    # 师傅的做法, 教练的窍门: what the one teaching does, a label over their way, not a named method
    r"|(?:师傅|老师|教练|医生|讲者|嘉宾|奶奶|外婆|妈妈|爸爸|爷爷)的(?:方法|做法|办法|经验|习惯|技巧|秘诀|诀窍|窍门)"
)


# 林晓川（研发）, 何青（财务）: a speaker's label in minutes, a name and the team they speak for
_NAME_AND_POST_ZH = re.compile(r"^([\u4e00-\u9fff]{2,3})\s*[（(]([^）)]{1,16})[）)]$")


# Baekgaard (investor), Ruth Ode (moderator, BBC): a panel's name with the post in brackets
_NAME_AND_POST_EN = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*\(([^()]{2,40})\)$")


def a_speakers_label(term: str) -> bool:
    """Whether `term` is someone's name with their post in brackets (林岚（财务）, Okafor (investor))."""
    found = _NAME_AND_POST_ZH.match(term)
    if found is not None:
        return found[1][0] in SURNAMES and _a_post(found[2])
    english = _NAME_AND_POST_EN.match(term)
    return english is not None and re.split(r"[,;/]", english[1])[0].strip().split()[-1].lower() in ROLE_EN


def _a_post(bracket: str) -> bool:
    """Whether a bracket after a name says whose team or which post (财务; 委员，7号楼楼长)."""
    posts = [p.strip() for p in re.split(r"[，,、/；;]", bracket) if p.strip()]
    return any(
        post in DEPARTMENTS_ZH or post.endswith(ROLE_ZH) or _A_TEAM_OR_ATTENDANCE.fullmatch(post)
        for post in posts
    )


# （IT，中途加入）, （HR）, （列席）: a team in capitals, or how someone attended the meeting
_A_TEAM_OR_ATTENDANCE = re.compile(
    r"[A-Z]{2,4}|[\u4e00-\u9fff]{0,4}(?:加入|列席|旁听|请假|缺席|离场|线上|远程)"
)


def _labelled_with_a_post(term: str, explanation: str) -> bool:
    """Whether the line the term heads names it with a post in brackets (**某某**（委员，楼长）：…):
    a speaker in minutes, whose bracket the term as asked has lost (any surname: the list of
    common ones is short, the post says enough)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", term) or term.endswith(ROLE_ZH):
        return False
    head = re.match(rf"\s*{re.escape(term)}\s*[（(]([^）)]{{1,16}})[）)]\s*[：:]", explanation)
    return head is not None and _a_post(head[1])


# 一位不愿具名的前仓店长, 某位投资人: someone the text does not name
_SOMEONE_ZH = re.compile(
    r"^(?:一位|一名|某位|某个|这位|那位)[^，,。]{0,12}(?:" + "|".join(ROLE_ZH) + r"|人士|人)$"
)
_A_CONDITION = re.compile(
    r"^(?:if|unless)\b|^(?:若|如果|假如|假设|一旦|万一|倘若|为了|因为|由于|当(?![前地天年时下今日]))"
    r"|^[\u4e00-\u9fff]{1,6}为了"
    # linear if the supply is large, faster when warm: how it behaves in a case, its subject cut off
    r"|^[a-z]+\s+(?:if|when|unless|once|until)\b",
    re.I,
)  # a subordinate clause alone (城市为了让机动车更快通行): its main clause was cut
_WHAT_THE_AUTHOR_DID = re.compile(
    r"^(?:作者|笔者|书中|文中)(?:团队)?(?:发现|走访|调查|注意到|记录|统计|观察到|采访)了?"
    # 她开店第三年才办会员卡, 他去年就开了第二家店: what someone did and when, a story, no meaning
    r"|^(?:他|她|他们|她们|我|我们)(?:[^，,。]{0,6}(?:年|月|天|时候|后来|当时))(?:才|就|又|便|已经|刚)"
)
_CLAUSE_TERM_EN = re.compile(r"^\S+(?:\s+\S+)*?\s+[a-z]+ed\s+(?:a|an|the|its|their|his|her|that|this)\b")
# Reading they set for week 1, What we tried first, Task due this week: a subject pronoun and its verb, or
# a time the line is for, make the label a note on the course, not a term
_SOMEONE_DID_EN = re.compile(
    r"\s(?:she|he|they|we)\s+[a-z]+|\b(?:this|next|last)\s+(?:week|month|term|semester|year|time)$", re.I
)
_CODE_OR_NUMBER_EN = re.compile(
    rf"[A-Z]{{2,5}}\s?\d{{2,4}}[A-Z]?|(?i:{'|'.join(EN_WORDS)}|first|second|third|fourth|fifth)"
    # Year 10 Geography: a class, not a term
    r"|(?:Year|Grade|Form|Class|Level)\s+\d{1,2}(?:\s+[A-Z][a-z]+){0,2}"
)
_POSITION_ZH = re.compile(  # and a volume's or a chapter's place in a book (上卷, 下册, 第三章)
    r"[上中下]游|[前中后初末晚早]期|[上中下](?:卷|册|篇|编)"
    r"|第[一二三四五六七八九十\d]+(?:阶段|步|层|部分|级|期|环|圈|点|条|个|卷|册|章|节|篇|回|讲|课|题)"
)
_A_CATEGORY_ZH = re.compile(r"[\u4e00-\u9fff]类$")
# (and Constant mass:, At constant depth:, Holding V fixed: what is held, over the law it gives)
_LABEL_BY_A_CONDITION_EN = re.compile(
    r"(?:with|without|for|against|under|over|after|before|if|when|at\s+constant|constant|fixed|holding)\s",
    re.I,
)
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+")
# A time of day or a day (第三天清晨, 入夜之后, 周三晚上; the next morning, after dusk): when
# something happens in a timeline a note walks through, not a name for a thing
_DAY_ZH = (
    r"(?:第[一二三四五六七八九十两\d]+天|次日|当天|当晚|前一天|隔天|今天|明天|昨天|后天|每天|"
    r"周[一二三四五六日天]|星期[一二三四五六日天])"
)
_PART_OF_DAY_ZH = r"(?:上午|下午|中午|傍晚|晚上|夜里|夜间|半夜|凌晨|早上|清晨|白天|黄昏|午后|入夜)"
_MEAL_ZH = r"(?:早餐|午餐|晚餐|早饭|午饭|晚饭|宵夜|夜宵|下午茶|早茶)"  # an itinerary's slot
# (④ 午餐, 3. 周六晚上: a numbered slot of a plan)
_A_TIME_ZH = re.compile(
    r"(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.、)）]?)?\s*"
    rf"(?:{_DAY_ZH}(?:{_PART_OF_DAY_ZH}|{_MEAL_ZH})?|{_PART_OF_DAY_ZH}|{_MEAL_ZH})"
    r"(?:之后|以后|之前|以前|前后|左右|开始|起)?"
)
_A_TIME_EN = re.compile(
    r"(?:(?:the\s+)?(?:next|following|same|previous)\s+(?:morning|afternoon|evening|night|day)|"
    r"(?:in\s+the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening)|after\s+(?:dark|dusk|midnight|noon))",
    re.I,
)


# Mine (the weekly report): …, Ours: …, 我的：…: whose the line is
_A_PRONOUN = re.compile(
    r"(?i:mine|ours|yours|theirs|his|hers|me|us|them|him|her|it|this|that|these|those)"
    r"|(?:我|你|您|他|她|我们|你们|他们|她们)的?|自己的"
)
# -30℃ 以下, 45%, 3.5 万元: a term that opens on a number is a reading, not a name
_A_READING = re.compile(
    r"^[-\u2212+~≈<>≤≥]?\s*\d[\d.,]*\s*(?:℃|°[CF]?|%|％|‰|万|亿|元|米|公里|kg|km|m\b|cm|mm)"
)


# what may stand around a year or a date the figure scanner reads (公元 960 年, c. 1850, 1990年前后)
_AROUND_A_DATE = re.compile(
    r"(?:公元|约|c\.|circa|(?:the\s+)?(?:early|mid|late)[- ]?)?\s*\x00\s*"
    r"(?:前后|左右|初|底|末|中叶|上半叶|下半叶|前期|中期|后期|BC|BCE|AD|CE)?",
    re.I,
)
# 5–6 Nov, Nov 5–6: days of a month, a timeline's entry
_A_DAY_SPAN_EN = re.compile(
    rf"\d{{1,2}}\s*[–—-]\s*\d{{1,2}}\s+{MONTH_EN}(?:\s+\d{{4}})?|{MONTH_EN}\s+\d{{1,2}}\s*[–—-]\s*\d{{1,2}}(?:,?\s+\d{{4}})?"
)
# 明末, 清初, 唐中期, 16 世纪中叶, the mid-16th century: a period, as a timeline's entry is headed
_A_PERIOD = re.compile(
    r"(?:[夏商周秦汉晋隋唐宋元明清]|东汉|西汉|北宋|南宋|民国)(?:初年?|末年?|中叶|中期|前期|后期|晚期)"
    r"|\d{1,2}\s*世纪(?:初|中叶|末|上半叶|下半叶|前期|中期|后期|\d0\s*年代)?"
    r"|(?:the\s+)?(?:early|mid|late)[- ]?\d{1,2}(?:st|nd|rd|th)[- ]century",
    re.I,
)


def _a_date(term: str) -> bool:
    """Whether the term is one year, date or period and nothing else (公元前 200 年, March 1871,
    1960s, 7–8 Oct, 明末)."""
    if _A_PERIOD.fullmatch(term) or _A_DAY_SPAN_EN.fullmatch(term):
        return True
    found = scan(term)
    if len(found) != 1 or found[0].kind not in {"year", "date"}:
        return False
    return bool(_AROUND_A_DATE.fullmatch(term[: found[0].start] + "\x00" + term[found[0].end :]))


# 对乡村教育：…, 对地方财政：… (what an event did to each), 时代背景：…, 历史意义：…: a facet of what the
# heading is about, set before its point
_A_FACET_LABEL_ZH = re.compile(
    r"对[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{0,2}(?:教训|启示|意义|影响|后果|背景|经过|结局|结论|观点|小结|总结|要点|"
    # 前提条件：…, 一句话：…, 开头镜头：…: what the line is to its heading's topic, or to the film
    r"前提|前提条件|特点|优点|缺点|局限|一句话|开头镜头|结尾镜头|片头|片尾|开头|结尾"
    # 语言：白话很干净…, 女性：某某很特别…: a facet of a book or a film the reader comments on
    r"|语言|文笔|结构|风格|手法|情节|叙事|节奏|视角|人物|女性|男性)"
    # 最大的短板：…, 最难的坑：…: the point ranked first among its kind, a slot the line fills
    r"|最[\u4e00-\u9fff]{1,3}(?:风险|问题|挑战|收获|亮点|难点|短板|误区|机会|威胁|瓶颈|障碍|变量|遗憾|坑)"
)
# 收获最大：…, 最难忘：…: how the writer ranks a point, the label over it
_THE_WRITERS_VERDICT_ZH = re.compile(
    r"(?:印象|感触|感受|收获|触动|体会)?最(?:深|深刻|难忘|喜欢|爱|好|大|多|重要|关键|有意思|有用|意外|震撼|受用|惊讶)"
)
# 书中讲的一个故事：…, 作者讲的经历：…: what the source quotes or shows, described, not named
_THE_SOURCES_ZH = re.compile(r"(?:书里|书中|文中|本书|原书|作者|笔者|课上|老师|讲者)[\u4e00-\u9fff]{1,4}的")
# Sample:, Analysis:, Measures: the fields of a study's write-up, each giving this study's own
# choice, not what the word means
_STUDY_FIELD = re.compile(
    r"(?:sample|samples|participants|subjects|method|methods|design|analysis|analyses|measures?|outcomes?|"
    r"procedure|setting|data|limitations?|findings|results?|hypothesis|"
    r"research question|aims?|follow-up|duration|instruments?)"
    r"|样本|被试|方法|研究方法|设计|研究设计|分析方法|"
    r"数据|数据来源|结果|研究结果|局限|局限性|假设|研究问题|自变量|因变量|中介变量|调节变量",
    re.I,
)
_A_SYMBOL = re.compile(r"\*?[a-z]\d?\*?|\*?[A-Za-z]{1,3}[_^][A-Za-z0-9{}]{1,4}\*?")
# 好的复盘只有三步, 风险分为四类, 这门课一共五讲: a clause that counts the list after its colon
_COUNTS_WHAT_FOLLOWS_ZH = re.compile(
    r"(?:只有|只分|有|分为|分成|包括|包含|共|一共|总共)\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*"
    r"(?:个|种|类|条|项|步|点|层|件|讲|大类|方面)$"
)


# Main argument, Thesis restated, The key lesson, 核心观点: what the notes label their own point
# Decision: …, No decision: …, Blocker: …, 负责人：…: a meeting record's fields, not terms
MINUTES_LABEL = (
    r"(?:no\s+)?decisions?(?:\s+made)?|action(?:\s+items?)?|owners?|blockers?|status|outcome|next\s+steps?"
    r"|决议|决定|待定|负责人|阻塞项?|卡点|下一步|结论待定"
)
_DISCOURSE_LABEL = re.compile(
    r"(?:(?:the|my|main|key|central|core|big|final|overall|real|author's|book's)\s+)*"
    r"(?:argument|point|thesis|claim|conclusion|verdict|lesson|observation|insight|summary|takeaway|recap)s?"
    r"(?:\s+(?:restated|again|revisited|in short|in brief))?"
    r"|(?:核心|主要|中心|关键|最终|我的|本书|作者的?)?(?:观点|论点|结论|论证|启示|教训|逻辑|思路|做法|原因|目的)(?:重述|再述|回顾)?"
    r"|(?:核心|主要|中心|基本|整体)(?:思想|理念|主张)"  # 核心思想：把决策挪到…: the line's kind
    r"|(?:新的?|最新的?|另一个|更多的?)?(?:证据|发现|数据|例证|反例)"  # 新证据：…: what kind of note follows
    # Prof:, 老师：: who said the line, written where a term would stand
    r"|prof\.?|professor|teacher|lecturer|tutor|instructor|老师|教授|讲师|助教"
    # Topic: …, 主题：…, 议题：…: what the lecture or the meeting is about, the label of the header's line
    r"|topic|subject|theme|主题|话题|题目|(?:主要|本次|会议)?(?:议题|议程)|agenda(?:\s+items?)?"
    # Headline number: …, Policy ask: …, Idea of the week: …: what kind of line follows in the notes
    r"|(?:headline|bottom|key|main|big|top|policy)\s+(?:numbers?|figures?|stats?|line|asks?|messages?|findings?)"
    r"|(?:theme|idea|quote|question|tip|word|stat)\s+of\s+the\s+(?:day|week|talk|session|episode|panel)"
    # Term: *ambiguity tax* — …, 概念：…: the label of a term's line, not the term
    r"|(?:key\s+|new\s+)?(?:term|concept|definition|word)s?|概念|术语|名词解释|新词"
    # 原则：只砍最贵的一项…: the line's kind, a rule stated, not the rule's name
    r"|(?:基本|核心|总)?(?:原则|规则)"
    # Guide:, Narrator:, Docent: the voice of a tour or a recording, who said the line (not Host:,
    # which a biology glossary defines; a host's label over a person is _ROLE_LABEL_EN's)
    r"|(?:the\s+|audio\s+)?(?:guide|narrator|docent)|讲解员|讲解|导览|语音导览"
    # Last stop:, Room 4:, 第三站：: where in a visit the line was noted
    r"|(?:first|second|third|next|last|final)\s+(?:stop|room|gallery|station)|(?:stop|room|gallery)\s+\d+"
    r"|第[一二三四五六七八九十\d]+站|最后一站"
    # Not just paintings:, Not only…: a remark turning on what was said before, no name of a thing
    r"|not\s+(?:just|only|merely)\b.*"
    # Real-life: a kettle's lid…, In practice: …, 生活实例：…: the kind of example that follows
    r"|real[- ]life|real[- ]world|in\s+practice|everyday\s+example|(?:生活|现实)(?:中的)?(?:实例|例子)"
    # Comment: loved the ending…, Edition: 3rd printing: the note-taker's aside or the copy read, a field
    r"|(?:my\s+)?(?:comments?|remarks?|asides?|thoughts|reflections?|take)|edition|isbn|format|binding"
    # Slides: promised for Friday; 延伸阅读：《…》: where to find more, a pointer, not a term
    r"|(?:the\s+)?(?:slides|deck|recording|video|replay|transcript|handouts?|links?|resources|"
    r"(?:further|related|suggested|recommended)\s+reading)"
    r"|(?:相关|延伸|推荐|拓展|扩展)阅读|参考(?:资料|文献|书目)?|课件|回放|录像|视频|讲义|链接"
    rf"|{MINUTES_LABEL}",
    re.I,
)


# Closes on a quote: "…"; Opens with a story: what the book or the talk does, noted, no term; She's
# careful, His point in one line: the note-taker's remark on the speaker
_REMARK_TERM_EN = re.compile(
    r"^(?:Ends|Opens|Starts|Begins|Closes|Says|Argues|Claims|Mentions|Quotes|Cites|Admits|Concludes)\s"
    r"(?:with|by|on|that|how|the|a|an)\b"
    r"|^(?:She|He|They|It|I)(?:['’](?:s|re|m|ve)|\s+(?:is|are|was|were))\s"
    r"|^.{0,40}\b(?:argument|point|thesis|message|idea|view)\s+in\s+(?:one|a)\s+(?:line|sentence)$"
)


# Some doubts in the article, A gap in the book: the note-taker's label on the source, no term
_ON_THE_SOURCE_EN = re.compile(
    r"\b(?:in|of) the (?:piece|article|book|episode|talk|podcast|video|film|chapter|essay|lecture)$", re.I
)


# Their Finest Hour, My Brilliant Friend: a title, whatever word it opens on
_TITLE_CASED = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:of|the|a|an|and|in|on|[A-Z][\w'’-]*))*"
)  # Their Finest Hour
# 女儿, 老人, 孩子: kin or a kind of people (each line of a family's plan, a case's cast); 阿明, 老陈,
# 小周: someone called by a familiar prefix (judges rejected all 4 asked as concepts)
_WHO_ZH = re.compile(
    "|".join(RELATION_ZH)
    + "|老人|老年人|年轻人|中年人|孩子|小孩|儿童|婴儿|宝宝|父母|家长|老公|老婆|爷爷|奶奶|外公|外婆"
    + r"|阿[\u4e00-\u9fff]|[老小](?:"
    + "|".join(s for s in SURNAMES if len(s) == 1)
    + ")"
)
_ROMAN_NUMERAL = re.compile(r"[IVX]{2,5}")  # III, VIII; one letter is an acronym's (C of P.A.C.E.)
_A_RANKING_TERM = re.compile(
    # (最大的短板 opens on its superlative: a ranked slot, asked as a facet)
    r"[\u4e00-\u9fff]最[\u4e00-\u9fff]{1,3}的|\b(?:world|earth|planet|country)['’]s\s+\w+est\b",
    re.I,
)
_A_TIMES_ENTRY = re.compile(
    r"^(?:第\s*)?\d+(?:\s*[–—~-]\s*\d+)?\s*(?:min|mins|minutes?|h|hrs?|hours?|secs?|seconds?|days?|weeks?"
    r"|分钟|小时|秒|天|周)(?![A-Za-z])",
    re.I,
)
_KIN_GLOSSED = re.compile(
    r"[（(]\s*(?:(?:her|his|their|my)\s+)?(?:"
    + "|".join(sorted(RELATION_EN, key=len, reverse=True))
    + "|"
    + "|".join(RELATION_ZH)
    + r")\s*[）)]$",
    re.I,
)
_A_FIRMS_LINE_ZH = re.compile(
    r"(?:专做|主营|主要做|从事|做)[^，,。]{1,12}[，,][^。]*(?:配送|供应|服务|业务|生意|客户)"
)
_WHO_FIRST_ZH = re.compile(r"^[\u4e00-\u9fff·]{2,10}[（(][A-Z][a-z]+(?:\s+[A-Z][\w.'’-]*)+[）)]")
# dominant belief: …, common view: …: whose opinion the line reports, labelled, before it
_LABEL_INSIDE = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}(?:belief|view|assumption|idea|opinion|wisdom|consensus)\s*:\s+\S", re.I
)
# 某某主教, 某某教授; Bishop Hale, Professor Ames: a person named with a title
_TITLED_ZH = re.compile(
    r"[\u4e00-\u9fff·]{1,6}(?:主教|教授|先生|女士|博士|神父|牧师|法师|院士|夫人|将军|大帝|公爵|伯爵)"
)
_WHO_EN = re.compile(
    r"(?:the\s+|my\s+|our\s+)?(?:daughter|son|wife|husband|mother|father|mum|mom|dad|parents|kids|children"
    r"|grandparents|grandmother|grandfather|the elderly)s?",
    re.I,
)


def term_problem(term: str, zh: bool, definition: str = "") -> str | None:
    """Why `term` is no concept to ask for: a person's name (a name jieba knows, told by a life),
    an experiment or a case, a place in a phrase (生活里), a piece of advice."""
    term = term.strip()
    if zh and _A_TALLY_AFTER_ZH.search(term):
        return "a label with its tally (藏书楼 3座), a count, not a term"
    if _A_THRESHOLD.match(term):
        return "a threshold (Below 90%, 超过 3 天), a figure's bound, not a term"
    if zh and _A_RULE_OR_A_TURN_ZH.search(term):
        return "a rule or a turn of a sentence (迟到可以补考, 但其实…), not a term's name"
    if not zh and _A_TURN_EN.match(term):
        return "a turn of a sentence (But really…), not a term's name"
    if not zh and _CUT_BEFORE_ITS_CLAUSE.search(term):
        return "a clause cut before what it says (Applies where), not a term"
    if not zh and _A_BRIEFS_LABEL.fullmatch(term):
        return "a case brief's label (Facts of …, Held, Issue), not a term"
    if not zh and _A_PART_OF_THE_WORK_EN.fullmatch(term):
        return "a part of the work by its number (Part III, Chapter 4), where, not a term"
    if not zh and _MOVED_AND_SECONDED.search(term):
        return "a motion's label with who moved and seconded it (Amendment (Lee / Park)), not a term"
    if _A_READING.match(term):
        return "a reading or an amount (-30℃ 以下, 45%) is a figure, no term"
    if _a_date(term):
        return (
            "a date or a period (公元前 200 年, March 1871, 明末) heads a timeline's entry, it names no term"
        )
    if _A_PRONOUN.fullmatch(re.sub(r"\s*[（(][^）)]*[）)]$", "", term)):
        return "a pronoun (Mine:, 我的：) says whose a note is, it names no term"
    if re.match(r"(?i:its|his|her|their|our|my|your)\s", term) and not _TITLE_CASED.fullmatch(term):
        return "a possessive (its main use, his view) points at what the text said before, it names no term"
    if _ROMAN_NUMERAL.fullmatch(term):
        return "a king's or a pope's numeral (III) is the end of a name cut off, no term"
    if _A_RANKING_TERM.search(term):
        return "a ranking (全城最老的一座桥, the world's fastest bird) is a claim, not a term"
    if _A_TIMES_ENTRY.match(term):
        return "a time on a timeline (20–30 min: …, 第 3 天) heads an entry, it names no term"
    if _KIN_GLOSSED.search(term):
        return "a name glossed with a kinship (Ilse Varn (aunt), 某某（父亲）) is a person, not a term"
    if _TITLED_ZH.fullmatch(term) or TITLED_NAME_EN.fullmatch(term):
        return "a name with its title (某某主教, Professor Hale) is a person, not a term to define"
    if _WHO_ZH.fullmatch(term) or _WHO_EN.fullmatch(term):
        return "a person or a kind of people (女儿, 老人, 阿明, the kids) is who a line is about, not a term"
    if _DISCOURSE_LABEL.fullmatch(term):
        return "a note's label for its own point (Main argument, Thesis restated, 核心观点), not a term"
    if _STUDY_FIELD.fullmatch(term):
        return (
            "a field of a study's write-up (Sample:, Analysis:, 研究设计：) gives the study's choice, no term"
        )
    if _A_SYMBOL.fullmatch(term):
        return "a formula's symbol (K_t, x²) stands for a term, it is none"
    if not zh and _LABEL_BY_A_CONDITION_EN.match(term):
        return (
            "a condition heading a list (With a garden:, Without a lease:) labels its cases, it names no term"
        )
    if (_A_TIME_ZH if zh else _A_TIME_EN).fullmatch(term):
        return "a time (第三天清晨, the next morning) says when in a timeline, it names no term"
    if not zh:
        if _REMARK_TERM_EN.match(term) or _ON_THE_SOURCE_EN.search(term):
            return "a note on what the text does (Closes on a quote, Opens with a story), not a term"
        if _CODE_OR_NUMBER_EN.fullmatch(term):
            return "a code or a number (ECON 214, Three) labels a line, it names no term"
        if _CLAUSE_TERM_EN.search(term) or _SOMEONE_DID_EN.search(term):
            return "a clause (Caldmoor Bay showed an odd pattern), a story's line, not a term"
        if _CAPITALS_NAME.fullmatch(term):
            return "a speaker's name in capitals (RAJ MEHTA:), not a term"
        if a_speakers_label(term):
            return "a speaker named with their post (Baekgaard (investor)), who, not a term"
        if _STUDY_EN.search(term):
            return "an experiment or a case that shows a concept is no concept itself"
        if _SOURCE_EN.search(term) and re.search(r"\d", definition):
            return "where a finding came from (Repair-log data, the county water board), not a term"
        if len(term.split()) >= 3 and re.search(r"\b(?:that|which|who)\s+[a-z]", term):
            return "a clause (The outliers that clinched it), a story's heading, not a term"
        return "a piece of advice, not a term" if _ADVICE_EN.match(term) else None
    if _ADVICE_ZH.match(term):
        return "a piece of advice (要多陪老人散步), not a term"
    if _FOR_WHOM_ZH.fullmatch(term):
        return "whom a piece of advice is for (给家长, 对学校的建议), not a term"
    if _POSITION_ZH.fullmatch(term):
        return "a part's place in a whole (上游, 中期, 第二阶段), not a concept"
    if _STUDY_ZH.search(term):
        return "an experiment or a case that shows a concept is no concept itself"
    if _SOMEONE_ZH.match(term) or _A_PERSONS_PROFILE_ZH.search(definition):
        return "a person is no term to define"
    if _a_name_glossed_by_who_they_are(term, definition) or a_speakers_label(term):
        return "a person is no term to define"
    words = tag(term)
    if _someone_does(words):
        return "someone doing something (周某推荐：…, 作者据县志统计：…) labels a line, it names no term"
    if words and all(flag == "ns" for _, flag in words):
        return "a place (美国, 江南) is where something is, not a term"
    if (
        len(term) == 3
        and term[0] in SURNAMES
        and len(words) == 1
        and words[0][1].startswith("nr")
        and dictionary()[0].get(term) is None  # (石拱桥, a word jieba's list calls a name)
    ):
        return "a person is no term to define (某某：… in minutes or a cast list: who, or what they said)"
    named = all(flag.startswith("nr") for _, flag in words) and len(words) <= 2  # 林叙白, 蒲|怀远
    if named and (_TOLD_OF_SOMEONE_ZH.search(definition) or _SAID_BY_SOMEONE_ZH.search(definition)):
        return "a person is no term to define"
    if len(words) == 3 and words[0][1].startswith("n") and words[1][1] == "p" and words[2][1].startswith("n"):
        return "a relation between two things (根给土壤：…, 学生对老师：…), not a name for one"
    if _SOMEONES_VIEW_ZH.fullmatch(term):
        return "whose view a note gives (周某的立场：…), a label over it, not a term"
    if re.search(r"\s?(?:——|—|--)\s?", term):
        return "a heading and its gloss after a dash (感知层 —— …), not a term's name"
    if term.endswith("的") and len(term) >= 3:
        return "a phrase ending on 的 (想继续读的) labels what follows, it names no term"
    if _A_FACET_LABEL_ZH.fullmatch(term) and (not term.startswith("对") or words[0] == ("对", "p")):
        return "a facet of the heading's topic (对地方财政：…, 历史意义：…) labels what follows, no term"
    if _THE_SOURCES_ZH.match(term):
        return "what the source quotes or shows (书中讲的故事, 作者讲的经历), described, not named"
    if _THE_WRITERS_VERDICT_ZH.fullmatch(term):
        return "the writer's verdict on a point (收获最大, 最难忘), not a term"
    if _COUNTS_WHAT_FOLLOWS_ZH.search(term):
        return "a clause counting what follows (复盘的结论只有三种), it names no term"
    if len(words) >= 2 and words[-1][1] == "f" and len(words[-1][0]) == 1:
        return "a phrase ending on a place word (生活里) is no term"
    if _a_verdict_clause(words):
        return "a clause ending on its verdict (房租一加总价很高, 成本非常高), a claim, not a term"
    return None


_DEGREE_ZH = ("很", "非常", "特别", "十分", "相当", "挺", "太", "比较", "更", "越来越")


def _a_verdict_clause(words: list[tuple[str, str]]) -> bool:
    """Whether a label says how much something is (成本非常高, 差别很大): a subject, then a degree
    word and an adjective, as jieba tags them (很大 may come as one adjective)."""
    if len(words) < 2 or not words[-1][1].startswith("a"):
        return False
    last, before = words[-1][0], words[-2]
    return before[1] == "d" or (len(last) > 1 and last.startswith(_DEGREE_ZH))


# …的定价方式, …的过程: a meaning ending on the kind of thing the term is defines it, whatever its word
_BY_ITS_KIND_ZH = re.compile(
    r"的[\u4e00-\u9fff]{0,3}(?:方式|方法|做法|策略|过程|现象|状态|行为|手段|原则|能力|机制|模式|效应|理论|心理|倾向"
    r"|制度|政策|技术|工艺|症状|表示)[。.？?]?$"
)
# A list's points labelled by one everyday word (吃, 点评) or an idiom (半途而废): judges kept 7 of 23
# such terms asked without their group (an idiom or set phrase: none of 3); the rarer verbs (锈蚀,
# 钝化) are a field's terms and stay.
_NOT_A_NAME_FLAGS = frozenset({"v", "a", "ad", "d", "zg", "tg"})
_SET_PHRASE_FLAGS = frozenset({"i", "l"})  # idioms and set phrases: always a label's words
COMMON_WORD = 100  # jieba's frequency from which a word is everyday language


def _a_common_quality_or_act(words: list[tuple[str, str]]) -> bool:
    """Whether the term is one dictionary word that is an idiom, or an everyday verb or adjective."""
    if len(words) != 1:
        return False
    word, flag = words[0]
    if flag in _SET_PHRASE_FLAGS:
        return True
    freq, _ = dictionary()
    return flag in _NOT_A_NAME_FLAGS and freq.get(word, 0) >= COMMON_WORD


_PERSON_WORDS_ZH = frozenset({"作者", "笔者", "我", "他", "她", "主持人", "嘉宾", "老师"})


def _someone_does(words: list[tuple[str, str]]) -> bool:
    """Whether tagged words open on someone (a name, 作者, 老师) and go on to an act (a verb
    closing them, or a preposition after them: 作者据…): a clause, where a law named for someone
    (墨菲定律) closes on a noun."""
    if len(words) < 2 or not (words[0][1] == "nr" or words[0][0] in _PERSON_WORDS_ZH):
        return False
    rest = [flag for _, flag in words[1:] if not (flag == "n" and _ in _PERSON_WORDS_ZH)]
    # 某某预告了新书: a verb right after the name and more than a noun after it is what they did
    # (a method or a reform named for someone closes on its noun: 某某学习法, 某某变法)
    named_for = _NAMED_FOR_SOMEONE.search("".join(word for word, _ in words))
    acted = words[1][1] in {"v", "vd"} and len(words) >= 3 and not named_for
    return words[1][1] == "p" or acted or (words[-1][1] in {"v", "vd"} and bool(rest))


_NAMED_FOR_SOMEONE = re.compile(
    r"(?:法|论|学|说|律|定理|原理|效应|改革|变法|新政|主义|模式|理论|之问|现象|悖论|陷阱|法则|清单|曲线)$"
)


PITFALLS_HEADING = re.compile(
    r"易错|常见错误|常见误区|误区|容易犯的错|踩过的坑|避坑"
    r"|\b(?:common )?(?:mistakes|pitfalls|gotchas|misconceptions)\b",
    re.I,
)


# The writer's own reflections (个人感受, 延伸思考, 读后感, My take, Reflections): the labels there are
# their own phrases; judges kept 1 of 10 terms asked from such sections (claims there about as often
# as elsewhere). Not 启发/思考 alone: 启发法, 《思考，快与慢》 are content.
OWN_VIEW_HEADING = re.compile(
    r"个人感受|我的感受|感想|读后感|心得|我的思考|延伸思考|个人思考|反思|我的|个人|印象(?:最)?深|最喜欢"
    r"|\bmy (?:thoughts|take|reflections?)\b|\breflections?\b|\bpersonal\b"
    r"|\bfavou?rites?\b|\bmost memorable\b",
    re.I,
)


NAME_LIKE = 3.5  # wordfreq's Zipf scale: a capitalised word this rare as a word reads as a name


def _a_person_by_their_post_en(term: str, meaning: str) -> bool:
    """Whether an English label is someone's name (capitalised words, none an everyday word) and
    its text opens on their post (Varnholt: chief pilot of Eastmere, cautious): a cast list's
    line, not a term and its meaning."""
    names = term.strip().split()
    if not 1 <= len(names) <= 3 or not all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in names):
        return False
    if any(zipf_en(w.lower()) >= NAME_LIKE or is_role_word(w) for w in names):
        return False
    post = re.split(r"[,;(—–]|\s-\s", meaning.strip(), maxsplit=1)[0]
    return len(post.split()) <= 5 and any(is_role_word(w) for w in re.findall(r"[A-Za-z-]+", post))


# 合格率能到 95%, 成本降了三成, cut waste by 12 percent: what the thing achieved, by how much
_A_RESULT = re.compile(
    r"(?:能到|能达到|达到了?|降了|降到|降低了?|提升了?|提高了?|增长了?|减少了?|涨了|跌了|翻了)\s*"
    r"(?:约|近|超过)?\s*(?:\d|[一二两三四五六七八九十半]+(?:成|倍|半))"
    r"|\b(?:up|down|cut|cuts|rose|fell|dropped|grew|increased|decreased|reduced|reduces|doubled)\b"
    r"[^.;]{0,30}?\d+(?:\.\d+)?\s*(?:%|percent\b|x\b|times\b)",
    re.I,
)
EVERYDAY_FUNCTION_WORD = 5.9  # wordfreq's Zipf scale: for, the, with are this common; owns, runs are not
_CLAUSE_PARTS = re.compile(r"\s*[,;，；]\s*")
_WORD = re.compile(r"[a-z]{3,}")


def _parallel_clauses(meaning: str) -> bool:
    """Whether the words are three or more English clauses side by side that share a verb but not
    their subject (the baker owns the ovens, the cook owns the menu, …): cases, not a meaning."""
    first_sentence = re.split(r"[.!?。！？](?:\s|$)", meaning.strip(), maxsplit=1)[0]
    parts = [part.lower() for part in _CLAUSE_PARTS.split(first_sentence) if part.strip()]
    if len(parts) < 3 or any(len(part.split()) < 3 for part in parts):
        return False
    shared = set(_WORD.findall(parts[0]))
    for part in parts[1:]:
        shared &= set(_WORD.findall(part))
    openings = {next((w for w in part.split() if w not in {"the", "a", "an"}), "") for part in parts}
    verbs = {w for w in shared if zipf_en(w) < EVERYDAY_FUNCTION_WORD}  # owns, not for or the
    return bool(verbs) and len(openings) == len(parts)


def definition_problem(draft: Draft) -> str | None:
    """Why a framework draft does not ask what its term is, or None."""
    answer, question = draft.answer.strip(), draft.question.strip()
    if _RELATION_ONLY.search(answer.split("，")[-1].strip()):
        return "the answer says what the term relates to, not what it is"
    if PITFALLS_HEADING.search(draft.source.section):
        return "a mistake named under a pitfalls heading (易错点, Common mistakes), not a term"
    if OWN_VIEW_HEADING.search(draft.source.section):
        return "a label under the writer's own reflections (个人感受, My thoughts): their words, not a term"
    asks_the_term = draft.type in {"reversed", "choice"}
    if draft.type == "basic" and _A_CATEGORY_ZH.search(_asked_term(question)):
        return "a category (水利工程类) is asked by its members, not what it means: its answer is a list"
    term = answer if asks_the_term else _asked_term(question)
    definition = question if asks_the_term else answer
    grouped = _IN_A_GROUP.match(question) or question.startswith("在“")
    if term and (_SUBSCRIPTED.search(term) or _SUBSCRIPTED.match(definition.strip())):
        return "a formula's symbols (U_i A_i = U_o A_o) split at its sign, not a term and its meaning"
    if term and (_EMPHASIS_LABEL.fullmatch(term.strip().rstrip("：:")) or _A_VOICE.fullmatch(term.strip())):
        return "a note's label or a voice (关键点, 同学A), not a term, in a list or not"
    if term and not grouped and _A_NOTES_LABEL_EN.search(term.strip().rstrip("：:")):
        return "a note's label (Implementation tip, Quick reminder), not a term"
    if term and not grouped and _FIELD_LABEL.fullmatch(term.strip().rstrip("：:")):
        return "a record's field label (效果, 点评, Comment, Units), not a term"
    if term and (problem := term_problem(term, bool(_CJK.search(term)), definition)):
        return problem
    if (
        term
        and len(term.strip()) == 1
        and re.search(rf"[A-Za-z0-9]\s*{re.escape(term.strip())}", draft.explanation)
    ):
        return "one character cut from the label it ends (A 级 read as 级), not the term"
    if term and _labelled_with_a_post(term, draft.explanation):
        return "a speaker in minutes, named with their post (某某（委员）：…), is no term to define"
    if term and _SOMEONES_POST_ZH.search(term):
        return "someone's post (纸坊的坊主) is who a person is, not a term"
    if (
        term
        and _A_CLASS_LABEL.match(term)
        and _BARE_LIST.fullmatch(definition.rstrip("?？.。 ").split(": ")[-1])
    ):
        return "a class's label (T0 critical) over its examples (card payments, login): no meaning"
    stated = _DEFINITION.search(question) if asks_the_term else None
    asked_by = stated[1].strip() if stated else ""  # the definition a reversed item asks the term by
    meaning = asked_by if asks_the_term else answer
    if term and meaning and _a_person_by_their_post_en(term, meaning):
        return "a person glossed by their post (Varnholt: chief pilot of …) is who they are, not a term"
    if meaning and (problem := _no_meaning(meaning)):
        return problem
    if meaning and (_A_RANKING.search(meaning) or _TAGS.fullmatch(meaning.strip())):
        return "the words rank things (A >> B > C) or tag the page (#books #habits), no meaning"
    if term and _INITIALS.fullmatch(term.strip()) and _AN_ACTION.match(meaning.strip()):
        return "who owns an action in the minutes, by initials (KL - chase the council), not a term"
    if (
        draft.type == "basic"
        and not grouped  # In "The four laws", what is "Cue"? Make it obvious: a law of a set, asked within it
        and _TOLD_TO_DO_EN.match(meaning.strip())
        and term
        and not _A_WAY_OF_DOING_EN.search(term.strip())
    ):
        return "the words say how to act on it (thin the crop in June), not what the thing is"
    if draft.type != "cloze" and _WHERE_IT_IS_EN.match(meaning.strip()):
        return "the words say where it is to be found (on the website, under …), not what it is"
    if draft.type != "cloze" and _WHAT_IT_IS_FOR_EN.match(meaning.strip()):
        return "the words say what it is for or when it comes up (for licensing questions), not what it is"
    if draft.type != "cloze" and _SOMEONE_SAYS_EN.match(meaning.strip()):
        return "the words are someone's remark (Ada says it takes a month), not what the term means"
    if draft.type != "cloze" and _GOES_ON.match(meaning.strip()):
        return "the words go on from the label (Allergies - and the reaction too), a remark, no meaning"
    if draft.type != "cloze" and in_another_language(meaning):
        return "the words are a sample sentence in another language (a grammar point's example), no meaning"
    if draft.type != "cloze" and _A_LISTINGS_PRICE_OR_HOURS.search(meaning):
        return "the words give a listing's price or opening hours (free, 9 a.m. to 5 p.m., ¥500), no meaning"
    if draft.type != "cloze" and term and _an_advice_label_zh(term, draft.source.section):
        return "a tip's label under a section of advice (控制用量, 晚上别拖): what to do, not a concept"
    if draft.type != "cloze" and _names_first_en(meaning.strip()):
        return (
            "the words open on the names of who holds the view (Hale, Ruth Amos, Carr -- …), not its meaning"
        )
    if draft.type != "cloze" and _HOW_THINGS_STAND_ZH.match(meaning.strip()):
        return "the words report how things stand (现在有两位…, 目前…), not what the term means"
    if draft.type != "cloze" and meaning and _A_CITATION_EN.match(meaning.strip()):
        return "the words cite who wrote on it and when (Hale & Ruiz, 1981), not what it means"
    if meaning and _POINTS_BACK.search(meaning):
        return "the words point back at the notes (as above, 同上): what they stand for is elsewhere"
    if "★" in meaning or "☆" in meaning:
        return "a rating in stars (★★★★☆ — …) is the reader's score, not what the term means"
    if meaning and _THE_OLD_WAY.match(meaning.strip()) and _THE_NEW_WAY.search(draft.explanation):
        return "the words say what was done before the term's change (以前…，现在…), not what it is"
    if draft.type != "cloze" and _A_UNIT.match(meaning):
        return "the words give the unit it is measured in (单位是勒克斯), not what it is"
    if draft.type != "cloze" and _PRODUCTS_ONLY_EN.fullmatch(meaning.strip().rstrip(".")):
        return "the words name products or brands (Notion or Obsidian for teams), examples, not a meaning"
    if draft.type != "cloze" and re.fullmatch(r"[\u4e00-\u9fff]{1,2}[。.！!]?", meaning.strip()):
        return "a word or two is a gloss, not a meaning (哪个概念是指：随机？)"
    if draft.type != "cloze" and _ROLE_LABEL_EN.fullmatch(term or "") and _A_PERSON_FIRST_EN.match(meaning):
        return "a role's label over who holds it (Moderator: Dana Whitcombe, …): who, not a meaning"
    if draft.type != "cloze" and _A_PERSON_WITH_ROLE_ZH.match(meaning):
        return "a label over who is listed (列席：某某（社工）): who, not a meaning"
    if draft.type != "cloze" and meaning and not re.search(r"[A-Za-z]{3,}|[\u4e00-\u9fff]", meaning):
        return "a formula of symbols ((D / Q) x S) is no meaning to recall by"
    if draft.type != "cloze" and _A_FIRMS_LINE_ZH.match(meaning.strip()):
        return "the words say what a firm does for a living (做冷链仓储，给…), a company, not a concept"
    if draft.type != "cloze" and _WHO_FIRST_ZH.match(meaning.strip()):
        return "the words open on who (某某（Ann Bell），1970 年的论文…): whose idea, not what it means"
    if draft.type in {"reversed", "choice"} and _LABEL_INSIDE.match(meaning.strip()):
        return "the words open on a label of their own (common belief: …), a note's line, not a meaning"
    if draft.type != "cloze" and _A_RESULT.search(meaning):
        return "the words report a result with its figure (合格率能到 95%, cut waste by 12%), not a meaning"
    if draft.type != "cloze" and _parallel_clauses(meaning):
        return "the words are cases set side by side (the baker owns A, the cook owns B, …), not a meaning"
    if draft.type != "cloze" and _A_CAUSE.match(meaning.strip()):
        return "the definition gives a cause or a development (因为…, 随着…, because …), not what the term is"
    if draft.type != "cloze" and (
        _A_PREDICATE_AFTER_A_DASH_EN.search(meaning) or _BY_WAY_OF_EN.match(meaning)
    ):
        return "the words say what the thing did or how it came about (… — were the cause; via …), no meaning"
    if draft.type != "cloze" and _A_PREDICATE_EN.match(meaning.strip()):
        return (
            "the words say what the thing has or does (have light organs…), its subject cut off, no meaning"
        )
    if meaning and not grouped and (_A_STEP_EN.match(meaning.strip()) or _a_step_zh(meaning.strip())):
        return "the words are a step to take (drop a spoonful in water), what to do, not what it is"
    if draft.type != "cloze" and _HOW_IT_TENDS.match(meaning.strip()):
        return "the words say how the thing tends to behave (usually follows a loss), its subject cut off"
    if draft.type != "cloze" and _A_PLACE_ON_A_CHART.fullmatch(meaning.strip()):
        return "the words say where it sits on a chart (top right, 右上角), not what it means"
    everyday = not grouped and _an_everyday_label(term, meaning)
    if term and not grouped and not everyday and re.fullmatch(r"[\u4e00-\u9fff]", term.strip()):
        # 什么是“火”？: one character says nothing alone; judges kept 5 of 15 asked so, and 5 of 6
        # asked within their list (在“三要素”中，“量”指什么？), which `list_of` finds when it can
        return "a one-character term asked without the list or heading it belongs to"
    if draft.type == "basic" and _A_PERSON_FIRST_EN.match(meaning):
        return "the answer names a person (Ada Lee (engineer, 1840s)): who it is named for, not what it means"
    if draft.type == "basic" and _SLASHED_EXAMPLES_EN.fullmatch(meaning.strip()):
        return "the words name examples one after another (sage / thyme), not a meaning"
    if draft.type not in {"reversed", "choice"}:
        return _EVERYDAY if everyday else None
    if names_its_head(answer, question):
        return "the definition names the term's own head word"
    if _opens_on_its_letters_spelled_out(answer, asked_by):
        return "the definition opens with the name the letters stand for (哪个概念是指：静息心率，…？ → RHR)"
    if any(re.search(rf"(?<![\d.]){n}(?![\d.])", question) for n in re.findall(r"\d+", answer)):
        return "the definition holds the term's own number (72法则: 72 ÷ …)"
    definition = asked_by
    if COINED_BY.match(definition):
        return "the definition only says who coined the term"
    if re.fullmatch(r"[A-Za-z-]+[.!]?", definition.strip()):
        return "one English word is a step or a synonym, not a meaning (Which term means: escalate?)"
    if definition and _members_of_its_count(answer, definition):
        return "a counted list's members are not what the list is"
    if _ONE_OF_MANY.match(definition):
        return "the definition says only which group the thing is one of"
    if _A_CLAIM_EN.match(definition):  # asked forward, a short claim may still be the notes' gloss
        return "the definition is a claim about something else, not what the term means"
    if not _IN_A_GROUP.match(question) and _AN_INSTRUCTION_EN.match(definition):
        return "the definition is an instruction (Write down every…), what to do, not what the term means"
    if _HOW_IT_TENDS.match(definition):
        return "the definition says how the thing tends to behave, its subject cut off"
    if _A_PERSON_FIRST_EN.match(definition):
        return (
            "the definition names a person (Facilitator: Dana Whitcombe — …): a role's holder, not a meaning"
        )
    if _RANK_OR_DEED.match(definition):
        return "the definition says how the thing ranks or what it does (biggest source of…), not what it is"
    if _SAYING.search(answer):
        return "the term names a saying, and the saying is no definition of it"
    return _EVERYDAY if everyday else None


# Hale, Ruth Amos, Carr -- the war was…: the historians of a school named before what they hold
_NAMES_FIRST_EN = re.compile(
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*(?:and\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)+(?=\s*(?:--|[—–,;:]|$))"
)


# 怎么泡才不伤胃？, 几条建议, 注意事项, Tips: a section that tells the reader what to do
_ADVICE_SECTION = re.compile(r"怎么|如何|怎样|建议|贴士|小技巧|注意事项|\btips?\b|\bhow\s+to\b", re.I)


def _an_advice_label_zh(term: str, section: str) -> bool:
    """Whether a Chinese label under a section of advice holds a verb (控制用量, 晚上别拖, 失眠要就医):
    the tip's own name, what to do, which judges do not keep as a term (a method's or a test's
    name, 呼气试验, 双联疗法, holds none)."""
    if not _CJK.search(term) or not _ADVICE_SECTION.search(section):
        return False
    return any(flag in {"v", "vg", "vd"} for _, flag in tag(term.strip()))


RARE_AS_A_WORD = 4.0  # wordfreq's Zipf scale: Carr, Amos and Hale as names; Position, Action as words


def _names_first_en(meaning: str) -> bool:
    """Whether the words open on names, two or more of them no everyday word (Hale, Ruth Amos,
    Carr -- …): an acronym's words (Position, Location, Action) are everyday ones."""
    found = _NAMES_FIRST_EN.match(meaning)
    if not found:
        return False
    names = [w for w in re.findall(r"[A-Z][a-z]+", found.group()) if zipf_en(w.lower()) < RARE_AS_A_WORD]
    return len(names) >= 2


# 现在有两位…, 目前…, 当时…: a report of how things stand or stood, opening on when
# Hale & Ruiz, 1981 (the Nature paper); Okafor et al. 2004: a citation standing for a meaning
_A_CITATION_EN = re.compile(
    r"[A-Z][\w'’-]+(?:\s*(?:&|and|,)\s*[A-Z][\w'’-]+)*(?:\s+et al\.?)?,?\s+\(?\d{4}\b"
)
_POINTS_BACK = re.compile(r"\b(?:as|see)\s+(?:above|below)\b|同上|见上文?|如上所述|见前文", re.I)
_HOW_THINGS_STAND_ZH = re.compile(
    r"(?:现在|目前|如今|当时|今天|眼下|最近|后来)(?!的)"
    # 有几家同行也在做…, 有人已经…: that someone is doing it, how things stand, no meaning
    r"|有(?:些|人|的|不少|很多|一些|几家|几个|两家|一家)?[\u4e00-\u9fff]{0,8}?(?:也|都|正|已经)(?:在|开始)"
)
# sleet, frost — were the costliest hazard that winter: the term's predicate after its gloss, the subject cut
_A_PREDICATE_AFTER_A_DASH_EN = re.compile(r"\s[—–]\s*(?:is|are|was|were|has|have|had|remains?|became)\s")
_BY_WAY_OF_EN = re.compile(r"\s*(?:via|through|by way of)\s", re.I)
_A_PREDICATE_EN = re.compile(r"(?:have|has|had|do|does|did|can|could|will|would|must)\s")
_A_RANKING = re.compile(
    r"[^\W\d]\s*(?:>>?|≫)\s*[^\W\d][^<>]*?(?:>>?|≫)\s*[^\W\d]"
)  # (延迟 < 1 秒 is a figure)
_TAGS = re.compile(r"#[^\W\d][\w-]*(?:[\s,]+#[^\W\d][\w-]*)+.*")  # two tags or more, then anything

_EVERYDAY = "an everyday verb, adjective or idiom (好用, 三心二意), asked without its group, labels a point"


def _an_everyday_label(term: str, meaning: str) -> bool:
    """Whether a Chinese term is an everyday word or an idiom (`_a_common_quality_or_act`) that
    its meaning does not define by its kind (…的定价方式)."""
    if not term or not _CJK.search(term) or not _a_common_quality_or_act(tag(term.strip())):
        return False
    return not _BY_ITS_KIND_ZH.search(meaning.strip())


# T0 critical, P1, Tier 2, Level 3, Class B: a label that ranks a class of things
_A_CLASS_LABEL = re.compile(
    r"^(?:[A-Z]{1,2}\d{1,2}\b|(?:tier|level|class|category|priority|grade)\s+(?:\d{1,2}|[A-Z])\b)", re.I
)
# card payments, login; search suggestions, nightly batch jobs: things named, no clause
# Allergies - and the reaction…; 预算：而且要留出余量: the words carry on a sentence the label began
_GOES_ON = re.compile(r"(?:and|but|or|nor|yet|so|plus|also)\b|(?:而且|并且|但是|以及|另外|还有)", re.I)
_BARE_LIST = re.compile(
    r"[\w'’-]+(?:\s[\w'’-]+){0,2}(?:\s*(?:,|、|，|\band\b|\bor\b)\s*(?:and\s+|or\s+)?[\w'’-]+(?:\s[\w'’-]+){0,2})+"
)
_DIGITS = re.compile(r"\d")
_OPENS_ON_FIGURE = re.compile(
    r"^(?:约|大约|大概|差不多|将近|最多|至多|最少|至少|不超过|about|around|roughly|approximately|~|≈"
    r"|max(?:imum)?\.?|min(?:imum)?\.?|up to|at most|at least|no more than|(?:just |well )?(?:over|under)"
    r"|nearly|almost|more than|less than|fewer than|近|超过|不到"
    r"|typically|usually|often|generally|normally|通常|一般)?\s*(?:about |around |roughly )?[$€£¥]?\s*\d",
    re.I,
)
_OPENS_ON_A_SPAN = re.compile(
    r"^(?:about |around |roughly |within )?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b",
    re.I,
)
_ARITHMETIC = re.compile("[\u00d7\u00f7\uff0a*/=\uff1d]")  # times, divided by, equals (any width)
_SOURCE_ONLY = re.compile(r"^(?:据|根据|according to\b|source:)", re.I)
# (a quotation from its start to its end, or cut before its close; “Looks good to me”以外的… goes on)
_QUOTATION_OPENS = re.compile(r"^\s*[“\"「『][^”\"」』]*(?:[”\"」』]\s*[。.]?\s*)?$")
_ALL_QUOTED = re.compile(r"^(?:《[^》]+》|“[^”]+”|「[^」]+」|\"[^\"]+\")\s*(?:[（(][^）)]*[）)])?[。.]?$")


# Book rec: didn't catch the title…; 书单：没记下书名…: the note-taker's I, dropped
_NOTE_TAKERS_REMARK = re.compile(
    r"^(?:didn['’]t|did not|can['’]t|cannot|couldn['’]t|forgot|not sure|missed)\b"
    r"|^(?:没听清|没记下|没记住|忘了|记不清)",
    re.I,
)


_A_UNIT = re.compile(r"^(?:单位(?:是|为)|计量单位|(?:the\s+)?units?\s+(?:is|are)\b|measured\s+in\b)", re.I)
# Notion or Obsidian for teams; Zoom, Teams: names, each capitalised, joined by or/and/commas
_PRODUCTS_ONLY_EN = re.compile(
    r"[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?(?:\s*(?:,|/|\bor\b|\band\b)\s*[A-Z0-9][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?)+"
    r"(?:\s+(?:for|on|in)\s+[a-z]+(?:\s+[a-z]+)?)?"
)
_CUT_AFTER_SAYING = re.compile(
    r"^(?:说|讲|道|表示|指出|认为)[，,：:]|^(?:said|says|argued|noted)\s*[,:]", re.I
)


_ADVICE_ZH = re.compile(
    r"^(?:要|应该|应当|别|不要|一定要|尽量|千万|必须)[\u4e00-\u9fff]{3,}"
    # 列出清单, 标出重点: a step's instruction, a verb of making something show and what it shows
    r"|^(?:画|标|列|找|理|算|写|挑|选|圈|记|拆|问|讲|指|摸|查|排|分|数|点|看|想)(?:出|清)[\u4e00-\u9fff]{2,6}$"
    # 周报不能迟交, 预算必须先过会: a rule about a subject, stated, not a name for anything
    r"|^[\u4e00-\u9fff]{2,}(?:不能|不要|不可|不该|不得|必须|一定要|应该|应当)[\u4e00-\u9fff]{1,6}$"
)
_HOW_TO_WORK_IT_OUT = re.compile(
    r"^(?:用|采用|通过|按照?)(?!户)[^，,。；]{0,24}(?:估计|估算|计算|算出|确定|衡量|测量|计量)[。.]?$"
)
_ITS_KINDS = re.compile(
    r"^(?:分为|分成|分(?=[\u4e00-\u9fff]{1,8}和)|\b(?:divided|split) into\b|\bcomes in (?:two|three|four)\b)",
    re.I,
)
_A_STATUS = re.compile(
    r"^(?:done|completed?|ongoing|in progress|pending|tbd|on hold|still\b"
    r"|已完成|完成|进行中|待定|搁置|未开始)",
    re.I,
)
# see below, 见下文: words that leave what they mean to the lines below (at a definition's end, or
# in brackets inside a stem: `stems._SEE_BELOW`)
POINTING_BELOW = r"(?:see|as)\s+below|见下文?|详见下文|下详|如下"
_POINTS_BELOW = re.compile(rf"[↓⬇👇]\s*[。.]?$|(?:{POINTING_BELOW})[：:。.]?$", re.I)
_REPORTS_A_FINDING = re.compile(
    r"^(?:书里|书中|文中|作者|研究|实验|调查|数据)(?:说|称|提到|认为|发现|指出|显示|表明)"
    r"|^(?:the\s+)?(?:book|author|study|research|survey|data)\s+(?:says|finds|found|shows|showed|reports)\b",
    re.I,
)
_ANNOUNCES = re.compile(r"(?:——|—|–|--|[：:])\s*$")
_LEFT_FOR_LATER = re.compile(
    r"\bnot (?:fully |yet |really )?(?:covered|explained|defined)\b|"
    r"\b(?:next|another) (?:week|lecture|class|time)\b|"
    r"下(?:周|次课|节课|一讲|次|集|期)再?讲|没讲完|还没讲|以后再讲|后面(?:专门|再|会|单独)讲",
    re.I,
)


def _little_beside(meaning: str, figures: list[tuple[int, int]]) -> bool:
    """Whether the words beside the figures are too few to say anything (decades to >500 yrs)."""
    rest = meaning
    for start, end in sorted(figures, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if _CJK.search(meaning):
        return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 3
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2


# 越小越好; the lower the better: a rule for judging it, not what it is
_A_CRITERION = re.compile(
    r"^越[\u4e00-\u9fff]{1,2}越好|^the (?:lower|higher|smaller|bigger|less|more|fewer) the better", re.I
)
# 在场的他人越多？: the first half of a 越…越… comparison, its second half cut off
_HALF_A_CORRELATIVE = re.compile(r"^(?!.*越.*越).*越[\u4e00-\u9fff]{1,4}[？?。.]?$")
# tenants can't fit panels; prices will fall: a plural noun and its verb, a statement of its own
_A_CLAUSE_EN = re.compile(
    r"^[a-z]+s\s+(?:can(?:['’]t|not)?|won['’]t|don['’]t|will|must|should|would|could|need\s+to|have\s+to|"
    r"are\s+(?:not\s+)?(?:able|likely|unable))\b"
)


# 以前整箱进货，现在…; We used to ship every order at once, now…: the old way a change replaced, told
# first (the line is cut there, so the new way the term names is lost); a past alone (过去从山里背盐
# 出来的人) may be what a historical term means
_THE_OLD_WAY = re.compile(
    r"(?:以前|过去|原来|原先|从前|早先)(?!的)|(?:previously|in the past|formerly)\b"
    r"|(?:\w+\s+)?used to\b",
    re.I,
)
_THE_NEW_WAY = re.compile(
    r"现在|如今|后来|改成|改为|改用|\b(?:now|today|these days|instead|since then)\b", re.I
)


# …最先丢掉的不是睡眠: the first half of "not X but Y", cut before Y (one clause, the denial its
# predicate; 用皮纸，韧性好，不是宣纸 says what it is first)
_STOPS_ON_A_DENIAL = re.compile(r"^[^，,。；;！!？?]{1,20}(?:不是|并非|并不是)[^，,。；;！!？?]{1,12}[。.]?$")


def _no_meaning(meaning: str) -> str | None:
    """Why the words after a label say no meaning: amounts (工厂一般 45 天，学校要 60–90 天; 选一个…，写
    3000 字，12月10日前交), where a figure came from (据…), or a title or a quotation (《穷查理宝典》;
    “先算清楚钱从哪里来”): a note's fields, not a term and its definition."""
    figures = [span for span in figure_spans(meaning) if _DIGITS.search(meaning[span[0] : span[1]])]
    figures += [m.span() for m in CLOCK.finditer(meaning)]  # 6:00 p.m. - 8:15 p.m.: a meeting's hours
    opens_on_amount = bool(figures and _OPENS_ON_FIGURE.match(meaning)) or bool(
        _OPENS_ON_A_SPAN.match(meaning)
    )
    if len(figures) >= 2 or opens_on_amount:
        return "the label's value states amounts: a figure fact, not what a term means"
    if figures and _REPORTS_A_FINDING.match(meaning.strip()):
        return "the words report a finding and its figure (书里说…约是…的 1.8 倍), not what a term means"
    if figures and _little_beside(meaning, figures):
        return "the words are an amount and little else (settles within ~2–4 wks): no meaning"
    if _HOW_TO_WORK_IT_OUT.match(meaning.strip()):
        return "the words say how to work it out (按加权平均计算), not what it is"
    if _ITS_KINDS.match(meaning.strip()):
        return "the words say what it divides into (分可溶性和不可溶性), not what it is"
    if _A_STATUS.match(meaning.strip()):
        return "the words give a task's status (DONE, 进行中, still nearly there), not a meaning"
    if _POINTS_BELOW.search(meaning):
        return "the words point at the lines below (下面展开 ↓, see below): the meaning is not in them"
    if _ANNOUNCES.search(meaning):
        return "the words stop on a dash or a colon (被两头挤压——): what they announce was cut off"
    if _STOPS_ON_A_DENIAL.search(meaning.strip()):
        return "the words stop on what it is not (丢掉的不是睡眠): the half that says what it is was cut"
    if _LEFT_FOR_LATER.search(meaning):
        return "the words say the term is explained later (not covered, next week), not what it means"
    if _CUT_AFTER_SAYING.match(meaning):
        return "the words open on the tail of a verb of saying (说，…): a sentence cut, not a meaning"
    if _QUOTATION_OPENS.match(meaning):
        return "the label's value is a quotation (a saying, a mnemonic: “三月封顶，…”), not a meaning"
    if _NOTE_TAKERS_REMARK.match(meaning):
        return "the label's value is the note-taker's remark (didn't catch the title…), not a meaning"
    if COINED_BY.match(meaning):
        return "the label's value only says who coined the term"
    if _A_CRITERION.match(meaning.strip()):
        return "the words say how to judge it (越小越好, the lower the better), not what it is"
    if _ONLY_WHEN_ZH.search(meaning.strip().rstrip("。.？?")):
        return "the words are a clause of when or in which case (…的时候, 因…的), their main clause cut off"
    if _HALF_A_CORRELATIVE.search(meaning.strip()):
        return "the words stop after the first half of a 越…越… comparison: what it brings was cut off"
    if _A_CLAUSE_EN.match(meaning.strip()):
        return "the words are a clause with its own subject (tenants can't fit panels), not a meaning"
    if _WHAT_THE_AUTHOR_DID.match(meaning):
        return "the label's value tells what the author did (作者走访了三个县城…), not what the term means"
    # only the condition: 如果亏损达到…就卖出的界线 names its head, 一旦决策确定，执行要稳定 says what follows
    # (为了保护同事而不说, if the trust is broken, power reverts: a whole sentence; if long, cut it
    # back to four buds: a step all the same)
    if _A_CONDITION.match(meaning) and (
        not re.search(r"[的，,而]", meaning)
        or _A_STEP_EN.match(re.split(r"[,，]\s*", meaning, maxsplit=1)[-1])
    ):
        return "the label's value is a condition (若日调用量超出预期一倍; if demand doubles), not a meaning"
    if _A_NAMED_THING_EN.match(meaning):
        return "the label's value is a name, a place or a title (Key place: the Harlow forge…), no meaning"
    if figures and _ARITHMETIC.search(meaning):
        return "the label's value is a sum to work out (monthly spending times 3 to 6), not a meaning"
    if _FIRST_PERSON_OPENING.match(meaning.strip()):
        return "the words open in the first person (We have 62 metres…): the writer's account, not a meaning"
    if _WHAT_WAS_SAID.match(meaning.strip()):
        return "the label's value reports what was said (讲了…, talked about…), not what a term means"
    if _ORDINAL_OPENING.match(meaning.strip()):
        return "the words are one point of several (First purpose is…, 第一…), not what the term is"
    if _WHERE_THE_NAME_COMES_FROM.match(meaning.strip()):
        return 'the words say where the name comes from (from "navigators", short for…), not what it is'
    if _A_CITATION.match(meaning.strip()):
        return "the words cite who proposed it and when (Court et al., 2009), not what it is"
    if _ONLY_A_COMPLEXITY.match(meaning.strip()):
        return "the words are a cost (O(V²)), not what it is"
    if _ITS_PLACE_IN_THE_WORK.match(meaning.strip()):
        return "the words say what it is to the work (the book's central tool), not what it is"
    if _CONTINUES.match(meaning.strip()):
        return "the words go on from the line before (又分…, also…), they say no meaning"
    if _SOURCE_ONLY.match(meaning):
        return "the label's value names a source, not what a term means"
    if _ALL_QUOTED.match(meaning.strip().rstrip("？?")):
        return "the label's value is a title or a quotation, not what a term means"
    if _SAYS_WHAT_IT_IS_NOT.match(meaning.strip()) and not _SAYS_WHAT_IT_IS.search(meaning):
        return "the words say what the term is not (Not whether…, 不是…), its meaning cut off"
    if _FIRST_OF_A_LIST.match(meaning.strip()):
        return "the words are a list's first member (① …, (1) …), not what the whole is"
    if _AN_AGE.search(meaning):
        return "the words describe a person (老窑工，74岁，…; aged 61): who someone is, not a term"
    if _ADVICE.search(meaning.strip()):
        return "the words give advice (能用，但别…; don't…), how to use the thing, not what it is"
    return None


# 有些人，特别是出了错的时候; 因一方迟延交货的: a clause saying when, its main clause cut
_ONLY_WHEN_ZH = re.compile(r"(?:的时候|时候|之时)$|^(?:因|当|若|如)[^，,。]{2,30}的$")
_AN_AGE = re.compile(
    r"(?:^|[，,（(、])\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:周)?岁\s*(?:[，,）)、]|$)"
    r"|\baged\s+\d{1,3}\b|,\s*\d{1,3}\s*(?:years old|yo)\b",
    re.I,
)
_FIRST_OF_A_LIST = re.compile(r"[\u2460-\u2473]|[(（]\s*[1一]\s*[)）]|1[.、]\s*\S")
# 能用，但不要放进洗碗机; 别…; don't wash it with soap: advice on a thing, not what it is
_ADVICE = re.compile(
    r"^(?:别|不要|千万|记得|记住|务必|一定要|最好|建议|尽量|必须)|^(?:能|可以)用?[，,]\s*但|[，,]\s*但(?:别|不要|千万)"
    r"|^(?:don't|do not|never|always|make sure|remember to|try to|avoid)\b"
    # aim for three rounds, build up to…, stick to…: a target set for an exercise or a habit
    r"|^(?:aim (?:to|for)|build up to|start with|stick to|focus on|limit it to|cap it at)\b"
    # a rule on the thing (鲜花不能压; 最多叠4层) or two ways weighed (打孔 vs 不打孔：…)
    r"|^[^，,。：:]{0,8}(?:不能|不可以|不得|禁止|严禁|最多|至多)|^[^，,。：:]{1,20}\s(?:vs\.?|VS)\s[^，,。：:]{1,20}[：:]"
    # how much or how often for a kind of thing (追 1—2 次就行; 10—14 天一次; 蔫了不用管): a schedule
    r"|(?:就行|就好|即可|就够了)[。.！!]?$|不用管|\d+\s*(?:[—–~-]\s*\d+\s*)?(?:天|周|个月)一次",
    re.I,
)


_FIRST_PERSON_OPENING = re.compile(r"^(?:I|We|My|Our|Us)\b|^(?:我们|咱们|我)")
_ORDINAL_OPENING = re.compile(
    r"^(?:first|second|third|firstly|secondly)\b|^(?:第[一二三四五六]|首先|其一|其次)", re.I
)
_WHERE_THE_NAME_COMES_FROM = re.compile(
    r"(?:from|short for|named (?:after|for)|derived from|so called because)\s+[\"“'‘(]?\w", re.I
)
# the book's central tool, 本书的主要框架: its place in the work, not what it is
_ITS_PLACE_IN_THE_WORK = re.compile(
    r"(?:the|this|its)\s+(?:book|author|talk|article|paper|course|speaker|lecture)['’]s\s+"
    r"(?:(?:main|central|key|core|big|first|last)\s+)?(?:tool|idea|concept|framework|argument|point|message|theme)s?\b"
    r"|(?:本书|书中|作者|全书|讲者)的?(?:核心|主要|关键|中心)?(?:工具|概念|观点|框架|论点)$",
    re.I,
)
# 又分…, also…; Only now adjust…, 然后再…: the words go on from the line (or the step) before
_CONTINUES = re.compile(
    r"^(?:又|也|还|另外|此外|然后|之后再|最后才)"
    r"|^(?:also|too|only (?:now|then)|then|after that|afterwards)\b",
    re.I,
)


# Not whether…, 不是…: what a term is not, where the half saying what it is (but…, 而是…) was cut;
# `not rejecting a false H0` is a meaning (a gerund), and 不是X，而是Y says both halves
_SAYS_WHAT_IT_IS_NOT = re.compile(
    r"^(?:not|never)\s+(?:[\"“‘']|(?:whether|that|just|only|merely|simply|because|about|a|an|the)\b)"
    r"|^(?:不是|并非|并不是)",
    re.I,
)
_SAYS_WHAT_IT_IS = re.compile(r"\bbut\b|而是|就是|其实是|更是", re.I)


# 青石纸坊的厂长: the head of one named place, a person of the story rather than a term
_SOMEONES_POST_ZH = re.compile(rf"的(?:{'|'.join(map(re.escape, ROLE_ZH))})$")
_ASKED_TERM = re.compile(r"[“\"]([^”\"]+)[”\"](?:指什么|是哪些|\s*stand for)?[？?]$")


def _asked_term(question: str) -> str:
    """The term a basic question asks about (什么是“X”？, What is meant by "X"?)."""
    found = _ASKED_TERM.search(question.strip())
    return found[1] if found else ""


_JOINED = re.compile(r"与|和|及|、|/")
_QUOTED_PIECE = re.compile(r"[“「‘\"']([^”」’\"']{1,6})[”」’\"']")


_NEGATING = frozenset("非不无反未逆")


# 习惯, 方法, 原则, 思维…: the kind a term of two words names last, which its first word makes particular
_A_KIND_OF_WAY_ZH = re.compile(r"(?:习惯|方法|原则|思维|意识|能力|模式|机制|策略|法则|技巧|心态)$")


def names_its_head(answer: str, question: str) -> bool:
    """Whether a Chinese term's head or stem (拱桥 of 石拱桥) stands in its own definition."""
    key = answer.strip()
    head = re.split(r"\s*[（(]", key, maxsplit=1)[0]
    bounded = rf"{re.escape(head)}" if _CJK.search(head) else rf"(?<![\w]){re.escape(head)}(?![\w])"
    if head != key and len(head) >= 2 and re.search(bounded, question):
        return True  # TEU (twenty-foot equivalent unit), 金面具（5 号坑）asked by a definition that says it
    alias = re.search(r"[（(]([^（）()]{2,12})[）)]\s*$", key)
    if alias and alias[1] in question:
        return True  # 定期定额投资（定投）asked under a heading that says 定投
    if any(part in key for part in _QUOTED_PIECE.findall(question)):
        return True  # 锚定效应 asked by a definition that quotes “锚”
    if not _CJK.search(key):
        asked = question.split(":", 1)[-1]  # not the words of "Which term means:"
        return _spelled_out_en(head, asked) or _hyphen_part_said(head, asked)
    if len(key) < 3:
        return False
    parts = [p for p in _JOINED.split(key) if p]
    if len(parts) >= 2 and all(len(p) >= 2 and p in question for p in parts):
        return True  # 名义GDP与实际GDP asked by a definition naming both
    kind = _A_KIND_OF_WAY_ZH.search(key)
    if kind and len(key) - len(kind[0]) >= 2 and key[: kind.start()] in question:
        return True  # 晨跑习惯 asked by a definition that says 晨跑: the rest only names its kind
    if any(part in question for part in (key[1:], key[:-1]) if len(part) >= 2):
        return True
    # 全国碳排放交易市场 asked by a definition that says 碳排放交易: half the term or more, four characters on
    run = max(4, (len(key) + 1) // 2)
    negated = key[0] in _NEGATING  # 非快速眼动睡眠 by 快速眼动之外的…: its opposite named, not itself
    if (
        not negated
        and len(key) > run
        and any(key[i : i + run] in question for i in range(len(key) - run + 1))
    ):
        return True
    # 冷库容量 asked by 冷库总容量: the term's characters in order, one or two words let in
    spread = ".{0,2}".join(map(re.escape, key))
    return bool(re.search(spread, question))


def _hyphen_part_said(term: str, question: str) -> bool:
    """Whether the first part of a hyphenated term (customer of Customer-linked, self of
    Self-serve is too short to count) stands in its definition: the rest is then a guess away."""
    m = re.match(r"^([A-Za-z]{4,})-[A-Za-z]", term.strip())
    if m is None:
        return False
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    return any(_same_word(m[1].lower(), s) for s in said)


STEM_EN = 5  # letters two words must share at the start to be one word's forms (meaningless, meaning)


def _spelled_out_en(term: str, question: str) -> bool:
    """Whether every word of an English term of two or more words stands in its definition, in
    some form (Meaningless words asked by "words … that have no agreed meaning")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", term) if w.lower() not in SMALL_WORDS_EN]
    said = [w.lower() for w in re.findall(r"[A-Za-z]+", question)]
    if len(words) < 2:
        return False
    # The Proportional Ink Principle asked by "ink … proportional": the kind of name says nothing
    telling = [w for w in words if w not in _NAME_KINDS_EN] or words
    return all(any(_same_word(w, s) for s in said) for w in telling)


_NAME_KINDS_EN = frozenset(
    words("principle rule law effect model method theory framework technique approach paradox fallacy bias")
)


def _same_word(one: str, other: str) -> bool:
    if one == other:
        return True
    short = min(len(one), len(other))
    return short >= STEM_EN and one[:STEM_EN] == other[:STEM_EN]


def _members_of_its_count(term: str, definition: str) -> bool:
    """Whether the term counts N things (修复三步, Three lives) and the definition is N bare items."""
    found = _COUNT_IN_TERM.search(term)
    if not found:
        return False
    n = value_of(found[1] or found[2])
    items = [i for i in MEMBER_SPLIT.split(definition.rstrip("。. ")) if i.strip()]
    return n is not None and len(items) == n and all(len(i) <= LIST_ITEM_MAX for i in items)


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_LATIN_OPENING = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Za-z][A-Za-z'’-]*)*")
_OPENS_A_DESCRIPTION = re.compile(r"^(?:一|这|那|是|指|用|由|在|对|把|被|让|使|能|可|会|将|为|从)")
_OPENING_NAME_ZH = re.compile(r"([\u4e00-\u9fff]{2,8})[，,；;（(]")  # 静息心率，安静时…


def _opens_on_its_letters_spelled_out(term: str, definition: str) -> bool:
    """Whether an acronym is asked by a definition that opens with its own name in full: the
    letters' words (recovery point objective, … for RPO) or a Chinese name standing alone before
    the first comma (静息心率，安静时每分钟的心跳 for RHR), which is what the letters abbreviate."""
    if not _ACRONYM.fullmatch(term.strip()):
        return False
    opening = re.split(r"\s*[,，;；(（:：—–-]\s*", definition.strip(), maxsplit=1)[0]
    listed = _LATIN_OPENING.match(definition.strip())  # Measurement, Reporting and Verification (MRV)
    if spells(term.strip(), opening) or (listed and spells(term.strip(), listed[0].replace(",", " "))):
        return True
    named = _OPENING_NAME_ZH.match(definition.strip())
    if not named:
        return False
    words = tag(named[1])
    # a name, not a description: 一种管理方法 (a kind of), 用于衡量 (what it does) open otherwise
    return bool(words) and words[-1][1].startswith("n") and not _OPENS_A_DESCRIPTION.match(named[1])
