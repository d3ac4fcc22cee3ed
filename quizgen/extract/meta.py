"""Extraction of metadata: the `key: value` fields ingest found (normalised to title, author, date,
url, programme, episode, duration, journal, …), and what a title line says by its shape — a quoted
work (`《X》读书笔记`, `Notes: "X"`), a programme and its issue (`《X》第47期｜…`) — plus a programme
named in the opening lines (`本期《X》…`). Also the document's genre word (访谈, 笔记, lecture notes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.extract.text import normalize
from quizgen.model import Document, Fact, Meta, Source

# Normalised field -> keys as people write them (compared after `normalize`).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("标题", "题目", "书名", "书目", "篇名", "名称", "片名", "剧名", "title", "booktitle"),
    "author": (
        "作者",
        "著者",
        "原作者",
        "撰文",
        "撰稿",
        "文",
        "author",
        "authors",
        "by",
        "writer",
        "writtenby",
    ),
    "published": (
        "出版时间",
        "出版日期",
        "发表时间",
        "发表日期",
        "出版年份",
        "published",
        "publicationdate",
        "released",
    ),
    "date": ("日期", "时间", "年份", "发布时间", "发布日期", "录制时间", "date", "recorded", "aired"),
    "url": ("url", "链接", "网址", "原文链接", "原文地址", "地址", "link", "sourceurl", "web"),
    "source": ("来源", "出处", "source"),
    "programme": (
        "节目",
        "节目名称",
        "节目名",
        "栏目",
        "播客",
        "播客名",
        "podcast",
        "show",
        "programme",
        "program",
        "series",
    ),
    "episode": ("期数", "期号", "集数", "episode", "issue", "ep"),
    "duration": ("时长", "节目时长", "总时长", "duration", "runtime", "runningtime"),
    "length": ("篇幅", "页数", "length", "pages"),
    "journal": ("期刊", "刊物", "杂志", "journal", "magazine", "periodical"),
    "publisher": ("出版社", "出版方", "出版者", "publisher", "press"),
    "issuer": ("发布机构", "发布单位", "编制单位", "发布方", "issuedby", "issuer"),
    "platform": ("播出平台", "播放平台", "上线平台"),  # not 平台 alone: a term in economics notes
    "director": ("导演", "总导演", "director", "directedby"),
    "narrator": ("解说", "旁白", "narrator", "narratedby"),
    "producer": ("出品", "出品方", "制片", "制片人", "producer", "producedby"),
    "course": ("课程", "课程名称", "course", "class", "module"),
    "guest": ("嘉宾", "guest", "guests"),
    "host": ("主持人", "主持", "主播", "host", "hosts"),
    "speaker": ("主讲", "主讲人", "讲者", "讲师", "speaker", "lecturer", "presenter"),
    "translator": ("译者", "翻译", "translator", "translatedby"),
    "editor": ("编辑", "责任编辑", "编者", "editor", "editedby"),
    "compiler": ("整理", "整理者", "整理人", "记录", "记录人", "笔记整理", "notesby", "compiledby"),
    # where and for whom an event was held: its header, asked by no item and defining no term
    "venue": ("地点", "会议地点", "活动地点", "场地", "venue", "location"),
    "organiser": ("主办", "主办方", "承办", "承办方", "organiser", "organizer", "organisedby", "organizedby"),
    "attendees": ("参训", "参会", "参会人", "参加者", "参与者", "出席", "attendees", "participants"),
    # a visit's practical fields: what it costs and when it opens, no term
    "visit": ("门票", "票价", "开放时间", "交通", "tickets", "admission", "openinghours"),
}
_FIELD_OF = {normalize(k): f for f, keys in FIELDS.items() for k in keys}
FIELD_KEYS = frozenset(_FIELD_OF)

# Words that say what kind of document a title announces; longest first so 课堂笔记 beats 笔记.
GENRES_ZH = (
    "读书笔记", "课堂笔记", "学习笔记", "会议纪要", "访谈", "对话", "播客", "节目", "讲座", "演讲",
    "笔记", "纪要", "课程", "文章", "报告", "书评", "摘要", "总结",
)  # fmt: skip
GENRES_EN = (
    "lecture notes", "reading notes", "study notes", "book notes", "talk summary", "notes", "summary",
    "talk", "lecture", "interview", "podcast", "episode", "article", "essay", "report", "review",
)  # fmt: skip

_EPISODE_ZH = re.compile(
    r"^《(?P<prog>[^》]{1,30})》\s*(?P<ep>第\s*[0-9一二三四五六七八九十百零\u3007两]+\s*[期集讲回])"
    r"\s*(?:[｜|:：\-—–·]+\s*)?(?P<rest>.*)$"
)
_EPISODE_EN = re.compile(
    r"^(?P<prog>[^:|#]{2,60}?)\s*[,:|–—-]?\s*(?P<ep>(?:Episode|Ep\.?|#)\s*\d+)\s*(?:[:|–—-]+\s*)?(?P<rest>.*)$",
    re.I,
)
_WORK_ZH = re.compile(r"《(?P<work>[^《》]{1,40})》")
_WORK_EN = re.compile(r"[“\"](?P<work>[^“”\"]{3,80})[”\"]")
# 读书笔记：Quiet Work - a subtitle: the book the notes are on, named after their genre (not in 《》)
_NOTES_ON_ZH = re.compile(
    r"^(?:读书笔记|读后感|书摘|阅读笔记)\s*[：:|｜]\s*(?P<work>[A-Za-z][^《》：:]{1,60}?)(?:\s+[-—–]+\s+.*)?$"
)
_PROGRAMME_INTRO = re.compile(
    r"(?:本期|这期|本集|这一期|欢迎收听|欢迎来到|收听)\s*的?\s*《(?P<prog>[^《》]{1,24})》"
)
# a maker's name in Latin letters: a few capitalised words, a title before them at most
_LATIN_NAME = r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
# A title naming a work and who made it: `Quiet Work by Ana Reis`, `"X" by Tomas Brandt`,
# `《X》（王某 著）`, `《X》作者：王某`. The maker is a name: a few capitalised words, or a short run
# without punctuation; a nationality tag (`[美]`) is not part of it.
_BY_EN = re.compile(
    r"^(?P<work>[“\"]?[^“”\"]{2,80}?[”\"]?)\s+by\s+"
    rf"(?P<author>{_LATIN_NAME})\s*$"
)
# `Book notes: X by Y`, `Review: X by Y`, `X by Y — summary`: the genre around the work is no part of it
_GENRE_AROUND_EN = re.compile(
    r"^(?:(?:book\s+)?(?:notes|summary|highlights|review)(?:\s+(?:on|of|from))?\s*[:：—–-]?\s+)"
    r"|\s*[—–:|(\[-]\s*(?:book\s+)?(?:notes|summary|highlights|review)[)\]]?\s*$",
    re.I,
)
_BY_ZH = re.compile(
    r"《(?P<work>[^《》]{1,40})》\s*[（(]?\s*(?:作者\s*[：:]\s*)?(?:[\[\uff3b【（(][^\]\uff3d】）)]{1,3}[\]\uff3d】）)]\s*)?"
    r"(?P<author>(?:[^\s（）()《》，,：:·\-—\[\]]{1,12}·)?[^\s（）()《》，,：:·\-—\[\]]{2,12}?)\s*(?P<by>著|编著|[）)]?$)"
)
_PART_OF_A_WORK_ZH = re.compile(
    r"^(?:第?[\d一二三四五六七八九十百]+(?:\s*[–—\-~\uff5e至到、]\s*[\d一二三四五六七八九十百]+)?\s*[集章讲回期部卷篇册季]"
    r"|[上中下]\s*[册卷篇集部]?|[全共]\s*[\d一二三四五六七八九十]+\s*[集章讲回期部卷篇册季]|节选|选读|精读|修订版|第[\d一二三四五六七八九十]+版)$"
)
_PASSIVE = re.compile(r"(?:ed|\b(?:made|written|driven|given|taken|known|shown|drawn|told|led))$", re.I)
_TRAILING_PAREN = re.compile(r"\s*[（(](?P<inner>[^（()）]{1,16})[）)]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?]$|[^A-Z.]\.$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
INTRO_BLOCKS = 6  # a programme named in the document's opening blocks, not deep in the body


def field_of(key: str, value: str = "") -> str:
    """The normalised field for a key as written: exact, else by its ending (`节目时长` -> duration)."""
    norm = normalize(key)
    if _URL.match(value.strip()) and norm in {"来源", "source", "出处"}:
        return "url"
    if norm in _FIELD_OF:
        return _FIELD_OF[norm]
    head = _HEAD_BEFORE_PHRASE.match(key.strip())
    if head and normalize(head["head"]) in _FIELD_OF:  # Title in the brochure: a title, not a brochure
        return _FIELD_OF[normalize(head["head"])]
    if _ANOTHER_PARTS_BY.search(norm):
        return "other"  # Organised by:, Recommended by: who ran it or passed it on, not who wrote it
    for known in sorted(_FIELD_OF, key=len, reverse=True):
        if len(known) >= 2 and norm.endswith(known):
            return _FIELD_OF[known]
    return "other"


_HEAD_BEFORE_PHRASE = re.compile(r"^(?P<head>[A-Za-z]+)\s+(?:on|of|in|for|at|from)\s", re.I)
_ANOTHER_PARTS_BY = re.compile(
    r"(?:organi[sz]ed|hosted|sponsored|presented|supported|funded|moderated|facilitated|led|run|chaired|"
    r"recorded|transcribed|edited|reviewed|produced|photographed|recommended|suggested|shared|sent|lent|"
    r"gifted|introduced|referred|forwarded|nominated|curated|compiled|narrated|illustrated|translated)by$"
)


def _clean(value: str) -> str:
    return re.sub(r"\*\*|__|`", "", value).strip().rstrip("。；;，,").strip()


def _clean_title(title: str) -> str:
    return _clean(re.sub(r"^\s*#+\s*", "", title))


def genre_of(doc: Document) -> str:
    """The genre word the title uses for the document itself (outside a quoted work), or ""."""
    title = _clean_title(doc.title)
    episode = _EPISODE_ZH.match(title) or _EPISODE_EN.match(title)
    if episode:  # the programme's name is not the document's genre ("City Talk")
        title = episode["rest"]
    outside = _WORK_EN.sub(" ", _WORK_ZH.sub(" ", title))
    if doc.language == "zh":
        return next((g for g in GENRES_ZH if g in outside), "")
    lowered = outside.lower()
    return next((g for g in GENRES_EN if re.search(rf"\b{g}\b", lowered)), "")


# A course's lecture: 第9讲, 课堂笔记, Lecture 11, Week 3, a course code (PHAR2201, not FM 104.3)
_CLASSROOM = re.compile(
    r"第\s*[一二三四五六七八九十\d]+\s*[讲课]|课堂|课程笔记|随堂|\b(?:lecture|week|unit|lesson|seminar)\s*\d+\b",
    re.I,
)
_COURSE_CODE = re.compile(r"\b[A-Z]{2,5}\s?\d{3,4}(?![\d.])")


def classroom_lecture(doc: Document, facts: Sequence[Fact]) -> bool:
    """Whether the document is a course's lecture (by its title or its course field)."""
    courses = [f.value for f in facts if isinstance(f, Meta) and f.field == "course"]
    return any(_CLASSROOM.search(text) or _COURSE_CODE.search(text) for text in (doc.title, *courses))


