"""Drafts for metadata: one basic question per field, worded per normalised field and language
(`这篇访谈的作者是谁？`, `What journal did "X" appear in?`), with a generic fallback for other
keys. Also how a question names the document itself (`这份课堂笔记`, `these lecture notes`),
which the theme questions share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.extract.lexicon import ROLE_ZH
from quizgen.extract.meta import PERSON_FIELDS, classroom_lecture, genre_of
from quizgen.extract.text import normalize, opens_a_bracket, split_sentences
from quizgen.generate.draft import Draft
from quizgen.model import Document, Fact, Meta

_CLASSIFIER_ZH = (("读书笔记", "篇"), ("笔记", "份"), ("纪要", "份"), ("报告", "份"), ("总结", "份"),
                  ("摘要", "份"), ("播客", "期"), ("节目", "期"), ("讲座", "场"), ("演讲", "场"),
                  ("对话", "场"), ("课程", "门"))  # fmt: skip
_ABOUT_EN = re.compile(r"^about\s+(?:the|this)\s+([a-z]+)$", re.I)
WORK_MAX_ZH = 20
WORK_MAX_EN = 8  # words
ANSWER_MAX = 40  # a longer value is cut at its first clause boundary


@dataclass(frozen=True, slots=True)
class Naming:
    """How questions about one document name it: the document itself, and what it is about."""

    doc: str  # 这份课堂笔记 / these lecture notes
    plural: bool  # English agreement for `doc`
    subject: str  # 《山居札记》 / "A Short History of Tidal Mills" / 这期《X》 / doc
    programme: str
    noun: str  # what a metadata section says the work is (paper, book), "" if it does not
    titled: bool  # the document has a title line of its own (a metadata title is then another's)


def _programme(facts: Sequence[Fact]) -> str:
    return next((f.value for f in facts if isinstance(f, Meta) and f.field == "programme"), "")


def document_phrase(doc: Document, facts: Sequence[Fact] = ()) -> tuple[str, bool]:
    """The document named by its genre word (这篇访谈, 这份课堂笔记, these lecture notes), else by
    its programme (这期《X》), else as a conversation or a text."""
    genre = genre_of(doc)
    programme = _programme(facts)
    has_turns = doc.index.has_turns
    if doc.language == "zh":
        if not genre:
            return (f"这期《{programme}》" if programme else "这段对话" if has_turns else "本文"), False
        classifier = next((c for word, c in _CLASSIFIER_ZH if genre.endswith(word)), "篇")
        return f"这{classifier}{genre}", False
    if not genre:
        if programme:
            return _one_of(programme), False
        return ("this conversation" if has_turns else "this document"), False
    plural = genre.endswith("notes")
    return f"{'these' if plural else 'this'} {genre}", plural


# CASCADIA DATA MEETUP #41, the Harbour Design Forum: a series of events, whose numbered issue is a
# talk given there, not an episode
_EVENT_SERIES = re.compile(
    r"\b(?:meetup|meet-up|conference|summit|forum|workshop|symposium|congress|expo|hackathon)\b", re.I
)


def _one_of(programme: str) -> str:
    """One issue of a programme: an episode of a show, a talk at a series of events."""
    return f"this talk at {programme}" if _EVENT_SERIES.search(programme) else f"this episode of {programme}"


def _short(value: str, language: str) -> bool:
    """Whether a work's name is short enough to name it in a question: counted in characters in
    Chinese, in words in English (and for an English title in Chinese notes)."""
    chinese = language == "zh" and re.search(r"[\u4e00-\u9fff]", value)
    return len(value) <= WORK_MAX_ZH if chinese else len(value.split()) <= WORK_MAX_EN


def published_title(facts: Sequence[Fact]) -> str:
    """The title of a published work the fields describe (title, author, publisher: a book's
    fields), "" when no publisher is named or the title is the notes' own (Reading notes — X)."""
    metas = [f for f in facts if isinstance(f, Meta)]
    if not any(m.field == "publisher" for m in metas):
        return ""
    title = next((m.value for m in metas if m.field == "title"), "")
    return "" if any(word in title.lower() for word in _NOTES_ON_A_WORK) else title


