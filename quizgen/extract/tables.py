"""What a table states: each row's name and what each column says of it. A column that defines its
row (Term | Definition, 指标 | 定义) gives a `Framework` per row, the others an `Attribute` per
cell. A table of columns (an empty first header, or 维度/Aspect over the rows) is read the other
way round: each column is a subject, each row an attribute of it; its figures are the compared
cases' data and are left out.

Left out: the note-taker's columns (备注, My notes, Example), a cell that repeats in its column
(Yes, Low, ✓: no cell of its own), a bare number outside a look-up table (the header holds its
unit, and a row of a firm's figures is data, not a fact to learn), and a table keyed by dates (a
timeline's events are clauses without their subject).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from quizgen.extract.lexicon import words
from quizgen.extract.personal import past_form
from quizgen.model import Attribute, Document, Fact, Framework, Source, Table, TableRow

# a header that says its column defines the row's term
_DEFINES_ZH = re.compile(r"^(?:定义|含义|释义|解释|意思|意义|概念|说明|描述|简介|介绍|是什么|一句话解释)$")
_DEFINES_EN = frozenset(
    ["definition", "meaning", "what it is", "what it means", "description", "explanation", "gloss",
     "in plain words", "in plain english", "defined as", "describes"]
)  # fmt: skip
# a header over the note-taker's own column, or over examples and pointers
_ASIDE_ZH = re.compile(
    r"备注|注释|^注$|笔记|我的|心得|感想|评论|吐槽|例子|举例|示例|^例$|出处|来源|页码|^页$|链接|口诀|记忆|易错|状态|打分"
)
_ASIDE_EN = frozenset(
    words("note notes my remark remarks comment comments example examples e.g. eg source sources page pages "
          "link links ref refs reference references status tip tips mnemonic thoughts rating score")
)  # fmt: skip
# a header that names someone: where he would use it is his judgement, not the row's
_PERSON_EN = frozenset(words("i me my she he her his they their we our you your"))
_SOMEONE_ZH = re.compile(r"[我他她你]")
# the first header of a table of columns: the rows are aspects, the columns what is compared
_ASPECTS_ZH = re.compile(r"^(?:维度|方面|对比项|对比维度|比较项|比较维度|对比点|比较点|指标对比)$")
_ASPECTS_EN = frozenset(["aspect", "aspects", "dimension", "dimensions", "feature", "features", "criterion",
                         "criteria", "compared", "comparison"])  # fmt: skip
_TIME_ZH = re.compile(r"^(?:时间|年份|年代|日期|年|时期|阶段时间)$")
_TIME_EN = frozenset(["year", "date", "when", "time", "period", "era", "decade"])
_YEAR = re.compile(r"^(?:公元前?|约|c\.\s?|ca\.\s?)?\d{3,4}\s*(?:年|s)?(?:\s*[—–-]\s*\d{2,4}\s*年?)?$")
# a bare number: a count, a percentage, a range of them, signed or approximate; no unit of its own
_BARE_NUMBER = re.compile(r"^[~≈约<>≥≤+\-\u2212±]?\s*\d[\d.,]*\s*%?(?:\s*[~\uff5e—–-]\s*\d[\d.,]*\s*%?)?$")
_DIGIT = re.compile(r"\d")
_OPENS_ON_A_FIGURE = re.compile(r"^[~≈约<>≥≤+\-\u2212±¥$€£]?\s*\d")
# words for an amount: a column of figures under them is what each row costs or measures
_AMOUNT_ZH = re.compile(
    r"(?:率|比|比例|占比|数|额|量|剂量|用量|费|费用|价|价格|成本|金额|系数|值|规模|人数|天数|温度|时长|期限|年限|寿命|"
    r"半衰期|上限|下限)$"
)
_AMOUNT_EN = frozenset(
    words("cost price rate dose dosage share percentage temperature fee fees threshold limit")
)
# R, A/R, C (I had I): the letters of a responsibility matrix or a grade, with a note after them
_LETTER_CODES = re.compile(r"^\*?[A-Z](?:\s*[/,+]\s*[A-Z])*\b\*?(?:\s*[（(].*[）)])?\*?$")
# a table restating the document's sections: 主题 | 要点, Part | Key idea
_SECTIONS_RESTATED = re.compile(
    r"^(?:主题|部分|章节|环节|模块|板块|part|section|topic|chapter|module|session|week|lecture|unit)s?$", re.I
)
# a row's number or code (D1, A2, #3, 12, b): it numbers the rows, it names nothing
_CODE = re.compile(r"^(?:#?\d{1,3}\.?|[A-Za-z]{1,3}-?\d{1,3}|[a-z]\)?)$")
# a first header that may head either the rows' names or the compared aspects (项目 | 定金 | 押金)
_PERHAPS_ASPECTS = re.compile(
    r"^(?:项目|比较项目|对比项目|比较内容|特征|要素|item|items|property|attribute|factor)$", re.I
)
# the head nouns of a header that names a property of its row, asked as what the row has (主要作用,
# 适用人群, 代表作, Key premise, Main output): judges rejected most cells asked under any other
# header (Source, 答的是什么, 适合, Our pick, Price) as glued or trivial
_PROPERTY_HEAD_ZH = re.compile(
    r"(?:作用|机制|特点|特征|特性|属性|用途|场景|任务|标准|要求|要点|条件|原理|原因|结果|影响|效果|优点|缺点|优势|劣势|"
    r"风险|假设|输入|输出|方法|方式|手段|目的|目标|依据|性质|地位|意义|部位|靶点|症状|表现|反应|适应证|适应症|禁忌证?|"
    r"局限|弱点|核心|重点|难点|思想|理念|观点|主张|贡献|成果|范围|对象|定位|策略|做法|步骤|功能|敏感度|精度|"
    r"复杂度|诊断|前提|时间|年份|年代|时期|阶段|者|人物|作品|成分|药|代表|治疗|措施|对策|税基|方向|类别|分类|类型)$"
)
_PROPERTY_HEADS_EN = frozenset(
    words("assumption diagnostic weakness strength validity risk purpose use role function mechanism "
          "effect cause symptom treatment feature advantage disadvantage limitation goal output input "
          "trigger benefit drawback principle idea focus approach method criterion criteria condition "
          "requirement result outcome impact origin premise target contribution argument claim thesis "
          "property behaviour behavior complexity accuracy precision date year period founder author "
          "inventor leader type category class stage phase question works matters")
)  # fmt: skip
_VERSUS = re.compile(r"\bvs\.?\b|\bversus\b|对比|相比", re.I)
_ASKS_ZH = re.compile(r"^(?:何|如何|是否|怎么|怎样|多少|哪|什么|为什么|为何|能否|有无|有没有)")
_WH_EN = frozenset(words("what which who whom whose when where why how whether does do is are can"))
# How it works, Why it matters: a header that is a question about its row, with its verb
WH_HEADER_EN = re.compile(r"^(?P<wh>how|why|when|where) it (?P<verb>[a-z]+?)s$", re.I)
_PREPOSITIONS_EN = frozenset(words("by for of in on at to with from into per about against via"))
MAX_HEADER_ZH = 8  # characters of a header a question can name
MAX_HEADER_EN = 4  # words
_EMPTY = frozenset(
    ["", "-", "—", "–", "/", "?", "？", "n/a", "na", "none", "无", "暂无", "略", "同上", "…", "..."]
)
# what a syllabus asks of a row (了解即可, 重点掌握, optional): the note-taker's mark, not the row's fact
_STUDY_MARK = re.compile(
    r"(?:重点|熟练|一般)?(?:了解|掌握|熟悉|理解|识记|熟记)(?:即可|就行|就好)?|重点|难点|考点|必考|常考|选学|自学|不考"
    r"|(?:must|need to|just)\s+know|know(?:\s+it)?|skip|optional|(?:not\s+)?examinable|not\s+examined",
    re.I,
)
_AFTERWORD = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")  # 适应证（新版）, No-till (direct drilling)
# the line over a look-up table, ending on its colon, whose aside says what every row holds under:
# Sample sizes (two-tailed, p < .05): / 样本量（双侧检验，p<0.05）：
_CAPTION_CONDITIONS = re.compile(r"[（(]([^（）()]{3,80})[）)]\s*[:：]?\s*\**\s*$")
_SPLIT_HEADER = re.compile(r"\s*(?:/|\uff0f|、|&|\uff06)\s*")
MAX_SUBJECT = {"zh": 16, "en": 48}  # characters of a row's name worth asking about
MAX_VALUE = {"zh": 80, "en": 200}  # characters of a cell an answer may hold


def extract(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    for table in doc.tables:
        if len(table.header) >= 2 and table.rows:
            facts.extend(_facts(doc, table))
    return facts


def _facts(doc: Document, table: Table) -> list[Fact]:
    zh = doc.language == "zh"
    if _mostly(table, 0, lambda c: bool(_CODE.match(c))) and len(table.header) > 2:
        # # | Decision | Owner, 序号 | 名称 | 说明: the codes number the rows, the next column names them
        table = Table(
            table.header[1:],
            tuple(TableRow(r.cells[1:], r.line) for r in table.rows),
            table.line,
            table.section,
        )
    key = _plain(table.header[0])
    if _SECTIONS_RESTATED.match(key):
        return []  # 主题 | 要点, Part | Key idea: a summary of the document's own sections
    if _is_aspect(key, zh) or (
        _PERHAPS_ASPECTS.match(key) and not any(_names_an_attribute(h, zh) for h in table.header[1:])
    ):
        return _by_column(doc, table)
    if _is_time(key, zh) or _mostly(table, 0, lambda c: bool(_YEAR.match(c))):
        return []  # a timeline: 1901 | 创办一家印刷铺 asks a clause without its subject
    asked = [c for c in range(1, len(table.header)) if _attribute(table.header[c], zh)]
    # 置信水平 | 临界值: one value read off against a figure; a grid of several is a worked example's
    lookup = len(asked) == 1 and _mostly(table, 0, lambda c: bool(_BARE_NUMBER.match(c)))
    conditions = _caption_conditions(doc, table) if lookup else ""
    out: list[Fact] = []
    subjects = Counter(_plain(r.cells[0]) for r in table.rows)
    for column in range(1, len(table.header)):
        attribute = _attribute(table.header[column], zh)
        if not attribute or (
            _data_column(table, column) and not lookup and not names_an_amount(attribute, zh)
        ):
            continue  # 旧方案 over 1.9 s, 0.6 s: a column of measurements, not what each row is
        repeated = _repeated(table, column)
        for row in table.rows:
            subject, value = _plain(row.cells[0]), row.cells[column].strip()
            if not _askable(subject, value, doc.language, repeated) or (
                _BARE_NUMBER.match(value) and not lookup
            ):
                continue
            if subjects[subject] > 1:
                continue  # 低效 | 甲药, 低效 | 乙药: which of the rows is meant is a guess
            source = Source(doc.name, table.section, row.line)
            if _defines(attribute, zh) and not lookup:
                sep = "：" if zh else ": "
                out.append(Framework(subject, value, "", f"{subject}{sep}{value}", source))
            elif lookup and _BARE_NUMBER.match(value):
                out.append(
                    Attribute(subject, attribute, value, key, source, lookup, table.section, conditions)
                )
            elif not lookup and len(subject) >= 2 and _asks_a_property(attribute, zh):
                # (a letter defines a term, R: Does the work; but "the direction of C" asks nothing)
                out.append(Attribute(subject, attribute, value, key, source, lookup, table.section))
    return out


def _caption_conditions(doc: Document, table: Table) -> str:
    """The conditions a look-up table's caption sets in its closing aside (`… (two-tailed, p < .05):`
    over the header): every value holds under them, so the question states them. "" without one."""
    above = [line.strip() for line in doc.lines[max(0, table.line - 3) : table.line - 1]]
    caption = next((line for line in reversed(above) if line), "")
    if not caption.rstrip("*").endswith((":", "：")):
        return ""
    found = _CAPTION_CONDITIONS.search(caption)
    return found[1].strip() if found else ""


def _by_column(doc: Document, table: Table) -> list[Fact]:
    """A table of columns (`| | A | B |` over `| Cost | … | … |`): each column has each row's aspect."""
    out: list[Fact] = []
    for row in table.rows:
        attribute = _attribute(row.cells[0], doc.language == "zh")
        if not _asks_a_property(attribute, doc.language == "zh"):
            continue
        values = Counter(c.strip().lower() for c in row.cells[1:])
        for column in range(1, len(table.header)):
            subject, value = _plain(table.header[column]), row.cells[column].strip()
            if values[value.lower()] > 1 or _DIGIT.search(value):
                continue  # a case's figures (a budget of €4m, 3% a year): its data, not a fact to learn
            if _askable(subject, value, doc.language, frozenset()):
                source = Source(doc.name, table.section, row.line)
                out.append(Attribute(subject, attribute, value, "", source, False, table.section))
    return out


