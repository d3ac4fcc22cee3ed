"""People a document names, accepted only on evidence (a speaker line, a title or role next to the
name, an apposition, a metadata field, a relation, authorship, a deed the sentence centres on),
with the role the text gives them; and `resolve_pronouns`, which every extractor may call.

The evidence rules live in `speakers`, `people_zh` and `people_en`; this module gathers them into
one `Cast` per document (cached: extractors call `resolve_pronouns` sentence by sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from quizgen.extract import people_en, people_zh
from quizgen.extract.affiliation import founded, organisation
from quizgen.extract.evidence import Finding, Place, name_the_work, sentences, work_name
from quizgen.extract.lexicon import COMPOUND_SURNAMES, ROLE_EN, ROLE_ZH, SURNAMES, TITLES_EN
from quizgen.extract.meta import classroom_lecture, field_of, genre_of
from quizgen.extract.names import (
    NEAR_BEFORE,
    a_things_name,
    count_form,
    dotted_forms,
    forms,
    latin_names,
    person_key,
)
from quizgen.extract.personal import Voices
from quizgen.extract.pronouns import Cast, build_pattern, resolve, resolve_holder, sexes
from quizgen.extract.speakers import (
    ANSWERER_ROLES,
    HEADER_LINES,
    META_PEOPLE,
    Speaker,
    metadata_findings,
    speaker_findings,
    speakers,
)
from quizgen.extract.text import QUOTED, is_cjk, normalize, tag
from quizgen.model import ENTRY_LINE, Block, Document, Fact, Person, Section, Source

_PRIORITY: tuple[str, ...] = ("speaker", "host", "interviewer", "interviewee", "title", "apposition")
_PRIORITY += ("relation", "author", "metadata", "agent", "deed", "address")
_BARE_ROLES = frozenset(ROLE_ZH) | {r.lower() for r in ROLE_EN} | {t.lower() for t in TITLES_EN}
_LEADING_PRONOUN = re.compile(r"(?:^|[，,；;：:]\s*)(?:他|她)(?![们人])|^(?:he|she|his|her|their)\b", re.I)


@dataclass(frozen=True, slots=True)
class Analysis:
    findings: tuple[Finding, ...]
    cast: Cast


_CACHE: dict[int, tuple[Document, Analysis]] = {}


def analyse(doc: Document) -> Analysis:
    """The document's findings and cast, computed once per document object."""
    hit = _CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    result = _analyse(doc)
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[id(doc)] = (doc, result)
    return result


def _texts(doc: Document) -> list[str]:
    return [doc.title, *(b.text for _, b in doc.all_blocks()), *(f.value for f in doc.metadata)]


def _whole_names(found: list[Finding]) -> list[Finding]:
    """Without a finding that read a name short where another finding has it whole (卢思 in
    卢思远自己承认…, once the attendees list names 卢思远)."""
    names = {f.name for f in found}
    return [
        f for f in found if not any(n != f.name and n.startswith(f.name) and n in f.sentence for n in names)
    ]


_CONJUNCTION_IN_NAME = "和与同及"  # 卢明和, 林与: a given name may end on what also joins two names
_NAME_ENDS = re.compile(
    r"[：:，,。；;！!？?\s（(]|在|是|说|的|也|曾|就|还|又|便|把|被|对|从|带|守|做|讲|认为"
)


def _names_cut_at_a_conjunction(found: list[Finding], text: str) -> list[Finding]:
    """Each two-character Chinese name read short before 和/与 (卢明 of 卢明和), or before a third
    character the tagger reads with it as one name, when the text never writes it without that
    character and the longer form ends a name somewhere (卢明和：…, 卢明和守着…): the whole name,
    not a name and a conjunction or a verb (明说)."""
    short = {f.name for f in found if re.fullmatch(r"[\u4e00-\u9fff]{2}", f.name)}
    whole = {name: _its_conjunction(name, text) for name in short}  # the text read once per name
    return [
        replace(f, name=f.name + c, frame=f.frame.replace("{}" + c, "{}")) if (c := whole.get(f.name)) else f
        for f in found
    ]


