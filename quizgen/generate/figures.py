"""Drafts for figures: for each fact-stating figure a basic question that names what it measures, a
cloze deleting the figure whole, and a multiple-choice item with three same-format distractors.

A figure in a speaker's turn is asked as that speaker's statement (据程望舒，…); one inside a worked
example (假设…, for example …) as the example's (在“模型创业论”的例子中，…), its years left out. A
sentence opening with a pronoun for a person nobody resolved is skipped; one pointing back at a thing
(这部书, It) borrows the sentence before (`The survey relied on the Kestrel drone. It flew how many
metres high?`).
The anchor is the sentence with its figures masked plus which figure is asked, so an edited number
keeps the item's id.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from quizgen.extract.figure_grammar import ERA_COUNT_ZH, MEASURES_ZH
from quizgen.extract.figure_scan import scan, start_of_change
from quizgen.extract.figures import sentences
from quizgen.extract.frameworks import ASKS
from quizgen.extract.lexicon import ROLE_ZH, words
from quizgen.extract.outline import under_its_term
from quizgen.extract.people import person_forms, resolve_pronouns, speaker_names
from quizgen.extract.speakers import ROLE_ONLY
from quizgen.extract.text import quoted_zh
from quizgen.generate.draft import Draft, stable_order
from quizgen.generate.figure_choices import FigurePool, distractors
from quizgen.generate.figure_wording import (
    Wording,
    body_of,
    content,
    continued_clause,
    joint_wording,
    wording,
)
from quizgen.generate.figure_words import SUPPOSED, proper_words, scenario_name, scenario_start
from quizgen.generate.references import opens_with_pronoun, refers_to_person
from quizgen.generate.ties import without_ties
from quizgen.ingest.layout import EQUALS, OPERATOR
from quizgen.model import Block, Document, Fact, Figure, Section

_SPEAKER_PAREN = re.compile(r"[（(]([^（）()]*)[）)]")
_FIRST_CLAUSE = re.compile(r"^[^,;:.!?]+")
_WH_ZH = re.compile(
    rf"(?:多少|几)(?:{MEASURES_ZH}|倍|成)?|什么时候|哪一年|哪几年|哪个世纪|什么年代|多久|多长时间|百分之"
)
PREVIOUS_MAX = 100  # characters of a previous English clause worth borrowing as context
PREVIOUS_MAX_ZH = 40
MIN_CONTENT = 4  # word characters a question needs besides its question word
# The author's own sentence with the figure blanked is the robust default: a rewritten question
# breaks on real prose ("…, how many degrees?"); the question and the choice are kept for decks
# whose `types:` ask for them.
SCORES = {"cloze": 1.0, "basic": 0.9, "choice": 0.8}
EXAMPLE_BONUS = 0.05  # a worked example asked as the example it is comes before its single amounts
SMALL_COUNT = 10
LATER = 0.01  # per figure before this one in its sentence

Where = tuple[Section | None, Block] | None


def speaker_name(label: str) -> str:
    """The name in a speaker label: `嘉宾（松石茶铺创始人 程望舒）` -> `程望舒`; else the label."""
    paren = _SPEAKER_PAREN.search(label)
    if paren and paren.group(1).split():
        return paren.group(1).split()[-1]
    return label.strip()


SUM_REACH = 4  # blocks after a figure's own in which a worked sum that uses it may stand
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SUM = re.compile(EQUALS)
# an arithmetic run: numbers joined by operators (the operands of a worked sum)
_OPERANDS = re.compile(rf"\d+(?:\.\d+)?(?:\s*{OPERATOR}\s*\d+(?:\.\d+)?)+")


def _operands(text: str) -> set[str]:
    """The numbers an arithmetic run of `text` works with (114 + 57 + 19: 114, 57, 19)."""
    return {n for run in _OPERANDS.findall(text) for n in _PLAIN_NUMBER.findall(run)}


class _Blocks:
    """Which block (and section) a figure's source line falls in."""

    def __init__(self, doc: Document) -> None:
        self.pairs = doc.all_blocks()
        self.order = sorted(range(len(self.pairs)), key=lambda i: self.pairs[i][1].line)
        self.lines = [self.pairs[i][1].line for i in self.order]

    def at(self, line: int) -> Where:
        pos = bisect.bisect_right(self.lines, line) - 1
        return self.pairs[self.order[pos]] if pos >= 0 else None

    def worked_later(self, line: int, figure: str) -> bool:
        """Whether a sum within the next `SUM_REACH` blocks of the figure's section works with its
        number (126万元, then 漏损额 = 126 + 63 + 21): the figure is an input of a worked example,
        whose result is what the example is for."""
        number = _PLAIN_NUMBER.search(figure.replace(",", ""))
        pos = bisect.bisect_right(self.lines, line) - 1
        if number is None or pos < 0:
            return False
        section = self.pairs[self.order[pos]][0]
        for later in self.order[pos + 1 : pos + 1 + SUM_REACH]:
            later_section, block = self.pairs[later]
            if later_section is not section:
                break
            text = block.text.replace(",", "")
            if _SUM.search(text) and number.group() in _operands(text):
                return True
        return False

    def label_over(self, line: int) -> str:
        """The text of the block right before the one at `line`, in its section: a label a
        block stands under (EXAMPLE 1:, 例题：), or any line ("" for the first)."""
        pos = bisect.bisect_right(self.lines, line) - 1
        if pos <= 0:
            return ""
        section, _ = self.pairs[self.order[pos]]
        before_section, before = self.pairs[self.order[pos - 1]]
        return before.text if before_section is section else ""


def anchor_of(fig: Figure) -> str:
    """The sentence with every figure masked, plus the position of the one asked."""
    pieces, pos, index = [], 0, 0
    for n, span in enumerate(scan(fig.sentence)):
        pieces.append(fig.sentence[pos : span.start] + "#")
        pos = span.end
        if span.start == fig.start:
            index = n
    pieces.append(fig.sentence[pos:])
    return f"{''.join(pieces)}|{index}"


def _named(name: str, sentence: str) -> bool:
    parts = [p for p in re.split(r"[·\s]", name) if len(p) >= 2]
    return any(p in sentence for p in parts or [name])


@dataclass(frozen=True, slots=True)
class _Context:
    """What the figure questions of one document share: its blocks, the people it names, the
    speakers' names by label, and the words it capitalises mid-sentence."""

    blocks: _Blocks
    names: frozenset[str]
    speakers: dict[str, str]
    proper: frozenset[str]


def _context(doc: Document) -> _Context:
    blocks = _Blocks(doc)
    proper = proper_words(b.text for _, b in blocks.pairs) if doc.language == "en" else frozenset()
    return _Context(blocks, person_forms(doc), speaker_names(doc), proper)


