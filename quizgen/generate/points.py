"""Key points: a cloze of a whole, self-contained sentence of the body that blanks what the
document stresses in it: a term it sets off (bold, quoted, 《》), the term a definition defines
(`X是指…`, `X is …`), or a name (English; wordfreq tells a term from everyday words).

The robust default for a fact stated in running prose: the learner reads the author's own
sentence, so no rewrite can break its grammar. `salience` ranks these drafts with the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from quizgen.extract.evidence import dictionary
from quizgen.extract.figure_scan import Span, figure_spans, scan
from quizgen.extract.lexicon import SPEECH_EN, words, zipf_en
from quizgen.extract.outline import CHAPTER_LIST_TITLE, QUOTE_MARKS, count_of, list_members, under_its_term
from quizgen.extract.people import is_person_name, main_person, person_forms, resolve_pronouns
from quizgen.extract.text import normalize, split_sentences, tag
from quizgen.generate.draft import BLANK, Draft, mask_figures
from quizgen.generate.people import PART_IN_TALK, bare_title
from quizgen.generate.salience import BOLD, SUMMARY_HEADING, Emphasis
from quizgen.generate.ties import without_ties
from quizgen.model import Block, Document, Fact, Section, Source

SCORE = 0.9
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|“([^”]{2,24})”|「([^」]{2,24})」|《([^》]{2,30})》")
_DEFINED_ZH = re.compile(
    r"^(?:所谓)?(?P<term>[\u4e00-\u9fffA-Za-z0-9·（）()\- ]{2,14}?)(?:（[^）]{1,30}）)?"
    r"(?:[，,](?=指的是|是指))?"
    r"(?:是指|指的是|就是指|即是|是一种|是一个|被称为|称为|叫做|意味着|的意思是|的本质是|的核心是)"
)
_DEFINED_EN = re.compile(
    r"^(?:The |An |A )?(?P<term>[A-Za-z][\w'\-]*(?: [\w'\-]+){0,4}?) "
    r"(?:is|are|means|refers to|is called|is defined as|describes)\b"
    r"(?!\s+(?:planned|scheduled|expected|due|set|slated|going|about)\b)"  # a plan's date, not a meaning
    # a reading, not a meaning: Queue depth is at 11,000
    r"(?!\s+(?:at|now|up|down|still|around|over|under|roughly|nearly|almost)\b)"
    # Revenue is a little over $9 million, Churn is about 4%: an amount, not a meaning
    r"(?!\s+(?:[A-Za-z-]+\s+){0,3}(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:%|percent\b|million\b|billion\b|thousand\b)))"
)
_NAME_EN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+)?[A-Z][a-z]+)+\b")
# The name a sentence gives something at its end: …，叫做“先慢后快”。 / … is called X.
_NAMED_ZH = re.compile(r"(?:叫做|称为|被称为|名为|命名为)\s*(?P<term>[^，,。；;：:]{2,16}?)[。；;]?$")
# A Chinese term glossed in another script: 孤岛思维（Silo Mentality）; the gloss goes with the blank.
_GLOSSED_ZH = re.compile(
    r"(?:^|(?<=[，,。；;：:、“”「」的是了和与及从到在为把被将对即叫称或]))"
    r"(?P<term>[\u4e00-\u9fff]{2,8}[（(][A-Za-z][A-Za-z \-&'.]{1,40}[）)])"
)
# A list the sentence announces after a colon: 分为三类：可知、未知、不可知 / four steps: plan, build, …
# … or after a verb that says what a whole is made of: 三环模型包括触发环、放大环和刹车环 / The
# model consists of situation, problem and payoff (the members then end the sentence)
_LISTED_ZH = re.compile(
    r"[：:]\s*(?P<term>[^，,。；;：:、]{1,10}(?:[、，,]\s*[^，,。；;：:、]{1,14}){1,6})[。.；;]?$"
    r"|(?:包括|包含|分为|分成)(?P<named>[^，,。；;：:、]{1,10}(?:、[^，,。；;：:、]{1,14}){1,6})(?=[，,。；;]|$)"
)
_LISTED_EN = re.compile(  # words are longer than characters: soil change, water change, and …
    r"(?:[：:]|\b(?:include|includes|consists of|consist of|comprises|comprise|is made up of)\s)\s*"
    r"(?P<term>[^,.;:]{1,30}(?:,\s*(?:and\s+|or\s+)?[^,.;:]{1,30}){1,6})[.;]?$"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
SIZE_ZH = (14, 90)  # characters a card's sentence should have
SIZE_EN = (7, 45)  # words
COMMON_EN = 5.2  # wordfreq's Zipf scale: a term opening with a commoner word (every, once, your) is no term
FUNCTION_EN = 5.9  # what, your, the, make: words no blank should hold (Zipf scale)
_JOINERS = frozenset({"of", "and", "the", "for", "to", "in", "on"})


def _emphasized(raw: str) -> list[str]:
    # a sentence's full stop set in bold with its last words stays outside the blank
    return [next(g for g in m.groups() if g).strip().rstrip("。.；;，,") for m in _EMPHASIS.finditer(raw)]


def _fits(sentence: str, zh: bool) -> bool:
    if sentence.rstrip().endswith(("?", "？")):
        return False
    if zh:
        return SIZE_ZH[0] <= len(sentence) <= SIZE_ZH[1]
    words = [w.lstrip("\"“‘'(") for w in sentence.split()]  # "Reading the Snow: …": a quoted title
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return SIZE_EN[0] <= len(words) <= SIZE_EN[1] and not title_case


def _good_blank(span: str, sentence: str, zh: bool, limit: int = 16) -> bool:
    span = span.strip()
    if not span or sentence.count(span) != 1:
        return False
    if (
        figure_spans(span)
        and f"《{span}》" not in sentence
        and not _a_name_with_a_count_zh(span, sentence, zh)
    ):
        return False  # a title keeps its number (《园艺入门30讲》), a name in quotes its count (“一人书店”)
    if not _stands_apart(span, sentence):
        return False
    rest = sentence.replace(span, "", 1)
    if zh and len(span) <= 3 and span.endswith("了"):
        return False  # “装了”，不是“用了”: a verb with its aspect, a word of the sentence, no term
    if zh:
        return 2 <= len(span) <= limit and len(_CJK.findall(rest)) >= 10 and _on_word_bounds(sentence, span)
    words = span.split()
    common = [w for w in words if w.lower() not in _JOINERS and zipf_en(w.lower()) >= FUNCTION_EN]
    return (
        1 <= len(words) <= 5 and not common and len(rest.split()) >= 6 and not _name_goes_on(sentence, span)
    )


def _quoted(span: str, sentence: str) -> bool:
    """Whether the sentence sets the span in Chinese quotation marks (“…”, 「…」); straight quotes,
    which notes also put round lists and sayings, mark a name less surely."""
    return any(f"{o}{span}{c}" in sentence for o, c in (("“", "”"), ("「", "」")))


def _a_name_with_a_count_zh(span: str, sentence: str, zh: bool) -> bool:
    """Whether quoted Chinese words name a thing with a count in it (“一人书店”, “三段式”): a name,
    not the figure the figures maker asks; a quoted figure (“三成”, “两万块”) stays a figure."""
    if not zh or not _quoted(span, sentence):
        return False
    counted = sum(end - start for start, end in figure_spans(span))
    return len(_CJK.findall(span)) - counted >= 2


_ENUMERATED_BEFORE = re.compile(r"(?:、|,\s*(?:and\s+|or\s+)?)$")
# (but `[consistency], not intensity, …` sets the blank against its opposite, it lists nothing)
_ENUMERATED_AFTER = re.compile(r"^(?:、|,\s*(?!\s|(?:not|rather than|instead of|but)\b)[^,.;]{1,40},)")


def _stands_apart(span: str, sentence: str) -> bool:
    """Whether the span is a whole of its own in the sentence: not one item picked from an
    enumeration (丁香、[…]、桂皮: the others do not say which), not a gloss beside its own
    term (玛丽亚·赫尔曼（[…]）), not a piece of a longer token (TL;DR, A/B) or of a longer 《title》."""
    at = sentence.find(span)
    before, after = sentence[:at], sentence[at + len(span) :]
    marks_before, marks_after = before.rstrip(QUOTE_MARKS), after.lstrip(QUOTE_MARKS)  # “丁香”、“八角”
    if _ENUMERATED_BEFORE.search(marks_before) or _ENUMERATED_AFTER.match(marks_after):
        return False
    if _GLOSS_NEAR.search(before) or marks_after.lstrip()[:1] in {"（", "("}:
        return False  # “[…]”（impact）: the gloss translates the blank
    return not (before[-1:] in _JOINED_TO or after[:1] in _JOINED_TO or _inside_title(before, after))


_NAME_PART = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[A-Z][\w'-]*)$")


def _name_goes_on(sentence: str, span: str) -> bool:
    """Whether a word beside the span belongs to the same name (`The 1st [Law of …]`); a common
    word opening the sentence (The, In) does not."""
    at = sentence.find(span)
    before = sentence[:at].split()
    after = sentence[at + len(span) :].split()[:1]
    near = [w.strip("\"'“”(),:;") for w in (before[-1:] + after)]
    if before and len(before) == 1 and zipf_en(before[0].lower()) >= COMMON_EN:
        near = near[1:]
    return any(_NAME_PART.match(w) for w in near if w)


def _on_word_bounds(sentence: str, span: str) -> bool:
    """Whether a Chinese span starts and ends between words (不确定性, not 不[确定性]); a name
    joined by `·` is one word (not 达里奥·[阿莫]迪)."""
    start = sentence.find(span)
    words = _words_from(sentence)
    return start in words and (start + len(span) in words or start + len(span) == len(sentence))


@lru_cache(maxsize=1024)
def _words_from(sentence: str) -> dict[int, str]:
    """Each word of the sentence by where it starts (jieba's words, a `·` name kept whole)."""
    from quizgen.extract.names import dotted_names
    from quizgen.extract.text import segment

    out, pos = {}, 0
    for word in segment(sentence, [(n.start, n.end) for n in dotted_names(sentence)]):
        out[pos] = word
        pos += len(word)
    return out


# a span wholly in quotes, which a sentence's other words do not share ("节奏", 「慢」, "slack")
_QUOTES_AROUND = re.compile(r'^["“「『\'‘]([^"“”「」『』\'‘’]+)["”」』\'’]$')


def _blank_each(sentence: str, span: str, members: Sequence[str]) -> tuple[str, str]:
    """The sentence with each member of its enumeration `span` hidden: the question (one […] per
    member) and the cloze (one deletion per member, all on the same card, so the learner recalls
    the whole list and sees how many it has)."""
    pos = 0
    pieces_q, pieces_c = [], []
    for member in members:
        at = span.find(member, pos)
        if at < 0:
            return sentence.replace(span, BLANK, 1), sentence.replace(span, "{{c1::" + span + "}}", 1)
        pieces_q += [span[pos:at], BLANK]
        pieces_c += [span[pos:at], "{{c1::" + member + "}}"]
        pos = at + len(member)
    question = "".join(pieces_q) + span[pos:]
    cloze = "".join(pieces_c) + span[pos:]
    return sentence.replace(span, question, 1), sentence.replace(span, cloze, 1)


def _listed(sentence: str, zh: bool) -> str | None:
    """The enumeration a sentence announces after its colon, when its items are short terms."""
    return _ends_the_sentence(sentence, zh) or _counted_after_a_dash(sentence, zh)


def _ends_the_sentence(sentence: str, zh: bool) -> str | None:
    """The list after a colon that closes the sentence, or after a verb that says what a whole is
    made of (包括…)."""
    found = (_LISTED_ZH if zh else _LISTED_EN).search(sentence)
    if not found:
        return None
    group = "term" if found["term"] else "named"
    # the sentence's own full stop is not part of its last item (…: plan, build, and check.), nor
    # is the count the list closes on (分成沙土、壤土、黏土三类)
    listed = (
        _COUNT_CLOSING.sub("", found[group].strip().rstrip(".")) if zh else found[group].strip().rstrip(".")
    )
    lead = sentence[: found.start(group)]
    if zh and "、" not in listed and not (count_of(lead) or found["named"] or _LIST_VERB_ZH.search(lead)):
        return None  # 大意是：凡是…，与其…，宁…: clauses a comma strings on, no list the lead names
    items = list_members(listed, zh, count_of(lead))
    return listed if _short_even_members(items, zh) and 3 <= len(items) <= 7 else None


_DASH = re.compile(r"——|—|–|--")
# Hartmoor mostly idle, pies all homemade: the list's close runs into a remark on it
_REMARK_EN = re.compile(r"\s(?:all|both|each|too|also|etc|mostly|mainly|\w+ly)\b", re.I)


def _short_even_members(items: Sequence[str], zh: bool) -> bool:
    """Whether a list's members are short terms of a kind: none runs on past a dash (三类——蛀干)
    nor, the last, longer than the rest, into a remark on the list (…, Hartmoor mostly idle)."""
    sizes = [len(i) if zh else len(i.split()) for i in items]
    if not all(0 < size <= (8 if zh else 3) for size in sizes) or any(_DASH.search(i) for i in items):
        return False
    return zh or len(sizes) < 2 or sizes[-1] <= max(sizes[:-1]) or not _REMARK_EN.search(items[-1])


# four phases — hope, panic, blame and relief; 三个阶段——生存、秩序、娱乐: a list a dash sets off, which
# only the count before it shows to be one (a dash sets off asides as often)
_DASHED_LIST_EN = re.compile(
    r"\s(?:—|–|--|-)\s*(?P<term>[^,.;:—–]{1,30}(?:,\s*(?:and\s+|or\s+)?[^,.;:—–]{1,30}){1,6})[.;]?$"
)
_DASHED_LIST_ZH = re.compile(  # … and 分为四类：时间、精力、环境和情绪，其中…, the sentence going on after it
    r"(?:——|—|--+|－－|[：:])\s*(?P<term>[^，,。；;：:、—-]{1,10}(?:、[^，,。；;：:、—-]{1,10}){1,6})(?=[，,。；;]|$)"
)


def _counted_after_a_dash(sentence: str, zh: bool) -> str | None:
    """The list a dash sets off (or, in Chinese, a colon, when the sentence goes on after the list),
    where the words before it count its members."""
    found = (_DASHED_LIST_ZH if zh else _DASHED_LIST_EN).search(sentence)
    if not found:
        return None
    listed = found["term"].strip().rstrip(".")
    count = count_of(sentence[: found.start()][-12 if zh else -40 :])
    items = list_members(listed, zh, count)
    short = _short_even_members(items, zh)
    named_after = any(i in sentence[found.end() :] for i in items)  # 其中环境最…: a member given away
    return listed if count == len(items) and short and 3 <= len(items) <= 7 and not named_after else None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_ARTICLE_IN_LIST = re.compile(r"(^|,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the|a|an)\s+", re.I)
_LIST_VERB_ZH = re.compile(r"包括|包含|分为|分成|分别|如下|以下|有这么?几")
_COUNT_CLOSING = re.compile(
    r"(?:等)?[一二两三四五六七八九十\d]{1,2}\s*(?:个|种|类|级|层|步|项|条|大类|方面|部分|阶段|个阶段|层次|个层次)$"
)


# A key layer is any layer that …, A sill is a sheet of rock that …: a kind, then what sets it
# apart; common words so defined, and used again, make a term (not `A good manager is someone …`,
# whose words describe and come back no more)
_BY_ITS_KIND_EN = re.compile(
    r"^\s*(?:a|an|any|the)\s+(?:(?!(?:is|are|was|were|be|been)\b)[\w'-]+\s+){0,3}?"
    r"(?:that|which|who|where|whose|in which|used)\b",
    re.I,
)
# Ticket debt is what builds up when…; Scope creep is the tendency of a plan to…: a predicate
# that can only define, whatever the words of the name (two everyday words make many a term)
_DEFINING_FRAME_EN = re.compile(
    r"^\s*(?:what\s+(?:happens|builds up|accumulates|remains|is left|you get)\b"
    r"|when\s+(?:a|an|the|you|people|someone)\b"
    r"|the\s+(?:tendency|habit|practice|process|act|gap|difference|ability|art|name\s+for)"
    r"\s+(?:of|to|that|between|for)\b)",
    re.I,
)
_GENERIC_EN = re.compile(r"^(?:A|An)\s")  # A key layer is …: any one of a kind, as a definition speaks
_POSSESSIVE = re.compile(r"['’]s$")
COMMON_NOUN_EN = 4.0  # a lone subject commoner than this (Goals, Humans, Brain) names no term


_SUPERLATIVES_EN = frozenset(
    words(
        "simplest easiest hardest biggest largest smallest fastest slowest cheapest quickest safest greatest "
        "highest lowest strongest weakest clearest deepest oldest newest most least worst bestselling "
        "best-selling top-selling"
    )
)


def _term_like_en(term: str) -> bool:
    """Whether an English subject names a term (Habit stacking, Pointing-and-Calling), not a
    common noun (Humans) or a description (the main purpose of rituals)."""
    words = term.split()
    if any(w.lower() in SPEECH_EN for w in words):
        return False  # Author says chronotype: who said it, then the term
    if any(w.lower() in _SUPERLATIVES_EN for w in words):
        return False  # the simplest fix, the bakery's bestselling loaf: which the text rates highest, no name
    # a common noun's possessive opens a description (the book's main tool), a name's a term (Zipf's law)
    if zipf_en(_POSSESSIVE.sub("", words[0].lower())) >= COMMON_EN:
        return False
    if len(words) == 1:
        return zipf_en(words[0].lower()) < COMMON_NOUN_EN or "-" in words[0]
    if all(zipf_en(w.lower()) >= COMMON_NOUN_EN for w in words if w not in _JOINERS):
        return False  # ideal goal, initial question: common words describe, they name nothing
    return " of " not in f" {term} " or all(w[:1].isupper() for w in words if w not in _JOINERS)


@lru_cache(maxsize=4096)
def _span_tags(span: str) -> tuple[str, ...]:
    """jieba's word classes for a span, once: the checks below all read them."""
    return tuple(flag for _, flag in tag(span))


def _noun_phrase_zh(term: str) -> bool:
    """Whether a Chinese span reads as a name for something (客户流失率, MINIX), not a piece of a
    clause (这本书在某种意义上对我): no pronoun, preposition, adverb or conjunction in it."""
    # "eng" (a Latin word: MINIX, Silo Mentality) is no interjection ("e")
    return all(flag == "eng" or not flag.startswith(_CLAUSE_TAGS) for flag in _span_tags(term))


_CLAUSE_TAGS = ("r", "p", "d", "c", "y", "e", "o", "u")
# 学界一度认为X是一个…, 圭向来是一种…: who holds the view, or how it stands, is no part of the term
_SAID_OR_TOLD_ZH = re.compile(
    r"认为|觉得|以为|相信|发现|知道|看来|(?:本来|原来|其实|一直|向来|从来|往往|通常|一般|也|都|就|还)$"
)
_FUNCTION_TAGS = frozenset("vdpcruyeoma")


def _one_function_word_zh(span: str) -> bool:
    """**就是**, “只是”: one word that names nothing (a verb, an adverb, a particle…)."""
    tags = _span_tags(span)
    return len(tags) == 1 and tags[0][:1] in _FUNCTION_TAGS


def _asks_or_points_zh(span: str) -> bool:
    """Whether a span holds a pronoun or a question word (我们, 它, 什么): a clause someone said."""
    return any(flag.startswith("r") for flag in _span_tags(span))


def reads_as_clause_zh(span: str) -> bool:
    """Whether a span is a clause rather than a name: a pronoun in it, an aspect particle (他讲了
    一个案例), or a change told by its degree or its passive (口感明显变差, 成本明显上升, 利润被压缩);
    正和竞争 or 质量与速度并重 are names whatever their words."""
    return (
        _asks_or_points_zh(span)
        or any(flag in {"ul", "ug", "uz"} for flag in _span_tags(span))
        or bool(_A_CHANGE_TOLD_ZH.search(span))
    )


# (a subject before it: 被动收入, 显著性检验 and 逐渐暴露疗法 are names)
_A_CHANGE_TOLD_ZH = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{2}(?:被(?!动)|(?:大量|明显|大幅|显著|急剧|迅速|逐渐|略有|有所|越来越|大大)(?!性))"
    r"[\u4e00-\u9fff]|[\u4e00-\u9fff]得(?:更|很|太|越来越|非常)"
)


