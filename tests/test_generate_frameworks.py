"""Framework items: term -> definition, definition -> term, the reversed question as a choice;
no question or answer gives its term away; the id follows the term."""

from __future__ import annotations

from dockit import block, document, ids, kept_drafts, section, seed_drafts

from quizgen.extract import frameworks as extract_frameworks
from quizgen.extract.text import normalize
from quizgen.generate.frameworks import is_definition, mask_term, reversed_question
from quizgen.model import Document, Framework, Source

GLOSSARY = (
    "**复利思维**：把每次的收益投入下一轮，长期回报呈指数增长，而非线性增长。",
    "**留白**：画面中有意不着笔墨的空白部分，用来引导观者的想象。",
    "**借势**：借用外部已有的趋势和资源推动自己的目标实现。",
    "**慢变量**：短期内难以察觉、长期却决定结果的因素。",
)


def notes(*raws: str, heading: str = "框架与心智模型") -> Document:
    return document(section(heading, 3, *(block("", 4 + i, raw=r) for i, r in enumerate(raws))))


def drafts_of(doc: Document, item_type: str) -> list[tuple[str, str]]:
    return [(d.question, d.answer) for d in kept_drafts(doc, "framework") if d.type == item_type]


def test_term_to_definition_cut_to_its_first_clause() -> None:
    basic = dict(drafts_of(notes(*GLOSSARY), "basic"))
    assert basic["什么是“复利思维”？"] == "把每次的收益投入下一轮，长期回报呈指数增长"


def test_definition_to_term_asks_for_a_concept_whatever_the_heading_calls_the_list() -> None:
    # a term under 框架与心智模型 may be a factor or a habit, not a model: the heading's word is not asked
    for heading in ("框架与心智模型", "第三章"):
        reversed_ = drafts_of(notes(*GLOSSARY, heading=heading), "reversed")
        assert ("哪个概念是指：画面中有意不着笔墨的空白部分，用来引导观者的想象？", "留白") in reversed_


def test_english_forms() -> None:
    doc = document(
        section(
            "Key terms",
            3,
            block("", 4, raw="**Latency**: the time a request waits before work on it starts."),
        ),
        language="en",
    )
    assert drafts_of(doc, "basic") == [
        ('What is meant by "Latency"?', "the time a request waits before work on it starts")
    ]
    assert drafts_of(doc, "reversed") == [
        ("Which term means: the time a request waits before work on it starts?", "Latency")
    ]


def test_definition_repeating_most_of_its_term_is_asked_forward_only() -> None:
    # Reversed, it would have to mask its own term (技术进步遵循[…]): a blank inside a question
    # that already asks for a blank. Term -> definition is asked instead.
    raw = "**指数曲线思维**：张教授强调，技术进步遵循指数曲线，社会往往低估其速度。"
    doc = notes(raw)
    assert drafts_of(doc, "reversed") == []
    assert drafts_of(doc, "basic") == [("什么是“指数曲线思维”？", "技术进步遵循指数曲线，社会往往低估其速度")]
    [framework] = [f for f in extract_frameworks.extract(doc) if isinstance(f, Framework)]
    assert reversed_question(doc, framework) == "哪个概念是指：技术进步遵循[…]，社会往往低估其速度？"


def test_a_definition_cut_down_to_an_adverbial_is_not_asked() -> None:
    for raw in ("**默契**：在任何一次合作中。", "**Slack**: in the weeks before a launch."):
        language = "en" if raw.isascii() else "zh"
        doc = document(section("Key terms", 3, block("", 4, raw=raw)), language=language)  # type: ignore[arg-type]
        assert extract_frameworks.extract(doc)  # the list has it as a term…
        assert kept_drafts(doc, "framework") == []  # …but nothing defines it
    assert is_definition("把每次的收益投入下一轮") and is_definition(
        "the time a request waits before work starts"
    )
    # a line that only ranks its term says how much it matters, not what it is
    assert (
        not is_definition("最关键的一步")
        and not is_definition("最危险")
        and not is_definition("the hardest part")
    )
    assert is_definition("最早出现的一种竹蒸笼") and is_definition("the first step of a roast")


def test_no_answer_contains_its_own_term() -> None:
    cut = "**留白**：留白就是画面中有意不着笔墨的空白，留白让观者参与想象。"
    assert drafts_of(notes(cut), "basic") == [("什么是“留白”？", "画面中有意不着笔墨的空白")]
    # a definition that names its term inside would be an answer holding a blank of its own
    masked = "**慢变量**：决定结果的慢变量往往在短期内难以察觉。"
    assert kept_drafts(notes(masked), "framework") == []

    # naming it inside a later clause of the meaning: half the meaning is no answer either
    for raw in (
        "3. **替换**：保留原来的提示和事后的奖励，只替换中间的那个动作。",
        "- **Time boxing**: give each task a fixed slot in the day, and end the time boxing when it ends.",
    ):
        assert drafts_of(notes(raw), "basic") == []