def _lead(doc: Document, fig: Figure, where: Where, ctx: _Context | None = None) -> str | None:
    """What opens the question: an example's name or the speaker ("" for nothing, None: skip)."""
    zh = doc.language == "zh"
    marker = scenario_start(fig.sentence, fig.start)
    if marker is not None:
        if fig.kind in {"year", "date"}:
            return None  # the years of a worked example are its scaffolding, not its point
        name = scenario_name(fig.sentence, marker)
        if zh:
            return f"在{quoted_zh(name)}的例子中，" if name else "在文中举的例子中，"
        return f'In the example of "{name}", ' if name else "In the example, "
    if ctx is not None and ctx.blocks.worked_later(fig.source.line, fig.text):
        return None  # 支出：126万元 … 漏损额 = 126 + 63 + 21: an input of the worked sum below
    if where is not None and _in_a_supposed_case(where[1], fig):
        return None  # 假设全城只需要五千辆单车。……结果每家都投放了五千辆: the case's made-up numbers
    if where is not None and where[1].kind == "turn" and where[1].speaker:
        label = where[1].speaker
        name = (ctx.speakers.get(label) if ctx else "") or speaker_name(label)
        if name and not _named(name, body_of(fig, zh)):
            if not zh and name == label and name.lower() in ROLE_ONLY:
                name = f"the {name.lower()}"  # `Guest:` whose name nobody says
            return f"据{name}，" if zh else f"According to {name}, "
    return ""


# A list's row that is a label and its figure (羽毛：约 11 元，…), under a line that says what the
# rows are parts of (一桶球的成本大致是：): the row alone does not say what it is a part of.
_ROW = re.compile(
    r"^[^：:，,。；;他她它我你]{1,16}(?<![是为])[：:]"
)  # 他给的数据是： announces, labels nothing
_GLOSSED_LABEL = re.compile(r"——|\s[—–]\s|--|\D—\D")  # not the dash of a range (2013–2016)
LEAD_IN_MAX = 60  # characters of a lead-in worth carrying into each row's stem
LEAD_IN_MIN_EN = (
    3  # words: fewer is a label (Questions:); a short Chinese one may still say whose (大致构成：)
)


def _list_lead_in(where: Where, fig: Figure, zh: bool) -> str:
    if where is None:
        return ""
    section, block = where
    row = _ROW.match(block.text)
    if section is None or block.kind not in {"bullet", "numbered"} or row is None:
        return ""
    if not block.text.strip().startswith(fig.sentence.strip()[:8]):
        return ""  # a later sentence of the row, or the row's explanation after its label
    index = next((i for i, b in enumerate(section.blocks) if b is block), 0)
    before = [b for b in section.blocks[:index] if b.kind not in {"bullet", "numbered"}]
    opens = next((b for b in section.blocks[:index] if before and b.line > before[-1].line), block)
    if opens.kind != block.kind:
        return ""  # 主要人物： over bullets, then a numbered list: the lead-in announced another list
    if any(b.text.rstrip().endswith(("：", ":")) for b in section.blocks[:index] if b.line > opens.line):
        return ""  # 三个原因： - …, then - 时间线： - 1920年：…: a row of its own, announcing the rows below
    said = sentences(before[-1].text.strip()) if before else []
    lead_in = said[-1].strip() if said else ""  # the paragraph's last sentence announces the rows
    if not lead_in.endswith(("：", ":")) or len(lead_in) > LEAD_IN_MAX or ASKS.search(lead_in.rstrip("：: ")):
        return ""
    if not zh and len(lead_in.rstrip(": ").split()) < LEAD_IN_MIN_EN:
        return ""  # Questions: a bare label says nothing the rows are parts of
    if _GLOSSED_LABEL.search(row.group()):
        return ""  # “一站”——社区驿站：…: the row's label glosses itself; a lead-in would chain the dashes
    return lead_in.rstrip("：: ") + ("——" if zh else " — ")


def _in_a_supposed_case(block: Block, fig: Figure) -> bool:
    """Whether an earlier sentence of the figure's paragraph opens a supposed case (假如…, Suppose
    …): the sentences after it work the case through with its made-up numbers."""
    at = block.text.find(fig.sentence)
    return at > 0 and bool(SUPPOSED.search(block.text[:at]))


def _borrowed_context(doc: Document, where: Where, fig: Figure) -> str:
    """The sentence before `fig`'s (English: its first clause), to stand for a `这部书`/`It` that
    points back at it; "" when there is none short enough or it leans on a pronoun itself."""
    if where is None:
        return ""
    zh = doc.language == "zh"
    section, block = where
    previous = ""
    for raw in sentences(block.text):
        resolved = under_its_term(doc, section, block, resolve_pronouns(doc, section, block, raw))
        if raw == fig.sentence or resolved == fig.sentence:
            break
        previous = resolved
    if not previous or opens_with_pronoun(previous):
        return ""
    if zh:
        return previous if len(previous) <= PREVIOUS_MAX_ZH and previous[-1] in "。！？" else ""
    clause = _FIRST_CLAUSE.match(previous)
    if not clause or len(clause.group()) > PREVIOUS_MAX or len(clause.group().split()) < 3:
        return ""
    return clause.group().strip() + ". "


def _thin(question: str, zh: bool) -> bool:
    """A question with too little besides its question word to be answerable (`多少篇依次为：…？`)."""
    if not zh:
        return content(question) < 12
    return content(_WH_ZH.sub("", question.split("：")[0])) < MIN_CONTENT


def _choice(fig: Figure, words: Wording, pool: FigurePool, key: str) -> tuple[str, ...]:
    start = start_of_change(fig.text) if fig.kind == "change" else None
    wrong = distractors(fig, words.answer, pool, start)
    return stable_order(words.answer, wrong, key) if len(wrong) == 3 else ()


def _words_for(doc: Document, fig: Figure, where: Where, ctx: _Context) -> Wording | None:
    zh = doc.language == "zh"
    lead = _lead(doc, fig, where, ctx)
    if lead is None:
        return None
    body = body_of(fig, zh)
    if opens_with_pronoun(body):
        if lead or refers_to_person(body):
            return None  # 他休养了很长一段时间…: nobody said who "he" is
        lead = _borrowed_context(doc, where, fig)
        if not lead:
            return None
    go_on = continued_clause(fig, zh)
    if go_on is not None:  # …，并预测营收两年内…: the subject was cut off with the sentence's head
        subject = _leading_name(fig.sentence, ctx.names)
        if not subject:
            return None
        lead = f"{lead}{subject}{'' if zh else ' '}"
        return wording(fig, zh, lead, ctx.proper, start=go_on)
    return wording(fig, zh, lead, ctx.proper)


_SUBJECT_PREFIX = re.compile(r"^[\w ]{0,12}$")


def _leading_name(sentence: str, names: frozenset[str]) -> str:
    """The person the sentence opens with, with a title before the name (`学者陆景明`), or ""."""
    ends = [
        at + len(n)
        for n in names
        if n and (at := sentence.find(n)) >= 0 and _SUBJECT_PREFIX.match(sentence[:at])
    ]
    return sentence[: max(ends)].strip() if ends else ""


# 唐咸通九年（868年）: an era's year and the common-era year in brackets after it, one date; after a
# dynasty of two characters (南宋, 东汉) the era may run to four (北宋 + a four-character era name)
_ERA_BEFORE_GLOSS = re.compile(
    rf"(?:[东西南北前后]?[秦汉晋隋唐宋元明清](?:[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{4}})|[\u4e00-\u9fff]{{2}})"
    rf"{ERA_COUNT_ZH}年\s*[（(]$"
)