def _its_conjunction(name: str, text: str) -> str:
    """The character that always follows `name` in the text, when it is one a given name may end on
    (和, 与), or when the tagger reads the three characters as one name (葛予|明说 where the text
    writes 葛予明 every time)."""
    after = [text[m.end() : m.end() + 2] for m in re.finditer(re.escape(name), text)]
    joined = {a[:1] for a in after}
    c = next(iter(joined)) if len(joined) == 1 else ""
    ends = any(_NAME_ENDS.match(a[1:]) for a in after)
    if not (len(after) >= 2 and c and ends):
        return ""
    if c in _CONJUNCTION_IN_NAME or tag(name + c) == [(name + c, "nr")]:
        return c
    # 陶乃|文说 where the text writes 陶乃文说, 陶乃文提醒: a character that is no word after a name
    return c if len(after) >= 3 and is_cjk(c) and c not in _WORD_AFTER_A_NAME else ""


# what follows a name as a word of its own (说, 是, 的, 在…), never a given name's last character
_WORD_AFTER_A_NAME = frozenset("说是的在也曾就还又便把被对从带守做讲认等跟向给让称表问答笑和与及同都已将要会")


_BOOK_TITLE = re.compile(r"《([^》]{2,60})》")


def _sentence_findings(doc: Document, known: list[str]) -> list[Finding]:
    items = list(sentences(doc))
    if doc.language == "zh":
        place = Place(None, None, doc.title_line)
        title = [(doc.title, place)] if doc.title else []
        # 读书笔记｜《…：某领域工程师某某的一生》: the book the notes are on names whom it is about,
        # read as words (elsewhere a book's title is kept whole and names nobody)
        title += [(m[1], place) for m in _BOOK_TITLE.finditer(doc.title)]
        found = people_zh.findings([*title, *items], known)
        found += people_zh.heading_findings((s.title, Place(s, None, s.line)) for s in doc.sections)
        return [f if f.place.block is not None else _without_frame(f) for f in found]
    found_spots = [(text, s) for text in _texts(doc) for s in latin_names(text)]
    spots = {s.name for _, s in found_spots}
    things = {s.name for text, s in found_spots if a_things_name(text, s)}  # the module "Safe Lifting"
    by_last: dict[str, set[str]] = {}
    for name in spots:
        for form in forms(name)[1:]:
            if " " not in form:
                by_last.setdefault(form, set()).add(person_key(name))
    body = "\n".join(_texts(doc))
    surnames = {}
    for form, keys in by_last.items():
        fulls = tuple(n for n in spots if person_key(n) in keys)
        # the text calls them by it alone, and never as a thing (the Crash, the Bowl)
        alone = len(keys) == 1 and count_form(body, form, fulls) > 0
        if (
            alone
            and not re.search(rf"\b[Tt]he\s+{re.escape(form)}\b(?!['’]s)", body)
            and max(fulls) not in things
        ):
            surnames[form] = max(fulls)
    return people_en.findings(items, surnames)


