"""How much a document stresses what a draft asks: the kind of fact (a defined term over a figure in
passing), emphasis (bold, quoted, a heading or the title names it), position (the lead, a
section's opening, a summary or takeaways section), repetition across the document, and how
rare the answer's words are (jieba's IDF table for Chinese, capitalised or multi-word terms for
English). Incidental counts and durations rank below a defined term.

`Emphasis.of(doc)` is built once per document; `salience(draft, emphasis)` is pure; `spread`
keeps the best-ranked drafts within the document's budget.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from quizgen.extract.figure_scan import is_a_year, scan
from quizgen.extract.people import analyse, main_person, speaker_names
from quizgen.extract.text import idf_table, normalize
from quizgen.generate.draft import Draft
from quizgen.generate.stems import SPOKEN_EN, SPOKEN_ZH
from quizgen.ingest.transcript import unpunctuated  # a recogniser's unpunctuated lines: speech
from quizgen.model import Block, Document

# What a kind of fact is worth before the document says more: a defined term is stressed by being
# defined, a table's cell by being set out in a table; a claim, a figure or a person ranks by how
# much the document stresses it.
KIND_PRIOR = {
    "framework": 1.0,
    "meta": 1.0,
    "attribute": 0.8,
    "person": 0.7,
    "figure": 0.7,
    "claim": 0.6,
    "theme": 0.3,
}
# Bold (or red) text: **…**, __…__, <b>, <strong>, <font color=…>
BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|<b>(.+?)</b>|<strong>(.+?)</strong>|<font[^>]*>(.+?)</font>")
_QUOTED = re.compile(r"“([^”]{1,30})”|「([^」]{1,30})」|《([^》]{1,40})》|\"([^\"]{2,40})\"")
SUMMARY_HEADING = re.compile(
    r"总结|小结|要点|核心|结论|启示|收获|摘要|导读|概要|关键|summary|takeaway|key (?:points|ideas|lessons)|"
    r"lessons|conclusion|tl;?dr|highlights|in short",
    re.I,
)
OVERUSED = 4  # mentions beyond which an answer counts against itself...
OVERUSED_STEP, OVERUSED_CAP = 0.05, 12  # ...by this much each, up to this many
REACH = 50_000  # characters either side of a line within which repetition is counted
BUCKET = 5_000  # lines this close count from one centre (a tenth of REACH)
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


@dataclass(frozen=True, slots=True)
class Emphasis:
    """What one document stresses: spans it sets off, and the lines of its lead and summaries."""

    spans: frozenset[str]  # normalised bold and quoted text
    headings: str  # normalised title and headings, one string
    lead_lines: frozenset[int]
    body: str = ""  # the normalised body text, where repetition is counted
    starts: tuple[int, ...] = ()  # where each block starts in `body`
    lines: tuple[int, ...] = ()  # and the line it starts on, ascending
    body_chars: int = 0
    spoken: bool = False  # a transcript: its budget is smaller
    title: str = ""  # the normalised title: a figure it states is no question (四十多年 in the title)
    conversation: bool = False  # two or more speakers take turns (an interview, a panel), not one lecturer
    own_orgs: frozenset[str] = frozenset()  # the organisations the speakers' `we` stands for
    recognised: bool = False  # speech recognition output, its punctuation guessed at its pauses
    guest: str = ""  # the one a conversation is about, when they speak in it (an interview's answerer)
    marked_figures: tuple[frozenset[str], ...] = ()  # per block (as `lines`), the numbers it sets in bold
    _counted: dict[tuple[str, int], int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, doc: Document) -> Emphasis:
        """The document's emphasis, built once: the makers and the selection ask for it in turn."""
        for known, emphasis in _RECENT:
            if known is doc:
                return emphasis
        emphasis = cls._build(doc)
        _RECENT.insert(0, (doc, emphasis))
        del _RECENT[RECENT_DOCS:]
        return emphasis

    @classmethod
    def _build(cls, doc: Document) -> Emphasis:
        spans: set[str] = set()
        for _, block in doc.all_blocks():  # the body only: furniture stresses nothing
            for match in (*BOLD.finditer(block.raw), *_QUOTED.finditer(block.raw)):
                text = next(g for g in match.groups() if g)
                spans.add(normalize(text))
        headings = "\x1f".join(normalize(h) for h in (doc.title, *(s.title for s in doc.sections)) if h)
        lead = {b.line for b in doc.preamble[:2]}
        for section in doc.sections:
            if section.blocks:
                lead.add(section.blocks[0].line)
            if SUMMARY_HEADING.search(section.title):
                lead.update(b.line for b in section.blocks)
        blocks = [b for _, b in doc.all_blocks()]
        recognised = _recognised(doc.lines)
        pieces = [normalize(b.text) for b in blocks]
        marked = tuple(_marked_figures(b) for b in blocks)
        starts = list(accumulate((len(p) + 1 for p in pieces[:-1]), initial=0)) if pieces else []
        return cls(
            frozenset(s for s in spans if len(s) >= 2),
            headings,
            frozenset(lead),
            "\x1f".join(pieces),
            tuple(starts),
            tuple(b.line for b in blocks),
            sum(len(b.text) for b in blocks),
            spoken(blocks, doc.language) or recognised,
            normalize(doc.title),
            len({b.speaker for b in blocks if b.kind == "turn"}) >= 2,
            frozenset(v.own_org for v in analyse(doc).cast.voices.values() if v.own_org),
            recognised,
            _guest(doc),
            marked if sum(map(len, marked)) >= FIGURES_MARKED else (),
        )

    def mentions(self, key: str, line: int) -> int:
        """How often the body states a normalised `key` within `REACH` characters of `line`: what a
        text repeats, it stresses (counted near the line, so a whole book costs no more per item)."""
        if len(key) < 2 or not self.starts:
            return 1
        at = self.starts[max(0, bisect.bisect_right(self.lines, line) - 1)]
        at -= at % BUCKET  # lines close together share one count: a term is asked of many lines
        if (key, at) not in self._counted:
            self._counted[(key, at)] = self.body.count(key, max(0, at - REACH), at + REACH)
        return self._counted[(key, at)]

    def figure_in_passing(self, draft: Draft) -> bool:
        """Whether `draft` asks a figure its writer left plain where they set their key figures in
        bold: the author's own ranking (judges kept 54% of such figures, 83% of the bold ones)."""
        if draft.kind != "figure" or not self.marked_figures:
            return False
        at = bisect.bisect_right(self.lines, draft.source.line) - 1
        return at < 0 or not (_numbers(draft.answer) & self.marked_figures[at])

    def recurs(self, text: str, line: int) -> bool:
        """Whether the document states `text` more than once near `line` or names it in a heading:
        a term set off only once is as often a figure of speech (“纸老虎”) as a term to learn."""
        key = normalize(text)
        return len(key) >= 2 and (self.mentions(key, line) >= 2 or key in self.headings)


