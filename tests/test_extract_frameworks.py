"""Framework extraction: term–definition pairs in their common forms, and what is not one."""

from __future__ import annotations

import pytest
from dockit import block, document, section

from quizgen.extract.frameworks import cut_definition, extract
from quizgen.ingest import parse_text
from quizgen.model import Language, MetaField


def terms(doc: object) -> list[str]:
    return [f.term for f in extract(doc)]  # type: ignore[arg-type]


def test_bold_term_with_full_width_colon_in_a_bullet() -> None:
    doc = document(
        section("框架", 3, block("", 4, raw="**复利思维**：把每次的收益投入下一轮，长期回报呈指数增长。"))
    )
    [fw] = extract(doc)
    assert (fw.term, fw.definition) == ("复利思维", "把每次的收益投入下一轮，长期回报呈指数增长")
    assert fw.source.line == 4 and fw.source.section == "框架"


def test_plain_words_before_a_bold_term_with_its_alias_make_no_term() -> None:
    # `- lower **bond energy (BE)**: …`: the note's verb before the term; the alias in brackets must
    # not hide that the bold words are only part of the label
    def parsed(line: str) -> list[str]:
        return terms(parse_text(f"# Chem\n\n## Bonds\n\n- {line}\n", name="t.md"))

    assert parsed("raises **bond energy (BE)**: the energy it takes to break one mole of a bond") == []
    assert parsed("**bond energy (BE)**: the energy it takes to break one mole of a bond") == [
        "bond energy (BE)"
    ]


def test_bold_english_term_with_colon_inside_the_markup() -> None:
    line = "**Latency:** the time a request waits before any work on it starts."
    doc = document(section("Terms", 3, block("", 4, raw=line)), language="en")
    [fw] = extract(doc)
    assert (fw.term, fw.definition) == ("Latency", "the time a request waits before any work on it starts")
    # elsewhere a label bolded with its colon names a field of the notes (**Comment:**, **Source:**)
    assert extract(document(section("Session notes", 3, block("", 4, raw=line)), language="en")) == []
    moved = line.replace(":**", "**:")  # …and a term bolded alone is one wherever it stands
    assert [
        f.term for f in extract(document(section("Session notes", 3, block("", 4, raw=moved)), language="en"))
    ] == ["Latency"]


def test_unbolded_dash_and_colon_lines_in_a_glossary_run() -> None:
    doc = document(
        section(
            "术语",
            3,
            block("留白——画面中有意不着笔墨的空白部分，用来引导观者的想象。", 4, kind="paragraph"),
            block("皴法：山石画中表现纹理和明暗的笔法，因画派不同而有许多种。", 5, kind="paragraph"),
        )
    )
    assert terms(doc) == ["留白", "皴法"]


def test_a_lone_unbolded_colon_line_among_prose_is_not_a_definition() -> None:
    doc = document(
        section(
            "经过",
            3,
            block("他的做法：先把材料分类，再按用途逐一检查，最后汇总成表。", 4, kind="numbered"),
            block("第二年，这套办法推广到了全省，效果相当明显。", 5, kind="numbered"),
            block("到了第三年，各地又在此基础上做了不少改进。", 6, kind="numbered"),
        )
    )
    assert terms(doc) == []


def test_speaker_turns_are_not_definitions_even_when_shaped_like_one() -> None:
    turns = [
        block("我们今天聊一聊城市更新的几个难点，先请嘉宾介绍一下。", 4, kind="turn", speaker="主持人"),
        block("城市更新首先是产权问题，其次才是资金和规划。", 5, kind="turn", speaker="嘉宾"),
    ]
    unmarked_turns = [
        block("主持人：我们今天聊一聊城市更新的几个难点，先请嘉宾介绍一下。", 4, kind="paragraph"),
        block("嘉宾：城市更新首先是产权问题，其次才是资金和规划。", 5, kind="paragraph"),
        block("主持人：资金从哪里来呢？地方财政压力已经很大了。", 6, kind="paragraph"),
    ]
    assert terms(document(section("对谈", 3, *turns))) == []
    assert terms(document(section("对谈", 3, *unmarked_turns))) == []


def test_metadata_lines_and_sentences_with_a_colon_are_not_definitions() -> None:
    lines = [
        block("作者：王小明，北京大学历史系教授，长期研究明清社会史。", 4, kind="paragraph"),
        block("日期：2024年3月5日，在学校图书馆报告厅举行。", 5, kind="paragraph"),
        block("他说得很清楚：我们不能只看眼前的利益，要看长远。", 6, kind="paragraph"),
        block("九章依次为：选址、装修、定价、招聘、促销、复盘、收尾。", 7, kind="paragraph"),
    ]
    doc = document(section("记录", 3, *lines), metadata=(MetaField("来源", "校报", 2),))
    assert terms(doc) == []


def test_a_long_term_or_a_term_with_sentence_punctuation_is_rejected() -> None:
    lines = [
        block("这一套在很多地方都行之有效的管理办法：先分类再检查。", 4, kind="paragraph"),
        block("首先，我们要注意：所有材料都要分类登记后入库。", 5, kind="paragraph"),
        block(
            "A rather long heading that is really a sentence here: it goes on and on.", 6, kind="paragraph"
        ),
    ]
    assert terms(document(section("杂记", 3, *lines))) == []


@pytest.mark.parametrize(
    "line",
    [
        "- **第一步**：收集各街道的数据，整理成统一的表格。",  # a step's number
        "- **优点**：改造成本低，居民容易接受，见效也比较快。",  # an evaluation's label
        "- **Note**: the survey covered only weekday traffic in the centre.",
        "- **不足**：第二部分的论证有些跳跃，数据来源也没交代清楚。",
        "- **Weaknesses**: the middle chapters repeat the same case three times.",
        "- **河谷的地理条件**：沿河有大小渡口十一处，其中三处最繁忙。",  # a section's topic
        "- **Background of the dispute**: the two towns shared one weir for a century.",
        "- **重点判断**：未来的增量不在干线，而在最后一公里。",  # a judgement's or a warning's label
        "- **Warning from the lecture**: a high score does not guarantee busy streets.",
        "- **Seat**: row C, next to the aisle.",  # the note-taker's seat
        "- **Point**: rivers are built at the top and lost at the bottom.",
        "- **第一道门**：物理门，手机放到另一个房间。",  # an ordinal's label
        "- **旧说法**：地幔对流像传送带，把板块驮着走。",  # a view's label
        "- **主讲人简介**：研究员，做了二十多年俯冲带研究。",  # a bio's heading
        "- **节目名**：《城南城北》——一档聊城市生活的中文播客。",  # the show's own record
        "- **主播**：阿青（原来做杂志编辑，很会追问）。",
        "- **原理**：用重物压住纸浆，把多余的水一点点挤出去。",  # how it works, under the device's name
        "- **小提示**：去之前先打电话，周一闭馆。",
        "- **Reading for Monday**: chapter 4, plus the short paper on ferries.",
        "- **Mara's caution**: the drop had started before the new rule came in.",
        "- **周老师的诊断**：问题不在价格，在复购。",
        "- **新馆成绩单**：开馆一年接待观众四十万人次。",  # a heading over its results
        "- **Opposed**: two residents of the east ward and the shop owners on Mill Road.",  # a vote
        "- **In favour**: the harbour trust and the sailing club, both in writing.",
        "- **Dana asked re**: overtime for the parks crew, and who signs it off.",  # regarding
    ],
)
def test_bold_lead_ins_that_label_rather_than_name_are_not_terms(line: str) -> None:
    assert terms(document(section("笔记", 3, block("", 4, raw=line)))) == []


def test_an_acronyms_letter_before_its_member_is_no_part_of_the_term() -> None:
    lines = [
        block("", 4, raw="- **S – Specific:** the goal names one outcome anyone could check."),
        block("", 5, raw="- **M – Measurable:** progress towards it can be counted week by week."),
    ]
    assert terms(document(section("SMART", 3, *lines))) == ["Specific", "Measurable"]


def test_a_label_filing_a_note_under_its_kind_is_no_term() -> None:
    lines = [
        block("", 4, raw="- **作者观点**：老街区的停车应该集中安排在街区外围，而不是沿街停放。"),
        block("", 5, raw="- **金句**：“城市好不好，要看老人和孩子敢不敢在街上走。”"),
        block("", 6, raw="- **一次菜市场调查**：摊主们普遍以为顾客大多开车来，其实多数是步行。"),
        block("", 7, raw="- **My takeaway**: small shops survive where the pavement is wide enough to stop."),
        block("", 9, raw="- **关键人物**：吴明远，老城区改造办公室主任，主持了第一轮街道调研。"),
        block("", 8, raw="- **骑楼**：临街楼房底层向内退让出的有顶走廊，行人可以在下面避雨遮阳。"),
    ]
    assert terms(document(section("城市笔记", 3, *lines))) == ["骑楼"]


def test_a_charts_axes_and_a_label_over_terms_are_no_terms() -> None:
    lines = [
        block("", 4, raw="- **核心概念**：快循环 / 慢循环"),
        block("", 5, raw="- **横轴**：两种鸟的食性重叠程度。"),
        block("", 6, raw="- **纵轴**：繁殖成功率的比值。"),
        block("", 7, raw="- **y-axis**: the ratio of the two survival rates."),
        block("", 8, raw="- **食性分化**：同一片林子里的鸟各吃不同高度的虫子，彼此少有竞争。"),
    ]
    assert terms(document(section("课堂笔记", 3, *lines))) == ["食性分化"]


def test_the_lines_under_a_miscellany_heading_are_remarks_a_bold_term_is_still_a_term() -> None:
    lines = [
        block("", 4, raw="- Tablets: build the wide layout last, nobody on the board uses one."),
        block("", 5, raw="- Colours: keep to two, the printer ruins the third."),
        block("", 6, raw="- Fonts: one family only, two weights at most."),
        block("", 7, raw="- **Glance test**: a reader must find the headline number within five seconds."),
    ]
    assert terms(document(section("Misc / random", 3, *lines), language="en")) == ["Glance test"]
    assert len(terms(document(section("Key terms", 3, *lines), language="en"))) == 4  # a glossary
    # English plain runs are remarks under any heading but a terms one; Chinese runs make a glossary,
    # so there the miscellany heading is what keeps them remarks
    zh = [
        block("", 4, raw="- 平板：宽屏布局最后再做，评审里没人用平板。"),
        block("", 5, raw="- 配色：最多两种，打印机会把第三种印糊。"),
        block("", 6, raw="- 字体：只用一个字族，最多两种字重。"),
        block("", 7, raw="- **一眼测试**：读者要在五秒内找到标题里的数字。"),
    ]
    assert terms(document(section("杂项", 3, *zh))) == ["一眼测试"]
    assert len(terms(document(section("版式规范", 3, *zh)))) == 4


def test_a_meetings_fields_a_notes_aside_or_a_warning_sign_is_no_term() -> None:
    lines = [
        block("", 4, raw="- **Vote**: carried 4–0, one member not voting (declared interest)."),
        block("", 5, raw="- **Moved**: Ellis / Seconded: Ramos, after a short debate on costs."),
        block("", 6, raw="- **Apologies**: Cllr Hart, Cllr Obi, both away on council business."),
        block("", 7, raw="- **旁注**：这句话后来在全书里一共出现了三次，作者显然很看重。"),
        block("", 8, raw="- **李老师原话**：“点估计像是猜一个数，区间估计像是撒一张网。”"),
        block("", 9, raw="- **⚠️ 不要和标准差混**：标准差描述数据本身，标准误描述估计量的波动。"),
        block("", 10, raw="- **Quorum rule**: at least five voting members must be present for a decision."),
        block("", 11, raw="- **Recital stuff**: not binding, but courts use it to read the articles."),
    ]
    assert terms(document(section("Minutes", 3, *lines))) == ["Quorum rule"]


def test_a_study_asides_label_or_a_persons_line_is_no_term() -> None:
    lines = [
        block(
            "",
            4,
            raw="- **Exam tip**: bioavailability counts what reaches the blood, not what the gut absorbs.",
        ),
        block("", 5, raw="- **易错点**：半衰期只取决于清除率和分布容积，与剂量无关。"),
        block("", 6, raw="- **老周**：主播，前体育记者，自称“只会看球不会踢球”。"),
        block("", 7, raw="- **陈雨桐**：冷链物流咨询合伙人，此前在一家乳企做了六年品控。"),
        block("", 8, raw="- **骑楼**：临街楼房底层向内退让出的有顶走廊，行人可以在下面避雨遮阳。"),
        block("", 9, raw="- **digoxin t½ ~ days**: a small Vd that still takes a week to wash out."),
        block("", 10, raw="- [ ] Digoxin t½ — look up the range for the elderly"),
        block("", 11, raw="- **Exam context**: 180 questions in 230 minutes, no formula sheet."),
        block("", 12, raw='quote: "safety is not the absence of failure" - Dekker'),
        block("", 13, raw="ref: Cook, How Complex Systems Fail (1998), the 18 short points"),
        block("", 14, raw="Citation (APA): Marlow, T. (2021). Tides of grain [Kindle version]."),
        block("", 15, raw="**出处**：《河渠书》卷三，第 41 页。"),
        block("", 16, raw="212 BCE — the canal's first lock (the Lingqu). Reread for the seminar."),
        block("", 17, raw="**1620年代**：运河上的闸官制度开始废弛。"),
        block("", 18, raw="**误区二**：把开会当成推进，把汇报当成完成。"),
        block("", 19, raw="**论述题**：运河对沿岸城镇兴衰的影响（要结合材料，写出正反两面）。"),
        block("", 20, raw="当地有句话：“**宁走十里弯，不走一里滩**”——意思是宁可绕路也别冒险过浅滩。"),
        block("", 21, raw="**林老师的结论**：运河的兴衰首先是财政问题，其次才是工程问题。"),
    ]
    assert terms(document(section("本期提到的概念", 3, *lines))) == ["骑楼"]