def _expands_an_acronym(name: str, text: str) -> bool:
    """Whether the capitalised words spell out the acronym just before them (PR（Performance Ratio）,
    TCO (Total Cost of Ownership)): a term's expansion, no person."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(initials) < 2:
        return False
    return bool(re.search(rf"\b{re.escape(initials)}\s*[（(]\s*{re.escape(name)}", text))


# Society of [Western Engineers], University of [North Texas]: the end of an organisation's name
_ORG_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?$")


_THING_FIELD = re.compile(
    r"(?:^|(?<=\s))(?:platform|publisher|company|organi[sz](?:ation|er)|venue|source|location|event|conference|"
    r"sponsor|network|channel|studio|label)\s*[:：]\s*(?P<value>[^\n]+)",
    re.I | re.M,
)


_RUN_IN_HEADING = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,4})\.(?:\*\*|__)\s"
    # **Open Door Budgeting**: a plan that…: a term and its meaning, which opens in lower case (a
    # speaker's bold label opens what they say with a capital)
    r"|^\s*(?:[-*+]\s+)?(?:\*\*|__)(?P<term>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,4})(?:\*\*|__)\s*:\s+(?=[a-z])"
)


def _without_frame(f: Finding) -> Finding:
    return Finding(f.name, f.role, f.evidence, "", f.sentence, f.place)


_LISTED_NAME_ZH = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def _attendees(doc: Document) -> set[str]:
    """The names a meeting's attendee field lists (参会：邵某、卢某（新入职）…): people, whose
    posts in brackets are asked of nobody; a name the tagger cuts (郑若|彤) is read whole here."""
    out: set[str] = set()
    for f in doc.metadata:
        if field_of(f.key) != "attendees":
            continue
        for item in re.split(r"[、，,；;/]", f.value):
            name = re.sub(r"\s*[（(][^）)]*[）)]\s*", "", item).strip()
            if _LISTED_NAME_ZH.match(name) and (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES):
                out.add(name)
    return out


def _labelled_by_surname(
    cast_of_turns: dict[str, Speaker], found: list[Finding], named: dict[str, str]
) -> dict[str, str]:
    """Turn labels that are the surname of one person the text gives evidence for (龚： in a
    transcript whose header names 龚长顺; Reyes: for Dana Reyes): that person's turns."""
    people = {f.name for f in found}
    out = {}
    for label in cast_of_turns:
        if label in named:
            continue
        zh = len(label) == 1 and label in SURNAMES
        owners = {
            p
            for p in people
            if (zh and p[:1] == label and 2 <= len(p) <= 3) or (not zh and p.split()[-1] == label)
        }
        if (zh or re.fullmatch(r"[A-Z][a-z'’-]+", label)) and len(owners) == 1:
            out[label] = owners.pop()
    return out


def _analyse(doc: Document) -> Analysis:
    cast_of_turns = speakers(doc)
    found = speaker_findings(doc, cast_of_turns) + metadata_findings(doc)
    dotted = dotted_forms(_texts(doc) + list(cast_of_turns))
    named = [f.name for f in found] + [sp.name for sp in cast_of_turns.values() if sp.name] + dotted
    known = sorted({form for name in named for form in forms(name)}, key=len, reverse=True)
    texts = "\n".join(_texts(doc))
    found = _names_cut_at_a_conjunction(_whole_names(found + _sentence_findings(doc, known)), texts)
    key_of = _keys({f.name for f in found}, first_names=True)
    accepted = set(key_of.values())
    spots = [(text, s) for text in _texts(doc) for s in latin_names(text)]
    latin = {
        s.name for text, s in spots if not _ORG_OF_BEFORE.search(text, max(0, s.start - NEAR_BEFORE), s.start)
    }
    # The Slow Ledger, the Appetite Principle: a name the text puts an article before is a thing's
    things = {s.name for text, s in spots if a_things_name(text, s)}
    # Platform: Brightwell Open Learning: a field that names a platform, a publisher or a venue
    things |= {
        s.name for text in _texts(doc) for m in _THING_FIELD.finditer(text) for s in latin_names(m["value"])
    }
    # **Community Curators.** Each year six residents…: a paragraph's run-in heading names its topic
    things |= {
        m["name"] or m["term"]
        for _, b in doc.all_blocks()
        if b.kind != "turn" and (m := _RUN_IN_HEADING.match(b.raw))
    }
    weak_names = (
        set(dotted) | {n for n in latin - things if not _expands_an_acronym(n, texts)} | _attendees(doc)
    )
    weak = _keys(weak_names)
    key_of |= {form: key for form, key in weak.items() if form not in key_of}
    shared = _shared_forms({f.name for f in found} | weak_names, key_of)
    body = "\n".join(_texts(doc)[: -len(doc.metadata) or None])
    short, counts = _short_forms(key_of, body)
    speaker_names = {label: sp.name for label, sp in cast_of_turns.items() if sp.name}
    speaker_names |= _labelled_by_surname(cast_of_turns, found, speaker_names)
    main = _main_person(doc, found, key_of, counts, accepted)
    voices = _voices(doc, speaker_names, found, key_of, short)
    # the title as parsed, and a saved page's own <title> among its first lines
    heading = " ".join([doc.title, *doc.lines[:HEADER_LINES]])
    narrator = _interviewee(heading, key_of, short) or (
        "" if _INTERVIEW.search(heading) else _narrator(found, key_of, short, saved_page=_saved_page(doc))
    )
    narrator = narrator or _unnamed_writer(doc)
    cast = Cast(
        key_of,
        short,
        speaker_names,
        main,
        build_pattern(list(key_of)),
        voices,
        narrator,
        frozenset(accepted),
        shared=build_pattern(shared),
    )
    cast.sexes.update(sexes(cast, [b.text for _, b in doc.all_blocks()]))
    return Analysis(tuple(found + _roles_after_a_pronoun(doc, cast)), cast)


