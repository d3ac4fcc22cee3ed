"""Spotting how people are written: names kept whole (`达里奥·阿莫迪`, `John W. Tukey`,
`Wernher von Braun`), the shorter forms a text uses for them (`阿莫迪`, `Tukey`), and a key that
says two forms are the same person.

Spotting is not accepting: the people extractor keeps a name only on evidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from dataclasses import dataclass

from quizgen.extract.lexicon import (
    NAME_PARTICLES_EN,
    NOT_NAME_EN,
    ORG_EN,
    SURNAMES,
    TITLES_EN,
    WORD_NAMES_EN,
    is_role_word,
    zipf_en,
)
from quizgen.extract.numbers import EN_WORDS

_HAN = r"\u4e00-\u9fff"
DOTTED_ZH = re.compile(rf"[{_HAN}]{{1,8}}(?:[·・•][{_HAN}]{{1,8}})+")
_BOOK = re.compile(r"《[^》]*》")
# Bishop Hale, Professor Ames, Emperor **Maurice**, the Persian king Khosrow: a person named with a title or
# a rank (group 1 is the name's first word)
TITLED_NAME_EN = re.compile(
    r"\b(?i:bishop|archbishop|professor|prof\.|dr\.?|sir|dame|lady|lord|saint|st\.|king|queen|emperor|empress"
    r"|pope|general|admiral|cardinal|rabbi|father|prince|princess|duke|duchess|sultan|shah|tsar|czar|caliph"
    r"|khan|chancellor|senator|governor|mayor)\s+[*_]*([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?"
)
# a name's word: Ada, Smith-Jones, J., McCammon (whole: never its Mc, nor any word cut before a letter)
_UP = "A-ZÀ-ÖØ-Þ"  # Poincaré, Gödel, Émile: accented letters are a name's letters too
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_TOKEN = (
    rf"(?:(?:Mc|Mac)[{_UP}][{_LOW}]+(?![{_UP}{_LOW}])|[{_UP}][{_LOW}]+(?:[-'][{_UP}][{_LOW}]+)*(?![{_UP}{_LOW}])"
    # d'Orsay, O'Hara, l'Aubier: an elided particle or O' before the name's capital
    rf"|(?<![{_UP}{_LOW}])(?:[dDlL]|O)['’][{_UP}][{_LOW}]+(?![{_UP}{_LOW}])"
    rf"|[{_UP}]\.)"
)
_PARTICLE = "|".join(sorted(NAME_PARTICLES_EN))
# a run starts after anything but a letter, a digit or a point: a Chinese character is no part of
# it (教授Tobias Wennberg), though Python counts it a word character
LATIN_RUN = re.compile(
    rf"(?<![0-9_.{_UP}{_LOW}])(?:Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Rev\.|{_TOKEN})(?:\s+(?:{_TOKEN}|(?:{_PARTICLE})(?=\s+[A-Z])))*"
)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Spot:
    """A name found in a text: `text[start:end]` is the name; `title` a title written before it."""

    name: str
    start: int
    end: int
    title: str = ""


def _inside_books(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BOOK.finditer(text)]


_EDGE_STOP = set(
    "的了在把为与和跟等是将被对从向也都就才又说曾已于以及或之所着过并而这那他她我你们年月日时后称叫"
    "到给请问找见像由"  # 联想到|艾琳·洛萨, 写信给|…: a verb's complement or a preposition before the name
)


def _edge(words: list[str]) -> str:
    """The name-part at the start of `words` (jieba's words next to the `·`): the first word,
    then single characters jieba could not place (`阿莫` + `迪`) up to three characters."""
    out = ""
    for i, word in enumerate(words):
        if i and (
            len(word) >= 2 or len(out) >= 3 or word in _EDGE_STOP or not re.match(r"[\u4e00-\u9fff]", word)
        ):
            break
        out += word
        if len(out) >= 4:
            break
    return out[:4]


def _trim_dotted(raw: str, after: str = "", before: str = "") -> str:
    """Cut a `·` run to the name: jieba decides where the text around the name begins."""
    from quizgen.extract.text import segment

    parts = raw.split("·")
    right = _edge(segment(parts[-1] + after)) or parts[-1][:1]
    left = _edge([w[::-1] for w in reversed(segment(before + parts[0]))])[::-1] or parts[0][-1:]
    right = right if parts[-1].startswith(right) else parts[-1][: len(right)]
    left = left if parts[0].endswith(left) else parts[0][-len(left) :]
    # 希恩斯 before a space or a mark: the name ends where the run does, unless a function word does
    if len(parts[-1]) <= 4 and not re.match(r"[\u4e00-\u9fff]", after) and not _EDGE_STOP & set(parts[-1]):
        right = parts[-1]
    if len(parts[0]) <= 4 and not re.search(r"[\u4e00-\u9fff]$", before) and not _EDGE_STOP & set(parts[0]):
        left = parts[0]
    return "·".join([left, *parts[1:-1], right])


def _common_prefix(words: list[str]) -> str:
    out = words[0]
    for w in words[1:]:
        while not w.startswith(out):
            out = out[:-1]
    return out


def dotted_forms(texts: list[str]) -> list[str]:
    """The `·`-joined names a document writes, each cut where its occurrences agree (the text runs
    on after a name: `达里奥·阿莫迪提出`), else where a function word begins."""
    groups: dict[str, list[str]] = {}
    for text in texts:
        for m in DOTTED_ZH.finditer(text):
            raw = m.group().replace("・", "·").replace("•", "·")
            name = _trim_dotted(raw, text[m.end() : m.end() + 4], text[max(0, m.start() - 4) : m.start()])
            groups.setdefault(name, []).append(raw)
    out = set()
    for name, members in groups.items():
        left, right = name.split("·")[0], name.split("·")[-1]
        rights = [m.split("·")[-1] for m in members]
        lefts = [m.split("·")[0][::-1] for m in members]
        if len(members) >= 2:
            right = _common_prefix(rights)[: len(right)] or right
            left = _common_prefix(lefts)[::-1][-len(left) :] or left
        out.add("·".join([left, *name.split("·")[1:-1], right]))
    return sorted(out)


def dotted_names(text: str, known: tuple[str, ...] = ()) -> list[Spot]:
    """Chinese renderings of foreign names joined by `·` (`达里奥·阿莫迪`), outside book titles;
    a name the document writes elsewhere (`known`) wins over the local guess."""
    books = _inside_books(text)
    out = []
    for m in DOTTED_ZH.finditer(text):
        if any(s <= m.start() < e for s, e in books):
            continue
        raw = m.group().replace("・", "·").replace("•", "·")
        name = next((k for k in known if "·" in k and k in raw), "")
        name = name or _trim_dotted(raw, text[m.end() : m.end() + 4], text[max(0, m.start() - 4) : m.start()])
        start = m.start() + raw.find(name)
        out.append(Spot(name, start, start + len(name)))
    return out


# a capitalised past participle before a preposition (a line's first word, run on from the line
# above: `with Teodor Brannigan` / `Recorded in Leeds`) is no part of the name before it
_A_PAST_VERB = re.compile(r"[A-Z][a-z]{2,}ed")
COMMON_VERB = 4.3  # Zipf: opened, founded, moved; not Alfred or Winifred
_MONTH_ABBREVIATIONS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)
_A_DAY_OR_YEAR = re.compile(r"\.?\s+\d")
_A_DAY_BEFORE = re.compile(r"\d\s*$")
_VERB_AFTER_A_BREAK = re.compile(r"[A-Z][a-z]{3,}ed\s+(?:in|at|on|by|for|from|with|during|live)\b")


def _a_present_verb(word: str) -> bool:
    """Whether a capitalised word is a common verb in its third person (Marries, Joins, Leaves),
    not a name ending in s (James, Marcus, Nicholas), by its stem's frequency."""
    low = word.lower()
    if not re.fullmatch(r"[a-z]{3,}s", low) or low.endswith("ss"):
        return False
    stems = [
        low[:-1],
        *([low[:-3] + "y"] if low.endswith("ies") else []),
        *([low[:-2]] if low.endswith("es") else []),
    ]
    common = max((zipf_en(stem) for stem in stems if len(stem) >= 3), default=0.0)
    return common >= COMMON_VERB and common > zipf_en(low)  # Miles: the name is commoner than mile's plural


def a_things_name(text: str, spot: Spot) -> bool:
    """Whether the text puts an article before an untitled name (`The Slow Ledger`, `the Hollins
    Rule`, `a Ledger Review`), a preposition of place (`a flat in Carrow Hill`) or quotation marks
    (the module "Safe Lifting"): a thing's, a place's or a title's name, not a person's."""
    if spot.title:
        return False
    near = max(0, spot.start - NEAR_BEFORE)  # what stands just before: a long paragraph is not re-read
    return bool(
        _ARTICLE_BEFORE.search(text, near, spot.start)
        or (_PLACE_BEFORE.search(text, near, spot.start) and not _POSSESSIVE.match(text, spot.end))
        or (
            text[spot.start - 1 : spot.start] in _OPENING_QUOTES
            and text[spot.end : spot.end + 1] in _CLOSING_QUOTES
        )
        or _FOUNDED_BEFORE.search(text, near, spot.start)
        or _A_FIRM_AFTER.match(text[spot.end : spot.end + NEAR_BEFORE])
        or _A_MAKE_AFTER.match(text, spot.end)
    )


NEAR_BEFORE = 80  # characters beside a name the words that make it a thing's are looked for in


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[\"“‘'*_]*$")  # the "Three-Step Rule" too
# lived in Carrow Hill, a shop near Dunmore Quay: where something is (in Ada Holt's garden: hers)
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Aa]round|[Aa]t)\s+$")
_OPENING_QUOTES, _CLOSING_QUOTES = frozenset("\"“‘'"), frozenset("\"”’'")
_POSSESSIVE = re.compile(r"['’]s?\b")
# co-founded Ampleford Grid, worked at Harbor Freight, CEO of Lumen Labs: what someone founds, works at
# or heads is an organisation
_FOUNDED_BEFORE = re.compile(
    r"\b(?:(?:co-?)?found(?:ed|s|ing)?|launch(?:ed|es)?|incorporated|acquired|(?:works?|worked|working)\s+at|"
    r"join(?:ed|s)?|(?:CEO|CTO|COO|CFO|head|founder|co-?founder|president)\s+of)\s+$",
    re.I,
)
# Ampleford Grid — software that…, Lumen Labs, a startup that…: the name glossed as a firm
_A_FIRM_AFTER = re.compile(
    r"^\s*(?:—|–|--|-|,|\()\s*(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:software|company|startup|start-up|firm|"
    r"platform|app|nonprofit|non-profit|agency|lab|fund|studio|consultancy|business|brand|publisher|bank)\b"
)


