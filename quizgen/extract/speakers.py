"""People a document names outside its sentences: speakers of turns (`嘉宾（松石茶铺创始人 程望舒）`,
a bare name, or a role word such as 主持人 whose name the turn gives: `我是主持人李珂`) and
metadata fields (`作者：…`, `Author: …`, `本期嘉宾：程望舒（创始人）、…`).

Who interviews whom is read from the turns: the speaker whose turns are mostly questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extract.affiliation import HEADLINE_VERBS_ZH
from quizgen.extract.evidence import Finding, Place, tokens, work_name
from quizgen.extract.lexicon import ORG_HEADS_EN, ROLE_ZH, SURNAMES, is_role_word, words, zipf_en
from quizgen.extract.names import dotted_names, latin_names
from quizgen.extract.people_en import CLAUSE_ROLE_EN
from quizgen.extract.people_zh import name_at
from quizgen.extract.text import tag
from quizgen.ingest.clean import is_cjk
from quizgen.ingest.interview import ASKER_ROLES, FIRST_PERSON
from quizgen.model import Block, Document, MetaField, Section

ROLE_ONLY = frozenset(
    {"主持人", "主持", "嘉宾", "记者", "主播", "观众", "旁白", "问", "答", "提问", "采访者", "受访者"}
    | {"老师", "教授", "讲师", "学生", "同学"}
    | {"host", "guest", "interviewer", "interviewee", "moderator", "q", "a", "question", "answer", "narrator"}
    | {"professor", "lecturer", "instructor", "teacher", "student", "speaker", "panelist", "panellist"}
)
_HOST = ASKER_ROLES
_PROGRAMME_CUE = re.compile(r"节目|播客|访谈|栏目|电台|频道|第\s*\d+\s*期|本期|podcast|show|episode", re.I)
_BOOK = re.compile(r"《([^》]{1,30})》")
META_PEOPLE = {
    "作者": "作者", "作者名": "作者", "撰文": "作者", "著者": "作者", "文": "作者", "编者": "编者",
    "译者": "译者", "主讲": "主讲人", "主讲人": "主讲人", "讲者": "主讲人", "演讲人": "演讲人",
    "演讲者": "演讲人", "讲师": "讲师", "分享人": "分享人", "分享嘉宾": "分享人", "主持": "主持人",
    "主持人": "主持人", "嘉宾": "嘉宾", "本期嘉宾": "嘉宾", "受访者": "受访者", "记者": "记者",
    "访谈对象": "受访者", "采访对象": "受访者", "受访人": "受访者", "受访嘉宾": "受访者",
    "interviewee": "interviewee",
    "author": "author", "authors": "author", "by": "author", "writer": "author", "speaker": "speaker",
    "host": "host", "guest": "guest", "guests": "guest", "interviewer": "interviewer",
    "lecturer": "lecturer", "presenter": "presenter", "editor": "editor", "translator": "translator",
    "facilitator": "facilitator", "instructor": "instructor", "trainer": "trainer", "led by": "facilitator",
    "授课": "讲师", "授课老师": "讲师", "培训师": "讲师", "带领人": "讲师",
}  # fmt: skip
_AUTHORISH = frozenset({"作者", "author"})
_INTERVIEWER = frozenset({"interviewer", "记者"})  # a meeting's 主持人 chairs it: their post is asked


@dataclass(frozen=True, slots=True)
class Speaker:
    label: str
    name: str  # "" when the label is a role word and the turns never give the name
    role: str


def looks_like_name(text: str) -> bool:
    text = text.strip()
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text):
        return _person_zh(text)
    if dotted_names(text) and dotted_names(text)[0].name == text:
        return True
    if any(word in ORG_HEADS_EN for word in text.split()[-1:]):
        return False  # Memory Lab, Northmoor University: an organisation's name (Jo Park is a person)
    return bool(
        re.fullmatch(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|[A-Z]\.|von|van|de|der|da|di|du|la|le))+", text)
    )


def _person_zh(text: str) -> bool:
    """A Chinese name opens with a surname, or jieba knows it as a person's name; a show or a brand
    on the turns (看理想, 小宇宙) does neither."""
    if text[0] in SURNAMES:
        return True
    first = tag(text)[:1]
    return bool(first) and first[0][1] == "nr"


# A transcriber's note in a label's brackets (想了几秒, 笑, laughs, pauses): how it was said, not a role
STAGE_DIRECTION = re.compile(
    r"了|笑|停顿|沉默|叹气|思考|犹豫|板书|举手|插话|小声|鼓掌|上台|演示|读题|翻页"  # (板书): at the board
    r"|\b(?:laughs?|laughing|pauses?|sighs?|smiles?|at the (?:board|whiteboard)|reading|interrupts?)\b",
    re.I,
)


def parse_label(label: str) -> tuple[str, str]:
    """(name, role) of a speaker label: `嘉宾（松石茶铺创始人 程望舒）` -> (程望舒, 松石茶铺创始人)."""
    label = label.strip().rstrip("：:")
    m = re.fullmatch(r"(?P<head>[^（(]*)[（(](?P<inner>[^）)]+)[）)]", label)
    if m:
        head, inner = m.group("head").strip(), m.group("inner").strip()
        parts = inner.rsplit(maxsplit=1)
        if len(parts) == 2 and looks_like_name(parts[1]):
            return parts[1], parts[0]
        if looks_like_name(inner) and not inner.endswith(ROLE_ZH):
            return inner, head
        if looks_like_name(head):
            return head, ("" if STAGE_DIRECTION.search(inner) else inner)  # 林晓舟（想了几秒）: a pause
        return "", inner or head
    if label.lower() in ROLE_ONLY or label.endswith(ROLE_ZH):
        return "", label
    return (label, "") if looks_like_name(label) else ("", "")


def _self_named(text: str) -> str:
    """The name a speaker gives themselves: `我是主持人李珂`, `I'm Jane Doe`."""
    roles = "|".join(ROLE_ZH)
    m = re.search(
        rf"我是(?:[^，。,]{{0,12}}?(?:{roles}))?(?P<name>[\u4e00-\u9fff]{{2,3}})(?=[。，,！!；;]|$)", text
    )
    if m and m.group("name")[0] in SURNAMES:
        return m.group("name")
    m = re.search(r"我是(?:[^，。,]{0,12}?(?:" + roles + r"))?", text)
    if m and (found := _zh_name_at(text, m.end())):
        return found
    m = re.search(r"\b(?:I'm|I am|my name is|this is)\s+", text, re.I)
    if m:
        spots = [s for s in latin_names(text[m.end() :]) if s.start == 0]
        if spots:
            return spots[0].name
    return ""


def _zh_name_at(text: str, at: int) -> str:
    """The Chinese name that starts at `at` in `text`, or ""."""
    if at >= len(text):
        return ""
    found = name_at(tokens(text, at, at + 6), 0, text, ())
    return found.word if found and found.start == at else ""


def programme(doc: Document) -> str:
    """The programme's name (`《大科技播客》`) when the title or opening text names one."""
    heads = [doc.title, *(f.value for f in doc.metadata), *(b.text for _, b in doc.all_blocks()[:4])]
    for text in heads:
        for m in _BOOK.finditer(text):
            if _PROGRAMME_CUE.search(text):
                return m.group()
    return ""