# 他是城市规划学者, She is an urban historian: who someone is, said of them by a pronoun
_PRONOUN_COPULA = re.compile(r"^(?:他|她)(?:也|曾经?|一直)?是|^(?:He|She)\s+(?:is|was)\s", re.I)


def _roles_after_a_pronoun(doc: Document, cast: Cast) -> list[Finding]:
    """The roles sentences give by a pronoun that resolves to a person of the cast (他是…, She is
    a historian …), read from the sentence with the person's name in the pronoun's place."""
    out: list[Finding] = []
    for sentence, place in sentences(doc):
        if place.block is None or not _PRONOUN_COPULA.match(sentence):
            continue
        named = resolve(cast, doc, place.section, place.block, sentence, sentence)
        pronoun = 1 if doc.language == "zh" else len(sentence.split()[0])
        name = named[: len(named) - len(sentence) + pronoun]
        if named == sentence or cast.key_of.get(name) is None:
            continue
        if doc.language == "zh":
            found = people_zh.copula_findings(named, place, [(0, len(name))])
        else:
            found = [
                f
                for s in latin_names(named)
                if s.start == 0
                for f in people_en.spot_findings(named, s, place)
            ]
        out += [replace(f, sentence=named) for f in found if f.name == name and f.evidence == "apposition"]
    return out


def _narrator(
    found: list[Finding], key_of: dict[str, str], short: dict[str, str], saved_page: bool = False
) -> str:
    """The author a metadata field names for the document itself (`作者：周小满` over a first-person
    essay): who 我/I is outside turns. Not the author of a work the notes discuss (孙武); but a
    saved web page's title is the page's own, and its author field names who wrote the page."""
    own = {"作者", "author"}  # with a work named, the role reads `《X》的作者`
    authors = {
        f.name
        for f in found
        if f.evidence == "metadata"
        and (f.role.strip().lower() in own or (saved_page and _AUTHOR_ROLE.match(f.role)))
    }
    if len(authors) != 1:
        return ""
    name = authors.pop()
    return short.get(key_of.get(name, ""), name)


def _unnamed_writer(doc: Document) -> str:
    """Who I is in an English essay or blog post nobody signs: the author (`I learned C# running a
    game server` -> the author learned …). Not in notes on someone else's talk or book, where I is
    the note-taker, nor in a transcript, where I is each speaker."""
    if doc.language != "en" or genre_of(doc) or classroom_lecture(doc, ()):
        return ""  # notes, a summary, a talk, a lecture: I is the note-taker or the speaker
    blocks = [b for _, b in doc.all_blocks()]
    signed = next((m for line in doc.lines[:HEADER_LINES] if (m := _READING_BYLINE.match(line))), None)
    if signed and sum(len(_FIRST_SINGULAR.findall(QUOTED.sub(" ", b.text))) for b in blocks) >= WRITER_SAYS_I:
        return signed["name"]  # **Dana Reyes** · 6 min read: a blog post its writer signs
    opening = [*doc.lines[:HEADER_LINES], doc.title, *(b.text for b in blocks[:HEADER_BLOCKS])]
    if _SPOKEN_OPENING.search("\n".join(opening)):
        return ""  # Lecturer: …, Transcript of…, Host: …, FOUNDER Q&A: I is whoever speaks or answers
    prose = [b for b in blocks if b.kind == "paragraph"]
    if not blocks or any(b.kind == "turn" for b in blocks) or len(prose) * 10 < len(blocks) * 6:
        return ""
    said = sum(len(_FIRST_SINGULAR.findall(QUOTED.sub(" ", b.text))) for b in prose)
    return "the author" if said >= WRITER_SAYS_I else ""