def test_a_papers_parts_as_labels_are_no_terms_a_named_effect_is() -> None:
    lines = [
        block("", 4, raw="- **Main method**: a staggered difference-in-differences by region."),
        block("", 5, raw="- **Robustness**: a synthetic control built for each region that switched."),
        block("", 6, raw="- **Pooled effect of the reform**: about 3 more hires per firm after two years."),
        block("", 7, raw="- **Policy conclusion**: councils should fund advisers before a new law."),
        block("", 8, raw="- **研究方法**：对十二个地区做交错双重差分。"),
        block("", 10, raw='- **Great line**: "a gauge does not argue" (p. 88), about the shop-floor rule.'),
        block("", 11, raw="- **Post-war**: numerical control, coordinate measuring machines and statistics."),
        block("", 12, raw='- quote (Dekker, she credited him): "human error is a symptom of trouble"'),
        block("", 13, raw='- ref: Cook, "How Complex Systems Fail" (1998) - 18 short points, a quick read'),
        block(
            "",
            14,
            raw="- Famous bit: **the Night Court** of the salt marsh, which meets on Fridays by the sluice.",
        ),
        block("", 15, raw="- **Fun fact**: the sluice keeper is elected by lot every second spring."),
        block("", 16, raw="- **Surprising one**: errors rose in the drills, but outages got shorter."),
        block("", 17, raw="- Key thing: the timetable matters more than the size of the fleet."),
        block("", 18, raw="- **Ex**: wheat and barley reached the Nile valley within a few centuries."),
        block("", 19, raw="- **Tests**: diet, growth rate, temper, herd structure."),
        block("", 20, raw="- **One-line summary**: geography, not biology, set the pace of development."),
        block("", 21, raw="- **研究目的**：减少对出土纺织品的破坏。"),
        block("", 22, raw="- **测年结果**：主体年代在西周早期。"),
        block("", 9, raw="- **Hawthorne effect**: people work differently when they know they are watched."),
    ]
    assert terms(document(section("The paper", 3, *lines), language="en")) == ["Hawthorne effect"]


def test_a_line_of_data_under_a_label_is_no_definition() -> None:
    lines = [
        block("", 4, raw="- **战绩**：2018年区冠军，2020年市第三，2022年省第六。"),
        block("", 5, raw="- **Average cost per dam**: around $2,400 including donated materials and labour."),
        block("", 6, raw='- **Episode 12**: "The Night Shift" with a guest from the fire service.'),
        block("", 7, raw="- **待办**：跟进2023年的报名表，问清楚截止日期。"),
        block("", 8, raw="- **一城一钟**：指全城以一座主钟为准，其他钟每天按它校准的制度，1790年起实行。"),
    ]
    assert terms(document(section("笔记", 3, *lines))) == ["一城一钟"]


def test_a_short_definition_is_not_enough() -> None:
    doc = document(section("术语", 3, block("", 4, raw="**留白**：空白。")))
    assert terms(doc) == []


def test_a_question_is_not_a_definition() -> None:
    lines = [
        block("课后思考：为什么竹筏没有被木船淘汰？请结合材料作答。", 4, kind="paragraph"),
        block("思考题：如何评价这一改革的得失，理由是什么", 5, kind="paragraph"),
        block("留白：画面中有意不着笔墨的空白部分。", 6, kind="paragraph"),
    ]
    assert terms(document(section("作业", 3, *lines))) == []


def test_inline_definition_announced_by_ji_after_a_quoted_term() -> None:
    text = "她认为，团队效率的关键是“认知带宽”（cognitive bandwidth），即一个人同时处理信息的能力。"
    [fw] = extract(document(section("主题一", 3, block(text, 4))))
    assert (fw.term, fw.definition) == ("认知带宽", "一个人同时处理信息的能力")


def test_definition_cut_at_semicolon_with_rest_kept() -> None:
    card, rest = cut_definition("出门之前逐项清点、核对随身物品；漏得少的一方赢。", "点包", "zh")
    assert (card, rest) == ("出门之前逐项清点、核对随身物品", "漏得少的一方赢。")
    # a short first sentence stays the card; the next sentence is never run into it
    assert cut_definition("嵌铜丝。一杆中秤大概要钉三百多颗星。", "钉星", "zh") == (
        "嵌铜丝",
        "一杆中秤大概要钉三百多颗星。",
    )


def test_a_pointer_to_read_on_is_no_part_of_a_definition() -> None:
    assert cut_definition("the leftover water in a cell turns to glass (see sec. 4).", "Glassing", "en") == (
        "the leftover water in a cell turns to glass",
        "",
    )
    assert cut_definition("把年度目标拆成季度目标（详见第三章），再拆成每周的行动。", "目标拆解", "zh")[
        0
    ] == ("把年度目标拆成季度目标，再拆成每周的行动")


def test_definition_cut_before_a_contrast_or_an_example() -> None:
    assert cut_definition("把每一期视为独立项目，关注单期回报，而非整体盈利。", "分期视角", "zh")[0] == (
        "把每一期视为独立项目，关注单期回报"
    )
    assert cut_definition("在初筛后再核对的5个要点，例如谁家更守信用。", "五问", "zh")[0] == (
        "在初筛后再核对的5个要点"
    )
    # an abbreviation's full stop ends no sentence: the card is never cut inside "(e.g. …)"
    card, _ = cut_definition(
        "a cylinder wrapped round the globe (e.g. Mercator). Meridians are straight.", "C", "en"
    )
    assert "(" not in card and card.startswith("a cylinder wrapped round the globe")
    english = "a loss of signal strength along a line, such as the fading of a long telephone call"
    assert cut_definition(english, "Attenuation", "en")[0] == "a loss of signal strength along a line"


def test_a_definition_is_not_cut_after_a_clause_saying_when_or_under_what() -> None:
    long_when = (
        "风机叶片前缘在长期风沙冲刷下，涂层逐渐剥落、形成凹坑，导致发电效率下降的现象，"
        "多见于西北风场，一般三到五年后出现。"
    )
    card, _ = cut_definition(long_when, "前缘腐蚀", "zh")
    assert card.startswith("风机叶片前缘在长期风沙冲刷下，涂层逐渐剥落")
    pair = "某台机组的一只轴承润滑不足时，不但自己发热，反而拖累同轴的齿轮箱一起磨损，维修成本翻倍。"
    card, _ = cut_definition(pair, "连带磨损", "zh")
    assert "反而" in card
    # before 但 the clause is conceded, the point follows: the card is not cut there
    conceded = "镇上用补助款建起烘干房，但没人会调温度，房子一直闲着。"
    assert cut_definition(conceded, "不会管", "zh")[0].startswith("镇上用补助款建起烘干房，但没人会调温度")


def test_english_definition_cut_before_a_result_or_purpose_clause() -> None:
    card, rest = cut_definition(
        "retiring an old system one part at a time behind a fixed interface, so both keep running.",
        "Gradual replacement",
        "en",
    )
    assert (card, rest) == (
        "retiring an old system one part at a time behind a fixed interface",
        "so both keep running.",
    )
    purpose = "sending copies of real requests to a new service without using its replies, to check it safely"
    assert cut_definition(purpose, "Mirroring", "en")[0] == (
        "sending copies of real requests to a new service without using its replies"
    )


def test_long_chinese_definition_is_cut_at_its_first_clause() -> None:
    card, rest = cut_definition(
        "团队竞争力的核心在于关键人才的聚集与协作，公平和使命认同高于短期利益与外部诱惑。", "人才优先", "zh"
    )
    assert card == "团队竞争力的核心在于关键人才的聚集与协作"
    assert rest.startswith("公平和使命认同")


def test_attribution_and_restated_term_are_dropped_from_the_card() -> None:
    assert cut_definition("张教授强调，增长遵循复利曲线，多数人低估它。", "复利曲线思维", "zh")[0] == (
        "增长遵循复利曲线，多数人低估它"
    )
    assert cut_definition("留白是指画面中有意不着笔墨的空白。", "留白", "zh")[0] == "画面中有意不着笔墨的空白"
    assert cut_definition("Entropy is the average information per symbol.", "Entropy", "en")[0] == (
        "the average information per symbol"
    )


def test_english_formula_after_the_definition_goes_to_the_rest() -> None:
    card, rest = cut_definition(
        "the mean information a source gives per symbol, H = sum of p log p", "Entropy", "en"
    )
    assert card == "the mean information a source gives per symbol"
    assert rest.startswith("H =")


def test_a_term_defined_twice_keeps_its_first_definition() -> None:
    doc = document(
        section("一", 3, block("", 4, raw="**留白**：画面中有意不着笔墨的空白部分。")),
        section("二", 6, block("", 7, raw="**留白**：另一种说法，指故意省略的叙述。")),
    )
    [fw] = extract(doc)
    assert fw.definition == "画面中有意不着笔墨的空白部分"


def test_a_heading_sized_statement_is_no_term() -> None:
    lines = [
        block("", 4, raw="- **信任是分工的底座**：没有信任，任何分工都会变成互相提防。"),
        block("", 5, raw="- **分工而非分家**：各部门分工协作，但目标始终一致。"),
        block("", 6, raw="- **计划/执行**：先想清楚再动手，动手之后不再反复。"),
        block("", 7, raw="- **复利思维**：把每次的收益投入下一轮，长期回报呈指数增长。"),
    ]
    assert terms(document(section("要点", 3, *lines))) == ["复利思维"]


def lone(line: str, language: str = "zh") -> list[str]:
    """The terms of one unbolded `term：definition` line among prose."""
    prose = ("开头先交代一下背景，后面再展开细说。", "到了第三年，各地又在此基础上做了不少改进。")
    if language == "en":
        prose = ("The chapter opens with some background first.", "By the third year the method had spread.")
    doc = document(
        section(
            "杂记",
            3,
            block(prose[0], 4, kind="paragraph"),
            block(line, 5, kind="paragraph"),
            block(prose[1], 6, kind="paragraph"),
        ),
        language=language,  # type: ignore[arg-type]
    )
    return terms(doc)


def test_a_lone_colon_line_is_a_definition_when_its_term_is_glossed_or_its_definition_opens_with_a_link() -> (
    None
):
    assert lone("孤岛思维（Silo Mentality）：各部门只顾自己的指标，彼此不通信息。") == ["孤岛思维"]
    assert lone("孤岛思维：即各部门只顾自己的指标、彼此不通信息的状态。") == ["孤岛思维"]
    assert lone("孤岛思维：是指各部门只顾自己的指标、彼此不通信息的状态。") == ["孤岛思维"]
    assert lone("Slack time: i.e. the hours left free so that urgent work can be absorbed.", "en") == [
        "Slack time"
    ]
    # without a mark it is a label before a sentence; 即使 (even if) is no link
    assert lone("孤岛思维：各部门只顾自己的指标、彼此不通信息的状态。") == []
    assert lone("他的做法：即使下雨也要先把材料分类，再逐一检查。") == []


def test_a_lone_colon_line_is_a_definition_when_its_term_is_a_title_case_name() -> None:
    line = "The Valley of Disappointment: the stretch where effort shows no visible result yet."
    assert lone(line, "en") == ["The Valley of Disappointment"]
    assert lone("The valley part: the stretch where effort shows no visible result yet.", "en") == []


def test_a_label_that_says_what_a_text_mentions_or_where_a_difference_lies_is_no_term() -> None:
    doc = document(
        section(
            "要点",
            3,
            block("", 4, kind="bullet", raw="- 报告里提到一组数据：三百家门店中，有四成在第一年就亏损。"),
            block("", 5, kind="bullet", raw="- 两者的差别就在于节奏：一个按周复盘，一个按季度复盘。"),
            block(
                "", 6, kind="bullet", raw="- **节奏复盘**：每周固定时间回看上一周的决定，只记录依据和结果。"
            ),
        )
    )
    assert terms(doc) == ["节奏复盘"]


def test_words_numbered_in_a_run_are_labels_a_lone_word_ending_in_a_numeral_is_a_term() -> None:
    doc = document(
        section(
            "踩过的坑",
            3,
            block("", 4, kind="bullet", raw="- **误区一**：把促销活动当成增长本身。"),
            block("", 5, kind="bullet", raw="- **误区二**：新用户还没留下来就推年费会员。"),
            block("", 6, kind="bullet", raw="- **知行合一**：知道了就去做，做的过程中再修正认识。"),
        )
    )
    assert terms(doc) == ["知行合一"]
    english = document(
        section(
            "Lessons",
            3,
            block("", 4, kind="bullet", raw="- **Lesson 1**: ship the smallest version first."),
            block("", 5, kind="bullet", raw="- **Lesson 2**: measure retention before revenue."),
            block(
                "",
                6,
                kind="bullet",
                raw="- **Reverse funnel**: start from the users who stayed and work backwards.",
            ),
        ),
        language="en",
    )
    assert terms(english) == ["Reverse funnel"]


def test_label_lines_heading_the_notes_are_their_header_not_terms() -> None:
    header = (
        block("", 2, raw="**Book:** *The Long Afternoon* by Ines Varga (2019)"),
        block("", 3, raw="**Read:** March 2024, borrowed from a friend"),
    )
    doc = document(
        section(
            "Ideas",
            5,
            block("", 6, kind="bullet", raw="- **Slow hour**: an hour a day kept free of meetings."),
        ),
        language="en",
        preamble=header,
    )
    assert terms(doc) == ["Slow hour"]


def test_a_phrasal_verb_or_a_pronouns_line_as_a_label_is_no_term_a_named_idea_is() -> None:
    doc = document(
        section(
            "Talk",
            3,
            block("", 4, kind="bullet", raw="- **Her line**: caches nobody owns fail first."),
            block("", 5, kind="bullet", raw="- **Follow up**: read the speaker's post on drills."),
            block(
                "",
                6,
                kind="bullet",
                raw="- **Reset window**: a fixed hour each week when nothing new is started.",
            ),
        ),
        language="en",
    )
    assert terms(doc) == ["Reset window"]