# “有多少”, “放了多久”: a question's words, not a term
_QUESTION_WORD_ZH = re.compile(r"多少|什么|哪些|哪个|怎么|为什么|为何|多久")
_QUOTATION_END = re.compile(r"[！？!?。…]$")  # “下次还来！”: words quoted, not a term


def _named_zh(span: str) -> bool:
    """Whether a span set off once names a thing (“慢变量”), not a clause (“你用过哪些框架”), an
    idiom used as a figure of speech (「纸老虎」, 「半途而废」)."""
    tags = _span_tags(span)
    idiom = len(tags) == 1 and tags[0] in {"i", "l"}
    return _noun_phrase_zh(span) and not idiom


def _a_word_in_quotes_zh(span: str, raw: str) -> bool:
    """One everyday word the writer puts in quotes as a figure (“黑箱”, “盲区”): a single word of
    jieba's dictionary; judges kept 19 of 40 such blanks, against 222 of 317 coined ones. A title
    in 《》 or a bold word is not quoted."""
    quoted = _quoted(span, raw) or f'"{span}"' in raw
    return quoted and len(_span_tags(span)) == 1 and _in_dictionary(span)


def _in_dictionary(word: str) -> bool:
    return bool(dictionary()[0].get(word))


_DESCRIBED = re.compile(r"[（(]\s*[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){3,}\s*[）)]$")
_QUOTED_NAME = re.compile(r"[“「](?P<name>[^“”「」]{2,24})[”」]")


