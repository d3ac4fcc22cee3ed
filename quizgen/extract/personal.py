"""First and second person in a speaker's turn: 我/I/my/me is the speaker, 你/您/you/your the one
spoken to, 我们/we/our/us the speaker's organisation and 你们 the addressee's (where a role names
one: `松石茶铺创始人`). Quoted words are someone else's and stay as written, and so does whatever
nothing resolves (the quality gate rejects a question that still says 我/you).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.extract.lexicon import IRREGULAR_PAST_EN, words
from quizgen.extract.text import KIN_ZH, QUOTED

# (我们国家: not 我 before 们 either, once 我们 has given way to the 国 after it)
_ZH = re.compile(r"(?<![自忘唯无本大小迷敌彼物你我])(?P<p>我们|咱们|你们|我(?!们)|您|你(?!们))(?![国我你])")
# "We" that is everyone, not the speaker's organisation: 我们所处的, 我们每个人, 让我们.
_ZH_EVERYONE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,3}?所(?:处|在|知|见|面临|经历)|都|每个人|大家|一起|人类|这一代|这些人|自己|俩|两个人"
)
_ZH_EVERYONE_BEFORE = re.compile(r"让|请|使$")
_EN = re.compile(
    r"(?<![\w'’])(?P<p>I|[Mm]y|me|[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)(?P<tail>['’](?:m|ve|re|d|ll))?(?![\w'’])"
    r"(?![-–]\d)"  # I-5, I-95: a road's name, not the speaker
)
_EN_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:.!?—–-]\s*|\b(?:that|and|but|so|when|if|because|as|while|since|although|though|where|then"
    r"|until|unless|once|before|after|whether|whenever|wherever|however|how)\s+)$",
    re.I,
)
_EN_EVERYONE = re.compile(r"^\s+(?:all|humans|as a)\b")
_EN_ADVERBS = (
    r"(?:\w+ly|now|also|still|just|already|never|always|often|only|even|then|almost|once|first|later|ever|"
    r"soon|again)"
)
_EN_NEXT = re.compile(rf"^(\s+)((?:{_EN_ADVERBS}\s+)*)([a-z]+)\b")
_EN_CONTRACTION = {"m": " is", "ve": " has", "re": " is", "d": " would", "ll": " will"}
_EN_TO_THIRD = {"am": "is", "are": "is", "have": "has", "do": "does", "were": "was"}
_MODALS = frozenset(["will", "would", "can", "could", "should", "might", "may", "must", "shall"])


@dataclass(frozen=True, slots=True)
class Voices:
    """Who 我, 你, 我们 and 你们 stand for in one turn ("" where nothing says)."""

    speaker: str = ""
    addressee: str = ""
    own_org: str = ""
    other_org: str = ""


def resolve_personal(text: str, voices: Voices, zh: bool) -> str:
    """`text` with its first- and second-person words replaced, outside quotes."""
    out, pos = [], 0
    for m in QUOTED.finditer(text):
        out += [_resolve_plain(text[pos : m.start()], voices, zh), m.group()]
        pos = m.end()
    out.append(_resolve_plain(text[pos:], voices, zh))
    return "".join(out)


def before_open_quote(text: str) -> tuple[str, str]:
    """`text` cut where a quotation opens that it does not close (`"Twenty dollars across my
    fields…`): the words before are the writer's, the rest someone else's."""
    pos = 0
    for m in QUOTED.finditer(text):
        pos = m.end()
    opened = _QUOTE_MARK.search(text, pos)
    return (text[: opened.start()], text[opened.start() :]) if opened else (text, "")


_QUOTE_MARK = re.compile(r"[“「『\"]")


def _resolve_plain(text: str, v: Voices, zh: bool) -> str:
    if zh:
        return _without_repeated_tail(_ZH.sub(lambda m: _zh_word(m, text, v), text), (v.own_org, v.other_org))
    return _resolve_en(text, v)


def _without_repeated_tail(text: str, orgs: tuple[str, ...]) -> str:
    """我们诊所 read as 口腔诊所 + 诊所: the noun after 我们 that ends the organisation's name is its own."""
    for org in filter(None, orgs):
        for size in range(min(len(org) - 1, 4), 1, -1):
            text = text.replace(org + org[-size:], org)
    return text