def title_is_plausible(title: str) -> bool:
    """A heading-like line, not a first sentence promoted to a title."""
    return 0 < len(title) <= 80 and not _SENTENCE_END.search(title)


def work_and_author(title: str, language: str) -> tuple[str, str] | None:
    """The work a title names and who made it (`Quiet Work by Ana Reis`, `《X》（王某 著）`),
    or None. Only the title's own wording counts: a notes file's `author:` field is its note-taker."""
    if language == "zh":
        m = _BY_ZH.search(title)
        outside = re.sub(r"《[^《》]*》", "", title)  # 《致作者的信》: the work's own words name no one
        if not m or (not m["by"] and "作者" not in outside):
            return None  # `《X》王某` alone may be anything; 著 or 作者 says who made it
        if _PART_OF_A_WORK_ZH.match(m["author"].strip()):
            return None  # 《X》（第1–3集）, 《X》（上册）: which part of the work, not who made it
    else:
        m = _BY_EN.match(_GENRE_AROUND_EN.sub("", title))
        work = m["work"].strip('“”"') if m else ""
        if not m or len(work.split()) > 12 or work.lower() in GENRES_EN or _PASSIVE.search(work):
            return None  # `Killed by Friendly Fire`, `Powered by X` say what was done, not who wrote
    return m["work"].strip().strip('“”"').strip(), m["author"].strip()


