"""Evidence that a name in an English sentence is a person: an apposition (`Ruth Ellery,
director of …,`), a title or role noun before it (`Senator Mary K. Olsen`, `the statistician
John Tukey`), an agent phrase (`designed under Ilse Marrow`), a relation (`his sister X`),
and a deed the clause centres on (`Moreau stayed at the field station`). Plain rules, no tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.extract.evidence import Finding, Place
from quizgen.extract.lexicon import IRREGULAR_PAST_EN, RELATION_EN, SPEECH_EN, is_role_word, words
from quizgen.extract.names import Spot, a_things_name, latin_names
from quizgen.extract.text import HEDGE_ABBREVIATIONS

# leads a team of five, mostly writes the scripts: a verb and its object, what someone does,
# written where a role would stand (host: X (edits the newsletter, …)): no role to ask by
CLAUSE_ROLE_EN = re.compile(
    r"(?:(?:always|often|also|still|now|usually|never|\w+ly)\s+)?[a-z]+(?:s|ed)\s+"
    r"(?:the|a|an|his|her|their|its|our|my|about)\b"
    # now teaches in Leeds: after such an adverb, a preposition goes on a clause too
    r"|(?:always|often|also|still|now|usually|never|\w+ly)\s+[a-z]+(?:s|ed)\s+(?:in|at|for|on|with|from)\b"
)

# a full stop after an abbreviation (St. Paul, Mt. Hood, Dr. Lee, a professor at Univ. of X) ends no role
_STOP = (
    r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bDr)(?<!\bJr)(?<!\bSr)(?<!\bNo)(?<!\bUniv)(?<!\bDept)(?<!\bInst)"
    r"(?<!\bCorp)(?<!\bProf)(?<!\bAssoc)(?<!\bGovt)(?<!\bvs)(?<!\betc)(?<!\be\.g)(?<!\bi\.e)"
    + "".join(rf"(?<!\b{word})" for word in HEDGE_ABBREVIATIONS)  # (cook at the inn c. 1820)
    + r"\."
)
_SUBORDINATE = re.compile(
    r"^(?:When|While|After|Before|As|Although|Though|Because|Once|Until|Since|If)\s", re.I
)
_CLAUSE_CUT = re.compile(
    r",\s+(?:which|while|and|but|so|as|because|although|who|whose|where|when)\b|;|(?<!\d):(?!\d)|—|\s\((?!\w+\))"
    r"|,\s|\s(?:he|she|they)\s+(?:said|says|wrote|added)\b|" + _STOP + r"(?:\s|$)|$"
)
_APPOSITION = re.compile(
    r",\s+(?:who(?:\s+(?:was|is|has been|had been)|['’]s(?:\s+been)?)\s+)?"
    r"(?P<phrase>(?:(?:a|an|the|another)\s+)?[a-z][^,;:()\"“]{2,140}?)"
    r"(?P<close>,|;|" + _STOP + r"(?=\s|$)|$)"
)
_COPULA_ROLE = re.compile(
    r"\s+(?:is|was)\s+(?P<phrase>(?:a|an)\s+[a-z][^,;:()\"“]{2,100}?)(?:,|;|\s\(|" + _STOP + r"(?=\s|$)|$)"
)
# the role just before a name, with one modifier (the Dutch philosopher X), never a preposition or a
# verb taken for one (is from philosopher X)
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an)\s+)?"
    r"(?:\b(?!(?:from|by|of|to|in|on|at|with|for|and|or|is|was|are|were|as|says|said|quotes|quoted|cites|"
    r"cited|mentions|mentioned|interviews|interviewed|thanks|credits|meets|met|asks|asked)\b)[A-Za-z-]+\s+)?"
    r"\b(?P<role>[a-z-]+|[A-Z]{2,4})\s+$"  # the statistician X, Brightline CEO X
)
_TIME_WORDS = frozenset({"week", "month", "year", "season", "episode", "time", "morning", "evening", "today"})
_AGENT_BEFORE = re.compile(
    r"\b(?P<verb>\w+(?:ed|en)|built|led|run|flown|written|drawn|made|taught|held)\s+(?:\w+\s+)?(?:under|by)\s+$"
)
# whose relation: his, her, or a name's, all of it (Hannah Lyle's father, not Lyle's father)
_HOLDER = r"(?P<holder>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][a-z]+'s)"
_RELATION_BEFORE = re.compile(rf"\b{_HOLDER}\s+(?:\w+\s+)?(?P<rel>[a-z]+)\s*,?\s+$")
# "two days on" is relative to a sentence the question no longer shows
RELATIVE_TIME = re.compile(
    r"\s+(?:(?:a few|a couple of|several|some|\w+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?"
    r"(?:later|earlier|afterwards|before)$"
)
_VERB_AFTER = re.compile(
    r"\s+(?:(?:\w+ly|also|then|later|first|still|soon|finally|never|once)\s+)?(?P<verb>[a-z]+)\b"
)


def is_role_phrase(phrase: str) -> bool:
    words = re.findall(r"[a-z-]+", phrase.lower())
    if not words or len(phrase.split()) > 16:
        return False
    return any(is_role_word(w) for w in words) or bool(
        re.match(r"the\s+(?:only|first|last)\b|one of\b", phrase)
    )


def is_verb(word: str) -> bool:
    return word not in SPEECH_EN and (word in IRREGULAR_PAST_EN or (word.endswith("ed") and len(word) > 3))


def _predicate(sentence: str, pos: int) -> str:
    """The verb phrase at `pos` up to the end of its clause, or "" when no verb stands there."""
    m = _VERB_AFTER.match(sentence, pos)
    if not m or not (is_verb(m.group("verb")) or KNOWN_FOR.match(sentence, m.start("verb"))):
        return ""
    end = _CLAUSE_CUT.search(sentence, m.end()).start()  # type: ignore[union-attr]
    # heard her speak in 2019 and, in his words, …: the clause ends before its dangling `and`
    predicate = _DANGLING_CONJUNCTION.sub("", sentence[m.start() : end].strip())
    return RELATIVE_TIME.sub("", predicate)


_DANGLING_CONJUNCTION = re.compile(r"\s+(?:and|or|but|so|then|yet)$")


# What someone is known for is what they did: Okafor is well-known for designing tidal turbines
KNOWN_FOR = re.compile(
    r"(?P<be>is|was)\s+(?P<known>(?:(?:well|best|widely|mostly|chiefly|now)[- ])?"
    r"(?:known|famous|remembered|renowned|celebrated|"
    r"credited|noted))\s+(?P<prep>for|with)\b"
)


_INTRO = re.compile(r"(?:In|On|At|By|During|From|Around|About|Early|Late)\s[^,;]{1,40}")


def _prefix(sentence: str, start: int) -> str | None:
    """Words before the subject that a question keeps ("In May 1961"), "" when none, None when
    the subject does not open its clause."""
    before = sentence[:start]
    cut = max(before.rfind(", "), before.rfind("; "))
    clause_start = cut + 2 if cut >= 0 else 0
    head = before[clause_start:]
    lead = before[:clause_start].rstrip(" ,;")
    if (_SUBORDINATE.match(head) or re.fullmatch(r"(?:and|but|so|yet)\s", head)) and len(head.split()) == 1:
        return ""
    if head.strip() and not _INTRO.fullmatch(head.strip()):
        return None
    if lead and _INTRO.fullmatch(lead) and not head.strip():
        return lead + ","
    return head.strip()


def _frame(sentence: str, start: int, end: int) -> str:
    prefix = _prefix(sentence, start)
    if (
        prefix is None
        or re.search(r"(?<!,)\sand\s+$", sentence[:start])
        or re.match(r"\s+and\s", sentence[end:])
    ):
        return ""
    predicate = _predicate(sentence, end)
    if len(predicate.split()) < 3:
        return ""
    return f"{prefix} {{}} {predicate}".strip()


_KIN_PHRASE = re.compile(rf"{_HOLDER}\s+(?:\w+\s+)?(?P<rel>[a-z]+)")


# a place the role ends on, written with its region (a doctor in Jefferson, Georgia,): one place
_PLACE_END = re.compile(r"\b(?:in|at|of|from)\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*$")
_REGION = re.compile(r",\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?(?=,)")


# a clause after the comma, not a noun phrase beside the name (`X, as I came to call it after the
# county engineer, …`)
_NOT_AN_APPOSITION = re.compile(
    r"(?:as|like|after|before|when|while|if|which|that|since|because|though|although|so)\s", re.I
)


_SPOKEN_SUBJECT = re.compile(
    r"^(?:she|he|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+(?=(?:a|an|the)\s)", re.I
)


def _apposition(sentence: str, spot: Spot, place: Place) -> Finding | None:
    m = _APPOSITION.match(sentence, spot.end)
    if not m or _NOT_AN_APPOSITION.match(m.group("phrase")):
        return None
    # a doctor who rode out to the farms by boat and, later, …: the role ends before its dangling `and`
    phrase, end = _DANGLING_CONJUNCTION.sub("", m.group("phrase").strip()), m.end()
    phrase = _SPOKEN_SUBJECT.sub("", phrase)  # Dr. X, she's a chemist: the role without its she's
    region = _REGION.match(sentence, m.start("close")) if _PLACE_END.search(phrase) else None
    if region:
        phrase, end = phrase + region.group(), region.end() + 1
    kin = _KIN_PHRASE.fullmatch(phrase)
    if not is_role_phrase(phrase) and not (kin and kin.group("rel") in RELATION_EN):
        return None
    evidence = "relation" if kin and kin.group("rel") in RELATION_EN else "apposition"
    frame = ""
    if m.group("close") == "," and not re.search(r"(?:\band|,)\s+$", sentence[: spot.start]):
        predicate = _predicate(sentence, end)
        prefix = _prefix(sentence, spot.start)
        if predicate and prefix is not None:
            frame = f"{prefix} {{}} {predicate}".strip()
    return Finding(spot.name, phrase, evidence, frame, sentence, place)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


def spot_findings(sentence: str, spot: Spot, place: Place) -> list[Finding]:
    out: list[Finding] = []
    before = sentence[: spot.start]
    start = before.rstrip().rfind(spot.title) if spot.title else -1
    # the General Strike Fund: a title word after an article opens a thing's name, not a person's
    if spot.title and not _ARTICLE_BEFORE.search(before, 0, max(start, 0)):
        out.append(
            Finding(
                spot.name, spot.title, "title", _frame(sentence, max(start, 0), spot.end), sentence, place
            )
        )
    appos = _apposition(sentence, spot, place)
    if appos:
        out.append(appos)
    copula = _COPULA_ROLE.match(sentence, spot.end)
    if copula and not appos and is_role_phrase(copula.group("phrase")):
        # Rosa Lindqvist is a principal engineer at …: the sentence says who she is
        out.append(Finding(spot.name, copula.group("phrase").strip(), "apposition", "", sentence, place))
    titled = _ROLE_BEFORE.search(before)
    if titled and is_role_word(titled.group("role")) and not spot.title:
        frame = _frame(sentence, titled.start(), spot.end)
        role = titled.group().strip()
        if is_verb(role.split()[0]) or role.split()[0].lower() in _TIME_WORDS:
            role = titled.group("role")  # met cofounder X, This season host X: no part of the role
        if titled.start() == 0 and " " in role:  # `Master founder X says`: capitalised as the opener
            role = role[0].lower() + role[1:]
        out.append(Finding(spot.name, role, "title", frame, sentence, place))
    agent = _AGENT_BEFORE.search(before)
    if agent and agent.group("verb") not in SPEECH_EN:
        frame = sentence[: spot.start] + "{}" + sentence[spot.end :]
        out.append(Finding(spot.name, "", "agent", frame.strip().rstrip("."), sentence, place))
    rel = _RELATION_BEFORE.search(before)
    if rel and rel.group("rel") in RELATION_EN:
        role = f"{rel.group('holder')} {rel.group('rel')}"
        out.append(Finding(spot.name, role, "relation", f"{role} is {{}}", sentence, place))
    return out


def deed_findings(sentence: str, place: Place, surnames: dict[str, str], spots: list[Spot]) -> list[Finding]:
    """Clauses whose subject is a person the text also calls by surname alone (so a person, not a
    ship or a place), in full or by that surname, and whose verb says what they did:
    `Moreau stayed at the field station through …`."""
    out = []
    taken = [(s.start, s.end) for s in spots]
    known = set(surnames.values())
    refs = [(s.start, s.end, s.name) for s in spots if not s.title and s.name in known]
    for short, full in surnames.items():
        for m in re.finditer(rf"(?<![\w.]){re.escape(short)}(?![\w'])", sentence):
            if not any(a <= m.start() < b for a, b in taken):
                refs.append((m.start(), m.end(), full))
    for start, end, name in sorted(refs):
        if re.search(r"(?:\b(?:which|that|whom|who|by|with|of|to)|(?<!,)\sand)\s+$", sentence[:start]):
            continue
        frame = _frame(sentence, start, end)
        if frame:
            out.append(Finding(name, "", "deed", frame, sentence, place))
    return out


# a verb or a clause opening an entry's text: what the person did, not what they are
_NOT_A_ROLE_START = frozenset(
    words(
        "runs ran leads led wrote writes says said founded built made makes works worked was is has had "
        "used uses kept keeps appears appeared"
    )
)
# A list entry that is a name and what the person is (`Gideon Pell: master founder at the X
# foundry.`, `Ana Reis — economist, Lisbon`): the role runs to the first comma, semicolon or stop.
_ENTRY_ROLE = re.compile(
    r"\s*(?:[:：]|\s[–—-])\s*(?P<role>[a-z][^,;:()\"“]{2,100}?)(?:[,;(]|" + _STOP + r"|$)"
)


# a noun for what someone does, ending the role or before where and for whom: bookbinder, sculptor,
# economist at…, historian of… (never, list, other: words that only end the same way)
_AGENT_NOUN = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?!(?:never|ever|over|under|other|either|whether|rather|after|later|list)\b)"
    r"[a-z-]{2,}(?:er|or|ist|ian)(?=\s+(?:at|of|in|for|from|with|and|on|to)\b|\s*$)"
)


def entry_finding(sentence: str, spot: Spot, place: Place) -> Finding | None:
    """The person a list entry opens with and the role it gives them, or None: a role word or a
    noun for what someone does must say so (`Amy Edmondson — psychological safety` is what she is
    known for, not what she is)."""
    if sentence[: spot.start].strip().rstrip(".") != spot.title.rstrip("."):
        return None  # the entry opens with the name (and its title: Dr. Priya Nandakumar — …)
    m = _ENTRY_ROLE.match(sentence, spot.end)
    if not m or _KIN_PHRASE.fullmatch(m["role"].strip()):
        return None
    first = m["role"].split()[0]
    if first in _NOT_A_ROLE_START or first.endswith("ed"):  # runs the…, co-designed Central Park
        return None
    if not (is_role_phrase(m["role"]) or _AGENT_NOUN.match(m["role"])):
        return None
    return Finding(spot.name, m["role"].strip(), "apposition", "", sentence, place)


def findings(items: Iterable[tuple[str, Place]], surnames: dict[str, str]) -> list[Finding]:
    """Every piece of evidence in the English sentences; `surnames` maps a short form the text
    uses on its own (`Moreau`) to the full name it stands for."""
    out: list[Finding] = []
    for sentence, place in items:
        # `The Hollins Rule`, `the Ledger Method`: a name with the article before it names a thing
        spots = [s for s in latin_names(sentence) if not a_things_name(sentence, s)]
        for spot in spots:
            out += spot_findings(sentence, spot, place)
        entry = entry_finding(sentence, spots[0], place) if spots else None
        if entry is not None:
            out.append(entry)
        out += deed_findings(sentence, place, surnames, spots)
    return out
