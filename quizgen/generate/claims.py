"""Drafts for claims: the claim asked as a question where its shape gives one (what the core of
X is, why X, what a speaker keeps saying, how a thing is described, what someone said when…),
and the answer blanked in its sentence (cloze). Summary points also get a question by their
label ("point 3 of Key takeaways").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from quizgen.extract.claims_en import CHANGE_BASE, DESCRIBED_AS, REPORTING_BASE
from quizgen.extract.claims_zh import strip_quotes
from quizgen.extract.people_en import RELATIVE_TIME
from quizgen.extract.text import quoted_zh
from quizgen.generate.draft import Draft, mask_figures
from quizgen.generate.ties import without_ties
from quizgen.model import Block, Claim, Document, Fact

_SCORE = {"core": 3.0, "saying": 3.0, "reason": 2.8, "repeated": 2.8, "described": 2.8, "point": 2.5}
_SCORE |= {"quote": 2.2, "takeaway": 2.2, "reported": 2.9, "required": 2.7}
_SCORE |= {"contrast": 2.6, "outcome": 2.7}
_SPEECH_END = re.compile(r"(?:认为|指出|强调|主张|表示|坦言|解释|相信|提出|说)$")
_EN_QUOTE = re.compile(
    r"^(?P<sub>When|As|After|Before|While|Once)\s+(?P<clause>.+?),?\s+(?P<who>he|she|they|[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
    r"\s+(?:said|says|declared|remarked|replied|added|announced|wrote)\s*[:,]\s*[“\"]\{\}$"
)
_EN_DESCRIBED = re.compile(
    r"^(?P<subj>.+?)\s+(?P<be>is|was|are|were|has been|have been)\s+"
    r"(?P<adv>(?:\w+ly|often|also|best|now|sometimes|widely|still)\s+)?"
    rf"(?P<verb>{DESCRIBED_AS})\s+\{{\}}$"
)
_EN_CORE = re.compile(r"^(?P<x>.+?)\s(?P<be>was|is|lies in|lay in)(?:\s+that)?\s+\{\}$")
_EN_REPORTED = re.compile(r"^(?P<who>.+?)\s+(?:\w+ly\s+|also\s+)?(?P<verb>\w+)\s+that\s+\{\}$")
_EN_REQUIRED = re.compile(r"^(?P<subj>.+?)\s+(?P<adv>\w+\s+)?(?P<verb>requires|require|required)\s+\{\}$")
_TO_DO = re.compile(r"^(?P<obj>(?:the\s|all\s|every\s)?[\w-]+(?:\s[\w-]+)?)\s+to\s+(?P<inf>[a-z]+\b.*)$")
_DO = {"requires": "does", "require": "do", "required": "did"}
_EN_OUTCOME = re.compile(
    rf"^(?P<subj>.+?)\s+(?P<verb>{'|'.join(CHANGE_BASE)})\s+\{{\}}(?P<rest>[^.;]*)[.;]?$"
)
_THIS_WORK = re.compile(
    r"\s(?:of|from)\s(?:the|this)\s(?:chapter|talk|book|episode|lecture|article|essay|podcast)\?$"
)
_MAX_CLOZE = {"zh": 90, "en": 260}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if re.match(r"(?:The|This|That|A|An)\b", text) else text


def _ask_zh(claim: Claim) -> str:
    if claim.cue in {"quote", "takeaway"}:
        return ""
    prompt = re.sub(r"[“「『\"]\{\}[”」』\"]", "{}", claim.prompt)
    prompt = re.sub(r"[，,：:]\s*\{\}$", "{}", prompt)
    if claim.cue == "reason" and prompt.startswith("为什么"):
        return prompt.replace("{}", "").replace("之所以", "", 1) + "？"  # 为什么X之所以… reads twice
    before, _, after = prompt.partition("{}")
    if _SPEECH_END.search(before) and after:
        before += "，"
    return f"{before}什么{after}？"


def _common_first(doc: Document, text: str) -> str:
    """`text` with its first word lower-cased unless the document also writes it capitalised
    inside a sentence (a name: `Northwind engineers`) or it is an acronym (`EU`)."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or first.isupper() or len(first) < 2:
        return _lower_first(text)
    if re.fullmatch(r"\w+", first):  # a whole word: the body's words inside sentences say at once
        inside = first in doc.index.inner_words()
    else:
        inside = bool(re.search(rf"[\w,] {re.escape(first)}\b", doc.index.body))
    return text if inside else first.lower() + text[len(first) :]


def _ask_en(doc: Document, claim: Claim) -> tuple[str, str]:
    """(question, answer) for an English claim whose shape gives a question; ("", "") if none."""
    if claim.cue == "reported":
        m = _EN_REPORTED.match(claim.prompt)
        if not m or m.group("verb") not in REPORTING_BASE:
            return "", ""
        did = "does" if m.group("verb").endswith("s") and not m.group("verb").endswith("ed") else "did"
        who = _lower_first(m.group("who"))
        where = f' in "{doc.title}"' if who.startswith("the ") and doc.title else ""  # which speaker
        return f"What {did} {who} {REPORTING_BASE[m.group('verb')]}{where}?", claim.answer
    if claim.cue == "required":
        m = _EN_REQUIRED.match(claim.prompt)
        if not m:
            return "", ""
        subj, adv, verb = _common_first(doc, m.group("subj")), m.group("adv") or "", m.group("verb")
        to_do = _TO_DO.match(claim.answer)
        if to_do:
            return f"What {_DO[verb]} {subj} {adv}require {to_do.group('obj')} to do?", to_do.group("inf")
        return f"What {_DO[verb]} {subj} {adv}require?", claim.answer
    if claim.cue == "outcome":
        m = _EN_OUTCOME.match(claim.prompt)
        if not m:
            return "", ""
        subj = _common_first(doc, m.group("subj"))
        return f"How much did {subj} {CHANGE_BASE[m.group('verb')]}{m.group('rest')}?", claim.answer
    asked = _ask_en_shape(claim)
    if asked and claim.cue == "core" and doc.title:
        # `the main lesson` (of the chapter) of what: the document, by its title
        this = _THIS_WORK.search(asked)
        if this:
            asked = f'{asked[: this.start()]} of "{doc.title}"?'
        elif re.match(r"What (?:is|was) the \w+ \w+\?$", asked):
            asked = f'{asked[:-1]} of "{doc.title}"?'

    return asked, claim.answer