def with_its_era(fig: Figure) -> Figure:
    """A common-era year glossing an era's year, widened to hold both (唐咸通九年（868年）): asked
    alone, the blank is a conversion the stem gives away; asked whole, it is when it happened."""
    if fig.kind not in {"year", "date"} or fig.end >= len(fig.sentence) or fig.sentence[fig.end] not in "）)":
        return fig
    era = _ERA_BEFORE_GLOSS.search(fig.sentence[: fig.start])
    if not era:
        return fig
    start, end = era.start(), fig.end + 1
    return replace(fig, text=fig.sentence[start:end], start=start, end=end)


# 数字全为编造, 一个虚构的城市, the numbers are made up, a fictional country: the text says its
# figures were made up to teach with
_NUMBERS_MADE_UP = re.compile(
    r"数字[^。！？\n]{0,6}(?:编的|编造|编出来|虚构|假设的|不是真的)"
    r"|虚构[^。！？\n]{0,20}?的?(?:案例|国家|公司|城市)"
    r"|\b(?:the\s+)?(?:numbers|figures|data)\s+(?:are|were)\s+(?:all\s+)?"
    r"(?:made up|invented|fictional|hypothetical)\b"
    r"|\b(?:made-up|fictional|imaginary)\s+(?:country|company|economy|city)\b",
    re.I,
)


def numbers_made_up(doc: Document) -> bool:
    """Whether the text says the figures of the case it teaches with are made up."""
    return any(_NUMBERS_MADE_UP.search(block.text) for _, block in doc.all_blocks())


# a label over a worked example (EXAMPLE 2 (worksheet):, Worked example:, 例题 3：, 举例：)
_EXAMPLE_LABEL = re.compile(
    r"^(?:worked\s+)?examples?\b[^。!?]{0,40}[:：]$|^(?:例题?|举例|示例|算例)\s*[\d一二三四五六七八九十]*[^。！？]{0,20}[：:]$",
    re.I,
)
# 例题 6-3（…）——Q < 2000：单价 20 元; Example 2: a cup holds 350 ml: a line opening on the label
_EXAMPLE_OPENS = re.compile(
    r"^\s*(?:例题|算例|习题)\s*[\d一二三四五六七八九十][\d.\-]*|^\s*(?:worked\s+)?example\s*\d[\d.\-]*\s*[:：(（—-]",
    re.I,
)
# a heading that says its case was made up to teach with (自编, 教学案例, a hypothetical case)
_MADE_UP_CASE = re.compile(
    r"自编|虚构|编的(?:例子|案例)|教学案例|假想|模拟案例"
    r"|\b(?:hypothetical|made[- ]up|fictional|invented|teaching)\s+(?:case|example|scenario|company)\b",
    re.I,
)
WHOLE_ZH = 90  # characters: a sentence short enough to be the cloze as the author wrote it
WHOLE_EN = 36  # words


# Her headline number: …, 他的结论是：…: a lead-in whose he/she the card cannot resolve, before a
# sentence that states the figure on its own
_PRONOUN_LEAD = re.compile(
    r"^(?P<lead>[^:：。.!?]{0,80}?\b(?:she|he|they|her|his|their)\b[^:：。.!?]{0,80}?):\s+(?P<rest>.+)$", re.I
)
# (Chinese: only 他的结论：…; after 他也聊到…： what follows may have dropped its subject)
_PRONOUN_LEAD_ZH = re.compile(r"^(?P<lead>[他她]的[^：:，,。！？]{1,12})[：:]\s*(?P<rest>.+)$")


def _without_pronoun_lead(sentence: str, zh: bool) -> str:
    """The sentence after a lead-in that speaks of him or her, when what follows is a sentence."""
    found = (_PRONOUN_LEAD_ZH if zh else _PRONOUN_LEAD).match(sentence)
    if not found:
        return sentence
    rest = found["rest"].strip()
    long_enough = len(rest) >= 12 if zh else len(rest.split()) >= 6
    return rest[:1].upper() + rest[1:] if long_enough else sentence


def _whole_sentence(fig: Figure, zh: bool) -> tuple[str, str] | None:
    """(masked, Anki cloze) of the figure's whole sentence, or None when the sentence is too long
    for a card (the figure is not asked then: a clause cut from it loses what it is about)."""
    sentence = fig.sentence
    if (len(sentence) > WHOLE_ZH) if zh else (len(sentence.split()) > WHOLE_EN):
        return None
    head, tail = sentence[: fig.start], sentence[fig.end :]
    stripped = sentence.strip()
    trimmed = without_ties(stripped, zh)  # 三是…, So …: the words tying it to the sentence before
    after_lead = _without_pronoun_lead(trimmed, zh)  # Her number: …, unless the figure opens what is left
    cut = sentence.find(stripped) + len(stripped) - len(after_lead)
    if cut < fig.start - 2:
        trimmed = after_lead
    cut = sentence.find(stripped) + len(stripped) - len(trimmed)
    if 0 < cut <= fig.start:
        head = trimmed[: fig.start - cut]
    return f"{head}[…]{tail}".strip(), f"{head}{{{{c1::{fig.text}}}}}{tail}".strip()


def _drafts_for(
    doc: Document, fig: Figure, pool: FigurePool, ctx: _Context, later: float = 0.0
) -> list[Draft]:
    """The figure's cloze, basic and choice drafts; `later` lowers the score of a figure that
    comes after others in its sentence (the first ones state it, the rest add detail)."""
    zh = doc.language == "zh"
    fig = with_its_era(fig)
    where = ctx.blocks.at(fig.source.line)
    if _EXAMPLE_LABEL.match(ctx.blocks.label_over(fig.source.line)) or _EXAMPLE_OPENS.match(fig.sentence):
        return []  # EXAMPLE 1 (video 4.3): / Coffee shop claims a cup holds 350 ml: the example's numbers
    if _MADE_UP_CASE.search(fig.source.section):
        return []  # 案例：甲诉乙（课上自编，仅供讨论）: the made-up case's sums and dates
    words = _words_for(doc, fig, where, ctx)
    if words is None:
        return []
    anchor = anchor_of(fig)
    fact = f"figure::{fig.source.doc}::{fig.source.line}::{fig.start}::{fig.sentence}"
    whole = _whole_sentence(fig, zh)
    lead_in = _list_lead_in(where, fig, zh)
    if whole and lead_in:  # 以一桶训练球为例——羽毛：[…]，…: the row says what it is a part of
        whole = (lead_in + whole[0], lead_in + whole[1])
    # a clause cut from a long sentence loses what it is about (…而到了[…]。): no cloze then, and
    # the question (asked only when a deck's types ask for it) says what the figure measures
    masked, cloze_text = whole or (words.masked, words.cloze)
    cloze = Draft(
        kind="figure",
        type="cloze",
        anchor=anchor,
        question=masked,
        answer=fig.text,
        explanation=fig.sentence,
        source=fig.source,
        fact=fact,
        score=SCORES["cloze"] - later,
        cloze=cloze_text,
    )
    if fig.kind == "change":  # the cloze asks from and to, the question only where it went
        cloze = replace(cloze, fact=f"{fact}::whole")
    clozes = [cloze] if whole else []
    if _thin(words.question, zh):
        return clozes
    basic = replace(
        cloze,
        type="basic",
        question=words.question,
        answer=words.answer,
        score=SCORES["basic"] - later,
        cloze="",
        fact=fact,
    )
    choices = _choice(fig, words, pool, anchor)
    if not choices:
        return [*clozes, basic]
    return [*clozes, basic, replace(basic, type="choice", choices=choices, score=SCORES["choice"] - later)]