def speakers(doc: Document) -> dict[str, Speaker]:
    """Every turn label, with the name and role it stands for."""
    turns: dict[str, list[Block]] = {}
    for _, block in doc.all_blocks():
        if block.kind == "turn" and block.speaker:
            turns.setdefault(block.speaker, []).append(block)
    out = {}
    for label, blocks in turns.items():
        name, role = parse_label(label)
        if not name and role:
            name = next((n for b in blocks if (n := _self_named(b.text))), "")
        out[label] = Speaker(label, name, role)
    return _answerer_named(doc, _guest_named_by_host(_first_names_in_capitals(doc, out), turns))


_TITLE_CAPS = r"(?:DR|PROF|MR|MRS|MS)\.?\s+"
_CAPITALS_LABEL = re.compile(rf"(?:{_TITLE_CAPS})?[A-Z][A-Z'’-]{{1,20}}(?:\s+[A-Z][A-Z'’-]{{1,20}}){{0,2}}")
_TITLE_IN_CAPITALS = re.compile(rf"^{_TITLE_CAPS}")
NICKNAME_MIN = 3  # letters of a first name's start that a label may shorten it to


def _first_names_in_capitals(doc: Document, cast: dict[str, Speaker]) -> dict[str, Speaker]:
    """A label that is a first or last name in capitals (`PRIYA:`, `MURROW:`), the start of a first
    name (`TEJ:`) or a name's initials (`IC:`), stands for the one person the document names in full
    with it; a full name in capitals (`DR. IMOGEN CASTELLANOS:`) for that name."""
    bare = [label for label, sp in cast.items() if not sp.name and not sp.role]
    labels = [label for label in bare if _CAPITALS_LABEL.fullmatch(label.strip().rstrip(":："))]
    if not labels:
        return cast
    full = {
        spot.name
        for _, block in doc.all_blocks()
        for spot in latin_names(block.text)
        if len(spot.name.split()) >= 2
    }
    full |= {
        spot.name for text in (doc.title, *(f.value for f in doc.metadata)) for spot in latin_names(text)
    }
    said = {
        w
        for text in (*(b.text for _, b in doc.all_blocks()), *(f.value for f in doc.metadata))
        for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text)
    }
    out = dict(cast)
    for label in labels:
        words = _TITLE_IN_CAPITALS.sub("", label.strip().rstrip(":：")).split()
        word = " ".join(w.capitalize() for w in words)  # DR. IMOGEN CASTELLANOS: Imogen Castellanos
        initials = {n for n in full if "".join(w[0] for w in n.split()).upper() == words[0]}
        if len(words) > 1:
            named = {n for n in full if n == word}
        elif 2 <= len(words[0]) <= 3 and initials:  # IC: for Imogen Castellanos, by the initials
            named = initials
        else:
            named = {n for n in full if word in (n.split()[0], n.split()[-1])}
            if not named and len(word) >= NICKNAME_MIN:  # TEJ: for Tejaswini Raman
                named = {n for n in full if n.split()[0].startswith(word)}
        if len(named) == 1:
            out[label] = Speaker(label, named.pop(), "")
        elif not named and len(words) == 1 and word in said and _could_be_a_first_name(word):
            out[label] = Speaker(label, word, "")  # MARISOL: with Marisol (host), Ken, …: a first name only
    return out