_EPISODE_ZH = r"\s*(?:第\s*[\d一二三四五六七八九十百]+\s*[期集讲回]|[Ee][Pp]\.?\s*\d+)"


def _an_episode_of(work: str, title: str) -> bool:
    """Whether the title names `work` with an episode's number after it (《X》第 12 期, 《X》EP08)."""
    return bool(re.search(rf"《{re.escape(work)}》{_EPISODE_ZH}", title))


def naming(doc: Document, facts: Sequence[Fact]) -> Naming:
    metas = [f for f in facts if isinstance(f, Meta)]
    phrase, plural = document_phrase(doc, facts)
    work = next((m.value for m in metas if m.field == "work"), "")
    work = (
        work or next((m.value for m in metas if m.field == "title" and m.key), "") or published_title(facts)
    )
    work = re.sub(r"^《([^《》]+)》$", r"\1", work.strip())  # 题目：《…》: in its marks once, not twice
    programme = _programme(facts)
    noun = ""
    for m in metas:
        about = _ABOUT_EN.match(m.source.section.strip())
        if about:
            noun = about.group(1).lower()
    if doc.language == "zh":
        if not programme and work and _an_episode_of(work, doc.title):
            programme = work  # 《X》第 47 期：…: the guests are this episode's, not the show's
        subject = (
            f"这期《{programme}》"
            if programme
            else (f"《{work}》" if work and _short(work, "zh") else phrase)
        )
    else:
        subject = f'"{work}"' if work and _short(work, "en") else (f"the {noun}" if noun else phrase)
        if programme and not work:
            subject = _one_of(programme)
    titled = any(m.field == "title" and not m.key for m in metas)
    return Naming(doc=phrase, plural=plural, subject=subject, programme=programme, noun=noun, titled=titled)


_PAGE_KEYS = frozenset({"pages", "页数"})  # a bare number under these keys counts pages
_ROLE_ZH = {"author": "作者", "guest": "嘉宾", "host": "主持人", "speaker": "主讲人", "translator": "译者",
            "editor": "编辑"}  # fmt: skip
_ROLE_EN = {"author": "Who wrote {s}?", "guest": "Who was the guest on {s}?", "host": "Who hosted {s}?",
            "speaker": "Who gave {s}?", "translator": "Who translated {s}?",
            "editor": "Who edited {s}?"}  # fmt: skip