def test_the_word_linking_a_term_to_its_definition_is_not_part_of_the_answer() -> None:
    for link in ("即", "是指", "指", "指的是"):
        raw = f"**北极星**：{link}团队都围着它转、决定方向的那个数字。"
        assert drafts_of(notes(raw), "basic") == [("什么是“北极星”？", "团队都围着它转、决定方向的那个数字")]
    # a word that merely opens with a link character keeps it
    raw = "**北极星**：指标体系里唯一决定方向的那个数字。"
    assert drafts_of(notes(raw), "basic") == [("什么是“北极星”？", "指标体系里唯一决定方向的那个数字")]
    listed = "**四即**：即食、即热、即烹、即配，按加工到哪一步来分。"
    assert drafts_of(notes(listed), "basic") == [
        ("什么是“四即”？", "即食、即热、即烹、即配，按加工到哪一步来分")
    ]
    english = document(
        section(
            "Terms", 3, block("", 4, raw="**Slack time**: i.e. the hours left free so urgent work fits in.")
        ),
        language="en",
    )
    assert drafts_of(english, "basic") == [
        ('What is meant by "Slack time"?', "the hours left free so urgent work fits in")
    ]


def test_the_reversed_item_naming_the_term_ranks_above_the_basic_one() -> None:
    drafts = {d.type: d.score for d in kept_drafts(notes(*GLOSSARY[:1]), "framework")}
    assert drafts["reversed"] > drafts["basic"]


def test_a_one_character_term_inside_another_word_is_not_masked() -> None:
    raw = "**光**：窗户透进来的自然照明，重在先让光线柔和均匀。"
    [(_, answer)] = drafts_of(notes(raw), "basic")
    assert answer == "窗户透进来的自然照明，重在先让光线柔和均匀"


def test_masking_leaves_a_small_shared_piece_alone() -> None:
    assert (
        mask_term("企业竞争力的核心在于顶尖人才的聚集", "人才密度优先", "zh")
        == "企业竞争力的核心在于顶尖人才的聚集"
    )
    assert mask_term("carried along a pipeline with few leaks", "Pipeline pressure", "en") == (
        "carried along a pipeline with few leaks"
    )
    assert (
        mask_term("the pressure of the pipeline", "Pipeline pressure", "en") == "the pressure of the pipeline"
    )
    assert mask_term("rivers, silt and silt levels", "Silt level", "en") == "rivers, silt and […]"


def test_reversed_choice_offers_other_terms_of_the_list() -> None:
    choices = [d for d in kept_drafts(notes(*GLOSSARY), "framework") if d.type == "choice"]
    assert len(choices) == 3  # 借势 is asked forward only: its definition says 借
    for draft in choices:
        assert draft.answer in draft.choices and len(set(draft.choices)) == 4
        assert set(draft.choices) <= {"复利思维", "留白", "借势", "慢变量"}


def test_a_two_character_term_whose_definition_says_its_first_character_is_asked_forward() -> None:
    doc = notes(
        "- **泡皮**：清水泡三到五天，冬天要更久。",
        "- **刮皮**：刮到半透明，厚度不到半毫米。",
        "- **亮子**：皮影戏的幕布，也叫影窗。",
        "- **留白**：画面中有意不着笔墨的空白部分。",
        heading="制作步骤",
    )
    assert {a for _, a in drafts_of(doc, "reversed")} == {"亮子", "留白"}
    assert {q for q, _ in drafts_of(doc, "basic")} >= {"什么是“泡皮”？", "什么是“刮皮”？"}


def test_a_term_its_definition_spells_out_is_asked_forward() -> None:
    doc = notes(
        "- **拓**：把纸蒙在碑上，用墨包拍打，拓下字迹。",  # says the one character
        "- **宗族互助**：同一宗族的人遇事彼此互助。",  # says its words
        "- **差序格局**：以自己为中心，像水波一样一圈圈推出去的关系网。",
        "- **从存量到增量**：不再只争存量客户而去做大增量市场。",  # its words, 从 and 到 aside
        heading="术语",
    )
    assert {a for _, a in drafts_of(doc, "reversed")} == {"差序格局"}


def test_a_name_made_of_counts_and_the_words_its_definition_lists_is_asked_forward() -> None:
    doc = notes(
        "- **两高一低**：房价高、负债高，利率低。",  # its words 高 and 低, counted
        "- **复利思维**：把收益再投入，让长期回报越滚越大。",
        heading="术语",
    )
    assert {a for _, a in drafts_of(doc, "reversed")} == {"复利思维"}
    assert "什么是“两高一低”？" in {q for q, _ in drafts_of(doc, "basic")}