def _programme_name(prog: str) -> str:
    """The programme a title names: the name in quotes where it has one (INTERVIEW TRANSCRIPT —
    "Night Shift" podcast), not the label around it."""
    quoted = _WORK_EN.search(prog) or _WORK_ZH.search(prog) or _ITALIC.search(prog)
    if quoted:
        return quoted["work"].strip()
    labelled = _GENRE_LABEL.match(prog.strip())  # Podcast notes — Undergrowth: the notes' own label
    return (labelled["name"] if labelled else prog).strip().strip("《》")


_ITALIC = re.compile(r"(?<![*_\w])[*_](?P<work>[^*_]{2,60})[*_](?![*_\w])")
_GENRE_LABEL = re.compile(
    r"^(?:(?:podcast|episode|show|listening)\s+)?notes?\s*[|–—-]+\s*(?P<name>\S.*)$",
    re.I,
)


def _title_facts(doc: Document) -> list[Meta]:
    title = _clean_title(doc.title)
    if not title_is_plausible(title):
        return []
    src = Source(doc=doc.name, section="", line=doc.title_line)
    episode = _EPISODE_ZH.match(title) or _EPISODE_EN.match(title)
    if episode:
        out = [
            Meta(field="programme", key="", value=_programme_name(episode["prog"]), source=src),
            Meta(field="episode", key="", value=episode["ep"].strip(), source=src),
        ]
        rest = episode["rest"].strip()
        if rest:
            out.append(Meta(field="title", key="", value=rest, source=src))
        return out
    made = work_and_author(title, doc.language)
    if made:
        return [
            Meta(field="work", key="", value=made[0], source=src),
            Meta(field="author", key="", value=made[1], source=src),
        ]
    work = _WORK_ZH.search(title) or _WORK_EN.search(title) or _NOTES_ON_ZH.match(title)
    if work and len(work["work"].split()) >= (1 if doc.language == "zh" else 2):
        return [Meta(field="work", key="", value=work["work"].strip(), source=src)]
    paren = _TRAILING_PAREN.search(title)
    if paren and genre_of(doc) and genre_of(doc) in paren["inner"].lower():
        title = title[: paren.start()].strip()
    return [Meta(field="title", key="", value=title, source=src)]