def _example_drafts(doc: Document, figures: Sequence[Figure], ctx: _Context) -> list[Draft]:
    """A worked example's first two amounts asked together, as the example they make up."""
    zh = doc.language == "zh"
    out: list[Draft] = []
    by_sentence: dict[tuple[int, str], list[Figure]] = {}
    for fig in figures:
        marker = scenario_start(fig.sentence, fig.start)
        if marker is not None and fig.kind not in {"year", "date", "change"}:
            by_sentence.setdefault((fig.source.line, fig.sentence), []).append(fig)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        first, second = group[0], group[1]
        lead = _lead(doc, first, ctx.blocks.at(first.source.line), ctx)
        joint = joint_wording(first, second, zh, lead or "", ctx.proper)
        if joint is None or lead is None:
            continue
        anchor = f"{anchor_of(first)}+{anchor_of(second).rsplit('|', 1)[1]}"
        out.append(
            Draft(
                kind="figure",
                type="basic",
                anchor=anchor,
                question=joint[0],
                answer=joint[1],
                explanation=first.sentence,
                source=first.source,
                fact=f"figure-example::{first.source.doc}::{first.source.line}::{first.start}::{first.sentence}",
                score=SCORES["basic"] + EXAMPLE_BONUS,
            )
        )
    return out


# A count the sentence divides its subject into (分为9类, falls into three groups) announces a
# classification: how many parts it has is part of what the document teaches.
_DIVIDED_INTO = re.compile(
    r"(?:分为|分成|划分为|归为|归纳为|概括为|(?:divided|split|grouped|sorted|falls?|fall) into)\s*$", re.I
)


def incidental(fig: Figure) -> bool:
    """A small count (两台电脑, three reasons) is a detail of the sentence, not a fact to learn: the
    things counted are what a teacher asks."""
    small = fig.kind == "count" and fig.value is not None and fig.value < SMALL_COUNT
    return small and not _DIVIDED_INTO.search(fig.sentence[: fig.start])


_SOMEONE = re.compile(r"[他她]|\b(?:he|she)\b", re.I)
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]·[\u4e00-\u9fff]+$|\b[A-Z][a-z]+ [A-Z][a-z]+$")
_LIFE_DATES = re.compile(r"(?:约|c\.\s?)?\d{3,4}\s*[—–\-~至]\s*\d{3,4}(?:年)?")
_AGE = re.compile(r"\d\s*(?:岁|周岁)$|[一二三四五六七八九十]岁$")
_AGE_AFTER = re.compile(r"^\s*(?:years?|yrs?)[\s-]+old\b", re.I)
_AGED = re.compile(r"\baged\s*$", re.I)
# how long someone held a job: 在咨询公司做了[11年], 干了[四年]业务员, worked there for [six years]
_TENURE_ZH = re.compile(r"(?:做了|干了|工作了|待了|任职了?|当了|从业|执教|任教|教了|从医|行医)\s*$")
_CAREER_OPENING = re.compile(
    r"^\s*(?:曾|先后|一直|先|后)?在[^，,。]{1,12}(?:做了|干了|工作了|待了|任职了?)\s*$"
    # …毕业后在一家设备公司做了[四年]: a step of someone's career path
    r"|^.*(?:毕业后|之后|后来|然后|随后)[，,]?\s*(?:又|先|曾)?在[^，,。]{1,16}(?:做了|干了|工作了|待了)\s*$"
)
_TENURE_EN = re.compile(
    r"\b(?:worked|ran|led|served|taught|managed|spent)\b[^.;]{0,40}\bfor\s+~?$"
    r"|\b(?:was|were|had been|has been)\s+(?:an?|the)\s+[^.;,]{1,40}\bfor\s+~?$"  # was an accountant for
    r"|\b(?:was|had been|has been)\s+[^.;,]{1,30}\b(?:of|at)\s+[^.;,]{1,40}\bfor\s+~?$",  # was COO of X for
    re.I,
)
# a name opening the clause (Okoro ran …, Dana Lee worked …), not an article (The mill ran …)
_NAMED_SUBJECT_EN = re.compile(
    r"^\s*(?!(?:The|A|An|This|That|It|Our|Their)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+[a-z]"
)
_HELD_A_POST_ZH = re.compile(r"^\s*(?:里|中)?\s*(?:是|当|做|任|担任)")
_SPENT_BEFORE = re.compile(r"\bspent\s+(?:about\s+|almost\s+|nearly\s+|~)?$", re.I)
# …at a national lab; …running facilities for a hospital group: where or at what a career was spent
_AT_A_PLACE = re.compile(r"^\s+(?:(?:at|with|in)\s+(?:a|an|the|[A-Z])|[a-z]+ing\b)", re.I)
_AT_AN_EMPLOYER = re.compile(r"^\s+(?:at|with)\s+(?:a|an|the|[A-Z])", re.I)
# [11 yrs] as a municipal water engineer: how long someone held a post
_AS_A_POST = re.compile(r"^\s+as\s+(?:a|an|the)\s+[a-z]", re.I)
# the year someone was born, graduated, joined or left a job, or died: 1988年出生, 2017年离职后…,
# 2020 年 1 月去世, born in 1990
_LIFE_EVENT = re.compile(
    r"^\s*(?:年)?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?)?\s*(?:本科|硕士|博士|研究生|大学|高中)?"
    r"(?:出生|生人|生于|离职|辞职|毕业|入职|退休|去世|逝世|病逝|过世)"
    r"|^\s*年?生(?=[，,。、；;\s）)]|$)"  # 1979年生，本科学化学
    r"|^\s*年?\s*退(?:的|了|下来)"  # 卢师傅2015年退的: retired, said plainly
    r"|^\s*年?的\s*(?:小|老)[\u4e00-\u9fff]"  # 最年轻的是九六年的小谢: born that year
    # the person named between the year and the event: [1749] 爱德华·詹纳（Edward Jenner）出生
    r"|^\s*年?[，,]?\s*[\u4e00-\u9fff·]{2,8}(?:[（(][^（）()]{1,30}[）)])?(?:出生|去世|逝世|病逝|诞生)"
    r"|^[,\s]*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}\s(?:was born|died)\b"
)
_LIFE_EVENT_EN = re.compile(r"\b(?:born|graduated|retired)\s+(?:in\s+|on\s+)?$", re.I)


_BIO_SECTION = re.compile(
    r"(?:嘉宾|讲者|主讲人|演讲者|讲师|受访者|作者|主持人|人物)(?:介绍|简介|小传|背景)|个人简介"
    r"|^\s*(?:简介|关于作者|关于嘉宾)\s*$"
    r"|\babout (?:the|our|this week's|today's) (?:guest|speaker|author|host)s?\b"
    r"|\b(?:guest|speaker|author)s?(?:'s)? bios?\b|^\s*(?:bio|biography|about the authors?)\s*$",
    re.I,
)