def test_what_a_remedy_does_whom_it_suits_or_its_rank_is_no_definition() -> None:
    doc = notes(
        "- **午睡**：会打乱夜里的睡意。",  # its effect
        "- **热敷**：对落枕的人有用。",  # whom it helps
        "- **针灸**：久治不愈的可以尝试。",  # whom it suits
        "- **光照疗法**：首选。",  # its rank
        "- **低音炮**：频率约 20–80 赫兹（不含中高音）",  # a measure of it, a spec
        "- **浮雕**：多用于门楣、窗格和屏风。",  # where it is used
        "- **暖期**：作者引用了两份树轮研究。",  # what the author did with it
        "- **留痕**：就像给每一步拍张照片，以后能对上号。",  # what it is like
        "- **复利思维**：把收益再投入，让长期回报越滚越大。",
        heading="方法",
    )
    assert {q for q, _ in drafts_of(doc, "basic")} == {"什么是“复利思维”？"}


def test_no_choice_with_fewer_than_three_other_terms() -> None:
    assert drafts_of(notes(*GLOSSARY[:3]), "choice") == []


def test_editing_a_definition_keeps_the_ids() -> None:
    edited = (GLOSSARY[0].replace("长期回报呈指数增长", "长期回报会加速增长"), *GLOSSARY[1:])
    before, after = ids(notes(*GLOSSARY), "framework"), ids(notes(*edited), "framework")
    assert before["basic:什么是“复利思维”？"] == after["basic:什么是“复利思维”？"]
    reversed_before = next(v for k, v in before.items() if k.startswith("reversed:") and "收益" in k)
    reversed_after = next(v for k, v in after.items() if k.startswith("reversed:") and "收益" in k)
    assert reversed_before == reversed_after


def test_every_draft_passes_the_leak_rule() -> None:
    for draft in kept_drafts(notes(*GLOSSARY), "framework"):
        assert normalize(draft.answer) not in normalize(draft.question)


def test_sample_interview_frameworks_match_the_accepted_examples() -> None:
    items = seed_drafts("amodei-interview", "framework")
    assert items["什么是“人才密度优先”？"] == "企业竞争力的核心在于顶尖人才的聚集与协作"
    assert items["哪个概念是指：将每一代模型视为独立投资项目，关注单模型的回报率？"] == "模型盈利视角"
    assert all("指数曲线" not in q for q, a in items.items() if a == "指数曲线思维")
    assert "什么是“指数曲线思维”？" in items  # asked forward: its definition repeats the term
    assert {a for q, a in items.items() if q.startswith("哪个概念")} == {
        "人才密度", "人才密度优先", "正和竞争", "模型盈利视角", "安全与能力并重", "影响力驱动",
    }  # fmt: skip


def test_choice_distractors_prefer_terms_of_the_same_length() -> None:
    glossary = (
        "**色**：茶汤在白瓷杯里看上去的深浅和明暗。",
        "**香**：开盖以后最先闻到的气味。",
        "**味**：入口之后舌面感到的滋味。",
        "**韵**：咽下之后喉咙里留下的回甘。",
        "**闷泡**：把茶叶盖住闷上几分钟再出汤。",
        "**注水**：沿着杯壁慢慢地把热水倒进去。",
    )
    choice = next(
        d for d in kept_drafts(notes(*glossary), "framework") if d.type == "choice" and d.answer == "色"
    )
    assert sorted(choice.choices) == sorted(["色", "香", "味", "韵"])


def test_a_masked_term_uses_the_blank_every_question_uses_so_the_sheet_draws_it() -> None:
    from quizgen.quiz.sheet import CLOZE_MARK

    assert mask_term("技术进步遵循指数曲线", "指数曲线", "zh") == f"技术进步遵循{CLOZE_MARK}"
    assert mask_term("a silt level", "Silt level", "en") == f"a {CLOZE_MARK}"


def test_a_definition_opening_with_its_verb_is_asked_under_its_heading() -> None:
    doc = notes(
        "**增援因素**：使团队更有可能按时交付",
        "**拖延因素**：团队迟迟不做决定的习惯",
        heading="三因素模型",
    )
    asked = dict(drafts_of(doc, "reversed"))
    # 使…: a clause without its subject fits many things; the heading says which model it is in
    assert asked["在“三因素模型”中，哪个概念是指：使团队更有可能按时交付？"] == "增援因素"
    assert asked["哪个概念是指：团队迟迟不做决定的习惯？"] == "拖延因素"  # a noun phrase needs no heading
    # the note-taker's aside on the heading is no part of its name
    asked = "在“三因素模型”中，哪个概念是指：使团队更有可能按时交付？"
    for heading in ("三因素模型（入门，老师只提了几句）", "三因素模型（第3–5章）★全书最好读"):
        aside = notes("**增援因素**：使团队更有可能按时交付", heading=heading)
        assert dict(drafts_of(aside, "reversed"))[asked] == "增援因素", heading


def test_a_label_line_that_says_something_about_its_label_defines_nothing() -> None:
    for statement in (
        "比固定上床时间更重要",  # a comparison
        "控制在20到30分钟",  # advice
        "短期睡眠限制实验中",  # where or when, cut from its sentence
        "疲劳驾驶是事故的主要原因之一",  # a sentence with a subject of its own
    ):
        assert not is_definition(statement), statement
    assert is_definition("从浅睡进入深睡再进入快速眼动睡眠的一个完整循环")


