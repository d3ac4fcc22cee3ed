"""What the ranker reads of a draft: general features of the draft and its document, by name.

The features say what a draft is (its kind and form, its answer's shape, where its line stands,
how the document stresses it), never which words it holds: a judged document's text is no part of
the data, and a rule learned from it must hold on a document nobody has written yet. See
`ranker/README.md` for what was measured with them and why the generator does not use them.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from quizgen.extract.figure_scan import scan
from quizgen.extract.lexicon import zipf_en
from quizgen.extract.text import normalize, tag
from quizgen.generate.draft import BLANK, Draft
from quizgen.generate.salience import SUMMARY_HEADING, Emphasis, rarity, salience

KINDS = ("meta", "theme", "framework", "figure", "person", "claim")
TYPES = ("basic", "cloze", "reversed", "choice")
FIGURE_KINDS = ("year", "percent", "money", "duration", "count", "date", "multiple", "range")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d|[零一二三四五六七八九十百千万亿两]")
# the first person of the notes' writer or speaker, left in a stem (我觉得…, I think…, we…)
_FIRST_PERSON = re.compile(r"我|咱|\b(?:I|we|We|my|My|our|Our|me|us)\b")
# a stem opening on a word that leans on the sentence before it (但/所以/也, But/So/Also)
_LEANING_OPENER = re.compile(
    r"^(?:但|但是|所以|因此|而且|并且|也|还|就|那|这|然后|其实|另外|同时|"
    r"(?:But|So|And|Also|Then|This|That|These|Those|It|They|He|She)\b)"
)
_QUESTION_END = re.compile(r"[?？]\s*$")
# a figure given roughly (差不多三百来斤, 4千上下, ~5 million, roughly 70): as often a remark in
# passing as a fact to learn
_HEDGED = re.compile(
    r"约|大约|大概|左右|上下|多|余|来|几|~|≈|\b(?:about|around|roughly|nearly|some|over|almost)\b", re.I
)
_QUOTE = re.compile(r"[“”「」\"]")
_ASIDE = re.compile(r"[（(][^）)]*[）)]")


class Context(NamedTuple):
    """What the features need of the document beyond the draft and its emphasis."""

    last_line: int  # the document's last body line, to place a draft's line in it
    candidates_per_1000: float  # how many drafts the document offers per 1,000 body characters


def context(candidates: list[Draft], emphasis: Emphasis) -> Context:
    last = max((d.source.line for d in candidates), default=1)
    return Context(max(1, last), 1000 * len(candidates) / max(1, emphasis.body_chars))


def _figure_kind(answer: str) -> str:
    spans = scan(answer)
    return spans[0].kind if len(spans) == 1 else ""


def _length(text: str) -> float:
    """log(1 + length), a Chinese character and an English word counted alike."""
    units = len(_CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", text))
    return math.log1p(units)


def features(draft: Draft, emphasis: Emphasis, where: Context) -> dict[str, float]:
    """The draft's features by name (absent ones are 0)."""
    out: dict[str, float] = {"bias": 1.0}
    out[f"kind={draft.kind if draft.kind in KINDS else 'other'}"] = 1.0
    out[f"type={draft.type}"] = 1.0
    figure = _figure_kind(draft.answer) if draft.kind == "figure" else ""
    if figure:
        out[f"figure={figure if figure in FIGURE_KINDS else 'other'}"] = 1.0
        out["hedged"] = float(bool(_HEDGED.search(draft.answer)))
        value = next((s.value for s in scan(draft.answer) if s.value is not None), None)
        out["small_count"] = float(figure == "count" and value is not None and value < 10)
    out["other_figures"] = math.log1p(max(0, len(scan(draft.explanation)) - 1))
    out["quote_in_stem"] = float(bool(_QUOTE.search(draft.question)))
    out["aside_in_stem"] = float(bool(_ASIDE.search(draft.question)))
    out["rarity"] = rarity(draft.answer)
    out.update(_answer_words(draft.answer))
    out["summary_section"] = float(bool(SUMMARY_HEADING.search(draft.source.section or "")))
    zh = bool(_CJK.search(draft.question))
    out["zh"] = float(zh)
    out["spoken"] = float(emphasis.spoken)
    out["conversation"] = float(emphasis.conversation)
    out["salience"] = salience(draft, emphasis)
    out["maker_score"] = min(2.0, draft.score)
    key = normalize(draft.answer)
    out["answer_set_apart"] = float(key in emphasis.spans)
    out["answer_in_headings"] = float(len(key) >= 2 and key in emphasis.headings)
    out["lead_line"] = float(draft.source.line in emphasis.lead_lines)
    out["mentions"] = math.log1p(emphasis.mentions(key, draft.source.line))
    out["answer_length"] = _length(draft.answer)
    out["question_length"] = _length(draft.question.replace(BLANK, " "))
    out["answer_has_digit"] = float(bool(_DIGIT.search(draft.answer)))
    out["first_person"] = float(bool(_FIRST_PERSON.search(draft.question)))
    out["leaning_opener"] = float(bool(_LEANING_OPENER.match(draft.question.strip())))
    out["asks_a_question"] = float(bool(_QUESTION_END.search(draft.question)))
    out["blanks"] = float(max(0, draft.question.count(BLANK) - 1))
    out["in_a_section"] = float(bool(draft.source.section))
    out["position"] = draft.source.line / where.last_line
    out["density"] = math.log1p(where.candidates_per_1000)
    return out


# jieba's part of speech of a Chinese answer's main word, grouped: a name, a place or a body, a
# noun or a term, a verb, a describing word, a number; "other" for the rest
_POS_GROUPS = {
    "nr": "name",
    "ns": "place",
    "nt": "body",
    "nz": "term",
    "n": "noun",
    "vn": "noun",
    "v": "verb",
    "a": "describing",
    "ad": "describing",
    "d": "describing",
    "m": "number",
    "x": "number",
}
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _answer_words(answer: str) -> dict[str, float]:
    """What sort of words the answer is: the part of speech of its longest word (Chinese), or how
    many of its words are capitalised and how common they are (English)."""
    out: dict[str, float] = {}
    if _CJK.search(answer):
        pairs = [(w, f) for w, f in tag(answer) if w.strip() and f not in {"uj", "ul", "p", "c", "w"}]
        if pairs:
            flag = max(pairs, key=lambda p: len(p[0]))[1]
            out[f"answer_pos={_POS_GROUPS.get(flag, _POS_GROUPS.get(flag[:1], 'other'))}"] = 1.0
        return out
    words = _LATIN_WORD.findall(answer)
    if words:
        out["answer_capitalised"] = sum(w[:1].isupper() for w in words) / len(words)
        out["answer_common"] = sum(zipf_en(w.lower()) for w in words) / len(words) / 7
    return out
