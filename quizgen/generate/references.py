"""Whether a question leans on something it does not name: a first or second person (我, 你, we,
you) nobody resolved, a he/she/it with nothing before it to stand for, a demonstrative (那人,
该疾病, 就是如此, on that line) pointing outside the question, or a speaker's reply that drops
its subject (据韩语桐，会考虑，…). Quoted words are exempt, and so are
the generator's own references to the document (这篇访谈, this episode).

Pure string checks; `names` are the people the document names, when the caller knows them.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from quizgen.extract.lexicon import RELATION_EN, words
from quizgen.extract.text import QUOTED, tag

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A question (or a figure's clause) opening with one of these leans on something it does not name;
# 这/那 before a figure (这90个书架) names what it points at, and 这篇/这期/这份 is the document itself.
_LEADING_ZH = re.compile(
    r"^(?:他们|她们|它们|他|她|它|其|该|(?:这|那)(?![\d零\u3007二两三四五六七八九十百千万篇份期场门]))"
)
_LEADING_EN = re.compile(
    r"^(?:he|she|they|this|that|these|those|his|her|its|their)\b"
    # It seems that …, It was impressive how …, It is hard to …: an empty it standing for the clause after it
    r"|^it\b(?!\s+(?:seems|seemed|appears|appeared|turns out|turned out)\b"
    r"|(?:\s+is|\s+was|['’]s)\s+(?!(?:a|an|the|not|my|our|his|her|their|its)\b)[a-z]+\s+(?:that|how|to|whether|when|why)\b)",
    re.I,
)
_LEADING_PERSON = re.compile(r"^(?:他们|她们|他|她)|^(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_OPENING_MARKS = ' “"「《(（'
# The frame a generator puts before the statement: 据韩语桐，/ 在“模型创业论”的例子中，/ According to X,
LEAD = re.compile(
    r"^(?:据[^，,]{1,30}[，,]|在[^，,]{0,30}例子中[，,]|According to [^,]{1,60},\s|In the example[^,]*,\s)"
)
_FIRST_CLAUSE = re.compile(r"^[^，,；;：:。！？!?—]*")
_CLAUSE = re.compile(r"[^，,；;：:。！？!?—]*")

_ZH_PERSONAL = re.compile(r"(?<![自忘唯无本大小迷敌彼物你])(?:我|你|您|咱)(?![国我])")
_ZH_THIRD = re.compile(r"(?<![其吉])(?:他|她)(?![人国乡方日])")
_ZH_POINTING = re.compile(
    r"(?:这|那|此|该)(?:人|位|个人)|(?:这|那)(?:个|些|件|项|家|里|时|种|类|块|部分|段|支|批|群|座|所)"
    r"(?![\d一二两三四五六七八九十百千万])|"
    r"(?<![应活理本就也都不更谁早])该(?=[\u4e00-\u9fff])|如此|(?:这|那)样(?!的)|此(?:时|前|后|事)|"
    # 这两位老师, 这三条建议: a small count points back at what was just listed (这90个书架 names it)
    r"(?:这|那)[两二三四五六七八九几]{1,2}(?:个|种|位|件|条|次|点|类|本|篇|句|家|场|项)"
)
# 每天中午，这里平均能接待…: a place opening any clause is the one the text before names (在那里 after
# 湖州 names its place in the sentence)
_ZH_HERE = re.compile(r"(?:^|[，,；;。])\s*(?:这|那)里(?![面头边])")
_EN_PERSONAL = re.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)(?:['’](?:m|ve|d|ll|re))?\b(?!['’]?\w)"
    r"|\bof (?:mine|ours|yours)\b"  # a former student of mine: the speaker's, left after the name
    r"|\b(?:[Mm]yself|[Oo]urselves)\b"  # the interviewee told myself…: I was resolved, myself was not
    # Mine's been on the shelf for years: a possessive standing for the speaker's own thing
    r"|(?:^|[.;:!?]\s+|,\s+(?:and|but)\s+)(?:[Mm]ine|[Oo]urs|[Yy]ours)(?:['’]s|\s+(?:is|was|has|had|are|were)\b)"
)  # I've, we're: a contraction is the pronoun all the same
_EN_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Hh]imself|[Hh]erself)\b")
# they/them may stand for things as well (`250 startups … 90% of them`)
_EN_THING = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Tt]hey|[Tt]hem|[Tt]heir)\b")
# Let them dry, Leave it overnight, Keep them covered: an instruction whose object is what came before
_ACT_ON_IT = re.compile(
    r"^(?:let|leave|keep|put|take|turn|set|hold|store|wrap|cover|stack|soak|rinse|dry)\s+(?:it|them)\b", re.I
)
_SELF = (
    r"(?:episode|talk|summary|book|lecture|interview|podcast|article|paper|document|notes?|chapter|"
    r"section|part|point|item|term|show|programme|program)"
)
_ONE_ENDS = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:was|is|were|are|in|at|on|for|since|with|by)\b)"
_EN_POINTING = re.compile(
    # (those who go through it, those of us: a relative or a partitive says who is meant)
    rf"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?!(?:{_SELF}|who|whom|whose|which|where|of)\b)[a-z]+|"
    # The three of them shared …: a count of people or things named before
    r"\b(?<!how )(?<!How )(?:[Tt]he\s+)?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Aa]ll|[Ee]ach|"
    r"[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Nn]one|[Nn]either|[Ee]ither|[Hh]alf)\s+of\s+(?:them|these|those)\b|"
    # the new one, the first recorded one was, had one in …: "one" standing for a noun said before
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|had|has|have|got|needed|wanted)\s+(?:[a-z]+\s+){{0,2}}?one\b{_ONE_ENDS}|"
    r"\b(?:[Oo]n|[Ii]n|[Aa]t|[Ff]rom|[Oo]f|[Ww]ith|[Bb]y|[Ff]or|[Tt]o|[Aa]bout|[Ii]nto|[Oo]ver|[Uu]nder|[Aa]fter|"
    r"[Bb]efore|[Ww]ithin|[Aa]cross|[Aa]long|[Aa]mong|[Dd]uring|[Ss]ince)\s+that\s+[a-z]+|"
    r"\b(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+same\b|"  # that same street: the one said before
    # two such sessions, such a list: of the kind said before (such as lists what follows)
    r"(?<![Nn]o )\b[Ss]uch\s+(?!as\b|that\b|an?\s+way\b)(?:an?\s+)?[a-z]+|"
    # should know both "…": both standing alone for a pair said before (both X and Y names it)
    r"\b[Bb]oth(?=\s*[\"“”,.;:!?]|\s*$)|"
    # A basic one measuring…: "one" standing for a noun said before, opening the sentence
    r"^[Aa]n?\s+(?:[a-z]+\s+){1,2}one\b(?!\s+of\b)|"
    # …are all three at once: the three things said before
    r"\b(?:are|were)\s+all\s+(?:two|three|four|five|six)\b(?!\s+(?:of\s+)?[a-z]+s\b)|"
    r"\b(?:of|like|about|on|for|with)\s+(?:this|that|these|those)\b(?=\s*[,.;:!?)]|\s*$)"
)
_EN_THERE_ONE = re.compile(
    r"\b[Tt]here\s+(?:was|is|were|are)\s+(?:only\s+)?one\b(?=\s*[,.;:!?\u2014\u2013-])"
)
_EN_FUNCTION = frozenset(
    words(
        "a an the in on at by for from of to with during after before since until about around over "
        "under and or but so then also only just now what which how many much when together later soon "
        "still finally eventually meanwhile however there here"
    )
)


# After 据X， a reply often drops its subject, which the interviewer's question held: 会考虑，…
_ZH_NO_SUBJECT = re.compile(
    r"^(?:会(?![员议计长场谈所馆费话期])|是(?!否)|要(?![素点求闻])|能(?![力源量耐手])|可以|应该|应当|需要|"
    r"就|才|也|还(?!款)|又|都(?![市城])|却|但是?|而且?|并且?|据说|听说|确实|主要|一直|已经|曾经|正在)"
)


def opens_with_pronoun(text: str) -> bool:
    """Whether `text` opens with a pronoun or a demonstrative (他, 该, It, These …)."""
    text = text.lstrip(_OPENING_MARKS)
    return bool(_LEADING_ZH.match(text) or _LEADING_EN.match(text))


def refers_to_person(text: str) -> bool:
    """Whether `text` opens with 他/她/he/she: only naming the person can fix it."""
    return bool(_LEADING_PERSON.match(text.lstrip(_OPENING_MARKS)))


_YOU_ZH = re.compile(r"你们|你|您")
_YOU_EN = re.compile(r"\b(?:[Yy]ou(?:rself|rselves)?|[Yy]our)\b")


# your wife, your buddy, 你老婆: the one spoken to has them, no reader does
_YOUR_PEOPLE_EN = re.compile(
    rf"\b[Yy]our\s+(?:{'|'.join(sorted(RELATION_EN))}|buddy|mate|pal|boss|kid|mom|mum|dad)s?\b"
)
_YOUR_PEOPLE_ZH = re.compile(
    r"你(?:的)?(?:老婆|老公|爱人|妻子|丈夫|朋友|哥们|同事|老板|孩子|爸|妈|父亲|母亲)"
)


def as_generic_you(text: str) -> str:
    """`text` with its second person read as "one": advice addressed to the reader (你要先定一个
    小目标…, keep your desk clear) needs nobody named, unlike 我/I or 他/she; but your wife, your
    buddy are someone's, whom the stem does not name."""
    if _YOUR_PEOPLE_EN.search(text) or _YOUR_PEOPLE_ZH.search(text):
        return text
    return _YOU_EN.sub("one", _YOU_ZH.sub("人", text))