def test_a_sentence_before_the_colon_is_no_term() -> None:
    doc = notes(
        "**他讲了一个门诊案例**：一位四十多岁的老师，失眠近三年", "**刺激控制**：床只用来睡觉的一套做法"
    )
    assert [a for _, a in drafts_of(doc, "reversed")] == ["刺激控制"]


def test_terms_over_sub_bullets_come_out_as_framework_items_with_their_meaning() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    zh = parse_text(
        "# 时间管理笔记\n\n## 方法\n\n- **番茄工作法**\n  - 把工作切成二十五分钟一段，中间休息五分钟\n"
        "- 艾森豪威尔矩阵\n  - 按重要和紧急两个维度把任务分成四类\n"
        "- 注意事项\n  - 不要在休息的时间里查看任何工作消息\n",
        name="zh",
    )
    en = parse_text(
        "# Motivation notes\n\n## Ideas\n\n- The Goldilocks Zone\n"
        "  - peak motivation comes from tasks just at the edge of your ability\n"
        "- Pros\n  - cheap to start and easy to keep going for a long time\n",
        name="en",
    )
    items = [i for i in generate([zh, en], "deck") if i.kind == "framework"]
    # (what is asked or answered as the term, the text that gives its meaning)
    pairs = {(i.question, i.answer) if i.type == "basic" else (i.answer, i.question) for i in items}
    assert sorted((i.source.doc, i.source.line) for i in items) == [("en", 5), ("zh", 5), ("zh", 7)]
    for term, meaning in (
        ("番茄工作法", "把工作切成二十五分钟一段"),
        ("艾森豪威尔矩阵", "按重要和紧急两个维度把任务分成四类"),
        ("The Goldilocks Zone", "peak motivation comes from tasks just at the edge of your ability"),
    ):
        assert any(term in t and meaning in m for t, m in pairs), (term, pairs)


def test_a_member_of_a_counted_list_is_asked_within_it_and_the_list_for_its_members() -> None:
    from quizgen.ingest import parse_text

    doc = parse_text(
        "# 思维笔记\n\n## 概念\n\n- 三种思维\n  - 抽象、推理、建模\n\n"
        "这三种思维如下：\n\n- 抽象：忽略细节，只保留与问题有关的部分\n- 推理：由已知的前提一步步得出结论\n"
        "- 建模：用数学语言描述现实里的问题\n",
        name="t",
    )
    drafts = {(d.type, d.question): d.answer for d in kept_drafts(doc, "framework")}
    assert drafts[("basic", "“三种思维”是哪些？")] == "抽象、推理、建模"
    assert drafts[("basic", "在“三种思维”中，“推理”指什么？")] == "由已知的前提一步步得出结论"
    assert drafts[("reversed", "在“三种思维”中，哪一项是指：用数学语言描述现实里的问题？")] == "建模"
    assert not any(answer == "三种思维" for answer in drafts.values())  # the context of the others


def test_a_reading_lists_rows_cite_works_and_define_no_term() -> None:
    def listed(heading: str) -> Document:
        rows = [
            block("", 4, raw="- **The Sleeping Brain** — a history of sleep research by a neurologist."),
            block("", 5, raw="- **Why Naps Work** — a field guide to short sleep for shift workers."),
        ]
        return document(section(heading, 3, *rows), language="en")

    assert drafts_of(listed("Books mentioned"), "reversed") == []
    assert drafts_of(listed("Worth your time"), "reversed") == []  # a newsletter's reading list
    assert drafts_of(listed("Key ideas"), "reversed") != []


def test_a_dash_a_speaker_opens_a_definition_with_is_no_part_of_it() -> None:
    from quizgen.ingest import parse_text

    doc = parse_text(
        "周岚：单店盈亏是我们算过最久的账。\n陈默：嗯。\n"
        '周岚：所以后来我定了一个规矩，内部叫"稳开店原则"，就是——一家新店连续三个月打平之前，不在同一个区开第二家。\n'
        "陈默：这是不是有点保守？\n周岚：不保守。\n",
        name="t",
    )
    asked = {d.question: d.answer for d in kept_drafts(doc, "framework") if d.type == "reversed"}
    assert asked == {"哪个概念是指：一家新店连续三个月打平之前，不在同一个区开第二家？": "稳开店原则"}


def test_an_english_name_closing_a_chinese_definition_is_left_out_of_the_reversed_question() -> None:
    doc = notes("**准时率**：按约定时间送达的订单比例（on-time delivery rate）。")
    [framework] = [f for f in extract_frameworks.extract(doc) if isinstance(f, Framework)]
    assert reversed_question(doc, framework) == "哪个概念是指：按约定时间送达的订单比例？"
    inside = notes("**安全库存**：为应对需求波动（demand variability）多备的库存。")
    [framework] = [f for f in extract_frameworks.extract(inside) if isinstance(f, Framework)]
    assert (
        reversed_question(inside, framework)
        == "哪个概念是指：为应对需求波动（demand variability）多备的库存？"
    )