def introductions(doc: Document) -> frozenset[str]:
    """The titles of a guest's or a speaker's introduction (嘉宾介绍, About the speaker) and of the
    sections under it (**许知遥** over her career): a count, a span or a year there is a step of
    their story (做了四年客户经理, 服务过三百多个家庭), not what the document teaches."""
    out: set[str] = set()
    level, empty = 0, False
    for section in doc.sections:
        if level and (section.level > level or empty):  # under it, or the name heading its text
            out.add(section.title)
            empty = False
            continue
        level = section.level if _BIO_SECTION.search(section.title) else 0
        empty = bool(level) and not section.blocks
        if level:
            out.add(section.title)
    return frozenset(out)


def biographical(fig: Figure, people: Collection[str]) -> bool:
    """How old someone was (38岁, 34 years old), when they lived (霍恩（1719—1791）), how long a
    named person held a job (在咨询公司做了11年, worked there for six years) or the year they were
    born, graduated or left: a detail of their story, not what the document teaches."""
    before = fig.sentence[: fig.start]
    if _AGE.search(fig.text) or _AGE_AFTER.match(fig.sentence[fig.end :]) or _AGED.search(before):
        return True  # 陈姐，38岁，…; 17岁那年; 34 years old; aged 29: how old someone was
    if _LIFE_DATES.fullmatch(fig.text) and before.rstrip().endswith(("（", "(")):
        named = before.rstrip().rstrip("（(").rstrip()
        if any(len(p) >= 2 and named.endswith(p) for p in people) or _NAME_BEFORE.search(named):
            return True  # 霍恩（1719—1791）, Ada Lovelace (1815–1852): when someone lived, not 庆历年间
    years = fig.kind == "duration" or bool(re.search(r"\b(?:years?|yrs?)$", fig.text))
    if years and _AS_A_POST.match(fig.sentence[fig.end :]):
        return True  # 11 yrs as a municipal water engineer
    if years and _SPENT_BEFORE.search(before) and _AT_A_PLACE.match(fig.sentence[fig.end :]):
        return True  # PhD on cathodes, spent [6 years] at a national lab: a step of a career
    clause_before = re.split(r"[;；,，]", before)[-1]  # (PhD in tribology; [8 yrs] at …: a clause of its own)
    if years and not clause_before.strip(" ~≈-–—•*") and _AT_AN_EMPLOYER.match(fig.sentence[fig.end :]):
        return True  # a bio note: [11 yrs] at a regional grid operator — started as dispatch engineer
    after = fig.sentence[fig.end :]
    if fig.kind == "duration" and _HELD_A_POST_ZH.match(after) and any(r in after[:24] for r in ROLE_ZH):
        return True  # 最后[三年]是采购主管: how long someone held a post
    if fig.kind == "duration" and (_TENURE_ZH.search(before) or _TENURE_EN.search(before)):
        someone = any(len(p) >= 2 and p in before for p in people) or bool(_SOMEONE.search(before))
        someone = someone or bool(_NAMED_SUBJECT_EN.match(before))  # Okoro ran operations … for
        # 在省博干了21年 (its subject the person the line before names), 前银行理财经理，干了九年
        return someone or bool(_CAREER_OPENING.match(before)) or any(role in before for role in ROLE_ZH)
    if fig.kind in {"year", "date"} or _YEARS_SPAN.fullmatch(fig.text):
        if _LIFE_EVENT.match(fig.sentence[fig.end :]) or _LIFE_EVENT_EN.search(before):
            return True
        # a named person's degree (completed a master's in [2000]) or post held (From [2012 to 2016]
        # she was deputy director): the steps of a career, not what the document teaches
        of_someone = any(len(p) >= 2 and p in fig.sentence for p in people)
        if of_someone and _CAREER_MOVE.match(fig.sentence[fig.end :]):
            return True  # 作者沈某，…，2021年离开咨询行业后…: when someone changed jobs
        if _DEGREE_NOTE.match(fig.sentence):
            return True  # Part-time PhD in human factors at Strathclyde, 2013 to 2017: a bio note
        return of_someone and bool(_DEGREE.search(fig.sentence) or _POST_HELD.search(fig.sentence))
    return False


# the degrees a career names, said anywhere in a named person's sentence (completed a master's in
# 2000) or opening a bio note (Part-time PhD …, 2013 to 2017); the short ones (MA, BA) only open one
_DEGREES_EN = r"master['’]?s|doctorate|ph\.?d|bachelor['’]?s"
_DEGREES_ZH = r"博士|硕士"
_DEGREE = re.compile(rf"\b(?:graduat\w*|degree|diploma|{_DEGREES_EN})\b|毕业|学位|学士|{_DEGREES_ZH}", re.I)
_CAREER_MOVE = re.compile(
    r"^\s*年?\s*(?:\d{1,2}\s*月)?\s*(?:从[^，,。]{1,8})?(?:离开|加入|回国|回乡|返乡|退役|下海|转行|跳槽|辞职)"
)
_DEGREE_NOTE = re.compile(
    rf"^\s*(?:(?:part|full)[- ]time\s+)?(?:{_DEGREES_EN}|DPhil|MSc|MBA|MA|BA|BSc)\b"
    rf"|^\s*(?:本科|读研|读博|{_DEGREES_ZH})",
    re.I,
)
_POST_HELD = re.compile(
    r"\b(?:was|served as|worked as|became)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:director|head|chair|manager|professor|editor|curator|lecturer|president|officer|deputy|dean)\b",
    re.I,
)
_YEARS_SPAN = re.compile(r"(?:from\s+)?(?:1[5-9]|20)\d\d\s*(?:to|until|–|-|—)\s*(?:1[5-9]|20)\d\d", re.I)


# A span of time is a rule or a finding when the sentence measures by it (每周只练20分钟, 至少要
# 三个月, 两年内, 平均90秒, at least one per 90 minutes, within six weeks); otherwise a span under a
# year tells how long a story took (讲了整整半个小时, 花了将近二十分钟, a 30-minute review): judges
# kept under a third of those.
_MEASURED_TIME = re.compile(
    r"每[天周月年晚次人个]|至少|最少|最多|不超过|不少于|以内|之内|以上|满|只花|只用|仅用|就完成|平均|"
    r"\b(?:per|each|every|a day|a week|a month|a year|at least|at most|within|no more than|up to|only|"
    r"minimum|maximum|average|on average)\b",
    re.I,
)


_SHORT_TIME = re.compile(
    r"秒|分钟|小时|钟头|天|日|周|星期|个月|second|minute|min\b|hour|day|week|month", re.I
)


# When the sources were donated, archived or scanned (于1903年捐给市档案馆, catalogued in 2016): the
# papers' later life, not the history they record.
_ARCHIVED = re.compile(
    r"档案馆|档案室|捐给|捐赠|馆藏|扫描|数字化|归档|\b(?:archive[sd]?|catalogu(?:ed|ing)|digiti[sz](?:ed|ing)|donated)\b",
    re.I,
)


def archived(fig: Figure) -> bool:
    return fig.kind in {"year", "date"} and bool(_ARCHIVED.search(fig.sentence))


# Hollis v Marsh Quarry Ltd [1971] 2 QB 410, Orme v Dale [2009] UKHL 7, （2017）某刑终151号: the
# year a case's citation carries, which files the report and says nothing of the rule (judges kept 3 of
# 13); a case's name before it (Vane v Ostrow (1947), …) makes it one whatever follows (0 of 4 kept)
_CASE_NAME_BEFORE = re.compile(r"\S\s+v\.?\s+[A-Z][^\[\]()]{0,80}[\[(]\s*$")
_LAW_REPORT_AFTER = re.compile(r"^\s*[\])]\s*(?:\d+\s+)?[A-Z][A-Za-z.]{0,6}\s+\d+")
_CASE_NUMBER_AFTER = re.compile(r"^\s*[）)]\s*[\u4e00-\u9fff]{1,8}\d+\s*号")


