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