# 哪个概念是指：…, Which term means: …: the question's own frame; what it asks by is the definition
_ASKED_BY = re.compile(
    r"^(?:在“[^”]*”中，)?(?:哪个概念|哪一项)是指：|^(?:In \"[^\"]*\", )?(?:Which term|which one) means:\s*"
)


# 前面说的, 上面提到的, 上文, as mentioned above, the one I described earlier: what the text said
# before the line, which the stem does not hold
_SAID_BEFORE = re.compile(
    r"(?:前面|上面|之前|刚才)(?:已经|也)?(?:说|讲|提|谈|聊|介绍)[过到]{0,2}的|上文|前文|前述"
    r"|\b(?:as\s+)?(?:mentioned|described|discussed|noted|said)\s+(?:earlier|above|before)\b",
    re.I,
)


def reference_problem(question: str, names: Collection[str] = ()) -> str | None:
    """Why `question` cannot be answered without the text around it, or None."""
    if _SAID_BEFORE.search(question):
        return "what was said before the line (前面说的, as mentioned above): the stem does not hold it"
    plain = QUOTED.sub("“”", question)
    body = LEAD.sub("", _ASKED_BY.sub("", plain, count=1), count=1)
    if body != plain and _ZH_NO_SUBJECT.match(body):
        return "a speaker's clause without its subject"
    first = _FIRST_CLAUSE.match(body)
    clause = first.group() if first else body
    if _ZH_TIME_CLAUSE.fullmatch(clause) and len(clause) < len(body):
        # 2019年的时候，这些店的…: a time set in front, and the clause after it is where the subject stands
        after = _CLAUSE.match(body, len(clause) + 1)
        clause = body[: after.end()] if after else clause
    if _CJK.search(plain):
        return _problem_zh(body, clause, names)
    return _problem_en(body, clause, names)