def _plain(cell: str) -> str:
    """A name without the aside that closes it (某某药业（未上市） -> 某某药业)."""
    name = _AFTERWORD.sub("", cell).strip()
    return name if len(name) >= 2 else cell.strip()


def _attribute(header: str, zh: bool) -> str:
    """What a column says of its row, as a question can name it: the header without its aside and
    without a note-taker's part (用法 / 备注 -> 用法); "" for a column of asides, and for a header a
    question cannot name as what the row has: a question of its own (ATP needed?, 何时设立), a
    comparison (Direction vs gradient), a phrase ending on its verb or preposition (Limited by,
    Agreed by), a year (2015年: a series of figures over time)."""
    for part in _SPLIT_HEADER.split(_AFTERWORD.sub("", header).strip()):
        if part and not _aside(part, zh):
            return "" if _not_a_name_for_it(part, zh) else part
    return ""


def _not_a_name_for_it(header: str, zh: bool) -> bool:
    if "?" in header or "？" in header or _VERSUS.search(header) or _YEAR.match(header):
        return True
    if zh:
        return bool(_ASKS_ZH.match(header)) or len(header) > MAX_HEADER_ZH
    said = header.lower().split()
    if WH_HEADER_EN.match(header):
        return False  # How it works: asked as how the row works
    return (
        len(said) > MAX_HEADER_EN
        or said[0] in _WH_EN
        or said[-1] in _PREPOSITIONS_EN
        or past_form(said[-1])  # (Data needed, Agreed by, Built: its irregular pasts too)
    )