def _blanks(
    sentence: str,
    raw: str,
    zh: bool,
    seen: Emphasis,
    line: int,
    lead: bool = False,
    people: Sequence[str] = (),
    stressed: bool = False,
    resolved: str = "",
) -> list[tuple[str, str]]:
    """Each (what to blank, why) the sentence offers, the surest first; `salience` then picks the
    one its document stresses most (one item per sentence). `resolved` is the sentence with its
    pronouns resolved: who holds a view (我觉得最要紧的是[…] as 林岚觉得…) is context for it."""
    out: list[tuple[str, str]] = []
    listed = _listed(sentence, zh)
    if listed and sentence.count(listed) == 1:
        out.append((listed, "list"))
    for span in _emphasized(raw):
        named_work = lead and f"《{span}》" in raw  # the book, course or programme the notes are about
        if not _good_blank(span, sentence, zh):
            continue
        if zh and _one_function_word_zh(span):
            continue  # **就是**, “只是”: stress on a word that names nothing
        if _QUOTATION_END.search(span) or (
            zh and (_asks_or_points_zh(span) or _QUESTION_WORD_ZH.search(span))
        ):
            continue  # “下次还来！”, “货什么时候到”: words quoted, however often, not a term
        if seen.recurs(span, line) or named_work:
            out.append((span, "emphasis"))
        elif not zh or (
            _named_zh(span) and not _describes_zh(sentence, span) and not _a_word_in_quotes_zh(span, raw)
        ):
            # set off once, a name is a term (“慢变量”); a clause is a quotation (“你用过哪些框架”),
            # and words quoted before 的 describe the noun after them (“看似无法突破”的障碍)
            out.append((span, "marked"))
    if zh:
        for pattern in (_NAMED_ZH, _GLOSSED_ZH):
            found = pattern.search(sentence)
            if not found:
                continue
            term = found["term"].strip()
            if pattern is _GLOSSED_ZH and _DESCRIBED.search(term):
                continue  # 案例(one place it is used): a gloss that explains, not a term's name
            quoted = _QUOTED_NAME.fullmatch(term)
            term = quoted["name"] if quoted else term  # 叫做“[…]”: the quotes stay in the sentence
            # a name the author sets off in quotes is a name, whatever its words (“慢即是快”)
            if _good_blank(term, sentence, zh, limit=40) and (quoted or _noun_phrase_zh(term)):
                out.append((term, "definition"))
    defined = (_DEFINED_ZH if zh else _DEFINED_EN).match(sentence)
    if defined and _good_blank(defined["term"], sentence, zh):
        term = defined["term"].strip()
        role = bare_title(term) or term.lower() in PART_IN_TALK  # 主讲人即是…: who, not what
        by_kind = _GENERIC_EN.match(sentence) and _BY_ITS_KIND_EN.match(sentence[defined.end() :])
        framed = (
            not zh and 2 <= len(term.split()) <= 3 and _DEFINING_FRAME_EN.match(sentence[defined.end() :])
        )
        named = _term_like_en(term) or (by_kind and seen.recurs(term, line)) or bool(framed)
        if not role and (
            (zh and _noun_phrase_zh(term) and not _SAID_OR_TOLD_ZH.search(term)) or (not zh and named)
        ):
            out.append((term, "definition"))
    concluded = _concluded(sentence, zh) if stressed else None
    if concluded and _good_blank(concluded, resolved or sentence, zh):
        out.append((concluded, "conclusion"))
    affirmed = _affirmed(sentence, zh)
    if affirmed and _good_blank(affirmed, resolved or sentence, zh):
        out.append((affirmed, "conclusion"))
    out.extend(
        (term, "term") for term in _latin_terms(sentence, zh, seen, line) if _good_blank(term, sentence, zh)
    )
    present = [name for name in people if name in sentence]
    out.extend(
        (name, "person")
        for name in present
        # 嘉禾 inside 许嘉禾: a short form standing in the full name is half a name
        if not any(name != full and name in full for full in present)
        and _good_blank(name, sentence, zh)
        and not (_quotes_attributed_to(name, sentence) and _named_once(name, seen))
    )
    if not zh:
        for name in _NAME_EN.findall(sentence):
            if _good_blank(name, sentence, zh) and seen.recurs(name, line):
                out.append((name, "name"))
    kept: dict[str, str] = {}  # the first reason found for each span
    figures = scan(sentence) if any(why in _ASIDES for _, why in out) else []
    for span, why in out:
        if why not in _SET_OFF and seen.mentions(normalize(span), line) > TOPIC_MENTIONS:
            continue
        if not (why in _ASIDES and _states_a_figure(sentence, span, figures)):
            kept.setdefault(span, why)
    return list(kept.items())


