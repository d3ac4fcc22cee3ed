"""Claims in Chinese sentences: what something's core/key/conclusion is (`…的核心是Y`, `Y是…的核心`),
reasons (`…是因为Y`, `Y，所以…`, `Y，这是…的原因`), sayings in quotes that the sentence presents as
such (`最广为流传的一句是「…」`, `从此“…”`), what a speaker keeps repeating (`我一直跟学生讲，Y`),
enumerated points (`两个要点：第一是X`) and the point after a colon in a summary.

Each rule returns (cue, prompt, answer): `prompt` is the sentence up to the answer with `{}` where
the answer stood.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CORE_NOUN = "核心|关键|本质|根本|要义|精髓|底色|秘诀|前提|灵魂|底线|结论|真谛|主旨|要诀"
_CORE = re.compile(
    rf"(?P<head>[^，,。；;：:！？]*?(?:{_CORE_NOUN})(?:主张|观点|思想|问题|所在|原则|理念|命题)?)"
    r"(?:就|其实|恰恰|正|便)?(?:是|在于)(?!否|不是)(?P<rest>.+)"
)
_CORE_AFTER = re.compile(
    rf"(?P<ans>“[^”]{{2,20}}”(?:[（(][^）)]{{1,30}}[）)])?|「[^」]{{2,20}}」)是(?P<tail>[^，,。；;]{{1,24}}的(?:{_CORE_NOUN}))"
)
_REASON = re.compile(r"(?P<what>[^。；;！？]{4,60}?)(?:主要|正|就|恰恰|其实|也)?是因为(?P<why>[^。；;！？]+)")
_SINCE = re.compile(r"^之所以(?P<what>[^，,]{3,40})[，,](?:是|正是)因为(?P<why>[^。；;]+)")
_CAUSE_FIRST = re.compile(
    r"^(?:因为|由于)(?P<why>[^，,]{3,40})[，,](?:所以|因此|才|故)?(?P<what>[^。；;！？]{3,60})"
)
_SO = re.compile(r"^(?P<why>[^。！？]{4,60}?)[，,](?:所以|因此|因而)(?P<what>[^。；;！？]{3,60})")
_CAUSE_NOUN = re.compile(
    r"^(?P<why>[^。！？]{4,60}?)[，,](?:这|这也|这正|这就)(?:是|就是)(?P<what>[^。，,；;]{3,30}?的)"
    r"(?P<noun>(?:重要|主要|根本|直接|社会|历史)?(?:原因|背景|根源|动因))"
)
_QUOTE = re.compile(
    r"「(?P<a>[^」]{2,60})」|“(?P<b>[^”]{2,60})”|\"(?P<c>[^\"]{2,60})\"|『(?P<d>[^』]{2,60})』"
)
_SAYING_NOUN = re.compile(
    r"(?:一句|一句话|名言|格言|口号|原则|结论|观点|信条|说法|理念|座右铭|金句|名句)(?:就|便)?(?:是|为)?[：:]?\s*$"
)
_A_QUESTION = re.compile(r"哪|什么|多少|怎么|怎样|为什么|为何|是否|吗$|[？?]$")
_ASKED = re.compile(r"(?:问|写明|写下|写上|写出|自问|追问|提问|问问)(?:自己|大家|一句|一下)?[：:，,]?\s*$")
_SAID = re.compile(r"(?:写道|反驳|强调|表示|总结|回答|指出|断言|宣称|称)[：:，,]?\s*$")
# Words someone in the story says or said (店员说“…”, 有人自嘲“…”, 一位员工回忆“…”): a remark that
# colours the story, not the point the text makes.
_REMARKED = re.compile(
    r"(?<![写称])(?:说|说道|道|问(?:台下|大家|观众|听众|学生|在场的人)?|问道|回忆|自嘲|笑称|嘀咕|嘟囔|感叹|喊|吐槽|抱怨|插嘴|插话|打断|接话)[：:，,]?\s*$"
)
_TERM_BEFORE = re.compile(
    r"(?:称为|叫做|叫作|叫|称作|合称|名为|改称|所谓|称之为|誉为|号称|俗称|简称|即为|的)\s*$"
)
_REPEAT = re.compile(
    r"(?P<head>[^。；;！？]*?(?:一直|反复|总是|常常|经常|多次|始终|每次都)在?(?:跟|对|和|向|同)?"
    r"[^，,。；;：:]{0,8}?(?:说|强调|讲|提醒|告诉)(?:过)?[^，,。：:—]{0,6}?)(?:[，,：:]|——)\s*(?P<rest>.+)"
)
_ENUM_HEAD = re.compile(r"(?:总结|归纳|关键词|要点|原则|几点|方面|条件|经验|教训|步骤)")
_ENUM_ITEM = re.compile(
    r"(?:^|[；;，,。：:])(?P<ord>第[一二三四五六七八九十]|其[一二三四五])(?:是|为|，|、|：)(?P<item>[^，,；;。]{2,12})"
)
_LABEL = re.compile(r"^[^，,。；;：:是的]{1,8}[：:](?=\S)")
_HOLDER_CLAUSE = re.compile(r"^[^，,。；;]{1,16}?(?:解释|认为|指出|强调|表示|坦言|说|透露|提到|称)[，,：:]")
_ANAPHOR = re.compile(r"^(?:由此|因此|这|那|其|它|据此|所以|于是)")
_SUMMARY_LABEL = re.compile(r"^[^，,。；;：:]{0,8}(?:小结|总结|结论|要点|启示|结语|一句话)[：:]")

Rule = Callable[[str], list[tuple[str, str, str]]]


def span(text: str, soft: int = 16, hard: int = 30) -> str:
    """The answer that begins `text`: a leading quotation (with an alias in brackets right after
    it), else the text up to the sentence's end or a colon, cut at its first comma when longer
    than `soft`; "" when that is still longer than `hard`."""
    text = text.lstrip()
    m = re.match(r"[“「『\"](?P<q>[^”」』\"]{1,40})[”」』\"](?P<alias>[（(][^）)]{1,30}[）)])?", text)
    if m:
        return m.group()
    head = re.split(r"[。；;！？!?]|[，,](?:即|也就是|也即|比如|例如)|[（(](?:如|例如)", text)[0]
    head = re.split(r"[：:]", head)[0]
    if len(head) > soft:
        head = re.split(r"[，,]", head)[0]
    head = head.strip().rstrip("，,、")
    return head if 2 <= len(head) <= hard else ""


def strip_quotes(answer: str) -> str:
    """An answer without the quotation marks around it (an alias in brackets stays)."""
    m = re.fullmatch(r"[“「『\"](?P<q>[^”」』\"]+)[”」』\"](?P<alias>.*)", answer)
    return (m.group("q") + m.group("alias")) if m else answer


def _start(sentence: str) -> int:
    """Where a claim's prompt starts: after a short leading label (`本单元小结：`)."""
    m = _LABEL.match(sentence)
    return m.end() if m else 0


