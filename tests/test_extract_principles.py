"""Principles set out as numbered headings under a heading that calls them so: each heading is a
principle, the first sentence under it what it says; numbered chapters are not principles."""

from __future__ import annotations

from quizgen.extract.principles import principles
from quizgen.generate import generate
from quizgen.ingest import parse_text

EN = """# Summary: Quiet Work

## The principles

**1. The Ten-Minute Start**
Every hard task gets a first step small enough to finish in ten minutes. The rest can wait.

**2. Guard the Morning**
Keep the first two hours of the day free of meetings and messages. He admits this is hard for managers.

**3. One Shelf, Not Ten**
Keep active projects on one visible list and nothing anywhere else. Anything not on it is not started.

## Critique

The studies are small.
"""

CHAPTERS = EN.replace("## The principles", "## Chapter notes").replace(
    "1. The Ten-Minute Start", "1. Early life"
)


def test_numbered_headings_under_a_principles_heading_are_principles() -> None:
    doc = parse_text(EN, name="quiet")
    found = {p.name: p.sentence for p in principles(doc)}
    assert found == {
        "The Ten-Minute Start": "Every hard task gets a first step small enough to finish in ten minutes.",
        "Guard the Morning": "Keep the first two hours of the day free of meetings and messages.",
        "One Shelf, Not Ten": "Keep active projects on one visible list and nothing anywhere else.",
    }
    assert {p.group for p in principles(doc)} == {"The principles"}
    items = [i for i in generate([doc], "deck") if i.kind == "framework"]
    # each asked one way or the other: what it says, or which principle says it
    assert 'In "The principles", what does "The Ten-Minute Start" say?' in [i.question for i in items]
    assert {i.answer for i in items if i.type == "reversed"} >= {"Guard the Morning", "One Shelf, Not Ten"}


LISTED = """# Notes from the pottery workshop

## The three rules slide

She put this on one slide:

1. **Wedge before you throw.** Kneading the clay drives out the air pockets that crack a pot in the kiln.
2. **Centre or stop.** A pot thrown off centre pulls its walls thin on one side.
3. **Dry slowly, fire once.** Clay that dries unevenly warps before it reaches the kiln.

## Afterwards

We had tea.
"""


def test_a_numbered_list_of_bold_rules_under_a_heading_that_counts_them_is_principles() -> None:
    doc = parse_text(LISTED, name="pottery")
    found = {p.name: (p.sentence, p.group) for p in principles(doc)}
    assert found == {
        "Wedge before you throw": (
            "Kneading the clay drives out the air pockets that crack a pot in the kiln.",
            "The three rules",
        ),
        "Centre or stop": ("A pot thrown off centre pulls its walls thin on one side.", "The three rules"),
        "Dry slowly, fire once": (
            "Clay that dries unevenly warps before it reaches the kiln.",
            "The three rules",
        ),
    }
    items = [i for i in generate([doc], "deck") if i.kind == "framework"]
    assert any('In "The three rules"' in i.question for i in items)
    plain = LISTED.replace("## The three rules slide", "## What she showed")
    assert principles(parse_text(plain, name="pottery")) == []  # a numbered list is no set of rules


def test_numbered_chapters_or_a_run_of_two_are_no_principles() -> None:
    assert principles(parse_text(CHAPTERS, name="chapters")) == []
    two = EN.replace("**3. One Shelf, Not Ten**", "**Three shelves**")
    assert principles(parse_text(two, name="two")) == []


def test_chinese_principles_numbered_in_their_titles() -> None:
    text = """# 《慢工》读书笔记

## 作者的四条原则

### 原则一：先做小的
每个新习惯都要有一个两分钟内能完成的最小版本，先保住连续性。

### 原则二：只告诉一个人
把计划告诉一个人而不是所有人，公开宣布会提前透支成就感。

### 原则三：每周复盘
每周日花十五分钟回顾一次，而不是每天记录，避免一次中断就放弃。
"""
    found = {p.name: p.sentence for p in principles(parse_text(text, name="slow"))}
    assert found["只告诉一个人"] == "把计划告诉一个人而不是所有人，公开宣布会提前透支成就感。"
    assert len(found) == 3


def test_a_rule_numbered_with_a_dash_its_label_and_a_remark_on_it() -> None:
    text = """# The Calm Team — notes

## Rule 1 — One meeting, one owner
Every recurring meeting gets a named owner who can cancel it.

## Rule 2 — Guard the handoffs
Probably the most useful chapter.

## Rule 3 — Budget slack on purpose
The idea: run teams at about 80% planned utilisation.

## Rule 4 — Hire for the second year
Don't hire for what the role needs in month one;
hire for what it will need in year two.
"""
    found = {p.name: p.sentence for p in principles(parse_text(text, name="calm"))}
    assert found == {
        "One meeting, one owner": "Every recurring meeting gets a named owner who can cancel it.",
        "Budget slack on purpose": "run teams at about 80% planned utilisation.",  # its label left out
    }