def _states_a_figure(sentence: str, span: str, figures: Sequence[Span]) -> bool:
    """Whether the sentence states a figure (of its `figures`) besides the span: a count inside a
    quoted name (“一人书店”) is the name's, and beside a quoted name 一个 is an article, no figure the
    sentence reports."""
    at = sentence.find(span)
    quoted = _quoted(span, sentence)
    return any(
        found.start < at or found.end > at + len(span)
        for found in figures
        if not (quoted and found.why == "one")
    )


def _quotes_attributed_to(name: str, sentence: str) -> bool:
    """Whether the sentence hands a quotation to the name (“…,” said city clerk Ann Bell; Bell said;
    according to Bell; 某某说): the source of a quote, which a report names once and moves on."""
    at = re.escape(name)
    return bool(
        re.search(rf"\b(?:said|says|told|according to|added|noted)\s+(?:[a-z][\w-]*\s+){{0,3}}{at}", sentence)
        or re.search(rf"{at}(?:,[^,]{{1,60}},)?\s+(?:said|says|told|added|noted)\b", sentence)
        or re.search(rf"[”\"」]\s*[，,]?\s*{at}(?:说|表示|指出)", sentence)
        or re.search(rf"{at}(?:说|表示|指出)\s*[：:，,]?\s*[“\"「]", sentence)
    )