_CORE_GATE = re.compile(_CORE_NOUN)
_REPEAT_GATE = re.compile(r"一直|反复|总是|常常|经常|多次|始终|每次都")


def core(sentence: str) -> list[tuple[str, str, str]]:
    if not _CORE_GATE.search(sentence):
        return []
    out = []
    start = _start(sentence)
    for m in _CORE.finditer(sentence, start):
        answer = re.split(r"[，,](?:而不是|而非|不是|而不在于)", span(m.group("rest")))[0]
        head = m.group("head")
        if not answer or len(head) < 3 or re.search(r"[吗呢？?]", answer):
            continue
        at = m.start("rest") + m.group("rest").find(answer[:1])
        out.append(("core", sentence[start:at] + "{}", sentence[at : at + len(answer)]))
    for m in _CORE_AFTER.finditer(sentence, start):
        prefix = sentence[start : m.start()]
        out.append(("core", f"{prefix}{{}}是{m.group('tail')}", m.group("ans")))
    return out


def _what(text: str) -> str:
    """The thing a reason explains, without a leading `X解释，` and conjunctions."""
    text = _HOLDER_CLAUSE.sub("", text.strip())
    text = re.sub(r"^(?:而|但|但是|可|所以|因此)", "", text).strip("，, ")
    if _ANAPHOR.match(text) or re.match(r"[又也还便就才则都再]", text) or len(text) < 3:
        return ""  # no subject of its own: the question would not say what it is about
    return text