# Dr. Ana Reis and Tom Alder; Kim Lee & Jo Park: more than one person named
_TITLED_NAME = r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z]\w+(?:\s+[A-Z][\w'’-]+){1,2}"
_SEVERAL = re.compile(rf"^\s*{_TITLED_NAME}\s*(?:,|\band\b|&)\s*{_TITLED_NAME}")
_WRITTEN_GENRE = re.compile(r"\b(?:notes|summary|write-?up|document|highlights|recap|review|article|post)$")
_ABOUT_AN_EVENT = {
    "speaker": "Who gave the talk {s} {be} about?",
    "guest": "Who was the guest in the conversation {s} {be} about?",
    "host": "Who hosted the conversation {s} {be} about?",
}

_WRITTEN_GENRE_ZH = re.compile(r"(?:笔记|总结|纪要|摘要|整理|记录|梳理)$")
_ABOUT_AN_EVENT_ZH = {
    "speaker": "{s}所记讲座的主讲人是谁？",
    "guest": "{s}所记节目的嘉宾是谁？",
    "host": "{s}所记节目的主持人是谁？",
}


def _zh_generic(key: str, s: str) -> str:
    shown = key if len(key) <= 8 and re.fullmatch(r"[\w\u4e00-\u9fff ]+", key) else f"“{key}”"
    if re.search(r"(?:数|量|额|率|字数|页数)$", key):
        return f"{s}的{shown}是多少？"
    if re.search(r"(?:年代|时间|日期|年份|时期|年月)$", key):
        return f"{s}的{shown}是什么时候？"
    return f"{s}的{shown}是什么？"


def question_zh(meta: Meta, n: Naming) -> str:
    s, g, key = n.subject, n.doc, meta.key.strip()
    field = meta.field
    if field == "title":
        if not meta.key and n.programme:
            return f"本期《{n.programme}》的标题是什么？"
        if meta.key and n.titled:
            return f"{g}所据原文的{key if len(key) <= 6 else '标题'}是什么？"
        return f"{g}的{key if key and len(key) <= 6 else '标题'}是什么？"
    if field == "work":
        return f"{g}讨论的是哪部作品？"
    if field == "author" and not key and s == g:
        return f"{g}所读的书是谁写的？"  # 本书由X著 in notes naming no work: the book's, not the notes'
    if field in _ABOUT_AN_EVENT_ZH and s == g and _WRITTEN_GENRE_ZH.search(g):
        return _ABOUT_AN_EVENT_ZH[field].format(s=s)  # 这份笔记的嘉宾: notes have no guest, the show had
    if field in _ROLE_ZH:
        return f"{s}的{_ROLE_ZH[field]}是谁？"
    templates = {
        "date": "{g}的日期是？",  # a plain date is the notes' own; the work's is "published"
        "compiler": "{g}是谁整理的？",
        "published": "{s}是什么时候" + ("出版" if "出版" in key else "发表") + "的？",
        "url": "{s}的原文链接是什么？",
        "source": "{s}的来源是什么？",
        "programme": "本期内容出自哪档节目？",
        "episode": f"本期内容是《{n.programme}》的第几期？" if n.programme else "本期内容是第几期？",
        "duration": "{s}的时长是多少？",
        "length": "{s}的篇幅有多长？",
        "journal": "{s}发表在哪本期刊上？",
        "publisher": "{s}由哪家出版社出版？",
        "course": "{g}属于哪门课程？",
    }
    if field == "length" and normalize(key) in _PAGE_KEYS and re.fullmatch(r"\d+", meta.value.strip()):
        return f"{s}有多少页？"
    if field in templates:
        return templates[field].format(s=s, g=g)
    return _zh_generic(key, s)


def question_en(meta: Meta, n: Naming) -> str:
    s, g = n.subject, n.doc
    do = "do" if n.plural else "does"
    field = meta.field
    if field == "title":
        if not meta.key and n.programme:
            return f"What is the title of {_one_of(n.programme)}?"
        if meta.key and n.titled and not n.noun:
            return f"What is the original title of the work behind {g}?"
        return f"What is the title of {'the ' + n.noun if n.noun else g}?"
    if field == "work":
        return f"Which {n.noun or 'work'} {do} {g} discuss?"
    if field == "author" and not meta.key and s == g:
        return f"Who wrote the book {g} {'are' if n.plural else 'is'} about?"
    if field in _ABOUT_AN_EVENT and s == g and _WRITTEN_GENRE.search(g):
        # these notes were given by nobody: they are about a talk that was given
        return _ABOUT_AN_EVENT[field].format(s=s, be="are" if n.plural else "is")
    if field == "guest" and _SEVERAL.search(meta.value):
        return f"Who were the guests on {s}?"
    if field in _ROLE_EN:
        return _ROLE_EN[field].format(s=s)
    templates = {
        "date": "What is the date of {g}?",
        "compiler": "Who compiled {g}?",
        "published": "When was {s} published?",
        "url": "What is the source URL of {s}?",
        "source": "What is the source of {s}?",
        "programme": "Which programme is this episode from?",
        "episode": f"Which episode of {n.programme} is this?" if n.programme else "Which episode is this?",
        "duration": "How long is {s}?",
        "length": "How long is {s}?",
        "journal": "What journal did {s} appear in?",
        "publisher": "Who published {s}?",
        "course": "Which course " + do + " {g} belong to?",
    }
    if field == "length" and normalize(meta.key) in _PAGE_KEYS and re.fullmatch(r"\d+", meta.value.strip()):
        return f"How many pages does {s} have?"
    if field in templates:
        return templates[field].format(s=s, g=g)
    return f"What is the {meta.key.strip().lower()} of {s}?"


def answer_of(meta: Meta, language: str) -> str:
    """The value as written; a long one cut at its first clause, a count's page-range aside dropped."""
    value = meta.value.strip()
    if re.match(r"^\d", value):
        value = re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", value) or value
    if meta.field in {"date", "published"}:  # "1948, in two parts": the date is the answer
        head = re.split(r"\s*[，,；;（(]", value, maxsplit=1)[0]
        value = head if re.search(r"\d", head) else value
    if meta.field == "author" and meta.key:  # 顾望舒（前某大学经济史教授）, X，英国自由撰稿人: the name
        name = re.split(r"\s*[（(，,；;]", _ASIDE.sub("", value).strip(), maxsplit=1)[0].strip()
        value = name if len(name) >= 2 else value
    if meta.field in PERSON_FIELDS:  # Dr. Y — Director, Z Lab; 林某——某研究所所长: the name before the dash
        name = _DASHED_ROLE.split(value, maxsplit=1)[0].strip()
        value = name if len(name) >= 2 else value
        # 邵某，某高校…研究员，参加过…: a name and who they are (张三，李四: names, each short)
        described = _NAME_THEN_WHO_ZH.match(value) or _NAME_THEN_TITLE_ZH.match(value)
        value = described["name"] if described else value
    if len(value) > ANSWER_MAX and meta.field not in {"title", "work"}:
        # the asides go first (许嘉禾（书店主理人，开店第六年）、梁小峰（…） -> 许嘉禾、梁小峰), then the
        # value is cut at its first clause; never inside a bracket
        bare = _ASIDE.sub("", value).strip()
        value = bare if len(bare) >= 2 else value
        cut = re.search(r"[，,；;]\s*", value)
        if len(value) > ANSWER_MAX and cut and cut.start() >= 2 and not opens_a_bracket(value[: cut.start()]):
            value = value[: cut.start()]
    return value


_ASIDE = re.compile(r"\s*[（(][^（()）]*[）)]")
_AN_ARTICLE_FIRST = re.compile(r"^(?:a|an|the)\s", re.I)


def _who_not_a_name(answer: str) -> bool:
    """Whether a person field's value says what someone is (荷兰水利学家, a Dutch engineer) and
    names nobody."""
    value = answer.strip()
    if _AN_ARTICLE_FIRST.match(value):
        return True
    if not re.search(r"[\u4e00-\u9fff]", value) or not value.endswith((*ROLE_ZH, "学家")):
        return False
    import jieba.posseg

    return not any(flag == "nr" for _, flag in jieba.posseg.lcut(value))


_NAME_THEN_WHO_ZH = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,6})(?:\s+[\u4e00-\u9fff]{1,4})?[，,]\s*[^，,]{6,}"
)
# 周某 副主任医师, 林某 老师: a name and the title it is addressed by, set apart by a space
_NAME_THEN_TITLE_ZH = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})\s+[\u4e00-\u9fff]{0,4}"
    r"(?:医生|医师|老师|教授|博士|先生|女士|律师|研究员|工程师|主任|院长|所长|总监|经理)$"
)
_DASHED_ROLE = re.compile(r"\s+[—–-]+\s+|\s*——\s*")