def _named_once(name: str, seen: Emphasis) -> bool:
    """Whether the document names the person only once (an English surname counts as the name)."""
    forms = {normalize(name)} | ({normalize(name.split()[-1])} if " " in name.strip() else set())
    return max(seen.body.count(form) for form in forms if form) <= 1


# A term the document names in this many sentences or more is its topic (AI in notes on AI, 咖啡 in
# notes on coffee): a blank holding it is guessed, not recalled. What the author sets off or
# defines is asked all the same.
TOPIC_MENTIONS = 5
_SET_OFF = frozenset({"list", "definition", "conclusion"})
# A name or a term set off once in a sentence that states a figure is an aside to it: the figure is
# what the sentence says (the figures maker asks it), not where the revenue comes from.
_ASIDES = frozenset({"marked", "term", "person"})

# What a sentence the document stresses concludes: the words after its last 是 (…的是男性, 最好的状态
# 是先慢后快), after 而是 (不是…，而是改造), or an English `… is/are (the) X`. In a sentence the
# author sets in bold, quotes as a block or sums up with, that is the point a teacher blanks (not
# what 而不是 rejects: its opposite stands in the sentence).
_CONCLUDED_ZH = re.compile(
    r"(?:而是|才是|就是|正是|的是|在于|(?<!不)是)(?:一种|一个|一套|一条|一项|个)?"
    r"(?P<term>[^，,。；;：:、“”「」（）()是！!？?]{2,10})[。！!]?$"
)
_CONCLUDED_EN = re.compile(
    r"(?:^.*\bnot\b[^.;:]{1,40}?,?\s+but|\b(?:is|are))\s+(?:the\s+|an?\s+)?"
    r"(?P<term>[A-Za-z][\w'\- ]{2,40}?)[.!]?$"
)
_POINTING_SUBJECT = re.compile(r"^(?:这|那|此|它|其|this|that|these|those|it)\b|^(?:这|那|此|它|其)", re.I)
_WITHIN_SENTENCE = re.compile(r"^(?:它|其|it)$", re.I)
_OPEN_TAGS_ZH = ("r", "u", "y", "e", "o", "p", "d", "q", "m", "c")  # 如此, 很方便, 个…
CONTENT_EN = 5.0  # Zipf: a word this rare in a subject names what the sentence is about (brain, habits)
RARE_EN = 3.5  # Zipf: a one-word English conclusion rarer than this names something (… is entropy)
STRESS_COVER = 0.6  # the share of a sentence set in bold for the sentence itself to be stressed


_CLAUSE_BREAK = re.compile(r"[，,；;：:—]|--")


def _last_clause(text: str) -> str:
    return _CLAUSE_BREAK.split(text)[-1].strip()