# Bold figures (past a few, which a writer may set off by chance) mark the text's key figures.
FIGURES_MARKED = 5
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿半]+")


def _numbers(text: str) -> frozenset[str]:
    """The numbers `text` states (1,100 -> 1100; 三成 -> 三), to match a figure against its bold."""
    return frozenset(_NUMBER.findall(text.replace(",", "")))


def _marked_figures(block: Block) -> frozenset[str]:
    """The numbers of the figures `block` sets in bold."""
    found: set[str] = set()
    for match in BOLD.finditer(block.raw):
        marked = next(g for g in match.groups() if g)
        for span in scan(marked):
            if marked[: span.start].endswith("第"):
                continue  # 第三章: an ordinal, a label
            if span.kind == "bare" and (marked.strip(" ~≈约") != span.text or span.text.startswith("0")):
                continue  # Step 1, 01. 引言: a label's number; a bare **137** (个) is the figure
            found |= _numbers(span.text)
    return frozenset(found)


def _recognised(lines: Sequence[str]) -> bool:
    """Whether most of the text came without punctuation, as speech recognition gives it."""
    raw = sum(len(line) for line in lines if unpunctuated(line))
    return raw * 2 > sum(len(line) for line in lines)


RECENT_DOCS = 4  # documents whose emphasis is kept (held, so an id is never reused while kept)
_RECENT: list[tuple[Document, Emphasis]] = []

SPOKEN_FILLERS = 3.0  # spoken fillers (嘛, 吧, yeah, you know) per 1,000 characters: transcripts
# have 8 or more, notes and clean write-ups (even of a dialogue) under 1.5


def spoken(blocks: Sequence[Block], language: str) -> bool:
    """Whether the body is talk transcribed as spoken rather than notes or a clean write-up."""
    filler = SPOKEN_ZH if language == "zh" else SPOKEN_EN
    chars = sum(len(b.text) for b in blocks)
    hits = sum(len(filler.findall(b.text)) for b in blocks)
    return hits * 1000 >= SPOKEN_FILLERS * chars


def rarity(answer: str) -> float:
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


# A year in a sentence that states another figure (2020年全县新增网点86个; 3,000 riders a day by 2031) is the
# time of the fact, the other figure the fact itself: the sentence's one item asks for that one
# (judges kept 53% of such years, 71% of the figures beside them).
YEAR_BESIDE_A_FIGURE = 0.3


def _another_figure_beside(draft: Draft) -> bool:
    return any(
        span.kind not in {"year", "date", "url"}
        and span.text != draft.answer
        and (span.fact or (span.value or 0) >= 10)  # 86个, £900/yr: sums the scan does not ask
        for span in scan(draft.explanation)
    )


def salience(draft: Draft, emphasis: Emphasis) -> float:
    """How strongly the document stresses what `draft` asks; roughly 0.3 (in passing) to 2."""
    score = KIND_PRIOR.get(draft.kind, 0.4)
    answer = normalize(draft.answer)
    if not answer:
        return 0.0
    mentions = emphasis.mentions(answer, draft.source.line)
    if answer in emphasis.spans and mentions >= 2:  # quoted once, words are a quotation, not stress
        score += 0.2
    if len(answer) >= 2 and answer in emphasis.headings:
        score += 0.3
    if draft.source.line in emphasis.lead_lines:
        score += 0.2
    year = draft.kind == "figure" and is_a_year(draft.answer)
    if not year:  # a year comes back as the time of many facts, not as one stressed
        score += 0.25 * min(2, max(0, mentions - 1))
    elif _another_figure_beside(draft):
        score -= YEAR_BESIDE_A_FIGURE
    # ...but an answer the text states everywhere is its topic: every stem that names it would give
    # it away, and a blank holding it is guessed rather than recalled
    score -= OVERUSED_STEP * min(OVERUSED_CAP, max(0, mentions - OVERUSED))
    return score + rarity(draft.answer)


def _guest(doc: Document) -> str:
    """The document's main person when they speak in it (an interview's answerer), "" otherwise:
    what they tell of themselves, their 我 resolved to their name, is what the talk is for."""
    main = main_person(doc)
    return main if main and any(main in name for name in speaker_names(doc).values()) else ""