def test_a_group_whose_name_quotes_its_own_words_is_not_quoted_twice() -> None:
    from quizgen.ingest import parse_text

    text = (
        "# 久坐的自救\n\n## 二、“停—转—压”三步法\n\n"
        "针对久坐人群，康复科的医生提出了一个好记的**“停—转—压”三步法**：\n\n"
        "- **停**：每工作50分钟停下手里的活，站起来走一圈。\n"
        "- **转**：转动肩颈各10次，放松斜方肌和颈部的肌肉。\n"
        "- **压**：双手扶墙压腿30秒，拉伸大腿后侧的肌肉。\n"
    )
    questions = [d.question for d in kept_drafts(parse_text(text, name="sit", path="sit.md"), "framework")]
    assert "在“停—转—压”三步法中，“停”指什么？" in questions
    assert not any("““" in q or "””" in q for q in questions)


def test_a_member_named_by_a_word_is_asked_what_it_is_not_what_it_stands_for() -> None:
    from quizgen.generate.frameworks import basic_question

    def member(term: str) -> Framework:
        said = "the team compares the sealed guesses"
        return Framework(term, said, "", said, Source("n", "", 1), group="Five steps")

    doc = document(section("Method", 3, block("", 4, raw="x")), language="en")
    assert basic_question(doc, member("SORT")) == 'In "Five steps", what is "SORT"?'
    assert basic_question(doc, member("K")) == 'In "Five steps", what does "K" stand for?'
    assert basic_question(doc, member("RTO")) == 'In "Five steps", what does "RTO" stand for?'
    # a word, however rare, names its member: it stands for nothing
    assert basic_question(doc, member("Zorvex")) == 'In "Five steps", what is "Zorvex"?'
    assert basic_question(doc, member("Aeration")) == 'In "Five steps", what is "Aeration"?'


def test_a_list_of_who_said_what_with_the_note_taker_among_them_gives_no_terms() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    def terms(me: str) -> set[str]:
        text = (
            "# Workshop notes\n\n## Practice round\n\n- what each of us bet on:\n"
            "  - **Lucía**: the price is what drives people away\n"
            "  - **Oskar**: the weather and the seasons\n"
            f"  - **{me}**: a rival opened two streets away\n"
        )
        return {i.answer for i in generate([parse_text(text, name="n")], "d") if i.kind == "framework"}

    assert not terms("me") & {"Lucía", "Oskar"}
    # with no "me" among the labels, nothing in the list itself says they are people
    assert terms("Dana") & {"Lucía", "Oskar", "Dana"}


def _questions(text: str) -> list[str]:
    from quizgen.ingest import parse_text

    return [d.question for d in kept_drafts(parse_text(text, name="t", path="t.md"), "framework")]


def test_one_character_terms_are_asked_within_the_list_a_line_above_names() -> None:
    questions = _questions(
        "# 发布会笔记\n\n## 新产品\n\n- 这家店有一套 **“看-想-做”三步闭环**：\n"
        "  1. **看**：先把用户的用电数据看清楚\n  2. **想**：比较几种方案，挑出最省钱的那一种\n"
        "  3. **做**：让设备自动切换到储能供电\n"
    )
    assert "在“看-想-做”三步闭环中，“看”指什么？" in questions  # the chain of steps is no garbled word
    assert not any(q.startswith(("什么是“", "哪个概念是指")) for q in questions)


def test_one_character_terms_are_asked_within_their_heading_or_not_at_all() -> None:
    terms = "- **洗**：用温水把纸面上的污渍冲掉。\n- **补**：在背面刷一层浆，托上一张新纸。\n"
    assert "在“修复流程”中，“补”指什么？" in _questions(f"# 修复笔记\n\n## 修复流程\n\n{terms}")
    # a heading quoting the list's name gives the name
    named = _questions(f"# 修复笔记\n\n## 实操（她叫“修书两步走”）\n\n{terms}")
    assert "在“修书两步走”中，“补”指什么？" in named
    # a heading that is a clause or a question says no list: one character alone asks nothing
    for heading in ("总是洗不干净怎么办", "Q3：怎么修？"):
        assert not any(
            "“补”" in q or q.endswith("补") for q in _questions(f"# 修复笔记\n\n## {heading}\n\n{terms}")
        )


def test_a_bare_count_is_asked_within_the_heading_it_stands_under_or_not_at_all() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    named = parse_text("# 笔记\n\n## 动机理论\n\n**四个阶段**：唤起、定向、坚持、回顾。\n", name="t")
    asked = {i.question: i.answer for i in generate([named], "d")}
    assert asked.get("在“动机理论”中，“四个阶段”是哪些？") == "唤起、定向、坚持、回顾"
    orphan = parse_text(
        "# 笔记\n\n## 这部分只记了个大概，回头要对着课本再补一遍细节\n\n"
        "**四个阶段**：唤起、定向、坚持、回顾。\n",
        name="t",
    )
    assert not any("四个阶段" in i.question for i in generate([orphan], "d"))