def _concluded(sentence: str, zh: bool) -> str | None:
    """The point a stressed sentence concludes with, when it is a term or a short predicate."""
    if sentence.rstrip().endswith(("！", "!")):
        return None  # …都是耍流氓！: an exclamation's punchline, not its point
    found = (_CONCLUDED_ZH if zh else _CONCLUDED_EN).search(sentence.strip())
    if not found:
        return None
    term = found["term"].strip()
    clauses = _CLAUSE_BREAK.split(sentence[: found.start("term")])
    if len(clauses) > 1 and re.match(r"\s*(?:而|才|only|but)", clauses[-1]):
        clauses.pop()  # 这些不是X，而是[…]: the subject stands in the clause before the contrast
    pointing = _POINTING_SUBJECT.match(clauses[-1].strip())
    if pointing and (len(clauses) == 1 or not _WITHIN_SENTENCE.match(pointing.group())):
        # 这一习惯是[团队的宝贵财富]: praise of what came before; but in `房租是市场价格，它是[供需]
        # 决定的` the 它 is the sentence's own subject
        return None
    if zh:
        return _point_zh(term)
    words = term.split()
    if len(words) > 4 or zipf_en(words[0].lower()) >= FUNCTION_EN:
        return None
    # the clause holding is/are names the subject; after `not X, but` the whole head does
    head = clauses[-1] if re.search(r"\b(?:is|are)\s", clauses[-1]) else sentence[: found.start("term")]
    subject = re.findall(r"[A-Za-z][\w'-]*", head)
    if not any(zipf_en(w.lower()) < CONTENT_EN for w in subject):
        return None  # what it takes is a […]: a subject of everyday words says what about nothing
    if len(words) == 1 and zipf_en(words[0].lower()) >= RARE_EN:
        return None  # … is important, … is delayed, you are a runner: one common word, guessed
    return term


def _point_zh(term: str) -> str | None:
    """The words after 是 or 而是 to blank, when they name a point: not a clause, not an opening
    pronoun or adverb, not a closing particle."""
    term = _conclusion_zh(term)
    if not term or _CUT_AT_ITS_WHEN_ZH.search(term) or _ANNOUNCES_WHAT_FOLLOWS_ZH.fullmatch(term):
        # 而是[希望大家出门时]，…: a when-clause cut from its main clause; 核心就是[一句话]：…: what
        # follows the colon is the point
        return None
    tags = _span_tags(term)
    if _CORRELATIVE_ZH.match(term):
        return term  # 既耐心又严格: two qualities paired, whatever jieba calls 既
    if (
        reads_as_clause_zh(term)
        or (tags[0] != "eng" and tags[0].startswith(_OPEN_TAGS_ZH))
        or tags[-1].startswith(("u", "y", "d"))
    ):
        return None
    return term


_CUT_AT_ITS_WHEN_ZH = re.compile(r"(?:时|的时候|之前|之后|以前|以后|以来)$")
_ANNOUNCES_WHAT_FOLLOWS_ZH = re.compile(r"[一二两三四五六七八九十几]+(?:句话|个字|件事|个词|点|条|个道理)")
_MODAL_ZH = frozenset({"要", "应该", "应当", "应", "需要", "必须", "得", "能够", "可以", "会"})
_CORRELATIVE_ZH = re.compile(r"^(?:既|不仅|不只|既要)[^，,]{1,8}(?:又|也|还)[^，,]{1,8}$")


# What a contrast affirms against what it denies, wherever it stands in the sentence: 没有X，只有[Y],
# 不是X，而是[Y], 与其X，不如[Y], not X but [Y], it is [Y] — not X — that …: the opposite stands in
# the sentence, so the blank is determined, and the point is the author's.
_AFFIRMED_ZH = re.compile(
    r"(?:没有|不是|并非|并不是|不在于|不靠|不再是|与其)[^，,。；;！？]{1,30}[，,]\s*"
    r"(?:而是|而在于|只有|而靠|靠的是|不如|才是|是)(?:一种|一个|一套|一条|一项|要)?"
    r"(?P<term>[^，,。；;：:、“”「」（）()！!？?]{2,12}?)(?=[，,。；;！!（(]|$)"
    # the affirmed side first: 最该做的是[降低成本]，而不是预测市场
    r"|(?:就是|才是|正是|(?<![不就才正])是|在于)(?:一种|一个|一套|一条|一项|要)?"
    r"(?P<ahead>[^，,。；;：:、“”「」（）()！!？?]{2,12}?)[，,]\s*(?:而不是|而非|而不在于)"
)
_AFFIRMED_EN = re.compile(
    r"\bnot\s+(?:only\s+|just\s+|merely\s+)?[^.;:,]{1,40}?,?\s+but\s+(?:rather\s+|also\s+)?"
    r"(?P<term>(?:the\s+|an?\s+)?[A-Za-z][\w'\-]*(?:\s+[\w'\-]+){0,3}?)(?=[.,;:!]|\s+(?:that|which|who)\b|$)"
    r"|^It\s+is\s+(?:the\s+|an?\s+)?(?P<first>[A-Za-z][\w'\-]*(?:\s+[\w'\-]+){0,3}?)\s*(?:--|—|–|,)\s*not\b"
    # the affirmed side first: what matters is [consistency], not intensity
    r"|\b(?:is|are)\s+(?:the\s+|an?\s+)?(?P<ahead>[A-Za-z][\w'\-]*(?:\s+[\w'\-]+){0,3}?)"
    r"(?:,\s*not|,?\s+rather than|,?\s+instead of)\s+(?:the\s+|an?\s+)?[A-Za-z]"
)


_PLACE_SUBJECT = re.compile(r"[\u4e00-\u9fff](?:里|中|内|上|外|前|后|旁|边|下)$")