def test_quick_questions_and_their_answers_are_no_terms() -> None:
    from quizgen.extract import extract
    from quizgen.model import Framework

    text = (
        "# 播客笔记\n\n## 快问快答\n\n- 最怕的事：房东突然涨租，合同只剩两年了。\n"
        "- 最近在读：一本讲供应链的旧书，读得很慢。\n"
    )
    doc = parse_text(text, name="pod")
    assert [f for f in extract(doc) if isinstance(f, Framework)] == []


def test_a_chapters_numbered_headings_are_no_principles_for_one_of_them_saying_key_points() -> None:
    notes = parse_text(
        "# 第五章 平台经济\n\n## 一、本章要点\n\n平台连接两类用户，价格结构影响交易量。\n\n"
        "## 二、核心概念\n\n**平台**：通过提供交易规则和基础设施，使两类用户以更低成本互动的组织。\n\n"
        "## 三、典型案例\n\n某外卖平台在上线初期对商家和骑手同时补贴了两年。\n\n"
        "## 四、重点理论：补贴阈值理论\n\n**提出者**：韦临川，最早见于其1998年的论文。\n",
        name="t",
    )
    assert principles(notes) == []


def test_a_slogan_title_over_a_sentence_of_context_states_no_principle() -> None:
    text = """# 《慢街》读书笔记

## 全书的四个原则

### 原则一：先量脚步，再画道路
规划者习惯用车速和车流量来设计道路，作者主张先统计谁在走、走去哪。

### 原则二：小步快跑，先试后建
最后一章讲实施方法，作者推崇用油漆和花箱先做三到六个月的试验。

### 原则三：让孩子成为标尺
设计街道时以一个八岁孩子能否独自过街为标准。
"""
    found = {p.name: p.sentence for p in principles(parse_text(text, name="slow"))}
    assert found == {"让孩子成为标尺": "设计街道时以一个八岁孩子能否独自过街为标准。"}


SET_ZH = """# 讲座笔记

## 核心观点：“三层过滤”框架——信息要过三道关

讲者把每天读到的东西放进三道关里过一遍。

### 第一层：来源（Source）

先问这条信息是谁说的，对方有没有为说错付出代价的可能。

### 第二层：证据（Evidence）

再看它给出的数据能不能追到原始出处，样本有多大。

### 第三层：用途（Use）

最后问自己读完以后会不会因此改变一个具体的决定。

## 第一章 背景

第一章讲了讲者的经历。

## 第二章 方法

第二章讲了方法。
"""

SET_EN = """# Workshop notes

## The Ladder Method

A way to rehearse a hard conversation before having it.

### Step 1: Write the opening line

Draft the first sentence you will say and read it aloud twice.

### Step 2: Name the worst reply

Write down the answer you most dread hearing from the other person.

### Step 3: Breathe and plan the next rung

Decide on one calm sentence to say after that reply, before the meeting.
"""


def test_a_set_laid_out_as_ordinal_headings_is_asked_for_its_members() -> None:
    from quizgen.extract.principles import member_runs

    (zh,) = member_runs(parse_text(SET_ZH, name="zh"))  # 第一章, 第二章: the notes' layout, no set
    assert (zh.group, zh.unit, zh.members) == ("三层过滤", "层", ("来源", "证据", "用途"))
    items = {i.question: i.answer for i in generate([parse_text(SET_ZH, name="zh")], "deck")}
    assert items["“三层过滤”包括哪三层？"] == "来源、证据、用途"
    english = {i.question: i.answer for i in generate([parse_text(SET_EN, name="en")], "deck")}
    assert english['What are the three steps of "The Ladder Method"?'] == (
        "Write the opening line, Name the worst reply and Breathe and plan the next rung"
    )
    # and each member by the first sentence under it
    assert {p.name for p in principles(parse_text(SET_EN, name="en"))} >= {"Write the opening line"}
    # a heading that counts four steps over three read is not asked for its members
    four = SET_EN.replace("## The Ladder Method", "## The Ladder Method: four steps")
    assert not member_runs(parse_text(four, name="en"))
    dashed = SET_ZH.replace("“三层过滤”", "“源—证—用—存”")
    assert not member_runs(parse_text(dashed, name="zh"))  # four parts named, three read


