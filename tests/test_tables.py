"""Markdown tables: read as tables (not as a heading over one run-on paragraph), each row's cells
asked as what the row has in that column, a glossary's rows as terms and their definitions."""

from __future__ import annotations

from quizgen.commands.inspect import describe
from quizgen.extract import tables as extract_tables
from quizgen.generate import generate
from quizgen.generate import tables as gen_tables
from quizgen.generate.quality import rejection
from quizgen.ingest import parse_text
from quizgen.model import Attribute, Document, Framework, Item

ZH_NOTES = """# 药理学复习

## 常用降糖药

| 药物 | 作用机制 | 主要不良反应 | 备注 |
|---|---|---|---|
| 二甲双胍 | 减少肝糖输出，增加外周组织对葡萄糖的利用 | 胃肠道反应 | 老师说必考 |
| 格列本脲 | 刺激胰岛β细胞分泌胰岛素 | 低血糖 | |
| 阿卡波糖 | 抑制小肠α-葡萄糖苷酶，延缓碳水化合物吸收 | 腹胀、排气增多 | 随第一口饭嚼服 |
| 吡格列酮 | 激活过氧化物酶体增殖物激活受体，增加胰岛素敏感性 | 水肿、体重增加 | |

## 置信水平

| 置信水平 | 临界值 z |
|---|---|
| 90% | 1.645 |
| 95% | 1.96 |
| 99% | 2.576 |
"""

EN_NOTES = """# Soil science, unit 2

## Glossary

| Term | Definition | Example |
|---|---|---|
| **Humus** | Dark organic matter that forms when plant and animal remains decay | Forest floor |
| **Leaching** | Loss of dissolved nutrients as water drains down through the soil | Sandy soils |
| **Loam** | Soil with a balanced mix of sand, silt and clay | Garden beds |

## Field preparation

| System | How it works | Erosion risk | Cost per hectare | My notes |
|---|---|---|---|---|
| Conventional tillage | The whole field is ploughed before each sowing | High | 120 | messy |
| Strip tillage | Only narrow bands where seeds go are worked | Moderate | 85 | |
| No-till | Seeds are drilled straight into last year's stubble | Minimal | 60 | try this |
"""


def parse(text: str, name: str = "t") -> Document:
    return parse_text(text, name=name)


def passing(doc: Document) -> list[tuple[str, str, str]]:
    """(type, question, answer) of the table drafts that pass the quality gate."""
    facts = extract_tables.extract(doc)
    return [(d.type, d.question, d.answer) for d in gen_tables.drafts(doc, facts) if rejection(d) is None]


def test_a_pipe_table_is_read_as_a_table_not_as_a_heading_over_a_paragraph() -> None:
    doc = parse(ZH_NOTES)
    assert [s.title for s in doc.sections] == ["常用降糖药", "置信水平"]  # the header row is no heading
    assert not any("|" in b.text for _, b in doc.all_blocks())
    drugs, levels = doc.tables
    assert drugs.header == ("药物", "作用机制", "主要不良反应", "备注")
    assert drugs.section == "常用降糖药" and drugs.line == 5
    assert [r.line for r in drugs.rows] == [7, 8, 9, 10]
    assert drugs.rows[1].cells == ("格列本脲", "刺激胰岛β细胞分泌胰岛素", "低血糖", "")  # padded
    assert levels.section == "置信水平" and len(levels.rows) == 3
    assert not any(d.reason == "marker" for d in doc.dropped)  # the delimiter row is the table's


def test_markup_in_cells_is_stripped_and_a_line_with_pipes_alone_stays_text() -> None:
    doc = parse(EN_NOTES)
    assert doc.tables[0].rows[0].cells[0] == "Humus"
    text = parse("# N\n\nPick one | or the other, said the guide.\n\nAnother line.\n")
    assert not text.tables
    assert any("Pick one | or the other" in b.text for _, b in text.all_blocks())


def test_inspect_lists_the_tables() -> None:
    shown = list(describe(parse(ZH_NOTES)))
    at = shown.index("tables (2):")
    assert shown[at + 1].split() == ["5", "药物", "|", "作用机制", "|", "主要不良反应", "|", "备注"]
    assert "二甲双胍 | 减少肝糖输出" in shown[at + 2]


def test_a_glossary_table_gives_terms_and_the_other_columns_attributes() -> None:
    facts = extract_tables.extract(parse(EN_NOTES))
    terms = {f.term: f.definition for f in facts if isinstance(f, Framework)}
    assert terms["Leaching"] == "Loss of dissolved nutrients as water drains down through the soil"
    assert set(terms) == {"Humus", "Leaching", "Loam"}  # the Example column is an aside
    cells = {(f.subject, f.attribute): f.value for f in facts if isinstance(f, Attribute)}
    assert cells[("Strip tillage", "Erosion risk")] == "Moderate"
    assert cells[("No-till", "How it works")] == "Seeds are drilled straight into last year's stubble"
    assert not any(a == "My notes" for _, a in cells)  # the note-taker's column
    assert not any(a == "Cost per hectare" for _, a in cells)  # a bare number: its unit is in the header


