"""Claims: the central statements of a document (what someone holds the core of something to be,
the reason for something, a saying the text singles out, what a speaker keeps repeating, the
points of a summary), each with a short answer span cut out of its sentence.

Sentences are read with their pronouns resolved; the rules per language are in `claims_zh` and
`claims_en`.
"""

from __future__ import annotations

import re

from quizgen.extract import claims_en, claims_zh
from quizgen.extract.evidence import name_the_work, work_name
from quizgen.extract.lexicon import SPEECH_ZH
from quizgen.extract.outline import under_its_term
from quizgen.extract.people import analyse, resolve_pronouns
from quizgen.extract.text import normalize, quoted_zh, split_sentences
from quizgen.model import Block, Claim, Document, Fact, Section, Source

SUMMARY_TITLE = re.compile(
    r"\b(?:key\s+)?takeaways?\b|\bsummary\b|\bconclusions?\b|\bin short\b|\blessons?\b|\brecap\b"
    r"|要点|小结|总结|结论|启示|结语|收获|回顾",
    re.I,
)
_PRONOUN_LEAD = re.compile(r"(?:^|[，,；;])\s*(?:他|她)(?![们人])|^(?:He|She|They|It|This|That)\b")
_ZH_ANAPHOR = re.compile(r"^(?:由此|因此|据此|于是|所以)")
_ZH_SUPERLATIVE = re.compile(r"^最")
_SPEECH = "|".join(SPEECH_ZH)
_QUESTION = re.compile(r"[？?][”」\"』）)]*\s*$")
_PERSONAL = re.compile(r"你|您|我|\byou\b|\bI\b|\bwe\b", re.I)  # nobody to ask about once out of its turn
_TERM_LINE = re.compile(r"^\s*(?:[-*+]\s*)?\*\*[^*]{1,30}\*\*\s*[:：]")


def _in_context(doc: Document, section: Section | None, prompt: str) -> str:
    """A prompt that leans on what came before (`由此可见的道理…`, `最广为流传的一句…`) gets the
    section or the work it is about in front, so the question stands on its own."""
    if doc.language != "zh":
        return prompt
    work = work_name(doc)
    if _ZH_SUPERLATIVE.match(prompt) and work:
        return f"《{work}》中{prompt}"
    if _ZH_ANAPHOR.match(prompt) and section is not None:
        return f"在{quoted_zh(section.title)}部分，{prompt}"
    return name_the_work(prompt, work)


def _holder(doc: Document, prompt: str, said_by: str, before: str) -> str:
    """Who states the claim: the person named before a verb of saying at the prompt's start, or
    the speaker of an English quotation (a pronoun read as the last person named before it)."""
    cast = analyse(doc).cast
    if doc.language == "zh":
        m = re.match(rf"^[^，,。]{{0,12}}?(?P<who>[^，,。]{{1,12}}?)(?:{_SPEECH})", prompt)
        if m:
            named = cast.mentions(prompt[: m.end()])
            return cast.short.get(named[0][1], "") if named else ""
        return ""
    if said_by.lower() in {"he", "she", "they"}:
        named = cast.mentions(before)
        return cast.short.get(named[-1][1], said_by) if named else said_by
    return said_by


def _found(
    doc: Document, section: Section | None, block: Block, sentence: str, whole: bool
) -> list[tuple[str, str, str, str]]:
    in_summary = whole and bool(section is not None and SUMMARY_TITLE.search(section.title))
    if doc.language == "zh":
        return [(cue, prompt, answer, "") for cue, prompt, answer in claims_zh.claims(sentence, in_summary)]
    before = block.text[: max(block.text.find(sentence), 0)]
    cast = analyse(doc).cast
    people = {form for form in cast.key_of}
    return claims_en.claims(sentence, in_summary, before, people)


def _enumerated(doc: Document, section: Section | None, block: Block) -> list[tuple[str, str, str, str]]:
    """Points counted off across a block (`两个要点：第一是X；第二是Y`), which the sentence split
    at `；` would separate from their heading."""
    if doc.language != "zh" or not re.search(r"[：:].*第[一二三四五六七八九十]", block.text):
        return []
    text = resolve_pronouns(doc, section, block, block.text)
    return [(cue, prompt, answer, "") for cue, prompt, answer in claims_zh.enumeration(text)]


def extract(doc: Document) -> list[Fact]:
    """Every claim the document states, in document order, one per sentence and answer."""
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for section, block in doc.all_blocks():
        if _TERM_LINE.match(block.raw):
            continue  # a term and its definition: the frameworks' items ask it
        found = [(block.text, block.text, f) for f in _enumerated(doc, section, block)]
        previous = ""
        for raw in split_sentences(block.text):
            whole = not previous.rstrip().endswith(("；", ";"))  # not the tail of a split at `；`
            previous = raw
            if _QUESTION.search(raw):
                continue
            sentence = under_its_term(doc, section, block, resolve_pronouns(doc, section, block, raw))
            found += [(raw, sentence, f) for f in _found(doc, section, block, sentence, whole)]
        for raw, sentence, (cue, prompt, answer, said_by) in found:
            before = block.text[: max(block.text.find(raw), 0)] + sentence
            prompt, answer = _dashes_to_the_sentence(prompt, answer)
            key = (str(block.line), normalize(claims_zh.strip_quotes(answer)))
            if key in seen or _PRONOUN_LEAD.search(prompt) or _PERSONAL.search(prompt) or not answer.strip():
                continue
            seen.add(key)
            holder = _holder(doc, prompt, said_by, before)
            prompt = _in_context(doc, section, prompt)
            source = Source(doc.name, section.title if section is not None else "", block.line)
            out.append(Claim(holder, cue, prompt, answer, sentence, source))
    return out


# 结论是——先把账算清楚: a dash between the cue and the answer (or after the answer) is the
# sentence's punctuation, not the answer's
_EDGE_DASHES = re.compile(r"(?P<lead>(?:[—–]+|-(?=\s))\s*)?(?P<core>.+?)(?P<tail>\s*[—–]+)?", re.S)


def _dashes_to_the_sentence(prompt: str, answer: str) -> tuple[str, str]:
    """(prompt, answer) with the dashes that open or close the answer moved into the prompt."""
    m = _EDGE_DASHES.fullmatch(answer)
    if not m or not (m["lead"] or m["tail"]) or "{}" not in prompt:
        return prompt, answer
    return prompt.replace("{}", f"{m['lead'] or ''}{{}}{m['tail'] or ''}", 1), m["core"]