# Hallam Vega ones, two Corwin models: a name that makes a noun of a make (the ones, the models)
_A_MAKE_AFTER = re.compile(r"\s+(?:ones?|models?|units?|brand)\b")


_SENTENCE_BREAK = frozenset('.!?:;—–-"“(')
# the words a place's name opens on (San Diego, Los Alamos, Fort Worth, Port Talbot, Cape Cod)
_PLACE_OPENERS_EN = frozenset(
    ("San", "Santa", "Santo", "Los", "Las", "Fort", "Port", "Puerto", "Porto", "Rio", "Cape", "Lake", "Mount")
)


def latin_names(text: str) -> list[Spot]:
    """Runs of two or more capitalised words that can be a person's name, with a leading title
    (`President`) split off and sentence openers (`When`, `In May`) dropped."""
    out = []
    for m in LATIN_RUN.finditer(text):
        words = [(w.group(), m.start() + w.start(), m.start() + w.end()) for w in _WORD.finditer(m.group())]
        title = ""
        titled = [i for i, w in enumerate(words) if i and w[0] in TITLES_EN and i + 1 < len(words)]
        if titled and not any(w in ORG_EN or w in TITLES_EN for w, _, _ in words[: titled[-1]]):
            words = words[titled[-1] :]  # Geologist Dr Ana Ruiz: the name is what the title opens
        while words and (words[0][0] in NOT_NAME_EN or words[0][0] in TITLES_EN):
            title = words[0][0] if words[0][0] in TITLES_EN else title
            words.pop(0)
        opens = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in _SENTENCE_BREAK
        if (
            opens
            and words
            and _A_PAST_VERB.fullmatch(words[0][0])
            and zipf_en(words[0][0].lower()) >= COMMON_VERB
        ):
            words.pop(0)  # Founded Kestle Press Oct 2011: a note's line opening on its verb
        elif opens and words and _a_present_verb(words[0][0]):
            words.pop(0)  # Marries Tobias Grell in 1931: a timeline's line opening on its verb
        if len(words) >= 3 and opens and not title and is_role_word(words[0][0]):
            title = words.pop(0)[0]  # Economist Tomas Varga argues …: a role capitalised as the opener
        if (
            words
            and words[0][0] in _MONTH_ABBREVIATIONS
            and (words[0][0] != "Jan" or _A_DAY_BEFORE.search(text[max(0, words[0][1] - 4) : words[0][1]]))
        ):
            words.pop(0)  # by 3 Apr / Tom Hale …: a date's month, never a name's first word (Jan can be)
        if words and words[0][0] in _PLACE_OPENERS_EN:
            continue  # San Diego, Fort Worth, Lake Como: a place's name, however it reads
        while words and (
            (words[-1][0] in _MONTH_ABBREVIATIONS and _A_DAY_OR_YEAR.match(text, words[-1][2]))  # … Oct 2018
            or words[-1][0] in NAME_PARTICLES_EN
            or re.fullmatch(r"[A-Z]\.", words[-1][0])
            or _VERB_AFTER_A_BREAK.match(text, words[-1][1])  # Brannigan / Recorded in Leeds
        ):
            words.pop()
        if len(words) < 2 or len(words) > 5:
            continue
        if any(w in ORG_EN or w in NOT_NAME_EN or w in TITLES_EN for w, _, _ in words):
            continue
        out.append(Spot(text[words[0][1] : words[-1][2]], words[0][1], words[-1][2], title))
    return out