def test_a_headings_number_is_no_part_of_its_name() -> None:
    from quizgen.generate.frameworks import heading_name

    assert heading_name("4.1 动机三要素") == "动机三要素"
    assert heading_name("三、成本分类 ★★★") == "成本分类"
    assert heading_name("2. Methods") == "Methods"
    assert heading_name("2019 in review") == "2019 in review"  # a year opens the name itself
    assert heading_name("1.5x speed") == "1.5x speed"


def test_a_labelled_reason_is_asked_within_its_heading_and_never_by_its_label() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 复习\n\n## 兴盛的原因\n\n1. **交通**：运河贯通，货船直达省城。\n"
        "2. **人才**：书院林立，识字的人多。\n3. **资本**：钱庄放贷利息低。\n",
        name="t",
    )
    items = generate([notes], "d")
    assert any(i.question == "在“兴盛的原因”中，“人才”指什么？" for i in items)
    assert not any(i.type in {"reversed", "choice"} and i.answer in {"交通", "人才", "资本"} for i in items)


def test_a_labelled_feature_or_theme_is_asked_within_its_heading_and_never_by_its_label() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    zh = parse_text(
        "# 茶课笔记\n\n## 岩茶的特点\n\n- **岩韵明显**：入口有矿物感，回甘来得慢而长。\n"
        "- **耐泡**：一泡茶叶可以冲七八次，香气不散。\n"
        "- **焙火重**：出厂前要反复烘焙，茶汤颜色偏深。\n",
        name="t",
    )
    items = generate([zh], "d")
    assert any(i.question == "在“岩茶的特点”中，“耐泡”指什么？" for i in items)
    assert not any(i.answer in {"岩韵明显", "耐泡", "焙火重"} for i in items)
    en = parse_text(
        "# Notes: pottery evening\n\n## Signs of a well-wedged clay\n\n"
        "- **Even colour**: no streaks left when the lump is cut through with a wire.\n"
        "- **No air pockets**: the cut face shows no holes, even under a lamp.\n"
        "- **Springy feel**: the clay pushes back a little when pressed with a thumb.\n",
        name="t",
    )
    items = generate([en], "d")
    assert any(i.question == 'In "Signs of a well-wedged clay", what is "Springy feel"?' for i in items)
    assert not any(i.answer in {"Even colour", "No air pockets", "Springy feel"} for i in items)
    # under a heading too long to name before a question, a label is not asked at all
    long = parse_text(
        "# Notes\n\n## Features of the clay we used on the second evening of the course\n\n"
        "- **Even colour**: no streaks left when the lump is cut through with a wire.\n"
        "- **Springy feel**: the clay pushes back a little when pressed with a thumb.\n",
        name="t",
    )
    assert not any("Even colour" in i.question + i.answer for i in generate([long], "d"))


def test_a_firm_or_the_note_takers_rating_is_no_term() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    zh = parse_text(
        "# 读书笔记\n\n## 每家公司的经济指标\n\n- **远山钢铁**：每卷出厂钢板的毛利，而不是总利润。\n"
        "- **北岸银行**：每位客户的年均存款，因为揽储难，留住老客户才要紧。\n"
        "- **刺猬原则**：热爱、擅长与赚钱三件事重叠的那一块，要简单、清楚。\n",
        name="t",
    )
    answers = {i.answer for i in generate([zh], "d")} | {i.question for i in generate([zh], "d")}
    assert not any("钢铁" in a or "银行" in a for a in answers)
    assert any("刺猬原则" in a for a in answers)
    en = parse_text(
        "# Meetup notes\n\n## Wrap-up\n\n- **Best talk**: the one on queue design, by a mile.\n"
        "- **Recurring theme of the evening**: ship small changes and watch the numbers after each.\n"
        "- **Backpressure**: a consumer telling its producer to slow down when its queue fills.\n",
        name="t",
    )
    said = " ".join(f"{i.question} {i.answer}" for i in generate([en], "d"))
    assert "Best talk" not in said and "Recurring theme" not in said
    assert "Backpressure" in said


def test_an_events_aspect_is_asked_within_its_heading_and_never_by_its_label() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = parse_text(
        "历史复习\n\n【考点3】某条约签订的影响 ★★★（必背）\n\n"
        "  1. 性质：标志着沿海贸易从此受制于人\n  2. 标志：这一地区开放口岸的起点\n"
        "  3. 意义：第一次出现了专门办理外交的机构\n\n"
        "【考点4】后来的改革\n\n  改革从1861年开始，前后持续了三十多年，主要在沿海的几个城市推行。\n",
        name="t",
    )
    items = generate([notes], "d")
    assert any(i.question == "在“某条约签订的影响”中，“性质”指什么？" for i in items)
    assert not any(i.answer in {"性质", "标志", "意义"} for i in items)