def _names_an_attribute(header: str, zh: bool) -> bool:
    """Whether a header is a word for what a row has (作用, 价格, 备注, Cost): the rows are the things
    compared, not the aspects."""
    parts = _SPLIT_HEADER.split(_AFTERWORD.sub("", header).strip())
    return any(
        p and (_asks_a_property(p, zh) or names_an_amount(p, zh) or _defines(p, zh) or _aside(p, zh))
        for p in parts
    )


def _asks_a_property(attribute: str, zh: bool) -> bool:
    """Whether a header's head noun names a property a question can ask a row for (主要作用, Key
    premise)."""
    if not attribute:
        return False
    if zh:
        return bool(_PROPERTY_HEAD_ZH.search(attribute))
    last = attribute.lower().split()[-1]
    return last in _PROPERTY_HEADS_EN or last.removesuffix("s") in _PROPERTY_HEADS_EN


def _aside(header: str, zh: bool) -> bool:
    if zh and (_ASIDE_ZH.search(header) or _SOMEONE_ZH.search(header)):
        return True
    said = set(words(header.lower()))
    return bool(said & _ASIDE_EN or said & _PERSON_EN)


def _defines(attribute: str, zh: bool) -> bool:
    return bool(_DEFINES_ZH.match(attribute)) if zh else attribute.lower() in _DEFINES_EN