# 2019年的时候, 当时, 去年: a clause that only says when
_ZH_TIME_CLAUSE = re.compile(
    r"(?:\[…\]|[\d\s零\u3007一二两三四五六七八九十百千]*(?:年|月|日|号|年代|世纪))[\d\s零\u3007一二两三四五六七八九十初底上下中半旬]*"
    r"(?:的时候|时候|时|那会儿?|期间|前后|以前|以后|之前|之后)?|当时|那时候?|那会儿?|去年|今年|前年|后来"
)
# 只要这一步扎实了, 那一条: one step or one point of a list, wherever in the sentence (这一步叫“对齐”
# names it)
_ZH_STEP_POINTED = re.compile(
    r"(?:这|那)一(?:步|条|招|环|层|项|关)(?![\u4e00-\u9fff]{0,2}(?:是|叫|就是)[“\"「])"
)
# 讲师说这是“行业口径”; 不妨这样理解: 这 after a verb of saying, or 这么/这样 before one of understanding,
# stands for what the sentence before said
_ZH_SAID_OF_THIS = re.compile(
    r"(?:说|认为|觉得|表示|指出|强调|提醒)[，,]?\s*(?:这|那)(?:就是|也是|其实是|是|不是|并不是|并非|不只是)"
    r"|(?:这|那)么(?:理解|看|说|讲|想|算)|(?:这|那)样(?:理解|看|说|讲|想)"
)
# 作用是把…, 目的在于…: a purpose opening the stem, whose owner the sentence before named
_ZH_PURPOSE_OF_NOTHING = re.compile(r"^(?:它的|其)?(?:作用|目的|用途|意义|好处|功能|用意)(?:是|在于|就是)")
# 后者占了…: the latter of two things the sentence before named (冉秋禾的调查，还有…展，后者… names both)
# 处在两者之间, 这两条恰好…: the two or three things said before, counted (a list before it names them)
_ZH_COUNTED_BACK = re.compile(
    r"前者|后者|(?<!第)(?:两|二|三)者|(?:这|那)(?:两|二|三|四|五|几)(?:句|条|点|个|种|位|项|样|步|类)"
)
# 第二年，谁也离开了公司？: whom else it happened to is in the sentence before
_ZH_ALSO_WHO = re.compile(r"(?:谁|哪位|哪个人)(?:也|又|同样|还)")
_ZH_PAIR_BEFORE = re.compile(r"[、和与及跟或]|还有|以及|对比|相比")


def points_outside(text: str) -> bool:
    """Whether a Chinese text (a definition given as an answer) holds a demonstrative pointing at
    something it does not name (推荐这个, 这些做法)."""
    plain = QUOTED.sub("“”", text)
    return bool(_CJK.search(plain)) and (_points_zh(plain, relative=True) or _counts_back_zh(plain))