WRITER_SAYS_I = 3  # first-person words outside quotes that make a text its writer's own
# **Dana Reyes** · 6 min read · Oct 12: a blog platform's byline, the writer and the reading time
_READING_BYLINE = re.compile(
    r"^\W*(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3})[*_]*\s*[·|•]\s*\d+\s*min(?:ute)?s?\s+read\b"
)
_FIRST_SINGULAR = re.compile(r"(?<![\w'’])(?:I|my|me)(?![\w'’])")
HEADER_BLOCKS = 4
_SPOKEN_OPENING = re.compile(
    r"\b(?:transcripts?|lecturer|speakers?|host|guest|interview(?:er|ee|s)?|panel(?:ists?)?|recorded|"
    r"Q\s?&\s?A|in conversation)(?!\w)",
    re.I,
)


_AUTHOR_ROLE = re.compile(r"^(?:author of\b|《[^》]*》的作者$)", re.I)


# An Interview with X, In conversation with X, X 访谈, 对话X: the page's I is who answers, not its byline
_INTERVIEW = re.compile(r"\binterview\b|\bin conversation\b|\bQ\s*&\s*A\b|访谈|专访|对话|采访", re.I)
_INTERVIEW_WITH = re.compile(
    r"\b(?:interview|conversation|Q\s*&\s*A)\s+with\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})",
    re.I,
)


def _interviewee(heading: str, key_of: dict[str, str], short: dict[str, str]) -> str:
    """Who the title says the page interviews (An Interview with Rosa Lind): who says I in it."""
    found = _INTERVIEW_WITH.search(heading)
    if not found or found["name"] not in key_of:
        return ""
    return short.get(key_of[found["name"]], found["name"])


def _saved_page(doc: Document) -> bool:
    """A saved web page, or an e-reader's highlights: the words are the work's own, and the author
    of the work is who says I in them."""
    return doc.path.lower().endswith((".html", ".htm")) or any(d.reason == ENTRY_LINE for d in doc.dropped)


def _voices(
    doc: Document, names: dict[str, str], found: list[Finding], key_of: dict[str, str], short: dict[str, str]
) -> dict[int, Voices]:
    """Who 我, 你, 我们 and 你们 are in each named speaker's turn: the speaker; the one they talk
    with (of two speakers, the next who differs, else the previous one; of more, the one whose turns
    stand on both sides); the organisations their roles name."""
    orgs: dict[str, str] = {}
    for f in sorted(found, key=lambda f: _PRIORITY.index(f.evidence)):
        key = key_of.get(f.name, "")
        if key and key not in orgs and (org := organisation(f.role)):
            orgs[key] = org
    turns = [b for _, b in doc.all_blocks() if b.kind == "turn" and b.speaker in names]
    orgs |= _founders_orgs(doc, names, key_of, turns, set(orgs))
    # (who is talked with is read over every turn, a caller's too, whom no name gives)
    spoken = [b for _, b in doc.all_blocks() if b.kind == "turn"]
    later, before = _other_speakers(spoken[::-1])[::-1], _other_speakers(spoken)
    two_way = len({names.get(b.speaker, b.speaker) for b in spoken}) <= 2
    out: dict[int, Voices] = {}
    for i, block in enumerate(spoken):
        if block.speaker not in names:
            continue
        others = [s for s in (later[i], before[i]) if s]
        if not two_way and (len(set(others)) != 1 or len(others) < 2):
            # a host, a guest and a caller: who "you" is, unless the turns before and after are the
            # same one's, is a guess (the host's aside between a caller and the guest)
            others = []
        others = [s for s in others if s in names]
        me = key_of.get(names[block.speaker], names[block.speaker])  # (a speaker nothing else names)
        you = key_of.get(names[others[0]], names[others[0]]) if others else ""
        out[block.line] = Voices(
            speaker=short.get(me, names[block.speaker]),
            addressee=short.get(you, names[others[0]]) if others else "",
            own_org=orgs.get(me, ""),
            other_org=orgs.get(you, "") if you else "",
        )
    # an answerer nobody names (Interviewee:, 受访者：) is still the one who says I/我 in their turns
    unnamed = "受访者" if doc.language == "zh" else "the interviewee"
    for _, block in doc.all_blocks():
        if block.kind == "turn" and block.speaker not in names and block.speaker.lower() in ANSWERER_ROLES:
            out[block.line] = Voices(speaker=unnamed)
    return out