def test_the_note_takers_columns_and_repeated_cells_are_not_asked() -> None:
    text = ZH_NOTES.replace("| 低血糖 |", "| 胃肠道反应 |")  # two rows now share a value
    cells = [f for f in extract_tables.extract(parse(text)) if isinstance(f, Attribute)]
    assert not any(c.attribute == "备注" or c.value in {"老师说必考", "随第一口饭嚼服"} for c in cells)
    assert not any(c.value == "胃肠道反应" for c in cells)  # no row's own
    assert any(c.subject == "阿卡波糖" and c.value == "腹胀、排气增多" for c in cells)


def test_a_timeline_table_and_a_table_of_cases_figures_give_nothing_of_their_dates_and_data() -> None:
    timeline = "# Life\n\n| Year | Event |\n|---|---|\n| 1901 | Opened a print shop |\n| 1920 | Sold it |\n"
    assert extract_tables.extract(parse(timeline)) == []
    cases = (
        "# Cases\n\n| | Northtown | Southport |\n|---|---|---|\n"
        "| Budget | €4m | €9m |\n| Main approach | A repair fund | Sensors on every pump |\n"
    )
    facts = extract_tables.extract(parse(cases))
    assert {(f.subject, f.attribute, f.value) for f in facts if isinstance(f, Attribute)} == {
        ("Northtown", "Main approach", "A repair fund"),
        ("Southport", "Main approach", "Sensors on every pump"),
    }


def test_chinese_rows_are_asked_by_name_and_by_value_within_their_section() -> None:
    drafts = passing(parse(ZH_NOTES))
    assert ("basic", "在“常用降糖药”中，格列本脲的作用机制是什么？", "刺激胰岛β细胞分泌胰岛素") in drafts
    assert (
        "reversed",
        "在“常用降糖药”中，哪个药物的主要不良反应是：腹胀、排气增多？",
        "阿卡波糖",
    ) in drafts
    choice = [d for d in drafts if d[0] == "choice"]
    assert choice and all(
        answer in {"二甲双胍", "格列本脲", "阿卡波糖", "吡格列酮"} for _, _, answer in choice
    )


def test_a_first_header_that_asks_who_names_no_kind_to_ask_which_of() -> None:
    text = (
        "# 读书笔记\n\n## 三位木匠\n\n| 谁 | 用的刨子 | 原因 |\n|---|---|---|\n"
        "| 学徒 | 长刨 | 硬碰硬地刨 |\n| 熟手 | 短刨 | 顺纹刨 |\n| 老师傅 | 槽刨 | 只刨木纹的缝 |\n"
    )
    drafts = passing(parse(text))
    assert any(t == "basic" for t, _, _ in drafts)  # each row still asked by its name
    assert not any("哪个谁" in q for _, q, _ in drafts)


def test_a_look_up_table_is_asked_by_the_figure_each_value_is_read_against() -> None:
    drafts = passing(parse(ZH_NOTES))
    assert ("basic", "置信水平为95%时，临界值 z是多少？", "1.96") in drafts  # the heading repeats the key
    assert not any(answer == "95%" for _, _, answer in drafts)  # a figure is not asked by its value


def test_english_rows_read_as_english_questions() -> None:
    drafts = passing(parse(EN_NOTES))
    assert (
        "basic",
        'In "Field preparation", what is the erosion risk of Strip tillage?',
        "Moderate",
    ) in drafts
    assert (
        "basic",
        'In "Field preparation", how does No-till work?',
        "Seeds are drilled straight into last year's stubble",
    ) in drafts
    assert (
        "reversed",
        'In "Field preparation", which system\'s erosion risk is “Minimal”?',
        "No-till",
    ) in drafts
    assert not any("how it works is" in q for _, q, _ in drafts)  # a header that is a question
    clause = (
        "# Kit\n\n| Tool | What it replaced |\n|---|---|\n"
        "| Rotary hoe | Hand weeding |\n| Seed drill | Broadcasting by hand |\n"
    )
    assert passing(parse(clause)) == []  # "the what it replaced of the rotary hoe": a clause, no name


def test_tables_give_items_through_the_whole_pipeline_traced_to_their_rows() -> None:
    items: list[Item] = generate([parse(ZH_NOTES, "drugs"), parse(EN_NOTES, "soil")], "deck")
    from_rows = {(i.source.doc, i.source.line) for i in items if i.kind in {"attribute", "framework"}}
    assert {("drugs", line) for line in (7, 8, 9, 10)} <= from_rows
    assert {("soil", line) for line in (7, 8, 9)} <= from_rows  # the glossary's three terms
    assert any(i.kind == "framework" and "Loam" in f"{i.question} {i.answer}" for i in items)
    assert not any("|" in i.question or "|" in i.answer for i in items)