# AUDIENCE:, CALLER:, ALL:: a voice of many or a role, never one person's first name
_GROUP_LABELS = frozenset(
    words("audience crowd caller callers announcer narrator everyone all both others group panel voice "
          "voiceover chorus students student members member listener listeners unknown speaker participant "
          "participants")
)  # fmt: skip
EVERYDAY_WORD = 5.0  # wordfreq's Zipf: Mark, Voice, Student are words first


def _could_be_a_first_name(word: str) -> bool:
    return word.lower() not in _GROUP_LABELS and zipf_en(word.lower()) < EVERYDAY_WORD


_GUEST_ROLES = frozenset({"嘉宾", "guest", "受访者", "interviewee"})
_INTRO_EN = re.compile(
    r"\b(?:with|joined by|welcome|welcoming|guest is|talking to|speaking with|talked to|spoke to"
    r"|interviewed)\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)+)"
)
_INTRO_ZH = re.compile(
    r"(?:请到了?(?:的是)?|邀请到了?|欢迎|采访了|专访了|嘉宾(?:是|为)[：:]?)(?:[^，。,]{0,14}?(?:"
    + "|".join(ROLE_ZH)
    + r"))?"
)


def _guest_named_by_host(cast: dict[str, Speaker], turns: dict[str, list[Block]]) -> dict[str, Speaker]:
    """A lone guest label whose turns never say the name (`Guest:`) takes the name the host
    introduces in their first turn (`Today I'm with Dr. Lena Ortiz`, `今天请到了…创始人王磊`)."""
    unnamed = [label for label, sp in cast.items() if not sp.name and sp.role.lower() in _GUEST_ROLES]
    guests = [label for label, sp in cast.items() if sp.role.lower() in _GUEST_ROLES]
    hosts = [label for label, sp in cast.items() if sp.role.lower() in _HOST]
    if len(unnamed) != 1 or len(guests) != 1 or len(hosts) != 1:
        return cast
    first = turns[hosts[0]][0].text
    named = {m.group("name") for m in _INTRO_EN.finditer(first)}
    named |= {found for m in _INTRO_ZH.finditer(first) if (found := _zh_name_at(first, m.end()))}
    if len(named) != 1:
        return cast
    label = unnamed[0]
    return {**cast, label: Speaker(label, named.pop(), cast[label].role)}