def _counts_back_zh(text: str) -> bool:
    """前者, 两者, 这三句 with no pair or list named before it: 两者 opening the stem's first clause
    (A管…，B管…，两者并不冲突 has named them), a count with no list before it or announced
    after it (那几个旺季：五一、十一、寒假)."""
    for m in _ZH_COUNTED_BACK.finditer(text):
        before = text[: m.start()]
        if _ZH_PAIR_BEFORE.search(before):
            continue
        if (
            m.group().endswith("者")
            and not m.group().startswith(("前", "后"))
            and _CLAUSE_BREAK.search(before)
        ):
            continue
        if m.group()[0] in "这那" and _LIST_AFTER.match(text, m.end()):
            continue
        return True
    return False


# …旺季：五一、十一、寒假: the list a count announces, after a colon
_LIST_AFTER = re.compile(r"[^。；;！？!?，,]{0,8}[：:][^。；;]*[、，,]")


def _points_zh(text: str, relative: bool = False) -> bool:
    """A demonstrative pointing outside the text; in system prompt、few-shot 示例这些公共前缀 这些
    sums up the list before it. With `relative`, one after 的 heads its own relative clause
    (a definition's …决定方向的那个数字; in a sentence, 最常见的那种货币 points back all the same)."""
    return any(
        not (relative and text[m.start() - 1 : m.start()] == "的")
        and not (m.group().startswith(("这些", "那些")) and "、" in text[: m.start()])
        for m in _ZH_POINTING.finditer(text)
    )


# A role standing for its person (作者提到，他…; the author says he …): what 他 refers to is named.
_ROLE_BEFORE = re.compile(
    r"作者|笔者|演讲者|讲者|主讲人|主持人|嘉宾|受访者|采访者|"
    r"\b(?:the (?:author|speaker|host|guest|interviewee))\b",
    re.I,
)


def _named_before(text: str, pos: int, names: Collection[str]) -> bool:
    before = text[:pos]
    return any(name and name in before for name in names) or bool(_ROLE_BEFORE.search(before))


# 谁在书面意见中建议？: the question stops on a verb of saying, and what was said is not in it
_ZH_WHO_SAID_NOTHING = re.compile(
    r"^(?:谁|哪位)[^？?]*(?:建议|认为|表示|指出|强调|提出|说|提到|透露|坦言)[？?]$"
)


def _problem_zh(body: str, clause: str, names: Collection[str]) -> str | None:
    if _ZH_PERSONAL.search(body):
        return "an unresolved first or second person (我/你)"
    if _ZH_WHO_SAID_NOTHING.match(body):
        return "a who-question ending on a verb of saying: what was said is not in it"
    for m in _ZH_THIRD.finditer(body):
        if not _named_before(body, m.start(), names):
            return "他/她 with nobody named before it"
    if _counts_back_zh(body):
        return "前者/后者, 两者, 这三句 with no pair or list named before it"
    if _ZH_ALSO_WHO.search(body):
        return "谁也…: someone as well as a person the sentence before named"
    if _points_zh(clause) or _ZH_HERE.search(body) or _points_back_zh(body, clause):
        return "a demonstrative pointing outside the question"
    if _ZH_STEP_POINTED.search(body):
        return "这一步, 那一条: a step or a point of a list the sentence before went through"
    if _ZH_SAID_OF_THIS.search(clause):  # in a later clause, 这 may be what the first one named
        return "X说这是…, 不妨这样理解: what 这 stands for was said before"
    if _ZH_PURPOSE_OF_NOTHING.match(body):
        return "作用是…, 目的在于…: the purpose of something the stem does not name"
    if _ZH_IT_SAID.search(body):
        return "它 after a verb of saying: what it is was said before"
    if _ZH_CALLS_IT.match(body):
        return "称之为: 之 stands for what the sentence before described"
    if _ZH_IT_AFTER_TIME.search(body) or _ZH_IT_AFTER_FRONTED.search(body):
        return "它 after a fronted time or phrase: what it is was named before"
    if _ZH_IT_POINTED_AT.search(body):
        return "就是它们: what is pointed at was named before"
    if _counted_from_before(_ZH_RELATIVE_TIME, body):
        return "次年, 第二天: a time counted from an event the sentence before gave"
    if _it_stands_for_nothing(body):
        return "它 with nothing before it to stand for"
    return None


# 这一刻…, 那一片的盐场…: 这一/那一 opening the question before a noun it has not named points at the
# sentence before (“知识产权”这一名称: the quotation is what it names); …之后，这一比例上升到了…: a
# measure pointed at anywhere, with no figure before it, is one the sentence before gave
_THIS_ONE_ZH = re.compile(r"(?<![”」』》）)])(?:这|那)一(?P<noun>[\u4e00-\u9fff]{2})")
_THIS_KIND_ZH = re.compile(r"(?<![”」』》）)])(?:这|那)种(?P<noun>[\u4e00-\u9fff]{2})")


def _after_a_noun_zh(before: str) -> bool:
    words = tag(before[-8:]) if before else []
    return bool(words) and words[-1][1].startswith(("n", "vn", "eng"))