def reason(sentence: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    body = sentence[_start(sentence) :].rstrip("。！？!?")
    if not re.search(r"因为|由于|所以|因此|因而|原因|背景|根源|动因", body):
        return out
    for rule in (_SINCE, _CAUSE_FIRST, _SO):
        m = rule.match(body)
        if m and (what := _what(m.group("what"))) and (why := span(m.group("why"), 40, 40)):
            out.append(("reason", f"为什么{what}{{}}", why))
            return out
    m = _CAUSE_NOUN.match(body)
    if m and (what := _what(m.group("what"))) and len(m.group("why")) <= 40:
        out.append(("reason", f"{what}{m.group('noun')}是{{}}", m.group("why").strip()))
        return out
    m = _REASON.search(body)
    if m and (what := _what(m.group("what"))) and (why := span(m.group("why"), 40, 40)):
        out.append(("reason", f"为什么{what}{{}}", why))
    return out


def quotes(sentence: str) -> list[tuple[str, str, str]]:
    out = []
    start = _start(sentence)
    for m in _QUOTE.finditer(sentence):
        content = next(g for g in m.groups() if g is not None).rstrip("。")
        before = sentence[start : m.start()]
        if _TERM_BEFORE.search(before) or len(content) > 30:
            continue
        if before.rstrip().endswith(("，", ",")) and m.end() >= len(sentence.rstrip("。！？!? ")):
            continue  # …是必须付出的成本，“做吃的，不能让邻居讨厌你”。: an aside quoted at the end
        if _REMARKED.search(sentence[: m.start()]):  # 店员回忆：“…”, even where 店员回忆： reads as a label
            continue
        if _A_QUESTION.search(content) and (content.endswith(("？", "?")) or _ASKED.search(before)):
            # 先写明“今天要定哪一件”: a question to ask, not a point to recall (but 它回答的是“人怎么
            # 理解这件事”: what a thing answers, a point)
            continue
        after = sentence[m.end() : m.end() + 1]
        closes = not after or after in "，,。；;！？!?"
        if _SAYING_NOUN.search(before) and len(content) >= 2:
            out.append(("saying", f"{before}{m.group()[0]}{{}}{m.group()[-1]}", content))
        elif (len(content) >= 6 or re.search(r"[，,、]", content)) and (
            _SAID.search(before) or re.search(r"(?:[：:]|即|就是)\s*$", before) or closes
        ):
            out.append(("quote", f"{before}{m.group()[0]}{{}}{m.group()[-1]}", content))
    return out


def repeated(sentence: str) -> list[tuple[str, str, str]]:
    m = _REPEAT.search(sentence) if _REPEAT_GATE.search(sentence) else None
    if not m:
        return []
    answer = span(m.group("rest"), 30, 30)
    if not answer:
        return []
    head = m.group("head")
    return [("repeated", f"{head}，{{}}", strip_quotes(answer))]


def enumeration(sentence: str) -> list[tuple[str, str, str]]:
    head, colon, body = _split_colon(sentence)
    if not colon or not _ENUM_HEAD.search(head):
        return []
    return [("point", f"{head}，{m.group('ord')}是{{}}", m.group("item")) for m in _ENUM_ITEM.finditer(body)]


_FRAMING_END = re.compile(r"(?:说明|表明|显示|证明|意味着|告诉我们|揭示了?|反映了?)$")


def _split_colon(sentence: str) -> tuple[str, str, str]:
    m = re.search(r"[：:]", sentence)
    return (sentence[: m.start()], m.group(), sentence[m.end() :]) if m else (sentence, "", "")


def summary_point(sentence: str, in_summary: bool) -> list[tuple[str, str, str]]:
    """In a summary (a summary section, or a `小结：` label), the point after the colon."""
    label = _SUMMARY_LABEL.match(sentence)
    if not (in_summary or label):
        return []
    head, colon, body = _split_colon(sentence[label.end() :] if label else sentence)
    if not colon:
        return []
    answer = span(body, 30, 30)
    if not answer or len(head) < 4 or _FRAMING_END.search(re.split(r"[，,]", answer)[0]):
        return []  # 一句话概括：[茶契的兴衰说明]，…: the blank would end on "shows", the point after it
    at = sentence.find(answer, len(sentence) - len(body) - 1)
    return [("takeaway", sentence[:at] + "{}", answer)]


def claims(sentence: str, in_summary: bool) -> list[tuple[str, str, str]]:
    """Every (cue, prompt, answer) the rules find in one sentence; a summary point only where no
    sharper rule fired."""
    found = core(sentence) + reason(sentence) + quotes(sentence) + repeated(sentence) + enumeration(sentence)
    return found or summary_point(sentence, in_summary)
