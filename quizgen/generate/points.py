"""Key points: a cloze of a whole, self-contained sentence of the body that blanks what the
document stresses in it: a term it sets off (bold, quoted, 《》), the term a definition defines
(`X是指…`, `X is …`), a name, or one of the document's keywords (rare words it repeats: jieba's
TF-IDF for Chinese, wordfreq's frequencies for English).

The robust default for a fact stated in running prose: the learner reads the author's own
sentence, so no rewrite can break its grammar. `salience` ranks these drafts with the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizgen.extract.figure_scan import figure_spans
from quizgen.extract.text import normalize, split_sentences
from quizgen.generate.draft import Draft, mask_figures
from quizgen.model import Block, Document, Fact, Source

BLANK = "[…]"
SCORE = 0.9
KEYWORD_TEXT = 200_000  # characters read for the document's keywords: enough to know what it is about
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|“([^”]{2,24})”|「([^」]{2,24})」|《([^》]{2,30})》")
_DEFINED_ZH = re.compile(
    r"^(?P<term>[\u4e00-\u9fffA-Za-z0-9·（）()\- ]{2,14}?)(?:（[^）]{1,30}）)?"
    r"(?:是指|指的是|就是指|即是|是一种|是一个|被称为|称为|叫做|意味着|的意思是|的本质是|的核心是)"
)
_DEFINED_EN = re.compile(
    r"^(?:The |An |A )?(?P<term>[A-Za-z][\w'\-]*(?: [\w'\-]+){0,4}?) "
    r"(?:is|are|means|refers to|is called|is defined as|describes)\b"
)
_NAME_EN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+)?[A-Z][a-z]+)+\b")
_EN_WORD = re.compile(r"[A-Za-z][a-z]{3,}(?:-[a-z]+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
SIZE_ZH = (14, 90)  # characters a card's sentence should have
SIZE_EN = (7, 36)  # words
COMMON_EN = 5.2  # wordfreq's Zipf scale: a term opening with a commoner word (every, once, your) is no term
FUNCTION_EN = 5.9  # what, your, the, make: words no blank should hold (Zipf scale)
_JOINERS = frozenset({"of", "and", "the", "for", "to", "in", "on"})


@dataclass(frozen=True, slots=True)
class _Keywords:
    weight: dict[str, float]  # keyword -> weight (higher: the document stresses it more)

    def best_in(self, sentence: str) -> str | None:
        found = [(w, k) for k, w in self.weight.items() if k in sentence and sentence.count(k) == 1]
        return max(found)[1] if found else None


@lru_cache(maxsize=64)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _keywords(doc: Document, texts: Sequence[str], headings: Sequence[str]) -> _Keywords:
    body = "\n".join(texts)[:KEYWORD_TEXT]
    if doc.language == "zh":
        import jieba.analyse

        tags = jieba.analyse.extract_tags(body, topK=60, withWeight=True)
        weight = {w: float(s) for w, s in tags if _term_like_zh(w)}
        return _Keywords(_not_the_topic(weight, headings[:1]))
    # An English keyword is a rare word the document repeats and names in a heading or sets off.
    marked = {w.lower() for text in headings for w in _EN_WORD.findall(text)}
    counts = Counter(w.lower() for w in _EN_WORD.findall(body))
    weight = {
        w: n * (5.0 - _zipf(w))
        for w, n in counts.items()
        if n >= 2 and _zipf(w) < 4.5 and w in marked and not w.endswith(("ed", "ly"))
    }
    return _Keywords(_not_the_topic(dict(sorted(weight.items(), key=lambda kv: -kv[1])), headings[:1]))


TOPIC_WORDS = 3  # the document's commonest keywords name its topic: blanking them asks nothing


def _not_the_topic(weight: dict[str, float], title: Sequence[str]) -> dict[str, float]:
    """Keywords worth a blank: not the few that name the topic, nor a word of the title."""
    named = normalize(" ".join(title))
    kept = {w: s for w, s in list(weight.items())[TOPIC_WORDS:] if normalize(w) not in named}
    return dict(list(kept.items())[:40])


_NOUN_TAGS = ("n", "vn", "eng", "l", "i", "j")
COMMON_IDF = 7.0  # jieba's IDF below which a word is everyday language (作者 5.9, 我们 3.4, 老师 6.x)


def _term_like_zh(word: str) -> bool:
    """A Chinese keyword worth blanking: a noun-like word of two or more characters, not everyday."""
    import jieba.posseg

    from quizgen.generate.salience import idf_table

    if len(word) < 2 or not _CJK.search(word) or figure_spans(word):
        return False
    idf, _ = idf_table()
    tags = jieba.posseg.lcut(word)
    return len(tags) == 1 and tags[0].flag.startswith(_NOUN_TAGS) and idf.get(word, 99.0) >= COMMON_IDF


def _emphasized(raw: str) -> list[str]:
    return [next(g for g in m.groups() if g).strip() for m in _EMPHASIS.finditer(raw)]


def _fits(sentence: str, zh: bool) -> bool:
    if sentence.rstrip().endswith(("?", "？")):
        return False
    if zh:
        return SIZE_ZH[0] <= len(sentence) <= SIZE_ZH[1]
    words = sentence.split()
    title_case = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return SIZE_EN[0] <= len(words) <= SIZE_EN[1] and not title_case


def _good_blank(span: str, sentence: str, zh: bool) -> bool:
    span = span.strip()
    if not span or sentence.count(span) != 1 or figure_spans(span):
        return False
    rest = sentence.replace(span, "", 1)
    if zh:
        return 2 <= len(span) <= 16 and len(_CJK.findall(rest)) >= 10 and _on_word_bounds(sentence, span)
    words = span.split()
    common = [w for w in words if w.lower() not in _JOINERS and _zipf(w.lower()) >= FUNCTION_EN]
    return (
        1 <= len(words) <= 5 and not common and len(rest.split()) >= 6 and not _name_goes_on(sentence, span)
    )


_NAME_PART = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[A-Z][\w'-]*)$")


def _name_goes_on(sentence: str, span: str) -> bool:
    """Whether a word beside the span belongs to the same name (`The 1st [Law of …]`); a common
    word opening the sentence (The, In) does not."""
    at = sentence.find(span)
    before = sentence[:at].split()
    after = sentence[at + len(span) :].split()[:1]
    near = [w.strip("\"'“”(),:;") for w in (before[-1:] + after)]
    if before and len(before) == 1 and _zipf(before[0].lower()) >= COMMON_EN:
        near = near[1:]
    return any(_NAME_PART.match(w) for w in near if w)


def _on_word_bounds(sentence: str, span: str) -> bool:
    """Whether a Chinese span starts and ends between words (不确定性, not 不[确定性]); a name
    joined by `·` is one word (not 达里奥·[阿莫]迪)."""
    from quizgen.extract.names import dotted_names
    from quizgen.extract.text import segment

    start = sentence.find(span)
    bounds, pos = {0}, 0
    for word in segment(sentence, [(n.start, n.end) for n in dotted_names(sentence)]):
        pos += len(word)
        bounds.add(pos)
    return start in bounds and start + len(span) in bounds


_NOUN_FLAGS = ("n", "vn", "ng", "j")
NEIGHBOUR = 4  # characters


def _is_noun(flag: str) -> bool:
    return flag.startswith(_NOUN_FLAGS) and flag != "nr"


def _inside_compound(sentence: str, span: str) -> bool:
    """Whether a Chinese keyword is one noun of a compound (木[活字], [胶泥]字模, 红队[测试]): the
    blank would hold half a term, the other half left as a hint. A noun after a verbal noun is
    its object (预警风险), not a compound."""
    import jieba.posseg

    start = sentence.find(span)
    end = start + len(span)
    # a few characters either side tell the neighbouring word (tagging the whole sentence is slow)
    before = jieba.posseg.lcut(sentence[max(0, start - NEIGHBOUR) : start], HMM=False)[-1:]
    after = jieba.posseg.lcut(sentence[end : end + NEIGHBOUR], HMM=False)[:1]
    own = [t.flag for t in jieba.posseg.lcut(span, HMM=False)]
    nominal = len(own) == 1 and _is_noun(own[0]) and own[0] != "vn"
    return any(_is_noun(t.flag) for t in before) or (nominal and any(_is_noun(t.flag) for t in after))


def _blank(sentence: str, raw: str, zh: bool, keywords: _Keywords) -> tuple[str, str] | None:
    """(what to blank, why) for the sentence, or None when nothing in it is worth asking."""
    for span in _emphasized(raw):
        if _good_blank(span, sentence, zh):
            return span, "emphasis"
    defined = (_DEFINED_ZH if zh else _DEFINED_EN).match(sentence)
    if defined and _good_blank(defined["term"], sentence, zh):
        term = defined["term"].strip()
        if zh or _zipf(term.split()[0].lower()) < COMMON_EN:
            return term, "definition"
    if not zh:
        for name in _NAME_EN.findall(sentence):
            if _good_blank(name, sentence, zh):
                return name, "name"
    word = keywords.best_in(sentence if zh else sentence.lower())
    if word and not zh:
        match = re.search(rf"\b{re.escape(word)}\b", sentence, re.I)
        word = match.group(0) if match else None
    if word and _good_blank(word, sentence, zh) and not (zh and _inside_compound(sentence, word)):
        return word, "keyword"
    return None


def _raw_sentence(block: Block, sentence: str) -> str:
    """The block's marked-up text, where the sentence's emphasis is still visible."""
    return block.raw if len(block.raw) < 4 * len(sentence) + 200 else sentence


def _sentences(doc: Document) -> Iterable[tuple[str, Block, str]]:
    for section, block in doc.all_blocks():
        for sentence in split_sentences(block.text):
            yield (section.title if section else ""), block, sentence


_BONUS = {"emphasis": 0.2, "definition": 0.25, "name": 0.05, "keyword": 0.0}


def _anchor_text(sentence: str) -> str:
    """The sentence as its item's anchor: figures masked before the text is normalised (which
    would glue `30% cheaper` into `30cheaper`), so a corrected figure keeps the item's id."""
    return "#".join(normalize(part) for part in mask_figures(sentence).split("#"))[:120]


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    zh = doc.language == "zh"
    found = [(t, b, s) for t, b, s in _sentences(doc) if _fits(s, zh)]
    headings = [doc.title, *(s.title for s in doc.sections)]
    raw = [b.raw for _, b in doc.all_blocks()]
    keywords = _keywords(doc, [b.text for _, b in doc.all_blocks()], headings + _emphasized("\n".join(raw)))
    out: list[Draft] = []
    for title, block, sentence in found:
        picked = _blank(sentence, _raw_sentence(block, sentence), zh, keywords)
        if picked is None:
            continue
        span, why = picked
        sentence = sentence.strip()
        anchor = f"{doc.name}::point::{_anchor_text(sentence)}"
        out.append(
            Draft(
                kind="claim",
                type="cloze",
                anchor=anchor,
                question=sentence.replace(span, BLANK, 1),
                answer=span,
                explanation=sentence,
                source=Source(doc.name, title, block.line),
                fact=anchor,
                score=SCORE + _BONUS[why],
                cloze=sentence.replace(span, "{{c1::" + span + "}}", 1),
            )
        )
    return out