def test_a_remark_or_a_notes_own_label_before_a_colon_is_no_term() -> None:
    en = document(
        section(
            "Seminar",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- Priya made a good point: lenders now panic within hours, not days.",
            ),
            block("", 5, kind="bullet", raw="- p99 mostly flat (~80 ms): the queue absorbs the burst."),
            block("", 6, kind="bullet", raw="- **Haircut**: the cut taken off a collateral's market value."),
        ),
        language="en",
    )
    assert terms(en) == ["Haircut"]
    from quizgen.extract.frameworks import term_is_plausible

    assert not term_is_plausible("Hi friends") and term_is_plausible("Hello world program")  # a greeting
    assert not term_is_plausible("备用金的弹性标准")  # what a standard of something is: a field, not a term
    # which of the cases compared, a placeholder: A县, 方案B, Site 2; a letter in a term stays (A股, Type A)
    assert not any(term_is_plausible(t) for t in ("A县", "B 组", "方案B", "患者甲", "Site 2", "school C"))
    assert all(term_is_plausible(t) for t in ("A股", "B超", "Type A", "Plan B", "C端"))
    assert not term_is_plausible("\u03b2") and not term_is_plausible("M")  # a symbol, its formula unsaid
    # what someone did next, told as a label: not a term (a participle naming a thing still is)
    assert not any(
        term_is_plausible(t) for t in ("Started with ferries", "Then branched out", "Moved on to pricing")
    )
    assert term_is_plausible("Applied linguistics") and term_is_plausible("Reinforced concrete")
    # the fields of a study's summary are no terms
    assert not any(term_is_plausible(t) for t in ("The comparison", "Outcomes measured", "Limitations"))
    # a statement, its verb after its subject, is no name (a two-word name with such a word is)
    assert not term_is_plausible("Ripple marks give direction") and not term_is_plausible(
        "Small teams beat budgets"
    )
    assert term_is_plausible("Leads list") and term_is_plausible("Cost of delay")
    assert not any(term_is_plausible(t) for t in ("第 10 讲", "第三课", "第2集"))  # which lesson, not a term
    assert not term_is_plausible("$$ T") and not term_is_plausible("\\bar{x}")  # a formula's markup
    zh = document(
        section(
            "读书笔记",
            3,
            block("", 4, raw="**一句话概括：** 专注不是天赋，而是一次次把注意力拉回来的练习。"),
            block("", 5, kind="quote", raw="> 小插曲：作者第一次演讲时忘了词，在台上站了半分钟。"),
            block(
                "",
                6,
                kind="bullet",
                raw="- **注意力残留**：切换任务后，心思仍停留在上一件事上的那部分注意力。",
            ),
        )
    )
    assert terms(zh) == ["注意力残留"]


def test_a_symbol_or_a_pointer_to_the_next_lesson_is_no_term() -> None:
    doc = document(
        section(
            "货币数量论",
            3,
            block("", 4, kind="bullet", raw="- **M**：流通中的货币数量。"),
            block("", 5, kind="bullet", raw="- **下一讲**：通货膨胀与失业的关系。"),
            block("", 6, kind="bullet", raw="- **货币流通速度**：一定时期内每单位货币平均被使用的次数。"),
        )
    )
    assert terms(doc) == ["货币流通速度"]


def test_a_label_that_is_a_sentence_names_no_term() -> None:
    doc = document(
        section(
            "测试",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **QA is Everyone's Job**：质量保证不是测试组一家的事，人人有份。",
            ),
            block("", 5, kind="bullet", raw="- **灰度发布**：先让一小部分用户用上新版本，再逐步扩大范围。"),
        )
    )
    assert terms(doc) == ["灰度发布"]


def test_a_speaker_adding_to_the_talk_is_no_term() -> None:
    doc = document(
        section(
            "圆桌",
            3,
            block("", 4, kind="bullet", raw="- **周海补充**：去年关掉的仓里，一半是因为选址离社区太远。"),
            block("", 5, kind="bullet", raw="- **共仓**：几家品牌共用一个前置仓，按件分摊租金和人工。"),
        )
    )
    assert terms(doc) == ["共仓"]


def test_a_label_stating_a_case_s_problem_is_no_term() -> None:
    doc = document(
        section(
            "诊断",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **钱都在一张卡里**：两个人的工资都打进同一张卡，花了多少谁也说不清。",
            ),
            block("", 5, kind="bullet", raw="- **应急金**：留出三到六个月生活费，只在失业或生病时动用。"),
        )
    )
    assert terms(doc) == ["应急金"]


def test_a_value_is_no_definition() -> None:
    doc = document(
        section(
            "Design values",
            3,
            block("", 4, kind="bullet", raw="- **Overflow rate**: 20–40 m/day, design range"),
            block(
                "",
                5,
                kind="bullet",
                raw="- **Floc**: a loose cluster of small particles stuck together by a coagulant.",
            ),
        ),
        language="en",
    )
    assert terms(doc) == ["Floc"]


def test_a_concept_label_before_the_term_is_not_part_of_it() -> None:
    doc = document(
        section(
            "概念",
            3,
            block("", 4, kind="bullet", raw="- **概念：双栏账**——左栏记预计，右栏记实际，每周对一次差额。"),
        )
    )
    assert terms(doc) == ["双栏账"]


def test_a_dash_inside_a_figure_range_is_no_separator() -> None:
    doc = document(
        section(
            "开店",
            3,
            block("", 4, kind="bullet", raw="- 一家 200 平的社区店前期投入 90–120 万，其中装修差不多占三成"),
            block("", 5, kind="bullet", raw="- **坪效** — 每平方米营业面积在一年里带来的销售额"),
        )
    )
    assert terms(doc) == ["坪效"]


def test_an_ordinal_step_or_layer_is_a_position_in_a_list_not_a_term() -> None:
    doc = document(
        section(
            "两级审核",
            3,
            block("", 4, kind="numbered", raw="1. 第一层：值班编辑看标题和导语，十分钟内放行"),
            block("", 5, kind="numbered", raw="2. 第二级：主编复核涉及数字和人名的稿件"),
            block("", 6, kind="bullet", raw="- **交叉核稿**：两名编辑互相核对对方稿件里的事实。"),
        )
    )
    assert terms(doc) == ["交叉核稿"]
    english = document(
        section(
            "The ladder",
            3,
            block("", 4, kind="bullet", raw="- Rung 2: tenants organise a rota for shared repairs"),
            block("", 5, kind="bullet", raw="- Tier 3: the council steps in with a loan"),
            block("", 6, kind="bullet", raw="- **Sweat equity**: work a tenant puts in instead of rent."),
        ),
        language="en",
    )
    assert terms(english) == ["Sweat equity"]


def test_someones_point_and_a_negated_statement_are_notes_not_terms() -> None:
    doc = document(
        section(
            "Chapter 4",
            3,
            block("", 4, kind="bullet", raw="- Okafor's point: cities copy each other's mistakes first"),
            block("", 5, kind="bullet", raw="- Rezoning isn't quick — most plans take a decade to pass"),
            block("", 6, kind="bullet", raw="- **Don't Break the Chain**: mark each day of practice."),
            block("", 7, kind="bullet", raw="- **Upzoning**: allowing more homes on land zoned for fewer."),
        ),
        language="en",
    )
    assert terms(doc) == ["Don't Break the Chain", "Upzoning"]


def test_a_speaker_naming_a_term_and_saying_what_it_is_defines_it() -> None:
    turn = (
        "修老桥一般有两种办法。第一种叫“整体顶升”，就是用千斤顶把整座桥慢慢抬高，再加固桥墩。"
        "我们这行有个老规矩，叫“修旧如旧”。就是说，换下来的石料要用同一个采石场的，颜色纹理都对得上。"
    )
    doc = document(section("", 3, block(turn, 4, kind="turn", speaker="主讲人")))
    found = {fw.term: fw.definition for fw in extract(doc)}
    assert found["整体顶升"].startswith("用千斤顶把整座桥慢慢抬高")
    assert found["修旧如旧"].startswith("换下来的石料要用同一个采石场的")


def test_another_concept_is_a_pointer_not_a_term() -> None:
    doc = document(
        section(
            "第三章",
            3,
            block("", 4, kind="bullet", raw="- **另外一个概念**：票价平民化——二十年里机票价格降了一半"),
            block("", 5, kind="bullet", raw="- **Another idea**: cheap fares for all within twenty years."),
            block("", 6, kind="bullet", raw="- **航线网络**：航空公司在城市之间开设的全部航线。"),
        )
    )
    assert terms(doc) == ["航线网络"]


# --- list items over their sub-items, announced lists -------------------------------------------


def pairs_of(text: str) -> list[tuple[str, str]]:
    from quizgen.ingest import parse_text

    return [(f.term, f.definition) for f in extract(parse_text(text, name="t"))]


def test_a_bare_term_over_sub_bullets_is_defined_by_the_first() -> None:
    text = (
        "# Motivation\n\n## Ideas\n\n- The Goldilocks Zone\n"
        "  - peak motivation comes from tasks just at the edge of your ability\n"
        "  - too easy is boring, too hard is discouraging\n"
        "- **Habit pairing**\n  - tying a new habit to one you already do every day\n"
    )
    assert pairs_of(text) == [
        ("The Goldilocks Zone", "peak motivation comes from tasks just at the edge of your ability"),
        ("Habit pairing", "tying a new habit to one you already do every day"),
    ]


def test_a_chinese_term_over_sub_bullets_and_a_nested_html_list() -> None:
    text = (
        "# 时间管理\n\n## 方法\n\n- **番茄工作法**\n  - 把工作切成二十五分钟一段，中间休息五分钟\n"
        "- 艾森豪威尔矩阵\n  - 按重要和紧急两个维度把任务分成四类\n\n"
        "<ul><li>复利效应<ul><li>小的改进日积月累带来巨大的差别</li></ul></li></ul>\n"
    )
    assert pairs_of(text) == [
        ("番茄工作法", "把工作切成二十五分钟一段，中间休息五分钟"),
        ("艾森豪威尔矩阵", "按重要和紧急两个维度把任务分成四类"),
        ("复利效应", "小的改进日积月累带来巨大的差别"),
    ]


@pytest.mark.parametrize(
    "parent",
    [
        "Pros",
        "Examples",
        "Example(s)",
        "Reasons for quitting early",
        "Process",
        "Where urges come from",
        "A new routine can be a trap",
        "Small goals are easier to keep",
    ],
)
def test_labels_lists_and_sentences_over_sub_bullets_are_no_terms(parent: str) -> None:
    text = f"# Notes\n\n## Part\n\n- {parent}\n  - a cheap way to start that anyone keeps going with ease\n"
    assert pairs_of(text) == []


@pytest.mark.parametrize(
    "parent", ["注意事项", "成绩", "项目失败的原因", "用户留存下降", "关于睡眠", "分析数据", "总的来说"]
)
def test_chinese_labels_lists_actions_and_sentences_are_no_terms(parent: str) -> None:
    text = f"# 笔记\n\n## 部分\n\n- {parent}\n  - 不要在休息时间查看任何工作消息和邮件\n"
    assert pairs_of(text) == []


def test_an_action_in_bold_is_a_named_method() -> None:
    text = "# 笔记\n\n## 部分\n\n- **分析数据**\n  - 用统计方法从记录里找出规律的过程\n"
    assert pairs_of(text) == [("分析数据", "用统计方法从记录里找出规律的过程")]


def test_a_counted_parent_takes_an_enumerating_line_but_not_a_member() -> None:
    text = (
        "# Habits\n\n## Models\n\n- Four stages of habits\n  - Notice, want, act, enjoy\n"
        "    - every stage must succeed\n"
        "- 3 layers of change\n  - The first layer changes what you get\n"
        "  - The second layer changes what you do\n"
    )
    assert pairs_of(text) == [("Four stages of habits", "Notice, want, act, enjoy")]


def test_short_sub_items_are_joined_as_the_definition() -> None:
    text = "# 厨房\n\n## 要素\n\n- 五味\n  - 酸\n  - 甜\n  - 苦\n  - 辣\n  - 咸\n"
    assert pairs_of(text) == [("五味", "酸、甜、苦、辣、咸")]


def test_short_sub_items_that_are_labels_are_not_joined() -> None:
    text = "# Notes\n\n## Tools\n\n- Flash cards\n  - Pros\n  - Cons\n"
    assert pairs_of(text) == []


def test_a_sub_item_about_the_term_is_no_definition() -> None:
    text = (
        "# Notes\n\n## Ideas\n\n- Loss aversion\n  - This can lead people to hold bad investments too long\n"
        "- **复盘会议**\n  - 是否需要调整资源和方向的安排\n"
        "- 锚定效应\n  - 它会让人在谈判里吃亏很多次\n- 地域\n  - 隔壁的邻居平时都在忙些什么呢\n"
    )
    assert pairs_of(text) == []


def test_a_first_sub_item_that_is_a_name_is_a_member_not_the_meaning() -> None:
    text = "# 笔记\n\n## 部分\n\n- 立项\n  - 白板草图（一页纸方案）\n  - 第一批读者的年龄和阅读习惯是什么样\n"
    assert pairs_of(text) == []


def test_sub_items_that_define_terms_make_their_parent_an_announcer() -> None:
    text = (
        "# 管理\n\n## 影响\n\n- 影响方式\n  - 规则约束：不管对方愿不愿意都能限定对方的选择\n"
        "  - 榜样带动：通过调整自己的做法来带动对方跟进\n"
    )
    assert pairs_of(text) == [
        ("规则约束", "不管对方愿不愿意都能限定对方的选择"),
        ("榜样带动", "通过调整自己的做法来带动对方跟进"),
    ]


def test_a_list_announced_by_a_colon_gives_each_term_even_with_a_short_explanation() -> None:
    text = (
        "# Habits\n\n## Laws\n\nSome opening words about habits go here.\n\n"
        "The three laws of focus are:\n\n- Signal: make it loud\n- Noise: make it quiet\n\n"
        "Some closing words about habits go here.\n\nMore words that close the section.\n"
    )
    assert pairs_of(text) == [("Signal", "make it loud"), ("Noise", "make it quiet")]


def test_the_same_two_lines_unannounced_among_prose_are_not_terms() -> None:
    text = (
        "# Habits\n\n## Laws\n\nSome opening words about habits go here.\n\n"
        "These are notes kept on a train.\n\n- Signal: make it loud and clear for all\n"
        "- Noise: make it quiet and rare for all\n\nSome closing words about habits go here.\n\n"
        "More words that close the section.\n"
    )
    assert pairs_of(text) == []


def test_a_counted_heading_announces_the_list_that_opens_its_section() -> None:
    text = (
        "# 思维\n\n## 五种思维\n\n- 抽象：抓住要点\n- 推理：由因及果\n\n正文里还有一些别的说明文字。\n\n"
        "这里再写一段别的说明文字。\n"
    )
    assert pairs_of(text) == [("抽象", "抓住要点"), ("推理", "由因及果")]