def test_a_header_opening_with_a_preposition_takes_no_de_and_a_bare_table_label_is_no_context() -> None:
    notes = (
        "# 复习\n\n## 对比表（重点！！）\n\n| 层级 | 对噪声的敏感度 | 常见场景 |\n|---|---|---|\n"
        "| 外层 | 很低，不必在意 | 走廊、仓库 |\n| 中层 | 中等 | 开放办公区 |\n"
        "| 内层 | 极高，需要隔音 | 录音棚、手术室 |\n"
    )
    drafts = passing(parse(notes))
    assert (
        "basic",
        "中层对噪声的敏感度是什么？",
        "中等",
    ) in drafts  # not 中层的对噪声的…, and no 在“对比表”中
    assert ("reversed", "哪个层级的常见场景是：录音棚、手术室？", "内层") in drafts


def test_a_first_header_that_may_name_aspects_turns_the_table_when_no_column_names_an_attribute() -> None:
    compared = (
        "# 担保\n\n| 项目 | 保证 | 抵押 | 质押 |\n|---|---|---|---|\n"
        "| 担保方式 | 保证人的信用 | 不动产或动产，不转移占有 | 动产或权利，转移占有 |\n"
        "| 何时设立 | 签约时 | 登记时 | 交付时 |\n"
    )
    cells = {
        (f.subject, f.attribute): f.value
        for f in extract_tables.extract(parse(compared))
        if isinstance(f, Attribute)
    }
    assert cells[("抵押", "担保方式")] == "不动产或动产，不转移占有"  # the columns are the compared things
    assert not any(a == "何时设立" for _, a in cells)  # a header that is a question of its own
    drafts = passing(parse(compared))
    assert ("basic", "质押的担保方式是什么？", "动产或权利，转移占有") in drafts
    assert not any(t == "reversed" for t, _, _ in drafts)  # which of the columns: a guess without choices
    rows = (
        "# 药\n\n| 项目 | 作用 | 用法 |\n|---|---|---|\n"
        "| 布洛芬 | 解热镇痛 | 饭后服 |\n| 奥美拉唑 | 抑制胃酸 | 空腹服 |\n"
    )
    cells = {
        (f.subject, f.attribute) for f in extract_tables.extract(parse(rows)) if isinstance(f, Attribute)
    }
    assert ("布洛芬", "作用") in cells  # 作用 names an attribute: the rows are the things


def test_headers_a_question_cannot_name_and_rows_numbered_by_codes_give_no_cell() -> None:
    english = (
        "# Transport\n\n| | Diffusion | Active transport |\n|---|---|---|\n"
        "| Energy used? | None | ATP |\n| Limited by | Surface area | Carrier numbers |\n"
        "| Speed vs size | Slow for big molecules | Fast |\n| Main mechanism | Not needed | Pump |\n"
    )
    cells = {
        (f.subject, f.attribute) for f in extract_tables.extract(parse(english)) if isinstance(f, Attribute)
    }
    assert cells == {("Diffusion", "Main mechanism"), ("Active transport", "Main mechanism")}
    minutes = (
        "# Minutes\n\n| # | Decision | Agreed by |\n|---|---|---|\n"
        "| D1 | Replace the pumps at the east works before winter | All |\n"
        "| D2 | Hire a second inspector for the north district | Ana / Raj |\n"
    )
    assert not passing(parse(minutes))  # no "agreed by of D1"
    series = (
        "# 产业\n\n| 指标 | 2010年 | 2020年 |\n|---|---|---|\n"
        "| 企业数 | 约300家 | 约120家 |\n| 产值 | 12亿元 | 30亿元 |\n"
    )
    assert extract_tables.extract(parse(series)) == []  # a series over years: figures, not facts of a row


def test_a_column_of_people_is_asked_who() -> None:
    notes = (
        "# 改革\n\n| 改革 | 主持者 | 要点 |\n|---|---|---|\n"
        "| 青苗法 | 王安石 | 官府放贷 |\n| 考成法 | 张居正 | 考核官员 |\n"
    )
    assert ("basic", "青苗法的主持者是谁？", "王安石") in passing(parse(notes))