_MEASURE_ZH = re.compile(r"(?<![”」』》）)])(?:这|那)一(?:比例|比率|占比|数字|数据|数值|指标|概率|水平)")
_FIGURE_ZH = re.compile(r"\d|\[…\]|百分之|[一二两三四五六七八九十百千万]+[成倍]")


def _points_back_zh(body: str, clause: str) -> bool:
    if any(m["noun"] not in clause[: m.start()] for m in _THIS_ONE_ZH.finditer(clause)):
        return True
    # …，他到[…]为止都守着这种作息: 这种 with a noun the sentence has not named points back past it
    # (指数基金这种品种, 苹果、梨这种水果: the nouns just before it are the kind it means)
    if any(
        m["noun"] not in body[: m.start()] and not _after_a_noun_zh(body[: m.start()])
        for m in _THIS_KIND_ZH.finditer(body)
    ):
        return True
    return any(not _FIGURE_ZH.search(body[: m.start()]) for m in _MEASURE_ZH.finditer(body))


_ZH_IT = re.compile(r"(?<![其])它")
# 意思是它…, 换句话说，它…: the frame of a restatement, whose 意思 is no noun 它 could stand for
_RESTATING_ZH = re.compile(r"^(?:意思是|意思就是|也就是说|换句话说|就是说|简单说|说白了)[，,]?")
_BLANK_OR_QUOTE = re.compile(r"\[…\]|“”")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")


def _it_stands_for_nothing(body: str) -> bool:
    """Whether 它 has no noun before it (现在说的“[…]”大概就是它的俗版): a blank in 它's own clause is
    not what 它 stands for (a clause's subject would be 自己), one in an earlier clause may be."""
    found = _ZH_IT.search(body)
    if not found:
        return False
    before = _RESTATING_ZH.sub("", body[: found.start()])
    blanks = list(_BLANK_OR_QUOTE.finditer(before))
    if blanks and _CLAUSE_BREAK.search(before[blanks[-1].end() :]):
        return False
    words = tag(_BLANK_OR_QUOTE.sub("，", before))
    return not any(
        flag.startswith(("n", "vn", "eng", "r")) and word != "它" and not _A_PERSON_WORD_ZH.search(word)
        for word, flag in words
    )


# 人们害怕它, 有人把它看成…, 顾客喜欢它: people before 它 are who act on it, never what it stands for
_A_PERSON_WORD_ZH = re.compile(r"(?:人|者|们|大家)$")


# [2024年]，它第一次…: a fronted time and then 它, which stands for something the sentence before
# named (a phrase holding a noun, 这家书店开业三年后，它…, names it itself)
_ZH_IT_AFTER_TIME = re.compile(
    r"^(?:\[…\]|[\d\s年月日底初前后以来多]|[一二三四五六七八九十百千]+年)+(?:[上下]半年)?[，,]\s*(?:它们?|其)"
)
# 据馆方的统计，它的…: a phrase set in front says by what or where, and 它, the subject, is what
# the sentence before named (the nouns inside the phrase are not what it stands for)
_ZH_IT_AFTER_FRONTED = re.compile(
    r"^(?:按照?|据|根据|依照|在|从|对于|关于|随着|经过|通过)[^，,。；;]{1,24}[，,]\s*它们?"
)
# 书里称之为“[…]”: 之 (其) is what the sentence before described
_ZH_CALLS_IT = re.compile(r"^[^，,。；;]{0,10}?(?:称之为|谓之|名之为|称其为|管它叫)")
# 那些传说，说的正是它们: the sentence ends pointing at what the one before described
_ZH_IT_POINTED_AT = re.compile(r"(?:就|正|便|都)是它们?[。！!]?\s*$")
# 作者强调它最初只是…: the sentence opens on someone saying 它, and nothing before it is what it is
_ZH_IT_SAID = re.compile(
    r"^[^，,。；;]{0,8}?(?:强调|认为|说|指出|表示|提到|觉得|发现|相信|承认|提醒)(?:了|过)?它"
)