ANSWERER_ROLES = _GUEST_ROLES | {"答", "a", "answer"}
# the metadata keys that name the one interviewed (嘉宾：, 访谈对象：, Guest:)
_GUEST_FIELDS = frozenset(key for key, role in META_PEOPLE.items() if role in _GUEST_ROLES)
_TITLE_BEFORE_ZH = re.compile(rf"(?:{HEADLINE_VERBS_ZH})[|｜:：·\s]*")  # 对话林若溪, 专访｜林若溪
_TITLE_AFTER_ZH = re.compile(r"[|｜:：·\s]*(?:专访|访谈)")  # 林若溪专访
_TITLE_EN = re.compile(
    r"(?:\b(?:interview|conversation|talk|chat|Q&A)\s+with|^(?:an\s+)?(?:interview|Q&A)\s*[:|–—-])\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\.?\s+)?",
    re.I,
)
_TALKED_EN = re.compile(r"\b(?:talked|spoke|chatted|sat down)\s+(?:to|with)\s+(?:us|me)\b")
_ACCEPTED_ZH = re.compile(r"接受了?[^。！？]{0,12}(?:采访|专访)")
_INTRO_BLOCKS = 3  # paragraphs before the first turn where the one interviewed is introduced


def _answerer_named(doc: Document, cast: dict[str, Speaker]) -> dict[str, Speaker]:
    """A lone answerer without a name (`A:`, or the answers after questions only labelled) is the
    one the document says it interviews: a guest field (`嘉宾：林若溪`), the title (`Interview with
    X`, `对话X`), an introduction before the first turn (`X, a … at …, talked to us`, `我们采访了X`),
    or the author when the introduction speaks in the first person (`I was interviewed …`)."""
    answering = [label for label, sp in cast.items() if sp.role.lower() in ANSWERER_ROLES]
    if len(answering) != 1 or cast[answering[0]].name:
        return cast
    taken = {sp.name for sp in cast.values() if sp.name}
    for find in (_guest_fields, _title_guest, _introduced, _narrating_author):
        names = find(doc) - taken
        if len(names) == 1:
            label = answering[0]
            return {**cast, label: Speaker(label, names.pop(), cast[label].role)}
    return cast


def _guest_fields(doc: Document) -> set[str]:
    keys = {f for f in doc.metadata if f.key.strip().lower().rstrip("：:") in _GUEST_FIELDS}
    return {name for f in keys for name, _ in _named_parts(f.value)}


def _title_guest(doc: Document) -> set[str]:
    title = doc.title
    found = {n for m in _TITLE_BEFORE_ZH.finditer(title) for n in _names_from(title, m.end())}
    first = _names_from(title, 0)
    if first and _TITLE_AFTER_ZH.match(title, title.find(first[-1]) + len(first[-1])):
        found.update(first)
    for m in _TITLE_EN.finditer(title):
        found.update(_names_from(title, m.end()))
    return found


_AND = re.compile(r"\s*(?:和|与|及|、|&|and\b)\s*")