def _affirmed(sentence: str, zh: bool) -> str | None:
    """What a contrast in the sentence affirms, when it is a term or a short predicate."""
    found = (_AFFIRMED_ZH if zh else _AFFIRMED_EN).search(sentence.strip())
    if not found:
        return None
    cleft = not zh and found["first"]  # It is [X] -- not Y -- that …: `it` points at the X
    clause = _last_clause(sentence[: found.start()])
    if not cleft and _POINTING_SUBJECT.match(clause or sentence[found.start() :]):
        return None  # 这不是缺陷，而是[适应]: what 这 is stands in another sentence
    if zh and _PLACE_SUBJECT.search(clause):
        return None  # 厂房里没有轰鸣，只有[一排排工位]: a scene described, not a point argued
    affirmed = next(g for g in (found.groupdict().get(k) for k in ("term", "first", "ahead")) if g)
    if zh:
        return _point_zh(affirmed.strip())
    # not by rules but by [shared rituals]: the preposition both sides share stays in the stem
    term = re.sub(
        r"^(?:(?:by|in|on|with|from|for|to|at|through)\s+)?(?:(?:the|an?)\s+)?",
        "",
        affirmed.strip(),
        flags=re.I,
    )
    words = term.split()
    cut = next((i for i, w in enumerate(words) if i and zipf_en(w.lower()) >= FUNCTION_EN), len(words))
    if cut < len(words) and found.groupdict().get("ahead"):
        return (
            None  # a [habit] of attention, not of the tongue: what is set against its opposite is `attention`
        )
    words = words[:cut]  # the [expectation] of praise: the head, not its article
    term = " ".join(words)
    if not words or zipf_en(words[0].lower()) >= FUNCTION_EN:
        return None
    if len(words) == 1 and zipf_en(words[0].lower()) >= RARE_EN + 1.5:
        return None  # … but good: one everyday word, guessed
    return term


def _conclusion_zh(term: str) -> str:
    """The words to blank in what follows 是: a modal stays in the stem (而是要[重建]), and in
    是…的 the thing named before the closing verb is the point (它是[工具理性]主导的, 是由[市场]决定的);
    "" when nothing is left to blank."""
    words = tag(term)
    if words and words[0][0] in _MODAL_ZH and len(term) - len(words[0][0]) >= 2:
        term, words = term[len(words[0][0]) :], words[1:]  # a whole word only: not 会 of 会议纪要
    if not term.endswith("的"):
        return term
    if len(words) >= 3 and words[-2][1].startswith(("v", "b")):
        named = "".join(w for w, _ in words[:-2])
        named = named[1:] if named[:1] in ("由", "被") else named
        return named if len(named) >= 2 and _noun_phrase_zh(named) else ""
    return term


# Wording that frames a sentence as the author's thesis, stressed as surely as bold is: a contrast
# (不是…而是…, not … but …), a subject naming the key, the core or the best of something (关键在于,
# 最大的遗憾是, the real lesson is), or a view someone holds of what a thing is (X认为…是[Y], X argues
# that … is [Y]).
_THESIS_ZH = re.compile(
    r"(?:不是|并非|并不是)[^。！？]{1,30}[，,]\s*(?:而是|而在于)"
    r"|(?:关键|核心|本质|根本|秘诀|诀窍|精髓|要义|真谛)(?:的?(?:原因|问题|因素|区别|一点))?(?:就)?(?:是|在于)"
    r"|最(?:重要|关键|核心|根本|大|好|可怕|难)[^，,。]{0,8}?(?:就)?是"
    r"|(?:认为|主张|坚信|断言|强调|指出)[，,：:]?[^。！？；;]{2,40}?(?<!不)是"
)
_THESIS_EN = re.compile(
    r"\b(?:the|a|one|his|her|their|our|its)\s+(?:\w+\s+){0,2}?(?:key|core|essence|secret|crux|real|"
    r"main|biggest|most important|central|single most)\b[^.;:]{0,40}\b(?:is|are|was)\s"
    r"|\bis\s+not\s+[^.;,]{1,40},?\s+but\s"
    r"|\b(?:argues|argued|believes|believed|contends|contended|maintains|insists|concludes|concluded)\s+that\s"
    r"[^.;]{2,80}?\b(?:is|are)\s",
    re.I,
)


def _thesis(sentence: str, zh: bool) -> bool:
    return bool((_THESIS_ZH if zh else _THESIS_EN).search(sentence))


def _stressed_sentence(raw: str, sentence: str) -> bool:
    """Whether the author set most of the sentence in bold (or red, or <strong>)."""
    text = normalize(sentence)
    if not text:
        return False
    bold = [normalize(next(g for g in m.groups() if g)) for m in BOLD.finditer(raw)]
    inside = sum(len(b) for b in bold if b and b in text)
    return inside >= STRESS_COVER * len(text) or any(text in b for b in bold)


# A Latin-script term inside Chinese prose (WIP, Kubernetes, Kevin Kelly), or an English acronym or
# coined word (CRISPR, PostgreSQL): what the text names in a script apart from its own, a name to learn.
_LATIN_IN_ZH = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z][A-Za-z0-9+#.\-]*(?: [A-Za-z][A-Za-z0-9+#.\-]*){0,3}")
_ACRONYM_EN = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[a-z]?s?|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[a-z]+\w*)(?![\w-])")
_GLOSS_NEAR = re.compile(r"[（(][^）)]*$")
_JOINED_TO = frozenset(";:/&_@'’₀₁₂₃₄₅₆₇₈₉²³")  # … and CO[₂]: a subscript goes on the token


def _inside_title(before: str, after: str) -> bool:
    """Whether a span stands inside a 《title》 that holds more than the span."""
    return before.rfind("《") > before.rfind("》") and not (before.endswith("《") and after.startswith("》"))


