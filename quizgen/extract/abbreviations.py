"""Abbreviations a text spells out, the way a reader's notes set them down:

- in brackets after their words: `mean time to repair (MTTR)`, `Kestrel Storage Engine（KSE）`,
  or the words in brackets after them: `RPO (recovery point objective)`;
- said in so many words: `KSE stands for Kestrel Storage Engine`, `KSE 是 Kestrel Storage Engine
  的缩写`, `Sparse Expert Routing，它的缩写是 SER`, `这叫“梯度回流”，缩写 GR`.

Words in another script must spell the abbreviation: each content word gives its initial, in order
(the second part of a hyphenated word and of/and/the may give none, a word may give a capital inside
it: JavaScript Object Notation, JSON). So a bracket after a name (Ines Okafor (Finance)), a remark
(DRAFT (second pass)) or an aside (QA (name missed)) is no abbreviation, and neither are
someone's initials. Chinese words cannot be checked against Latin letters: only a sentence that
calls one the other's 缩写 is read.

A mnemonic may be spelled out letter by letter instead, a line or a heading per letter under its
name (THE METHOD: P.A.C.E. over P - Plan, A - Act, …): `acronyms` reads those, and the frameworks
ask them as a set and letter by letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from quizgen.extract.lexicon import SMALL_WORDS_EN, zipf_en
from quizgen.extract.people import is_person_name, person_forms
from quizgen.extract.text import split_sentences
from quizgen.model import Abbreviation, Document, Source

_SHORT = r"[A-Z][A-Za-z]{1,7}"  # KSE, SER, SLOs, MoE
_WORDS = r"[A-Za-z][A-Za-z'’]*(?:[ \-–][A-Za-z][A-Za-z'’]*){0,7}"
_WORDS_AMP = r"[A-Za-z][A-Za-z'’]*(?:(?:\s*&\s*|[ \-–])[A-Za-z][A-Za-z'’]*){0,7}"  # Objectives & Key Results
_NAMED = r"(?:缩写|縮寫|简称|簡稱|英文缩写|英文縮寫)"
_IS = r"(?:它|其)?(?:的)?"
_WORD_START = r"(?<![A-Za-z'’])"  # a match starts at a word's start, never inside one
# the words, then the abbreviation in brackets: mean time to repair (MTTR)
_WORDS_THEN_SHORT = re.compile(rf"{_WORD_START}(?P<full>{_WORDS_AMP})\s*[（(]\s*(?P<short>{_SHORT})\s*[）)]")
# the abbreviation, then its words in brackets: RPO (recovery point objective)
_SHORT_THEN_WORDS = re.compile(rf"(?<![\w-])(?P<short>{_SHORT})\s*[（(]\s*(?P<full>{_WORDS_AMP})\s*[）)]")
_STANDS_FOR = re.compile(
    rf"(?<![\w-])(?P<short>{_SHORT})\s+(?:stands for|is short for|is an? (?:acronym|abbreviation) (?:for|of))"
    rf"\s+(?:the\s+)?(?P<full>{_WORDS_AMP})"
)
# Sparse Expert Routing 它的缩写是 SER / “梯度回流”，缩写 GR
_FULL_THEN_NAMED = re.compile(
    rf"(?P<full>{_WORD_START}{_WORDS}|(?<=[“\"「])[\u4e00-\u9fff]{{2,12}}(?=[”\"」])|(?<=叫|称|稱)[\u4e00-\u9fff]{{2,12}})"
    rf"[”\"」]?\s*[，,]?\s*{_IS}{_NAMED}\s*(?:是|为|為|叫|叫做)?\s*[：:]?\s*[“\"「*]*(?P<short>{_SHORT})(?![\w-])"
)
# KSE 它是 Kestrel Storage Engine 的缩写
_SHORT_IS_FULL = re.compile(
    rf"(?<![\w-])(?P<short>{_SHORT})\s*(?:它|其)?\s*(?:是|为|為|即)\s*(?P<full>{_WORDS_AMP})\s*的{_NAMED}"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
WINDOW = 80  # characters either side of an abbreviation a long unpunctuated line is cut to


def extract(doc: Document) -> list[Abbreviation]:
    """Each abbreviation the document spells out, once (where it first does)."""
    names = person_forms(doc)
    found: dict[str, Abbreviation] = {}
    for section, block in doc.all_blocks():
        for short, full, start in _spelled(block.text):
            if short in found or _initials(doc, full, names):
                continue
            found[short] = Abbreviation(
                short=short,
                full=full,
                sentence=_sentence_at(block.text, start),
                source=Source(doc=doc.name, section=section.title if section else "", line=block.line),
            )
    terms = {
        _BOLD_TEXT.sub("", m.group(1)).strip()
        for _, b in doc.all_blocks()
        for m in _BOLD_TERM.finditer(b.raw)
    }
    return [a for a in found.values() if not _spelled_another_way(a, terms)]


# **Present value**: …, a bold term whose initials the notes' letters also spell
_BOLD_TERM = re.compile(r"\*\*([^*]{3,60})\*\*")
_BOLD_TEXT = re.compile(r"[:：]\s*$")


def _spelled_another_way(abbreviation: Abbreviation, terms: set[str]) -> bool:
    """Whether the notes set in bold another term the same letters spell (PV as planned value in
    one line, **Present value** in another): which one the letters stand for, the notes leave open."""
    full = abbreviation.full.lower()
    return any(t.lower() != full and full not in t.lower() and spells(abbreviation.short, t) for t in terms)


RARE_WORD, EVERYDAY_WORD = 2.5, 4.0  # wordfreq's Zipf scale: Lindqvist, Tomas; site, score
_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _initials(doc: Document, full: str, names: frozenset[str]) -> bool:
    """Whether the letters are someone's initials (Ines Okafor (IO)): a person the document gives
    evidence for, or a name it mentions that reads as one: capitalised words, not everyday ones
    (Site Reliability Engineering and Low-Rank Storage Layout are no names)."""
    if is_person_name(doc, full):
        return True
    if full not in names or not _NAME_SHAPE.fullmatch(full):
        return False
    frequency = [zipf_en(word.lower()) for word in full.split()]
    return min(frequency) < RARE_WORD or max(frequency) < EVERYDAY_WORD


def _spelled(text: str) -> Iterator[tuple[str, str, int]]:
    """(abbreviation, its words, where it stands) for each one the text spells out."""
    for m in _WORDS_THEN_SHORT.finditer(text):
        full = ending_that_spells(m["short"], m["full"])
        if full:
            yield m["short"], full, m.start("short")
    for pattern in (_SHORT_THEN_WORDS, _SHORT_IS_FULL):  # the words end where the pattern does
        for m in pattern.finditer(text):
            if spells(m["short"], m["full"].strip()):
                yield m["short"], m["full"].strip(), m.start("short")
    for m in _STANDS_FOR.finditer(text):
        full = _opening_that_spells(m["short"], m["full"])
        if full:
            yield m["short"], full, m.start("short")
    for m in _FULL_THEN_NAMED.finditer(text):
        full = m["full"] if _CJK.match(m["full"]) else ending_that_spells(m["short"], m["full"])
        if full:
            yield m["short"], full, m.start("short")


def ending_that_spells(short: str, words: str) -> str:
    """The fewest last words of `words` that spell `short` (we then asked the central office (COA)
    has none)."""
    parts = words.split()
    for n in range(1, len(parts) + 1):
        tail = " ".join(parts[-n:])
        if parts[-n].lower() not in SMALL_WORDS_EN and parts[-n] != "&" and spells(short, tail):
            return tail
    return ""


def _opening_that_spells(short: str, words: str) -> str:
    """The fewest first words of `words` that spell `short` (SLO stands for service level objective,
    which …)."""
    parts = words.split()
    for n in range(1, len(parts) + 1):
        head = " ".join(parts[:n])
        if spells(short, head):
            return head
    return ""


def spells(short: str, full: str) -> bool:
    """Whether the words of `full` give the letters of `short`, in order: each content word its
    initial, perhaps with capitals inside it (JavaScript → J, S); of/and/the and the second part
    of a hyphenated word may give nothing. A plural `s` (SLOs) stands for no word."""
    letters = short[:-1] if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short
    if re.search(rf"(?<![A-Za-z]){re.escape(letters)}(?![a-z])", full, re.I):
        return False  # a variant of it (CBT (CBT-I), API (API v2)), not its words
    parts: list[tuple[str, bool]] = []
    for word in full.replace("&", " & ").split():
        for i, piece in enumerate(p for p in re.split(r"[-–]", word) if p):
            optional = i > 0 or piece in SMALL_WORDS_EN or piece == "&"
            parts.append((piece, optional))
    content = [p for p, optional in parts if not optional]
    if len(letters) < 2 or not content or len(parts) < 2 or len(parts) > 2 * len(letters) + 2:
        return False
    return _gives(letters, parts)


def _gives(letters: str, parts: Sequence[tuple[str, bool]]) -> bool:
    if not parts:
        return not letters
    word, optional = parts[0]
    if optional and _gives(letters, parts[1:]):
        return True
    if not letters or not word[0].isalpha() or word[0].lower() != letters[0].lower():
        return False
    return any(_gives(letters[1 + k :], parts[1:]) for k in _inside(letters[1:], word[1:]))


def _inside(letters: str, rest: str) -> Iterator[int]:
    """How many of the next `letters` the rest of a word may give, in order: a capital a capital
    inside it (JavaScript → S), a small letter any letter of it (Low-Rank Adaptation → LoRA)."""
    yield 0
    at = 0
    for k, letter in enumerate(letters, start=1):
        found = next(
            (
                i
                for i in range(at, len(rest))
                if (rest[i].isupper() or letter.islower()) and rest[i].lower() == letter.lower()
            ),
            -1,
        )
        if found < 0:
            return
        at = found + 1
        yield k


def _sentence_at(text: str, start: int) -> str:
    """The sentence that holds position `start`; on a long line without stops, the words around it."""
    at = 0
    for sentence in split_sentences(text):
        found = text.find(sentence, at)
        if found < 0:
            break  # the split reworded the text: the words around it stand for the sentence
        if found <= start < found + len(sentence):
            if len(sentence) <= 3 * WINDOW:
                return sentence.strip()
            break
        at = found + len(sentence)
    return text[max(0, start - WINDOW) : start + WINDOW].strip()


# P - Plan, A – Act, C: Check …: a line (or a heading) giving a letter and the word it
# stands for, the word opening on that letter (or the short rule it opens: T — Tag every task, even
# small ones), a gloss in brackets after it aside
_LETTER_LINE = re.compile(
    r"^\s*(?P<letter>[A-Z])\s*(?:[-–—:=.)]|\s+(?:is\s+)?for\b)\s*(?P<name>[A-Za-z][\w'’ /&,-]{1,40}?)"
    r"\s*(?:\([^()]*\))?[.;]?\s*$"  # the note's gloss in brackets after the word aside
)
_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}[A-Z]?\.?|\b[A-Z]{3,8}\b")
LETTERS = 3  # letter lines in a row that spell an acronym


@dataclass(frozen=True, slots=True)
class Acronym:
    """A mnemonic the notes spell out letter by letter (P.A.C.E.: P - Plan, A - Act, …):
    its name as written, each letter's word, and where each letter's line stands."""

    name: str
    letters: tuple[str, ...]
    words: tuple[str, ...]
    lines: tuple[int, ...]
    section: str


def acronyms(doc: Document) -> list[Acronym]:
    """Each acronym whose letters the document lays out in a row of headings or lines, named in the
    text just before the row (THE METHOD: P.A.C.E.); the letters spell it, each word opens on
    its letter."""
    # (text, line, section title) of each heading and block in document order
    entries: list[tuple[str, int, str]] = []
    for block in doc.preamble:
        entries.append((block.text, block.line, ""))
    for section in doc.sections:
        entries.append((section.title, section.line, section.title))
        entries += [(block.text, block.line, section.title) for block in section.blocks]
    out: list[Acronym] = []
    i = 0
    while i < len(entries):
        run = _letter_run(entries, i)
        if len(run) < LETTERS:
            i += 1
            continue
        letters = tuple(m["letter"] for m, _, _ in run)
        spelled = "".join(letters)
        named = next(
            (
                a.group()
                for text, _, _ in reversed(entries[max(0, i - 3) : i])
                for a in _ACRONYM.finditer(text)
                if a.group().replace(".", "") == spelled
            ),
            "",
        )
        if named:
            words = tuple(m["name"].strip() for m, _, _ in run)
            out.append(Acronym(named, letters, words, tuple(line for _, line, _ in run), run[0][2]))
        i += len(run)
    return out


def _letter_run(entries: Sequence[tuple[str, int, str]], start: int) -> list[tuple[re.Match[str], int, str]]:
    """The letter lines in a row from `start`, the lines under each letter's heading passed over."""
    run: list[tuple[re.Match[str], int, str]] = []
    j = start
    while j < len(entries):
        text, line, section = entries[j]
        found = _LETTER_LINE.match(text)
        if found and found["name"][0].upper() == found["letter"]:
            run.append((found, line, section))
        elif not run or section != run[-1][2] or text == section:
            break  # the next heading is no letter's, or the run had not begun
        j += 1
    return run