def _names_from(text: str, at: int) -> list[str]:
    """The names written from `at` on, one after another (`Marta Quell and Tom Ashby`, `林若溪和周岚`)."""
    out: list[str] = []
    while at < len(text):
        latin = [s for s in latin_names(text[at:]) if s.start == 0]
        name = latin[0].name if latin else _zh_name_at(text, at) if is_cjk(text[at]) else ""
        if not name:
            break
        out.append(name)
        joint = _AND.match(text, at + len(name))
        if not joint:
            break
        at = joint.end()
    return out


def _intro(doc: Document) -> list[str]:
    out: list[str] = []
    for _, block in doc.all_blocks():
        if block.kind == "turn" or len(out) >= _INTRO_BLOCKS:
            break
        out.append(block.text)
    return out


def _introduced(doc: Document) -> set[str]:
    found: set[str] = set()
    for text in _intro(doc):
        found.update(n for m in _INTRO_EN.finditer(text) for n in _names_from(text, m.start("name")))
        found.update(n for m in _INTRO_ZH.finditer(text) for n in _names_from(text, m.end()))
        for sentence in re.split(r"(?<=[.!?。！？])\s*", text):
            if _TALKED_EN.search(sentence) or _ACCEPTED_ZH.search(sentence):
                found.update(_names_from(sentence, 0))
    return found


def _narrating_author(doc: Document) -> set[str]:
    if not any(FIRST_PERSON.search(text) for text in _intro(doc)):
        return set()
    fields = [f for f in doc.metadata if META_PEOPLE.get(f.key.strip().lower().rstrip("：:")) in _AUTHORISH]
    return {name for f in fields for name, _ in _named_parts(f.value)}


def _question_share(blocks: list[Block]) -> float:
    return sum(1 for b in blocks if re.search(r"[？?]", b.text)) / max(len(blocks), 1)


def _turns_by_label(doc: Document) -> dict[str, list[tuple[Section | None, Block]]]:
    out: dict[str, list[tuple[Section | None, Block]]] = {}
    for section, block in doc.all_blocks():
        if block.kind == "turn" and block.speaker:
            out.setdefault(block.speaker, []).append((section, block))
    return out


HEADER_LINES = 8  # the lines a document's head (its title, byline and credits) may take
_HOSTS_LINE = re.compile(r"^\W*(?:(?:co-?hosts?|hosts?|主持人?|主播|主理人)\s*[:：]|hosted by\b)", re.I)


def _both_hosts(doc: Document, names: list[str]) -> bool:
    """Whether a line of the document's head names every speaker as a host (Hosts: A and B)."""
    head = [*doc.lines[:HEADER_LINES], *(b.text for b in doc.preamble)]
    return any(_HOSTS_LINE.match(line) and all(n in line for n in names) for line in head)


def speaker_findings(doc: Document, cast: dict[str, Speaker]) -> list[Finding]:
    """Evidence from the turns: each named speaker with the role the label or the turns give."""
    zh = doc.language == "zh"
    show = programme(doc)
    turns = _turns_by_label(doc)
    named = {label: sp for label, sp in cast.items() if sp.name}
    shares = {label: _question_share([b for _, b in turns[label]]) for label in named}
    asker = max(shares, key=lambda k: (shares[k], -len(k)), default="")
    if not (
        # two hosts and a guest, named or not: "who interviewed the guest?" has two answers
        len(named) == len(cast) == 2
        # Hosts: A and B: two co-hosts talking it over, the one asking more interviews nobody
        and not _both_hosts(doc, [sp.name for sp in named.values()])
        and shares.get(asker, 0) >= 0.5
        and all(v < 0.5 for k, v in shares.items() if k != asker)
    ):
        asker = ""
    talk = {k: sum(len(b.text) for _, b in turns[k]) for k in named if k != asker}
    answerer = max(talk, key=lambda k: talk[k], default="") if asker else ""
    where = f"在{show}这期节目中，" if zh and show else ("在这期访谈中，" if zh else "")
    out = []
    for label, sp in named.items():
        section, block = turns[label][0]
        place, said = Place(section, block, block.line), block.text
        role_key = sp.role.lower()
        if label == asker and not sp.role:
            other = named[answerer].name
            frame = f"{where}{{}}采访了{other}" if zh else f"{{}} interviewed {other}"
            out.append(Finding(sp.name, "采访者" if zh else "interviewer", "interviewer", frame, said, place))
        elif label == answerer and asker and not sp.role:
            host = named[asker].name
            gap = " " if re.search(r"[A-Za-z]$", host) else ""
            frame = f"{where}{host}{gap}采访了{{}}" if zh else f"{host} interviewed {{}}"
            out.append(Finding(sp.name, "受访者" if zh else "interviewee", "interviewee", frame, said, place))
        elif role_key in _HOST:
            role = "主持人" if sp.role == "主持" else sp.role
            frame = f"{{}}是{show or '这期节目'}的{role}" if zh else f"{{}} was the {role}"
            out.append(Finding(sp.name, role, "host", frame, said, place))
        elif sp.role and role_key not in ROLE_ONLY:
            frame = f"{{}}是{sp.role}" if zh else f"{{}} is the {sp.role}"
            out.append(Finding(sp.name, sp.role, "speaker", frame, said, place))
    return out


