"""Replacing a pronoun that opens a sentence or a clause with the person it refers to.

In a speaker's turn 我/I/你/you/我们/we are resolved by `personal`. 他/她/He/She/His/Her is the
last person named before it in the sentence, then in the block, then (outside turns) in the
section, then the document's main person; in a turn only the previous turn is searched, and never
the speaker themself. The person is written in the form the document uses most (`阿莫迪`,
`Shannon`). An English `that line` borrows the thing the text before names (`the 3,000 Hz
telephone line`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from quizgen.extract.lexicon import ROLE_ZH, SURNAMES, words
from quizgen.extract.names import TITLED_NAME_EN, is_latin
from quizgen.extract.personal import Voices, before_open_quote, participle_next, resolve_personal
from quizgen.extract.text import KIN_ZH, inside_quotation
from quizgen.model import Block, Document, Section

_ZH_THIRD = re.compile(
    r"(?:^|(?<=[，,；;：:]))(?P<lead>\s*[“\"「]?)(?P<p>他|她)(?![们人国方乡日])(?P<tail>的)?"
)
# …，”老人说 / ”她笑着说: the quotation a pronoun opens is someone's words
_SAYS_AFTER_THE_QUOTE_ZH = re.compile(
    r"^[^”」\"]*[”」\"]\s*[，,]?\s*[\u4e00-\u9fff]{1,8}?(?:说|讲|道|表示|感叹|笑道)"
)
# A time phrase a clause may open with before its subject: a preposition and a few words that are
# neither a verb's subject nor punctuation (`In 1903`, `During the First World War`, `Two years later`).
_TIME_LEAD_EN = (
    r"(?:(?:In|On|By|During|After|Before|Since|Until|At|From|Later|Then|Together|About|Around|Halfway|Midway|"
    r"Towards?|Near|Early|Late|Throughout)"
    r"(?:\s(?!(?:she|he|they|it|we|I|you)\b)[\w'-]+){0,5}\s"
    r"|[\w-]+\s(?:years?|months?|weeks?|days?|decades?)\s(?:later|earlier|after)\s)"
)
# A pronoun opening a clause, or after a time phrase that opens it (`In 1903 she`).
_EN_THIRD = re.compile(
    rf"(?:^|(?<=[,;:]\s))(?P<lead>[“\"]?(?:{_TIME_LEAD_EN})?)(?P<p>He|She|His|Her|he|she|his)\b"
    r"(?P<cont>['’](?:s|d|ll)\b)?"
)
# — she suggests…, …because he tested…: he or she as the subject of a clause inside the sentence
# (after a dash or a conjunction), resolved only where the sentence names nobody before it
_CLAUSE_JOINERS_EN = words(
    "and but so because when while after before since until although though that if as once where whereas"
)
_EN_THIRD_INSIDE = re.compile(
    "(?:" + "|".join([r"(?<=[—–]\s)", r"(?<=[—–])"] + [rf"(?<=\b{w}\s)" for w in _CLAUSE_JOINERS_EN]) + ")"
    r"(?P<lead>)(?P<p>he|she)\b(?P<cont>['’](?:s|d|ll)\b)?"
)
# She's honest / He's been / She'd / He'll: the verb the contraction stands for, after a name
_CONTRACTED = {"d": " would", "ll": " will"}
# she's been, she's built up a network, she's started a company: has; she's tired, it's called: is
_HAS_NEXT = re.compile(
    r"^\s+(?:been|got|had|done|gone|made|taken|become|seen|said|built|grown|written|spent|kept|held|won|"
    r"brought|given|shown|run|begun)\b"
    r"|^\s+(?!(?:call|nam|bas|us|consider|expect|suppos|design|locat|situat|describ|regard|aim|tasked)ed\b)"
    r"[a-z]+ed\s+(?:a|an|the|his|her|their|its|up|out|over|more|about|\d|[a-z]{3,}s\s+(?:of|in|on|at|for)\b)"
)


@dataclass(frozen=True, slots=True)
class Cast:
    """Who a document names, as pronoun resolution needs it."""

    key_of: dict[str, str]  # every written form of every person -> the person's key
    short: dict[str, str]  # key -> the form a reader would use
    speakers: dict[str, str]  # turn label -> the speaker's name
    main: str = ""  # the document's main person (key), "" when none stands out
    pattern: re.Pattern[str] | None = field(default=None)
    voices: dict[int, Voices] = field(default_factory=dict)  # a turn's line -> who 我/你/我们 are
    narrator: str = ""  # who 我/I is outside turns: the author of a first-person text, "" if unknown
    people: frozenset[str] = frozenset()  # the keys of those the text gives evidence for (a role, a deed)
    sexes: dict[str, str] = field(default_factory=dict)  # key -> "他" or "她", where the text tells
    shared: re.Pattern[str] | None = None  # a short form two people share (Hale: Ada and Tom Hale)

    # per section and pronoun kind, who its blocks name: filled as pronoun resolution reaches them
    _earlier: dict[tuple[int, int], Earlier] = field(default_factory=dict, compare=False, repr=False)
    # per long block, who it names where: filled as pronoun resolution reaches them
    _named: dict[int, Named] = field(default_factory=dict, compare=False, repr=False)
    # per text, who it names where: every extractor asks of the same sentences
    _mentioned: dict[str, tuple[tuple[int, str], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # per pronoun kind, who a name of theirs marks as of the other sex: asked for every pronoun
    _other_sex: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # per (section, block line, sentence), the sentence resolved: extractors resolve the same ones
    resolved: dict[tuple[int, int, str], str] = field(default_factory=dict, compare=False, repr=False)
    # the line the text first names the main person on (0: its title or header): asked for every pronoun
    _first_named: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # the keys the text gives no evidence of being people: asked for every English he or she
    _not_people: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # whether one person has every turn: asked for every sentence of a plain paragraph
    _one_answerer: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def not_people(self) -> frozenset[str]:
        """The keys of capitalised names the text says nothing of as people (a gallery, a lane)."""
        found = self._not_people.get("")
        if found is None:
            found = self._not_people[""] = frozenset(self.key_of.values()) - self.people
        return found

    def introduced(self, doc: Document, block: Block) -> bool:
        """Whether the text names the main person in its title, its header or before `block`."""
        first = self._first_named.get("")
        if first is None:
            first = self._first_named[""] = _first_line_naming(self, doc, self.main)
        return first <= block.line

    def one_answerer(self, doc: Document) -> bool:
        """Whether one person has every turn of the text (an interview printed as its questions for
        headings, each answer opening under the answerer's label)."""
        found = self._one_answerer.get("")
        if found is None:
            turns = {b.speaker for _, b in doc.all_blocks() if b.kind == "turn"}
            found = self._one_answerer[""] = len(turns) == 1
        return found

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(position, key) of every person named in `text`."""
        if self.pattern is None:
            return []
        found = self._mentioned.get(text)
        if found is None:
            found = tuple((m.start(), self.key_of[m.group()]) for m in self.pattern.finditer(text))
            self._mentioned[text] = found
        return list(found)

    def earlier(
        self, section: Section | None, blocks: Sequence[Block], same: re.Pattern[str] | None
    ) -> Earlier:
        """The people the blocks of `section` name, for a pronoun of the kind `same` looks for."""
        key = (id(section), id(same))
        found = self._earlier.get(key)
        if found is None or found.blocks is not blocks:  # not a reused id
            found = self._earlier[key] = Earlier(self, blocks, same)
        return found


class Named:
    """Who a block's text names, in order, with whether each name opens a clause, indexed once so
    that a pronoun deep in a long block (a transcript in one paragraph) finds the last name before
    it without reading the block from its start again."""

    __slots__ = ("ends", "keys", "last_subject", "reach", "starts", "text")

    def __init__(self, cast: Cast, text: str) -> None:
        assert cast.pattern is not None
        self.text = text
        found = [m for m in cast.pattern.finditer(text) if not _passive_agent(text, m.start())]
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.keys = [cast.key_of[m.group()] for m in found]
        self.last_subject: list[int] = []  # the last name opening a clause, at or before each
        for i, m in enumerate(found):
            self.last_subject.append(i if _subject(text, m.start()) else (self.last_subject[-1] if i else -1))
        self.reach = max(map(len, cast.key_of)) + 1  # what a match looks at past its start

    def last(
        self, cast: Cast, before: str, prefix: int, excluded: set[str], same: re.Pattern[str] | None
    ) -> str:
        """`_last(cast, before, excluded, same)` where `before` starts with the block's first
        `prefix` characters: the names well inside them are this index's, the rest is read again."""
        assert cast.pattern is not None
        settled = bisect.bisect_right(self.starts, prefix - self.reach - 1)  # matched alike in both
        resume = max(self.ends[settled - 1] if settled else 0, prefix - self.reach, 0)
        tail = [
            (m.start(), cast.key_of[m.group()])
            for m in cast.pattern.finditer(before, resume)
            if not _passive_agent(before, m.start())
        ]
        for pos, key in reversed(tail):
            if key not in excluded and (same is None or _subject(before, pos)):
                return key
        i = settled - 1
        while i >= 0:
            if same is not None:
                i = self.last_subject[i]
                if i < 0:
                    break
            if self.keys[i] not in excluded:
                return self.keys[i]
            i -= 1
        # no name of anyone else opens a clause: the pronoun chain decides, as `_last` reads it
        return "" if same is None else _last(cast, before, excluded, same)


class Earlier:
    """The people a section's blocks name, indexed in one pass, so that a pronoun finds the person
    the nearest earlier block names without reading every block between: per block the person a
    pronoun would take from it alone (`last`), the nearest block before each that gives one, and
    the blocks naming each person (where leaving a person out could change the answer)."""

    __slots__ = ("alone", "blocks", "naming", "nearest", "same")

    def __init__(self, cast: Cast, blocks: Sequence[Block], same: re.Pattern[str] | None) -> None:
        self.blocks, self.same = blocks, same
        self.alone: list[str] = []
        self.nearest: list[int] = []  # the last block at or before i whose `alone` is someone
        self.naming: dict[str, list[int]] = {}
        for i, block in enumerate(blocks):
            for key in dict.fromkeys(key for _, key in cast.mentions(block.text)):
                self.naming.setdefault(key, []).append(i)
            self.alone.append(_last(cast, block.text, set(), same))
            self.nearest.append(i if self.alone[-1] else (self.nearest[-1] if i else -1))

    def last(self, cast: Cast, end: int, excluded: set[str]) -> str:
        """What `_last` gives for the nearest of blocks[:end] (going back) that gives anyone."""
        while end > 0:
            at = self.nearest[end - 1]
            for person in excluded:  # a block naming an excluded person may answer otherwise than alone
                hits = self.naming.get(person, ())
                i = bisect.bisect_left(hits, end) - 1
                if i >= 0 and hits[i] > at:
                    at = hits[i]
            if at < 0:
                return ""
            if key := _last(cast, self.blocks[at].text, excluded, self.same):
                return key
            end = at
        return ""


def _first_line_naming(cast: Cast, doc: Document, key: str) -> int:
    """The line of the first block naming `key` (0 when the title or a header field does)."""
    if not key:
        return 0
    head = " ".join([doc.title, *(f"{m.key} {m.value}" for m in doc.metadata)])
    if any(k == key for _, k in cast.mentions(head)):
        return 0
    lines = sorted(
        [(b.line, b.text) for _, b in doc.all_blocks()] + [(s.line, s.title) for s in doc.sections]
    )
    return next((line for line, text in lines if any(k == key for _, k in cast.mentions(text))), 0)


def build_pattern(forms: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        esc = re.escape(form)
        # (Friel-style, Kant-like: a word made of the name, not the person named)
        parts.append(rf"(?<![A-Za-z]){esc}(?![a-z]|-[a-z])" if re.match(r"[A-Za-z]", form) else esc)
    return re.compile("|".join(parts)) if parts else None


# (And Hale was a showman: a sentence may open on its conjunction before the subject)
_SUBJECT_EN = re.compile(rf"(?:^|[.!?;:,]\s+|[“\"])(?:(?:And|But|So|Yet)\s+)?(?:{_TIME_LEAD_EN})?$")
_SUBJECT_ZH = re.compile(
    r"(?:^|[。！？；;，,：:“「])(?:[^，,。；;！？]{0,8}?(?:年|时|后|前|代|间|初|末|起)[，,]?)?$"
)


def _subject(text: str, pos: int) -> bool:
    """Whether `pos` opens a clause (after a time phrase at most): where a subject stands."""
    head = text[max(0, pos - 60) : pos]
    return bool((_SUBJECT_ZH if re.search(r"[\u4e00-\u9fff]", head[-12:]) else _SUBJECT_EN).search(head))


def _last(cast: Cast, text: str, exclude: str | set[str], same: re.Pattern[str] | None = None) -> str:
    """The person named last in `text`. With `same` (the pattern of the pronoun's kind: she, 她),
    subjects come first: the last name or pronoun of that kind opening a clause, a pronoun passing
    on what it stands for (she … she … she: one chain); else the last name before the chain."""
    excluded = {exclude} if isinstance(exclude, str) else exclude
    found = [
        (pos, key)
        for pos, key in cast.mentions(text)
        if key not in excluded and not _passive_agent(text, pos)
    ]
    if same is None:
        return found[-1][1] if found else ""
    cut = len(text)
    while cut > 0:
        names = [(pos, key) for pos, key in found if pos < cut and _subject(text, pos)]
        pronouns = [m.start() for m in same.finditer(text, 0, cut) if _subject(text, m.start())]
        if pronouns and (not names or pronouns[-1] > names[-1][0]):
            cut = pronouns[-1]
            continue
        if names:
            return names[-1][1]
        break
    # `乡村工匠吕成舟…。他…`: a titled name; not one in brackets (agreed with the treasurer (Tom Hale):
    # an aside on who someone is, never what the next sentence is about)
    before = [(pos, key) for pos, key in found if pos < cut and not _in_brackets(text, pos)]
    if before and (earlier := _pronoun_before_in_sentence(text, before[-1][0], same)) is not None:
        # The line she quotes is from Karl Weiss. Her estimate …: she was someone before Weiss
        return _last(cast, text[:earlier], excluded, same)
    return before[-1][1] if before else ""


_SENTENCE_END = re.compile(r"[.!?。！？\n]")
BRACKET_REACH = 60  # characters before a name where the bracket it stands in may open


def _in_brackets(text: str, pos: int) -> bool:
    """Whether the name at `pos` stands inside an open pair of round brackets."""
    near = text[max(0, pos - BRACKET_REACH) : pos]
    opening = max(near.rfind("("), near.rfind("（"))
    return opening >= 0 and max(near.rfind(")"), near.rfind("）")) < opening


def _passive_agent(text: str, pos: int) -> bool:
    """Whether the name at `pos` is who acts in a passive (`这句被赵敏称为全场最佳`): never the one a
    later 她 goes on about."""
    return text[max(0, pos - 1) : pos] == "被"


def _pronoun_before_in_sentence(text: str, pos: int, same: re.Pattern[str]) -> int | None:
    """Where a pronoun of the kind stands earlier in the sentence that names someone at `pos`: that
    pronoun stands for someone else, named before."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    found = [m.start() for m in same.finditer(text, start, pos)]
    return found[0] if found else None


_SAME_KIND = {
    "她": re.compile(r"她(?!们)"),
    "他": re.compile(r"他(?![们人国乡方日])"),
    "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"),
    "he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"),
}
_KIND_OF = {"她": "她", "他": "他", "she": "she", "her": "she", "he": "he", "his": "he"}


# 李姐, 王阿姨, Mrs Hale / 吴师傅, 周伯, Mr Hale: a name that marks its holder as a woman or a man
_A_WOMAN = re.compile(
    r"(?:姐|姨|嫂|婶|奶|婆|妈|姑|女士|小姐|太太|夫人)$|^(?:Mrs|Ms|Miss|Madam|Lady|Dame)\b\.?"
)
_A_MAN = re.compile(r"(?:哥|叔|伯|爷|公公|先生|师傅)$|^(?:Mr|Sir|Lord)\b\.?")
_OTHER_SEX = {"他": _A_WOMAN, "he": _A_WOMAN, "她": _A_MAN, "she": _A_MAN}


_SEX_OF = {"他": "他", "he": "他", "她": "她", "she": "她"}
# the first he/she (or his) in a sentence that names one person before it: who it is
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|his)\b|(?<![其])[他她](?![们人])", re.I)
_SENTENCE = re.compile(r"[^.!?;。！？；]+")


def sexes(cast: Cast, texts: Sequence[str]) -> dict[str, str]:
    """Each person the text calls he (他) or she (她) in a sentence that names only them before it
    (Olek joked that he…), where it does so with one voice: at least twice as often as the other,
    and twice at least when the other was said too."""
    votes: dict[str, dict[str, int]] = {}
    for text in texts:
        for sentence in _SENTENCE.findall(text):
            named = cast.mentions(sentence)
            said = _SUBJECT_PRONOUN.search(sentence, named[0][0]) if named else None
            before = {key for at, key in named if said and at < said.start()}
            if said and len(before) == 1:  # X runs planning at Y, and she…: whose she, a guess
                sex = _SEX_OF.get(said.group().lower(), "他")  # (his: 他)
                tally = votes.setdefault(before.pop(), {"他": 0, "她": 0})
                tally[sex] += 1
    out: dict[str, str] = {}
    for key, tally in votes.items():
        (sex, most), (_, other) = sorted(tally.items(), key=lambda kv: -kv[1])
        if most >= 2 * other and (other == 0 or most >= 2):
            out[key] = sex
    return out


def _of_the_other_sex(cast: Cast, pronoun: str) -> frozenset[str]:
    """The people a name of theirs marks as of the other sex than `pronoun` (他 is not 李姐's)."""
    kind = _KIND_OF.get(pronoun.lower(), "")
    if kind not in cast._other_sex:
        marks = _OTHER_SEX.get(kind)
        found = {key for form, key in cast.key_of.items() if marks.search(form)} if marks else set()
        if kind:  # and those the text itself calls the other (Felix joked that he …: not her)
            found |= {key for key, sex in cast.sexes.items() if sex != _SEX_OF[kind]}
        cast._other_sex[kind] = frozenset(found)
    return cast._other_sex[kind]


def referent(
    cast: Cast,
    doc: Document,
    section: Section | None,
    block: Block,
    before: str,
    pronoun: str = "",
    after: str = "",
    prefix: int = 0,
) -> str:
    """The key of the person a third-person pronoun refers to, given the text before it (whose
    first `prefix` characters are the block's own); with the `pronoun` itself, an earlier one of
    its kind standing after the last name passes on its referent (`She shared the prize with
    Pierre Curie… She died in 1934`: not Pierre)."""
    same = _SAME_KIND.get(_KIND_OF.get(pronoun.lower(), ""))
    speaker = cast.key_of.get(cast.speakers.get(block.speaker, ""), "") if block.kind == "turn" else ""
    # `She shared the prize with Pierre Curie`: a pronoun is not the person its own clause names
    clause = re.split(r"[.!?;。！？；]", after, maxsplit=1)[0]
    excluded = {speaker} | {key for _, key in cast.mentions(clause)} | _of_the_other_sex(cast, pronoun)
    if _someone_else_since(cast, before[-prefix:] if prefix else before):
        return ""
    if _a_shared_name_last(cast, before):
        return ""  # Ada Hale … Tom Hale … Hale never saw it finished, though he: which Hale, unknown
    if key := _last_in(cast, block, before, prefix, excluded | _not_people(cast, doc, pronoun), same):
        return key
    if same is not None and _a_things_chain_en(cast, doc, block, before[-prefix:] if prefix else "", same):
        return ""
    blocks = doc.index.section_blocks(section)
    at = doc.index.position(section, block)
    end = len(blocks) if at is None else at
    if block.kind == "turn":
        return _last(cast, blocks[end - 1].text, excluded) if end else ""
    if (key := _titled_by(cast, section)) and key not in excluded:
        return key  # ### Mara (city lender) over "- Her bank's loans: …": the section is about her
    if _titled_by_someone_unknown(cast, section):
        return ""  # ### 橙子（新人，产品经理） over 他提了个类比: theirs, whom the cast does not know
    if key := cast.earlier(section, blocks, same).last(cast, end, excluded):
        if end and _named_after_a_pronoun(cast, blocks[end - 1].text, key):
            # 他补充…和教授阿里夫·汗合作…。他也聊到…: the subject is the earlier 他, not the one named
            return ""
        if doc.language == "en" and key not in cast.people and cast.main:
            # a paragraph earlier named only a capitalised name the text says nothing of (the piece's
            # writer, a school, a lane, East Such-and-such): a she opening a profile's paragraph is the
            # one it profiles; where its own clause names that one (…when her mentor, <main>, hired
            # her), someone the text does not say. (A Chinese name is a person's whatever is said
            # of them: 他 stays theirs.)
            return cast.main if cast.main not in excluded and cast.introduced(doc, block) else ""
        return key
    if section is not None and (key := _last(cast, section.title, excluded)):
        return key
    if _an_unknown_name_near(cast, section, blocks[max(0, end - NEAR_BLOCKS) : end]):
        return ""  # 第六章 戚继光 … 他依附张居正: someone the cast does not know, not the main person
    # (the main person stands for no pronoun before the text first names them: He, before a later
    # guest is named, is someone else)
    return "" if cast.main in excluded or not cast.introduced(doc, block) else cast.main


# The Imo, a Norwegian steamer…: a paragraph opening on a thing, not on someone's name
_OPENS_ON_A_THING_EN = re.compile(r"^(?:The|A|An)\s+(?!(?:[A-Z][a-z]+\s+)?(?:Dr|Mr|Mrs|Ms|Prof)\b)")


def _a_things_chain_en(cast: Cast, doc: Document, block: Block, own: str, same: re.Pattern[str]) -> bool:
    """Whether the pronoun goes on a chain of its kind that the paragraph opened on a thing (The
    Imo, a Norwegian steamer… Her departure… she was eager): a ship, a country, no one earlier."""
    if doc.language != "en" or not own or not _OPENS_ON_A_THING_EN.match(block.text):
        return False
    first = re.split(r"(?<=[.!?])\s", block.text, maxsplit=1)[0]
    return not cast.mentions(first) and any(_subject(own, m.start()) for m in same.finditer(own))


def _not_people(cast: Cast, doc: Document, pronoun: str) -> frozenset[str]:
    """The capitalised names an English he or she cannot stand for when the text gives evidence of
    people (…at the museum (Room 9, Roman Gaul), she thinks: a gallery, not her); none otherwise."""
    if doc.language != "en" or pronoun.lower() not in {"he", "she"} or not cast.people:
        return frozenset()
    return cast.not_people()


TITLED_BY_MAX = 40  # characters of a heading that opens on the name of the person it is about


def _titled_by(cast: Cast, section: Section | None) -> str:
    """The person a short heading opens on (Mara (city lender), 林岚：门店的账): its section is theirs."""
    if section is None or len(section.title) > TITLED_BY_MAX:
        return ""
    found = cast.mentions(section.title)
    lead = _TIME_LEAD.match(section.title)  # ~10:05 Mara on rates: a timestamp before the name
    return found[0][1] if found and found[0][0] == (lead.end() if lead else 0) else ""


_TIME_LEAD = re.compile(r"^[~\s\d:：.\-–—()（）\[\]]*")

# 橙子（新人，产品经理）, 小唐（哲学系研究生）: a heading of a short name and who they are in brackets
_A_PERSONS_HEADING_ZH = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,4})\s*[（(](?P<who>[^（()）]{1,24})[）)]$")
_A_POST_OR_PART_ZH = re.compile(
    rf"{'|'.join(ROLE_ZH)}|[者师员生长家手]$|[者师员生长家手][，,、]|新人|主持|嘉宾|线上|线下"
)


def _titled_by_someone_unknown(cast: Cast, section: Section | None) -> bool:
    """Whether the section's heading is someone's name the cast does not know, with who they are."""
    found = _A_PERSONS_HEADING_ZH.match(section.title.strip()) if section is not None else None
    return bool(found and found["name"] not in cast.key_of and _A_POST_OR_PART_ZH.search(found["who"]))


_THIRD_PERSON = re.compile(r"他|她|\b(?:[Hh]e|[Ss]he)\b")


def _named_after_a_pronoun(cast: Cast, text: str, key: str) -> bool:
    """Whether someone other than the main person is named in `text` only after a 他/she there:
    that line's subject is the pronoun's person, and the next line's 他 is as likely that one's."""
    pronoun = _THIRD_PERSON.search(text)
    if key == cast.main or pronoun is None:
        return False
    first = next((at for at, k in cast.mentions(text) if k == key), -1)
    return first > pronoun.start()


NEAR_BLOCKS = 3  # blocks before a pronoun where a name the cast does not know is looked for


def _an_unknown_name_near(cast: Cast, section: Section | None, blocks: Sequence[Block]) -> bool:
    """Whether the section's title or the blocks just before name a Chinese person (a name jieba
    knows) that the cast does not: the pronoun is as likely theirs as the main person's."""
    texts = [section.title if section is not None else "", *(b.text[:SOMEONE_REACH] for b in blocks)]
    text = "\n".join(t for t in texts if t)
    if not _CJK_TEXT.search(text):
        return False
    return any(name not in cast.key_of for name in _names_jieba_knows(text))


@lru_cache(maxsize=4096)
def _names_jieba_knows(text: str) -> frozenset[str]:
    """The 2–3 character words jieba tags as a person's name (nearby pronouns ask the same text)."""
    from quizgen.extract.text import tag

    return frozenset(word for word, flag in tag(text) if flag == "nr" and 2 <= len(word) <= 3)


_CJK_TEXT = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z .'’-]*")


# Someone the text brings in without a name the cast knows (书是小周推荐的，她说…; a friend … she;
# not kin, whom 他父亲 ties to the person already named):
# a pronoun after them is as likely theirs, so it is left as written rather than given to the last
# person named before.
_SOMEONE_ELSE = re.compile(
    r"[小老][\u4e00-\u9fff](?=[，,。、的是也和跟与说推告教讲问给让帮提开自就又还笑回补插觉认想])|朋友|同事|客户|老板|上司|下属|"
    r"\b(?:friend|colleague|boss|client|neighbou?r|apprentice|intern|assistant|mentee|mentor|student|"
    r"teammate|co-?worker|employee|customer|accountant|contractor|tenant|landlord)s?\b",
    re.I,
)
SOMEONE_REACH = 60  # characters before a pronoun where such a person is looked for
TITLED_REACH = 160  # …and where a titled name (Emperor Maurice, the Persian king Khosrow) is
# 周伯, 王姐, 李师傅: someone called by surname and a word for an elder, a sibling or a trade
_KIN_NICKNAME = re.compile(
    "(?:"
    + "|".join(sorted((s for s in SURNAMES if len(s) == 1), key=ord))
    + ")(?:伯|叔|姨|姐|哥|嫂|婶|爷|奶|婆|师傅)"
)


def _someone_unknown(cast: Cast, name: str) -> bool:
    """A full Chinese name (surname and given name: 葛允成) the cast does not know; jieba's other
    name tags (瓦赫 of 瓦赫宁根) are too loose to stop a pronoun."""
    return len(name) == 3 and name[0] in SURNAMES and name not in cast.key_of


def _someone_else_since(cast: Cast, before: str) -> bool:
    """Whether someone without a known name is brought in after the last person named, close
    before the pronoun."""
    near = before[-SOMEONE_REACH:]
    # 柏青岚老师。他…: the form of address right after a name is theirs, no one else
    name_ends = {m.end() for m in cast.pattern.finditer(near)} if cast.pattern is not None else set()
    others = [m.end() for m in _SOMEONE_ELSE.finditer(near) if m.start() not in name_ends]
    others += [m.end() for m in _KIN_NICKNAME.finditer(near) if m.group() not in cast.key_of]
    if _CJK_TEXT.search(near):  # 文献里记的是一个叫葛允成的人。…他: a name jieba knows and the cast does not
        others += [
            near.rfind(name) + len(name) for name in _names_jieba_knows(near) if _someone_unknown(cast, name)
        ]
    if not others and not _CJK_TEXT.search(near):
        # Emperor **Maurice** rules… He'd: a titled name the cast does not know, read further back
        wider = before[-TITLED_REACH:]
        titled = [m.end() for m in TITLED_NAME_EN.finditer(wider) if m[1].lower() not in _cast_words(cast)]
        if titled:
            named = [at for at, _ in cast.mentions(wider)]
            return not named or max(titled) > max(named)
    if not others:
        return False
    named = [at for at, _ in cast.mentions(near)]
    return not named or max(others) > max(named)


def _cast_words(cast: Cast) -> frozenset[str]:
    return frozenset(word for form in cast.key_of for word in form.lower().split())


def _a_shared_name_last(cast: Cast, before: str) -> bool:
    """Whether the last name in `before` is a short form two people share (a surname alone where
    father and son are both named): whom a pronoun after it stands for, the text does not say."""
    if cast.shared is None or cast.pattern is None:
        return False
    shared = [m.start() for m in cast.shared.finditer(before)]
    if not shared:
        return False
    named = [m.span() for m in cast.pattern.finditer(before)]
    alone = [at for at in shared if not any(start <= at < end for start, end in named)]
    return bool(alone) and (not named or max(alone) > named[-1][0])


LONG_PREFIX = 400  # characters of a block before a pronoun from which its names are indexed


def _last_in(
    cast: Cast, block: Block, before: str, prefix: int, excluded: set[str], same: re.Pattern[str] | None
) -> str:
    """`_last` on `before`, which opens with `prefix` characters of `block`'s text."""
    if prefix < LONG_PREFIX or cast.pattern is None:
        return _last(cast, before, excluded, same)
    named = cast._named.get(id(block))
    if named is None or named.text is not block.text:  # not a reused id
        named = cast._named[id(block)] = Named(cast, block.text)
    return named.last(cast, before, prefix, excluded, same)


# (not their: as often a firm's or a fund's — Their partner, Priya Lendrum — as a person's)
_HOLDER = re.compile(r"^(?:他|她|[Hh]is|[Hh]er)(?=的|\s)")


def resolve_holder(
    cast: Cast, doc: Document, section: Section | None, block: Block, sentence: str, text: str, upto: int
) -> str:
    """`text` (a relation's role: `他的妹妹`, `her brother`) with its leading pronoun replaced by
    the person named last before position `upto` of `sentence`; unchanged when none is."""
    m = _HOLDER.match(text)
    if not m:
        return text
    offset = max(block.text.find(sentence), 0)
    key = referent(cast, doc, section, block, block.text[:offset] + sentence[:upto], prefix=offset)
    if not key:
        return text
    name = cast.short.get(key, key)
    return f"{name}{text[m.end() :]}" if doc.language == "zh" else f"{name}'s{text[m.end() :]}"


def resolve(
    cast: Cast, doc: Document, section: Section | None, block: Block, sentence: str, text: str
) -> str:
    """`text` (the sentence or a statement drawn from it) with its leading pronouns replaced;
    `sentence` locates it in the block. Pronouns nothing resolves stay as written."""
    offset = max(block.text.find(sentence), 0)
    block_before = block.text[:offset]
    zh = doc.language == "zh"
    quoted = _quoted_voice(cast, doc, section, block) if block.kind == "quote" else ""
    answer_goes_on = _answer_goes_on(cast, doc, section, block) if block.kind == "paragraph" else None
    if block.kind == "turn" and block.line in cast.voices:
        text = resolve_personal(text, cast.voices[block.line], zh)
    elif quoted:
        text = resolve_personal(text, Voices(speaker=quoted), zh)
    elif answer_goes_on is not None:
        text = resolve_personal(text, answer_goes_on, zh)
    elif block.kind != "turn" and cast.narrator and not inside_quotation(block_before):
        writers, quoted_on = before_open_quote(text)  # the words someone else says are theirs
        text = resolve_personal(writers, Voices(speaker=cast.narrator), zh) + quoted_on

    headed_by = _line_speaker(cast, block.text) if zh and block.kind != "turn" else None

    def replace(m: re.Match[str]) -> str:
        before = block_before + text[: m.start("p")]
        word = m.group("p")
        if zh and _SAYS_AFTER_THE_QUOTE_ZH.search(text[m.end() :]) and m.group("lead").strip():
            return m.group()  # “她手还生，”老人说: whom a speaker's 她 means, the speaker knows
        role = _role_since_last_name(cast, before)
        if role and (_ROLE_ZH if zh else _ROLE_EN).search(text[: m.start("p")]):
            return m.group()  # 作者提炼出…，她把这叫做…: the sentence itself says who, as written
        if zh and _SAID_BY_SOMEONE_ZH.search(text[: m.start("p")]):
            return m.group()  # Clark也提到，他观察到…: the one who says it, named just before, as written
        # 作者讲述了“三种耐心”。他将…: the role stands for the person
        if role:
            if zh:
                return f"{m.group('lead')}{role}{m.group('tail') or ''}"
            if word.lower() in {"he", "she"}:
                said = role[:1].upper() + role[1:] if not m.group("lead") else role
                return f"{m.group('lead')}{said}{_verb_of(m.group('cont'), text[m.end() :])}"
        if headed_by is not None and not cast.mentions(before[headed_by[1] :]):  # nobody named since
            return f"{m.group('lead')}{cast.short.get(headed_by[0], headed_by[0])}{m.group('tail') or ''}"
        key = referent(cast, doc, section, block, before, word, text[m.end() :], offset)
        if not key:
            return m.group()
        name = cast.short.get(key, key)
        if zh and key not in cast.people and (_LATIN_WORDS.fullmatch(name) or "·" in name):
            # Unit Economics…。他说…, a poem's 诗经·小雅…: words the text says nothing of as a person
            return m.group()
        if zh:
            kin = KIN_ZH.match(text, m.end())
            tail = m.group("tail") or ("的" if kin else "")
            return f"{m.group('lead')}{name}{tail}"
        if word.lower() in {"his", "her"}:
            return f"{m.group('lead')}{name}'s{m.group('cont') or ''}"
        return f"{m.group('lead')}{name}{_verb_of(m.group('cont'), text[m.end() :])}"

    def replace_inside(m: re.Match[str]) -> str:
        first = re.search(rf"\b{m.group('p')}\b", sentence)  # nobody named before it in the whole sentence
        said_before = sentence[: first.start()] if first else sentence
        if cast.mentions(text[: m.start("p")]) or cast.mentions(said_before):
            return m.group()
        if _a_first_name_of(cast, said_before):
            return m.group()  # Ilse told the board…, and she…: someone the sentence calls by first name
        # only the one the document is about: inside a sentence the last name before is often a
        # commentator the line quotes, not who it is about
        before = block_before + text[: m.start("p")]
        key = referent(cast, doc, section, block, before, m.group("p"), text[m.end() :], offset)
        if not key or key != cast.main:
            return m.group()
        return f"{cast.short.get(key, key)}{_verb_of(m.group('cont'), text[m.end() :])}"

    text = (_ZH_THIRD if zh else _EN_THIRD).sub(replace, text)
    if zh:
        return text
    text = _EN_THIRD_INSIDE.sub(replace_inside, text)
    return demonstratives_en(text, _text_before(doc, section, block, offset))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _a_first_name_of(cast: Cast, text: str) -> bool:
    """Whether `text` calls someone of the cast by their first name alone (Ilse, of Ilse Varga)."""
    first = {form.split()[0] for form in cast.key_of if " " in form and is_latin(form)}
    return any(w.group() in first for w in _CAPITALISED_WORD.finditer(text))


# 林：…。他估计…; 林补充：…，她带学生…; 林的反驳（要紧）：…: a line of notes headed by who speaks,
# often by surname alone
_LINE_SPEAKER_ZH = re.compile(
    r"^\s*(?P<who>[\u4e00-\u9fff]{1,3}?)(?:的(?:反驳|观点|看法|补充|回应|说法|判断|回答))?"
    r"(?:补充|说|提到|认为|回应|表示|插话|追问|回答)?(?:道)?\s*(?:[（(][^）)]{0,20}[）)])?\s*[：:]"
)


def _line_speaker(cast: Cast, line: str) -> tuple[str, int] | None:
    """The person a line of notes opens with as its speaker (a form of their name, or the surname
    of one person only), and where the label ends; None when the line opens with no such label."""
    m = _LINE_SPEAKER_ZH.match(line)
    if not m:
        return None
    who = m["who"]
    if who in cast.key_of:
        return cast.key_of[who], m.end()
    if len(who) != 1:
        return None
    keys = {key for form, key in cast.key_of.items() if form.startswith(who) and len(form) > 1}
    return (keys.pop(), m.end()) if len(keys) == 1 else None


# A part in the talk or the text standing for its person (作者, 讲者, 嘉宾, the author): 他 after it,
# with nobody named since, is that person, said as the text says it.
_ROLE_ZH = re.compile(r"作者|笔者|演讲者|讲者|主讲人|受访者|嘉宾")
_ROLE_EN = re.compile(r"\bthe (?:author|speaker|interviewee|guest)\b", re.I)
# Clark也提到，他…; 老周补充说：她…: a speaker named right before the pronoun, with a verb of saying
_SAID_BY_SOMEONE_ZH = re.compile(
    r"(?:^|[。！？；;])\s*[^，,。！？；;：:]{1,12}?(?:也|还|又|则|曾)?(?:提到|说|表示|认为|指出|强调|补充|回忆|坦言)(?:道)?[，,：:]\s*[“\"]?$"
)
ROLE_REACH = 120  # characters before a pronoun where its role is looked for


def _role_since_last_name(cast: Cast, before: str) -> str:
    """The role named last before a pronoun, close to it, when no person is named after it."""
    near = before[-ROLE_REACH:]
    roles = list(_ROLE_ZH.finditer(near)) or list(_ROLE_EN.finditer(near))
    if not roles:
        return ""
    last = roles[-1]
    if any(at >= last.end() for at, _ in cast.mentions(near)):
        return ""
    return last.group().lower() if last.group()[:1].isascii() else last.group()


def _verb_of(contraction: str | None, after: str) -> str:
    """` is`, ` has`, ` would` or ` will` for a contraction after a pronoun ("" for none)."""
    if not contraction:
        return ""
    ending = contraction[1:]
    if ending == "s":
        return " has" if _HAS_NEXT.match(after) else " is"
    if ending == "d" and participle_next(after):
        return " had"  # He'd built a probe: had, not would
    return _CONTRACTED[ending]


ANTECEDENT_REACH = 2_000  # characters before a sentence where `that line` may find its noun


def _answer_goes_on(cast: Cast, doc: Document, section: Section | None, block: Block) -> Voices | None:
    """Who says I in a paragraph that goes on from an answer: where one person has every turn (an
    interview printed as its questions for headings, each answer's first paragraph under the
    answerer's label), the plain paragraphs after their turn, up to the next heading, are theirs, not
    the byline's writer's. None elsewhere."""
    if not cast.voices or not cast.one_answerer(doc):
        return None
    blocks = doc.index.section_blocks(section)
    for at in range((doc.index.position(section, block) or 0) - 1, -1, -1):
        if blocks[at].kind == "turn":
            return cast.voices.get(blocks[at].line)
        if blocks[at].kind != "paragraph":
            return None
    return None


def _quoted_voice(cast: Cast, doc: Document, section: Section | None, block: Block) -> str:
    """Who speaks in a block quote: the person the paragraph before it names last (`Okafor
    offers some advice.` > "I kept a fifth of every week free…"), in the form a reader uses; ""
    when that paragraph names nobody."""
    blocks = doc.index.section_blocks(section)
    at = doc.index.position(section, block) or 0
    if at == 0 or blocks[at - 1].kind == "quote":
        return ""
    named = cast.mentions(blocks[at - 1].text[-ANTECEDENT_REACH:])
    return cast.short.get(named[-1][1], named[-1][1]) if named else ""


def _text_before(doc: Document, section: Section | None, block: Block, offset: int) -> str:
    """The block's text before the sentence, after the previous block of the same section, at most
    `ANTECEDENT_REACH` characters of it: a noun named further back is no antecedent a reader keeps,
    and a paragraph of 80,000 characters must not be read again for every sentence."""
    blocks = doc.index.section_blocks(section)
    at = doc.index.position(section, block) or 0
    previous = blocks[at - 1].text[-ANTECEDENT_REACH:] + " " if at > 0 else ""
    return (previous + block.text[max(0, offset - ANTECEDENT_REACH) : offset])[-ANTECEDENT_REACH:]


# (`that cost under €300`, `that took a year`: the word after it is a verb, so `that` is the relative
# pronoun, not a demonstrative)
_EN_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|these|those)\s+(?P<noun>[a-z]{3,})\b"
    r"(?!\s+(?:a|an|the|his|her|their|its|our|my|your|under|over|about|around|nearly|almost|only|just|"
    r"more|less|up|down|out|off)\b|\s*[\d$€£¥])"
)
_EN_NOT_NOUN = frozenset(
    words("is was are were has had does did means can will would may might must should")
    # `liked that the monitors were …`: that as a conjunction, before a determiner or a pronoun
    + words("the his her its our your their they she him them you who which what when where how not")
    + words("all any some each every one two three many most much such")
    # `on that first day`: an ordinal or a like adjective before the noun, which is further on
    + words("first second third last next same other only whole entire final initial previous following")
)
# the words before a noun that make a phrase of it (the middle of the contract), not its modifiers
_PHRASE_WORD = r"(?:of|the|a|an|in|on|at|to|for|with|and|or|by|from)\b"


def demonstratives_en(text: str, before: str) -> str:
    """`on that line` -> `on the 3,000 Hz telephone line` when the text before names the thing with
    an article and at most three words before its noun; unchanged where it does not."""

    def replace(m: re.Match[str]) -> str:
        noun = m.group("noun")
        if noun in _EN_NOT_NOUN:
            return m.group()
        modifier = rf"(?!{_PHRASE_WORD})[\w.,-]+\s+"
        named = list(re.finditer(rf"\b(?:[Aa]n?|[Tt]he)\s+((?:{modifier}){{0,3}}?){noun}\b", before))
        if not named or re.search(r",(?!\d)", named[-1].group(1)):  # 3,000 Hz, not a clause
            return m.group()
        return f"the {named[-1].group(1)}{noun}"

    return _EN_DEMONSTRATIVE.sub(replace, text)