_SCORES = {
    "title": 2.0,
    "work": 2.2,
    "author": 2.0,
    "date": 1.8,
    "programme": 2.0,
    "episode": 1.8,
    "url": 0.5,
}


def _explanation(doc: Document, meta: Meta) -> str:
    if 0 < meta.source.line <= len(doc.lines):
        line = doc.lines[meta.source.line - 1].strip().lstrip("-*•# ").strip()
        sentences = split_sentences(line)
        said = [s for s in sentences if meta.value in s]
        if len(sentences) > 1 and said:
            return said[0]  # 本书由X合著，…: the sentence saying it, not the paragraph it opens
        if line:
            return line
    sep = "：" if doc.language == "zh" else ": "
    return f"{meta.key}{sep}{meta.value}" if meta.key else meta.value


def anchor_of(doc: Document, meta: Meta) -> str:
    """What the question asks about: the document and the field (a value's edit keeps the id)."""
    return f"{doc.name}::{meta.field}::{normalize(meta.key)}"


# What a reader of a work should retain about it: what it is and who made or speaks in it. The
# notes' own title, dates, links, page counts, categories and note-takers are filing, not facts.
# A notes file's author is its note-taker, and its title is what the learner already reads; but
# who made the work the title names (`Quiet Work by Ana Reis`) is the work's, not the notes'.
ASKED_FIELDS = frozenset({"work", "guest", "speaker"})