def _heading_of(doc: Document, line: int) -> str:
    """The heading a field stands under when that heading holds nothing but metadata (`About the
    paper`), else "": a field describes the whole document and is never filed under the content
    section above it (ingest drops a metadata-only heading such as `**基本信息**`)."""
    above = [s for s in doc.sections if s.line <= line]
    if above and not above[-1].blocks:
        return above[-1].title
    return ""


_NAMES_A_WORK = frozenset({"programme", "course", "journal"})
_CLAUSES_ZH = re.compile(r"[，；]")


PERSON_FIELDS = frozenset({"author", "speaker", "guest", "host", "translator"})
_BOLD = re.compile(r"\*\*([^*]{2,16})\*\*")


def _marked_name(line: str, value: str) -> str:
    """The one bold span of a person field's line, where the value says more than the name."""
    bold: list[str] = [span.strip() for span in _BOLD.findall(line)]
    if (
        len(bold) == 1
        and bold[0] in value
        and len(bold[0]) < len(value)
        and not bold[0].endswith(("：", ":"))
    ):
        return bold[0]
    return value


def _metadata_facts(doc: Document) -> list[Meta]:
    out: list[Meta] = []
    for meta in doc.metadata:
        value = _clean(meta.value)
        if not value:
            continue
        src = Source(doc=doc.name, section=_heading_of(doc, meta.line), line=meta.line)
        field = field_of(meta.key, value)
        if field in PERSON_FIELDS:  # 嘉宾：**许某** 医生，某医院…: the writer marked the name in bold
            value = _marked_name(
                str(doc.lines[meta.line - 1]) if 0 < meta.line <= len(doc.lines) else "", value
            )
        if field in _NAMES_A_WORK:  # 节目：《灶台边》，主持人：老纪…: the programme is the title in 《》
            titled = _WORK_ZH.search(value)
            if not titled and _CLAUSES_ZH.search(value):
                continue  # 节目：两个平台都有，时长 40 分钟: where and how long, a note, not the name
            value = titled["work"].strip() if titled else value
        out.append(Meta(field=field, key=meta.key.strip(), value=value, source=src))
    return out