def _zh_word(m: re.Match[str], text: str, v: Voices) -> str:
    word = m.group("p")
    after, before = text[m.end() :], text[: m.start()]
    if word in {"我们", "咱们"}:
        everyone = _ZH_EVERYONE_AFTER.match(after) or _ZH_EVERYONE_BEFORE.search(before)
        return v.own_org if v.own_org and not everyone else word
    if word == "你们":
        return v.other_org if v.other_org and not _ZH_EVERYONE_AFTER.match(after) else word
    name = v.speaker if word == "我" else v.addressee
    if not name or (word in {"你", "您"} and _generic_you_zh(after)):
        return word
    if word == "我" and _INNER_VOICE_ZH.search(before):
        return word  # 很多人心里想的是，我要是不去…: someone else's thought in their own 我
    return f"{name}的" if KIN_ZH.match(after) else name


# 你 that is the one spoken to: in a question (你当时为什么…？), or before what they did or said
# (你刚才说, 你之前在…); elsewhere in a turn it is anyone (你的营收里面，理想状态下要有七成…).
_ZH_ADDRESSED_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,2}?(?:刚才|刚刚|当时|那时|之前|以前|上次|曾经|当年|说过|提到|讲过|说的|讲的|提的|做的|写的|"
    r"一直|也是|是不是|是怎么|怎么|为什么|觉得|认为|创办|创立|加入)"
)


# Someone else's thought, quoted in their own words without quotes: 顾客的心态是，我…, 用户会想：我…
_INNER_VOICE_ZH = re.compile(
    r"(?:人|们|家|者|户|客|方|他|她|别人|对方)[^，,。；;：:]{0,6}(?:的感觉|的想法|会觉得|会想|心想|心里想|的心态)(?:是|的是)?"
    r"[，,：:]?\s*$"
)


def _generic_you_zh(after: str) -> bool:
    """Whether 你 in a turn means anyone rather than the one spoken to."""
    sentence_end = re.search(r"[。！？!?]", after)
    ends = after[sentence_end.start()] if sentence_end else ""
    return ends not in {"？", "?"} and not _ZH_ADDRESSED_AFTER.match(after)


def _resolve_en(text: str, v: Voices) -> str:
    said = _resolve_en_words(text, v)
    if v.addressee and _YOU_LEFT.search(said):
        # once you're wet through, your coat is no use: a you left as anyone makes its your anyone's
        said = _resolve_en_words(text, replace(v, addressee=""))
    return said


_YOU_LEFT = re.compile(r"\byou(?:['’](?:re|ve|d|ll))?\b", re.I)


def _resolve_en_words(text: str, v: Voices) -> str:
    out, pos = [], 0
    for m in _EN.finditer(text):
        out.append(text[pos : m.start()])
        low = m.group("p").lower()
        name = v.own_org if low in _OURS else v.speaker
        # Okafor thinks they…, Northwind sells the kit it designed…: named once in a sentence, then the
        # pronoun a reader expects, not the name again
        again = low in _AGAIN and bool(name) and name.lower() in _this_sentence("".join(out)).lower()
        replaced, pos = _en_word(text, m, v, again)
        if replaced[:1].islower() and replaced != m.group() and _SENTENCE_START.search("".join(out)):
            replaced = replaced[0].upper() + replaced[1:]  # I learned … -> The interviewee learned …
        out.append(replaced)
    out.append(text[pos:])
    return "".join(out)


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[“\"]\s*)$")
_SENTENCE_END = re.compile(r"[.!?;]\s+")
# the speaker (they, their, them) and their organisation (it, its) once named in the sentence
_AGAIN = {"i": "they", "my": "their", "me": "them", "we": "it", "our": "its", "us": "it"}
_OURS = frozenset({"we", "our", "us"})
# I am, I was, I'm: the forms "they" takes instead
_EN_TO_PLURAL = {"am": "are", "was": "were"}
_EN_CONTRACTION_PLURAL = {"m": " are", "ve": " have", "re": " are", "d": " would", "ll": " will"}
_NEGATED_TO_PLURAL = {"wasn": "weren"}