def _is_aspect(key: str, zh: bool) -> bool:
    return not key or bool(_ASPECTS_ZH.match(key) if zh else key.lower() in _ASPECTS_EN)


def _is_time(key: str, zh: bool) -> bool:
    return bool(_TIME_ZH.match(key)) if zh else key.lower() in _TIME_EN


def _mostly(table: Table, column: int, test: Callable[[str], bool]) -> bool:
    """Whether most of the column's filled cells pass `test`."""
    filled = [r.cells[column].strip() for r in table.rows if r.cells[column].strip()]
    return bool(filled) and sum(1 for c in filled if test(c)) * 2 > len(filled)


def _repeated(table: Table, column: int) -> frozenset[str]:
    """The cells that stand more than once in a column (Yes, Low, ✓): no row's own."""
    counts = Counter(r.cells[column].strip().lower() for r in table.rows)
    return frozenset(c for c, n in counts.items() if n > 1)


def _data_column(table: Table, column: int) -> bool:
    """Whether most of the column's cells open on a figure (1.9 s, ¥2.6, +47%): measurements."""
    return _mostly(table, column, lambda c: bool(_OPENS_ON_A_FIGURE.match(c)))


def names_an_amount(attribute: str, zh: bool) -> bool:
    """Whether a header names an amount (剂量, 价格, Cost): its figures are what each row measures."""
    if zh:
        return bool(_AMOUNT_ZH.search(attribute))
    return bool(set(words(attribute.lower())) & _AMOUNT_EN)


def _askable(subject: str, value: str, language: str, repeated: frozenset[str]) -> bool:
    if value.lower() in _EMPTY or subject.lower() in _EMPTY or value.lower() in repeated:
        return False
    if _CODE.match(subject) or _YEAR.match(subject):
        return False  # D1, 2015年: a row's number or a column's year names nothing to ask about
    if _LETTER_CODES.match(value):
        return False  # A/R, C (I had I): a matrix's letters, not a fact of the row
    if _STUDY_MARK.fullmatch(value.strip(" （）()")):
        return False  # 了解, 掌握, must know: how well the row is to be learnt, not a fact of it
    if len(subject) > MAX_SUBJECT[language] or len(value) > MAX_VALUE[language] or len(value) < 2:
        return False
    return not re.fullmatch(r"[✓✔✗✘\u00d7√✅❌☑⭐★☆\s]+", value)