def test_a_run_of_definitions_stops_at_a_deeper_item() -> None:
    text = (
        "# 笔记\n\n## 部分\n\n一段开头的文字写在这里。\n\n- 甲方案：先把数据分成两组再比较\n"
        "  - 乙方案：把两组数据合起来一起分析\n- 丙方案：只看最近一个月的数据变化\n\n"
        "一段结尾的文字写在这里。\n\n再来一段结尾的文字写在这里。\n\n还有一段文字。\n\n最后一段文字。\n"
    )
    assert pairs_of(text) == []


@pytest.mark.parametrize("parent", ["2019年", "第一季度", "三月份", "Q3 2021", "March", "Week 3"])
def test_a_date_or_period_over_sub_bullets_is_a_label_for_data(parent: str) -> None:
    child = (
        "团队完成了新产品的全部设计工作"
        if any("\u4e00" <= c <= "\u9fff" for c in parent)
        else ("the team finished designing the whole new product line")
    )
    assert pairs_of(f"# Notes\n\n## Progress\n\n- {parent}\n  - {child}\n") == []


def groups_of(text: str) -> list[tuple[str, str]]:
    from quizgen.ingest import parse_text

    return [(f.group, f.term) for f in extract(parse_text(text, name="t"))]


def test_a_list_named_by_its_count_is_the_group_its_terms_are_members_of() -> None:
    text = (
        "# Habits\n\n## Laws\n\nSome opening words about habits go here.\n\n"
        "The three laws of focus are:\n\n- Signal: make it loud\n- Noise: make it quiet\n\n"
        "Other notes:\n\n- Batching: doing similar small tasks together in one sitting\n"
        "- Timeboxing: giving each task a fixed slot in the calendar\n\n"
        "More words that close the section.\n\nAnd a last paragraph too.\n"
    )
    assert groups_of(text) == [
        ("The three laws of focus", "Signal"),
        ("The three laws of focus", "Noise"),
        ("", "Batching"),
        ("", "Timeboxing"),
    ]


def test_terms_under_a_counted_item_are_its_members_and_a_term_may_be_in_two_lists() -> None:
    text = (
        "# 思维\n\n## 概念\n\n- 抽象\n  - 从具体事物里抓住共同的本质特征\n"
        "- 两种思维\n  - 抽象\n    - 忽略细节，只保留与问题有关的部分\n"
        "  - 推理\n    - 从已知的前提一步步得出结论\n"
    )
    assert groups_of(text) == [("", "抽象"), ("两种思维", "抽象"), ("两种思维", "推理")]


def test_members_glossed_at_length_are_not_shortened_into_a_definition() -> None:
    text = (
        "# 笔记\n\n## 问题\n\n- 错误的焦点\n  - Blame game (all the blame is placed upon one single person)\n"
        "  - 微观分析 (Micro-analysis)\n"
    )
    assert pairs_of(text) == []


def test_terms_over_sub_bullets_in_a_list_a_line_or_heading_names_by_its_count_are_its_members() -> None:
    line = "# 思维\n\n## 概念\n\n一段开头的文字。\n\n两种思维：\n\n- 抽象\n  - 忽略细节，只保留有关的部分\n"
    heading = "# 思维\n\n## 两种思维\n\n- 抽象\n  - 忽略细节，只保留与问题有关的部分\n"
    plain = "# 思维\n\n## 概念\n\n一段开头的文字。\n\n- 抽象\n  - 忽略细节，只保留与问题有关的部分\n"
    assert groups_of(line) == [("两种思维", "抽象")]
    assert groups_of(heading) == [("两种思维", "抽象")]
    assert groups_of(plain) == [("", "抽象")]


def test_a_term_item_closed_by_a_colon_is_defined_by_its_sub_items() -> None:
    text = (
        "# 笔记\n\n## 方法\n\n- **番茄工作法：**\n  - 把工作切成二十五分钟一段，中间休息五分钟\n"
        "- **Interleaving:**\n  - mixing different kinds of problems in one practice session\n"
        "- 个人绩效：\n  - 绩效评定不与季度目标直接挂钩\n  - 鼓励大家挑战更难的目标\n"
    )
    assert pairs_of(text) == [
        ("番茄工作法", "把工作切成二十五分钟一段，中间休息五分钟"),
        ("Interleaving", "mixing different kinds of problems in one practice session"),
    ]


def test_a_timeline_date_or_a_hedged_placement_is_no_definition() -> None:
    doc = document(
        section(
            "Timeline",
            3,
            block("", 4, kind="bullet", raw="- **12 March 1931** — the mill shut its second shed."),
            block("", 5, kind="bullet", raw="- **Garden tools** — mostly the Spares door, sometimes Skills."),
            block(
                "",
                6,
                kind="bullet",
                raw="- **Spares door** — whether a spare part can be bought.",
            ),
        ),
        language="en",
    )
    assert terms(doc) == ["Spares door"]


def test_a_counted_noun_phrase_a_point_is_no_term() -> None:
    doc = document(
        section(
            "第二章",
            3,
            block("", 4, kind="bullet", raw="- **一个反常识的结论**：老树的价值远高于新栽的小树。"),
            block("", 5, kind="bullet", raw="- **根系保护区**：树冠投影范围内禁止硬化地面的区域。"),
        )
    )
    assert terms(doc) == ["根系保护区"]


def test_a_comparison_a_fix_or_where_a_thing_is_found_is_no_term_and_meaning() -> None:
    doc = document(
        section(
            "Notes",
            3,
            block("", 4, kind="bullet", raw="- **Rent vs buy**: renting wins in most cities."),
            block("", 5, kind="bullet", raw="- **Suggested fix**: put the meter where tenants can read it."),
            block("", 6, kind="bullet", raw="- **Lux**: measured in lumens per square metre of the desk."),
            block("", 7, kind="bullet", raw="- **Field study**: linked in the show notes, worth a read."),
            block("", 8, kind="bullet", raw="- **Glare**: light so bright in view that it hurts."),
            block(
                "",
                9,
                kind="bullet",
                raw="- **War debt & wartime money**: the inflation started before the peace.",
            ),
        ),
        language="en",
    )
    assert terms(doc) == ["Glare"]
    zh = document(
        section(
            "术语",
            3,
            block("", 4, kind="bullet", raw="- **时间记 儒略日**：从某个起点开始连续数的天数。"),
            block("", 5, kind="bullet", raw="- **光变曲线**：星的亮度随时间变化的曲线。"),
            block("", 6, kind="bullet", raw="- **爪哇的 皮影**：看的人可以坐在幕布两边看戏。"),
        )
    )
    assert terms(zh) == ["光变曲线", "爪哇的 皮影"]


def test_someones_spoken_words_after_their_name_define_nothing() -> None:
    doc = document(
        section(
            "12:30 Terms",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **Tomas**: \"so the lamps aren't just lighting roads, they're feeding bats\"",
            ),
            block(
                "",
                5,
                kind="bullet",
                raw='- **Dark corridor**: "a strip of unlit land that animals use to cross a town"',
            ),
        ),
        language="en",
    )
    assert terms(doc) == ["Dark corridor"]


def test_a_topic_line_that_records_a_count_or_what_someone_says_defines_nothing() -> None:
    doc = document(
        section(
            "Findings",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **Library deserts:** an estimated 1.3 million people live there.",
            ),
            block("", 5, kind="bullet", raw="- **Loans:** they are careful here and claim no direct link."),
            block("", 6, kind="bullet", raw="- **Reading age**: the age at which a child copes with a text."),
        ),
        language="en",
    )
    assert terms(doc) == ["Reading age"]
    zh = document(
        section(
            "讲座",
            3,
            block("", 4, kind="bullet", raw="- **补钙**：她说不建议所有人都补，先查血再说。"),
            block("", 5, kind="bullet", raw="- **铅白的问题**：见光久了会发黑，原因至今没说清。"),
            block("", 6, kind="bullet", raw="- **骨密度**：单位面积骨骼里矿物质的含量。"),
            block("", 7, kind="bullet", raw="- **王老师的说法**：钙片吸收得最好的时间是晚饭后。"),
        )
    )
    assert terms(zh) == ["骨密度"]


def test_a_label_for_the_thesis_a_dated_label_or_a_sentence_naming_a_bold_word_is_no_term() -> None:
    zh = document(
        section(
            "笔记",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **全书核心论点**：方言的消亡不是一个语言学事件，而是一个家庭事件。",
            ),
            block(
                "", 5, kind="bullet", raw="- **2019 年作者统计**：能流利说本地话的 40 人，平均年龄 70 岁。"
            ),
            block("", 6, kind="bullet", raw="- **半说话人**：听得懂、但说不完整一句话的人。"),
        )
    )
    assert terms(zh) == ["半说话人"]
    en = document(
        section(
            "Week 3",
            3,
            block("", 4, raw="Tue 14 Nov — Prof. Ann Lee (guest at the end: Dr. Tom Hill)"),
            block(
                "",
                5,
                kind="bullet",
                raw="- later added **Uraniborg II** (1584) — instruments set below ground to cut wind",
            ),
            block(
                "",
                6,
                kind="bullet",
                raw="- **Main argument:** the tables were only as good as the observations.",
            ),
            block(
                "",
                7,
                kind="bullet",
                raw="- **Equant**: the point from which a planet's motion looks uniform.",
            ),
        ),
        language="en",
    )
    assert terms(en) == ["Equant"]


def test_a_past_verb_opening_what_is_said_of_a_label_is_no_meaning() -> None:
    doc = document(
        section(
            "Winners and losers",
            3,
            block("", 4, kind="bullet", raw="- **Debtors**: paid back their loans in worthless marks."),
            block("", 5, kind="bullet", raw="- **Savers**: lost everything they had put by."),
            block("", 6, kind="bullet", raw="- **Theodolite**: used for measuring angles in the field."),
            block("", 7, kind="bullet", raw="- **Rentenmark**: a stopgap currency backed by land."),
            block("", 8, kind="bullet", raw="- **Old grease**: turns into a gritty paste in the bearings."),
            block("", 9, kind="bullet", raw="- **Work-arounds**: ways to reach the goal without the tool."),
        ),
        language="en",
    )
    assert terms(doc) == ["Theodolite", "Rentenmark", "Work-arounds"]
    # nor is a member of a list, so shaped, the meaning of the list's item above it
    from quizgen.ingest import parse_text

    nested = parse_text(
        "# Notes\n\n## Winners and losers\n\n- **Winners**\n"
        "  - Debtors (incl. the state) — paid back loans in worthless marks\n"
        "  - Farmers — real goods kept their value\n",
        name="t",
    )
    assert terms(nested) == []