def _problem_en(body: str, clause: str, names: Collection[str]) -> str | None:
    if _EN_PERSONAL.search(body):
        return "an unresolved first or second person (I/we/you)"
    if _STOPS_BEFORE_ITS_NOUN.search(body):
        return "the question stops before its noun (Which clerk kept a second?)"
    if _BLANK_IS_NOT.match(body):
        return "what the blank is not ([…] is not necessarily…): other words fit it as well"
    if _BLANK_FIRST.match(body) and _object_points_back(body):
        return "it/them after a blank subject with nothing to stand for ([…] are happy to get rid of it)"
    asks_a_person = bool(_WHO_IS_ASKED.match(body))  # Who is known for his work …? his is the one asked
    if asks_a_person and (
        (body.startswith("Who") and _SOMEONE_ELSE_ARRIVES.search(body))
        or (_HE.search(body) and _SHE.search(body))
    ):
        return "who is asked for beside a he or she who is someone else (Who was out when she came?)"
    for m in _EN_PERSON.finditer(body):
        if asks_a_person or _named_before(body, m.start(), names) or _capitalised_before(body, m.start()):
            continue
        return "he/she with nobody named before it"
    if (
        _EN_IT_SAID.search(body)
        or _THEY_SAID.match(body)
        or _SPEAKERS_IT.match(body)
        or _DOING_IT.match(body)
    ):
        return "it after a verb of saying, a speaker's label or a doing: what it is was said before"
    if _EN_CALLED_THAT.search(body):
        return "called that, described this: what that is was said before"
    if _FRONTED_THING.match(body) or _FRONTED_THING_NO_COMMA.match(body) or _DESCRIBED_FIRST.match(body):
        return "it/they opens the main clause after a fronted phrase: what it is was said before"
    if _THAT_BEFORE.search(body.rstrip(".")):
        return "before that, under that: what that is was said before"
    if _A_PART_OF_WHAT_WAS_SAID.match(body):
        return "the biggest part of something said before (The biggest slice is […]): of what is not said"
    if body.startswith("Who ") and (_deed_points_back(body) or _DEED_NEW_SUBJECT.search(body)):
        return "the deed asked about leans on the sentence before (it, that flood, and the meeting ended)"
    if _WHO_IS_NOT.match(body):
        return "who someone is not: anyone might be"
    if body.startswith("Who ") and ";" in body:
        return "a role run into the next note (the economic historian; previous book was…)"
    for m in _EN_THING.finditer(body):
        fronted = len(re.findall(r"[A-Za-z]+", body[: m.start()])) <= 2  # `At its peak … Apollo`
        if not _content_before(body, m.start()) and not (fronted and _capitalised_after(body, m.end())):
            return "it/they with nothing before it to stand for"
    if _ACT_ON_IT.match(body):
        return "an instruction opening on it/them (Let them dry…): what they are was said before"
    if _SUBJECT_VERB_IT.match(body):
        return "it/him right after the stem's subject and verb (Ada likes it): what it is was said before"
    if _EN_THERE_ONE.search(body):
        return "one of what the line before asked about (there was one, but only after …)"
    if _EN_POINTING.search(clause) or _EN_THAT_SUBJECT.search(clause) or _EN_THAT_MEASURE.search(body):
        return "a demonstrative pointing outside the question"
    there = _EN_THERE_AS_A_PLACE.search(body)
    if (
        there
        and len(re.findall(r"[\w'’-]+", body[: there.start()])) <= THERE_EARLY
        and not _capitalised_before(body, there.start())
    ):
        return "there as a place (getting there, lived there): where was said before"
    if _counted_from_before(_EN_RELATIVE_TIME, body):
        return "a week earlier, the following year: a time counted from an event the sentence before gave"
    return None


# Getting there took […], she lived there for years: there as a place said before, early in
# the stem, with no name before it (there is, there were: no place at all)
THERE_EARLY = 4  # words before such a there: later, the stem may have named the place itself
_EN_THERE_AS_A_PLACE = re.compile(
    r"\b(?i:gets?|got|getting|go|goes|went|gone|going|takes?|took|taken|brings?|brought|arrived?|arrives|"
    r"stay(?:s|ed)?|lives?|lived|moved?|moves|work(?:s|ed)?|born|buried|back|over|out)\s+(?:[a-z]+\s+)?there\b"
    r"(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|appears?)\b)"
)
# a week earlier, two years later, the following spring, later that day: a time counted from an event
# (ago counts from now, and after the war names its event)
_EN_RELATIVE_TIME = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa]\s+few|"
    r"[Ss]everal|[Mm]any|\d{1,3})\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+(?:earlier|later)\b|"
    r"\b[Tt]he\s+(?:next|following|previous)\s+(?:day|week|month|year|morning|evening|night|spring|summer|"
    r"autumn|fall|winter)\b|"
    r"\b(?:[Ll]ater|[Ee]arlier)\s+that\s+(?:day|week|month|year|morning|evening|night)\b"
)
# 次年, 第二天, 同年, 当晚: counted from an event the sentence before gave (三年后 may be a study's
# follow-up, 十年前 counts from now)
_ZH_RELATIVE_TIME = re.compile(r"次日|次年|翌日|翌年|第二天|第二年|隔天|隔年|同年|当天|当晚")
_A_DATE_BEFORE = re.compile(r"\d{3,4}")


def _counted_from_before(pattern: re.Pattern[str], body: str) -> bool:
    """Whether `body` tells a time only by counting from an event it does not give (a year before
    the phrase is the event's date)."""
    m = pattern.search(body)
    return m is not None and not _A_DATE_BEFORE.search(body, 0, m.start())