def test_a_class_label_is_asked_within_its_heading_or_not_at_all() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    named = parse_text(
        "# 笔记\n\n## 噪声功能区\n\n- **Ⅱ类**：居住、商业混杂区\n- **Ⅳ类**：交通干线两侧\n", name="t"
    )
    items = generate([named], "d")
    assert any(
        i.question.startswith("在“噪声功能区”中，") and "Ⅳ类" in (i.question + i.answer) for i in items
    )
    bare = parse_text(
        "# 笔记\n\n## 五、GB 0000-2000 某某标准（考试重点）\n\n"
        "- **Ⅱ类**：居住、商业混杂区\n- **Ⅳ类**：交通干线两侧\n",
        name="t",
    )
    assert not any("Ⅳ类" in i.question or i.answer == "Ⅳ类" for i in generate([bare], "d"))


def test_a_list_announced_by_a_clause_gives_its_members_no_context() -> None:
    from quizgen.generate.frameworks import list_of

    clause = Framework(
        "Agenda", "what the meeting decides", "", "", Source("t", "S", 3), group="讲开会，用了三个词"
    )
    assert list_of(document(), clause) == ""
    named = Framework("Agenda", "what the meeting decides", "", "", Source("t", "S", 3), group="三个词")
    assert list_of(document(), named) == "三个词"


def test_when_a_rule_is_used_is_no_definition() -> None:
    assert not is_definition("Used when a wire moves across the field lines")
    assert is_definition("A rule giving the direction of the induced current")


def test_a_heading_that_names_the_term_is_no_context_for_it() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 笔记\n\n## 为什么要有“学习契约”\n\n- **学习契约**：师生事先约定的目标、方法和评价方式\n"
        "- **契约评价**：按约定的标准检查完成情况\n",
        name="t",
    )
    questions = [i.question for i in generate([notes], "d")]
    assert not any(q.startswith("在为什么要有") for q in questions)  # the heading names the term itself


def test_a_term_whose_words_the_meaning_says_whole_is_asked_forward_only() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = parse_text(
        "# 读书笔记\n\n## 名词解释\n\n"
        "- **注意力税（attention tax）**：焦虑占用了注意力，像每天交一笔看不见的税。\n"
        "- **赊欠（borrowing）**：不只赊钱，把今天的事推到明天也是赊时间。\n"
        "- **心流**：全神贯注、忘了时间流逝的状态，常在难度恰好时出现。\n",
        name="t",
    )
    items = generate([notes], "d")
    assert not any(i.answer.startswith(("注意力税", "赊欠")) for i in items)
    assert any(i.question.startswith("什么是“注意力税") for i in items)


def test_a_heading_over_any_notes_is_no_context() -> None:
    from quizgen.generate.frameworks import heading_as_context

    assert heading_as_context("概念") == "" and heading_as_context("Key terms") == ""
    assert heading_as_context("正当防卫的概念") == "正当防卫的概念"
    # a lecture's date line (Mon 3 Feb, room 2; 周三 第二讲) says when, not what the notes are about
    assert heading_as_context("Mon 3 Feb, room 2") == "" and heading_as_context("周三 第二讲") == ""
    assert heading_as_context("The May Fourth Movement") == "The May Fourth Movement"


def test_a_heading_that_shortens_the_term_is_no_context_for_asking_it() -> None:
    from quizgen.generate.frameworks import heading_as_context

    assert heading_as_context("茶协", "茶叶协会") == ""  # 在“茶协”中，…？ → 茶叶协会: given away
    assert heading_as_context("SLO", "service level objective") == ""
    # a heading that names the topic, not the term, stays the context
    assert heading_as_context("行业组织", "茶叶协会") == "行业组织"
    assert heading_as_context("Budgets", "service level objective") == "Budgets"
    assert heading_as_context("漆器修护", "漆器表面修护") == "漆器修护"  # the kind a longer term is of


def test_a_plain_label_opening_a_line_is_not_asked_back_as_a_term() -> None:
    from quizgen.ingest import parse_text

    def asked_back(text: str) -> set[str]:
        doc = parse_text(text, name="t", path="t.md")
        return {d.answer for d in kept_drafts(doc, "framework") if d.type == "reversed"}

    english = asked_back(
        "# Ward round\n\n## Handover\n\n- Outstanding: swabs, scans, the physio review\n"
        "- **Triage**: sorting patients by how urgently they need care\n"
        "- Shock index (SI) = heart rate divided by systolic pressure\n"
    )
    assert "Triage" in english and "Outstanding" not in english
    assert "Shock index" in english  # given its abbreviation
    bolded = (
        "# 木工笔记\n\n## 工具\n\n- 刨子：推的时候手腕要稳\n"
        "- **榫卯**：不用钉子，靠凹凸相扣把木构件连在一起\n- **燕尾榫**：榫头做成燕尾形、拉不脱的榫\n"
    )
    chinese = asked_back(bolded)
    assert "榫卯" in chinese and "刨子" not in chinese  # what to mind with a tool, asked back as its meaning
    forward = parse_text(bolded, name="t", path="t.md")
    assert not any("刨子" in d.question for d in kept_drafts(forward, "framework"))  # nor asked forward
    # a class and its members, a mnemonic's one character: plain labels that are terms all the same
    classes = asked_back(bolded + "- 硬木类：橡木、胡桃木、榉木，适合做家具\n- 稳：手腕不晃，刨花才匀\n")
    assert {"硬木类", "稳"} <= classes
    # a textbook that bolds no term: its plain labels are its terms
    plain = asked_back("# 木工笔记\n\n## 术语\n\n- 榫卯：不用钉子，靠凹凸相扣把木构件连在一起\n")
    assert "榫卯" in plain