def is_latin(name: str) -> bool:
    return bool(re.match(r"[A-Za-z]", name))


def forms(name: str, first_name: bool = False) -> tuple[str, ...]:
    """The ways a text may refer to `name`: itself first, then its shorter forms (with `first_name`,
    an English name's first name too: notes call the people they describe Priya, Marcus)."""
    if "·" in name:
        parts = [p for p in name.split("·") if len(p) >= 2]
        return (name, *reversed(parts))
    if is_latin(name):
        words = name.split()
        out = [name]
        plain = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
        if len(plain) != len(words) and len(plain) >= 2:
            out.append(" ".join(plain))
        # Northlight One, Voyager Two: a name ending on a number names no person by that number
        if len(words) >= 2 and words[-1].lower() not in EN_WORDS:
            last = words[-1]
            if len(words) >= 3 and words[-2] in NAME_PARTICLES_EN:
                last = " ".join(words[-2:])
            out.append(last)
        first = plain[0]  # not Mark or Grace, everyday words a sentence may open with
        if (
            first_name
            and len(out) > 1  # Harbour Two: no short form at all
            and len(first) > 2
            and first.isalpha()
            and first not in WORD_NAMES_EN | TITLES_EN
        ):
            out.append(first)
        return tuple(out)
    if len(name) == 3 and name[0] in SURNAMES:
        return (name, name[1:])
    return (name,)


