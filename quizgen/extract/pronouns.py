"""Replacing a pronoun that opens a sentence or a clause with the person it refers to.

In a speaker's turn a leading 我/I is the speaker. 他/她/He/She/His/Her is the last person named
before it in the sentence, then in the block, then (outside turns) in the section, then the
document's main person; in a turn only the previous turn is searched, and never the speaker
themself. The person is written in the form the document uses most (`阿莫迪`, `Shannon`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from quizgen.model import Block, Document, Section

_ZH_THIRD = re.compile(
    r"(?:^|(?<=[，,；;：:]))(?P<lead>\s*[“\"「]?)(?P<p>他|她)(?![们人国方乡日])(?P<tail>的)?"
)
_ZH_FIRST = re.compile(
    r"^(?P<lead>\s*[“\"「]?(?:[\u4e00-\u9fff]{1,3}(?:来|后|前|时|年|天|里|上|中)[，,]?)?)(?P<p>我)(?![们国])(?P<tail>的)?"
)
_EN_THIRD = re.compile(r"(?:^|(?<=[,;:]\s))(?P<lead>[“\"]?)(?P<p>He|She|His|Her|he|she|his)\b")
_EN_FIRST = re.compile(r"^(?P<lead>[“\"]?)(?P<p>I)(?P<tail>'m|'ve|'d|'ll)?\b")
_KIN_ZH = re.compile(r"(?:父亲|母亲|妹妹|姐姐|哥哥|弟弟|妻子|丈夫|儿子|女儿|家人|团队|公司)")
_MODALS = frozenset(["will", "would", "can", "could", "should", "might", "may", "must", "shall"])
_EN_VERB_FIX = {"am": "is", "have": "has", "do": "does", "was": "was", "'m": " is", "'ve": " has"}


@dataclass(frozen=True, slots=True)
class Cast:
    """Who a document names, as pronoun resolution needs it."""

    key_of: dict[str, str]  # every written form of every person -> the person's key
    short: dict[str, str]  # key -> the form a reader would use
    speakers: dict[str, str]  # turn label -> the speaker's name
    main: str = ""  # the document's main person (key), "" when none stands out
    pattern: re.Pattern[str] | None = field(default=None)

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """(position, key) of every person named in `text`."""
        if self.pattern is None:
            return []
        return [(m.start(), self.key_of[m.group()]) for m in self.pattern.finditer(text)]


def build_pattern(forms: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        esc = re.escape(form)
        parts.append(rf"(?<![A-Za-z]){esc}(?![a-z])" if re.match(r"[A-Za-z]", form) else esc)
    return re.compile("|".join(parts)) if parts else None


def _last(cast: Cast, text: str, exclude: str) -> str:
    found = [key for _, key in cast.mentions(text) if key != exclude]
    return found[-1] if found else ""


def referent(cast: Cast, doc: Document, section: Section | None, block: Block, before: str) -> str:
    """The key of the person a third-person pronoun refers to, given the text before it."""
    speaker = cast.key_of.get(cast.speakers.get(block.speaker, ""), "") if block.kind == "turn" else ""
    if key := _last(cast, before, speaker):
        return key
    blocks = [b for s, b in doc.all_blocks() if s is section] if section is not None else list(doc.preamble)
    earlier = blocks[: next((i for i, b in enumerate(blocks) if b is block), len(blocks))]
    if block.kind == "turn":
        return _last(cast, earlier[-1].text, speaker) if earlier else ""
    for prev in reversed(earlier):
        if key := _last(cast, prev.text, speaker):
            return key
    if section is not None and (key := _last(cast, section.title, speaker)):
        return key
    return cast.main


_HOLDER = re.compile(r"^(?:他|她|[Hh]is|[Hh]er|[Tt]heir)(?=的|\s)")


def resolve_holder(
    cast: Cast, doc: Document, section: Section | None, block: Block, sentence: str, text: str, upto: int
) -> str:
    """`text` (a relation's role: `他的妹妹`, `her brother`) with its leading pronoun replaced by
    the person named last before position `upto` of `sentence`; unchanged when none is."""
    m = _HOLDER.match(text)
    if not m:
        return text
    context = block.text[: max(block.text.find(sentence), 0)] + sentence[:upto]
    key = referent(cast, doc, section, block, context)
    if not key:
        return text
    name = cast.short.get(key, key)
    return f"{name}{text[m.end() :]}" if doc.language == "zh" else f"{name}'s{text[m.end() :]}"


def _third_person_s(verb: str) -> str:
    if verb in _MODALS or verb.endswith("ed") or verb in _EN_VERB_FIX:
        return _EN_VERB_FIX.get(verb, verb)
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _first_person_en(name: str, sentence: str, m: re.Match[str]) -> str:
    rest = sentence[m.end() :]
    tail = m.group("tail")
    if tail:
        return f"{m.group('lead')}{name}{_EN_VERB_FIX.get(tail, tail)}{rest}"
    words = re.match(r"(\s+)((?:\w+ly\s+)?)([a-z']+)", rest)
    if words:
        verb = _third_person_s(words.group(3))
        rest = f"{words.group(1)}{words.group(2)}{verb}{rest[words.end() :]}"
    return f"{m.group('lead')}{name}{rest}"


def resolve(
    cast: Cast, doc: Document, section: Section | None, block: Block, sentence: str, text: str
) -> str:
    """`text` (the sentence or a statement drawn from it) with its leading pronouns replaced;
    `sentence` locates it in the block. Pronouns nothing resolves stay as written."""
    offset = max(block.text.find(sentence), 0)
    block_before = block.text[:offset]
    zh = doc.language == "zh"
    if block.kind == "turn" and (name := cast.speakers.get(block.speaker, "")):
        first = _ZH_FIRST if zh else _EN_FIRST
        m = first.match(text)
        if m:
            short = cast.short.get(cast.key_of.get(name, ""), name)
            if zh:
                text = f"{m.group('lead')}{short}{m.group('tail') or ''}{text[m.end() :]}"
            else:
                text = _first_person_en(short, text, m)

    def replace(m: re.Match[str]) -> str:
        key = referent(cast, doc, section, block, block_before + text[: m.start()])
        if not key:
            return m.group()
        name = cast.short.get(key, key)
        word = m.group("p")
        if zh:
            kin = _KIN_ZH.match(text, m.end())
            tail = m.group("tail") or ("的" if kin else "")
            return f"{m.group('lead')}{name}{tail}"
        return f"{m.group('lead')}{name}'s" if word.lower() in {"his", "her"} else f"{m.group('lead')}{name}"

    return (_ZH_THIRD if zh else _EN_THIRD).sub(replace, text)