# Ada likes it because…, The board turned it down, Ada pays him hourly: the object the stem's opening
# subject acts on is what the sentence before named (not him: a subject's own is himself), unless
# it only stands before what follows (Ada found it hard to…, made it clear that…)
_SUBJECT_VERB_IT = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+[a-z]+\s+(?:it|him)\b(?!['’]s|\s+(?:[a-z]+\s+)?(?:to|that)\b)"
)


# Five years ago that figure was closer to […]: a measure the sentence before gave
_EN_THAT_MEASURE = re.compile(
    r"\b(?:[Tt]hat|[Tt]his)\s+(?:figure|number|rate|share|ratio|percentage|proportion|amount|level|gap|trend)s?\b"
)


# In practice that's at […] old; This was in […]: that/this as the subject stands for what was said
_EN_THAT_SUBJECT = re.compile(
    r"(?:^|,\s*|^[A-Z][a-z]+(?:\s[a-z]+)?\s)(?:[Tt]hat|[Tt]his)(?:['’]s|\s+(?:is|was|means|meant))\b"
)


# Somewhere […] ago, in the fields of early farmers, it crossed …; In the US, over the last […], it's
# averaged …: the phrases set in front say when and where, and `it`, the subject, is what a sentence
# before named.
# X estimates it averaged 11 minutes, …, growers put it at: what `it` is was named in the
# sentence before
# X called that "a first step, not a fix": what X called was said in the sentence before
_EN_CALLED_THAT = re.compile(
    r"\b(?:called|calls|described|describes|dismissed|dismisses|labelled|labeled|termed|welcomed)\s+(?:that|this)\b"
)
# Ana: it went up…, Rewiring it cost…: it opening what someone answers, or the object of a doing
# that opens the sentence, with nothing before it to stand for
# Teodor said they merged…: they after someone's saying that opens the sentence (later in it, they may be
# the firm the sentence named)
_THEY_SAID = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:says?|said|thinks?|reckons?|believes?|"
    r"claims?|claimed|argues?|argued|estimates?|estimated)\s+(?:that\s+)?they\s+[a-z]"
)
_SPEAKERS_IT = re.compile(
    r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*:\s+(?:it|they)\s+"
    r"(?:went|was|were|had|cost|costs|took|came|rose|fell|grew|split|charged?|charges|[a-z]{3,}ed)\b"
)
_DOING_IT = re.compile(r"^[A-Z][a-z]+ing\s+(?:it|them)\b")
_EN_IT_SAID = re.compile(
    r"(?:^|,\s+)(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}(?:estimates?|estimated|says?|said|"
    r"thinks?|"
    r"argues?|argued|believes?|reckons?|claims?|claimed)\s+(?:that\s+)?it\s+"
    r"(?!is\s+(?:important|worth|hard|easy|likely|possible)\b)"
    r"(?!(?:back|again|aloud|out\s+loud)\b)[a-z]"  # make him read it back: repeat it, nothing said before
)  # (someone's name, a verb of saying, then `it`: nothing in the sentence for `it` to stand for)
_FRONTED_THING = re.compile(
    r"^(?:[A-Z][a-z]+ly|Somewhere|Sometime|In|At|On|By|After|Before|During|Since|Around|Within|Over|"
    r"Under|Later|Then|Back|Once|Eventually|Soon|Today|Now|Across|Along|Throughout|For)\b[^.;:]*?,\s*"
    r"(?:it|they|(?:that|this)(?=\s+(?:is|was)\b))(?:['’]s)?\s"
)

# By the end of the trial it was […]: the same, the phrase run on without a comma, before a verb
_FRONTED_THING_NO_COMMA = re.compile(
    r"^(?:By|In|At|After|Before|During|Since|Within|Over|Later|Then|Eventually|Today|Now"
    r"|The (?:last|past|first))"
    r"\s[^.;:,]{2,60}?\s"
    r"(?:it|they)(?:['’]s|\s(?:was|were|is|are|had|has|became|rose|fell|dropped|grew|reached|went|stood|hit)\b"
    r"|\s[a-z]{3,}(?:s|ed)\b)"  # During the works it drops: any verb of its own
)
# Narrow, shallow-drafted, with two masts, it could…: a run of words describing the subject before it, and
# the subject a pronoun: what it is was said before
_DESCRIBED_FIRST = re.compile(
    r"^[A-Z][a-z]+(?:-[a-z]+)?(?:,\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?)+,[^.;:]*?,?\s"
    r"(?:it|they)\s+(?:could|would|was|were|is|are|had|has|can|will|did|[a-z]{3,}ed)\b"
)
# Before that, about 71% …; … under that.: "that" standing for what was said before
_THAT_BEFORE = re.compile(
    r"^(?:Before|After|Since|Until|Under|Besides|Beyond)\s+that\b|\b(?:under|before|after)\s+that[.;]?$"
    # When that happens, …; That could mean …: that opening the stem stands for what was said before
    r"|^(?:(?:When|If|Once|Until|Unless)\s+)?(?:that|this)\s+(?:happens|happened|changes|could|would|will|might|"
    r"may|means|meant)\b|^(?:[A-Z][\w ,]{0,60},\s+)?that\s+(?:could|would|might|may)\s+mean\b",
    re.I,
)
# The largest chunk, easily, is […]; the main part was […]: a part of a whole the text named before
_A_PART_OF_WHAT_WAS_SAID = re.compile(
    r"^(?:The\s+)?(?:single\s+)?(?:biggest|largest|smallest|main|greatest)\s+"
    r"(?:slice|share|part|chunk|portion|piece|component|contributor)\b(?![^.]*\bof\b)",
    re.I,
)


