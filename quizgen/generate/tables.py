"""Drafts for a table's cells (`Attribute`): what a row has in a column, asked by the row's name
(阿司匹林的作用机制是什么？, What is the erosion risk of strip tillage?), and the other way
round, by the value, among the table's other rows (哪种药物的作用机制是：…？). A look-up table's cell is
asked by the figure it is read against (置信水平为 95% 时，临界值 z 是多少？). The section the
table stands in is the question's context where its title is a short name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace

from quizgen.extract.outline import reads_as_clause
from quizgen.extract.tables import WH_HEADER_EN, names_an_amount
from quizgen.extract.text import normalize, quoted_zh
from quizgen.generate.draft import Draft, stable_order
from quizgen.generate.frameworks import heading_as_context
from quizgen.model import Attribute, Document, Fact, ItemType

SHORT_VALUE_EN = 6  # words of a value quoted inside the question rather than set after a colon
SHORT_SUBJECT_ZH = 2  # characters of a row's name that need the table's section to say what it is
MAX_KIND_ZH = 6  # characters of a first header that reads as the rows' kind (药物, 指标, 病原体类别)
_TIME_ZH = re.compile(r"(?:时间|年份|日期|年代|时期)$")
_HAS_DIGIT = re.compile(r"\d")
_A_CLASS = re.compile(
    r"(?:类别|分类|类型|种类|所属|归类)$|\b(?:type|category|class|kind|group|family)$", re.I
)
_A_QUESTION_WORD = re.compile(r"谁|什么|哪个|哪些|哪位|who|what|which", re.I)
_PEOPLE_COLUMN_ZH = re.compile(r"(?:者|负责人|主持人|创始人|代表人物|人物)$")  # 主持者, 提出者: asked 是谁
_PREPOSITION_ZH = re.compile(r"^(?:对于?|在|从|与|和|跟|向|于|给|为|被)")
# a section that is only the table's own label: 对比表, Summary table, Glossary say no more than it
_ONLY_A_TABLE = re.compile(
    r"^(?:对比表?|对照表|比较表?|表格?|总结表?|小结|汇总表?|一览表?|速查表?|名词解释|术语表|"
    r"(?:comparison|summary|overview|reference)(?:\s+table)?|at a glance|cheat\s*sheet|glossary|key terms"
    r"|table)$",
    re.I,
)


def drafts(doc: Document, facts: Sequence[Fact]) -> list[Draft]:
    cells = [f for f in facts if isinstance(f, Attribute)]
    out: list[Draft] = []
    for cell in cells:
        anchor = f"{doc.name}::{normalize(cell.subject)}::{normalize(cell.attribute)}"
        if question := _by_subject(cell, doc.language):
            out.append(_draft(doc, cell, anchor, "basic", question, cell.value, 2.0))
        if not (question := _by_value(cell, doc.language)):
            continue
        out.append(_draft(doc, cell, anchor, "reversed", question, cell.subject, 1.9))
        others = _rivals(cell, cells)
        if len(others) >= 3:
            ranked = sorted(others, key=lambda o: hashlib.sha1(f"{anchor}\x1f{o}".encode()).hexdigest())
            choices = stable_order(cell.subject, ranked[:3], anchor)
            out.append(_draft(doc, cell, anchor, "choice", question, cell.subject, 1.1, choices))
    return out


def _draft(
    doc: Document,
    cell: Attribute,
    anchor: str,
    form: ItemType,
    question: str,
    answer: str,
    score: float,
    choices: tuple[str, ...] = (),
) -> Draft:
    return Draft(
        kind="attribute",
        type=form,
        anchor=anchor,
        question=question,
        answer=answer,
        explanation=_explanation(cell, doc.language),
        source=cell.source,
        fact=f"table::{anchor}",
        score=score,
        choices=choices,
    )


def _explanation(cell: Attribute, language: str) -> str:
    return (
        f"{cell.subject}：{cell.attribute}：{cell.value}"
        if language == "zh"
        else f"{cell.subject} — {cell.attribute}: {cell.value}"
    )


def _rivals(cell: Attribute, cells: list[Attribute]) -> list[str]:
    """The other rows of the same table and column: the same kind of name as the answer."""
    out: list[str] = []
    for other in cells:
        same_column = other.source.section == cell.source.section and other.attribute == cell.attribute
        if same_column and other.subject != cell.subject and other.subject not in out:
            out.append(other.subject)
    return out


def _context(cell: Attribute, language: str) -> str:
    """在“常用降糖药”中，/ In "Field preparation", : the section a table stands under, when its
    title is a short name that the question does not already say."""
    # (在“常见症状（按年龄）”中，儿童的常见症状…: the heading is the column's own name)
    title = heading_as_context(cell.context, cell.subject, cell.attribute)
    if (
        not title
        or _ONLY_A_TABLE.match(title)
        or normalize(title) in normalize(cell.kind)
        or reads_as_clause(title, language)  # type: ignore[arg-type]
    ):
        return ""  # 置信水平 over 置信水平 | 临界值
    return f"在{quoted_zh(title)}中，" if language == "zh" else f'In "{title}", '


def _by_subject(cell: Attribute, language: str) -> str:
    context = _context(cell, language)
    if language == "zh" and not context and _a_grade_zh(cell.subject):
        return ""  # 高效的代表药是什么？: a grade alone, whose table the stem does not name
    if language == "zh":
        if cell.lookup:
            kind = cell.kind or "取值"
            conditions = f"（{cell.conditions}）" if cell.conditions else ""
            return f"{context}{kind}为{cell.subject}时{conditions}，{cell.attribute}是多少？"
        ask = (
            "什么时候"
            if _TIME_ZH.search(cell.attribute)
            else "谁"
            if _PEOPLE_COLUMN_ZH.search(cell.attribute)
            else "多少"
            if _amount_zh(cell)
            else "什么"
        )
        return f"{context}{cell.subject}{_of_zh(cell.attribute)}{cell.attribute}是{ask}？"
    attribute = _lower(cell.attribute)
    if cell.lookup:
        kind = _lower(cell.kind) if cell.kind else "value"
        conditions = f" ({cell.conditions})" if cell.conditions else ""
        return _opened(
            context,
            f"when {_the(kind)}{kind} is {cell.subject}{conditions}, what is {_the(attribute)}{attribute}?",
        )
    wh = WH_HEADER_EN.match(cell.attribute)
    if wh:
        return _opened(context, f"{wh['wh'].lower()} does {cell.subject} {wh['verb']}?")
    preposition = "of" if cell.kind else "for"  # a table of columns: the erosion risk for the county
    return _opened(context, f"what is the {attribute} {preposition} {cell.subject}?")


def _by_value(cell: Attribute, language: str) -> str:
    """The value, asking which row has it; "" where the value names its row, is a figure, or the
    header is a question of its own."""
    if cell.lookup or _HAS_DIGIT.search(cell.value) or normalize(cell.subject) in normalize(cell.value):
        return ""
    if not cell.kind or _A_CLASS.search(cell.attribute):
        # a table of columns names no kind, and a class has many members: which is a guess
        return ""
    if _A_QUESTION_WORD.fullmatch(cell.kind.strip()):
        return ""  # | 谁 | 原因 |: a first header that asks (谁, What) names no kind to ask "which" of
    context = _context(cell, language)
    cell = replace(cell, value=cell.value.rstrip("?？ "))  # a value that asks: one question mark, the card's
    if language == "zh":
        kind = cell.kind if len(cell.kind) <= MAX_KIND_ZH else "一项"
        which = f"哪{kind}" if kind.startswith("一") else f"哪个{kind}"
        return f"{context}{which}{_of_zh(cell.attribute)}{cell.attribute}是：{cell.value}？"
    if WH_HEADER_EN.match(cell.attribute) or len(cell.kind.split()) > 2:
        return ""  # How it works: no value answers "which strategy's how it works is"
    value = f" “{cell.value}”" if len(cell.value.split()) <= SHORT_VALUE_EN else f": {cell.value}"
    return _opened(context, f"which {_lower(cell.kind)}'s {_lower(cell.attribute)} is{value}?")


def _a_grade_zh(subject: str) -> bool:
    """Whether a row's name is a grade or a kind word of two characters (高效, 慢性, 轻度), which says
    what it is only beside its table's name."""
    import jieba.posseg

    if len(subject) > SHORT_SUBJECT_ZH:
        return False
    words = jieba.posseg.lcut(subject)
    return len(words) == 1 and words[0].flag in {"a", "b", "d", "ad", "z"}


def _of_zh(attribute: str) -> str:
    """的 between a row and its column's header, unless the header opens with a preposition or has a
    的 of its own (中层对噪声的敏感度, 甲法最关键的前提; not 中层的对噪声的…, 甲法的最关键的…)."""
    return "" if _PREPOSITION_ZH.match(attribute) or "的" in attribute else "的"


def _amount_zh(cell: Attribute) -> bool:
    """An amount's header over a figure: asked 多少, not 什么."""
    return names_an_amount(cell.attribute, zh=True) and bool(_HAS_DIGIT.search(cell.value))


def _lower(header: str) -> str:
    """A header inside a sentence: `Erosion risk` -> `erosion risk`, an acronym (RTO, Sy) as written."""
    first, _, rest = header.strip().partition(" ")
    if len(first) > 1 and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


def _the(header: str) -> str:
    """The article before a header in a sentence; none before a symbol (when d is 0.8, what is n per
    group?), which "the" would read as a word."""
    first = header.split(" ", 1)[0]
    return "" if len(first) <= 2 and first.isalpha() and first.islower() else "the "


def _opened(context: str, question: str) -> str:
    """The question after its context, or capitalised where it opens the line."""
    return f"{context}{question}" if context else question[0].upper() + question[1:]
