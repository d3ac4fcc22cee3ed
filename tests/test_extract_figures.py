"""Figures: every numeric expression found and kept whole, classified, valued, and told apart from
the numbers that are not facts (versions, labels, ordinals, formulae, vague magnitudes, modifiers)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.extract import figures, people
from quizgen.extract.figure_scan import Span, figure_spans, parts, scan
from quizgen.extract.numbers import Style, value_of, write
from quizgen.model import Block, Document, MetaField, Section


def spans(text: str) -> dict[str, Span]:
    return {s.text: s for s in scan(text)}


def facts(text: str) -> dict[str, Span]:
    return {s.text: s for s in scan(text) if s.fact}


def doc_of(
    *blocks: Block, language: str = "zh", sections: tuple[Section, ...] = (), lines: tuple[str, ...] = ()
) -> Document:
    return Document(
        name="notes",
        path="notes.md",
        language=language,  # type: ignore[arg-type]
        title="",
        title_line=0,
        metadata=(),
        preamble=blocks,
        sections=sections,
        lines=lines,
    )


def para(text: str, line: int = 1, speaker: str = "") -> Block:
    return Block(kind="turn" if speaker else "paragraph", text=text, raw=text, line=line, speaker=speaker)


# --- kept whole and classified ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Anthropic 已筹集近 200 亿美元。", "近 200 亿美元", 2e10, "美元"),
        ("年营收达到45亿美金。", "45亿美金", 4.5e9, "美金"),
        ("产业链价值20万亿美元", "20万亿美元", 2e13, "美元"),
        ("The firm raised $4.5 billion.", "$4.5 billion", 4.5e9, "$"),
        ("the dam cost about $14.7 billion in all", "about $14.7 billion", 1.47e10, "$"),
        ("首轮只融到了600万元。", "600万元", 6e6, "元"),
        ("融资2.8亿元，由银行牵头", "2.8亿元", 2.8e8, "元"),
    ],
)
def test_money_is_kept_whole_with_its_hedge_and_valued(
    text: str, figure: str, value: float, unit: str
) -> None:
    found = facts(text)[figure]
    assert (found.kind, found.value, found.unit) == ("money", value, unit)


@pytest.mark.parametrize(
    ("text", "figure", "mid"),
    [
        ("收入约占 60-75%，同时", "60-75%", 67.5),
        ("概率或许有20%-25%。", "20%-25%", 22.5),
        ("CNBC称60%到75%的销售", "60%到75%", 67.5),
        ("占比在30%-35%之间", "30%-35%", 32.5),
    ],
)
def test_percentage_ranges_are_one_figure(text: str, figure: str, mid: float) -> None:
    found = facts(text)[figure]
    assert (found.kind, found.base, found.value) == ("range", "percent", mid)


def test_percent_points_and_hedged_percent() -> None:
    assert facts("高出了5个百分点")["5个百分点"].unit == "个百分点"
    assert facts("平均复购率约38%，")["约38%"].kind == "percent"
    assert facts("at roughly 30%: about a third")["roughly 30%"].value == 30


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("最终在2006年2月去世", "2006年2月", "date"),
        ("新馆暂定2027年3月中旬开放", "2027年3月中旬", "date"),  # not 3月中 and a stray 旬
        ("诗集1992年初版只印了两千册", "1992年", "year"),  # 初版: the first edition, not early 1992
        ("日期：2025-07-30", "2025-07-30", "date"),
        ("On 14 May 1931 the balloon landed", "14 May 1931", "date"),
        ("In March 1958 she asked", "March 1958", "date"),
        ("1983年，河滩挖出石碑", "1983年", "year"),
        ("published in 1953, in two parts", "1953", "year"),
        ("约1620年，船匠改良出", "约1620年", "year"),
        ("计划到2028年底做到", "2028年底", "date"),
        ("直到17世纪仍很常见", "17世纪", "date"),
        ("淳熙年间（1174—1189年）", "1174—1189年", "range"),
        # a verb after the year is not its unit
        ("Venice, in 1423 opens a quarantine island", "1423", "year"),
        ("The guild, by 1890 counts forty members", "1890", "year"),
        ("In spring 2020 shipyards cancelled orders", "2020", "year"),
    ],
)
def test_dates_and_years(text: str, figure: str, kind: str) -> None:
    assert facts(text)[figure].kind == kind


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        ("只用了16个月。", "16个月", 480),
        ("两年内可能突破", "两年内", 730),
        ("节目时长48分钟", "48分钟", 48 / 1440),
        ("先把半年时间", "半年", 182.5),
        ("for up to three weeks", "up to three weeks", 21),
        ("比赛跑了四个半小时。", "四个半小时", 4.5 / 24),  # whole, not 四个 + 半小时
        ("工期拖了两个半月。", "两个半月", 75),
        # a span of time in two units is one figure, never its seconds or minutes alone
        ("平均要 7分15秒 才能回到原任务。", "7分15秒", (7 * 60 + 15) / 86400),
        ("会议开了2小时30分钟。", "2小时30分钟", 2.5 / 24),
        ("项目做了两年零三个月。", "两年零三个月", 2 * 365 + 3 * 30),
        ("It took 2 hours 30 minutes to load.", "2 hours 30 minutes", 2.5 / 24),
        # written short, as notes write time: hours and minutes one span, never the minutes alone
        ("the meeting ran 45 min over", "45 min", 45 / 1440),
        ("the API was down for 2h 15m.", "2h 15m", (2 * 60 + 15) / 1440),
        ("the restore took 1 hr 20 min.", "1 hr 20 min", 80 / 1440),
        ("the pilot ran 6 wks", "6 wks", 42),
    ],
)
def test_durations_are_valued_in_days(text: str, figure: str, days: float) -> None:
    assert facts(text)[figure].value == pytest.approx(days)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("employs 18,000 engineers.", "18,000 engineers", 18000, "engineers"),
        ("about 250,000 people voted", "about 250,000 people", 250000, "people"),
        ("It stood 214 feet tall", "214 feet", 214, "feet"),
        ("64 pages long", "64 pages", 64, "pages"),
        ("roughly 0.4 grams per litre", "roughly 0.4 grams per litre", 0.4, "grams per litre"),
        (
            "at most 7 nests per square mile here",
            "at most 7 nests per square mile",
            7,
            "nests per square mile",
        ),
        ("做到1200家", "1200家", 1200, "家"),
        ("分为7类，", "7类", 7, "类"),
        ("共八千卷，", "八千卷", 8000, "卷"),
        ("每页排36行", "36行", 36, "行"),
        ("约8000字，篇幅", "约8000字", 8000, "字"),
        ("运去30斗，", "30斗", 30, "斗"),
        ("三十多个印", "三十多个", 30, "个"),
        ("超过300万人", "超过300万人", 3e6, "人"),
        ("a median of 120 ms per call", "120 ms", 120, "ms"),
        ("the river ran 9 degrees Celsius warmer", "9 degrees Celsius", 9, "degrees Celsius"),
        ("kept at 40 degrees F overnight", "40 degrees F", 40, "degrees F"),
    ],
)
def test_counts_keep_their_unit(text: str, figure: str, value: float, unit: str) -> None:
    found = facts(text)[figure]
    assert (found.kind, found.value, found.unit) == ("count", value, unit)


def test_multiples_and_shares() -> None:
    found = facts("辉瑞可能愿付十倍价格，下单频次是3.4倍，一年多翻了三倍，they lapped it nine times.")
    assert {k: v.value for k, v in found.items() if v.kind == "multiple"} == {
        "十倍": 10,
        "3.4倍": 3.4,
        "翻了三倍": 3,
        "nine times": 9,
    }
    spaced = facts("参与人数三年里增长了 4 倍，营收是去年的 2.5 倍。")  # a space before 倍, as before 年
    assert {k: v.value for k, v in spaced.items() if v.kind == "multiple"} == {"4 倍": 4, "2.5 倍": 2.5}
    shares = facts("AI可能淘汰半数岗位，自营仓占七成，六成花在物流上。")
    assert {k: v.value for k, v in shares.items()} == {"半数": 0.5, "七成": 0.7, "六成": 0.6}
    # 单一成分, 统一成本: the words' 一 and 成, no share
    assert spans("买衣服尽量挑单一成分的，工厂想统一成本。") == {}
    # a page and a half of text: the half of a count, no share
    # a currency written once stands for both ends of its range
    assert [(s.text, s.base) for s in scan("It costs £250–600 for the hair alone.")] == [
        ("£250–600", "money")
    ]
    text = "The notice was a page and a half of legalese; half of the tenants left."
    assert [s.start for s in scan(text) if s.text == "half"] == [text.rindex("half")]


@pytest.mark.parametrize(
    ("text", "figure", "end"),
    [
        ("测试从3%提升至80%。", "从3%提升至80%", 80),
        ("书架数从15个增长到90个，", "从15个增长到90个", 90),
        ("返工率从6%左右降到了2%以下。", "从6%左右降到了2%以下", 2),
        ("营收从零飙升至45亿美金", "从零飙升至45亿美金", 4.5e9),
        (
            "lifts it from about 12,400 to about 15,100 litres per hour, a gain",
            "from about 12,400 to about 15,100 litres per hour",
            15100,
        ),
        ("测试从18个月前的3%提升至80%。", "从18个月前的3%提升至80%", 80),
    ],
)
def test_changes_are_one_figure_valued_at_their_end(text: str, figure: str, end: float) -> None:
    found = facts(text)
    assert list(found) == [figure]
    assert (found[figure].kind, found[figure].value) == ("change", end)


def test_amounts_with_a_magnitude_are_counts_and_can_change() -> None:
    assert facts("用户数从2000万增长到1.5亿。")["从2000万增长到1.5亿"].value == 1.5e8
    assert (
        facts("The population grew from 2.1 million to 3.4 million.")["from 2.1 million to 3.4 million"].kind
        == "change"
    )
    assert facts("Temperatures reached 45°C.")["45°C"].unit == "°C"


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("那一轮他们融了三千万。", "三千万", 3e7),
        ("每年至少捐两百万给基金。", "两百万", 2e6),
        ("开工厂赔进去十几个亿。", "十几个亿", 1.5e9),
        ("装修又花了十几万。", "十几万", 1.5e5),
        ("每年准备捐一两百万。", "一两百万", None),  # one or two million: a figure, not 一 as an article
        ("基因检测说他的音感天分只有千分之三。", "千分之三", 0.003),
        ("受访者中有百分之六十八会绕开没开灯的路。", "百分之六十八", 68),
    ],
)
def test_amounts_written_in_chinese_numerals_are_figures(text: str, figure: str, value: float | None) -> None:
    found = facts(text)
    assert figure in found, found
    assert found[figure].value == (pytest.approx(value) if value is not None else None)


def test_a_magnitude_word_that_is_no_amount_is_no_figure() -> None:
    assert facts("你千万不要一个人去。") == {}
    assert "几十万人" not in facts("现场来了几十万人。")  # an order of magnitude


def test_an_enumeration_of_numeric_clauses_is_one_ratio() -> None:
    assert (
        facts("人手多少决定做法：八则取之、四则守之、倍则退之。")["八则取之、四则守之、倍则退之"].kind
        == "ratio"
    )
    assert "一则成本低、二则速度快" not in facts("一则成本低、二则速度快。")  # firstly, secondly
    assert set(facts("用了三年、五年")) == {"三年", "五年"}  # a list of figures, each its own


# --- not facts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "why"),
    [
        ("发布的3.5到4.0 Opus版本", "3.5到4.0", "bare"),
        ("主导GPT-3研发", "3", "bare"),
        ("那些执掌万亿美元公司的人", "万亿美元", "vague"),
        ("数万亿资本站在这边", "数万亿", "bare"),
        ("第一讲 航海术", "一", None),
        ("本期第47期节目", "47期", "ordinal"),
        ("Tern 11 lifted off", "11", "bare"),
        ("the 1957 book edition", "1957", "modifier"),
        ("比两年前高出了", "两年", "relative"),
        ("前两年那家旧书店又开了", "两年", "relative"),  # some years back
        ("他前两年天天在跑步", "两年", "relative"),
        ("这640家店的关店率", "640家", "anaphor"),
        ("《七十二条家训》传遍", "七十二条", "title"),
        ("宋淳熙六年（1179年）烧制", "六年", "label"),
        ("新开的第一家店", "一家", "ordinal"),
        ("硕士二年级的学生说", "二年", "ordinal"),  # a school year, not two years
        ("四到五年级每周练习两次", "四到五年", "ordinal"),  # a range of school years
        ("我是985本科毕业", "985本", "label"),  # a university's tier, not 985 books
        ("一家都不多开", "一家", "one"),
        ("A 2,400 Hz carrier tone", "2,400 Hz", "modifier"),
        ("有“AI”的1024 = 2048", "2048", "formula"),
        ("直到2048 AI社区", "2048", "bare"),
        ("and its volume 27 appeared", "27", "bare"),
        ("moving it to year 12 costs twice as much", "12 costs", "label"),  # which year of its life
    ],
)
def test_numbers_that_state_no_fact(text: str, number: str, why: str | None) -> None:
    found = spans(text).get(number)
    if why is None:
        assert found is None or not found.fact
    else:
        assert found is not None and found.why == why


def test_a_things_first_two_years_are_a_figure() -> None:
    assert spans("这家书店前两年亏了30万").get("两年").why == ""  # 书店前两年: its first two years
    assert spans("她的做法：前两年只卖旧书").get("两年").why == ""  # after a label: the first two years
    assert spans("In the year 1990 the mill shut.").get("1990").why == ""  # a year after `year` is a year


def test_figures_inside_urls_and_formulae_are_not_facts() -> None:
    text = "见 https://example.com/watch?v=a20B5U 以及 F = k log₂(1 + m/n)，共3种。"
    assert list(facts(text)) == ["3种"]


def test_versions_and_labels_in_english_are_not_facts() -> None:
    assert not facts("Claude 3.5 and GPT-4 beat Tern 15, 16 and 17 on 5G.")


def test_a_timelines_year_opening_its_line_is_no_count_of_the_verb_after_it() -> None:
    assert [(s.text, s.kind) for s in scan("1891 opens the Harbour Street Library.")] == [("1891", "year")]
    assert [(s.text, s.kind) for s in scan("- 1902: marries Clara Venn")] == [("1902", "year")]
    assert [(s.text, s.kind) for s in scan("1500 visitors came on the first day.")] == [
        ("1500 visitors", "count")
    ]
    # mid-sentence too: the verb in -s before its object is no noun of the year
    found = scan("The harbour charter of 1896 governs the berths to this day.")
    assert [(s.text, s.kind) for s in found] == [("1896", "year")]


def test_mid_year_is_not_read_into_the_country_after_the_year() -> None:
    assert "1914年" in facts("1914年中国加入万国邮政联盟。")
    assert "2023年中" in facts("2023年中，公司完成了新一轮融资。")
    assert "1985年" in facts("1985年中风以后，他改用左手写字。")  # 中风: a word of its own
    assert "2005年" in facts("2005年中标后，工厂扩建了一倍。")


def test_a_verb_opening_the_sentence_labels_no_number() -> None:
    assert facts("Saving 1 percent more every month adds up fast.")["1 percent"].kind == "percent"
    assert not facts("Boeing 747 and Apollo 11 were both named by engineers.")


def test_compound_modifiers_are_not_facts() -> None:
    assert not facts("a trillion-dollar company with a 10-year plan")
    assert facts("the plan ran for 10 years")["10 years"].kind == "duration"


def test_word_hedges_belong_to_their_words() -> None:
    assert "近" not in next(iter(facts("最近3年增长很快")))  # 最近 is "recently", not "nearly"
    assert facts("合格率达不到15%的")["15%"].hedge == ""  # 达不到: the verb, not "less than"


# --- figure_spans: the protect-before-jieba pass -----------------------------------------------------


def test_figure_spans_cover_whole_expressions() -> None:
    text = "约占 60-75%，年营收45亿美金，日期2025-07-30，GPT-3。"
    covered = [text[a:b] for a, b in figure_spans(text)]
    assert covered[:3] == ["60-75%", "45亿美金", "2025-07-30"]
    assert "3" in covered  # a version number is no fact but is still kept whole


def test_a_weekday_is_no_part_of_the_count_after_it() -> None:
    def found(text: str) -> list[str]:
        return [s.text for s in scan(text)]

    assert found("每周一、周四两次去镇上买菜。") == ["两次"]  # 周四 is a day, not 四两次
    assert found("星期六三趟车都满了。") == ["三趟"]
    assert found("每周三次，每次半小时。")[0] == "三次"  # 周三 before a measure counts three times


def test_protected_figures_survive_segmentation() -> None:
    from quizgen.extract.text import segment

    text = "主要收入约占60-75%，筹集近200亿美元"
    words = segment(text, figure_spans(text))
    assert "60-75%" in words and "近200亿美元" in words


def test_the_pass_finds_every_figure_in_long_text() -> None:
    # how fast is measured by bench/bench_generate.py, not by a timed test
    text = "会员买走了大约40%的新书，书架从15个增长到90个。普通的句子没有数字。" * 2000
    assert len(scan(text)) == 4000


# --- values -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千五百", 2500),
        ("二十", 20),
        ("一万", 10000),
        ("两", 2),
        ("三四", 3.5),
        ("18,000", 18000),
        ("3.5亿", 3.5e8),
        ("ten", 10),
        ("twenty-five", 25),
        ("two and a half", 2.5),
        ("半", 0.5),
        ("二〇一九", 2019),
    ],
)
def test_numeral_values(text: str, value: float) -> None:
    assert value_of(text) == value


def test_values_are_written_back_in_the_same_style() -> None:
    assert write(20000, Style("cjk")) == "两万"
    assert write(12, Style("cjk")) == "十二"
    assert write(29900, Style("arabic", grouped=True)) == "29,900"
    assert write(1.8, Style("arabic", decimals=1)) == "1.8"
    assert write(5, Style("word", capital=True)) == "Five"
    assert write(2.5, Style("word")) is None
    assert write(2016, Style("arabic", wide=True)) == "\uff12\uff10\uff11\uff16"


def test_parts_find_each_numeral_of_a_figure() -> None:
    assert [p.value for p in parts("近 200 亿美元")] == [200]
    assert [p.value for p in parts("60-75%")] == [60, 75]
    assert [p.value for p in parts("20万亿美元")] == [20]


# --- extract(doc): Figure facts --------------------------------------------------------------------------


def test_extract_gives_sentence_offsets_subject_and_source() -> None:
    block = para("Anthropic 的主要收入来自 API 接口，约占 60-75%，同时也在发展应用业务。", line=7)
    section = Section(title="商业模式", label="主题三", line=6, blocks=(block,))
    [fig] = figures.extract(doc_of(sections=(section,)))
    assert fig.text == "60-75%" and fig.kind == "range"
    assert fig.sentence[fig.start : fig.end] == "60-75%"
    assert fig.subject == "Anthropic 的主要收入来自 API 接口"
    assert (fig.source.doc, fig.source.section, fig.source.line) == ("notes", "商业模式", 7)


def test_subject_falls_back_to_the_clause_after_a_leading_year() -> None:
    [fig] = figures.extract(doc_of(para("1983年，河滩挖出了一批石碑。")))
    assert fig.subject == "河滩挖出了一批石碑"


def test_headings_and_metadata_are_not_scanned() -> None:
    section = Section(title="2025年的3个目标", label="01", line=1, blocks=(para("没有数字。", line=2),))
    doc = doc_of(sections=(section,))
    doc = replace(doc, metadata=(MetaField("日期", "2025-07-30", 1),))
    assert figures.extract(doc) == []


def test_a_figure_on_a_wrapped_line_gets_that_line() -> None:
    lines = ("The lecturer said a message leaves the source and", "travels 214 feet through the wire.")
    block = para(" ".join(lines), line=1)
    [fig] = figures.extract(doc_of(block, language="en", lines=lines))
    assert fig.source.line == 2


def test_bare_amounts_next_to_money_are_money() -> None:
    found = figures.extract(doc_of(para("假设训练1亿美元成本的模型，同年投入10亿训练新模型。")))
    assert [(f.text, f.kind) for f in found] == [("1亿美元", "money"), ("10亿", "money")]


def test_pronoun_resolution_reaches_the_figure_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        people, "resolve_pronouns", lambda doc, section, block, s: s.replace("他", "阿莫迪", 1)
    )
    monkeypatch.setattr(figures, "resolve_pronouns", people.resolve_pronouns)
    [fig] = figures.extract(doc_of(para("他估算，停滞的概率约为 20-25%。")))
    assert fig.sentence.startswith("阿莫迪估算")
    assert fig.sentence[fig.start : fig.end] == "20-25%"


def test_sentences_keep_semicolon_pieces_and_initials_together() -> None:
    assert figures.sentences("假设A赚1亿；B赚2亿。另一句。") == ["假设A赚1亿；B赚2亿。", "另一句。"]
    assert figures.sentences("Only 60 ships exist; repairs take two weeks.") == [
        "Only 60 ships exist; repairs take two weeks."
    ]
    assert figures.sentences("Mayor Ruth K. Dalton asked the council. Then it went.") == [
        "Mayor Ruth K. Dalton asked the council.",
        "Then it went.",
    ]


# --- which figures are worth a question ----------------------------------------------------------


def asked(text: str) -> list[str]:
    return [s.text for s in figures.asked_spans(text, scan(text))]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("他估算，未来两年内模型性能停滞的概率约为 20-25%，但更可能持续突破。", ["20-25%"]),
        ("读者现在超过300万人，一年多翻了三倍。", ["超过300万人", "翻了三倍"]),
        ("我们打算到2028年底把网点铺到1200家。", ["1200家"]),
        (
            "The study followed 250 startups and found that 90% of them failed within five years.",
            ["250 startups", "90%"],
        ),
        (
            "By 2020 the firm had raised $4.5 billion and hired 18,000 engineers.",
            ["$4.5 billion", "18,000 engineers"],
        ),
        ("In 1998, the firm held 70% of the market.", ["70%"]),
    ],
)
def test_a_date_or_time_window_framing_a_main_figure_is_not_asked(text: str, kept: list[str]) -> None:
    assert asked(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("书架数从15个增长到90个，只用了9个月。", ["从15个增长到90个", "9个月"]),  # its own clause
        ("模型性能在18个月内从高中生跃升至博士水准。", ["18个月内"]),  # nothing else to frame
        ("新菜先在6家分店试做三周。", ["6家", "三周"]),  # no time-window word: the trial's length
        ("1983年，一处河滩挖出了一批石碑。", ["1983年"]),
        ("A small team can ship a product in three months.", ["three months"]),
    ],
)
def test_a_time_that_is_itself_the_point_is_asked(text: str, kept: list[str]) -> None:
    assert asked(text) == kept


def test_a_figure_in_a_clause_that_asks_a_question_is_not_a_fact() -> None:
    assert asked("Where do you see the firm in five years?") == []
    assert asked("CNBC称60%到75%的销售通过API完成，这个数字还准确吗？") == ["60%到75%"]


def test_ling_at_the_head_of_a_word_is_not_zero() -> None:
    assert facts("而人是机器中的零件。") == {}


def test_a_range_whose_first_end_is_a_word_is_kept_whole() -> None:
    assert spans("A product takes three to five years to mature.")["three to five years"].kind == "range"
    assert "about two to three weeks" in spans("It took about two to three weeks.")
    assert spans("Oxygen is pulled down to one or two percent.")["one or two percent"].kind == "range"


def test_a_chinese_range_of_shares_or_sums_is_one_figure_in_one_unit() -> None:
    share = spans("回收的旧手机里，有两到三成最终流向了海外。")["两到三成"]
    assert share.kind == "range" and share.value == pytest.approx(0.25)
    assert spans("一台翻新机能赚两到三千元。")["两到三千元"].value == pytest.approx(2500)
    assert spans("首轮融资大约两到三万元。")["两到三万元"].value == pytest.approx(25000)


def test_a_percentage_in_words_is_a_figure() -> None:
    assert spans("She gave ten percent of her week to drawing.")["ten percent"].kind == "percent"
    assert spans("Ten percent. Every single week.")["Ten percent"].value == 10


def test_that_before_a_percentage_is_a_conjunction_not_a_determiner() -> None:
    assert "90%" in facts("The study found that 90% of them failed.")


def test_a_chinese_valuation_describing_a_noun_is_a_modifier() -> None:
    assert facts("以及价值20万亿美元的产业链。") == {}
    assert "200亿美元" in facts("公司估值200亿美元。")


def test_a_change_in_abbreviated_units_is_kept_whole() -> None:
    assert facts("Average latency dropped from 900 ms to 120 ms.")["from 900 ms to 120 ms"].kind == "change"


def test_a_full_width_decimal_point_keeps_the_figure_whole_as_written() -> None:
    from quizgen.extract.figure_scan import figure_spans, parts

    wide = "\uff11\uff0e\uff15倍"  # 1.5 written in full-width digits and point
    text = f"公司营收增长了 {wide}，利润翻了一番。"
    assert next(text[a:b] for a, b in figure_spans(text)) == wide
    assert [p.value for p in parts(wide)] == [1.5]


def test_a_sum_of_money_with_a_short_magnitude_is_one_figure() -> None:

    text = "The pilot saved $2.3M a year, burn fell to $450k a month, and the market is worth €1.2B."
    assert [text[s.start : s.end] for s in scan(text)] == ["$2.3M", "$450k", "€1.2B"]


def test_a_decade_written_in_chinese_numerals_is_one_date_not_a_duration() -> None:
    text = "上世纪七十年代末，镇上几乎家家都养蚕；他在厂里干了三十年。"
    assert [(text[s.start : s.end], s.kind) for s in scan(text)] == [
        ("七十年代", "date"),
        ("三十年", "duration"),
    ]


def test_a_hundred_and_sixty_is_one_numeral() -> None:
    found = spans("Last season that came to about a hundred and eighty tunings on the main stage.")
    assert {k: v.value for k, v in found.items()} == {"about a hundred and eighty tunings": 180}
    assert value_of("two hundred and five") == 205
    # without the "and", as American speech has it: still one numeral, never its tens alone
    said = spans("A starter kit costs about a hundred ninety dollars at most shops.")
    assert {k: v.value for k, v in said.items()} == {"about a hundred ninety dollars": 190}
    assert spans("Two hundred twenty-five riders finished.")["Two hundred twenty-five riders"].value == 225


def test_the_first_half_of_a_year_is_a_time_not_half_a_year() -> None:
    assert "半年" not in spans("这家店上半年营收增长了三成，下半年开了两家分店。")
    assert spans("我们花了半年时间才把账理清。")["半年"].kind == "duration"


def test_a_minus_sign_before_a_temperature_or_a_spaced_figure_is_part_of_it() -> None:
    cold = spans("冷冻食品要求-18℃以下保存。")["-18℃以下"]
    assert cold.value == -18
    assert spans("Keep it at \u22125°C or colder.")["\u22125°C"].value == -5
    assert spans("GDP grew -2% that year.")["-2%"].value == -2
    assert "3个月" in spans("第一阶段-3个月，第二阶段-6个月。")  # a dash after a label, no minus


def test_a_season_or_a_span_of_years_written_short_is_one_figure() -> None:
    winter = spans("The pandemic winter, 2020-21, was the worst on record.")["2020-21"]
    assert (winter.kind, winter.base) == ("range", "year")
    assert "1998–99" in spans("In the 1998–99 season the club was relegated.")
    assert "2019-05-01" in spans("The 2019-05-01 release fixed the bug.")


def test_a_sum_range_with_its_currency_first_and_scale_last_is_one_figure() -> None:
    found = facts("An estimated roughly $9–10 billion of goods was held up per day.")["roughly $9–10 billion"]
    assert (found.kind, found.base, found.unit, found.value) == ("range", "money", "$", 9_500_000_000)
    other = facts("The fund raised $3 and later counted 10 billion visits.")
    assert "$3" in other and "10 billion visits" in other


def test_a_range_of_sums_with_its_unit_only_at_the_end_is_one_figure() -> None:
    text = "初始投入（装修、设备等）：约 40 万～55 万元，回本要两年。"  # noqa: RUF001 (a full-width tilde)
    found = facts(text)["约 40 万\uff5e55 万元"]
    assert (found.kind, found.base, found.unit, found.value) == ("range", "money", "元", 475_000)
    apart = facts("全年收入 40 万，另有 55 万元补贴。")
    assert "40 万" in apart and "55 万元" in apart


def test_a_unit_written_close_to_its_number_stays_with_it() -> None:
    def said(text: str) -> list[str]:
        return [text[s:e] for s, e in figure_spans(text)]

    assert said("The sea wall is 2.3m high and 1.4km long.") == ["2.3m", "1.4km"]
    assert said("The pumps were installed in 1976 at a cost of £2.3m.") == ["1976", "£2.3m"]  # million
    assert said("Phones moved to 5G in 3D maps.") == []  # a generation and a dimension, no figures
    assert said("The flats cover 712 km² at low tide.") == ["712 km²"]  # the square stays with its unit
    assert said("加入 20 mL 稀盐酸中。") == ["20 mL"]


def test_a_chinese_decimal_read_out_is_one_figure_and_a_bit_at_a_time_is_none() -> None:
    found = [(f.text, f.value) for f in scan("峰值流量是每秒零点八六立方米，小区占地四点二公顷。")]
    assert ("零点八六立方米", 0.86) in found and ("四点二公顷", 4.2) in found
    assert scan("他们一点一滴地积累经验，一点一点把成本降下来。") == []


def test_a_verb_before_a_comparative_is_no_counts_noun() -> None:
    found = spans("Thinning the seedlings to 12 yields better tomatoes, the growers found.")
    assert "12" in found and found["12"].kind == "bare" and "12 yields" not in found
    assert spans("The port hired 30 welders more than it planned.")["30 welders"].kind == "count"
    assert spans("The port hired 30 welders the next spring.")["30 welders"].kind == "count"
    assert spans("She wrote 40 letters more or less every winter.")["40 letters"].kind == "count"


def test_a_time_of_day_is_no_figure_and_splits_none() -> None:
    assert [f.text for f in scan("14:15 — About a third of provider calls now exceed the timeout.")] == [
        "About a third"
    ]
    assert [f.text for f in scan("会议 14:00 开始，预算占 30%。")] == ["30%"]


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("公断处一共受理纠纷 412 件。", "412 件", "count"),
        ("这个项目用了 3 年。", "3 年", "duration"),
        ("工厂在 2009 年被收购。", "2009 年", "year"),
        ("她 2020 年 1 月 5 日离开。", "2020 年 1 月 5 日", "date"),
        ("1916—1930 年间的纠纷", "1916—1930 年", "range"),
    ],
)
def test_digits_spaced_from_the_chinese_word_after_them_are_one_figure(
    text: str, figure: str, kind: str
) -> None:
    assert facts(text)[figure].kind == kind


def test_an_ordinal_spaced_from_its_number_is_still_an_ordinal() -> None:
    assert facts("第 3 章讲的是选址。") == {}


@pytest.mark.parametrize(
    ("text", "figure", "kind", "value"),
    [
        ("最年轻的是九六年的小谢。", "九六年", "year", 1996),
        ("零八年那会儿厂里还很忙。", "零八年", "year", 2008),
        ("他干了七八年。", "七八年", "duration", 7.5 * 365),  # seven or eight years
    ],
)
def test_a_year_written_short_in_two_numerals_is_a_year(
    text: str, figure: str, kind: str, value: float
) -> None:
    found = spans(text)[figure]
    assert (found.kind, found.value) == (kind, pytest.approx(value))


def test_a_multiple_written_with_an_x_is_one_figure() -> None:
    found = {
        s.text: (s.kind, s.value) for s in scan("Rent is up ~3.4x since 2009, and a 10\u00d7 gain is rare.")
    }
    assert found["3.4x"] == ("multiple", 3.4) and found["10\u00d7"] == ("multiple", 10.0)
    assert not any(s.kind == "multiple" for s in scan("a 3x3 grid on a 1920x1080 screen with an x86 chip"))


def test_a_decade_written_with_a_space_is_a_decade_not_a_span() -> None:
    assert "80 年代" in facts("80 年代的渔业调查发现，这种鱼一年只产一次卵。")
    assert "80 年代" not in facts("这家老店做了 80 年生意，从没换过招牌。")


def test_a_decimal_read_out_in_words_is_one_figure() -> None:
    assert [(s.text, s.value) for s in scan("Uptime was ninety-seven point two percent last year.")] == [
        ("ninety-seven point two percent", 97.2)
    ]
    assert not [
        s for s in scan("On-time running was eighty-one point five, a record.") if s.text.endswith("point")
    ]
    assert [s.text for s in scan("They won by six points in the end.")] == ["six points"]


def test_a_counts_noun_after_a_word_that_qualifies_it_is_its_unit() -> None:
    found = facts("By 1850 the harbour books listed 1,204 cargo landings in one season.")
    assert found["1,204 cargo landings"].kind == "count"
    assert "five ferry tickets" not in facts("just one in five ferry tickets was forged")  # a share
    assert "forty fishing crews" not in facts("A study of forty fishing crews found losses fell.")


def test_the_year_a_relative_one_stands_for_is_no_fact() -> None:
    assert spans("Last year, so 2021, the mill sold 4,000 tonnes.")["2021"].why == "relative"
    assert spans("去年（2021年）磨坊卖了四千吨。")["2021年"].why == "relative"
    assert not spans("In 2021 the mill sold 4,000 tonnes.")["2021"].why


def test_an_amount_of_work_in_person_days_is_one_figure() -> None:
    found = spans("这次改版估计要约 46人天，测试另算 12人日，一共 6个人")
    assert {"约 46人天", "12人日"} <= set(found)
    assert not any(text.endswith("46人") or text == "12人" for text in found)
    # 人时 would read "people when": 约40人时开始限流 counts people
    assert "约40人" in spans("队伍排到约40人时开始限流")


def test_the_year_a_relative_year_stands_for_is_worked_out() -> None:
    found = spans("去年，就2022年，店里一共卖出95万左右。")
    assert found["2022年"].why == "relative" and found["95万左右"].why == ""
    assert spans("今年（2021年）客流翻了一倍。")["2021年"].why == "relative"
    assert spans("2022年，店里一共卖出95万左右。")["2022年"].why == ""


def test_a_lead_time_before_something_is_a_figure_but_a_time_back_from_now_is_not() -> None:
    assert "48 hours" in facts("Each invoice is checked 48 hours before payment.")
    assert "48 hrs" in facts("Each invoice is checked 48 hrs before payment.")
    assert "3 years" not in facts("She had sold the shop 3 years before.")
    assert "3 years" not in facts("The shop closed 3 years ago.")


def test_a_decimal_read_out_from_one_or_zero_is_one_figure() -> None:
    assert (
        facts("They give one point two percent back on early pickup.")["one point two percent"].value == 1.2
    )
    assert facts("Prices rose zero point eight percent last month.")["zero point eight percent"].value == 0.8
    assert "one point of view" not in " ".join(facts("That is one point of view, nine ships say."))


def test_a_times_sign_before_things_counts_them_and_is_no_multiple() -> None:
    counted = scan("The plan: 3 \u00d7 Oak barrels for about £40 apiece, and 2 x 20kg bags of grit.")
    assert [(s.text, s.kind) for s in counted] == [("about £40", "money"), ("20kg", "count")]
    assert [(s.text, s.kind) for s in scan("Output grew 3\u00d7 in a year.")] == [("3\u00d7", "multiple")]
    assert [(s.text, s.kind) for s in scan("It needs about 5x the water of a sprinkler.")] == [
        ("about 5x", "multiple")
    ]


def test_a_year_before_a_pair_of_countries_is_no_mid_year() -> None:
    first = scan("1895年中日条约签订后，赔款两亿两。")[0]
    assert (first.text, first.kind) == ("1895年", "year")
    assert scan("2019年中，公司裁员三成。")[0].text == "2019年中"


def test_the_size_word_before_a_half_is_part_of_the_span() -> None:
    assert [s.text for s in scan("这座桥修了大半年才通车。")] == ["大半年"]
    assert [s.text for s in scan("排队花了小半天。")] == ["小半天"]
    assert [s.text for s in scan("试点跑了半年。")] == ["半年"]


def test_a_year_before_the_era_is_a_year_however_few_its_digits() -> None:
    first = scan("公元前 54 年，凯撒渡海。")[0]
    assert (first.text, first.kind, first.value) == ("公元前 54 年", "year", -54.0)
    assert scan("他在海上漂了 54 年。")[0].kind == "duration"


def test_a_dollars_country_letters_belong_to_the_figure() -> None:
    assert [s.text for s in scan("A new roof costs US$2,300 installed; HK$90 buys the tiles.")] == [
        "US$2,300",
        "HK$90",
    ]
    assert [s.text for s in scan("the US 48 states and a 5 km loop")] == ["48 states", "5 km"]


def test_the_more_after_a_magnitude_is_the_figures_own() -> None:
    assert [s.text for s in scan("开店时材料囤了2万多")] == ["2万多"]
    assert [s.text for s in scan("开店时材料囤了2万多的货")] == ["2万多"]
    # 多数 and 余下 are words of their own after the figure
    assert [s.text for s in scan("2万多数是散客")] == ["2万"]


def test_an_age_in_full_years_is_one_figure_not_a_count_of_weeks() -> None:
    assert [(s.text, s.unit) for s in scan("申请人须年满16周岁，且每周训练3次")] == [
        ("16周岁", "周岁"),
        ("3次", "次"),
    ]
    assert [(s.text, s.kind) for s in scan("课程共12周")] == [("12周", "duration")]


def test_a_festival_number_before_qijian_is_no_count_of_periods() -> None:
    # 期间 is "during": the number before it names the day (a sale called after its date), no 期
    assert "双12 期" not in spans("目标双12 期间清掉 2,000 本以上。")
    assert not any(s.unit.strip() == "期" for s in scan("年货节期间卖出 900 份，双12期间更多。"))
    assert spans("这是第 12 期节目")["12 期"].kind == "count"  # an issue's number stays one


def test_a_street_number_is_an_address_not_a_year() -> None:
    assert "1638" not in facts("Open day: Saturday, Eastmoor Community Hall, 1638 Quarry Lane, all welcome.")
    assert "1871" not in facts("The clinic has stood at 1871 Mercer Street since the flood.")
    # a year before a street's name is still a year
    assert "1871" in facts("In 1871 Mercer Street was paved with granite setts.")


def test_a_year_before_the_spring_festival_is_the_year_not_a_season_cut_from_a_word() -> None:
    assert "2011年" in facts("那是2011年春节前的一批货，返工亏了不少。")
    assert "2011年春" not in facts("那是2011年春节前的一批货，返工亏了不少。")
    assert "2011年春天" in facts("店是2011年春天开的。")