def _founders_orgs(
    doc: Document, names: dict[str, str], key_of: dict[str, str], turns: list[Block], known: set[str]
) -> dict[str, str]:
    """The organisation each speaker not in `known` (whose role names none) founded, by a deed the
    page tells, by the speaker's key."""
    out: dict[str, str] = {}
    for label, name in names.items():
        key = key_of.get(name, name)
        if key in known or key in out:
            continue
        own = [b.text for b in turns if b.speaker == label]
        # what the page, or another speaker, says of them (my guest, who runs …)
        told = [b.text for _, b in doc.all_blocks() if b.kind != "turn" or b.speaker != label]
        if org := founded(told, name, own, doc.language == "zh"):
            out[key] = org
    return out


def _other_speakers(turns: list[Block]) -> list[str]:
    """For each turn, the speaker of the nearest turn before it whose speaker differs ("" if none)."""
    out: list[str] = []
    last, other = "", ""  # the previous turn's speaker, and the last speaker before that run
    for block in turns:
        if block.speaker != last:
            other, last = last, block.speaker
        out.append(other)
    return out


def _keys(names: set[str], first_names: bool = False) -> dict[str, str]:
    """Every form of every name -> the person's key; a short form two people share is dropped.
    With `first_names` (people the text gives evidence for), an English first name is a form too."""
    owners: dict[str, set[str]] = {}
    key_of: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):
        key = key_of.get(name, person_key(name))
        for form in forms(name, first_names):
            owners.setdefault(form, set()).add(key)
            key_of.setdefault(form, key)
    return {form: key for form, key in key_of.items() if len(owners[form]) == 1 or form in names}


def _shared_forms(names: set[str], key_of: dict[str, str]) -> list[str]:
    """The short forms two of `names` share (Hale, of Ada Hale and Tom Hale), which name neither."""
    owners: dict[str, set[str]] = {}
    for name in names:
        for form in forms(name)[1:]:
            owners.setdefault(form, set()).add(key_of.get(name, person_key(name)))
    return [form for form, keys in owners.items() if len(keys) > 1 and form not in key_of]


def _short_forms(key_of: dict[str, str], body: str) -> tuple[dict[str, str], Counter[str]]:
    by_key: dict[str, list[str]] = {}
    for form, key in key_of.items():
        by_key.setdefault(key, []).append(form)
    short: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for key, written in by_key.items():
        written.sort(key=len, reverse=True)
        tally = {
            f: count_form(body, f, tuple(w for w in written if len(w) > len(f) and f in w)) for f in written
        }
        counts[key] = sum(tally.values())
        short[key] = max(written, key=lambda f: (tally[f], len(f)))
    return short, counts