def case_citation_year(fig: Figure) -> bool:
    if fig.kind not in {"year", "date"}:
        return False
    before, after = fig.sentence[: fig.start], fig.sentence[fig.end :]
    # (a year in square brackets before a report's letters and page is one however the case is named)
    named = _CASE_NAME_BEFORE.search(before)
    english = named or (before.rstrip().endswith("[") and _LAW_REPORT_AFTER.match(after))
    return bool(english or (before.rstrip().endswith(("（", "(")) and _CASE_NUMBER_AFTER.match(after)))


def passing_time(fig: Figure) -> bool:
    """Whether a span of time under a year only tells how long something in the story took (years
    are kept: 用了二十多年写成, the excavation went on for seven years, are history)."""
    if fig.kind != "duration" or not _SHORT_TIME.search(fig.text):
        return False
    within = fig.text.endswith("内") or fig.sentence[fig.end : fig.end + 1] in {"内", "里"}
    # the measuring words next to the span (每周只练20分钟, at least 3 weeks), not anywhere in its
    # sentence: 做了4周…后，评分平均降了2.1分 measures the score, and the 4 weeks only say how long
    reach = MEASURE_REACH if re.search(r"[\u4e00-\u9fff]", fig.sentence) else MEASURE_REACH_EN
    near = fig.sentence[max(0, fig.start - reach) : fig.end + reach]
    return not (within or _MEASURED_TIME.search(near))


MEASURE_REACH = 12  # characters either side of a span where the words measuring by it stand
MEASURE_REACH_EN = 30  # (English words are longer)


# A span that only moves the story on (Five years on, …; 三年后，…): when the next thing happened.
_IN_A_CLAUSE = r"(?:[^,.;]|(?<=\d)[,.](?=\d))"  # (a number's comma or point is no clause's end)
_MOVES_ON = re.compile(
    # (Six years and a few hundred batches later, …: the span with what else piled up in it)
    rf"^\s*(?:之后|以后|后|过去了?|(?:\s+and\s+{_IN_A_CLAUSE}{{1,50}}?\s+)?(?:later|on|afterwards))\s*[，,]",
    re.I,
)
# …and what piled up in the while is story time as well: [a few hundred batches] in that opening
_SPAN_AND_BEFORE = re.compile(
    r"^\W{0,2}[\w-]+(?:\s+[\w-]+)?\s+(?:years?|months?|weeks?|days?|decades?)\s+and\s+(?:\w+\s+)?$", re.I
)
_LATER_AFTER = re.compile(rf"^{_IN_A_CLAUSE}{{0,40}}?\s+(?:later|on|afterwards)\s*,", re.I)
# What a book is made of (312 pages; 书的结构：一共 7 章，约 32 万字): its format, not what it teaches.
# A length a sentence gives as part of what a work is (全书约7000字，是第一部…) may be worth knowing.
_PAGES = re.compile(r"页$|\b(?:pages?|pp)$", re.I)
_BOOK_PART = re.compile(r"(?:章|页|万?字)$|\b(?:chapters?|pages?|pp|words)$", re.I)
_BOOK = re.compile(r"书|\b(?:book|volume)\b", re.I)
_BOOK_FORMAT = re.compile(r"结构|目录|附录|\b(?:structure|appendix|appendices|contents)\b", re.I)


# the 2021 Fenwick Stormwater Atlas, the 2019 Tidewater Summit: a year that is part of a
# name (an edition, a report, an event) names the thing; it is no date the text teaches
_NAME_AFTER_YEAR = re.compile(r"^\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+\b")
_ARTICLE_BEFORE_YEAR = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.I)


def year_in_a_name(fig: Figure) -> bool:
    before, after = fig.sentence[: fig.start], fig.sentence[fig.end :]
    return (
        fig.kind == "year"
        and bool(_ARTICLE_BEFORE_YEAR.search(before))
        and bool(_NAME_AFTER_YEAR.match(after))
    )


# 到2022年，留在县里的只有9人; As of 2023, 40% of…: the date a statement holds at, when the
# sentence's figures are what it states
_AS_OF_BEFORE = re.compile(r"(?:^|[，,；;]\s*)(?:到了?|截至|截止到?|直到)\s*$|\b(?:[Aa]s of|[Bb]y)\s+$")


def as_of_year(fig: Figure) -> bool:
    if fig.kind not in {"year", "date"} or not _AS_OF_BEFORE.search(fig.sentence[: fig.start]):
        return False
    after = fig.sentence[fig.end :]
    if not re.match(r"\s*(?:年|底|末|年底|年末)?\s*[，,]", after):
        return False
    return any(s.kind not in {"year", "date", "bare"} for s in scan(after))


# 小插曲：1986年有个骑行团…; Side note: the crew spent 3 weeks…: what the notes themselves call a
# digression gives no figure to learn
_DIGRESSION = re.compile(
    r"^\s*(?:[(（]\s*)?(?:小插曲|插曲|题外话|花絮|八卦|彩蛋|趣闻|冷知识|顺便一提|顺带一提|"
    r"side ?note|aside|tangent|fun fact|trivia|random|unrelated|btw|by the way)\s*[:：,，)）]",
    re.I,
)


def digression(fig: Figure) -> bool:
    return bool(_DIGRESSION.match(fig.sentence))


# Tickets £14 adult; the catalogue (£22); 周末课程每人 240 元; members $145; 会费 50 元: what a visitor or a
# student pays to get in, to learn or to take home, a line of the visit's logistics, not of its subject
_PRICE_PAID = re.compile(
    r"\b(?:tickets?|admission|entry fee|entrance fee|catalogue|catalog|postcard|souvenir|gift shop|"
    r"parking|non-members?|members|concessions?|course|courses|class|classes|workshop|workshops|"
    # £6 entry, subs are due: £12 single, membership £20 a year: what getting in or belonging costs
    r"entry|subs|subscriptions?|membership|dues|"
    # the kitty, a bus fare, a night's lodging, a bottle of water: what the day out cost its writer
    r"kitty|petty cash|fares?|taxi|cab|lodging|hostel|B&B|bottle of water)\b"
    r"|门票|票价|学费|报名费|课程|网课|线上课|体验课|会员价|纪念品|停车费|周边|会费|年费|入场费"
    r"|车票|车费|索道|打车|出租车|矿泉水|住宿|民宿|房费|餐费|饭钱",
    re.I,
)


def price_paid(fig: Figure) -> bool:
    # (车票30块: among prices, 块 is yuan, not the measure word the scanner reads it as)
    priced = fig.kind == "money" or (fig.kind == "count" and fig.text.rstrip().endswith("块"))
    return priced and bool(_PRICE_PAID.search(fig.sentence))