def test_an_acronym_spelled_out_letter_by_letter_is_asked_letter_by_letter() -> None:
    from quizgen.extract.abbreviations import acronyms

    headed = parse_text(
        "# Workshop notes\n\n## Why\n\nThe framework: G.R.O.W.\n\n"
        "## G - Goal\n\n- what you want by the end\n\n"
        "## R - Reality\n\n- where things stand now\n\n## O - Options\n\n- three at least\n\n"
        "## W - Will\n\n- the first step and its date\n\n## Afterwards\n\nCoffee.\n",
        name="grow",
    )
    [found] = acronyms(headed)
    assert (found.name, found.words) == ("G.R.O.W.", ("Goal", "Reality", "Options", "Will"))
    asked = {i.question: i.answer for i in generate([headed], "deck") if i.kind == "framework"}
    assert asked['In "G.R.O.W.", what does "O" stand for?'] == "Options"
    listed = parse_text(
        "# Goals\n\nWe set SMART goals:\n\n- S - Specific\n- M - Measurable\n- A - Achievable\n"
        "- R - Relevant\n- T - Time-bound\n",
        name="smart",
    )
    assert [a.words for a in acronyms(listed)] == [
        ("Specific", "Measurable", "Achievable", "Relevant", "Time-bound")
    ]
    # a letter may open a short rule rather than a word, commas and all
    ruled = parse_text(
        "# Talk notes\n\n## The model: TRIM (4 parts)\n\nEach letter is a test.\n\n"
        "### T — Tag every task, even small ones\n\n- owner and date\n\n"
        "### R — Review on Fridays\n\n- 20 min max\n\n### I — Ignore, then delete\n\n- after a month\n\n"
        "### M — Merge duplicates\n\n- weekly\n",
        name="trim",
    )
    assert [a.words for a in acronyms(ruled)] == [
        ("Tag every task, even small ones", "Review on Fridays", "Ignore, then delete", "Merge duplicates")
    ]
    # rows of letters in plain lines, each word glossed in brackets, are not one wrapped paragraph
    plain = parse_text(
        '# Coaching notes\n\nThe author\'s "MEND" check before any hard talk:\n'
        "M — Motive (why you want to talk at all)\nE — Evidence (what you saw, not what you think)\n"
        "N — Needs (theirs and yours)\nD — Date (when to speak again).\n",
        name="mend",
    )
    assert [a.words for a in acronyms(plain)] == [("Motive", "Evidence", "Needs", "Date")]
    # letters that spell nothing the text names, or words not opening on their letter, are no acronym
    loose = parse_text("# Notes\n\n- A - Apples\n- B - Bananas\n- C - Cherries\n", name="loose")
    assert acronyms(loose) == []


def test_a_letter_its_acronym_holds_twice_is_not_asked_by_the_letter() -> None:
    steps = ("P - Pause", "A - Ask", "C - Check", "E - Explain", "P - Plan")
    doubled = parse_text(
        "# Workshop notes\n\n## Why\n\nThe framework: P.A.C.E.P.\n\n"
        + "".join(f"## {step}\n\n- one line on what to do at this step\n\n" for step in steps)
        + "## Afterwards\n\nCoffee.\n",
        name="pacep",
    )
    asked = {i.question: i.answer for i in generate([doubled], "deck") if i.kind == "framework"}
    assert asked['In "P.A.C.E.P.", what does "C" stand for?'] == "Check"  # one C: asked by its letter
    assert not any('"P" stand for' in q for q in asked)  # two Ps: which one is meant is a guess


def test_a_practice_a_pillar_names_is_asked_what_it_is_and_a_law_what_it_says() -> None:
    doc = parse_text(
        "# Notes on running a city's water network\n\n## The three pillars of loss control\n\n"
        "- **Night listening**: crews walk the mains after midnight with listening sticks.\n"
        "- **Pressure zoning**: valves divide the pipes into districts held at the lowest pressure.\n"
        "- **Fast repair**: a burst reported before noon is fixed the same day, whatever it costs.\n\n"
        "## The three laws of the engineer\n\n"
        "- **First law**: every pipe you cannot see is leaking until a meter proves otherwise.\n"
        "- **Second law**: pressure you do not need is water you will lose sooner or later.\n"
        "- **Third law**: a repair delayed is a burst repeated somewhere else in the network.\n",
        name="w",
    )
    asked = [i.question for i in generate([doc], "d", types=("basic",))]
    assert 'In "The three pillars of loss control", what is "Night listening"?' in asked
    assert not any("pillars" in q and q.endswith("say?") for q in asked)
    assert any("laws" in q and q.endswith("say?") for q in asked)