# A profile of …, an interview with …, in conversation with …, meet …: whom the piece is about
_PROFILE_CUE = (
    r"(?:\b(?:profile\s+of|portrait\s+of|interview\s+with|in\s+conversation\s+with|conversation\s+with|meet)"
    r"\s+(?:the\s+)?"
    # Interview notes — Ana Reis, glassblower; Profile: Ana Reis: a title labelled for the one it is about
    r"|\b(?:interview|profile|conversation|Q\s*&\s*A)(?:\s+(?:notes|summary|recap))?\s*[—–:|-]+\s*)"
)


# (a workshop's facilitator or trainer speaks it as a lecturer does)
_SPEAKER_FIELDS = frozenset(
    {
        "speaker",
        "lecturer",
        "presenter",
        "facilitator",
        "instructor",
        "trainer",
        "主讲人",
        "演讲人",
        "讲师",
        "分享人",
    }
)


def _a_speaker_field(doc: Document, f: Finding) -> bool:
    """Whether the header field `f` was read from names the talk's speaker (Speaker:, 主讲人：)."""
    return any(
        m.line == f.place.line and META_PEOPLE.get(m.key.strip().lower().rstrip("：:")) in _SPEAKER_FIELDS
        for m in doc.metadata
    )


def _main_person(
    doc: Document, found: list[Finding], key_of: dict[str, str], counts: Counter[str], accepted: set[str]
) -> str:
    """The person in the title, else the one interviewed, else one who dominates the mentions."""
    in_title = [
        key_of[f] for f in sorted(key_of, key=len, reverse=True) if f in doc.title and key_of[f] in accepted
    ]
    if in_title:
        return in_title[0]
    profiled = [
        key_of[f]
        for f in sorted(key_of, key=len, reverse=True)
        if re.search(rf"{_PROFILE_CUE}(?:[a-z][\w-]*\s+){{0,3}}{re.escape(f)}\b", doc.title, re.I)
    ]
    if profiled:  # profile of glassblower Ana Reis: whom the piece is about, whatever the text says of her
        return profiled[0]
    interviewed = [key_of.get(f.name, "") for f in found if f.evidence == "interviewee"]
    if interviewed and interviewed[0]:
        return interviewed[0]
    speaking = {
        key_of.get(f.name, "") for f in found if f.evidence == "metadata" and _a_speaker_field(doc, f)
    }
    if len(speaking) == 1 and "" not in speaking:
        return speaking.pop()  # Speaker: Dr. Ana Reis — …: the one talk's speaker is whom the notes follow
    ranked = [(n, k) for k, n in counts.most_common() if k in accepted]
    if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
        return ranked[0][1]
    return ""


# --- facts ---------------------------------------------------------------------------------------


def _role_key(role: str) -> str:
    return normalize(role.replace("的", ""))


def _known_for(frame: str) -> bool:
    """A deed's frame saying what its subject is known for: `{} is well-known for …`."""
    return frame.startswith("{} ") and bool(people_en.KNOWN_FOR.match(frame, 3))


def _keep(findings: list[Finding], key_of: dict[str, str]) -> list[Finding]:
    """One finding per person and role (the strongest evidence); deeds only for people the text
    gives no other evidence for (one each), or what they are known for; a bare role with nothing
    to ask dropped when the same person has a fuller one."""
    by_person: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (_PRIORITY.index(f.evidence), f.place.line)):
        by_person.setdefault(key_of.get(f.name, person_key(f.name)), []).append(f)
    out: list[Finding] = []
    for group in by_person.values():
        kept: list[Finding] = []
        roles: set[str] = set()
        famed = any(f.evidence == "deed" and _known_for(f.frame) for f in group)
        for f in group:
            role = _role_key(f.role)
            if f.evidence == "deed" and (kept or famed) and not _known_for(f.frame):
                continue  # one deed a person, and none beside what they are known for (asked by name)
            if _known_for(f.frame) and any(_known_for(k.frame) for k in kept):
                continue
            if f.evidence != "deed" and role in roles:
                continue
            if not f.frame and any(role and role in r and role != r for r in roles):
                continue
            if not f.frame and f.role.strip().lower() in _BARE_ROLES and kept:
                continue
            kept.append(f)
            roles.add(role)
        out.extend(kept)
    return sorted(out, key=lambda f: f.place.line)