@lru_cache(maxsize=4096)
def _everyday_en(word: str) -> bool:
    """Whether an English word is an everyday one, by wordfreq's small list: it holds every word
    this common at a tenth of the full list's memory, which a Chinese document need not load."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small")) >= EVERYDAY_EN


def _modifies_next_zh(sentence: str, end: int) -> bool:
    """Whether a Chinese noun follows at once (a space apart at most), which the span describes:
    the sentence's next word looked up in jieba's dictionary of word classes."""
    at = end + 1 if sentence[end : end + 1] == " " else end
    if not _CJK.match(sentence[at : at + 1]):
        return False
    word = _words_from(sentence).get(at, "")
    return str(dictionary()[1].get(word, "")).startswith(("n", "vn"))


EVERYDAY_EN = 4.7  # Zipf: a single English word this common is talk, not a term (Python, Docker are rarer)


def _latin_terms(sentence: str, zh: bool, seen: Emphasis | None = None, line: int = 0) -> list[str]:
    """Terms written apart from the sentence's prose: Latin words in a Chinese sentence, acronyms
    and inner-capital words (PostgreSQL) in an English one."""
    found = _LATIN_IN_ZH.finditer(sentence) if zh else _ACRONYM_EN.finditer(sentence)
    out = []
    for m in found:
        term = m.group().strip(" .-")
        if zh and len(term) < 3 and not term.isupper():
            continue  # ta, Hi: a pronoun or a greeting; AI, UI are acronyms
        if seen is not None and seen.mentions(normalize(term), line) < 2:
            continue  # a product or a site named once in passing (Bilibili, RSS) is an aside
        if bare_title(term):
            continue  # CEO, CTO: a title alone says what someone is, not of what
        if zh and " " not in term and not term.isupper() and _everyday_en(term.lower()):
            continue  # an everyday English word dropped into Chinese talk (app, Style, Team)
        if zh and _modifies_next_zh(sentence, m.end()):
            continue  # [Bilibili]频道, [USB] 接口: the term describes the noun after it
        if zh and sentence[m.end() :].lstrip().startswith(("：", ":")):
            continue  # 老师 aside：…, TODO：…: a label over the words after it, not a term in them
        out.append(term)
    return out


def _describes_zh(sentence: str, span: str) -> bool:
    """Whether quoted words stand before 的, describing the noun after them (“看似无法突破”的障碍)."""
    after = sentence[sentence.find(span) + len(span) :].lstrip(QUOTE_MARKS)
    return after.startswith("的") and not after.startswith(("的是", "的话"))


def _raw_sentence(block: Block, sentence: str) -> str:
    """The block's marked-up text, where the sentence's emphasis is still visible."""
    return block.raw if len(block.raw) < 4 * len(sentence) + 200 else sentence


def _sentences(doc: Document) -> Iterable[tuple[Section | None, Block, str]]:
    for section, block in doc.all_blocks():
        if section is not None and CHAPTER_LIST_TITLE.match(section.title):
            continue
        for sentence in split_sentences(block.text):
            yield section, block, sentence


MAX_LIST_BLANKS = 5  # members of a list asked in one cloze: fewer than this
_QUOTE_CHARS = re.compile(r"[“”\"「」『』]")
BLANKS_PER_SENTENCE = 2  # the surest blanks a sentence offers; `salience` keeps one of them
DEFINING = frozenset({"definition", "list"})  # a cloze of what a term is, or what a list holds
_BONUS = {
    "list": 0.3,
    "conclusion": 0.2,
    "emphasis": 0.2,
    "definition": 0.25,
    "marked": 0.1,
    "term": 0.1,
    "name": 0.05,
    "person": 0.05,
}
# TL;DR: …, 一句话总结：…: a summary's label; the sentence after it is the point, the label no part of it
_SUMMARY_LABEL = re.compile(
    r"^\s*(?:TL;?DR|tldr|in short|bottom line|一句话总结|一句话概括|一句话|太长不看版?)\s*[:：]\s*(?=\S)",
    re.I,
)
LIST_LABEL = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.)）]\s*")  # 2、任意线段…: layout


def _anchor_text(sentence: str) -> str:
    """The sentence as its item's anchor: figures masked before the text is normalised (which
    would glue `30% cheaper` into `30cheaper`), so a corrected figure keeps the item's id."""
    return "#".join(normalize(part) for part in mask_figures(sentence).split("#"))[:120]


def _side_people(doc: Document) -> list[str]:
    """The people a document brings in besides the one it centres on, longest form first: who
    did or said what is worth a blank; the main person, named in every other line, is not."""
    main = main_person(doc)
    forms = [
        f
        for f in person_forms(doc)
        if len(f) >= 2 and not (main and (f in main or main in f)) and is_person_name(doc, f)
    ]
    return sorted(forms, key=lambda f: (-len(f), f))


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    zh = doc.language == "zh"
    found = [(t, b, s) for t, b, s in _sentences(doc) if _fits(s, zh)]
    seen = Emphasis.of(doc)
    people = _side_people(doc)
    lead = {b.line for b in doc.preamble[:3]} | {s.blocks[0].line for s in doc.sections[:1] if s.blocks}
    summary = {b.line for s in doc.sections if SUMMARY_HEADING.search(s.title) for b in s.blocks}
    out: list[Draft] = []
    for section, block, sentence in found:
        raw = _raw_sentence(block, sentence)
        written = without_ties(_SUMMARY_LABEL.sub("", LIST_LABEL.sub("", sentence.strip())), zh)
        stressed = (
            block.kind == "quote"
            or _stressed_sentence(raw, sentence)
            or block.line in summary
            or _thesis(written, zh)
        )
        # a leading 他/I resolved to its person: the name is context, never the answer (the blank
        # is chosen in the sentence as written)
        sentence = under_its_term(doc, section, block, resolve_pronouns(doc, section, block, written))
        picked = _blanks(written, raw, zh, seen, block.line, block.line in lead, people, stressed, sentence)
        if not picked:
            continue
        anchor = f"{doc.name}::point::{_anchor_text(written)}"
        for span, why in picked[:BLANKS_PER_SENTENCE]:
            # a quoted word ("节奏") is blanked without its quotes, which stay in the sentence
            span = _QUOTES_AROUND.sub(r"\1", span)
            if sentence.count(span) != 1:
                continue
            if why == "list":
                count = count_of(sentence[: sentence.find(span)])
                members = list_members(span, zh, count)
                if len(members) >= MAX_LIST_BLANKS - (count != len(members)):
                    # five blanks or more: judges kept none of 3, and 6 of 14 of four; four only where
                    # the sentence counts them (四个层次：…), a named set, not a line's odds and ends
                    continue
                if not zh and all(_ARTICLE.match(m) for m in members):
                    # the visible, the hidden, and the invented: each member's article stays in the stem
                    members = [_ARTICLE.sub("", m) for m in members]
                    span_asked = _ARTICLE_IN_LIST.sub(r"\1", span)
                else:
                    span_asked = span
                question, cloze = _blank_each(sentence, span, members)
                # “寻”、“起”: the stem keeps the quotes, the answer none
                span = _QUOTE_CHARS.sub("", span_asked)
            else:
                question = sentence.replace(span, BLANK, 1)
                cloze = sentence.replace(span, "{{c1::" + span + "}}", 1)
            out.append(
                Draft(
                    kind="framework" if why in DEFINING else "claim",
                    type="cloze",
                    anchor=anchor,
                    question=question,
                    answer=span,
                    explanation=sentence,
                    source=Source(doc.name, section.title if section else "", block.line),
                    fact=anchor,
                    score=SCORE + _BONUS[why],
                    cloze=cloze,
                )
            )
    return out