def test_a_line_labelled_as_the_definition_defines_its_heading_and_labels_are_no_terms() -> None:
    from quizgen.ingest import parse_text

    zh = parse_text(
        "# 微观经济学复习\n\n## 需求价格弹性（必考）\n\n**定义**：需求量对价格变动的反应程度。\n\n"
        "**公式**：需求量变动的百分比除以价格变动的百分比。\n\n## 核心结论\n\n**定义**：\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(zh)] == [("需求价格弹性", "需求量对价格变动的反应程度")]
    en = parse_text(
        "# Show notes\n\n## Links\n\n- **Episode 52 of Grid Talk:** a short history of the puzzle.\n"
        "- **Rough rule for black squares:** about one-sixth of the grid.\n"
        "- **Crosswordese**: short words that puzzles use far more than people do.\n"
        "- **$300–600+/kg:** indicative price of long virgin hair.\n",
        name="t",
    )
    assert [f.term for f in extract(en)] == ["Crosswordese"]


def test_a_speakers_surname_heading_what_they_said_is_no_term() -> None:
    minutes = (
        "# 圆桌纪要\n\n## 分歧点\n\n- 标准谁来定？\n"
        "   - 宋：电池厂可以做电池租赁，降低运营商首付压力，但被罗吐槽租金最后还是我们付\n"
        "   - 许：电池包规格应统一，不同品牌柜子可以互换，这件事拖了三年\n"
        "   - 陈：标准要等国标落地，企业自己定只会各自为政\n"
    )
    assert [f.term for f in extract(parse_text(minutes, name="m", path="m.md"))] == []


def test_the_fields_of_a_persons_entry_are_no_terms() -> None:
    lines = [
        block("", 4, raw="- 王守约：前任之后的首辅（大约 1590–1598 年在任）。"),
        block("", 5, raw="- 风格：调和、妥协，被同僚称为老好人。"),
        block("", 6, raw="- **门面**：书里的说法——朝堂讲的是体面，真正运作靠私下的交情。"),
        block("", 7, raw="- 原文大意：王守约认为，调和同僚之间的矛盾是首辅最重要的职责。"),
    ]
    found = terms(document(section("第二章 首辅王守约", 3, *lines)))
    assert "门面" in found and not {"风格", "原文大意"} & set(found)


def test_a_definition_line_under_a_list_item_defines_the_item_and_its_siblings_are_facets() -> None:
    zh = parse_text(
        "# 第三章 土壤\n\n## 一、土壤的形成\n\n1. 成土母质：岩石风化形成的疏松物质，是土壤的物质基础\n"
        "2. 土壤的保水作用\n   - 定义：土壤孔隙把降水留在地表以下，供植物慢慢吸收\n"
        "   - 例子：森林土壤涵养水源，雨季不易发生洪涝\n"
        "   - 应用：解释山区植树造林能减少水土流失\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(zh)] == [
        ("成土母质", "岩石风化形成的疏松物质，是土壤的物质基础"),
        ("土壤的保水作用", "土壤孔隙把降水留在地表以下，供植物慢慢吸收"),
    ]
    en = parse_text(
        "# Lecture 4\n\n## Stores\n\n"
        "1. **Sensory register**: holds raw input from the senses for under a second\n"
        "2. Working memory\n   - Definition: the small store that holds what we attend to right now\n"
        "   - Application: explains why people lose the thread of long spoken sentences\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(en)] == [
        ("Sensory register", "holds raw input from the senses for under a second"),
        ("Working memory", "the small store that holds what we attend to right now"),
    ]


def test_the_sides_of_a_comparison_the_item_above_names_are_no_terms() -> None:
    notes = parse_text(
        "# 地理笔记\n\n## 风\n\n1. 高空风 vs 近地面风\n   - 高空（不考虑摩擦）：风向最终与等压线平行\n"
        "   - 近地面：风向与等压线斜交\n2. 两种气团\n   - 暖气团：温度比经过地区高的气团\n"
        "   - 冷气团：温度比经过地区低的气团\n",
        name="t",
    )
    assert terms(notes) == ["暖气团", "冷气团"]


def test_a_reporters_note_is_no_term() -> None:
    notes = parse_text(
        "# 对话创业者\n\n**记者手记：** 采访结束时已是傍晚，他换上胶鞋去了试验田。\n\n"
        "**编者按：** 本文根据现场发言整理。\n\n**数据飞轮**：越多机器作业，数据越准，算法越好。\n",
        name="t",
    )
    assert terms(notes) == ["数据飞轮"]


def test_the_entries_under_a_people_heading_are_no_terms() -> None:
    notes = parse_text(
        "# 读书笔记\n\n## 核心概念\n\n- **防御性沉默**：员工因为害怕被报复而选择不说。\n\n"
        "## 书中出现的几个人物\n\n- **李慧芳**：某连锁超市区域运营总监，她让职级最低的人先发言。\n",
        name="t",
    )
    assert terms(notes) == ["防御性沉默"]
    english = parse_text(
        "# Notes\n\n## Key people\n\n- **Ada Byron**: the mathematician who annotated the engine.\n\n"
        "## Terms\n\n- **Analytical engine**: a general-purpose mechanical computer design.\n",
        name="t",
    )
    assert terms(english) == ["Analytical engine"]


def test_a_first_sentence_saying_only_who_coined_the_term_gives_way_to_the_next() -> None:
    notes = parse_text(
        "# 笔记\n\n- **表达成本账**：作者自创的一个说法。"
        "每个人开口前都会算一笔账，说出来得到什么、失去什么。\n",
        name="t",
    )
    [fw] = extract(notes)
    assert fw.definition == "每个人开口前都会算一笔账，说出来得到什么、失去什么"
    named = parse_text(
        "# 笔记\n\n- **回流蜜期**：他自己起的说法。山区昼夜温差大，花期比平原晚开半个月。\n", name="t"
    )
    [fw] = extract(named)
    assert fw.definition == "山区昼夜温差大，花期比平原晚开半个月"


@pytest.mark.parametrize(
    ("line", "meaning"),
    [
        (
            "- **回声账本**：她自己独创的一套框架。人在拖延时会同时记三笔账：时间、面子、退路。",
            "人在拖延时会同时记三笔账",
        ),
        (
            "- **Tide ledger**: the author's own framework. Every habit pays out on a delay, like a tide.",
            "Every habit pays out on a delay, like a tide",
        ),
        ("- **Slow lantern**: a model devised by Okafor. A team lights one task at a time.", "A team lights"),
    ],
)
def test_a_first_sentence_saying_only_whose_framework_it_is_gives_way_to_the_next(
    line: str, meaning: str
) -> None:
    [fw] = extract(parse_text(f"# Notes\n\n{line}\n", name="t"))
    assert fw.definition.startswith(meaning)


def test_a_first_sentence_translating_the_name_gives_way_to_the_meaning() -> None:
    notes = parse_text(
        '# Glaciers\n\n## Terms\n\n- **Cwm**: Welsh, "valley". '
        "A steep-sided hollow carved by ice at the head of a valley.\n",
        name="t",
    )
    [fw] = extract(notes)
    assert fw.definition == "A steep-sided hollow carved by ice at the head of a valley"
    zh = parse_text("# 笔记\n\n## 词语\n\n- **榻榻米**：源自日语“叠”。铺在和室地面上的草编厚垫。\n", name="t")
    [fw] = extract(zh)
    assert fw.definition == "铺在和室地面上的草编厚垫"


def test_what_brings_a_thing_about_or_a_remark_on_it_is_not_what_it_means() -> None:
    notes = parse_text(
        "# Lecture 4\n\n## Terms\n\n- **Rickets**: caused by too little vitamin D in childhood.\n"
        "- **Goitre**: due to a lack of iodine in the diet.\n"
        "- **Osteoporosis**: a loss of bone density that makes bones brittle.\n"
        "- **Ward rounds**: this is the busiest hour of the day.\n"
        "- **Stethoscope**: this is a tool for listening to the chest.\n",
        name="t",
    )
    assert terms(notes) == ["Osteoporosis", "Stethoscope"]
    zh = parse_text(
        "# 古镇笔记\n\n## 词语\n\n- **返潮**：因为空气太湿，墙面和地面都渗出水来。\n"
        "- **鼓楼**：这是我们每回集合的地方。\n"
        "- **夜里不加餐**——这一条最要紧。吃了再睡，第二天一定胃胀。\n"
        "- **木鱼**：这是一种寺庙里诵经时敲的木制法器。\n"
        "- **例**：某超市的传单写着“全场五折”，其实只有三样商品。\n"
        "- **骑楼**：底层临街部分向内退进、上层楼房跨在人行道上的建筑样式。\n",
        name="t",
    )
    assert terms(zh) == ["木鱼", "骑楼"]


def test_a_to_do_line_is_no_term_and_a_stop_inside_brackets_does_not_cut_a_definition() -> None:
    notes = parse_text(
        "# Lecture 5\n\n## Attention\n\n"
        "- **Selective attention**: focusing on one channel and ignoring others "
        "(cocktail party effect; Cherry, 1953).\n"
        "- **Divided attention**: sharing attention between two tasks at once.\n\n"
        "**To do:** reread ch. 6 before Thursday's seminar.\n",
        name="t",
    )
    # (the note's aside in brackets after a whole meaning goes with the explanation, not on the card)
    assert extract(notes)[0].rest == "(cocktail party effect; Cherry, 1953)"
    assert [(f.term, f.definition) for f in extract(notes)] == [
        ("Selective attention", "focusing on one channel and ignoring others"),
        ("Divided attention", "sharing attention between two tasks at once"),
    ]


def test_a_summarys_label_a_figures_label_and_someones_view_are_no_terms() -> None:
    english = parse_text(
        "# Notes on an essay\n\n## Terms\n\n- **Dying metaphors**: figures that are neither vivid nor dead.\n"
        "- **Overall**: less a style guide than a moral argument.\n\n## Open questions\n\n"
        "- How does this compare on an LSM engine? "
        "Oluwaseun thinks the write story — compaction, not updates.\n",
        name="t",
    )
    assert terms(english) == ["Dying metaphors"]
    chinese = parse_text(
        "# 盐政笔记\n\n## 概念\n\n- **官山海**：由国家掌握山林矿产和海盐的利益。\n"
        "- **几个值得记下来的数字**：公元前81年盐铁会议。\n",
        name="t",
    )
    assert terms(chinese) == ["官山海"]


def test_review_labels_and_instructions_are_no_terms() -> None:
    english = parse_text(
        "# Notes\n\n## Verdict\n\n- **The strongest point**: innovation is about systems, not gadgets.\n"
        "- **Would recommend to**: anyone who likes economic history.\n"
        "- **To look up**: doubly labelled water, the gold standard for energy expenditure.\n"
        "- **Break-bulk cargo**: goods loaded one by one rather than in standard units.\n",
        name="t",
    )
    assert terms(english) == ["Break-bulk cargo"]
    chinese = parse_text(
        "# 笔记\n\n## 学习\n\n- **注意三个关键词**：经验引起、相对持久、行为潜能。\n"
        "- **后续**：找一下文中提到的报告原文。\n"
        "- **想做的事**：下次去景德镇，找一家能拼窑的工作室。\n"
        "- **消退**：只给条件刺激不给无条件刺激，条件反应逐渐减弱。\n",
        name="t",
    )
    assert terms(chinese) == ["消退"]


def test_a_list_announced_by_its_bold_name_is_its_members_group() -> None:
    notes = parse_text(
        "# Talk\n\n## The rule\n\n"
        "This was the named principle of the talk, the **Write–Read–Speak rule**:\n\n"
        "1. **Write:** everyone writes their view alone first.\n"
        "2. **Read:** notes are read silently by all.\n"
        "3. **Speak:** only then does discussion begin.\n",
        name="t",
    )
    assert {f.term: f.group for f in extract(notes)}["Speak"] == "Write–Read–Speak rule"


def test_a_definition_label_marks_the_line_and_a_sentence_after_it_names_the_term() -> None:
    notes = parse_text(
        "INTRO TO STATISTICS\n\n1. WHY TEST?\n\n- We only see a sample.\n\n"
        "Definition: A test statistic is a number computed from the sample "
        "that measures distance from H0.\n\n"
        "- Courtroom analogy: H0 = innocent.\n\n"
        "Definition: The p-value is the chance of a result this extreme if H0 holds.\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(notes)] == [
        ("test statistic", "a number computed from the sample that measures distance from H0"),
        ("p-value", "the chance of a result this extreme if H0 holds"),
    ]


def test_a_conditions_or_a_means_clause_and_where_a_name_comes_from_do_not_end_a_definition() -> None:
    notes = parse_text(
        "# 笔记\n\n## 概念\n\n- **安娜原则**：借用托尔斯泰的开头，"
        "说明一种动物要被驯化，必须同时满足许多条件，"
        "任何一条不满足就会失败，所以斑马、灰熊都没能被驯化。\n"
        "- **光合作用**：绿色植物通过叶绿体，利用光能，把二氧化碳和水转化成储存能量的有机物，并释放氧气。\n"
        "- **分仓**：根据每笔钱要用的时间和它的用途，先把家里的钱划到几类不同的资产里，"
        "再为每一类定好目标比例。\n"
        "- **下一步想读**：《崩溃》、《大分流》。\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(notes)] == [
        ("安娜原则", "一种动物要被驯化，必须同时满足许多条件，任何一条不满足就会失败"),
        ("光合作用", "绿色植物通过叶绿体，利用光能，把二氧化碳和水转化成储存能量的有机物"),
        ("分仓", "根据每笔钱要用的时间和它的用途，先把家里的钱划到几类不同的资产里"),
    ]


def test_a_clause_setting_the_scene_or_the_topic_does_not_end_a_definition() -> None:
    notes = parse_text(
        "# 笔记\n\n## 权力\n\n- **弱势一方原则** ：在任何合作关系中，对于更依赖这段关系的一方，"
        "在谈判中拥有更少的筹码\n"
        "- **主场效应**：在体育比赛中，主队的胜率通常高于客队\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(notes)] == [
        ("弱势一方原则", "在任何合作关系中，对于更依赖这段关系的一方，在谈判中拥有更少的筹码"),
        ("主场效应", "在体育比赛中，主队的胜率通常高于客队"),
    ]


def test_a_counted_list_names_only_as_many_members_as_it_counts() -> None:
    notes = parse_text(
        "# 复习\n\n## 网络层\n\n路由协议分为两大类别：\n\n"
        "- 内部网关协议：在一个自治系统内部使用的路由协议\n"
        "- 外部网关协议：在不同自治系统之间交换路由信息的协议\n"
        "- 网际控制报文协议：报告差错和查询网络状态的协议\n",
        name="t",
    )
    groups = {f.term: f.group for f in extract(notes)}
    assert groups["内部网关协议"] == groups["外部网关协议"] == "两大类别"
    assert groups["网际控制报文协议"] == ""


def test_a_storys_dated_or_clause_headings_are_no_terms() -> None:
    notes = parse_text(
        "# Episode notes\n\n## Timeline\n\n"
        "- **Background (1831–1849):** Cholera hit Britain twice, killing thousands.\n"
        "- **The outliers that clinched it:** brewery workers who drank beer were spared.\n"
        "- **Miasma theory:** the idea that disease spreads through bad air from rotting matter.\n",
        name="t",
    )
    assert "Background (1831–1849)" not in terms(notes)


def test_a_comma_inside_brackets_does_not_cut_a_definition() -> None:
    card, _ = cut_definition(
        "RIP（距离向量，UDP 520，最大跳数 15，超过即不可达），适合小型网络，配置简单，收敛慢", "IGP", "zh"
    )
    assert card == "RIP（距离向量，UDP 520，最大跳数 15，超过即不可达）"


def test_a_profiles_unmarked_rows_are_no_glossary() -> None:
    profile = [
        block("", 4, raw="- 最怕的事：房东涨租，合同还剩两年。"),
        block("", 5, raw="- 循环寿命：宣称 12000 次，实测要打折扣。"),
        block("", 6, raw="- 补漆：找了一块颜色接近的旧漆板，磨成粉再调。"),
    ]
    assert terms(document(section("店主", 3, *profile))) == []
    glossary = [
        block("", 4, raw="- 波特率：单位时间内传输的码元个数。"),
        block("", 5, raw="- 码元：用一个固定时长的信号波形表示的一位数字。"),
        block("", 6, raw="- 带宽：信道能通过的最高数据率。"),
    ]
    assert terms(document(section("术语", 3, *glossary))) == ["波特率", "码元", "带宽"]
    # a bold row is the writer's own mark of a term, whatever its value says
    bold = [block("", 4, raw="- **循环寿命**：电池衰减到规定容量以前能充放电的次数，常见 6000 次。")]
    assert terms(document(section("术语", 3, *bold))) == ["循环寿命"]


def test_an_unmarked_row_listing_members_is_no_glossary_entry() -> None:
    trade = [
        block("", 4, raw="- 出口：瓷器、丝绸、铜钱、茶叶。"),
        block("", 5, raw="- 进口：乳香、龙脑、沉香、象牙、犀角。"),
        block("", 6, raw="- 港口：泉州、广州、明州。"),
    ]
    assert terms(document(section("货物", 3, *trade))) == []
    english = [
        block("", 4, raw="- Exports: wheat, wool, tin and salt"),
        block("", 5, raw="- Imports: pepper, silk, ivory"),
        block("", 6, raw="- Ports: Lisbon, Porto, Faro"),
    ]
    assert terms(document(section("Goods", 3, *english))) == []
    # a bold row keeps its members as its meaning (a category named by what it holds)
    bold = [block("", 4, raw="- **武场**：板鼓、大锣、小锣、铙钹。")]
    assert terms(document(section("术语", 3, *bold))) == ["武场"]


def test_a_teachers_aside_label_and_a_bare_rule_are_no_terms() -> None:
    notes = parse_text(
        "# 课堂笔记\n\n## 均值\n\n- **老师提醒**：用户编号不是数值，不能求平均。\n"
        "- **老师的小技巧**：先同时算均值和中位数，再看差多少。\n- **中位数**：排序后排在中间的那个数。\n\n"
        "## Now\n\n- **The rule**: something can only enter Now when something else leaves it.\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["中位数"]


def test_a_field_ending_on_its_preposition_and_a_consequence_label_are_no_terms() -> None:
    notes = parse_text(
        "# Notes\n\n## Ocean heat\n\n- **Notes taken by**: Dana Whitcombe, Committee Clerk\n"
        "- **Consequence**: even if emissions stopped, the sea would keep rising for centuries.\n"
        "- **Committed warming**: the warming still to come from gases already emitted.\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["Committed warming"]


def test_a_clause_announcing_a_rule_does_not_end_the_definition() -> None:
    card, _ = cut_definition(
        "店里有条老规矩，账上现金永远不能低于 18 个月的运营支出，低于这个线就自动冻结招聘。",
        "现金流纪律",
        "zh",
    )
    assert card == "店里有条老规矩，账上现金永远不能低于 18 个月的运营支出"


def test_a_notes_label_in_brackets_is_no_part_of_the_term_its_heading_names() -> None:
    notes = parse_text(
        "# 化学复习\n\n【知识点3】电离平衡\n"
        "定义：在一定条件下，弱电解质分子电离成离子的速率与离子结合成分子的速率相等的状态。\n\n"
        "【知识点4】水解常数的定义\n定义：盐类水解达到平衡时，生成物浓度幂之积与反应物浓度幂之积的比值。\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["电离平衡", "水解常数"]


def test_a_term_the_speaker_named_is_defined_where_they_say_it_again_to_explain_it() -> None:
    talk = parse_text(
        "# 第三讲\n\n那空间上还有一个维度，这个我们叫做“汇流同步度”。\n\n"
        "汇流同步度，就是说，各个子区域的峰值流量，到达同一个下游断面的时间，有多么接近。\n\n"
        "城市更新，就是说，我们今天先不展开。\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(talk)] == [
        ("汇流同步度", "各个子区域的峰值流量，到达同一个下游断面的时间，有多么接近"),
    ]


def test_a_heading_that_asks_or_a_list_of_causes_defines_no_term() -> None:
    notes = parse_text(
        "# Lecture 6\n\n## How the pillars interact\n\n"
        "Definition: credit only works if information and sanctions are credible.\n\n"
        "## Decline\n\nCauses she listed, in her order of importance:\n\n"
        "1. **Information breakdown** — Atlantic trade routes outside the letter network.\n"
        "2. **Internal conflict** — big towns vs. small towns over voting weights.\n\n"
        "## Terms\n\nThe kinds of credit she names:\n\n"
        "1. **Kin credit** — lending between relatives, backed by family standing.\n"
        "2. **Guild credit** — lending among members of one merchant guild.\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["Kin credit", "Guild credit"]


def test_the_note_takers_rating_is_no_term() -> None:
    notes = parse_text(
        "# 读书笔记\n\n## 评价\n\n**总评：** 四星（满分五星）。适合对财政史、城邦政治感兴趣的读者。\n\n"
        "**包税制**：国家把收税权承包给私人，包税人先预付一笔钱，再自行向纳税人征收。\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["包税制"]


def test_a_label_in_the_first_person_or_naming_a_theorys_limits_or_proposer_is_no_term() -> None:
    notes = parse_text(
        "# Talk notes\n\n**My seat**: row 6, left side\n\n**Question budget**: a cap on the questions a "
        "form may ask, set before the form is drafted.\n\n## 理论\n\n**理论的局限**：该理论假设用户单归属，"
        "在多归属市场中阈值会被高估。\n\n**提出者**：韦临川，最早见于其1998年发表的论文。\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["Question budget"]


def test_a_comparison_or_an_inequality_is_no_term() -> None:
    notes = parse_text(
        "# 复习\n\n## 迟延金 vs 占用费\n\n定义：迟延金是出租人迟延返还押金时付给承租人的款项。\n\n"
        "## 押金超额部分 ≠ 无效\n\n定义：押金超过三个月租金的部分视为预付租金。\n\n"
        "## 押金\n\n定义：承租人为担保履行合同义务而交付给出租人的一笔金钱。\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["押金"]


def test_a_list_of_where_an_idea_shows_up_holds_no_terms() -> None:
    zh = parse_text(
        "# 损失厌恶\n\n## 生活里的损失厌恶，随处可见\n\n- **退货**：买下的东西再退，总觉得吃了亏。\n"
        "- **保险**：宁可每年多付保费，也不愿冒一次大损失。\n\n## 概念\n\n"
        "- **损失厌恶**：同等数量的损失带来的痛苦，大于同等收益带来的快乐。\n",
        name="t",
    )
    assert terms(zh) == ["损失厌恶"]
    en = parse_text(
        "# Loss aversion\n\n## Loss aversion in everyday life\n\n- **Returns**: sending a purchase back "
        "feels like losing twice.\n\n## Terms\n\n- **Endowment effect**: valuing a thing more once owned.\n",
        name="t",
    )
    assert terms(en) == ["Endowment effect"]


def test_a_line_of_an_attendance_list_holds_no_term() -> None:
    minutes = parse_text(
        "# 教研会议纪要\n\n**出席人员：**\n- 教务处：卢明蕙（主任）、韩一苇\n"
        "- 年级组长：初一 温思岚、初二 吕大川、初三 葛晓棠\n\n"
        "## 议题\n\n- **走班制**：学生按学科水平分层，到不同教室上课的组织方式。\n"
        "- **三要素**：周期、成本、风险。\n",
        name="t",
    )
    assert terms(minutes) == ["走班制", "三要素"]
    # one person, who they were in brackets with a comma inside: still a name, not a meaning
    cast = parse_text(
        "# 纪录片笔记\n\n## 第二集 出使\n\n**主角**：韩峤（河东安邑人，郎官）\n\n"
        "**互市**：边境上官方开设的、双方商人交换货物的集市。\n",
        name="c",
    )
    assert terms(cast) == ["互市"]


def test_a_bold_label_opening_a_line_under_heading_after_heading_is_a_records_field() -> None:
    studies = "".join(
        f"### {i}. {name}\n- **研究者**：{who}\n- **内容**：{what}\n\n"
        for i, (name, who, what) in enumerate(
            [
                ("禀赋效应", "塞勒", "让一半学生拿到马克杯，再比较买价与卖价，卖价约为买价的两倍。"),
                ("心理账户", "塞勒", "同样一百元，被归入不同账户时，人们花它的方式截然不同。"),
                ("锚定效应", "特沃斯基、卡尼曼", "先看一个随机数字，再估计比例，估计值被数字拉向一边。"),
            ],
            1,
        )
    )
    doc = parse_text(
        f"# 笔记\n\n## 研究\n\n{studies}## 术语\n\n- **参照点**：判断得失时用来比较的那个基准。\n", name="t"
    )
    assert terms(doc) == ["参照点"]


def test_a_key_idea_label_or_a_rating_after_a_label_is_no_term() -> None:
    en = document(
        section(
            "Chapter 2",
            3,
            block(
                "", 4, kind="bullet", raw="- **Key idea**: budgets record what is spent, not what is put off."
            ),
            block("", 5, kind="bullet", raw="- **Fire risk**: negligible, since the coolant is water-based."),
            block("", 6, kind="bullet", raw="- **Cost**: low (about half of a diesel unit)."),
            block("", 7, kind="bullet", raw="- **Float**: money a town owes for upkeep it has postponed."),
            block("", 8, kind="bullet", raw="- **Key habit formed here**: writing down every failed trial."),
            block(
                "", 9, kind="bullet", raw="- **Key Performance Indicator**: a measure a team agrees to track."
            ),
        ),
        language="en",
    )
    assert terms(en) == ["Float", "Key Performance Indicator"]
    zh = document(
        section(
            "第二章",
            3,
            block("", 4, kind="bullet", raw="- **安全风险**：较低，因为电解液不可燃。"),
            block("", 5, kind="bullet", raw="- **冷库**：保持低温以储存生鲜的仓库。"),
        )
    )
    assert terms(zh) == ["冷库"]


def test_a_definition_label_before_its_term_is_not_part_of_it_and_next_week_is_no_term() -> None:
    en = document(
        section(
            "Lecture 4",
            3,
            block(
                "",
                4,
                kind="bullet",
                raw="- **Definition — Tide staff**: a graduated post fixed in the water, read by eye.",
            ),
            block(
                "",
                5,
                kind="bullet",
                raw="- **Next week**: chronometers, longitude and the sea trials of 1783.",
            ),
            block(
                "",
                6,
                kind="bullet",
                raw="- **Unpredictable**: two or three flex doors kept free for spot loads.",
            ),
        ),
        language="en",
    )
    assert terms(en) == ["Tide staff"]


def test_a_films_header_fields_are_no_terms() -> None:
    header = "- **片名**：《石巷染坊》\n- **播出平台**：某视频网站\n- **导演**：韩青（拍过盐田的片子）\n"
    body = "## 工序\n\n**养缸**：染缸要每天搅动、喂料，保持靛液活性。\n"
    notes = parse_text(f"# 《石巷染坊》观看笔记\n\n## 基本信息\n\n{header}\n{body}", name="t")
    assert [fw.term for fw in extract(notes)] == ["养缸"]


def test_a_definition_label_before_a_bold_term_is_no_part_of_its_name() -> None:
    notes = parse_text(
        "# Notes\n\n## Currency systems\n\n"
        "**Def — crawling peg:** a fixed rate that is moved in small steps on a schedule.\n\n"
        "**Definition: currency board:** a regime that backs every note in circulation with reserves.\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["crawling peg", "currency board"]


def test_ji_shi_even_if_links_no_definition() -> None:
    notes = parse_text(
        "# 笔记\n\n## 开头\n\n视频说冰面的分子天生就“不安分”，即使在零度以下也有一层很薄的无序层。\n\n"
        "所谓“表面预融”，即冰在熔点以下表面先出现液态层的现象。\n",
        name="t",
    )
    assert [(f.term, f.definition) for f in extract(notes)] == [
        ("表面预融", "冰在熔点以下表面先出现液态层的现象")
    ]


def test_a_headings_section_number_is_no_part_of_its_term() -> None:
    notes = parse_text(
        "# 读书笔记\n\n## 三、等待\n\n### 3.1 等候溢价\n定义：顾客为了少等一会儿愿意多付的钱。\n", name="t"
    )
    assert [f.term for f in extract(notes)] == ["等候溢价"]


def test_a_plain_text_glossary_of_term_equals_definition_lines_is_read() -> None:
    notes = parse_text(
        "BIO 101 - UNIT 3\n\nDEFINITIONS (copy these)\n\n"
        "catalyst = a substance that speeds up a reaction without being used up\n"
        "  - the teacher's favourite word this week\n\n"
        "inhibitor = a molecule that slows an enzyme down by blocking or reshaping it\n\n"
        "Ran out of time here, finish next week.\n\n"
        "substrate = the molecule an enzyme acts on\n",
        name="bio",
    )
    assert [f.term for f in extract(notes)] == ["catalyst", "inhibitor", "substrate"]


def test_someones_remark_is_no_term() -> None:
    notes = parse_text(
        "# 复盘\n\n## 问题清单\n\n- 退款延迟：退款要人工审核，平均拖了五天才到账\n"
        "- 扣款重复：支付回调超时后重试，同一笔订单被扣了两次\n"
        "- 话术缺失：客服没有统一口径，同一个问题三种说法\n"
        "- 周琳提醒：别把责任都推给运营，运营也是按目标走的\n",
        name="t",
    )
    assert [f.term for f in extract(notes)] == ["退款延迟", "扣款重复", "话术缺失"]


def test_a_member_a_heading_lists_in_brackets_is_asked_within_it() -> None:
    notes = parse_text(
        "# 复盘\n\n## 4.2 五要素法（人、事、时、地、物）\n\n- 事：订单被重复扣款\n- 人：首月续费的用户\n"
        "- 时：三月中旬上线以后\n",
        name="t",
    )
    assert {f.term: f.group for f in extract(notes)} == {"事": "五要素法", "人": "五要素法", "时": "五要素法"}


def test_an_equation_is_no_glossary_line() -> None:
    from quizgen.extract.frameworks import _an_equation

    assert _an_equation("effect size correlated r = .31 with total attendance")
    assert _an_equation("等价于 MRS = Px/Py （两线相切）")
    assert not _an_equation("median = the middle value once the data are sorted")
    assert not _an_equation("利润率 = 净利润除以营业收入")
    # two symbols set equal in a step of working, whatever words follow
    assert _an_equation("先令 AC = AR 解出均衡时的价格 P*")
    assert not _an_equation("CAC = 获客成本，一个新客户的平均花费")


def test_a_single_dash_between_chinese_words_joins_them_and_separates_nothing() -> None:
    route = "- 新修的 **滇南（昆）—河（口）公路** 已经通车，全程只要五个小时。\n"
    chain = "- 盘点的顺序：入库—上架—拣货—复核\n"
    doc = parse_text(f"# 笔记\n\n## 见闻\n\n{route}{chain}", name="t")
    assert [f.term for f in extract(doc)] == []
    glossary = parse_text("# 笔记\n\n## 概念\n\n- **复利**——收益继续产生收益的过程\n", name="t")
    assert [f.term for f in extract(glossary)] == ["复利"]


def test_a_term_named_then_explained_in_the_next_breath_of_a_transcript_is_defined() -> None:
    text = (
        "【理财入门 · 第二讲】\n主讲：某老师\n\n"
        "好，同学们，今天先讲两个概念。第一个概念，叫“净现金流”。\n\n"
        "什么意思呢？就是你每个月到手的钱，减掉你所有的开销以后剩下的那部分。很多同学都算错。\n\n"
        "第二个概念，叫“安全垫”。\n\n"
        "安全垫就是平时不碰、只在急用时才动的一笔钱。一般是三个月的开销。\n\n"
        "第三件事，叫“复盘”。\n\n"
        "这个我们下节课再说。\n"
    )
    found = {f.term: f.definition for f in extract(parse_text(text, name="class", path="class.txt"))}
    assert found["净现金流"] == "每个月到手的钱，减掉所有的开销以后剩下的那部分"  # anyone's pay: 你 left out
    assert found["安全垫"] == "平时不碰、只在急用时才动的一笔钱"
    assert "复盘" not in found  # named, but the next paragraph does not say what it is


def test_a_definition_is_not_cut_after_where_the_thing_happens() -> None:
    long = (
        "鲑鱼在出生的溪流与远海之间，按生命阶段进行的定期、定向、往返的长途洄游，"
        "途中还要在河口停留一段时间适应咸水。"
    )
    card, rest = cut_definition(long, "洄游", "zh")
    assert card.endswith("往返的长途洄游") and rest.startswith("途中")


def test_a_first_clause_saying_when_is_not_cut_from_the_steps_after_it() -> None:
    card, _rest = cut_definition(
        "接手任何一座年久失修的中型水库，先查近三十年的汛期记录，再算能供几个月。", "枯水线法", "zh"
    )
    assert card.startswith("接手任何一座年久失修的中型水库，先查")
    assert card != "接手任何一座年久失修的中型水库"


def test_one_labelled_point_among_plain_ones_is_that_points_topic_not_a_term() -> None:
    points = parse_text(
        "# 种菜笔记\n\n## 选土\n\n老师讲了几条：\n\n1. 土要松，捏成团一碰就散。\n2. 底肥别放太多。\n"
        "3. 酸碱：多数蔬菜喜欢微酸的土，pH 六点几最好。\n4. 湿度：土太湿种子会闷死，不能积水。\n"
        "5. 买来的营养土最好先晒两天。\n",
        name="t",
    )
    assert terms(points) == []
    glossary = parse_text(
        "# 种菜笔记\n\n## 三种土\n\n老师讲了三种土：\n\n1. 沙土：颗粒粗、排水快的土。\n"
        "2. 黏土：颗粒细、保水强的土。\n3. 壤土：沙和黏土比例适中的土。\n",
        name="t",
    )
    assert terms(glossary) == ["沙土", "黏土", "壤土"]


def test_a_steps_number_is_no_part_of_the_term_its_heading_defines() -> None:
    from quizgen.ingest import parse_text

    notes = (
        "# 《换道》读书笔记\n\n## 方法\n\n### 第一步：种（Plant）\n\n"
        "**定义**：先挑一个手头真要做完的小项目，作为练手的起点。\n\n"
        "### Step 2: Prune\n\n**Definition**: cut every task that does not serve the project.\n"
    )
    terms = {f.term for f in extract(parse_text(notes, name="t"))}
    assert {"种", "Prune"} <= terms and not any(t.startswith(("第一步", "Step")) for t in terms)


def test_the_fields_of_a_record_under_its_heading_are_no_terms() -> None:
    from quizgen.ingest import parse_text

    notes = (
        "# 《江底》观后感\n\n## 基本信息\n\n- **工程名称**：青湾过江隧道\n"
        "- **建设单位**：青湾交通集团\n\n"
        "## 术语\n\n- **管片**：盾构隧道里一环一环拼起来的预制混凝土衬砌块。\n"
    )
    found = {f.term for f in extract(parse_text(notes, name="t"))}
    assert "管片" in found and not found & {"工程名称", "建设单位"}


def test_a_step_label_and_an_articles_lead_are_no_part_of_a_term() -> None:
    doc = document(
        section(
            "两段式模型",
            3,
            block("", 4, kind="bullet", raw="- **第一段：产地分拣**：在乡镇集中挑拣，按大小分级。"),
            block("", 5, kind="bullet", raw="- **第二段：整车直发**：几个乡镇的货拼满一车再出发。"),
            block("", 6, kind="bullet", raw="- **导语**：三年里新开的店翻了一番，关掉的也多了一倍。"),
            block("", 7, kind="bullet", raw="- **导读**：这一篇只讲城里的小店，不讲连锁。"),
        )
    )
    assert terms(doc) == ["产地分拣", "整车直发"]


def test_a_noun_numbered_in_words_is_a_place_in_a_list_not_a_term() -> None:
    from quizgen.extract.frameworks import term_is_plausible

    assert not term_is_plausible("Bin three") and not term_is_plausible("Rule one")
    assert term_is_plausible("Sweat equity") and term_is_plausible("Seed fund")


def test_a_lists_letter_is_no_part_of_the_term() -> None:
    doc = document(
        section(
            "KRT 模型",
            3,
            block("", 4, kind="bullet", raw="- **K 口碑**：熟人转介绍的客人，不花钱，一年能占三成"),
            block("", 5, kind="bullet", raw="- **R 复购**：一位会员每年回来几次，看季度均值"),
        )
    )
    assert terms(doc) == ["口碑", "复购"]


def test_a_commenters_handle_and_the_channels_role_are_no_terms() -> None:
    from quizgen.extract.frameworks import term_is_plausible

    assert not term_is_plausible("@阿禾做饭") and not term_is_plausible("UP主")
    assert term_is_plausible("出胶")


def test_a_named_method_with_an_aside_before_its_colon_is_its_steps_group() -> None:
    from quizgen.extract.outline import list_name

    line = "助教推荐的做法，名字叫 **四步备考法**（据说改编自旧教材）："
    assert list_name(line, "zh") == "四步备考法"
    assert list_name("助教推荐的做法，名字叫 **四步备考法**：", "zh") == "四步备考法"


@pytest.mark.parametrize(
    ("line", "language", "name"),
    [
        # a bold name inside an aside, in quotes, before the colon
        ('Night lifts (the crane crew named them "**the two Ks**"):', "en", "the two Ks"),
        # the count and the kind of list before a bold name made of the members' names
        ('A three-step method he names **"Sort, Store, Ship"**:', "en", "Sort, Store, Ship"),
        ("他的四步法叫 **望闻问切**：", "zh", "望闻问切"),
        ("Her view of the **market**:", "en", ""),  # a bold word, no list named
        # a counted bold name inside a line that announces a list, and a span of time, which is none
        ('The riggers swear by the "**two Ks**" of any night lift:', "en", "two Ks"),
        ("We spent **three days** on the barge:", "en", ""),
        ("训练营分**三周**进行：", "zh", ""),
        # a counted name quoted in the brackets closing the line; a pronoun owning the counted list
        ('His two rules for a night lift ("the two Ks"):', "en", "the two Ks"),
        ("Their four tests of a sound bid:", "en", "four tests of a sound bid"),
    ],
)
def test_a_list_named_in_bold_after_its_count_or_inside_an_aside_is_named(
    line: str, language: Language, name: str
) -> None:
    from quizgen.extract.outline import list_name

    assert list_name(line, language) == name


def test_the_members_of_a_list_named_inside_an_aside_are_asked_within_it() -> None:
    from quizgen.extract import frameworks
    from quizgen.ingest import parse_text

    text = (
        "# Notes on a crane course\n\n## Night lifts\n\n"
        'Before any lift after dark (the crane crew named them "**the two Ks**"):\n'
        "- **Kentledge** — counterweight blocks stacked on the crane's tail\n"
        "- **Kickers** — short timbers wedged under each outrigger pad\n"
    )
    groups = {f.term: f.group for f in frameworks.extract(parse_text(text, name="n"))}
    assert groups == {"Kentledge": "the two Ks", "Kickers": "the two Ks"}, groups


def test_a_heading_counting_its_labelled_items_is_their_group() -> None:
    from quizgen.extract import frameworks
    from quizgen.ingest import parse_text

    def groups(heading: str) -> dict[str, str]:
        text = (
            f"# Night shift notes\n\n## {heading}\n\n"
            "- **Light** — lamps dimmed after 10 pm, torch for checks\n"
            "- **Noise** — alarms silenced at the bay, doors closed softly\n"
            "- **Rest** — observations grouped so sleep runs in blocks\n"
        )
        return {f.term: f.group for f in frameworks.extract(parse_text(text, name="n"))}

    assert set(groups('The "3 Rs" of a quiet ward (from the poster)').values()) == {
        "The 3 Rs of a quiet ward"
    }
    assert set(groups('The "4 Rs" of a quiet ward').values()) == {""}  # it counts four, three are listed


def test_a_year_counted_in_a_reign_heads_a_timeline_row_not_a_term() -> None:
    doc = parse_text(
        "# 变法笔记\n\n## 时间线\n\n- **永和元年**：设立新的理财机构，专管钱粮\n"
        "- **永和三年**：颁布清丈田亩的新法\n- **永和四年**：大水，主持者被弹劾\n\n"
        "## 新法\n\n- **清丈法**：重新丈量田亩，按实有田亩征税\n",
        name="reform",
    )
    assert [f.term for f in extract(doc)] == ["清丈法"]


def test_a_latin_letter_written_close_to_a_chinese_term_is_part_of_it() -> None:
    doc = parse_text(
        "# 笔记\n\n## 传播\n\n- **N值**：一位老客能拉来几位新客\n- **B 复购率**：三十天里回购的顾客比例\n",
        name="t",
    )
    assert [f.term for f in extract(doc)] == ["N值", "复购率"]


def test_a_reviews_or_a_meetings_labels_and_a_post_are_no_terms() -> None:
    doc = parse_text(
        "# 书评\n\n## 读后\n\n- **适合人群**：常年在外地工作的人\n- **争议点**：结尾收得太快\n"
        "- **何守年**：老站长，守了那座小站三十年，退休后还天天去扫站台\n- **潮差**：高潮与低潮的水位差\n",
        name="t",
    )
    assert [f.term for f in extract(doc)] == ["潮差"]


def test_a_clause_saying_of_whom_is_not_cut_from_the_modal_that_says_what() -> None:
    said = "平台收集乘客的个人信息，如果这些信息可能被用于营销，应当事先告知用途并取得同意，不得超出范围"
    card, _ = cut_definition(said, "告知同意", "zh")
    assert card.startswith("平台收集乘客的个人信息，如果这些信息可能被用于营销，应当事先告知用途并取得同意")


def test_an_ordinal_and_an_assessments_side_are_labels_not_terms() -> None:
    doc = parse_text(
        "# 笔记\n\n## 三招\n\n- **第一招：先止损**。停掉 6 条亏钱的产品线。\n"
        "- **第二招：再盘点**。把库存逐一清点。\n- **第三招：后扩张**。只在两个城市开店。\n\n"
        "## 评价\n\n- 积极：统一了标准，降低了成本\n- 消极：权力落在少数人手里\n"
        "- 二八定律：少数原因决定多数结果\n- 长尾效应：大量小需求加起来超过头部\n",
        name="labels",
    )
    found = terms(doc)
    assert not {"第一招", "第二招", "第三招", "积极", "消极"} & set(found)
    assert "二八定律" in found  # a named rule in the same list is a term
    english = parse_text(
        "# Notes\n\n## Key terms\n\n- Positives: the index is cheap and clear\n"
        "- Negatives: it hides the poorest districts\n- Gini index: a measure of how unequal incomes are\n"
        "- Palma ratio: the top tenth's income over the bottom two fifths'\n",
        name="sides",
    )
    found = terms(english)
    assert not {"Positives", "Negatives"} & set(found) and "Gini index" in found


def test_an_exam_question_type_and_a_remarks_label_are_no_terms() -> None:
    doc = parse_text(
        "# 复习\n\n## 期末\n\n- 论述（二选一）：城市化与户籍制度的关系\n- 简答：两种统计口径的区别\n"
        "- 常住人口：在一地住满半年以上的人\n- 户籍人口：户口登记在本地的人\n",
        name="exam",
    )
    found = terms(doc)
    assert not {"论述", "简答"} & set(found) and "常住人口" in found
    english = parse_text(
        "# Talk notes\n\n## Terms\n\n- **Storm surge**: a rise of sea level pushed ashore by wind\n"
        "- **Levee**: an embankment that holds back a river\n"
        "- **Flood warning**: without new levees, the lower town floods every decade.\n",
        name="remarks",
    )
    found = terms(english)
    assert "Flood warning" not in found and "Levee" in found


def test_what_kind_of_line_follows_is_a_label_not_a_term() -> None:
    notes = parse_text(
        "# Lecture 6: Mendel\n\n## Terms\n\n"
        "- **Statement:** each parent passes on one of its two alleles at random\n"
        "- **Real-world use:** seed banks test purity by crossing with a known line\n"
        "- **Important:** the ratio only shows in large numbers of offspring\n"
        "- **Allele:** one version of a gene\n- **Locus:** the place a gene sits on its chromosome\n",
        name="mendel",
    )
    found = terms(notes)
    assert not {"Statement", "Real-world use", "Important"} & set(found)
    assert {"Allele", "Locus"} <= set(found)


def test_a_roles_label_with_its_holder_and_a_remark_are_no_terms() -> None:
    notes = parse_text(
        "# Panel notes\n\n## Who spoke\n\n- **Moderator: Lena Hart** — energy reporter, *Valley Post*\n"
        "- Also Oxford: same college as the chair, a coincidence she joked about\n"
        "- **Heat pump**: a machine that moves heat from outside air into a house\n"
        "- **COP**: heat delivered per unit of electricity used\n",
        name="panel",
    )
    found = terms(notes)
    assert not any(t.startswith(("Moderator", "Also")) for t in found) and "Heat pump" in found


def test_a_method_named_counted_and_chained_by_arrows_is_a_set_of_steps() -> None:
    english = parse_text(
        "# Notes\n\n**TL;DR:**\n- The **Kolb cycle** is a four-stage cycle: "
        "**experience → reflect → conceptualise → experiment.**\n- I tried it for two weeks.\n",
        name="kolb",
    )
    [kolb] = [f for f in extract(english) if f.members]
    assert (kolb.term, kolb.members, kolb.unit) == (
        "Kolb cycle",
        ("experience", "reflect", "conceptualise", "experiment"),
        "stage",  # the text's own word for its parts
    )
    chinese = parse_text("# 笔记\n\n## 方法\n\n老师讲的复盘分四步：回顾→分析→总结→改进。\n", name="fupan")
    [fupan] = [f for f in extract(chinese) if f.members]
    assert (fupan.term, fupan.members) == ("复盘", ("回顾", "分析", "总结", "改进"))
    # a chain whose count the sentence does not give, or gives wrong, is no named set
    loose = parse_text(
        "# Notes\n\nThe Kolb cycle is a three-stage cycle: "
        "experience → reflect → conceptualise → experiment.\n",
        name="x",
    )
    assert not [f for f in extract(loose) if f.members]


def test_a_label_comparing_two_things_is_a_takeaway_not_a_term() -> None:
    doc = parse_text(
        "# Talk notes\n\n## Themes\n\n"
        "- **Shade > paint**: cooling a street with trees beats coating its roofs.\n"
        "- **Canopy debt**: the shade a city lost and has not replanted.\n",
        name="t",
    )
    assert terms(doc) == ["Canopy debt"]


def test_a_plain_label_under_a_bold_term_is_a_side_of_it_and_the_items_name_the_term() -> None:
    from quizgen.generate import generate

    text = (
        "# 地理复习\n\n## 季风\n\n"
        "- **海洋季风**：成因是海陆之间的温差\n"
        "  - 冬季：从陆地吹向海洋的**偏北风**，寒冷干燥（来自大陆高压）\n"
        "  - 夏季：从海洋吹向陆地的**偏南风**，温暖湿润（来自海上高压）\n"
        "- **高原季风**：成因是高原和四周大气的温差\n"
        "  - 冬季：**偏北风**，干冷\n"
        "  - 夏季：**偏南风**，湿热\n"
    )
    doc = parse_text(text, name="t", path="t.md")
    terms = {f.term for f in extract(doc)}
    assert {"海洋季风", "高原季风"} <= terms
    assert not {"冬季", "夏季"} & terms  # each term's season, no term of its own
    stems = [i.question for i in generate([doc], "deck")]
    assert not any(q.startswith(("冬季", "夏季")) for q in stems)  # a label alone asks two things


def test_the_term_a_labelled_sub_item_stands_under_is_named_before_its_label() -> None:
    from quizgen.extract.outline import under_its_term

    doc = parse_text(
        "# Notes\n\n- **Cold chain**: keeping food cold from farm to shop\n"
        "  - Cost: about 12% of what shoppers pay\n"
        "- **R — Reach (how far)**: how far people travel for it\n"
        "  - Low: furniture, weddings\n"
        "- Plain item\n  - Cost: nothing\n",
        name="t",
    )
    [(section, cost), (_, low), (_, plain)] = [(s, b) for s, b in doc.all_blocks() if b.depth == 1]
    assert (
        under_its_term(doc, section, cost, cost.text) == "Cold chain — Cost: about 12% of what shoppers pay"
    )
    assert under_its_term(doc, section, low, low.text) == low.text  # a letter and its word: no term to name
    assert under_its_term(doc, section, plain, plain.text) == plain.text  # under no term


def test_a_measure_in_a_list_under_a_bold_name_heading_is_that_names() -> None:
    from quizgen.extract.outline import under_its_term

    doc = parse_text(
        "# 季报笔记\n\n## 具体公司\n\n### 2.1 **远山乳业**（区域乳企）\n\n"
        "- 营收同比 **+5.2%**，利润同比 **-12%**。\n- 主持人补了一句：库存还要再看一个季度。\n\n"
        "### 2.2 大盘\n\n- 营收普遍放缓。\n",
        name="t",
    )
    blocks = {b.text[:4]: (s, b) for s, b in doc.all_blocks()}
    section, revenue = blocks["营收同比"]
    assert under_its_term(doc, section, revenue, revenue.text).startswith("远山乳业：营收同比")
    section, remark = blocks["主持人补"]
    assert under_its_term(doc, section, remark, remark.text) == remark.text  # a remark, no measure
    section, market = blocks["营收普遍"]
    assert under_its_term(doc, section, market, market.text) == market.text  # a heading that is no name


def test_a_definitions_italics_are_read_as_its_words() -> None:
    line = "**Latency:** the time a request *waits* before any work on it starts, see *Queueing Basics*."
    doc = document(section("Terms", 3, block("", 4, raw=line)), language="en")
    [fw] = extract(doc)
    assert fw.definition == "the time a request waits before any work on it starts, see Queueing Basics"


def test_the_people_around_the_subject_are_no_glossary_of_terms() -> None:
    notes = parse_text(
        "# 《茶人传》读书笔记\n\n## 三、他周围的人\n\n"
        "- **陆启**：父亲，四十岁才开始种茶，带着三个侄子进山。\n"
        "- **韩素**：续弦妻子，晚年一直照料他的起居。\n"
        "- **周衡**：少年同窗，做了茶商以后一再压他的价。\n",
        name="t",
    )
    assert extract(notes) == []
    kept = parse_text(
        "# 《茶人传》读书笔记\n\n## 三、几个术语\n\n- **杀青**：高温破坏鲜叶里的酶，让叶子停止发酵。\n",
        name="t",
    )
    assert [f.term for f in extract(kept)] == ["杀青"]


def test_who_says_it_under_a_term_is_no_side_of_the_term() -> None:
    from quizgen.extract.outline import under_its_term

    doc = parse_text(
        "# 笔记\n\n- **保证金**：开户时存入的押金\n  - 讲者强调：保证金不是手续费\n  - 作用：防止违约\n",
        name="t",
    )
    [(section, said), (_, role)] = [(s, b) for s, b in doc.all_blocks() if b.depth == 1]
    assert under_its_term(doc, section, said, said.text) == said.text  # not 保证金的讲者强调：…
    assert under_its_term(doc, section, role, role.text) == "保证金的作用：防止违约"


def test_examples_after_a_term_are_not_its_meaning() -> None:
    text = (
        "# 生态学笔记\n\n## 种间关系\n\n- **偏利共生**：如鮣鱼吸附在鲨鱼身上、附生植物长在树干上\n"
        "- **竞争**：两个物种争夺同一种有限资源，彼此都受损害。\n"
        "- **Commensalism**: such as barnacles riding on a whale's skin\n"
    )
    assert terms(parse_text(text, name="t")) == ["竞争"]
    # 如同 opens a likeness, not a list of examples
    like = parse_text(
        "# 笔记\n\n## 术语\n\n- **心流**：如同时间消失一般的全神贯注状态，做事时忘了自己。\n", name="t"
    )
    assert terms(like) == ["心流"]


def test_someones_remark_in_closing_brackets_goes_to_the_back_of_the_card() -> None:
    card, rest = cut_definition("面团静置后不再回缩（老师讲她也常常等不及）", "松弛", "zh")
    assert card == "面团静置后不再回缩"
    assert rest == "（老师讲她也常常等不及）"
    card, rest = cut_definition("alerts fix themselves (she admits nobody is there yet)", "Autonomy", "en")
    assert (card, rest) == ("alerts fix themselves", "(she admits nobody is there yet)")
    card, _ = cut_definition("一种免责事由（别和另一种事由弄混！老师讲了两遍，期中会考）", "性质", "zh")
    assert card == "一种免责事由"
    # brackets that say more of the meaning stay on the card
    card, _ = cut_definition("面团静置后不再回缩（包括擀开和折叠之后）", "松弛", "zh")
    assert card == "面团静置后不再回缩（包括擀开和折叠之后）"


def test_where_to_find_or_reach_a_shop_is_no_meaning() -> None:
    text = (
        "# 店铺信息\n\n## 信息\n\n- **体验课预约**：小红书搜索“木作小院”报名\n"
        "- **线上咨询**：后台回复“课程”获取报名表\n- **Bookings**: DM the studio on the weekend\n"
    )
    assert terms(parse_text(text, name="t")) == []


def test_a_bold_terms_meaning_may_speak_to_anyone_in_the_second_person() -> None:
    text = (
        "# Deep focus notes\n\n## Terms\n\n"
        "- **Attention residue**: the part of your attention that stays on a task after you switch away\n"
        "- **Shutdown ritual**: a fixed routine that ends the working day so their minds can rest\n"
        "- **Grand gesture**: a costly change of place that makes a hard task feel important to me\n"
    )
    assert terms(parse_text(text, name="t")) == ["Attention residue", "Shutdown ritual"]


def test_what_the_author_does_there_is_the_notes_label_not_a_term() -> None:
    text = (
        "# Book notes\n\n## Chapter 9\n\n"
        "- **Restates thesis**: salt made empires, and empires fought over salt.\n"
        "- **Argues against the myth**: medieval cooks did not use salt to hide rotten meat.\n"
        "- **Brine curing**: soaking meat in strong salt water until the salt reaches its centre.\n"
    )
    assert terms(parse_text(text, name="t")) == ["Brine curing"]


def test_a_condition_a_result_follows_and_the_snacks_are_no_terms() -> None:
    text = (
        "# 读书笔记\n\n## 实验\n\n- **房租涨 300 元时**：两组人的答题成绩差不多。\n"
        "- **房租涨 3000 元时**：手头紧的一组答错的题多了一倍。\n"
        "- **认知带宽**：大脑同一时间能处理的信息量，会被焦虑占用。\n"
    )
    assert terms(parse_text(text, name="t")) == ["认知带宽"]
    english = parse_text(
        "# Reading group\n\n## Logistics\n\n- **Snacks**: Priya brought the good oatcakes.\n"
        "- **Weak tie**: an acquaintance one sees rarely, outside one's close circle.\n",
        name="t",
    )
    assert terms(english) == ["Weak tie"]


def test_a_mnemonics_label_and_an_organs_jobs_are_no_terms() -> None:
    text = (
        "# Renal notes\n\n## Kidney\n\n- **Jobs**: fluid balance, acid-base, waste removal, blood pressure\n"
        '- **Mnemonic from class**: "A WET BED" for what the kidney does\n'
        "- **Nephron**: the kidney's working unit, a filter and a tubule together\n"
    )
    assert terms(parse_text(text, name="t")) == ["Nephron"]


def test_one_capitalised_word_and_a_short_one_do_not_make_a_title() -> None:
    from quizgen.extract.frameworks import find_pair

    label = find_pair(block("Insulin pts - sugars before meals and at bedtime", 4, kind="bullet"), "en")
    assert label is not None and not label.marked
    title = find_pair(block("The Ladder of Small Wins - a habit built one easy step at a time", 5), "en")
    assert title is not None and title.marked


def test_a_run_of_plain_english_labels_is_a_list_of_remarks_unless_a_heading_calls_them_terms() -> None:
    remarks = (
        "- Brakes: squeal when cold, pedal a little soft\n"
        "- Tyres: uneven wear on the inside edge of both fronts\n"
        "- Battery: slow to crank on frosty mornings, five years old\n"
    )
    found = parse_text(f"# Car service\n\n## What the mechanic found\n\n{remarks}", name="garage")
    assert terms(found) == []
    glossary = parse_text(f"# Car service\n\n## Key terms\n\n{remarks}", name="garage")
    assert terms(glossary) == ["Brakes", "Tyres", "Battery"]
    bold = remarks.replace("- Brakes:", "- **Brakes**:")
    assert terms(parse_text(f"# Car service\n\n## What the mechanic found\n\n{bold}", name="garage")) == [
        "Brakes"
    ]
    # Chinese notes set their terms plainly: a run of three still makes a glossary there
    zh = (
        "- 边际成本：产量增加一个单位时总成本的增量\n"
        "- 机会成本：选择一种用途时放弃的其他用途中的最高收益\n"
        "- 沉没成本：已经发生、无法收回的支出\n"
    )
    assert terms(parse_text(f"# 经济学笔记\n\n## 第二讲\n\n{zh}", name="econ")) == [
        "边际成本",
        "机会成本",
        "沉没成本",
    ]


def test_a_meaning_that_stops_where_its_list_goes_on_is_no_definition() -> None:
    en = document(
        section(
            "Liability",
            3,
            block("", 4, raw="**Strict liability**: a seller answers for a defect's harm if"),
            block("", 5, kind="numbered", raw="1. the product left its hands defective"),
            block("", 6, kind="numbered", raw="2. the defect caused the injury"),
            block("", 7, raw="**Remittitur**: a judge cuts a jury award the evidence cannot support."),
            # (a meaning that stops on its verb, the list below saying what they are, is cut too)
            block("", 8, raw="**Fair shares**: the gains of a trade are shared out until each share is:"),
            block("", 9, kind="numbered", raw="1. open to all who took part"),
            block("", 10, raw="**Fair terms**: a rent is only to be fixed once it is"),
            block("", 11, kind="numbered", raw="1. within reach of a working tenant"),
        ),
        language="en",
    )
    assert terms(en) == ["Remittitur"]


def test_a_label_in_square_brackets_before_a_term_is_no_part_of_it() -> None:
    doc = parse_text(
        "# 复习\n\n## 第三章\n\n"
        "【定义】问题解决：个体在面对新情境时，运用已有知识与技能达到目标的认知过程。\n\n"
        "【定义】迁移：一种学习对另一种学习的影响。\n",
        name="d",
    )
    assert terms(doc) == ["问题解决", "迁移"]


def test_a_card_is_not_cut_after_the_clause_that_says_what_is_used() -> None:
    said = "用细麻绳（比如两股的亚麻线，浸蜡更好），在竹片外缠三道再打死结，为的是固定骨架，老手都这么做。"
    card, _ = cut_definition(said, "扎骨", "zh")
    assert card.endswith("在竹片外缠三道再打死结")


def test_a_bold_run_in_heading_with_its_stop_names_a_term() -> None:
    notes = parse_text(
        "# Reading log\n\n## Chapter 2\n\n"
        "**Slow reading.** The habit of returning to a page until its argument can be retold unaided.\n\n"
        "**Marginal drift.** Borrowed from an old typesetter's joke. The way margin notes wander off.\n\n"
        "**Seeing comes first.** Long before anyone acts, the looking has settled what they will do.\n",
        name="t",
    )
    found = {fw.term: fw.definition for fw in extract(notes)}
    assert found.get("Slow reading", "").startswith("The habit of returning to a page")
    assert found.get("Marginal drift", "").startswith("The way margin notes wander off")
    assert "Seeing comes first" not in found  # a claim set as a run-in heading is no term


def test_a_first_sentence_opening_on_after_is_part_of_the_meaning() -> None:
    notes = parse_text(
        "# Notes\n\n- **Frost heave**: After a hard frost the ground lifts. Paving cracks.\n", name="t"
    )
    [fw] = extract(notes)
    assert fw.definition.startswith("After a hard frost the ground lifts")


def test_a_clause_the_note_taker_marks_as_their_own_view_goes_on_the_back() -> None:
    assert cut_definition("林家和周家的儿子，体弱多病，脾气古怪得很（个人意见）", "林某", "zh") == (
        "林家和周家的儿子，体弱多病",
        "脾气古怪得很（个人意见）",
    )
    card, rest = cut_definition("The younger brother, quiet and bookish, rather dull (my take)", "Tom", "en")
    assert card == "The younger brother, quiet and bookish" and "my take" in rest