def _ask_en_shape(claim: Claim) -> str:
    if claim.cue == "quote":
        m = _EN_QUOTE.match(claim.prompt)
        if not m:
            return ""
        clause = RELATIVE_TIME.sub("", m.group("clause"))  # relative to text the card does not show
        return f"{m.group('sub')} {clause}, what did {m.group('who')} say?"
    if claim.cue == "described":
        m = _EN_DESCRIBED.match(claim.prompt)
        if not m:
            return ""
        be = m.group("be").split()
        subj = _lower_first(m.group("subj"))
        verb = m.group("verb")
        rest = " ".join([*be[1:], f"{m.group('adv') or ''}{verb.removesuffix(' as')}"])
        return f"{'How' if verb.endswith(' as') else 'What'} {be[0]} {subj} {rest}?"
    if claim.cue == "core":
        m = _EN_CORE.match(claim.prompt)
        if m and m.group("be") in {"is", "was"}:
            return f"What {m.group('be')} {_lower_first(m.group('x'))}?"
    return ""


def _label_question(doc: Document, claim: Claim, block: Block | None) -> str:
    """A summary point that is a whole clause, asked by its place: `Key takeaways, point 3`."""
    if claim.cue != "takeaway" or claim.prompt != "{}" or block is None or not block.label:
        return ""
    if not claim.source.section or not block.text.startswith(claim.answer):
        return ""
    if doc.language == "zh":
        return f"{quoted_zh(claim.source.section)}第{block.label}条的要点是什么？"
    return f'What does point {block.label} of "{claim.source.section}" say?'


def _block_at(doc: Document, line: int) -> Block | None:
    return doc.index.block_at_line(line)


def _cloze(doc: Document, claim: Claim) -> tuple[str, str] | None:
    """(question, Anki cloze) with the answer blanked in its sentence, or None when the sentence
    is too long to be a card or the answer is the whole of it."""
    sentence, answer = claim.sentence, claim.answer
    if sentence.count(answer) != 1 or len(sentence) > _MAX_CLOZE[doc.language]:
        return None
    if len(sentence.strip(" 。.!！")) - len(answer) < 6:
        return None
    named, said = claim.prompt.partition("{}")[0], sentence[: sentence.find(answer)]
    if claim.cue == "described" or (said and named.endswith(said)):
        # the prompt names what the sentence leaves to context (`The Apollo 13 flight`, `《…》中`)
        sentence = named + sentence[len(said) :]
    # 一是…；二是北坡…: a counted member split off its list stands without its count, as any tie
    if answer in (untied := without_ties(sentence, doc.language == "zh")):
        sentence = untied
    sentence = re.sub(r"[；;]\s*$", "。" if doc.language == "zh" else ".", sentence)
    # A section's title put before the sentence ("Summary — …") read as part of it: judges
    # rejected it as malformed, so the sentence stands alone.
    return sentence.replace(answer, "[…]", 1), sentence.replace(answer, "{{c1::" + answer + "}}", 1)


def _claim_drafts(doc: Document, claim: Claim) -> list[Draft]:
    score = _SCORE.get(claim.cue, 2.0)
    fact = f"claim|{claim.prompt}"
    anchor = f"{claim.cue}|{mask_figures(claim.prompt)}"
    answer = strip_quotes(claim.answer)
    base = Draft("claim", "basic", anchor, "", answer, claim.sentence, claim.source, fact, score)
    out = []
    asked, answer = (_ask_zh(claim), answer) if doc.language == "zh" else _ask_en(doc, claim)
    if not asked:
        asked, answer = (
            _label_question(doc, claim, _block_at(doc, claim.source.line)),
            strip_quotes(claim.answer),
        )
    block = _block_at(doc, claim.source.line)
    talk = claim.cue == "reason" and block is not None and block.kind == "turn"
    if asked and not talk:  # a reply's "why" is talk, not a reason
        out.append(replace(base, question=asked, answer=answer))
    cloze = _cloze(doc, claim)
    if cloze:
        out.append(
            replace(
                base, type="cloze", question=cloze[0], cloze=cloze[1], answer=claim.answer, score=score - 0.3
            )
        )
    return out


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    """Every claim's drafts; a question two claims would both ask (`What did Hart argue?`) is
    left to their clozes, as it could not tell which answer it wants."""
    out = [d for f in facts if isinstance(f, Claim) for d in _claim_drafts(doc, f)]
    if doc.language == "zh":
        return out
    asked = Counter(d.question for d in out if d.type == "basic")
    return [d for d in out if d.type != "basic" or asked[d.question] == 1]