def _work_author(meta: Meta, names_a_work: bool = False) -> bool:
    """Who made the work the notes are about: read off the title line (`X by Y`), or an `author:`
    field beside a work the notes name (`《孙子兵法》读书笔记` over `作者：孙武`); a bare `author:`
    field is the note-taker's byline."""
    return meta.field == "author" and (not meta.key or names_a_work)


def worth_asking(meta: Meta, names_a_work: bool = False) -> bool:
    return meta.field in ASKED_FIELDS or _work_author(meta, names_a_work)


_NOTES_ON_A_WORK = ("笔记", "书评", "摘要", "总结", "notes", "summary", "review")  # 读书笔记, lecture notes…


def _names_the_work(question: str, facts: Sequence[Fact]) -> bool:
    works = [normalize(f.value) for f in facts if isinstance(f, Meta) and f.field == "work"]
    works.append(normalize(published_title(facts)))
    return any(w and w in normalize(question) for w in works)


_BROADCAST = re.compile(r"\b(?:documentary|film|TV|television|channel|broadcast)\b", re.I)


def _broadcast(doc: Document, facts: Sequence[Fact]) -> bool:
    """Whether the notes are on a programme someone presented (a documentary, a TV series)."""
    keys = " ".join(f.key for f in facts if isinstance(f, Meta))
    return bool(_BROADCAST.search(f"{doc.title} {genre_of(doc)} {keys}"))


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    n = naming(doc, facts)
    out: list[Draft] = []
    title = normalize(doc.title)
    classroom = classroom_lecture(doc, facts)
    # notes on a work (《孙子兵法》读书笔记, Reading notes on "X"): an `author:` field is the work's
    # author, and so is one beside a publisher and the title it publishes (a book's fields); an
    # article titled with a quote ("A building should…") names no work but itself
    names_a_work = bool(published_title(facts)) or (
        any(word in genre_of(doc) for word in _NOTES_ON_A_WORK)
        and any(isinstance(f, Meta) and f.field == "work" for f in facts)
    )
    # …unless the title or the opening prose already says who wrote it (本书由X合著): then the
    # `Author:` field is the notes' byline
    names_a_work = names_a_work and not any(
        isinstance(f, Meta) and f.field == "author" and not f.key for f in facts
    )
    for meta in (f for f in facts if isinstance(f, Meta) and worth_asking(f, names_a_work)):
        answer = answer_of(meta, doc.language)
        given = {normalize(meta.value), normalize(answer)}
        if title and any(g and g in title for g in given) and not _work_author(meta, names_a_work):
            continue  # the title of what the learner is reading asks nothing
        if meta.field == "speaker" and classroom:
            continue  # who teaches a course's lecture is its timetable: judges kept 1 of 5
        if meta.field in PERSON_FIELDS and _who_not_a_name(answer):
            continue  # 作者：荷兰水利学家，…: what the author is, the name left to the title line
        question = question_zh(meta, n) if doc.language == "zh" else question_en(meta, n)
        if meta.field == "speaker" and _broadcast(doc, facts) and doc.language != "zh":
            # a documentary's or a show's presenter gave no talk
            question = f"Who presented the programme {n.doc} {'are' if n.plural else 'is'} about?"
        if meta.field == "author" and meta.key and not _names_the_work(question, facts):
            continue  # 这篇读书笔记的作者是谁？: the note-taker, once the work's name is not in the question
        anchor = anchor_of(doc, meta)
        out.append(
            Draft(
                kind="meta",
                type="basic",
                anchor=anchor,
                question=question,
                answer=answer,
                explanation=_explanation(doc, meta),
                source=meta.source,
                fact=f"meta::{anchor}",
                score=_SCORES.get(meta.field, 1.0),
            )
        )
    return out