def metadata_findings(doc: Document) -> list[Finding]:
    """People in metadata fields; an author is the author of the work the metadata names."""
    zh = doc.language == "zh"
    work = work_name(doc)
    out = []
    in_body = _fields_in_body(doc)
    for field in [*doc.metadata, *in_body]:
        role = META_PEOPLE.get(field.key.strip().lower().rstrip("：:"))
        if not role:
            continue
        for name, given in _named_parts(field.value):
            if field in in_body and not given:
                continue  # 演讲人：余中强 under a talk's heading says no more than that he spoke
            if role in _INTERVIEWER:
                given = ""  # who asked an interview's questions is its furniture, whatever their title
            if role in _AUTHORISH and work:
                given = f"《{work}》的作者" if zh else f"author of “{work}”"
            who = given or role
            clause = not zh and CLAUSE_ROLE_EN.match(given)  # (edits the newsletter, …): no role to name
            frame = (f"{{}}是{who}" if zh else f"{{}} is the {who}") if given and not clause else ""
            out.append(
                Finding(
                    name,
                    who,
                    "metadata",
                    frame,
                    field.value,
                    Place(None, None, field.line),
                )
            )
    return out


def _fields_in_body(doc: Document) -> list[MetaField]:
    """A line under a talk's heading naming its speaker (`演讲人：X，某物流平台的研发负责人`, `Speaker:
    Jane Roe, CTO at Acme`): read as a turn by its label, it is a field, not words said."""
    out = []
    for _, block in doc.all_blocks():
        if block.kind == "turn":
            label, value = block.speaker, block.text
        elif found := _FIELD_LINE.match(block.text):
            label, value = found["key"], found["value"]
        else:
            continue
        key = label.strip().lower()
        short = len(value) <= _FIELD_CHARS and not _SENTENCE_END.search(value)
        if key in META_PEOPLE and key not in ROLE_ONLY and short:
            out.append(MetaField(label, value, block.line))
    return out


_FIELD_LINE = re.compile(r"^\s*(?P<key>[^：:\s]{1,12}|[A-Za-z]+)\s*[：:]\s*(?P<value>.+?)\s*$")
_FIELD_CHARS = 80
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