def test_an_english_label_of_one_everyday_word_is_asked_back_not_forward() -> None:
    questions = _questions(
        "# Contract law notes\n\n## Consent to a risk\n\n"
        "- **Written**: signed form naming the activity and its risks.\n"
        "- **Remittitur**: a judge cutting a jury award the evidence cannot support.\n"
        "- **diode**: a part that lets current flow one way only.\n"
    )
    assert 'What is meant by "Written"?' not in questions
    assert any(q.startswith("Which term means: signed form") for q in questions), questions
    assert 'What is meant by "Remittitur"?' in questions  # a rare word is a term to ask
    glossary = _questions("# Glossary\n\n- **Ledger**: A book in which a firm records its accounts.\n")
    assert 'What is meant by "Ledger"?' in glossary  # a gloss opening on its article defines the word


def test_an_aspect_label_under_a_heading_that_names_nothing_is_not_asked() -> None:
    notes = (
        "# 纪录片笔记\n\n## 先放个总览\n\n"
        "- **盐运古道**：山区以马帮为主要运输方式的盐运通道，以盐换粮。\n"
        "- 地位：连接盐井与山外集镇的主要通道（相对而言），称为“生命线”。\n"
    )
    assert not any("地位" in q for q in _questions(notes))
    named = notes.replace("## 先放个总览", "## 盐运古道的意义")
    assert any("地位" in q for q in _questions(named))  # under a heading that names its subject


def test_a_meaning_cut_to_one_english_word_is_not_asked() -> None:
    questions = _questions(
        "# Torts\n\n## Standard of care\n\n"
        "- **Duty to rescue** — limited. Only a special relationship, such as carrier and rider, makes one.\n"
        "- **Sudden emergency doctrine**: one facing a crisis not of their making is judged leniently.\n"
    )
    assert not any("Duty to rescue" in q for q in questions), questions
    assert 'What is meant by "Sudden emergency doctrine"?' in questions


def test_when_a_visit_was_is_no_part_of_its_headings_name() -> None:
    from quizgen.generate.frameworks import heading_name

    assert heading_name("下午 · 苗圃车间") == "苗圃车间"
    assert heading_name("Day 2 – Harbour tour") == "Harbour tour"
    assert heading_name("上午茶歇") == "上午茶歇"  # a heading that is only when stays whole


def test_a_bold_label_telling_a_change_is_a_point_not_a_term() -> None:
    doc = notes(
        "**口感明显变差**：冻过的面包水分流失，回炉后发硬",
        "**香气被掩盖**：加了太多黄油，麦香就出不来",
        "**慢变量**：短期内难以察觉、长期却决定结果的因素。",
        heading="反复冷冻的问题",
    )
    terms = {answer for _, answer in drafts_of(doc, "reversed")}
    assert "慢变量" in terms and not terms & {"口感明显变差", "香气被掩盖"}


def test_a_gloss_saying_someone_else_is_doing_it_too_is_no_meaning() -> None:
    doc = notes(
        "**补贴战**：有几家连锁也在做社区团购，而且有平台补贴",
        "**慢变量**：短期内难以察觉、长期却决定结果的因素。",
        heading="竞争",
    )
    terms = {answer for _, answer in drafts_of(doc, "reversed")}
    assert "慢变量" in terms and "补贴战" not in terms


def test_a_name_glossed_by_whose_relative_they_are_is_asked_who_not_what() -> None:
    doc = notes(
        "**玛格丽特·霍尔**：亨利和安妮的女儿，后来嫁给了船长",
        "**周启元**：周掌柜的儿子，继承了药铺",
        "**慢变量**：短期内难以察觉、长期却决定结果的因素。",
        heading="第二代",
    )
    people = {(d.question, d.answer) for d in kept_drafts(doc, "framework") if d.kind == "person"}
    assert ("谁是亨利和安妮的女儿？", "玛格丽特·霍尔") in people and (
        "谁是周掌柜的儿子？",
        "周启元",
    ) in people
    assert not any(a in {"玛格丽特·霍尔", "周启元"} for _, a in drafts_of(doc, "reversed"))