def _intro_facts(doc: Document) -> list[Meta]:
    out: list[Meta] = []
    for section, block in doc.all_blocks()[:INTRO_BLOCKS]:
        src = Source(doc=doc.name, section=section.title if section else "", line=block.line)
        for match in _PROGRAMME_INTRO.finditer(block.text):
            out.append(Meta(field="programme", key="", value=match["prog"].strip(), source=src))
        if (authors := _authors_in_prose(block.text)) and not any(m.field == "author" for m in out):
            out.append(Meta(field="author", key="", value=authors, source=src))
    return out


# 本书由X和Y合著, 这本书是X写的, The book was written by X and Y: who wrote the book the notes are on
_WRITTEN_BY_ZH = re.compile(
    r"(?:本书|这本书|该书|此书|全书)(?:由|是)\s*(?P<who>[^，,。；;：:（(]{2,40}?)\s*(?:合著|所著|著|撰写|合写|编著|写的|写成)"
)
_WRITTEN_BY_EN = re.compile(
    r"\b(?:[Tt]he|[Tt]his) book (?:is|was) (?:co-?)?(?:written |authored )?by "
    r"(?P<who>[A-Z][^.;:()]{2,60}?)(?=[.;:(,]|$)"
)
_A_NAME = re.compile(rf"{_LATIN_NAME}|[\u4e00-\u9fff]{{2,4}}(?:·[\u4e00-\u9fff]{{1,6}})?")
_NAMES_JOINED = re.compile(r"\s*(?:和|与|、|,\s*and\s|,|\band\b|&)\s*")


def _authors_in_prose(text: str) -> str:
    """Who the opening prose says wrote the book (本书由X和Y合著): the names as written, or "" where
    what stands there is no run of names (美国一位经济学家)."""
    found = _WRITTEN_BY_ZH.search(text) or _WRITTEN_BY_EN.search(text)
    if not found:
        return ""
    who = found["who"].strip()
    names = [n for n in _NAMES_JOINED.split(who) if n.strip()]
    if not names or not all(_A_NAME.fullmatch(n.strip()) for n in names):
        return ""
    if any(not n.isascii() and _NOT_A_NAME_ZH.search(n) for n in names):
        return ""
    return who


_NOT_A_NAME_ZH = re.compile(r"作家|学者|教授|记者|专家|团队|公司|机构|大学|一位|几位|两位|国人|的")


def extract(doc: Document) -> list[Meta]:
    """Title-line facts, then metadata fields, then a programme named in the intro; each value once."""
    out: list[Meta] = []
    seen: set[tuple[str, str]] = set()
    for fact in [*_title_facts(doc), *_metadata_facts(doc), *_intro_facts(doc)]:
        group = "title" if fact.field in {"title", "work"} else fact.field
        key = (group, normalize(fact.value))
        if key in seen or not key[1]:
            continue
        seen.add(key)
        out.append(fact)
    return out
