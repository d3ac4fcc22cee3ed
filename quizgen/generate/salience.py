"""How much a document stresses what a draft asks: the kind of fact (a defined term over a figure in
passing), emphasis (bold, quoted, a heading or the title names it), position (the lead, a
section's opening, a summary or takeaways section), repetition across the document, and how
rare the answer's words are (jieba's IDF table for Chinese, capitalised or multi-word terms for
English). Incidental counts and durations rank below a defined term.

`Emphasis.of(doc)` is built once per document; `salience(draft, emphasis, counts)` is pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quizgen.extract.text import normalize
from quizgen.generate.draft import Draft
from quizgen.model import Document

KIND_PRIOR = {"framework": 1.0, "person": 0.75, "claim": 0.7, "meta": 0.65, "figure": 0.5, "theme": 0.3}
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|<b>(.+?)</b>|<strong>(.+?)</strong>")
_QUOTED = re.compile(r"“([^”]{1,30})”|「([^」]{1,30})」|《([^》]{1,40})》|\"([^\"]{2,40})\"")
_SUMMARY_HEADING = re.compile(
    r"总结|小结|要点|核心|结论|启示|收获|摘要|导读|概要|关键|summary|takeaway|key (?:points|ideas|lessons)|"
    r"lessons|conclusion|tl;?dr|highlights|in short",
    re.I,
)
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


@dataclass(frozen=True, slots=True)
class Emphasis:
    """What one document stresses: spans it sets off, and the lines of its lead and summaries."""

    spans: frozenset[str]  # normalised bold, quoted, heading and title text
    lead_lines: frozenset[int]
    body_chars: int = 0

    @classmethod
    def of(cls, doc: Document) -> Emphasis:
        spans: set[str] = set()
        for line in doc.lines:
            for match in (*_BOLD.finditer(line), *_QUOTED.finditer(line)):
                text = next(g for g in match.groups() if g)
                spans.add(normalize(text))
        headings = [doc.title, *(s.title for s in doc.sections)]
        spans.update(normalize(h) for h in headings if h)
        lead = {b.line for b in doc.preamble[:2]}
        for section in doc.sections:
            if section.blocks:
                lead.add(section.blocks[0].line)
            if _SUMMARY_HEADING.search(section.title):
                lead.update(b.line for b in section.blocks)
        size = sum(len(b.text) for _, b in doc.all_blocks())
        return cls(frozenset(s for s in spans if len(s) >= 2), frozenset(lead), size)


def answer_counts(drafts: Iterable[Draft]) -> Counter[str]:
    """How many distinct sentences of the document state each draft's answer."""
    sentences = {normalize(d.explanation) for d in drafts}
    answers = {normalize(d.answer) for d in drafts}
    out: Counter[str] = Counter()
    for answer in answers:
        if len(answer) >= 2:
            out[answer] = sum(answer in s for s in sentences) if len(sentences) < 3000 else 1
    return out


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median: how rare a Chinese word is in general text."""
    import jieba.analyse

    table = jieba.analyse.default_tfidf.idf_loader
    return table.idf_freq, table.median_idf


def _rarity(answer: str) -> float:
    """0 for a common word, up to 0.25 for a rare or specific term."""
    text = answer.strip()
    if _CJK_WORD.match(text):
        import jieba

        idf, median = idf_table()
        weights = [idf.get(w, median * 1.2) for w in jieba.lcut(text) if len(w) > 1]
        if not weights:
            return 0.0
        return max(0.0, min(0.25, (sum(weights) / len(weights) - median) / 20))
    words = text.split()
    if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper() and len(words) > 1):
        return 0.15
    return 0.1 if 2 <= len(words) <= 5 and not re.search(r"\d", text) else 0.0


def salience(draft: Draft, emphasis: Emphasis, counts: Counter[str]) -> float:
    """How strongly the document stresses what `draft` asks; roughly 0 (in passing) to 2."""
    score = KIND_PRIOR.get(draft.kind, 0.4)
    answer = normalize(draft.answer)
    if answer and (answer in emphasis.spans or any(answer in s for s in emphasis.spans if len(answer) >= 3)):
        score += 0.4
    if draft.source.line in emphasis.lead_lines:
        score += 0.2
    score += 0.15 * min(2, max(0, counts.get(answer, 1) - 1))
    return score + _rarity(draft.answer)
