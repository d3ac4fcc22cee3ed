"""Item ids survive a corrected figure: every anchor quoting document text has its figures masked."""

from __future__ import annotations

from quizgen.generate import generate
from quizgen.generate.draft import mask_figures
from quizgen.ingest.parse import parse_text

ZH = """# 城市更新访谈

## 主题一：资金从哪里来
- 社会资本约占改造投资的 60-75%，政府资金只是引子。
- 李明认为，2019年以后银行贷款的门槛降低了三成。

## 主题二：居民如何参与决策
- 居民议事会每月开会 2 次，方案通过率达到 85%。
- 王芳指出，参与人数在三年里增长了 4 倍。

## 主题三：十年经验与教训
- 慢一点的改造让街区保住了 90% 的老住户。
- 改造周期通常需要 5 到 8 年。
"""

EN = """# Notes on the Harbor Talk

## 1. Where the money comes from
- Private capital covers 60-75% of the investment, and the city adds the rest.
- Jane Doe, CFO of Harbor Works, said loans got 30% cheaper after 2019.

## 2. How residents decide
- The residents' council meets 2 times a month and passes 85% of proposals.
- Turnout grew 4x in three years, according to the mayor John Smith.

## 3. Lessons from ten years
- Slow renewal kept 90% of the old residents in place.
- A project usually takes 5 to 8 years.
"""


def _ids(text: str, name: str) -> set[str]:
    return {item.id for item in generate([parse_text(text, name)], "deck")}


def test_mask_figures_replaces_every_number_and_keeps_the_words() -> None:
    assert mask_figures("约占 60-75%，同时投入10亿美元") == "约占 #，同时投入#"
    assert mask_figures("covers 65-80% of it") == mask_figures("covers 60-75% of it")


def test_correcting_a_chinese_figure_keeps_every_item_id() -> None:
    before = _ids(ZH, "zh.md")
    after = _ids(ZH.replace("60-75%", "65-80%").replace("85%", "88%").replace("4 倍", "5 倍"), "zh.md")
    assert len(before) >= 5
    assert after == before


def test_correcting_an_english_figure_keeps_every_item_id() -> None:
    before = _ids(EN, "en.md")
    after = _ids(EN.replace("60-75%", "65-80%").replace("30%", "35%").replace("2 times", "3 times"), "en.md")
    assert len(before) >= 5
    assert after == before


def test_an_item_from_notes_in_lower_case_opens_with_a_capital() -> None:
    notes = (
        "Bakery podcast notes\n\n"
        "## how it started\n\n"
        "- bakery opened in 2017 in an old bank branch, two ovens, one counter\n"
        "- a loaf takes 14 hours to prove, and sells for about $4\n"
    )
    items = generate([parse_text(notes, "bakery.md")], "d")
    opened = [i for i in items if "bank branch" in i.explanation]
    assert opened and all(i.cloze.startswith("Bakery opened") for i in opened if i.type == "cloze")
    assert all(i.explanation.startswith("bakery opened") for i in opened)  # the source as written


def test_an_events_header_fields_are_metadata_not_terms() -> None:
    notes = (
        "# 培训笔记｜把复盘做扎实\n\n"
        "- **主办**：园区工会\n"
        "- **讲师**：韩青 老师\n"
        "  - 前某物流公司培训总监，带过十几个区域团队\n"
        "  - 2015年离职后专门讲课，风格是多提问、少讲道理\n"
        "- **地点**：园区2号楼 多功能厅\n\n"
        "> 个人备注：第二次参加这类培训。\n\n"
        "- **参训**：一线主管共24人\n\n"
        "## 模型一：三问复盘\n\n"
        "**复盘**：事后按目标、结果、原因三问回看一件事，找出下次能改的一处。\n"
    )
    items = generate([parse_text(notes, "training.md")], "d")
    answers = {i.answer for i in items} | {i.question for i in items}
    assert not [a for a in answers if a in {"地点", "主办", "参训"} or "多功能厅" in a]
    assert any(i.answer == "复盘" or "复盘" in i.question for i in items)


def test_a_visits_practical_fields_are_no_terms() -> None:
    notes = (
        "# 参观笔记：县漆器博物馆\n\n"
        "- 日期：周六上午\n"
        "  - 跟表姐一起去的\n"
        "- **门票**：凭身份证在服务台免费领取\n\n"
        "## 一号厅\n\n"
        "**脱胎**：先用泥塑成形，再裱上麻布和漆，干后去掉泥胎的做法。\n"
    )
    items = generate([parse_text(notes, "museum.md")], "d")
    assert not [i for i in items if i.answer == "门票" or "门票" in i.question]