# Who reframed it…?, Who turned that flood of certificates into…?, Who built on it…?: the deed's object
# is what the sentence before named (that + a noun and its phrase, not a clause: said that the …)
_DEED_POINTS_BACK = re.compile(
    r"(?<!made\s)(?<!make\s)(?<!makes\s)\b(?:it|them)\b(?!\s+(?:is|was)\b)"
    r"|\bthat\s+(?!(?:the|a|an|he|she|it|they|we|i|you|his|her|their|there|this|these|those|is|was|are|were)\b)"
    r"[a-z]+\s+(?:of|into|to|from|in|on|at|for|with)\b",
    re.I,
)


def _deed_points_back(body: str) -> bool:
    """`it` with no noun of the question before it (…responsible for the bridge since it opened
    names it), or `that` and a noun."""
    role = _ROLE_THEN_DEED.match(body)
    deed_from = role.end() if role else 0  # the mayor who resisted it: a person is no `it`
    for m in _DEED_POINTS_BACK.finditer(body):
        if m.group().lower() not in {"it", "them"} or not _NOUN_BEFORE.search(body[deed_from : m.start()]):
            return True
    return False


_STOPS_BEFORE_ITS_NOUN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|another)(?:\s+(?:first|second|third|fourth|fifth|last|next|new|same))?\s*\?$",
    re.I,
)
_BLANK_IS_NOT = re.compile(
    r"^\[…\]\s+(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+"
    r"(?:necessarily|always|just|only|simply|merely|a|an|the)\b"
)
_BLANK_FIRST = re.compile(r"^\[…\]\s")
# (makes it easy to…, how long it takes: a dummy it, standing for the clause after it)
_OBJECT_PRONOUN = re.compile(
    r"(?<!\bmake )(?<!\bmakes )(?<!\bmade )(?<!\bfind )(?<!\bfinds )(?<!\bfound )\b(?:it|them)\b"
    r"(?!\s+(?:takes|took|is|was|seems|seemed)\b)"
)


def _object_points_back(body: str) -> bool:
    """`it`/`them` after the blank subject with no noun between (the blank is the subject: an
    object it is something the sentence before named)."""
    found = _OBJECT_PRONOUN.search(body, len("[…]"))
    return found is not None and not _NOUN_BEFORE.search(body[len("[…]") : found.start()])


_ROLE_THEN_DEED = re.compile(r"^Who\s+(?:is|was|are|were)\s+.+?\s(?:who|that)\s", re.I)


_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+[a-z]+", re.I)
# Who refused and the meeting ended…?: a second clause with a subject of its own
_DEED_NEW_SUBJECT = re.compile(
    r"\band\s+(?:the|a|an|his|her|their|its)\s+[a-z]+\s+(?:[a-z]+ed|was|were|is|are|had|went|came|fell|rose|grew|began)\b"
)
_WHO_IS_NOT = re.compile(r"^Who\s+(?:is|was|are|were)\s+not\b")
# The person a question asks for, standing as its subject: Who …? or a blank opening the sentence
# Who was out when she came…?: he or she in a clause of time beside the one asked is someone else, as is
# one of the two a question calls she and him
# (…when he was 32, when she was a student: the one asked, at an age)
_SOMEONE_ELSE_ARRIVES = re.compile(
    r"\b(?:when|after|before|until|once|while|since|as soon as)\s+(?:he|she)\b"
    r"(?!\s+(?:was|turned|had\s+been)\s+(?:\d|(?:only|just|about)\s|[a-z]+(?:teen|ty)\b"
    r"|a\s+(?:child|boy|girl|student|teenager)))"
)
_HE, _SHE = re.compile(r"\b(?:he|him|his|himself)\b"), re.compile(r"\b(?:she|her|hers|herself)\b")
_WHO_IS_ASKED = re.compile(r"^(?:Who\s|\[…\]\s+(?:is|was|has|had|\w+ed)\b)")


def _capitalised_before(text: str, pos: int) -> bool:
    """A capitalised word other than the first one: a name the pronoun can stand for."""
    found = re.findall(r"[A-Za-z][\w'-]*", text[:pos])
    return any(w[0].isupper() for w in found[1:])


def _capitalised_after(text: str, pos: int) -> bool:
    return bool(re.search(r"\b(?!I\b)[A-Z]", text[pos:]))


def _content_before(text: str, pos: int) -> bool:
    found = re.findall(r"[A-Za-z][\w'-]*", text[:pos])
    return any(w.lower() not in _EN_FUNCTION and not w.lower().endswith("ly") for w in found)