def test_a_grade_a_shared_row_name_a_class_a_matrix_and_a_sections_summary_are_not_asked() -> None:
    grades = (
        "# 复习\n\n## 四、止痛药快速过一遍（第9章）\n\n| 强度 | 代表药 | 常见用途 |\n|---|---|---|\n"
        "| 高效 | 甲药 | 术后 |\n| 低效（外用） | 乙药 | 扭伤 |\n| 低效 | 丙药 | 头痛 |\n"
    )
    asked = passing(parse(grades))
    assert not any(q.startswith(("高效", "低效")) for _, q, _ in asked)  # a grade without its table's name
    classes = (
        "# 药\n\n| 药物 | 类别 |\n|---|---|\n| 甲药 | 扩血管药 |\n| 乙药 | 利尿药 |\n| 丙药 | 镇静药 |\n"
    )
    assert not any(t == "reversed" for t, _, _ in passing(parse(classes)))  # a class has many members
    matrix = (
        "# RACI\n\n| Task | Owner | Lead |\n|---|---|---|\n"
        "| Budget sign-off | A | R |\n| Data migration | R (I had C) | A/R |\n"
    )
    assert passing(parse(matrix)) == []
    marked = (  # how well each row is to be learnt is the syllabus's mark, not the row's fact
        "# 排序\n\n| 方法 | 思路 | 要求 |\n|---|---|---|\n| 冒泡 | 相邻交换 | 掌握 |\n"
        "| 希尔 | 分组插入 | 了解 |\n| 基数 | 按位分配 | 了解即可 |\n"
    )
    assert not {a.value for a in extract_tables.extract(parse(marked))} & {"掌握", "了解", "了解即可"}
    summary = (
        "# Talk\n\n| Topic | Key point |\n|---|---|\n| Problem | Caches miss |\n| Fix | Tiered storage |\n"
    )
    assert extract_tables.extract(parse(summary)) == []
    measured = (
        "# 效果\n\n| 指标 | 旧方案 | 新方案 |\n|---|---|---|\n"
        "| 延迟 | 1.9 s | 0.6 s |\n| 成本 | ¥4.1 | ¥2.6 |\n"
    )
    assert extract_tables.extract(parse(measured)) == []  # columns of measurements


def test_a_header_that_names_no_property_of_its_row_is_not_asked() -> None:
    headers = (
        "# Methods\n\n| Method | Study | Beginner pick | Key assumption |\n|---|---|---|---|\n"
        "| Matching | Part Three | Kit A | No hidden confounders |\n"
        "| Panel design | Chapter 2 | Kit B | Trends run in parallel |\n"
    )
    cells = {
        a for f in extract_tables.extract(parse(headers)) if isinstance(f, Attribute) for a in [f.attribute]
    }
    assert cells == {"Key assumption"}
    zh = (
        "# 方法\n\n| 方法 | 适合 | 答的是什么 | 最关键的前提 |\n|---|---|---|---|\n"
        "| 甲法 | 稳定企业 | 值多少 | 增长稳定 |\n| 乙法 | 初创企业 | 比谁贵 | 同行选得对 |\n"
    )
    cells = {f.attribute for f in extract_tables.extract(parse(zh)) if isinstance(f, Attribute)}
    assert cells == {"最关键的前提"}
    assert ("basic", "甲法最关键的前提是什么？", "增长稳定") in passing(parse(zh))  # not 甲法的最关键的


def test_a_value_that_asks_is_asked_back_with_one_question_mark() -> None:
    text = (
        "# Book notes\n\n## Four lenses\n\n| Lens | Question |\n|---|---|\n"
        "| Reach | Who else would this touch if it worked? |\n"
        "| Decay | How fast does it go stale once shipped? |\n| Drag | What would it slow down elsewhere? |\n"
    )
    reversed_questions = [q for t, q, _ in passing(parse(text)) if t == "reversed"]
    assert reversed_questions and not any("??" in q for q in reversed_questions), reversed_questions


def test_a_look_up_tables_caption_conditions_are_stated_in_each_question() -> None:
    text = (
        "# Stats revision\n\n## Sample size\n\n"
        "Worth knowing by heart (paired design, one-tailed, \u03b1 = .01):\n"
        "| r | n per arm |\n|---|---|\n| 0.1 | ~1000 |\n| 0.3 | ~110 |\n| 0.5 | ~40 |\n"
    )
    drafts = passing(parse(text))
    assert (
        "basic",
        'In "Sample size", when r is 0.3 (paired design, one-tailed, \u03b1 = .01), what is n per arm?',
        "~110",
    ) in drafts  # a symbol for a header reads without "the"; the conditions' "=" is no working


def test_a_chinese_look_up_tables_caption_conditions_are_stated_too() -> None:
    text = (
        "# 统计复习\n\n## 临界值\n\n常用的几个（双侧检验，大样本）：\n\n"
        "| 置信水平 | 临界值 |\n|---|---|\n| 90% | 1.645 |\n| 95% | 1.96 |\n| 99% | 2.576 |\n"
    )
    drafts = passing(parse(text))
    assert ("basic", "置信水平为99%时（双侧检验，大样本），临界值是多少？", "2.576") in drafts