def _this_sentence(text: str) -> str:
    """The words of `text` since its last sentence ended."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def _en_word(text: str, m: re.Match[str], v: Voices, again: bool = False) -> tuple[str, int]:
    """The replacement for the pronoun at `m` and where the text resumes after it; `again`: its
    name was said earlier in the sentence (a pronoun stands for it)."""
    low = m.group("p").lower()
    who = {"i": v.speaker, "my": v.speaker, "me": v.speaker, "you": v.addressee, "your": v.addressee}
    who |= {"we": v.own_org, "our": v.own_org, "us": v.own_org}
    name = _AGAIN[low] if again else who[low]
    after = text[m.end() :]
    if not name or (low in {"we", "us"} and _EN_EVERYONE.match(after)):
        return m.group(), m.end()
    if low in {"my", "your", "our"}:
        return (name if again else f"{name}'s"), m.end()
    if again and low == "i":
        return _with_its_verb("they", m, after, plural=True)  # Okafor thinks they were wrong
    subject = (
        low in {"i", "we"}
        or bool(m.group("tail"))  # you're, you'd: a contraction follows its subject wherever it stands
        or (low == "you" and _EN_SUBJECT_BEFORE.search(text[: m.start()]))
    )
    if (
        low == "you"
        and (subject or _EN_MODAL_NEXT.match(after))
        and _generic_you_en(after, m.group("tail") or "")
    ):
        return m.group(), m.end()
    if not subject:
        return name, m.end()
    return _with_its_verb(name, m, after, plural=False)


def _with_its_verb(subject: str, m: re.Match[str], after: str, plural: bool) -> tuple[str, int]:
    """`subject` for the first-person pronoun at `m`, with the verb after it agreeing: a name or it
    takes the third person (I think -> Okafor thinks, we're -> it is), they the plural (I was ->
    they were); and where the text resumes."""
    tail = (m.group("tail") or "")[1:]
    if tail == "d" and participle_next(after):
        return subject + " had", m.end()  # we'd raised a seed: had, not would
    if tail:
        return subject + (_EN_CONTRACTION_PLURAL if plural else _EN_CONTRACTION)[tail], m.end()
    verb = _EN_NEXT.match(after)
    if not verb or verb.group(3) in _NOT_A_VERB:
        return subject, m.end()  # I or he looked…, I and my team: the subject goes on, no verb yet
    space, adverbs, form = verb.groups()
    if re.match(r"['’]t\b", after[verb.end() :]):  # didn't, can't, haven't: the negated auxiliary
        negated = (_NEGATED_TO_PLURAL if plural else _NEGATED_TO_THIRD).get(form, form)
        return f"{subject}{space}{adverbs}{negated}", m.end() + verb.end()
    agreeing = _EN_TO_PLURAL.get(form, form) if plural else third_person(form)
    return f"{subject}{space}{adverbs}{agreeing}", m.end() + verb.end()


_NOT_A_VERB = frozenset(
    words("or and nor but too as to in on at of for with from by the a an who that which myself alone")
)
# I don't -> X doesn't, I haven't -> X hasn't, I wasn't stays; didn't, can't, won't are every person's
_NEGATED_TO_THIRD = {"don": "doesn", "haven": "hasn", "aren": "isn", "weren": "wasn"}


# `you` as a subject that is the one spoken to: before what they did or said (you said, you'd
# written, you've worked, you were), or in a question; `you can still trigger it`, `if you dig` is
# anyone. (As an object, `told you` is the one spoken to.)
_EN_MODAL_NEXT = re.compile(rf"^\s+(?:{_EN_ADVERBS}\s+)*(?:{'|'.join(sorted(_MODALS))}|need|have to)\b")
_EN_ADDRESSED_TENSE = re.compile(rf"^\s+(?:{_EN_ADVERBS}\s+)*(?P<verb>[a-z]+)\b")


_SUPPOSING = re.compile(r"^\s+(?:think|expect|imagine|guess|assume|suppose|believe)\b")


def _generic_you_en(after: str, tail: str) -> bool:
    """Whether `you` in a turn means anyone rather than the one spoken to."""
    end = re.search(r"[.!?]", after)
    if end and after[end.start()] == "?":
        return False
    if tail[1:] == "d" and _SUPPOSING.match(after):
        return True  # …more than you'd think: anyone's guess, not the one spoken to
    if tail[1:] in {"ve", "d"}:
        return False  # you've worked, you'd written: what they did
    verb = _EN_ADDRESSED_TENSE.match(after)
    form = verb["verb"] if verb else ""
    return not (past_form(form) or form in {"were", "did", "had"})


# need, feed, proceed, embed: a present form that ends as a past one does
_ED_PRESENT = frozenset(words("need feed seed speed bleed breed heed proceed succeed exceed embed shed wed"))


def past_form(verb: str) -> bool:
    """Whether an English verb form is a past one (worked, wrote; not need, proceed)."""
    return (verb.endswith("ed") and verb not in _ED_PRESENT) or verb in IRREGULAR_PAST_EN


def participle_next(after: str) -> bool:
    verb = _EN_ADDRESSED_TENSE.match(after)
    form = verb["verb"] if verb else ""
    return past_form(form) or form in {"been", "done", "gone", "seen", "taken"}


def third_person(verb: str) -> str:
    """The form of `verb` after he/she/it: `think` -> `thinks`; past forms and modals unchanged."""
    if verb in _EN_TO_THIRD:
        return _EN_TO_THIRD[verb]
    if verb in _MODALS or past_form(verb):
        return verb
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"