def _named_parts(value: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a metadata value: `程望舒（创始人）、周岚（负责人）`, and in English a
    role after the name's comma: `Tom Whitaker, CEO of Ferrobot`."""
    out: list[tuple[str, str]] = []
    parts = re.split(r"([、,，;；/&](?![^（(]*[）)])|\band\b)", value)  # not inside brackets
    pieces, joints = parts[::2], ["", *parts[1::2]]
    for i, part in enumerate(pieces):
        part = _FORM_OF_ADDRESS.sub("", part)  # Dr. Ana Reis: the name after how she is addressed
        dashed = _NAME_DASH_ROLE.fullmatch(part)
        if dashed and looks_like_name(dashed["name"]):  # Ana Reis — glassblower: the role after a dash
            out.append((dashed["name"], dashed["role"].strip()))
            continue
        m = re.fullmatch(r"\s*(?P<name>[^（(]+?)\s*(?:[（(](?P<role>[^）)]+)[）)])?\s*", part)
        role = out[-1][1] if out else ""
        if not part.strip():
            continue
        if m and out and not role and not _CJK.search(part) and _english_role(part):
            out[-1] = (out[-1][0], part.strip())  # Senior Features Editor: a title, however capitalised
        elif m and role and _english_role(part):
            # Founder and Chief Executive: a second title of the same person, never a name
            out[-1] = (out[-1][0], f"{role}{' and ' if joints[i].strip() == 'and' else ', '}{part.strip()}")
        elif (
            m
            and role
            and joints[i].strip() != "and"
            and not re.search(r"\b(?:of|at|for)\b", role)
            and not _CJK.search(part)
            and part.strip()[:1].isupper()  # head coach at a club: more of the role, lower-case
            and not any(_english_role(p) for p in pieces[i + 1 : i + 2])
        ):
            # Founder, Quillmoor Ferry Works: the organisation the title is held at, not a person
            # (`…, CEO, and Ana Reis, CTO`: a name with a title after it is the next person)
            out[-1] = (out[-1][0], f"{role} at {part.strip()}")
        elif m and looks_like_name(m.group("name")) and not _OF_SOMEONE_BEFORE.match(m.group("role") or ""):
            given = _without_full_name((m.group("role") or "").strip())
            # 沈立衡（东湖书局，2019）: a publisher and a year in the brackets note the edition, no role
            out.append((m.group("name").strip(), "" if _EDITION_NOTE.search(given) else given))
        elif m and out and not role and _role_phrase(part):
            out[-1] = (out[-1][0], _without_aside(part))
    return out


_CJK = re.compile(r"[\u4e00-\u9fff]")
# …School of Law & Public Policy (she also chairs a panel): a bracket speaking of someone named before
# says the words before it are no new person
_OF_SOMEONE_BEFORE = re.compile(r"\s*(?:(?:she|he|they|her|his|their)\b|[她他])", re.I)
_FORM_OF_ADDRESS = re.compile(r"^\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+(?=[A-Z])")
_NAME_DASH_ROLE = re.compile(
    r"\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+[—–-]\s+(?P<role>[a-z].*)"
)
_NAME_THEN_ROLE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[，,]\s*(?P<role>.+)$")


def _without_full_name(bracket: str) -> str:
    """老韦（韦志成，做了十年渡船的船长） is 做了十年渡船的船长: the full name opening the brackets
    of one called by a nickname is who they are, not their role (asked, it would give them away)."""
    found = _NAME_THEN_ROLE.match(bracket)
    return found["role"].strip() if found and looks_like_name(found["name"]) else bracket


_EDITION_NOTE = re.compile(r"(?:^|[，,\s])(?:1[5-9]|20)\d\d(?:年|\s*$|[，,)）])")


def _without_aside(role: str) -> str:
    """`北辰互娱发行总监（之前在大厂做了6年）` is 北辰互娱发行总监: an aside in brackets is no part of
    the role; a short gloss in Latin letters is (`技术主管(Director of Engineering)`)."""
    found = re.match(r"(?P<head>[^（(]+)[（(](?P<inside>[^）)]*)[）)]?\s*$", role.strip())
    if not found or re.fullmatch(r"[A-Za-z .&-]+", found["inside"]):
        return role.strip()
    return found["head"].strip()


def _role_phrase(text: str) -> bool:
    """`CEO of Ferrobot`, `某物流平台的研发负责人(Director of Engineering)`: a phrase holding a role."""
    head = re.split(r"\s*[（(]", text.strip(), maxsplit=1)[0]
    return _english_role(text) or head.endswith(ROLE_ZH)


def _english_role(text: str) -> bool:
    """`CEO of Ferrobot`, `a retired engineer`: a phrase holding a role word."""
    words = re.findall(r"[A-Za-z-]+", text)
    return bool(words) and any(is_role_word(w) for w in words)