def story_time(fig: Figure) -> bool:
    """A span opening its sentence that says how much later the next thing happened, and a count
    piled up in the same while (Six years and [4,000 loaves] later, …)."""
    before, after = fig.sentence[: fig.start], fig.sentence[fig.end :]
    if _SPAN_AND_BEFORE.match(before) and _LATER_AFTER.match(after):
        return True
    return fig.kind == "duration" and len(before.strip()) <= 2 and bool(_MOVES_ON.match(after))


# A span that frames what the sentence states (过去二十年，…; 近五年来; over the last twelve years):
# the time the statement covers, not the fact; judges kept 3 of 17.
_OPENS_CLAUSE = r"(?:^|[，,；;：:])\s*(?:[而但]\s*)?(?:在\s*)?"
_FRAMING_BEFORE_ZH = re.compile(_OPENS_CLAUSE + r"(?:过去|最近|未来|今后|接下来)(?:的)?\s*$")
_FRAMING_BEFORE_EN = re.compile(r"\b(?:the\s+)?(?:last|past|next|coming)\s+$", re.I)
_CLAUSE_OPENS = re.compile(_OPENS_CLAUSE + "$")


# …三年CAGR约9.9%; a 10-year average return of 6%: the window a rate is taken over, which the rate
# after it states
_WINDOW_OF_RATE = re.compile(
    r"^\s*(?:的\s*)?(?:CAGR|年?复合(?:年)?增长率?|年均(?:增长|增速|复合)|平均(?:增长|增速|增幅|回报|收益|涨幅)"
    r"|(?:滚动|移动)平均|(?:rolling\s+|moving\s+)?average\b|compound(?:ed)?\s+annual\b|annuali[sz]ed\b)",
    re.I,
)


def framing_span(fig: Figure) -> bool:
    if fig.kind != "duration":
        return False
    if _WINDOW_OF_RATE.match(fig.sentence[fig.end :]):
        return True
    before = fig.sentence[: fig.start]
    if fig.text.startswith("近") and _CLAUSE_OPENS.search(before):
        return True  # 近五年来，…; not 用了近五年
    return bool(_FRAMING_BEFORE_ZH.search(before) or _FRAMING_BEFORE_EN.search(before))


# A clock time before the figure sets a scene (凌晨两点，一家不到40平方米的小店…; By late afternoon
# she has filled fourteen jars): the figures of a scene are its details; judges kept none of 7.
_CLOCK = re.compile(
    r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|深夜)\s*[一二三四五六七八九十两\d]{1,3}\s*点"
    r"|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b"
    r"|\b(?:by|at|around|in the)\s+(?:late\s+|early\s+|mid-?)?"
    r"(?:morning|afternoon|evening|dawn|dusk|noon|midnight)\b",
    re.I,
)


def scene_detail(fig: Figure) -> bool:
    return fig.kind not in _WHEN and bool(_CLOCK.search(fig.sentence[: fig.start]))


# The size of one object described (直径约18厘米，背面…; 高132厘米; a dial 30 cm across; a sensor
# buried 20 cm deep): a catalogue's detail, not a fact to learn, unless the sentence makes it one
# (the deepest, as deep as, which shows…, at least: a requirement). Judges kept none of 9.
_DIMENSION_ZH = re.compile(
    r"(?:直径|口径|盖径|底径|腹径|(?<![提升增抬拔加降调])高|(?<![增成生延拉加])长|宽|(?<![加])厚|(?<![体严加贵])重"
    r"|(?<![加])深|海拔|高度|长度|宽度|厚度|重量)\s*(?:约|大约|近|有)?\s*$"
)
_DIMENSION_EN = re.compile(
    r"^\s*(?:tall|high|wide|long|deep|across|thick|in diameter|in length|in height)\b", re.I
)
_MEASURES_EN = re.compile(
    r"\b(?:measures|measuring|weighs|weighing|stands|sits)\s+(?:about |roughly |some )?$", re.I
)
_SIZE_UNITS = frozenset(
    words(
        "厘米 毫米 公分 米 千克 公斤 克 吨 cm mm m km kg g metre metres meter meters inch inches foot "
        "feet ft tonne tonnes ton tons kilogram kilograms gram grams"
    )
)
_MADE_A_FACT = re.compile(
    r"最|之一|纪录|可达|说明|意味|相当于|超过|至少|不低于|不超过|必须|要求"
    r"|\b(?:(?:deep|tall|high|long|wid|larg|heav|small|bigg|thick|thinn|old|light|short)est|record|than"
    r"|as \w+ as|shows?|at least|at most|must|has to|have to|needs? to)\b",
    re.I,
)


def object_size(fig: Figure) -> bool:
    if fig.kind not in {"count", "range"} or fig.unit.strip().rstrip(".").lower() not in _SIZE_UNITS:
        return False
    before, after = fig.sentence[: fig.start], fig.sentence[fig.end :]
    sized = _DIMENSION_ZH.search(before) or _DIMENSION_EN.match(after) or _MEASURES_EN.search(before)
    return bool(sized) and not _MADE_A_FACT.search(fig.sentence)


# How long a piece of writing is (这篇长文约八千字, 写 800 字说明, 用了十五页讲…, 4,000 words): the
# text's size, not what it says. Judges kept none of 6. (A whole book's length, 全书…约7000字, is a
# fact about the work.)
def text_length(fig: Figure) -> bool:
    unit = fig.unit.strip()
    if fig.kind != "count" or unit not in {"字", "页", "words", "word"}:
        return False
    return unit == "页" or not _WHOLE_BOOK.search(fig.sentence[: fig.start])


_WHOLE_BOOK = re.compile(r"全书|整本书|\bthe (?:whole|entire) book\b|\bthe book (?:runs|is)\b", re.I)


# How many people or places a survey, an interview round or an inspection covered (随机采访了二十多位
# 家长, 问卷覆盖了约2.3万名学生, 共抽查药店180家, surveyed 1,400 commuters): its method, not its finding.
_SAMPLED_ZH = re.compile(
    r"(?:采访|访谈|访问|走访|调查|调研|询问|覆盖|检查|抽查|抽检|抽样|追踪|跟踪)(?:了|过)?"
    r"[\u4e00-\u9fff]{0,4}?\s*(?:约|近|超过|共|一共|总共)?\s*$"
    r"|样本(?:量|数)?(?:是|为|有|共)?\s*(?:约|近|超过|共)?\s*$"  # 样本是[2,400个]在职的人
)
_SAMPLED_EN = re.compile(
    r"\b(?:surveyed|interviewed|polled|sampled|questioned|inspected|recruited|tracked|followed|studied|"
    r"monitored|enrolled|observed)\s+"
    r"(?:more than |over |about |nearly |almost |around |some |roughly )?$",
    re.I,
)


# … or the sample the figure itself counts (412 households kept a diary, 212 participants in…):
# judges kept 2 in 9, asking for the finding instead
_SAMPLE_UNIT = re.compile(
    r"\b(?:participants|households|respondents|subjects|volunteers|adults|customers)$", re.I
)


def sample_size(fig: Figure) -> bool:
    if fig.kind != "count":
        return False
    before = fig.sentence[: fig.start]
    sampled = _SAMPLED_ZH.search(before) or _SAMPLED_EN.search(before)
    # In the commuter study, [412 drivers] were offered…: who a study named before it counted
    unit = fig.text.rstrip(".。 ")
    studied = _A_STUDY_EN.search(before) and (
        _PEOPLE_COUNTED_EN.search(unit)
        or (_PLACES_COUNTED_EN.search(unit) and _SPREAD_OVER_EN.search(before))
    )
    after = fig.sentence[fig.end :]
    assigned = _ASSIGNED.match(after) or _ASSIGNED_TO.search(before)
    return bool(sampled or studied or _SAMPLE_UNIT.search(unit) or assigned)