def _resolved(doc: Document, cast: Cast, f: Finding, text: str) -> str:
    if f.place.block is None or not text:
        return text
    if f.evidence == "relation":
        upto = max(f.sentence.find(f.name), 0)
        return resolve_holder(cast, doc, f.place.section, f.place.block, f.sentence, text, upto)
    return resolve(cast, doc, f.place.section, f.place.block, f.sentence, text)


# (historian, Leeds — if the blurb is right), （教授——据他自己说）: a remark after a dash that
# runs to the end of the role is the note-taker's, not part of who the person is
_TRAILING_ASIDE = re.compile(r"\s+[—–]\s+[^—–]*$|\s*(?:——|—)[^—]*$")


def _without_trailing_aside(role: str) -> str:
    kept = _TRAILING_ASIDE.sub("", role).strip(" ,，")
    return kept if len(kept.replace("{}", "").strip()) >= 2 else role  # {}——博士导师: the dash joins


def extract(doc: Document) -> list[Fact]:
    """Every person the document gives evidence for, with their role and where it says so."""
    analysis = analyse(doc)
    cast = analysis.cast
    work = work_name(doc)
    out: list[Fact] = []
    for f in _keep(list(analysis.findings), cast.key_of):
        if f.evidence == "address":
            continue  # 柏老师 tells who is a person, not what they are
        role = _without_trailing_aside(_resolved(doc, cast, f, f.role))
        frame = _without_trailing_aside(_resolved(doc, cast, f, f.frame))
        frame = name_the_work(frame, work) if doc.language == "zh" else frame
        if _LEADING_PRONOUN.search(role):
            continue
        if _LEADING_PRONOUN.search(frame.replace("{}", "X")):
            frame = ""
        section = f.place.section.title if f.place.section is not None else ""
        sentence = _resolved(doc, cast, f, f.sentence)
        source = Source(doc.name, section, f.place.line)
        out.append(Person(f.name, role, f.evidence, sentence, source, frame))
    return out


def resolve_pronouns(doc: Document, section: Section | None, block: Block, sentence: str) -> str:
    """`sentence` with a leading pronoun (他/她/我 in a turn, He/She/I) — at its start or at the
    start of one of its clauses — replaced by the person it refers to, in the form the document
    uses most; unchanged where nothing resolves it."""
    cast = analyse(doc).cast
    key = (id(section), block.line, sentence)
    found = cast.resolved.get(key)
    if found is None:
        found = cast.resolved[key] = resolve(cast, doc, section, block, sentence, sentence)
    return found


def main_person(doc: Document) -> str:
    """The name (short form) of the person the document centres on, or ""."""
    cast = analyse(doc).cast
    return cast.short.get(cast.main, "") if cast.main else ""


def is_person_name(doc: Document, text: str) -> bool:
    """Whether `text` is a form of a person the document gives evidence for."""
    analysis = analyse(doc)
    accepted = {analysis.cast.key_of.get(f.name, f.name) for f in analysis.findings}
    return analysis.cast.key_of.get(text.strip(), "\x00") in accepted


def person_forms(doc: Document) -> frozenset[str]:
    """Every written form of every person the document names (`达里奥·阿莫迪`, `阿莫迪`, `Dario`)."""
    return frozenset(analyse(doc).cast.key_of)


def people_named(doc: Document) -> int:
    """How many distinct people the document names."""
    return len(set(analyse(doc).cast.key_of.values()))


def speaker_names(doc: Document) -> dict[str, str]:
    """Each turn label's speaker, in the form the document uses most (`主持人` -> `陈默`)."""
    cast = analyse(doc).cast
    return {label: cast.short.get(cast.key_of.get(name, ""), name) for label, name in cast.speakers.items()}