def person_key(name: str) -> str:
    """Two forms with the same key name the same person (`Claude E. Shannon`, `Claude Shannon`)."""
    if is_latin(name):
        words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
        return f"{words[0]} {words[-1]}".lower() if len(words) >= 2 else name.lower()
    return name


_ASCII_LETTERS = frozenset(string.ascii_letters)


def count_form(text: str, form: str, longer: tuple[str, ...] = ()) -> int:
    """How often `form` stands in `text` on its own, not as part of one of the `longer` forms."""
    if not form:
        return 0
    latin = is_latin(form)
    # the form leads the pattern (a literal the regex engine finds fast); a letter before a Latin
    # form is checked after, and the search goes on from the next character
    pattern = re.compile(re.escape(form) + ("(?![a-z])" if latin else ""))
    hits: list[tuple[int, int]] = []
    pos = 0
    while m := pattern.search(text, pos):
        if latin and m.start() > 0 and text[m.start() - 1] in _ASCII_LETTERS:
            pos = m.start() + 1
            continue
        hits.append(m.span())
        pos = m.end()
    covered = sorted(m.span() for other in longer for m in re.finditer(re.escape(other), text))
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # the furthest end so far
    count = 0
    for s, e in hits:
        i = bisect.bisect_right(starts, s) - 1
        count += i < 0 or reach[i] < e
    return count