# … or the subjects an experiment counts before it splits them ([84名]新人随机分成两组, [60名]被试
# 先听…, [60 students] were randomly assigned to…): the design, not the finding
_ASSIGNED = re.compile(
    r"\s*(?:(?:名|位|个)?(?:被试|受试者|实验对象)"
    r"|[\u4e00-\u9fff]{0,6}?(?:被|都|再)?随机(?:分|地分|分配|安排)"
    r"|[\u4e00-\u9fff]{1,6}?的[\u4e00-\u9fff]{0,4}?(?:研究|调查|实验|调研|访谈|问卷)"  # [540名]学生的追踪调查
    r"|(?:[A-Za-z-]+\s+){0,3}(?:were|was)\s+(?:then\s+)?(?:randomly|randomised|randomized)\b)",
    re.I,
)
# … and the arms it splits them into (随机分成[两组], randomly assigned to [two groups])
_ASSIGNED_TO = re.compile(
    r"随机(?:地)?(?:分|分配|安排)(?:为|成|到)?\s*$|\brandom(?:ly|ised|ized)\s+(?:assigned|allocated|split|divided)"
    r"\s+(?:in)?to\s+$",
    re.I,
)


# a study named or cited (Hadley & Voss (2016) — [312 undergraduates]…, Reyes et al.)
_A_STUDY_EN = re.compile(
    r"\b(?:study|survey|trial|experiment|cohort|poll|sample)\b|\(\d{4}\)|\bet al\b", re.I
)
_PEOPLE_COUNTED_EN = re.compile(
    r"\b(?:people|drivers|workers|nurses|doctors|patients|students|undergraduates|pupils|teachers|employees|freelancers|"
    r"commuters|pickers|parents|children|teens|women|men|residents|users|shoppers|farmers|families|"
    r"undergrads|grads|kids|infants|toddlers|athletes|runners|smokers|couples|twins|veterans|"
    r"teams|companies|firms|startups|organi[sz]ations|managers|engineers|developers)$",
    re.I,
)


# a study of 3 charities with staff in [11 countries], a survey across [40 schools]: the places a study
# spans, its reach rather than its finding
_PLACES_COUNTED_EN = re.compile(
    r"\b(?:countries|sites|schools|hospitals|clinics|cities|towns|villages|regions|states|campuses|wards)$",
    re.I,
)
_SPREAD_OVER_EN = re.compile(r"\b(?:in|across|from|at|over)\s+(?:~|about\s+|around\s+|some\s+)?$", re.I)


def book_format(fig: Figure) -> bool:
    """How many chapters, pages or words a book has."""
    unit = fig.text.rstrip(".。 ")
    if _PAGES.search(unit):
        return bool(_BOOK.search(fig.sentence) or _BOOK_FORMAT.search(fig.sentence))
    return bool(_BOOK_PART.search(unit) and _BOOK_FORMAT.search(fig.sentence))


# up ~3.4x [since 2009]; 41% of the shops fell [below $2M]; 开业头[两个月]: the
# point another figure of the sentence is measured from, the bar it is measured against, the time
# it took: the learner recalls the measure, and its reference is the question's context
_REFERENCE_BEFORE = re.compile(
    r"\b(?:since|within|below|above|under|in\s+the\s+first|during\s+the\s+first|the\s+first)\s+"
    r"(?:~|about\s+|around\s+|roughly\s+)?$"
    r"|(?:自|自从|从|头|最初|低于|高于|以内)\s*$",
    re.I,
)


def reference_point(fig: Figure, sentence_figures: Sequence[Figure]) -> bool:
    """Whether `fig` is what another figure of its sentence is measured from or against."""
    if not _REFERENCE_BEFORE.search(fig.sentence[: fig.start]):
        return False
    return any(
        other is not fig
        and _tier(other) <= _tier(fig)
        and not _REFERENCE_BEFORE.search(other.sentence[: other.start])
        for other in sentence_figures
    )


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    figures = [f for f in facts if isinstance(f, Figure)]
    if not figures or numbers_made_up(doc):
        return []  # 案例数字全为编造，只考逻辑: the case's numbers are no facts to learn
    ctx = _context(doc)
    pool = FigurePool(figures)
    bios = introductions(doc)
    in_sentence: dict[tuple[int, str], list[Figure]] = {}
    for fig in figures:
        in_sentence.setdefault((fig.source.line, fig.sentence), []).append(fig)
    asked = [
        f
        for f in figures
        if not any(
            (
                f.source.section in bios
                and _tier(f) > _AMOUNTS,  # an amount or a share is the firm's, not theirs
                incidental(f),
                biographical(f, ctx.names),
                passing_time(f),
                archived(f),
                case_citation_year(f),
                story_time(f),
                year_in_a_name(f),
                as_of_year(f),
                digression(f),
                price_paid(f),
                book_format(f),
                framing_span(f),
                scene_detail(f),
                sample_size(f),
                object_size(f),
                text_length(f),
                reference_point(f, in_sentence[(f.source.line, f.sentence)]),
            )
        )
    ]
    # In its sentence an amount, a share or a change says what happened; a count or a span of time
    # how much or how long of it; a year or a date when (2021年回访，空置率降到[9%]; 半年之内，时长从
    # 18 分钟涨到 31 分钟，涨幅[超过七成]): figures rank by that, and in order within it.
    tiers: dict[tuple[int, str], list[int]] = {}
    for fig in asked:
        counts = tiers.setdefault((fig.source.line, fig.sentence), [0] * len(_TIERS))
        counts[_tier(fig)] += 1
    before: dict[tuple[int, str, int], int] = {}
    out = []
    for fig in asked:
        place, tier = (fig.source.line, fig.sentence), _tier(fig)
        rank = before.get((*place, tier), 0) + sum(tiers[place][:tier])
        out += _drafts_for(doc, fig, pool, ctx, LATER * min(rank, 9))
        before[(*place, tier)] = before.get((*place, tier), 0) + 1
    return out + _example_drafts(doc, figures, ctx)


_WHEN = frozenset({"year", "date"})
_TIERS = (
    frozenset({"percent", "multiple", "share", "change"}),  # a rate says more than the sum it is of
    frozenset({"money", "range"}),
    frozenset({"count", "duration", "ratio"}),  # 1斤…20斤，两者之比是[1比20]: worked out as often as not
    _WHEN,
)


_AMOUNTS = 1  # the tiers up to here are amounts and shares, the rest counts, spans and dates


def _tier(fig: Figure) -> int:
    if fig.kind == "range" and _YEAR_RANGE.fullmatch(fig.text.strip()):
        return len(_TIERS) - 1  # 1916—1930 年: when the figures after it were counted
    return next((i for i, kinds in enumerate(_TIERS) if fig.kind in kinds), _AMOUNTS + 1)


_YEAR_RANGE = re.compile(r"(?:1[5-9]|20)\d\d\s*(?:[—–~-]|至|到|to)\s*(?:1[5-9]|20)\d\d\s*年?")
