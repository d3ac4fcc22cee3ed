"""Complete, self-contained stems (`stems.stem_problem`): each shape a teacher rejects, in Chinese
and English, and the good stems that pass."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.generate import generate
from quizgen.generate.draft import Draft
from quizgen.generate.stems import MAX_STEM_EN, MAX_STEM_ZH, _glossed_beside, stem_problem
from quizgen.ingest import parse_text
from quizgen.model import Source


def draft(
    question: str, answer: str, *, item_type: str = "cloze", kind: str = "claim", sentence: str = ""
) -> Draft:
    sentence = sentence or question.replace("[…]", answer)
    return Draft(
        kind=kind,
        type=item_type,  # type: ignore[arg-type]
        anchor=question,
        question=question,
        answer=answer,
        explanation=sentence,
        source=Source("notes", "", 1),
        fact=question,
    )


def rejected(because: str, stem: Draft) -> None:
    reason = stem_problem(stem)
    assert reason is not None and because in reason, reason


def question(text: str, answer: str, kind: str = "claim") -> Draft:
    return draft(text, answer, item_type="basic", kind=kind, sentence=text)


# --- good stems pass ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "good",
    [
        draft("林若溪认为，独立书店经营的核心是[…]，即老顾客回来的比例。", "复购率"),
        draft("Deliberate practice means working at the edge of your ability with […].", "feedback"),
        draft("平均复购率[…]，比前年高出5个百分点。", "约38%", kind="figure"),
        question("什么是“留白”？", "画面中有意不着笔墨的空白", kind="framework"),
        question("Daniela 是谁？", "创始人的妹妹", kind="person"),
        question("Anthropic CEO 是谁？", "某人", kind="person"),
        question("What is turbidity?", "the cloudiness of water caused by particles", kind="framework"),
        question("Which term means: the time a request waits before work on it starts?", "Latency"),
        question('Who wrote "On the Origin of Species"?', "Charles Darwin", kind="meta"),
        question("When Lind cut the ribbon, what did she say?", "Science is a shared house"),
        question("据程望舒，车间的零件返工率降到了多少以下？", "2%", kind="figure"),
    ],
)
def test_a_complete_self_contained_stem_passes(good: Draft) -> None:
    assert stem_problem(good) is None


# --- what is not a fact -------------------------------------------------------------------------------


def test_a_url_is_not_a_fact_to_ask() -> None:
    rejected("URL", question("这篇访谈的原文链接是什么？", "https://example.org/a", kind="meta"))
    rejected("URL", draft("The slides are online at […] for anyone who missed the talk.", "www.example.org"))


def test_a_full_stop_the_sentence_runs_on_past_belongs_to_the_blank() -> None:
    rejected(
        "full stop", draft("Ada Pryce, chief chemist of the […]. in 1902, ran the assay.", "Pell Dye Co")
    )
    assert stem_problem(draft("The dye works was run by the […]. It closed in 1931.", "Pell family")) is None


def test_a_comparison_in_the_blank_is_a_takeaway_not_a_term() -> None:
    rejected("comparison", draft("[…] — the one lesson every speaker came back to.", "Shade > paint"))
    rejected("comparison", draft("这一讲反复强调[…]。", "复盘 > 计划"))
    assert stem_problem(draft("Keep the ratio of […] in mind.", "signal to noise")) is None


def test_markup_left_in_the_text_is_rejected() -> None:
    rejected("markup", draft("会议纪要写道：<br>居民议事会每月开会[…]。", "两次"))
    rejected(
        "markup",
        draft(
            "The <b>five-minute start</b> says a dull task should begin with less than […].", "five minutes"
        ),
    )


def test_an_answer_that_points_elsewhere_is_rejected_unless_it_opens_a_quotation() -> None:
    rejected("points elsewhere", draft("书店外迁的主要原因是[…]，而不是房租。", "这些原因"))
    rejected("points elsewhere", draft("Most teams ignore […] until the deadline has passed.", "that"))
    quoted = 'At the opening Lind said: "[…]."'
    assert (
        stem_problem(
            draft(quoted, "That is a shared house", sentence=quoted.replace("[…]", "That is a shared house"))
        )
        is None
    )


def test_a_blank_holding_a_clause_is_rejected_a_term_or_a_figure_is_not() -> None:
    clause_zh = "持续投入新模型的训练而单个模型本身往往是盈利的"
    rejected("holds a clause", draft("阿莫迪解释，公司表面上亏损主要是因为[…]。", clause_zh))
    quoted = draft("他们不拉黑老顾客——“[…]”", "拉黑最省事，也最伤人")
    rejected("holds a clause", quoted)  # clauses a comma joins, however short
    assert stem_problem(draft("小作坊的冷链往往是“[…]”。", "头段冷、二段凉、末段看天")) is None
    assert stem_problem(draft("老人常说的一句是「[…]」。", "前人栽树，后人乘凉", kind="claim")) is None
    clause_en = "flow grows with the square of the width of the pipe"
    rejected("holds a clause", draft("Ostrow showed that in a narrow pipe […], and no faster.", clause_en))
    assert (
        stem_problem(
            draft("阿莫迪认为，决定公司竞争力的核心是[…]，即顶尖人才的聚集。", "“人才密度”（talent density）")
        )
        is None
    )
    long_figure = "从约1200家增长到约8600家门店"
    assert stem_problem(draft("这家连锁品牌的门店数[…]，扩张速度惊人。", long_figure, kind="figure")) is None


def test_an_answer_that_is_a_question_is_rejected() -> None:
    rejected("is a question", question("主持人最后问了什么？", "你会后悔吗？"))
    rejected("is a question", question("What did the host ask at the end?", "Would you do it again?"))


def test_a_transcripts_spoken_filler_is_rejected() -> None:
    rejected("spoken filler", draft("大家好，今天我们聊的是[…]这个话题。", "城市更新"))
    rejected("spoken filler", draft("其实我们做的就是[…]嘛，先把一家店做好。", "社区书店"))
    rejected("spoken filler", draft("我觉得最难的是[…]，对吧？", "招人"))
    rejected("spoken filler", draft("[…], yes, before the first railway reached the valley.", "Sixty years"))
    rejected("spoken filler", draft("A sea wall is more like a, like a […] than a monument.", "living thing"))
    assert stem_problem(draft("They met in Paris, France, where […] was signed in 1783.", "peace")) is None
    rejected("spoken filler", draft("The new […] is kind of slow to warm up.", "kiln"))
    assert stem_problem(draft("A […] is a kind of receipt cut into wood.", "tally stick")) is None
    rejected(
        "spoken filler", draft("[…] wrote about grain fairs in Ur, which — we'll skip that one.", "Strabo")
    )


# --- a stem cut from its sentence --------------------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        draft("如果门店只开几家，供应链的成本就会高出[…]。", "三成", kind="figure"),
        draft("但是房租太贵，书店最后搬到了[…]。", "郊区"),
        draft("However, the second lab closed after […].", "a year", kind="figure"),
        draft("Then the harbour opens its […] at dawn.", "outer gates"),
        question("If the price war goes on, how low could margins fall?", "3%", kind="figure"),
        question("尽管房租上涨，城南书店仍然坚持开在哪里？", "老城区"),
        question("Although the tide turned, what did the harbour open?", "its outer gates"),
        # the blank is the subordinate clause itself: a reason or a condition, not the sentence's point
        draft("因为[…]，书店搬到了郊区的旧厂房。", "房租太贵"),
        draft("Because […], the lab moved its night shift to the annex.", "rents rose sharply"),
        # no main clause after the comma: the sentence was cut
        draft("当市场饱和时，[…]。", "下沉市场"),
        # better or worse than the line before, which the card does not show
        draft("Better: log the […] beside each reading.", "room temperature"),
        draft("Even worse — the […] was never recalibrated.", "thermometer"),
        draft("Likewise the […] closes at dusk.", "east gate"),
    ],
)
def test_a_stem_opening_with_a_connective_or_a_subordinate_clause_is_rejected(cut: Draft) -> None:
    rejected("connective", cut)


@pytest.mark.parametrize(
    "whole",
    [
        draft("尽管房租上涨，城南书店仍然坚持开在[…]。", "老城区"),
        draft("除了咖啡以外，城南书店还靠[…]赚钱。", "文创产品"),
        draft("当市场饱和时，新茶饮品牌会转向[…]。", "下沉市场"),
        draft("因为房租太贵，城南书店搬到了[…]。", "郊区"),
        draft("自从 2014 年上市以来，城南书店一共开出了[…]分店。", "四十家", kind="figure"),
        draft("Although the grant ran out, the lab kept its […].", "night shift"),
        draft("When the tide turns, the harbour opens its […].", "outer gates"),
        draft("When the firm listed in […], its shares doubled within a week.", "2014", kind="figure"),
        draft("Better harvests in […] paid for the new mill.", "1820", kind="figure"),  # an adjective
    ],
)
def test_a_cloze_of_a_whole_sentence_may_open_with_its_subordinate_clause(whole: Draft) -> None:
    assert stem_problem(whole) is None


def test_a_speakers_frame_does_not_hide_an_opening_connective() -> None:
    rejected("connective", question("据王磊，如果门店只开几家，成本会高出多少？", "三成", kind="figure"))
    rejected(
        "connective",
        question("According to Voss, although costs rose, how much did exports grow?", "a third"),
    )


def test_a_cloze_whose_sentence_opens_with_a_connective_is_rejected_even_if_the_blank_is_first() -> None:
    sentence = "由于模型权重的特殊性，开源并不必然带来同样的协作效应。"
    rejected(
        "connective",
        draft("[…]，开源并不必然带来同样的协作效应。", "由于模型权重的特殊性", sentence=sentence),
    )


def test_a_time_word_is_no_subordinate_clause() -> None:
    assert stem_problem(draft("当今最受欢迎的社区书店形态是[…]。", "书店加咖啡")) is None


@pytest.mark.parametrize(
    "hypothetical",
    [
        draft("一位分析师估计，如果价格战持续，行业平均利润率可能跌至[…]。", "3%以下", kind="figure"),
        draft("关键在于“模型创业论”：假设某年训练一个模型花费[…]。", "1亿美元", kind="figure"),
        draft("Suppose a lab spends […] on one model and earns twice that.", "$100 million", kind="figure"),
        draft(
            "很多店给熟客打折，比如说一家面馆一碗面卖[…]，熟客打八折。", "二十块", kind="figure"
        ),  # made up
        question(
            "Imagine the harbour closed for a year: how much would trade fall?", "a third", kind="claim"
        ),
    ],
)
def test_a_hypothetical_is_not_a_fact(hypothetical: Draft) -> None:
    rejected("hypothetical", hypothetical)


def test_the_share_of_the_people_in_a_condition_is_a_finding_not_a_hypothetical() -> None:
    finding = "追踪显示，如果戒烟后三个月内没有复吸，一年后仍有[…]的人保持不吸。"
    assert stem_problem(draft(finding, "约七成", kind="figure")) is None
    english = "The survey found that if a tenant is evicted once, […] of them move again within two years."
    assert stem_problem(draft(english, "about 40%", kind="figure")) is None
    rejected(
        "hypothetical", draft("一家面馆如果一碗面卖[…]，一天卖三百碗就够房租。", "二十块", kind="figure")
    )


def test_an_example_of_a_real_case_is_a_fact() -> None:
    assert (
        stem_problem(draft("票价各地不同，比如杭州的地铁票价起步[…]，比上海低。", "两元", kind="figure"))
        is None
    )


def test_a_framework_may_define_a_term_by_a_condition() -> None:
    defined = question("什么是“止损线”？", "如果亏损达到预设比例就卖出的界线", kind="framework")
    assert stem_problem(defined) is None


def test_an_english_clause_without_its_subject_is_rejected() -> None:
    rejected(
        "without its subject", draft("Can reduce leaks by half when the pipe is cool, says […].", "Ostrow")
    )
    rejected("without its subject", draft("reduces leaks by half in a cool pipe, as […] showed.", "Ostrow"))
    rejected(
        "cut from a longer one", question("from how many?", "twelve", kind="figure")
    )  # a question cut from a longer one)


def test_a_chinese_clause_opening_with_its_verb_lost_its_subject() -> None:
    rejected(
        "without its subject",
        draft("已筹集[…]，并与多家云厂商合作建设数据中心。", "近200亿美元", kind="figure"),
    )
    rejected("without its subject", draft("用了[…]才跑完全部实验，结果令人满意。", "两台电脑"))
    rejected("without its subject", draft("花了[…]才跑完全部实验，结果令人满意。", "三个星期"))
    # what a chapter covers, said without the chapter
    rejected("without its subject", draft("主要讲“[…]”，偏说教，我翻得很快。", "拖延作为一种习惯"))
    rejected("without its subject", draft("重点介绍了[…]的三个来源。", "注意力残留"))
    assert stem_problem(draft("第六章主要讲“[…]”，偏说教。", "拖延作为一种习惯")) is None
    # a time opening the clause is no subject, and a passive's subject may be the one cut
    rejected(
        "without its subject", draft("[…] 年被列入第一批国家级名录，比邻国晚了三年。", "2006", kind="figure")
    )
    rejected("without its subject", draft("2006 年建成了新馆，藏书是[…]。", "八十万册", kind="figure"))
    assert (
        stem_problem(draft("[…] 年，县图书馆又买了第二辆书车，专门跑山区。", "2022", kind="figure")) is None
    )
    assert stem_problem(draft("[…] 年皮影戏进入第一批国家级名录。", "2006", kind="figure")) is None
    assert (
        stem_problem(
            draft("这家公司已筹集[…]，并与多家云厂商合作建设数据中心。", "近200亿美元", kind="figure")
        )
        is None
    )


def test_a_stem_too_short_to_say_what_is_asked_is_rejected() -> None:
    rejected("too little context", draft("毛利率约[…]。", "60%", kind="figure"))
    rejected("too little context", draft("It grew […] fast.", "very"))
    rejected("too little context", question("比例？", "60%", kind="figure"))
    rejected("too little context", question("How many?", "12", kind="figure"))
    # an aside closing the line says nothing of what is asked
    rejected("too little context", draft("[…] second (oddly named — it was found later)", "stage B"))
    assert stem_problem(draft("Stage A runs before […] (it was found later).", "stage B")) is None


def test_a_paragraph_is_not_a_stem() -> None:
    zh = "这家书店" + "在老城区开了很多年，" * (MAX_STEM_ZH // 10) + "靠的是[…]。"
    assert len(zh) > MAX_STEM_ZH
    rejected("too long", draft(zh, "复购率"))
    en = "The lab " + "kept running through the long winter, " * (MAX_STEM_EN // 6) + "thanks to […]."
    assert len(en.split()) > MAX_STEM_EN
    rejected("too long", draft(en, "its night shift"))


def test_a_bracket_or_quote_left_open_by_a_cut_is_rejected() -> None:
    rejected("left open", draft("老街坊常说「房子是祖上的，改造要靠[…]。", "大家商量"))
    rejected("left open", draft("林若溪认为（这一点她反复强调，书店的核心是[…]。", "复购率"))
    rejected("left open", draft("Voss called the port “a market, not a […].", "depot"))
    rejected(
        "left open", draft('馆长说："[…] 年做过一次统计，全年到馆读者不到六千人次。', "2016", kind="figure")
    )
    assert (
        stem_problem(draft('馆长说，"后来宁可少跑几个点，也要在[…]停久一点。"', "村口", kind="claim")) is None
    )


# --- notes' shorthand, talk and sentences that lean on the story ---------------------------------------


def test_a_time_left_to_the_story_is_rejected_a_named_time_is_not() -> None:
    rejected("当时", draft("当时书店的租金已经涨到了每月[…]。", "三万元", kind="figure"))
    rejected("当时", draft("林若溪那年在老城区开了第一家[…]。", "社区书店"))
    rejected("at the time", draft("At the time, the lab spent most of its money on […].", "telescopes"))
    rejected("at the time", draft("The harbour was busy back then, and ships waited for […].", "tugboats"))
    assert stem_problem(draft("2019年书店的租金已经涨到了每月[…]。", "三万元", kind="figure")) is None
    assert stem_problem(draft("In 1998, the lab spent most of its money on […].", "telescopes")) is None
    # the sentence's own year, before its 当时, in its words or in its blank, is the time it means
    named = "2019年书店开到[…]的时候，林若溪拍板的事当时没人看好。"
    assert stem_problem(draft(named, "12家", kind="figure")) is None
    assert stem_problem(draft("[…]秋天，那时候书店开到了12家。", "2021年", kind="figure")) is None


def test_notes_shorthand_and_a_line_announcing_a_list_are_no_sentences() -> None:
    rejected("shorthand", draft("房租上涨 -> 书店外迁到[…]，客流随之减少。", "郊区"))
    rejected("shorthand", draft("选址 + 选品 + […]是开店的三件事。", "社区活动"))
    rejected("shorthand", draft("[…] CE ← the one the film is really about", "1318–1366", kind="figure"))
    rejected(
        "shorthand", draft("Rent rises → shops move to the […] and lose their walk-in trade.", "suburbs")
    )
    listing = "书店活下来靠的三件事："
    rejected("shorthand", draft("[…]活下来靠的三件事：", "书店", sentence=listing))
    rejected("shorthand", question("What are the three things a [shop] needs:", "rent, stock, staff"))
    # a colon inside the sentence introduces what follows, it announces nothing
    assert stem_problem(draft("林若溪说得很直接：书店活下来靠的是[…]。", "复购率")) is None


def test_a_worked_calculation_is_not_a_sentence_to_learn() -> None:
    rejected("calculation", draft("每月营收 = 客流乘以客单价，约为[…]。", "30万元", kind="figure"))
    rejected(
        "calculation", draft("A shelf holds 40 \u00d7 12 books, about […] in all.", "480", kind="figure")
    )
    rejected("calculation", draft("12/4 gives the […] of stores per district.", "number", kind="figure"))
    assert stem_problem(draft("这家书店每月的营收约为[…]，比去年多了一成。", "30万元", kind="figure")) is None


def test_spoken_english_filler_is_rejected_a_clean_sentence_is_not() -> None:
    rejected("spoken filler", draft("Yeah, the hardest part was hiring […] for the night shift.", "nurses"))
    rejected("spoken filler", draft("The hardest part was, you know, hiring […] for nights.", "nurses"))
    rejected("spoken filler", draft("So the hardest part was hiring […] for the night shift.", "nurses"))
    rejected("spoken filler", draft("The hardest part was hiring […] for the night shift, right?", "nurses"))
    rejected("spoken filler", draft("The the hardest part was hiring […] for the night shift.", "nurses"))
    rejected("spoken filler", draft("HR said it was a problem to worry about […] spying... lmao", "foreign"))
    rejected("spoken filler", draft("Good, that was argued over for like forty, […].", "fifty years"))
    rejected("spoken filler", draft("It took like 3 weeks to hire […] for the night shift.", "nurses"))
    assert stem_problem(draft("The hardest part was hiring […] for the night shift.", "nurses")) is None
    assert stem_problem(draft("Good teachers, like good nurses, are hired for […].", "temperament")) is None


def test_a_blank_opening_with_a_function_word_or_ending_on_a_colon_is_no_term() -> None:
    rejected("function word", draft("Savings are the steady engine […] in the long run.", "of quiet lives"))
    rejected(
        "function word", draft("The book argues that habits shape […] more than goals do.", "the person")
    )
    rejected("is a label", draft("每一章的结尾都有一段[…]写着作者的总结。", "要点："))
    rejected("is a label", draft("Every chapter of the book ends with a […] and a short list.", "TL;DR:"))
    # a figure or a quotation may open with one: a year, "That is …"
    assert (
        stem_problem(
            draft(
                "The second lab in the valley closed after […] of work on the vaccine.",
                "a year",
                kind="figure",
            )
        )
        is None
    )
    assert stem_problem(draft("Savings are the steady engine of […] in the long run.", "quiet lives")) is None


def test_an_answer_holding_a_blank_of_its_own_is_rejected() -> None:
    rejected(
        "blank of its own", question("什么是“复购率”？", "老顾客在[…]内再次购买的比例", kind="framework")
    )
    rejected(
        "blank of its own", question("What is latency?", "the time a request waits […]", kind="framework")
    )


def test_a_demonstrative_answer_points_elsewhere() -> None:
    rejected("points elsewhere", question("书店外迁的主要原因是什么？", "这种情况", kind="claim"))
    rejected("points elsewhere", draft("The report blames […] for the drop in readers.", "these changes"))
    rejected("points elsewhere", draft("书店外迁的主要原因是[…]，而不是房租。", "那些问题"))


def test_a_noun_phrase_opening_with_a_describing_verb_keeps_its_subject() -> None:
    # jieba tags 独立 (independent) as a verb: before a noun and 的 it describes the subject
    assert stem_problem(draft("独立书店的复购率约为[…]，比连锁书店高一倍。", "60%", kind="figure")) is None
    rejected("without its subject", draft("开了[…]书店之后，林若溪才开始盈利。", "三家", kind="figure"))
    # a verb and its noun before 是 are the subject (读书习惯才是…); a verb and its object alone are not
    assert stem_problem(draft("读书习惯才是最要紧的“[…]”。", "慢功夫")) is None
    rejected("without its subject", draft("用了[…]电脑，才把数据跑完。", "两台", kind="figure"))


# --- shapes the final blind draws rejected ------------------------------------------------------------


def test_a_blank_that_is_the_clause_opening_the_sentence_is_rejected() -> None:
    rejected("a clause opening", draft("[…]，所以练琴一直没有练成。", "他天生手指不灵活"))
    rejected("a clause opening", draft("[…], but the pressure still builds.", "Nothing happens at first"))
    assert stem_problem(draft("[…]是指团队只关心自己部门的一种心态。", "孤岛思维")) is None


def test_a_title_whose_words_stand_apart_is_no_sentence() -> None:
    rejected("a title", draft("[…] 与 另一种角度看分层架构", "分层架构实践"))
    assert stem_problem(draft("会议上讨论了 Node.js 的[…]问题。", "部署")) is None


def test_a_name_standing_twice_betrays_a_resolved_pronoun() -> None:
    rejected("a name stands twice", draft("王建国说王建国以前在[…]教过书。", "新东方"))
    assert stem_problem(draft("王建国说他以前在学校里带过[…]学生。", "两届", kind="figure")) is None


# --- counts, typos and garble --------------------------------------------------------------------------


def test_the_next_number_of_a_count_is_no_blank() -> None:
    rejected("next number", draft("The kettle shows 96, 97, 98, […], and then it whistles.", "99 degrees"))
    rejected("next number", draft("门店依次开到了 3、5、8、[…]，之后才放慢。", "12家", kind="figure"))
    assert (
        stem_problem(
            draft("The kettle stays silent until the water reaches […], and then it whistles.", "100 degrees")
        )
        is None
    )


def test_an_answer_whose_question_was_cut_opens_on_a_stray_label() -> None:
    rejected(
        "stray punctuation",
        draft("— A: In the pilot, the district office paid a grant of […].", "$85,000", kind="figure"),
    )


def test_a_panel_notes_label_for_what_someone_said_leaves_out_who() -> None:
    rejected(
        "what someone said",
        draft("Partly disagrees: the budget was cut […] in real terms.", "12%", kind="figure"),
    )
    rejected(
        "what someone said",
        draft("Points to transport: two bus routes were cut in […].", "2021", kind="figure"),
    )
    assert (
        stem_problem(draft("Transport: two bus routes in the valley were cut in […].", "2021", kind="figure"))
        is None
    )


def test_a_misspelt_or_garbled_word_is_not_copied_onto_a_card() -> None:
    rejected(
        "misspelt", draft("Furthr checks cut the waiting time by […] a month.", "12 percent", kind="figure")
    )
    rejected("misspelt", draft("Furthr down the road the picnic was held at […] on Sunday.", "Willow Park"))
    # a name opening the sentence is no typo: no slip of one letter makes it a word
    assert (
        stem_problem(draft("Basaltine has sold […] of future removal so far.", "41,000 tons", kind="figure"))
        is None
    )
    rejected(
        "garbled",
        draft("哪个概念是指：菜市场里也会出现？", "李小-明", item_type="reversed", kind="framework"),
    )
    # a foreign word the text names or glosses is no slip
    glossed = "The word […] comes from the Latin stella (star) and a suffix for little things."
    assert stem_problem(draft(glossed, "stellula")) is None
    named = "Bakers call the rest […]; the French word autolyse is used even in English kitchens."
    assert stem_problem(draft(named, "autolyse")) is None
    rejected(
        "misspelt", draft("Bakers call the rest […]; the word autolyse is used in kitchens.", "autolyse")
    )
    # names are capitalised and known words pass, jargon included
    assert (
        stem_problem(draft("The team split the monolith into microservices in […].", "2015", kind="figure"))
        is None
    )


def test_a_figure_run_into_another_and_a_relation_for_a_definition_are_rejected() -> None:
    rejected("manner of speaking", draft("老陈练了[…]20年的书法，字还是很普通。", "10年", kind="figure"))
    assert stem_problem(draft("老陈练了[…]的书法，字还是很普通。", "二十年", kind="figure")) is None
    related = draft("什么是“轮作”？", "和土壤肥力有关", item_type="basic", kind="framework")
    rejected("relates to", related)
    rejected(
        "relates to", draft("What is zoning?", "related to land use", item_type="basic", kind="framework")
    )


def test_a_figure_touching_the_blank_on_either_side_is_a_manner_of_speaking() -> None:
    rejected("manner of speaking", draft("老陈练了10年[…]的书法，字还是很普通。", "20年", kind="figure"))
    rejected("manner of speaking", draft("老陈练了[…]20年的书法，字还是很普通。", "10年", kind="figure"))
    assert stem_problem(draft("社区图书角从12个增加到[…]，只用了两年。", "40个", kind="figure")) is None


def test_a_stem_listing_what_its_answer_counts_or_a_definition_naming_its_term_leaks() -> None:
    rejected("counts the answer", draft("菜谱把汤分为[…]：清汤、浓汤、甜汤。", "3种", kind="figure"))
    rejected(
        "counts the answer",
        draft("The recipe has […]: soak, boil, simmer, rest.", "4 steps", kind="figure"),
    )
    assert (
        stem_problem(draft("这本老菜谱把广式的老火汤分为[…]，各有各的做法。", "三种", kind="figure")) is None
    )
    leaked = draft("哪个概念是指：用石块砌成的拱桥？", "石拱桥", item_type="reversed", kind="framework")
    rejected("head word", leaked)
    fine = draft(
        "哪个概念是指：沿着湖边铺设、供人散步的步道？", "木栈道", item_type="reversed", kind="framework"
    )
    assert stem_problem(fine) is None


def test_a_choice_of_terms_whose_definition_names_the_head_word_leaks_too() -> None:
    choice = draft("哪个概念是指：用石块砌成的拱桥？", "石拱桥", item_type="choice", kind="framework")
    rejected("head word", choice)


def test_a_definition_that_names_the_abbreviation_it_asks_for_leaks() -> None:
    leaked = draft(
        "Which term means: a unit of cargo capacity, where one small box equals one CBU?",
        "CBU (cargo box unit)",
        item_type="reversed",
        kind="framework",
    )
    rejected("head word", leaked)
    fine = draft("Which term means: a unit of cargo capacity?", "CBU (cargo box unit)", item_type="reversed")
    assert stem_problem(fine) is None


def test_a_share_the_other_shares_in_the_stem_leave_is_rejected_an_independent_share_is_not() -> None:
    rejected(
        "other shares",
        draft("这家面馆的堂食大约占[…]，外卖占六成。", "四成", kind="figure"),
    )
    rejected(
        "other shares",
        draft("营收里会员费占 55%，广告占 30%，其余 […] 来自周边销售。", "15%", kind="figure"),
    )
    rejected(
        "other shares",
        draft(
            "About 80 percent of the grant went to salaries and the remaining […] to travel.",
            "20 percent",
            kind="figure",
        ),
    )
    rejected(
        "other shares",
        draft("Solder here is […] tin and 40 per cent lead.", "60 per cent", kind="figure"),
    )
    # two shares of different wholes: the answer is not their remainder, and must be recalled
    assert stem_problem(draft("[…] 的受访学生和 9% 的教师每天都用这款软件。", "41%", kind="figure")) is None
    assert stem_problem(draft("这家面馆的堂食大约占[…]，外卖占五成。", "三成", kind="figure")) is None


def test_the_whole_beside_a_share_is_a_guess_the_share_is_the_fact() -> None:
    rejected(
        "the whole",
        draft(
            "Some 64% of the lockers had stayed shut for […] of the school term, untouched since autumn.",
            "100%",
            kind="figure",
        ),
    )
    rejected("the whole", draft("三成的路灯在[…]的夜里都亮着，一直没人检修。", "百分之百", kind="figure"))
    # a whole with no share beside it is what the sentence reports
    assert (
        stem_problem(draft("The pilot towns covered […] of their buses with the new card.", "100%")) is None
    )
    # a share above the answer's whole is no part of it
    assert stem_problem(draft("客流涨了 120%，上座率到了[…]。", "100%", kind="figure")) is None


def test_a_breakdowns_row_without_its_heading_says_not_what_its_figure_measures() -> None:
    rejected("breakdown's row", draft("风机叶片结冰：[…]", "2.4%", kind="figure"))
    rejected("breakdown's row", draft("Rope and fittings: […];", "about $40", kind="figure"))
    assert stem_problem(draft("风机叶片结冰造成的损失约占全年发电量的[…]。", "2.4%", kind="figure")) is None


def test_a_figure_in_an_example_the_author_tells_is_a_detail_not_the_point() -> None:
    rejected(
        "example",
        draft("讲者举了一个案例：有个批处理任务整整跑了[…]，结果输出全是重复数据。", "三天", kind="figure"),
    )
    rejected(
        "example",
        draft(
            "For example, one bakery in the study threw away […] of bread every week.",
            "40 kilograms",
            kind="figure",
        ),
    )
    assert stem_problem(draft("这批处理任务整整跑了[…]才把历史数据迁移完毕。", "三天", kind="figure")) is None
    rejected("example", draft("嘉宾推荐了《河流的记忆》，[…] 年出的。", "2015", kind="figure"))
    rejected("example", draft("She recommends the book Tidewater, published in […].", "2009", kind="figure"))


def test_a_share_with_no_noun_is_a_share_of_what_the_sentence_before_names() -> None:
    rejected("sentence before", draft("大部分确实来自[…]，尽管他们也有一些零售业务。", "批发"))
    rejected("sentence before", draft("其余都是[…]，占比不大。", "散客"))
    assert stem_problem(draft("大多数人把[…]的注意力放在最后的决定上。", "八成", kind="figure")) is None


def test_a_figure_in_a_story_about_someone_is_a_detail() -> None:
    rejected("example", draft("有人用这个套餐每月跑了[…]的流量，却只付了三十元。", "两百G", kind="figure"))
    rejected(
        "example", draft("One customer ordered […] of the same mug in a single week.", "forty", kind="figure")
    )
    assert stem_problem(draft("这款记账应用的有效用户在三个月里增长了[…]。", "约150%", kind="figure")) is None
    rejected("example", draft("[…]有个男生，初一时作文经常写不满三百字。", "2011年", kind="figure"))
    story = "Opens with a story about a regional bank that lost ~[…] on one loan book."
    rejected("example", draft(story, "$140M", kind="figure"))
    rejected(
        "example",
        draft("E.g. a founder who refused VC for […] finds it hard to reverse.", "4 years", kind="figure"),
    )
    assert stem_problem(draft("The bank lost ~[…] on one loan book in 2019.", "$140M", kind="figure")) is None


def test_a_definition_saying_only_what_its_term_relates_to_defines_nothing() -> None:
    rejected(
        "relates to",
        question("什么是“数据分级”？", "数据分级和访问控制模型有关", kind="framework"),
    )
    assert (
        stem_problem(
            question("什么是“数据分级”？", "按敏感程度给数据分档，分别设定访问权限", kind="framework")
        )
        is None
    )


def test_a_tables_row_is_no_sentence() -> None:
    rejected("table", draft("| 名义 GDP | […] | | 价格水平 | 1.2 |", "7,200 亿元", kind="figure"))


def test_an_english_blank_opening_with_its_subject_is_a_clause() -> None:
    rejected(
        "clause",
        draft(
            "Getting better at chess requires […], and naming the losing move.", "you to replay lost games"
        ),
    )
    assert (
        stem_problem(draft("Getting better at chess requires […] every week.", "deliberate replay")) is None
    )
    # a subject and its linking verb: the author's wording, not a term
    rejected("clause", draft('Every team picked "5" because […].', "5 felt safe"))
    rejected("clause", draft("The team rewrote the parser since […].", "the grammar was ambiguous"))
    rejected("clause", draft("[…] — the third lab ran long and the slides were thin.", "Week 4 felt thin"))
    assert stem_problem(draft("Every team picked a limit of five because of […].", "retry storms")) is None


def test_a_calculation_is_no_definition_and_a_blank_does_not_cut_no_more_than() -> None:
    rejected("calculation", question("什么是“应急账户”？", "月支出 * 六 = 应急账户", kind="framework"))
    rejected(
        "qualifier", draft("Plan no […] of a team's available hours.", "more than 70 percent", kind="figure")
    )
    assert (
        stem_problem(draft("Plan no more than […] of a team's available hours.", "70 percent", kind="figure"))
        is None
    )


def test_the_rest_of_a_share_named_in_the_sentence_before_is_no_stem_of_its_own() -> None:
    rejected(
        "sentence before",
        draft("The other […] is where learning and recovery go.", "30 percent", kind="figure"),
    )
    rejected(
        "sentence before", draft("About a third were the only bakery within […].", "8 km", kind="figure")
    )
    rejected("sentence before", draft("Most of them closed within […].", "two years", kind="figure"))
    whole = "About a third of the village bakeries were the only shop within […]."
    assert stem_problem(draft(whole, "8 km", kind="figure")) is None  # the share says of what


def test_a_chinese_blank_saying_how_something_is_changing_is_a_clause() -> None:
    rejected("clause", draft("这些年他一直在说——[…]，成本却在下降。", "机器人正变得越来越便宜"))
    assert stem_problem(draft("作者认为，最稀缺的是[…]。", "耐心")) is None


@pytest.mark.parametrize(
    "shown",
    [
        draft("Figure 2 was a bar chart of yearly rainfall from […] stations.", "40", kind="figure"),
        draft("Slide 7 compared the two cities over […].", "ten years", kind="figure"),
        draft("图3对比了两种肥料在[…]里的产量。", "五年", kind="figure"),
        draft("[ ] Move the savings transfer to […] in March", "the 5th", kind="figure"),
        draft("☐ 把周报改成[…]一次", "两周", kind="figure"),
        # (the blank opens on the box: the checklist's line all the same)
        draft("[…] — ordered, £30 for two", "[ ] blinds"),
    ],
)
def test_what_the_talk_showed_or_a_checklist_box_is_not_its_content(shown: Draft) -> None:
    rejected("what the talk showed", shown)


@pytest.mark.parametrize(
    "arrangement",
    [
        draft("下周第5讲讲“[…]”，课前要先读第三章。", "城市的起源"),
        draft("For next week, read the chapter on […].", "tides"),
        draft("The homework is to map […] streets near your home.", "three"),
        draft("The show is produced by Ann Lee and edited by […].", "Sam Oyelaran", kind="person"),
        draft("A film by Ines Moller, narrated by […], 88 minutes long.", "Tom Reyes", kind="person"),
        draft("Figures to double-check later: revenue 41k, […] from classes.", "25%", kind="figure"),
        draft("最后一句提醒自己：先画图再算，图画对了就对了[…]。", "一半", kind="figure"),
        draft("Some schools switched to the projection in […] (mentioned in passing)", "2017", kind="figure"),
        draft("老师说这个剧种在[…]年传到了南洋（顺带提了一句）。", "1920", kind="figure"),
        draft("周四前交第 2 次观察日志，[…] 字以内，交到课程群。", "800", kind="figure"),
        draft("Due date for the field sketch: […].", "12 Oct", kind="figure"),
        draft("Essay on the delta towns, word limit […].", "2,000", kind="figure"),
        draft("考试可能会问“[…]”的适用范围。", "边际效用递减"),
        draft("The final will probably ask about […] too.", "Corn Laws"),
        draft("下期预告：聊聊“[…]”，欢迎留言。", "城市里的鸟"),
        draft("Next episode: […] and the tides.", "Moon myths"),
        draft(
            "Next issue (#12, 3 June): a talk with […], who runs a bell foundry.", "Ada Voss", kind="person"
        ),
        draft(
            "NB: the stream cut out for […] near the end, so the Q&A is from memory.", "4 min", kind="figure"
        ),
        draft("Next week (Lecture 8): chronometers and the sea trials of […].", "1783", kind="figure"),
        draft("The exam is 90 minutes: Section A ([…], short answers) and Section B (45 marks).", "30 marks"),
        draft("Around a third of Section B marks come from the […] case study.", "Ross Basin"),
        draft("期末考试满分100分，其中选择题占[…]。", "40分", kind="figure"),
    ],
)
def test_a_courses_arrangements_are_not_its_content(arrangement: Draft) -> None:
    rejected("a course's arrangements", arrangement)


def test_a_cloze_on_a_question_or_a_hypothetical_persons_line_is_rejected() -> None:
    rejected(
        "a question",
        draft("主拱的净跨径是[…]，矢高是7.23米，所以矢跨比大概是多少？", "37.02米", kind="figure"),
    )
    rejected("a question", draft("Why did the cable fail after […] days?", "three weeks", kind="figure"))
    rejected(
        "hypothetical",
        draft("Recommended, especially if you liked Tubes by […].", "Andrew Blum", kind="person"),
    )


def test_a_blank_splitting_a_hyphenated_word_is_rejected() -> None:
    rejected("hyphenated", draft("Non-[…] is usually acid-bathed to strip the cuticle.", "Remy hair"))
    assert stem_problem(draft("Non-Remy hair is usually bathed in […] to strip the cuticle.", "acid")) is None


def test_a_figure_of_speech_and_a_week_in_the_story_stay() -> None:
    figure_of_speech = draft("The figure of […] dominated the city's politics for a decade.", "Marlow")
    assert stem_problem(figure_of_speech) is None
    assert stem_problem(draft("林薇在下周一的例会上提出了[…]方案。", "分店")) is None
    assert stem_problem(draft("Table salt is mostly […] chloride.", "sodium")) is None


def test_a_figure_in_brackets_is_an_aside_an_eras_years_are_not() -> None:
    rejected("aside", draft("218 wells sampled ([…])", "2019–2020", kind="figure"))
    rejected("aside", draft("共走访了 36 个村（[…]）。", "2021年", kind="figure"))
    # the bracket may hold more than the figure
    rejected(
        "aside",
        draft(
            "Errors fell to ten minutes of arc (the old tables, […], were off by degrees).",
            "1551",
            kind="figure",
        ),
    )
    # a figure bracketed after a whole clause is its aside; after a list's member, its gloss
    rejected("aside", draft("他抱怨大部分预算花在了打车上（每天 […]）。", "80 元", kind="figure"))
    rejected("aside", draft("The hall was empty by noon (about […] stayed).", "forty people", kind="figure"))
    assert stem_problem(draft("读者构成：小学生家长（约占 […]）。", "六成", kind="figure")) is None
    assert (
        stem_problem(
            draft("Main reasons: transport costs (cited by […]), and no pool nearby.", "71%", kind="figure")
        )
        is None
    )
    assert (
        stem_problem(draft("The rate (as of 2020) fell to […] in the city.", "9 percent", kind="figure"))
        is None
    )
    assert (
        stem_problem(draft("南宋绍兴年间（[…]），临安城扩建了北关。", "1131—1162年", kind="figure")) is None
    )


def test_a_blank_a_demonstrative_points_at_is_named_elsewhere() -> None:
    rejected("demonstrative points", draft("Over those […], the river moved two metres west.", "ten years"))
    rejected("demonstrative points", draft("这[…]里，村里的人口少了一半。", "二十年", kind="figure"))
    rejected("demonstrative points", draft("The survey ran in that […] only.", "decade", kind="figure"))
    found_that = draft("The survey found that […] of the wells were dry.", "a third", kind="figure")
    assert stem_problem(found_that) is None  # that after found opens what was found


def test_an_answer_line_torn_from_its_question_is_rejected() -> None:
    rejected("torn from the question", draft("A: roughly […] per kiosk, installed.", "$12k", kind="figure"))
    rejected("torn from the question", draft("答：大概要[…]才能回本。", "三年", kind="figure"))


def test_a_name_with_nothing_said_of_it_is_no_fact() -> None:
    rejected("nothing said", draft("有个很有意思的规矩，叫“[…]”。", "三让"))
    rejected("nothing said", draft("There's a rule of thumb called […].", "Tanner Rule"))
    assert stem_problem(draft("这套排班规矩叫“[…]”，每人每周轮一次夜班。", "轮值制")) is None


def test_a_blank_saying_whose_idea_it_is_names_no_idea() -> None:
    rejected(
        "whose idea", draft("[…] is called the Three Gates of Reuse.", "Okafor's framework", kind="framework")
    )
    rejected(
        "whose idea",
        draft("[…] is that every crew keeps two logs.", "Okafor's central claim", kind="framework"),
    )
    rejected(
        "whose idea", draft("[…] is a routine she calls the Daily Close.", "Okafor's fix", kind="framework")
    )
    point = draft(
        "[…] is that ports fixed ships and forgot the quay.", "Okafor's whole point", kind="framework"
    )
    rejected("whose idea", point)
    assert (
        stem_problem(draft("The […] is what the crew reads first.", "chart's legend box", kind="framework"))
        is None
    )


def test_words_saying_what_a_term_is_not_are_no_definition() -> None:
    from quizgen.generate.definitions import definition_problem

    cut = draft("Which term means: Not whether a plan is popular?", "Shared reasons", kind="framework")
    said = definition_problem(replace(cut, type="reversed"))
    assert said is not None and "is not" in said
    whole = draft(
        "Which term means: the thinking behind a plan is told to all?", "Shared reasons", kind="framework"
    )
    assert definition_problem(replace(whole, type="reversed")) is None
    quoted = replace(draft('What is meant by "Soil"?', 'not "dirt"', kind="framework"), type="basic")
    assert definition_problem(quoted) is not None
    both = draft("哪个概念是指：不是不受伤，而是受挫后恢复的速度？", "心理弹性", kind="framework")
    assert definition_problem(replace(both, type="reversed")) is None  # 而是 says what it is
    gerund = draft(
        "Which term means: not rejecting a false claim about a drug?", "Type II error", kind="framework"
    )
    assert definition_problem(replace(gerund, type="reversed")) is None


@pytest.mark.parametrize(
    "furniture",
    [
        draft("【PPT：Krakatau 1883.8.27】[…]大喷发。", "1883年8月27日", kind="figure"),
        draft("（整理者注：这一处录音不清，老师说的是“[…]”。）", "三分之一左右"),
        draft(
            "There were maybe […] there, mostly volunteers from repair cafés.", "300 people", kind="figure"
        ),
        draft("现场大概[…]，一半是学生。", "80 多人", kind="figure"),
        draft("到场的大约[…]，另有两个分部线上参加。", "150 人", kind="figure"),
        draft("顺便提醒：工牌换新登记截止[…]，别拖。", "11月3日", kind="figure"),
        draft(
            "One postmortem a month for the whole org; attendance averages ~[…].", "80 people", kind="figure"
        ),
        draft("[…] are supposed to go up on the society's site next month.", "Slides"),
    ],
)
def test_the_recordings_and_the_events_furniture_is_not_the_talk(furniture: Draft) -> None:
    rejected("furniture", furniture)


def test_a_duration_describing_a_noun_is_no_figure_to_ask() -> None:
    study = draft("2019 年，研究团队对 120 户家庭做了一项为期[…]的跟踪研究。", "六个月", kind="figure")
    rejected("duration describing a noun", study)
    lesson = draft("家长每周参加一次、每次[…]的培训课。", "两小时", kind="figure")
    rejected("duration describing a noun", lesson)
    # a share or a sum before 的 is the point; a duration that is the predicate stands
    assert stem_problem(draft("全市[…]的居民住在公交站五百米以内。", "八成", kind="figure")) is None
    assert stem_problem(draft("一项新药从立项到上市，平均要花[…]。", "十二年", kind="figure")) is None


def test_a_period_that_names_a_rate_is_no_figure_the_rate_is() -> None:
    rejected("names the rate", draft("主流品牌的[…]保值率已经接近六成。", "三年", kind="figure"))
    rejected("names the rate", draft("这种手术的[…]生存率超过九成。", "五年", kind="figure"))
    assert stem_problem(draft("主流品牌的三年保值率已经接近[…]。", "六成", kind="figure")) is None
    assert stem_problem(draft("这家店用了[…]把复购率做到了四成。", "三年", kind="figure")) is None


def test_a_worked_examples_numbers_and_a_next_step_are_not_asked() -> None:
    stem = "A warehouse fit-out has a budget of […] and is planned to take ten months."
    worked = replace(draft(stem, "$200,000", kind="figure"), source=Source("notes", "Worked example 1", 1))
    rejected("example", worked)
    assert stem_problem(draft(stem, "$200,000", kind="figure")) is None  # the same line in the body
    rejected("arrangements", draft("下一步：想找作者的前作《[…]》来看。", "盐铁志"))
    cited = "Okafor, A. Sleep and memory. Sleep Review, accessed […]."
    listed = replace(draft(cited, "3 March 2024", kind="figure"), source=Source("notes", "References", 9))
    rejected("reference list", listed)


@pytest.mark.parametrize(
    "member",
    [
        draft("她的书架上有历史、哲学、[…]、天文和园艺。", "数学"),
        draft("传统剧目，比如《牡丹亭》《[…]》《西厢记》，都要按老本子唱。", "长生殿"),
        draft("The kiln fired pottery, […], and glass beads for the coast.", "roof tiles"),
        draft("The kiln fired pottery, roof tiles, and […] for the coast.", "glass beads"),
        draft('章节按地方起名，"晒谷场""渡口""[…]"，一个地方一章。', "供销社"),
        draft("外人一律用代称，“村口的老王”“[…]”，不写全名。", "镇上的一位会计"),
    ],
)
def test_a_blank_among_the_members_of_a_list_is_one_of_several(member: Draft) -> None:
    rejected("one member of a list", member)


def test_a_quoted_term_alone_is_no_member_of_a_list() -> None:
    assert stem_problem(draft("这种做法书里叫“[…]”，意思是先把账对平再谈别的。", "对账优先")) is None


@pytest.mark.parametrize(
    "example",
    [
        draft("空头承诺：不需要付出代价的表态，比如“[…]”。", "保证准时"),
        draft(
            "A few towns cap resale at face value plus a small margin, like […].",
            "five percent",
            kind="figure",
        ),
        draft("Each table had a theme (e.g. […], Hiring, Pricing).", "Logistics"),
    ],
)
def test_the_example_after_such_as_is_one_of_many(example: Draft) -> None:
    rejected("one example", example)


def test_a_hedged_figure_is_no_example() -> None:
    hedged = draft("Cold stores use something like […] of the port's power.", "30 percent", kind="figure")
    assert stem_problem(hedged) is None


def test_a_list_counted_whole_or_a_single_pair_is_no_member_blank() -> None:
    assert stem_problem(draft("窑里烧的是[…]，一窑能出八百件。", "青瓷和白瓷")) is None
    assert stem_problem(draft("The kiln fired pottery and […] for the coast.", "glass beads")) is None


def test_a_list_announced_only_as_these_things_is_unanswerable() -> None:
    rejected("these N things", draft("嗯，就是这四件事：[…]。", "吃饭、睡觉、读书、散步"))
    rejected("these N things", draft("以下几点：[…]", "早起、记账、复盘"))
    rejected("these N things", draft("So, these three things: […].", "sleep, food, friends"))
    assert stem_problem(draft("他说做好一家店只靠三件事：[…]。", "选址、口味、回头客")) is None
    assert stem_problem(draft("A good kitchen needs three things: […].", "heat, salt, time")) is None


def test_the_rest_of_a_quoted_name_is_not_blanked() -> None:
    tail = "rest of a quoted name"
    rejected(tail, draft("有位博主提出一个方法，叫作“番茄钟的[…]”。", "升级版（Pomodoro Plus）"))
    rejected(tail, draft('She called it "the second […]".', "curve"))
    rejected(tail, draft('Her next book is "[…] of Small Things", out in the spring.', "The Weight"))
    assert (
        stem_problem(draft('Her next book is "[…]", out in the spring.', "The Weight of Small Things"))
        is None
    )
    assert stem_problem(draft("有位博主提出一个方法，叫作“[…]”。", "番茄钟升级版")) is None
    quoted_sentence = '"Ada spent […] of her week on the problem, she said.'
    assert stem_problem(draft(quoted_sentence, "a third", kind="figure")) is None


def test_a_clause_without_its_subject_or_a_label_over_names_is_not_a_sentence() -> None:
    rejected("subject cut", draft("[…]出版的，今天读也不过时。", "1930年代", kind="figure"))
    rejected("label over a list", draft("Example: […] — Davy, Faraday (1831), Henry.", "induction"))
    assert stem_problem(draft("[…]出版的这本书，今天读也不过时。", "1930年代", kind="figure")) is None
    assert stem_problem(draft("Faraday showed […] in 1831 — the basis of the dynamo.", "induction")) is None


def test_a_to_do_line_a_header_of_fields_or_a_bare_label_over_its_blank_is_no_item() -> None:
    todo = Draft(
        kind="claim",
        type="cloze",
        anchor="x",
        question="小林找一下《[…]》的英文版信息。",
        answer="乡村工业",
        explanation="",
        source=Source("notes", "四、待办事项", 9),
        fact="x",
        cloze="",
    )
    rejected("to-do", todo)
    rejected("to-do", replace(todo, source=Source("notes", "下次安排", 12)))
    rejected("fields between bars", draft("[…] 第五周 | 教材：第 3 章", "2023.10.10", kind="figure"))
    header = "Field Notes Radio · Season 2 · Hosted by […] and Sam Ode · Runtime 58:10."
    rejected("fields between bars", draft(header, "Ana Lee", kind="person"))
    one_dot = "Field Notes Radio is hosted by […] and Sam Ode · every Friday."
    assert "fields between bars" not in (stem_problem(draft(one_dot, "Ana Lee", kind="person")) or "")
    rejected(
        "arrangements", draft("[…] 周二 5-6节 | 教材：第 3 章", "2023.10.10", kind="figure")
    )  # its class time
    rejected("label over a line", draft("记忆口诀（课上讲的）：“[…]”", "左加右减"))
    assert stem_problem(draft("作者把治水分成三个阶段：[…]。", "堵、疏、蓄")) is None


def test_a_figure_standing_for_the_main_clause_or_in_a_side_clause_is_incidental() -> None:
    rejected(
        "whole main clause", draft("Stranded on the reef for nine days, […].", "4–13 May 1911", kind="figure")
    )
    side = "The bones of King Aldric, who died in […], were found under a car park."
    rejected("side clause", draft(side, "1286", kind="figure"))
    assert (
        stem_problem(
            draft("The reef off the northern cape wrecked […] ships in 1911 alone.", "nine", kind="figure")
        )
        is None
    )


def test_a_clause_before_a_bracketed_figure_is_no_member_it_glosses() -> None:
    rejected("aside", draft("后来还拍了一部电影版（[…]上映），还没看。", "2019年底", kind="figure"))
    assert stem_problem(draft("《河流》（[…]，央视）讲的是水利史。", "8集", kind="figure")) is None


def test_a_circled_list_item_or_a_spoken_no_opens_no_stem() -> None:
    rejected("numbered list", draft("③ 战后重建时的“[…]”做法。", "拆旧补新"))
    rejected("spoken filler", draft("No. The port has charged tolls since […].", "1821", kind="figure"))
    assert (
        stem_problem(draft("Nobody charged tolls on the river crossing before […].", "1821", kind="figure"))
        is None
    )


def test_an_open_list_or_fields_between_full_width_bars_are_no_blank() -> None:
    rejected("open list", draft("每天的功课都有规定：[…]", "晨读、习字、抄经……"))
    rejected("open list", draft("The kit holds […].", "rope, chalk, tape, etc."))
    rejected("open list", draft("常见的有[…]。", "铜镜、铜铃等"))
    assert stem_problem(draft("这位法学家一生都在讲法律面前人人[…]。", "平等")) is None
    rejected(
        "fields between bars",
        draft("某某 著｜原名 River Towns，初版于 […] 年，读于寒假。", "1990", kind="figure"),
    )


def test_a_label_with_its_details_in_brackets_is_no_sentence() -> None:
    rejected(
        "label with its details",
        draft("Dutch famine cohort study ([…], ~40,000 births)", "60 years", kind="figure"),
    )
    rejected(
        "label with its details", draft("Sleep and memory (~[…], ages 18–30)", "200 adults", kind="figure")
    )
    kept = draft("The cohort (about […]) was followed for sixty years.", "40,000 births", kind="figure")
    assert "label" not in (stem_problem(kept) or "")


def test_the_blank_a_sentence_denies_is_the_misconception() -> None:
    rejected("denies", draft("冬天更冷是因为日照时间短、太阳高度角小，不是“[…]”。", "地球离太阳更远"))
    rejected("denies", draft("Seasons come from the tilt, not […].", "distance to the Sun"))
    assert stem_problem(draft("四季变化的根本原因是地轴的[…]。", "倾斜")) is None
    # the words denied, quoted after their subject, with the claim after 而是
    rejected("denies", draft("她的看法：不是年轻人“[…]”，而是票价降下来了。", "爱看话剧了"))
    assert stem_problem(draft("她的看法：不是年轻人爱看话剧了，而是[…]降下来了。", "票价")) is None


def test_a_persons_story_opening_with_its_past_verb_lost_its_subject() -> None:
    rejected(
        "without its subject",
        draft("Left research in […] to run procurement for a bus maker.", "2019", kind="figure"),
    )
    rejected(
        "without its subject", draft("Joined the lab in […] as its first engineer.", "2011", kind="figure")
    )
    for kept in (
        draft("Increased demand drove prices up by […] in the first quarter.", "20%", kind="figure"),
        draft("Based on […] interviews, the team found three kinds of silence.", "2,000", kind="figure"),
        draft("Read […] pages a day, whatever the book, and never skip a day.", "20", kind="figure"),
    ):
        assert stem_problem(kept) is None, kept.question


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Died […] — her son kept the forge going for ten more years.", "1888"),
        ("Sold about […] before 1905, chiefly to dairy farmers in the valley.", "600 churns"),
        ("Sat for a radio profile in […], which the later biography leans on.", "1962"),
        ("Used […] for the frames, since oak warped in the damp.", "larch"),
    ],
)
def test_a_past_verb_opening_keeps_no_subject_behind_a_dash_or_a_relative(question: str, answer: str) -> None:
    rejected("without its subject", draft(question, answer, kind="figure"))


def test_a_past_verb_opening_whose_comma_leads_to_the_subject_is_a_sentence() -> None:
    for kept in (
        draft("Founded in […], Harlow & Sons grew to forty staff by 1910.", "1884", kind="figure"),
        draft("Trained in […], she came back to run the family mill.", "Lyon", kind="claim"),
    ):
        assert stem_problem(kept) is None, kept.question


def test_a_reading_assignment_is_a_courses_arrangement() -> None:
    rejected(
        "arrangements",
        draft("处罚的细节可以去查一下《[…]》里的记载，当作课后的阅读材料。", "宋会要", kind="claim"),
    )
    rejected("arrangements", draft("For further reading, see […] on the guild records.", "Ogilvie"))


def test_a_share_heading_a_bare_label_is_a_breakdowns_row() -> None:
    rejected(
        "breakdown's row",
        draft("~[…] manufacturing scale and yield (fewer scrapped cells)", "40%", kind="figure"),
    )
    rejected("breakdown's row", draft("约[…] 电芯材料和良率", "40%", kind="figure"))
    for sentence in (
        draft("[…] of the students predicted re-reading would work better than tests.", "71%", kind="figure"),
        draft("[…] 的付费用户来自三线以下的中小城市。", "62%", kind="figure"),
        draft("[…] 来自规模化生产带来的电芯良率提升", "40%", kind="figure"),
    ):
        assert stem_problem(sentence) is None, sentence.question


def test_an_adjective_with_le_opening_a_clause_lost_its_subject() -> None:
    rejected("without its subject", draft("差了[…]多，而本金只少了 10 万。", "一倍", kind="figure"))


def test_a_decade_that_sets_the_scene_is_not_what_the_sentence_states() -> None:
    rejected(
        "decade", draft("Loading a ship in the early […] was slow and dangerous.", "1950s", kind="figure")
    )
    rejected("decade", draft("上世纪[…]，这里还是一个小渔村。", "八十年代", kind="figure"))
    assert (
        stem_problem(
            draft("The first standard box was agreed in […] after years of talks.", "1961", kind="figure")
        )
        is None
    )


def test_a_decade_describing_a_thing_is_its_age_not_the_fact() -> None:
    rejected(
        "describing a thing",
        draft(
            "Divers mapped a sunken […] ferry off the pier before the storm season.", "1890s", kind="figure"
        ),
    )
    rejected(
        "describing a thing", draft("They kept an unlisted […] cinema as the hall.", "1930s", kind="figure")
    )
    # a decade as what the sentence reports is kept
    kept = draft("The ferry service closed in the […], when the bridge opened.", "1960s", kind="figure")
    assert "describing a thing" not in (stem_problem(kept) or "")
    during = draft("Ferries crossed the bay hourly in the […] ferries' heyday.", "1960s", kind="figure")
    assert "describing a thing" not in (stem_problem(during) or "")


def test_one_figure_of_a_list_of_figures_is_no_fact() -> None:
    rejected(
        "list of figures",
        draft("Competing firms used boxes of 17, 24, 27 and […].", "35 feet", kind="figure"),
    )
    rejected("list of figures", draft("常见的周期有 3、6、9 和[…]。", "12 个月", kind="figure"))


def test_the_note_takers_own_plans_are_not_content() -> None:
    rejected(
        "arrangements",
        draft("下个月看看附近有没有读书会，最好是[…]人左右的小型读书会。", "十个", kind="figure"),
    )
    rejected("arrangements", draft("“[…]”的评分表现场只展示了框架，建议会后联系对方索取模板。", "闭环五步法"))
    rejected("arrangements", draft("I plan to try the […] rule for a month.", "two-minute"))
    rejected(
        "arrangements", draft("Next: maybe reread the chapter on […] before the seminar.", "tidal locking")
    )
    rejected(
        "arrangements",
        draft("Be able to discuss […] that slow a glacier: bed, slope, meltwater", "three factors"),
    )
    rejected("arrangements", draft("Get The Ice Ledger and […] from the library.", "Cold Margins"))
    rejected("arrangements", draft("周末跟孩子爸聊一下“[…]”，晚饭前那半小时可以先试。", "先说感受"))
    rejected("arrangements", draft("B 比较墨家和法家对“[…]”的看法，两千字以内", "兼爱"))
    rejected("arrangements", draft("[…] — memorise which clause goes with which fee", "7% vs 9%"))
    rejected("arrangements", draft("讲座没放原片，有点可惜，想回去找《[…]》补一下。", "河湾"))
    rejected("arrangements", draft("同事阿岚推荐的，说“比《[…]》还安静”。", "城南旧事"))


def test_what_the_talk_was_shown_with_is_no_blank() -> None:
    rejected("furniture", draft("讲者很实在，[…] 做得很朴素，但图表多。", "PPT"))
    rejected("furniture", draft("The […] were dense, but the charts were worth the wait.", "slides"))
    rejected(
        "arrangements",
        draft(
            "Editor's note (PR): check spelling; confirm the total against the […] report.",
            "2022",
            kind="figure",
        ),
    )
    check = 'Need to check the trial numbers, she said "something like" […].'
    rejected("arrangements", draft(check, "twice", kind="figure"))
    rejected("arrangements", draft("伤亡人数待核实，讲者说大约[…]。", "两千人", kind="figure"))
    assert (
        stem_problem(
            draft("Inspectors check the trial numbers at every site […] a year.", "twice", kind="figure")
        )
        is None
    )


def test_a_question_cut_mid_clause_is_rejected() -> None:
    rejected("cut mid-clause", draft("谁主持盐政后？", "刘晏", item_type="basic", kind="person"))
    rejected(
        "cut mid-clause",
        draft(
            "Who was the historian of medicine who has spent?",
            "Dana Ocampo",
            item_type="basic",
            kind="person",
        ),
    )
    rejected(
        "cut mid-clause",
        draft(
            "Who was the vet who rode out to the farms by boat and?",
            "Ida Marsh",
            item_type="basic",
            kind="person",
        ),
    )
    assert stem_problem(draft("谁在1958年主持了盐政改革？", "刘晏", item_type="basic", kind="person")) is None
    assert (
        stem_problem(draft("Who ran the ferry and the inn?", "Ida Marsh", item_type="basic", kind="person"))
        is None
    )


def test_a_comment_section_a_thank_you_and_a_clause_with_its_auxiliary_are_not_asked() -> None:
    comment = replace(
        draft("「建议下期讲光晶格钟，听说比铯钟准[…]」", "一百倍以上", kind="figure"),
        source=Source("notes", "弹幕 / 评论区摘录", 80),
    )
    rejected("comment", comment)
    rejected("arrangements", draft("Dr. […], thank you so much.", "Dana Ocampo", kind="person"))
    rejected("arrangements", draft("Hi all, welcome back to […].", "Quarry Hour"))
    rejected("arrangements", draft("大家好，欢迎收听[…]。", "夜航船"))
    rejected("arrangements", draft("The show notes have a link to […] as well.", "Morrow Soil Institute"))
    assert stem_problem(draft("The […] welcomed back its founder in 2019.", "Morrow Institute")) is None
    rejected(
        "holds a clause",
        draft("A baker begged for early release because […].", "his shop would be given away"),
    )
    assert stem_problem(draft("A baker begged for early release because of […].", "drought")) is None


def test_a_question_ending_on_its_preposition_is_whole() -> None:
    asked = draft(
        'In "The Three Signals", what does "Bell" stand for?',
        "Stop and listen",
        item_type="basic",
        kind="framework",
    )
    assert stem_problem(asked) is None


def test_an_episodes_dates_and_a_transcribers_note_are_arrangements() -> None:
    rejected("arrangements", draft("Recorded 14 March, released […].", "2 April", kind="figure"))
    rejected("arrangements", draft("现场PPT共[…]，本文只保留了与正文相关的4页。", "23页", kind="figure"))


def test_whose_claim_is_no_blank() -> None:
    rejected(
        "whose idea",
        draft(
            "[…] is that a city's health is decided by traffic engineers.",
            "Oyelaran's claim",
            kind="framework",
        ),
    )


def test_hearsay_a_name_amid_roles_and_a_credits_figure_are_not_asked() -> None:
    rejected("hearsay", draft("同一时期的南海泡沫中，据说[…]也在里面亏了钱。", "牛顿", kind="person"))
    rejected("hearsay", draft("He reportedly lost […] in the crash.", "£20,000", kind="figure"))
    rejected(
        "list of roles",
        draft("某医院睡眠医学中心主任、哪位主任医师告诉记者？", "周启明", item_type="basic", kind="person"),
    )
    rejected("credits", draft("嘉宾：周老师，某省级图书馆古籍修复师，从业[…]。", "十九年", kind="figure"))
    assert stem_problem(draft("周老师做古籍修复已经[…]了，最难的是配纸。", "十九年", kind="figure")) is None


def test_a_statement_marked_wrong_or_a_mistakes_name_under_a_pitfalls_heading_is_not_asked() -> None:
    rejected("mark as wrong", draft("❌ 真实均值有[…]的概率落在这个区间内。", "95%", kind="figure"))
    rejected("mark as wrong", draft("Myth: most heat leaves through the […].", "roof", kind="claim"))
    mistake = replace(
        draft("[…] —— 必须向上取，否则误差达不到要求。", "样本量向下取整"), source=Source("n", "易错点", 1)
    )
    rejected("pitfalls", mistake)
    assert stem_problem(replace(mistake, source=Source("n", "样本量", 1))) is None


def test_a_blank_holding_a_whole_change_with_its_date_is_not_one_figure() -> None:
    whole = draft("单杯平均成交价[…]，降幅约28.5%。", "从2022年的23.5元降到16.8元", kind="figure")
    rejected("whole change", whole)
    assert (
        stem_problem(draft("引入带教制度后，第一年的人员流失率[…]。", "从约48%降到19%", kind="figure"))
        is None
    )


def test_a_stem_opening_on_stray_punctuation_or_a_timelines_year_is_not_asked() -> None:
    rejected(
        "stray punctuation", draft(": […] — the first number on the table pulls the result.", "anchoring")
    )
    rejected("timeline", draft("[…] - sold to the East London Railway.", "1865", kind="figure"))
    assert (
        stem_problem(draft("In […] the tunnel was sold to the East London Railway.", "1865", kind="figure"))
        is None
    )


def test_an_exams_date_and_weight_and_an_exercises_options_are_not_content() -> None:
    rejected("arrangements", draft("期中：11 月 14 日，闭卷，90 分钟，占[…]。", "30%", kind="figure"))
    rejected("example", draft("题 A——选项 2：80% 概率得到[…]，20% 什么都没有。", "4000 元", kind="figure"))
    assert stem_problem(draft("期中考试前，老师把损失厌恶系数估为[…]左右。", "2", kind="figure")) is None
    rejected("arrangements", draft("期末考试定在[…]，就在三楼，范围是前八讲。", "1月9号", kind="figure"))
    rejected("arrangements", draft("The final exam is scheduled for […] in Hall B.", "May 14", kind="figure"))


def test_a_short_labels_whole_value_blanked_does_not_say_whose_label_it_is() -> None:
    rejected("label's value", draft("题材：[…]，取景主要在湖南湘西。", "苗族银饰锻制技艺"))
    assert stem_problem(draft("这部片子的题材是[…]，取景主要在湖南湘西。", "苗族银饰锻制技艺")) is None


def test_a_stem_opening_on_an_aside_in_brackets_lost_what_the_aside_remarks_on() -> None:
    rejected(
        "aside in brackets",
        draft("（要点，别用大火，大火一烧就糊）再加两勺糖，熬[…]。", "5分钟", kind="figure"),
    )
    assert stem_problem(draft("(key point, never stir it) then rest it for […].", "ten minutes")) is not None
    kept = draft("周师傅说，糖色要一直用小火慢慢熬[…]（要点，别用大火）。", "5分钟", kind="figure")
    assert stem_problem(kept) is None


def test_a_list_entrys_name_blanked_before_its_dash_is_no_sentence() -> None:
    rejected("list entry's name", draft("[…] — now the main lever in practice.", "Reserve rate"))
    rejected("list entry's name", draft("[…] — mostly for the queueing stuff", "Little's Book of Queues"))
    # a meaning after the dash pins the name down (a glossary's line), and so does a subject first
    assert stem_problem(draft("[…] — the rate a central bank pays on reserves.", "IORB")) is None
    assert (
        stem_problem(
            draft("The central bank's main lever in practice is […] — the rate on reserves.", "IORB")
        )
        is None
    )


def test_a_label_in_brackets_marking_the_line_is_no_blank() -> None:
    rejected("label in brackets", draft("[…]入冬以后，来看关节痛的病人多了不少。", "【提要】"))
    rejected("label in brackets", draft("[…] The clinic now opens at eight on weekdays.", "[Update]"))


def test_the_note_takers_reading_log_is_not_content() -> None:
    rejected("arrangements", draft("开读：[…] 读完：5月20日（中间停了一周）", "4月8日", kind="figure"))
    rejected("arrangements", draft("Started reading: […]; finished on 2 June.", "12 May", kind="figure"))
    rejected("arrangements", draft("读书时间：[…] — 4.20，中间停了几天", "2023.4.1", kind="figure"))
    rejected("arrangements", draft("某某 著，[…]译注的那版，第3版。", "王某"))
    rejected(
        "arrangements", draft("和同事一起去的，提前[…]到，礼堂里已经没有空位。", "半小时", kind="figure")
    )
    rejected("arrangements", draft("科目二约考时间 […]下午，这周把倒库练熟！", "6月3日", kind="figure"))
    rejected(
        "arrangements",
        draft("We got there […] early and the front rows were full.", "25 minutes", kind="figure"),
    )


def test_a_newsletters_masthead_is_not_content() -> None:
    rejected(
        "arrangements", draft("Issue #42 · Tuesday, […] · 6-minute read", "8 October 2024", kind="figure")
    )


def test_a_books_imprint_is_not_content() -> None:
    rejected("arrangements", draft("Hardback, […], Fenwick Press (2017).", "288 pages", kind="figure"))
    rejected("arrangements", draft("出版社：青岚书局，[…]年初版，正文 402 页。", "2020", kind="figure"))
    # a publisher in a sentence about what the book says is content
    assert (
        stem_problem(draft("The press ran […] copies of the first edition's map.", "4,000", kind="figure"))
        is None
    )


def test_the_period_of_a_rate_is_not_its_fact() -> None:
    rejected(
        "rate",
        draft("Rent for the two kiosks came to about 3,400 dollars every […].", "month", kind="figure"),
    )
    rejected("rate", draft("店里的咖啡豆按 60 公斤每[…]的节奏进货。", "两周", kind="figure"))
    # with no amount in the clause, how often is the fact
    assert (
        stem_problem(
            draft("The harbour board meets every […] in the old customs house.", "six weeks", kind="figure")
        )
        is None
    )


def test_how_often_the_lecturer_said_it_and_an_exercises_made_up_source_are_not_content() -> None:
    rejected("arrangements", draft("Sharp point; the lecturer mentioned it […].", "twice", kind="figure"))
    rejected("arrangements", draft("老师强调了[…]次，这一点一定要记。", "三", kind="figure"))
    rejected(
        "arrangements",
        draft("据[…]的一份县志（老师说是虚拟史料，做练习用），私盐约占一半。", "1602年", kind="figure"),
    )


def test_a_self_test_sections_numbers_are_an_exercises() -> None:
    stem = draft(
        "A block has a straight-line distance of […] and a walking route of 900 m.", "600 m", kind="figure"
    )
    rejected("example", replace(stem, source=replace(stem.source, section="Self-test questions")))


def test_a_blank_whose_translation_stands_beside_it_leaks() -> None:
    rejected("translation", draft("他说人生的底色是[…]（忍耐、承受），不是快乐。", "endurance"))
    assert _glossed_beside("他说人生的底色是忍耐（[…]），不是快乐。", "endurance")
    assert _glossed_beside("她和老友谈过“[…]”，忍耐、承受，这个词在两种语言里的分量。", "endurance")
    # a bracket that says something else about the word gives nothing away
    assert stem_problem(draft("他提出了[…]（1998年）这个概念，影响很大。", "thick description")) is None


@pytest.mark.parametrize(
    ("stem", "answer"),
    [
        ("Started 2 May, finished […].", "19 May"),  # the note-taker's reading log
        ("全文[…]，阅读需要 9 分钟。", "约4200字"),  # the article's length
        ("Submitted by […], Secretary, 3 March 2025.", "R. Okafor"),  # the minutes' sign-off
        ("Next meeting: Monday, […], 7 PM, Hall 2.", "7 April 2025"),
        ("Date: Monday, […], 7 PM Place: Hall 2 Recorder: R. Okafor", "3 March 2025"),
        ("J. Lim noted the audit date should read […], not 12 June.", "21 June"),
        ("这份笔记准备下周读书会上分享，控制在[…]。", "15分钟内"),  # the note-taker's own talk
        ("错别字两处：p.41 年份 […] 疑似应为 1702。", "1720"),  # the reader's list of misprints
        ("TEDxHarbour 2022 — watched […], notes cleaned up the next morning", "14 March"),
        ("Episode aired Tues […], guest: Ingrid Solvang, marine engineer", "14 May"),
        ("Written by […] and Tomás Whitlow.", "Hannah Corrigan"),  # a newsletter's byline
        ("Her book, Breath First, was published in […]. — Ed.", "2021"),  # an editor's note
        ("Didn't know most stable soil carbon is […], not rotting leaves.", "microbial leftovers"),
        ('Episode 47: "Water You Can\'t See" — with Dr. […]', "Imogen Castellanos"),  # an episode's header
        ("下次评审会：[…]（周四）14:00，同一会议室。", "5月30日"),  # the next meeting, however named
        ("利益相关：本人在券商做宏观研究[…]，与书商无关。", "七年"),  # the writer's disclosure
    ],
)
def test_the_notes_own_furniture_is_not_content(stem: str, answer: str) -> None:
    rejected("arrangements", draft(stem, answer, kind="figure"))


def test_a_term_line_whose_definition_spells_the_term_out_leaks() -> None:
    line = draft(
        "[…] — nitrogen held in the organic matter of a soil.", "Soil organic nitrogen", kind="claim"
    )
    rejected("spells the term out", line)
    told = draft("[…] — the slow sinking of a coast as its sediments compact.", "Subsidence", kind="claim")
    assert stem_problem(told) is None


def test_a_mock_panels_numbers_are_an_exercises() -> None:
    stem = draft("Each group read 3 applications, […] per application.", "15 minutes", kind="figure")
    rejected("example", replace(stem, source=replace(stem.source, section="Session 4 — Mock panel")))


def test_a_figures_sentence_too_short_to_say_what_it_measures_is_rejected() -> None:
    rejected("too little context", draft("A typical trip costs […].", "about £2.40", kind="figure"))
    rejected("too little context", draft("Uptake went from […] to 31 percent.", "22 percent", kind="figure"))
    rejected("too little context", draft("每个月大概能省下[…]。", "三百块", kind="figure"))
    # the same figure with what it measures said
    long_en = "A typical trip on the Trundle e-bike scheme costs […] for half an hour."
    assert stem_problem(draft(long_en, "about £2.40", kind="figure")) is None
    assert (
        stem_problem(draft("老周的小店换了节能冰柜，每个月的电费大概能省下[…]。", "三百块", kind="figure"))
        is None
    )


def test_a_change_whose_ends_the_stem_gives_is_arithmetic() -> None:
    rejected(
        "arithmetic",
        draft("月活用户从 40 万增长到 50 万，增长 […]，主要靠新的引导页。", "25%", kind="figure"),
    )
    rejected(
        "arithmetic",
        draft("Members rose from 1,200 to 1,500 in a year, up […] on the last.", "25%", kind="figure"),
    )
    # a percentage the two figures do not make is a fact of its own
    stem = "Members rose from 1,200 to 1,500 in a year, and […] of them renewed."
    assert stem_problem(draft(stem, "80%", kind="figure")) is None


def test_a_claims_blank_long_enough_to_be_its_wording_is_rejected() -> None:
    rejected(
        "word for word", draft("Most shops don't close because […].", "nobody buys their stuff", kind="claim")
    )
    rejected(
        "word for word",
        draft("一句话感受：[…]，行业确实变了。", "今年峰会上讲概念的人比去年少多了", kind="claim"),
    )
    # a term line names its term however many words, and a short blank is a term
    term_line = "[…] — what lands in your account after taxes and contributions."
    assert stem_problem(draft(term_line, "Take-home pay / net income", kind="claim")) is None
    assert (
        stem_problem(draft("Seasons come from the axial […], not from distance.", "tilt", kind="claim"))
        is None
    )


def test_a_figure_said_alone_as_a_first_clause_has_no_subject() -> None:
    rejected(
        "clause without its subject",
        draft("大概八十万，还不到原来改造费用的[…]。", "十分之一", kind="figure"),
    )
    assert (
        stem_problem(
            draft("这条沟的改动花了大概八十万，还不到原来改造费用的[…]。", "十分之一", kind="figure")
        )
        is None
    )


def test_a_long_quoted_remark_is_no_blank_and_a_quoted_term_is() -> None:
    remark = "以前门店每天都要打电话问仓库“[…]”，现在仓库直接把到货表发到群里。"
    rejected("quoted remark", draft(remark, "明天的菜什么时候能到"))
    term = "这种做法书里叫“[…]”，意思是把暗河重新打开。"
    assert stem_problem(draft(term, "河道复明")) is None


def test_an_editors_note_in_square_brackets_is_not_the_text() -> None:
    note = "[END — ~[…] of main interview; the rest was off the record.]"
    rejected("editor's note", draft(note, "31 min", kind="figure"))


def test_a_quoted_saying_of_parallel_halves_is_a_blank_to_learn() -> None:
    saying = "作者拿两类商人对照：「[…]」。"
    assert stem_problem(draft(saying, "善贾先算而后买，拙贾先买而后算")) is None


def test_a_reply_without_its_question_or_a_headers_fields_is_no_sentence() -> None:
    reply = "Yes - the team ran a citizen-science project in […] with about 4,300 volunteers."
    rejected("reply without its question", draft(reply, "2021", kind="figure"))
    header = "Date: Thursday, […], 7:00-8:40 pm Series: Public Skies"
    rejected("header's fields", draft(header, "14 September 2023", kind="figure"))
    weather = "Weather: sunny spells, […] at midday, light wind."
    rejected("header's fields", draft(weather, "11°C", kind="figure"))
    rejected("header's fields", draft("天气：多云，[…]，下午起风。", "18℃", kind="figure"))


def test_the_frame_of_a_change_a_distance_away_or_the_works_own_parts_are_no_figure_to_ask() -> None:
    rejected(
        "the period a change",
        draft("Spending rose by an average of 4% […].", "over five years", kind="figure"),
    )
    rejected("the period a change", draft("门店的客单价在[…]里从38元涨到了52元。", "两年", kind="figure"))
    rejected("how far away", draft("下午她还要赶去[…]外的另一个村子。", "二十公里", kind="figure"))
    rejected("how far away", draft("The nearest clinic was […] away by boat.", "40 miles", kind="figure"))
    rejected("table of contents", draft("全书分为[…]部分，从灯塔税讲起。", "四个", kind="figure"))
    rejected("table of contents", draft("The book is divided into […] parts.", "four", kind="figure"))
    # a span, a distance or a count that is the fact itself is still asked
    for kept in (
        draft("The new suspension bridge over the estuary took […] to build.", "six years", kind="figure"),
        draft("按照新规定，所有原料供应商都必须位于加工厂[…]以内。", "120公里", kind="figure"),
        draft("邮政局所从24处增至约6200处，[…]全国通邮的县已过半。", "1911年", kind="figure"),
        draft("高峰时段的平均等候时间从1790年的[…]增加到1810年的九天。", "两天", kind="figure"),
        draft("The average wait went from […] in 2018 to 39 months in 2023.", "14 months", kind="figure"),
        draft(
            "模型性能在[…]从“高中生水平”跃升至“博士水准”,并预测营收两年内可能突破千亿美元。",
            "18个月内",
            kind="figure",
        ),
        draft(
            "周老师一个班[…]学生，入学摸底考试满分一百分，全班平均分是四十一分。", "五十八个", kind="figure"
        ),
        draft(
            "The housing survey covered […] households across the whole coastal region.",
            "4,000",
            kind="figure",
        ),
    ):
        assert stem_problem(kept) is None, kept.question


def test_the_notes_exam_advice_is_not_the_subject() -> None:
    advice = draft(
        "In the three-hour paper, allow […] for each problem question.", "about 40 minutes", kind="figure"
    )
    rejected("exam advice", replace(advice, source=Source("notes", "Exam tips", 1)))
    rejected("exam advice", replace(advice, source=Source("notes", "考试技巧", 1)))
    # a figure of the subject under its own heading is asked
    fact = draft("The lorry reached the depot […] late and the stock perished.", "31 hours", kind="figure")
    assert stem_problem(replace(fact, source=Source("notes", "Negligence", 1))) is None


def test_a_worked_calculations_steps_and_an_objects_measurements_are_no_facts() -> None:
    rejected(
        "worked calculation",
        draft("九千二乘以百分之十五，等于[…]，发工资当天转走。", "一千三百八十元", kind="figure"),
    )
    rejected(
        "worked calculation", draft("一个月按[…]算，每周大约可以花九百六十五元。", "四周", kind="figure")
    )
    rejected(
        "measurements",
        draft("老师展示了一张旧地契，长约[…]、宽约十一厘米，盖着三枚朱印。", "二十三厘米", kind="figure"),
    )
    rejected(
        "measurements",
        draft(
            "The tablet shown on stage is […] long and 9 cm wide, cracked at one corner.",
            "14 cm",
            kind="figure",
        ),
    )
    for kept in (
        draft("长江全长约[…]，流经十一个省级行政区，是中国第一长河。", "6300公里", kind="figure"),
        draft("这家公司去年的营收等于成本的[…]，利润率在行业里数一数二。", "两倍", kind="figure"),
    ):
        assert stem_problem(kept) is None, kept.question


def test_a_formula_in_a_gloss_or_a_growth_beside_a_comparison_is_still_asked() -> None:
    gloss = draft(
        "储蓄率最好不低于[…]；流动性比率（流动资产 ÷ 月支出）在 3 到 6 之间比较健康。", "20%", kind="figure"
    )
    growth = draft(
        "全市地区生产总值完成2876亿元，同比增长[…]，高于全省平均0.4个百分点。", "6.1%", kind="figure"
    )
    assert stem_problem(gloss) is None
    assert stem_problem(growth) is None


def test_a_field_label_inside_the_blank_is_rejected() -> None:
    rejected("label", draft("[…] — an economist at the Calder Institute.", "Guest: Dr. Tomasz Hale"))


def test_an_exercise_a_headings_line_or_speech_trailing_off_is_no_stem() -> None:
    rejected(
        "exercise",
        draft("Calculate the osmotic potential of a 0.45 M solution at […].", "25 °C", kind="figure"),
    )
    rejected("heading", draft("【议题二】[…]“邻里文化节”活动安排及预算", "2025年", kind="figure"))
    rejected("trailing off", draft("种了……从二〇〇九年算起，到今年正好[…]。", "十六年", kind="figure"))
    rejected("thanks", draft("非常感谢[…]来做客，也谢谢那一箱橘子。", "远舟"))
    rejected("thanks", draft("Thanks to […] for joining us from Lisbon this week.", "Dr. Ana Reis"))
    kept = draft(
        "Calculated risks, the author argues, are what separate founders from gamblers in […].", "Chapter 3"
    )
    assert "exercise" not in (stem_problem(kept) or "")


def test_a_records_label_without_its_subject_is_no_stem() -> None:
    rejected(
        "record's label",
        draft(
            "Worst recorded error: […] per day during the wet autumn of 1797", "almost 3 hours", kind="figure"
        ),
    )
    kept = draft(
        "The clock's worst recorded error was […] a day, in the wet autumn of 1797.",
        "almost 3 hours",
        kind="figure",
    )
    assert "record's label" not in (stem_problem(kept) or "")


def test_a_blank_cut_off_at_its_comma_is_a_clause_but_a_term_before_its_definition_is_not() -> None:
    rejected(
        "a clause opening the sentence",
        draft("[…]，可是第二年就关了门。", "老陈在河边开了一家面馆", kind="claim"),
    )
    rejected("a clause opening the sentence", draft("[…]；其余的都交给了学徒。", "师傅只留下了刨子"))
    assert (
        stem_problem(draft("[…]，指的是你给别人讲一遍，自己反而记得最牢。", "讲授效应", kind="framework"))
        is None
    )
    assert (
        stem_problem(draft("[…]，是指把一项大任务切成能在一天内做完的小块。", "任务拆分", kind="framework"))
        is None
    )


def test_a_rooms_or_a_sites_floor_area_is_the_scene_an_average_or_a_citys_area_is_not() -> None:
    rejected(
        "floor area", draft("旧厂房改成了[…]的共享画室，白天租给附近的美术班。", "约350平方米", kind="figure")
    )
    rejected(
        "floor area",
        draft(
            "The old depot, […] of bare concrete, became the town's first makerspace.",
            "900 square metres",
            kind="figure",
        ),
    )
    for kept in (
        draft("十年间这座城市的人均居住面积从[…]增加到三十五平方米。", "二十八平方米", kind="figure"),
        draft("新区规划总面积约[…]，其中一半留作湿地和农田。", "120万平方米", kind="figure"),
        draft("合作社的茶园已经扩大到[…]，比三年前多了一倍。", "约2,400亩", kind="figure"),
    ):
        assert stem_problem(kept) is None, kept.question


def test_one_end_of_a_range_is_no_figure_to_blank() -> None:
    rejected(
        "one end of a range",
        draft("The consultants' rough estimate: […]–61M over twelve years.", "$44", kind="figure"),
    )
    rejected(
        "one end of a range", draft("改造一个街区大概要[…]到四个月，雨季还要再往后推。", "三", kind="figure")
    )
    rejected(
        "one end of a range",
        draft(
            "Of what a charity shop takes in, maybe thirty, […] of it sells on the rail.",
            "thirty-five percent",
            kind="figure",
        ),
    )
    rejected("one end of a range", draft("他估计常来的老人占了[…]、四成的样子。", "三成", kind="figure"))
    rejected(
        "some members of a list",
        draft("小说的回忆一再跳回[…]、1999年、2008年。", "1971年、1983年", kind="figure"),
    )
    rejected("one end of a range", draft("生意最冷清的是二零一一、[…]那两年。", "一二年", kind="figure"))
    kept = draft(
        "The consultants' estimate is […] over twelve years, about a third of the city's reserve.",
        "$44M",
        kind="figure",
    )
    assert stem_problem(kept) is None


def test_how_much_of_the_source_the_note_taker_heard_is_no_fact() -> None:
    rejected(
        "heard or read", draft("周五晚上记的，通勤路上听了[…]，回家又补完了后半段。", "一半", kind="figure")
    )
    rejected(
        "heard or read",
        draft(
            "On the train I listened to […] of the episode, then finished it at home.",
            "two thirds",
            kind="figure",
        ),
    )


def test_a_reading_set_for_a_day_a_thought_experiment_and_an_aside_are_no_facts() -> None:
    rejected(
        "arrangements",
        draft(
            "For Friday, read the [...] diaries excerpt and chapter four.".replace("[...]", "[…]"), "Hollin"
        ),
    )
    rejected(
        "hypothetical", draft("Think about a bakery where the oven fails […] a week.", "twice", kind="figure")
    )
    rejected("aside", draft("By noon — here's […] again — the harbour office had closed.", "Ostrander"))
    kept = draft(
        "The cold chain — the unbroken run of refrigeration from farm to shop — made […] possible.",
        "year-round fruit",
    )
    assert stem_problem(kept) is None


def test_a_figure_opening_a_comment_on_it_and_a_thought_experiment_in_chinese_are_no_facts() -> None:
    rejected(
        "comment on it", draft("[…]看着不多，放到一笔上千万的订单里就不是小数了。", "3.2%", kind="figure")
    )
    rejected(
        "comment on it",
        draft("[…] may sound small, but on a ten-year loan it adds up.", "0.8%", kind="figure"),
    )
    rejected(
        "hypothetical", draft("你想，一套工具[…]，对刚入行的学徒来说不是小数目。", "七八百块", kind="figure")
    )
    rejected(
        "spoken filler",
        draft("By 1950 about, what, […] of farms had a tractor.", "sixty percent", kind="figure"),
    )
    kept = draft(
        "The margin shrank to […] last year, which looks small but wiped out the profit.",
        "0.8%",
        kind="figure",
    )
    assert stem_problem(kept) is None


def test_a_count_in_someones_introduction_is_their_credentials_not_a_fact() -> None:
    rejected(
        "credentials",
        draft(
            "主讲人韩子墨是一家照明设计工作室的创始人，十年来主持或参与了[…]博物馆照明项目。",
            "四十多个",
            kind="figure",
        ),
    )
    rejected(
        "credentials",
        draft(
            "Tamsin Ode, a landscape architect, has led […] schoolyard redesigns since 2012.",
            "more than 30",
            kind="figure",
        ),
    )
    kept = draft("这支志愿队去年一共完成了[…]次夜间巡查，小区的投诉量下降了一半。", "两百多", kind="figure")
    assert stem_problem(kept) is None


def test_a_figure_after_a_dash_that_sets_off_a_clause_is_no_range() -> None:
    kept = draft(
        "Final bill: £48,000 — […] over the first quote, mostly from the roof.", "about 40%", kind="figure"
    )
    assert stem_problem(kept) is None


def test_a_condition_in_a_later_clause_leaves_the_blank_a_fact() -> None:
    kept = draft("现在的午餐是每份[…]，如果涨到二十元以上，家长的意见会很大。", "十六元", kind="figure")
    assert stem_problem(kept) is None
    kept = draft(
        "Only […] had tried the scheme, although half said they would if it ran on Sundays.",
        "9%",
        kind="figure",
    )
    assert stem_problem(kept) is None
    rejected(
        "hypothetical", draft("一个上班族如果每天少喝一杯奶茶，一年能省下[…]。", "七千多元", kind="figure")
    )
    rejected(
        "hypothetical", draft("The fund would reach […] by 2030 if the levy doubled.", "$9M", kind="figure")
    )


def test_a_learning_objective_homework_and_a_bare_figure_before_its_sentence_are_no_facts() -> None:
    objective = replace(
        draft("Read a climate graph and say which […] zone a city is in.", "Köppen"),
        source=Source("notes", "What you should be able to do by the end of this unit", 9),
    )
    rejected("learning objective", objective)
    rejected("arrangements", draft("作业：读《[…]》第一章，写 500 字读后感。", "物种起源"))
    rejected(
        "says not what it measures", draft("[…]，平均每个新用户的获客成本是7.5元。", "31万", kind="figure")
    )
    rejected(
        "says not what it measures",
        draft("[…], which is cheap for a full lunch these days.", "Eight dollars", kind="figure"),
    )
    for kept in (
        draft("[…]，这家公司在杭州开出了第一家门店。", "2016年", kind="figure"),
        draft("[…], the council voted to close the old bridge to lorries.", "In March 2019", kind="figure"),
    ):
        assert stem_problem(kept) is None, kept.question


def test_a_blank_holding_someones_own_words_is_a_remark_not_a_term() -> None:
    rejected("someone's words", draft("很多顾客的第一反应都是“[…]”。", "你们这样能赚钱吗"))
    rejected("someone's words", draft("Her first thought was: “[…]”.", "we'll never sell these"))
    assert stem_problem(draft("作者认为，“[…]”是现代人最容易忽视的一种能力。", "自我觉察")) is None


def test_a_count_opening_the_sentence_with_its_noun_says_what_it_counts() -> None:
    kept = draft(
        "[…], nine of them part-time, work out of the Harbour Road depot.", "Thirty staff", kind="figure"
    )
    assert stem_problem(kept) is None


def test_a_graduating_class_an_editors_source_note_and_a_bare_share_are_no_facts() -> None:
    rejected("graduating class", draft("他1985年生于湖州，师范学院美术系[…]毕业。", "2007届", kind="figure"))
    rejected(
        "arrangements",
        draft("本文根据[…]“城市更新论坛”的现场录音整理，未经演讲者审阅。", "2022年9月", kind="figure"),
    )
    rejected("says not what it measures", draft("[…]，说明漏报才是常态。", "三分之一左右", kind="figure"))


def test_a_scenes_span_a_look_up_note_and_a_counted_model_are_no_facts() -> None:
    rejected("scene", draft("在等渡船的[…]里，她把整套流程又给学员讲了一遍。", "两个多小时", kind="figure"))
    rejected(
        "scene",
        draft("During the […] they waited, the crew rebuilt the pump twice.", "six hours", kind="figure"),
    )
    rejected("arrangements", draft("Look up whether […] has the port tables in an appendix.", "Salt Roads"))
    rejected("counts the parts", draft("The heart of the book is a […].", "four-part model"))
    kept = draft("在试运行的[…]里，新流程没有出过一次差错。", "三个月", kind="figure")
    assert stem_problem(kept) is None


def test_a_transcribers_line_and_a_cancelled_class_are_arrangements() -> None:
    rejected(
        "arrangements",
        draft(
            "Tuesday, […], 7 p.m., church hall. Transcribed from audio by the secretary.",
            "May 6, 2025",
            kind="figure",
        ),
    )
    rejected("arrangements", draft("下周停课一次（[…]放假），第4课顺延到下下周。", "5月1日", kind="figure"))


def test_a_line_the_note_taker_marks_as_unsure_or_to_check_is_no_fact() -> None:
    rejected("arrangements", draft("公会成立于[…]，书里另一处写1885，待查。", "1879年", kind="figure"))
    rejected("arrangements", draft("嘉宾有林川书院的[…]，还有两位没记住名字。", "周砚", kind="person"))
    rejected("arrangements", draft("【待核：是涨了一倍还是涨了[…]，这段没听清】", "一半", kind="figure"))
    rejected("arrangements", draft("【4】边际成本：这一节没听完，下次补", "边际成本", kind="framework"))
    rejected(
        "arrangements",
        draft("The survey covered […] — need to double-check this.", "41 countries", kind="figure"),
    )
    assert stem_problem(draft("公会成立于[…]，比县商会早两年。", "1879年", kind="figure")) is None


def test_a_viewers_comment_or_a_laugh_the_notes_copy_is_no_content() -> None:
    rejected("viewer", draft("主持人在冷库里摔了一跤，弹幕全体“[…]”。", "哈哈哈哈"))
    rejected("viewer", draft("弹幕刷屏：“[…]”，UP主自己也笑了。", "实验翻车现场"))
    assert stem_problem(draft("视频里说冰面的液态层要在“[…]”温度以上才明显。", "零下十度")) is None


def test_a_row_a_fragment_a_question_or_a_mistake_is_no_statement_to_learn() -> None:
    rejected("dot leaders", draft("Depends who is on shift ..... […]", "19%", kind="figure"))
    rejected("fragment", draft("4–12%. i.e. an order sits waiting […] of its life.", "88-96%", kind="figure"))
    rejected("question", draft("“[…]”能量化吗，还是只是个比喻", "信任折旧率"))
    rejected("mistake", draft("别把 BCWS 当成“[…]”，它是预算。", "已经做完的工作"))
    rejected("mistake", draft("Don't confuse latency with […].", "throughput"))
    rejected("arrangements", draft("记得交第三次作业，[…]，周五晚12点前。", "1000字", kind="figure"))
    assert stem_problem(draft("BCWS 是计划工作的[…]，不是已完成的工作量。", "预算费用")) is None


def test_a_name_built_on_the_answers_number_gives_it_away() -> None:
    rejected(
        "holds the answer's number",
        draft('"Three-touch rule": reply to a lead […] before you drop it.', "three times", kind="figure"),
    )
    rejected(
        "holds the answer's number",
        draft("The 10-minute reset: tidy the desk for […] before leaving.", "10 minutes", kind="figure"),
    )
    rejected(
        "holds the answer's number",
        draft("Rule of 40: growth plus margin should reach […] or more.", "40%", kind="figure"),
    )
    kept = "The Two-pizza team rule keeps groups small: about […] people at most."
    assert stem_problem(draft(kept, "eight", kind="figure")) is None


def test_a_blank_cut_from_the_words_its_figure_is_read_with_is_malformed() -> None:
    rejected(
        "cuts a figure", draft("老板说，经销商肯先付几[…]的定金，靠的是多年的信用。", "百万", kind="figure")
    )
    rejected(
        "cuts a figure",
        draft("冷库断电导致公司一共赔了[…]多万，把全年的利润吃掉一半。", "五十", kind="figure"),
    )
    whole = "冷库断电导致公司一共赔了[…]，把全年的利润吃掉一半。"
    assert stem_problem(draft(whole, "五十多万", kind="figure")) is None
    assert (
        stem_problem(draft("今年读书会的参会人数达到[…]，比去年多了一倍。", "120人", kind="figure")) is None
    )


def test_a_task_the_notes_set_the_learner_is_no_fact() -> None:
    task = draft(
        "Quote the 62% and […] results and explain what the control group ruled out.", "18%", kind="figure"
    )
    rejected("exam advice", task)
    found = "The treated plots kept 62% of their yield, against […] in the control group."
    assert stem_problem(draft(found, "18%", kind="figure")) is None


def test_homework_a_class_time_and_room_or_the_next_session_are_arrangements() -> None:
    rejected(
        "arrangements",
        draft("第 2 课作业：同一盆花用三种光线各拍一张，写 […] 说明。", "150 字", kind="figure"),
    )
    rejected(
        "arrangements",
        draft("Assignment 3: interview two shop owners and write […].", "800 words", kind="figure"),
    )
    rejected("arrangements", draft("[…] 周二 1-2节 @理科楼C301 主讲：某老师", "2024.11.05", kind="figure"))
    rejected("arrangements", draft("下次第12期读第三章，[…]同一时间，由林舟导读。", "6月8日", kind="figure"))
    rejected("fragment", draft("（林舟）这一章的样本有[…]家商铺，全在城西。", "四十", kind="figure"))


def test_a_notes_label_is_no_blank() -> None:
    rejected("note's label", draft("⚠️ […]：秋天落叶主要看日照长短，和气温关系不大！", "易错点"))
    rejected("note's label", draft("**[…]**: rinse the starter before you feed it.", "Tip"))
    # the same word naming what the sentence says, not labelling it, is the sentence's point
    assert stem_problem(draft("老师说期末复习最该花时间的是每一章的[…]，而不是例题。", "难点")) is None


def test_a_line_of_the_courses_or_meetings_own_business_is_no_content() -> None:
    def under(section: str, stem: str, answer: str) -> Draft:
        return replace(draft(stem, answer, kind="figure"), source=Source("notes", section, 4))

    rejected("own business", under("AOB", "Reminder: demo day slots are […] each.", "10 min"))
    rejected("own business", under("5. 其他事项（临时通报）", "年会人均预算 […]。", "300元"))
    rejected("own business", under("Admin (week 3)", "Problem set 2 is worth […].", "8%"))
    rejected(
        "exam advice",
        under("6. Revision tips ✏️ (tutor's list)", "Essays: write […] before the conclusion.", "two chains"),
    )
    control = "Reminder texts sent the day before the appointment cut no-shows at the clinic by […]."
    assert stem_problem(under("Results", control, "21%")) is None


def test_a_numbered_list_run_into_one_line_is_no_sentence() -> None:
    rejected("run into one line", draft("Two rules: (1) no phones at dinner (2) lights out by […]", "10 pm"))
    rejected("run into one line", draft("两条规矩：①晚饭不看手机 ②[…]前关灯", "十点"))
    assert stem_problem(draft("The rule (set in 2019) is lights out by […].", "10 pm")) is None
    decided = "会议决定：（1）暂缓涨价；（2）请物业在月底前公示[…]的收支明细。"
    assert stem_problem(draft(decided, "全年")) is None  # each member ends on its own stop


def test_a_writers_shorthand_is_no_term() -> None:
    rejected("shorthand", draft("Her second essay reads better than the first […].", "IMO"))
    rejected("shorthand", draft("We need the signed forms back […].", "ASAP"))
    assert stem_problem(draft("The review board uses […] scores to rank the bids.", "NPV")) is None


def test_a_blank_listing_examples_is_open_to_others() -> None:
    rejected("examples", draft("碰到钱的操作多确认一次：[…]。", "比如退款、改绑银行卡、删除账户"))
    assert stem_problem(draft("碰到钱的操作多确认一次：[…]。", "退款、改绑银行卡、删除账户")) is None


def test_a_rates_base_or_when_the_note_taker_listened_is_no_figure_to_ask() -> None:
    rejected(
        "denominator",
        draft("6 in […] managers said they had skipped a review.", "10 managers", kind="figure"),
    )
    rejected(
        "denominator", draft("Site B: 38 of […] (≈ 50%, the same as site A)", "76 households", kind="figure")
    )
    rejected("denominator", draft("老师说转行失败的人，[…]里头有三个是没算清现金流。", "十个", kind="figure"))
    rejected("denominator", draft("每[…]中就有 3 家没有备份。", "100家", kind="figure"))
    assert (
        stem_problem(draft("老师说转行失败的人，二十个里头有[…]是没算清现金流。", "三个", kind="figure"))
        is None
    )
    whole = "In the 2023 staff survey, […] managers said they had skipped at least one quarterly review."
    assert stem_problem(draft(whole, "6 in 10", kind="figure")) is None
    rejected("arrangements", draft("[…]晚上通勤时听的，后半段回家补听了。", "4月2号", kind="figure"))


def test_an_adverb_before_a_preposition_opens_a_clause_whose_subject_was_cut() -> None:
    rejected(
        "without its subject",
        draft("曾在南方一家面包房做了五年学徒，[…]加入，负责研发新品。", "2019年", kind="figure"),
    )
    rejected("without its subject", draft("一直在河边护林，前后种了[…]树。", "三千棵", kind="figure"))
    assert stem_problem(draft("在县里的山区小学，周老师前后一共种了[…]树。", "三千棵", kind="figure")) is None


def test_a_sentence_wholly_in_brackets_is_an_aside_not_the_text() -> None:
    rejected("aside", draft("（主持人：[…]有限，提问环节先到这儿。）", "时间", kind="claim"))
    rejected(
        "aside", draft("(Moderator: we have […] left for two more questions.)", "five minutes", kind="figure")
    )
    assert stem_problem(draft("县图书馆（含三个分馆）去年一共有藏书[…]。", "八十万册", kind="figure")) is None


def test_the_note_takers_wondering_is_no_fact() -> None:
    rejected("wondering", draft("[…]这段书中一笔带过，不知道是不是史料太少。", "2011–2014", kind="figure"))
    rejected(
        "wondering",
        draft("The book skips […] entirely; I wonder whether the author lost the letters.", "1990s"),
    )
    rejected(
        "wondering",
        draft("Bet the nightly backup eats […] of the disk every week.", "40%", kind="figure"),
    )
    rejected("wondering", draft("My guess is the ferry stopped because of […].", "flooding", kind="claim"))
    rejected("wondering", draft("我猜镇上那家面馆一天能卖[…]碗。", "三百", kind="figure"))
    assert stem_problem(draft("The bet paid off: sales rose […] in a year.", "30%", kind="figure")) is None
    assert stem_problem(draft("估计值比水文站去年的实测流量高了[…]。", "12%", kind="figure")) is None


def test_a_term_blanked_before_its_figure_asks_the_wrong_half() -> None:
    rejected(
        "figure measures",
        draft("[…] are $90 a seat, the same since 2015.", "Yearly fees", kind="framework"),
    )
    rejected("figure measures", draft("[…]为每人每年 120 元，十年没涨过。", "会费", kind="framework"))
    rejected(
        "figure measures",
        draft("The […] are perhaps 30 percent of a pump's price.", "seals", kind="framework"),
    )
    rejected("figure measures", draft("The […] are rated for ten years.", "valves", kind="framework"))
    rejected("figure measures", draft("The […] last about six months outdoors.", "gaskets", kind="framework"))
    assert stem_problem(draft("[…] are the fees a member pays each year.", "Dues", kind="framework")) is None
    assert stem_problem(draft("A […] is rated by the hour.", "valve", kind="framework")) is None
    assert (
        stem_problem(draft("[…] is one route to steadier sleep.", "Screen curfew", kind="framework")) is None
    )


def test_the_year_someone_showed_something_is_not_what_they_showed() -> None:
    rejected(
        "year someone",
        draft("研究者玛丽亚·伦德在[…]证明，这种海藻只在涨潮时开花。", "2011 年", kind="figure"),
    )
    rejected(
        "year someone",
        draft("作者引用学者周衡[…]的说法：这片湿地是候鸟的“加油站”。", "1996 年", kind="figure"),
    )
    rejected(
        "year someone",
        draft("Dr. Hanne Rask showed in […] that the algae bloom only at high tide.", "2011", kind="figure"),
    )
    assert stem_problem(draft("这座水库在[…]建成，是全省最早的一座。", "1958 年", kind="figure")) is None


def test_a_line_of_lower_case_notes_with_its_subject_is_a_sentence() -> None:
    for stem in (
        "bakery opened […] in an old bank branch, two ovens, one counter",
        "a loaf takes […] to prove, and sells for about $4",
        "median baker take-home: ~[…], less than most made in their old jobs",
    ):
        assert stem_problem(draft(stem, "2017", kind="figure")) is None, stem


def test_a_line_of_lower_case_notes_without_its_subject_is_not() -> None:
    for stem in (
        "surveyed 40 bakeries across […] towns",
        "tried a $3 tasting fee in […], dropped it after two months",
        "drawback: needs […] of bench space for each new kiln",
        "would have signed a lease in […] instead of a handshake deal",
    ):
        rejected("without its subject", draft(stem, "9", kind="figure"))


def test_an_adverb_then_a_past_verb_opens_a_line_without_its_subject() -> None:
    rejected(
        "without its subject", draft("Just missed the last […] — a call came in from the office.", "10 min")
    )
    rejected("without its subject", draft("Finally visited the plant in […], two years late.", "2019"))
    assert (
        stem_problem(draft("Only […] of the seeds sprouted after the frost.", "40%", kind="figure")) is None
    )


def test_a_figure_then_an_adverb_opens_a_clause_without_its_subject() -> None:
    rejected("without its subject", draft("[…]仍每天下地，帮邻村修水渠。", "七十岁", kind="figure"))
    rejected("without its subject", draft("[…]就做完了全部样品，比计划早一周。", "三天", kind="figure"))
    assert stem_problem(draft("[…]的样品都送去了省里的实验室复检。", "八成", kind="figure")) is None


def test_a_small_price_of_the_day_is_the_note_takers_admin() -> None:
    for stem, answer in (
        ("Tickets […] adult / £7 concession, audio guide extra.", "£11"),
        ("Club subscription: […] a year, paid at the AGM.", "£8"),
        ("Cost […] for the two evenings, the club pays for members.", "$40"),
        ("寺里的门票[…]，六十岁以上免票。", "40元"),
    ):
        rejected("price of the day", draft(stem, answer, kind="figure"))
    for stem, answer in (
        ("The restoration cost […], most of it from the county.", "$2.4M"),  # a budget, not a price
        ("Bakers paid […] a sack for flour by the end of the war.", "$9"),  # no ticket or fee: a fact
        ("The new wing of the county hospital cost […] to build in brick.", "£6,500"),  # no small sum
    ):
        assert stem_problem(draft(stem, answer, kind="figure")) is None, stem
    # a day out's fare, ticket and room, as a travel diary notes them
    for stem, answer in (
        ("古城边上的客栈一晚[…]，周末贵一点，早饭另算。", "260元"),
        ("从车站坐大巴去古城，车费[…]，路上一个多小时，还算顺。", "30元"),
        ("渡口的船票是[…]，浪有点大，四十分钟才到岛上。", "45元"),
        ("The night bus fare into town was […], cash only, and the driver waited for us.", "£4"),
        (
            "从车站打车到景区北门要[…]，一刻钟不到。",
            "15—20 元",
        ),  # a range of sums is one price all the same
        ("馆里的小卖部卖书签，我也买了一套 […]。", "¥28"),
        ("从省城坐动车过去，二等座[…]，一个钟头不到。", "36元"),  # a seat's fare, a pass's price
        ("古镇的联票[…]，两天内有效，能进十几个院子。", "90元"),
        ("价格：租一套汉服加发型 […]不等，周末要排队。", "80–120元"),  # a price as the note's label
        ("Price: […] for the boat and a guide, cash only.", "$35"),
    ):
        rejected("price of the day", draft(stem, answer, kind="figure"))
    assert stem_problem(draft("那只股票在年底跌到了每股[…]，市值少了一半。", "12元", kind="figure")) is None
    # a sum in words (六七千块钱) has no value read: no price of the day, and no error either
    assert "price" not in (
        stem_problem(draft("那台机器的押金要[…]，后来退了。", "六七千块钱", kind="figure")) or ""
    )


def test_how_often_how_long_a_book_is_and_a_figure_in_quoted_speech_are_no_facts_to_ask() -> None:
    rejected(
        "how often",
        draft("The ferry broke down […] that winter, both times near the pier.", "twice", kind="figure"),
    )
    rejected(
        "how often",
        draft("She rewrote the opening […] before the editor saw it.", "four times", kind="figure"),
    )
    rejected(
        "pages or chapters",
        draft("The chapter on tides runs to […], with maps.", "sixty pages", kind="figure"),
    )
    rejected("pages or chapters", draft("全书分四部，共[…]，后两部略显拖沓。", "42章", kind="figure"))
    rejected(
        "quoted words",
        draft(
            'The coach laughed: "rowers think they need […] a day, they need sleep."',
            "6,000 metres",
            kind="figure",
        ),
    )
    for stem, answer in (
        ("Output rose […] after the new kiln was fired.", "threefold"),  # a multiple, not occasions
        ("The hives are opened […] a month in summer.", "twice"),  # a rate
        ("The plant was named after the “[…] rule” of its founder.", "80/20"),  # a name in quotes
        ("老纪说：“这种木头要阴干[…]才能用。”", "三年"),  # a Chinese rule of thumb, quoted
    ):
        assert stem_problem(draft(stem, answer, kind="figure")) is None, stem


def test_a_figure_then_a_passive_opens_a_clause_without_its_subject() -> None:
    rejected("without its subject", draft("[…]被贬到岭南，三年后才召回京城。", "1890年", kind="figure"))
    rejected("without its subject", draft("[…]又被列入省级保护名录。", "2011年", kind="figure"))
    assert stem_problem(draft("[…]，这座桥被列入省级保护名录。", "2011年", kind="figure")) is None


def test_a_year_then_an_adverb_is_when_in_notes_on_one_subject() -> None:
    assert stem_problem(draft("[…]才正式出了第一批成品，型号叫“青禾一号”。", "1965年", kind="figure")) is None


def test_a_one_word_sentence_before_the_line_is_a_fragment_of_notes() -> None:
    rejected(
        "fragment",
        draft("Stubborn. […], and never once late with the figures.", "38 years", kind="figure"),
    )
    assert (
        stem_problem(draft("Dr. Hale kept the gauge for […] without a break.", "38 years", kind="figure"))
        is None
    )


def test_how_long_someone_has_done_their_job_is_a_profiles_detail() -> None:
    rejected("profile", draft("何秋芳：48岁，面点师傅，从业[…]，如今收了两个徒弟。", "12年", kind="figure"))
    rejected(
        "profile",
        draft(
            "[…] at a regional bus operator, started as a driver, ended as depot head.",
            "9 yrs",
            kind="figure",
        ),
    )
    rejected(
        "profile", draft("[…] sommelier, mostly at a hotel bar that closed in 2019.", "12 yrs", kind="figure")
    )
    assert (
        stem_problem(
            draft(
                "The school ran the reading scheme for […] before the grant ended.",
                "nine years",
                kind="figure",
            )
        )
        is None
    )


def test_a_rough_age_is_a_storys_detail() -> None:
    rejected("age", draft("店里常有好些[…]的老人来坐，一坐就是一下午。", "七十多岁", kind="figure"))
    assert stem_problem(draft("该市[…]的居民里，独居的比例升到了三成。", "65岁以上", kind="figure")) is None


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


def test_an_aside_or_an_added_word_before_the_sentence_leaves_it_whole() -> None:
    # 对比一下，…: the speaker's aside before the sentence, whose own subject follows
    compared = draft("对比一下，2018年这家面馆的首轮融资只拿了[…]。", "600万元", kind="figure")
    assert stem_problem(compared) is None
    rejected("without its subject", draft("补充一下，只拿了[…]。", "600万元", kind="figure"))
    # 另外，…: the word adding it to the sentence before was dropped from the stem
    added = draft(
        "面馆跟三家菜农签了长约，青菜进价[…]没变过。",
        "两年",
        kind="figure",
        sentence="另外，面馆跟三家菜农签了长约，青菜进价两年没变过。",
    )
    assert stem_problem(added) is None
    supposed = replace(added, explanation="如果面馆跟三家菜农签了长约，青菜进价两年没变过。")
    rejected("connective or a subordinate clause", supposed)


def test_the_year_a_cited_work_came_out_is_a_reference_not_a_fact() -> None:
    for stem in (
        "[…] paper w/ Ruiz in the Journal of Applied Soil Science.",
        "Tom Hale, The Quarterly Hand, Autumn […] issue, pp. 12–30.",
        "老师提到《河口志》，[…]年那本，讲得最细。",
    ):
        assert stem_problem(draft(stem, "2019", kind="figure")) is not None, stem
    # which copy of a document a case shows, by its date (a reign year is a year too)
    shown = draft("馆里陈列着道光[…]的账本，记着盐价和船期。", "二十三年", kind="figure")
    assert stem_problem(shown) is not None
    assert stem_problem(draft("展柜里那张[…]的老照片，照的是码头。", "1958年", kind="figure")) is not None
    kept = draft("这家店的账本保存了[…]，一页没丢。", "四十多年", kind="figure")
    assert stem_problem(kept) is None
    # the year of an event stays a fact, and a count of papers stays a count
    assert stem_problem(draft("The mill closed in […], after a long strike.", "1931", kind="figure")) is None
    assert (
        stem_problem(draft("Ruiz has written […] papers on soil salinity since then.", "40", kind="figure"))
        is None
    )


def test_a_thing_pointed_back_at_with_the_is_no_term() -> None:
    pointed = draft("The […] is missing two months in 1911.", "logbook", kind="framework")
    assert stem_problem(pointed) is not None
    for question, answer in (
        ("The […] is a weekly list of every habit you keep.", "habit tracker"),  # a definition
        ("A […] is a loan repaid in one payment at the end.", "balloon loan"),
        ("The […] describes how the parts fit.", "Assembly Map"),  # a named term
    ):
        assert stem_problem(draft(question, answer, kind="framework")) is None, question


def test_a_who_question_made_of_shorthand_is_rejected() -> None:
    shorthand = draft(
        "Who objected - said the plan has no owner?", "Lena Brandt", item_type="basic", kind="person"
    )
    assert stem_problem(shorthand) is not None
    assert stem_problem(replace(shorthand, type="choice", choices=("Lena Brandt", "Omar Fitz"))) is not None
    plain = draft("Who objected that the plan has no owner?", "Lena Brandt", item_type="basic", kind="person")
    assert stem_problem(plain) is None


def test_a_lists_enumerator_and_the_notes_rating_are_no_blanks() -> None:
    enumerator = draft("[…]出杯时间，超过 3 分钟的列入观察。", "三看", kind="claim")
    assert stem_problem(enumerator) is not None
    rating = draft('To me the "shade first" rule was the […].', "key point", kind="claim")
    assert stem_problem(rating) is not None
    assert (
        stem_problem(draft("Shade first is the rule the co-op plants by: […] before hives.", "trees")) is None
    )


def test_the_note_takers_reminder_to_check_is_no_fact() -> None:
    for stem, answer in (
        ("Should look up whether these tide figures are […].", "peer reviewed"),
        ("合作社成立年份书中记载为[…]年，另一处作1931，需要再查。", "1929"),
    ):
        reason = stem_problem(draft(stem, answer, kind="figure" if answer.isdigit() else "claim"))
        assert reason is not None and "check" in reason, reason


def test_a_blank_of_the_new_ones_points_back() -> None:
    assert (
        stem_problem(draft("[…] stay in the binder and carry no weight.", "retired ones", kind="framework"))
        is not None
    )
    assert (
        stem_problem(draft("[…] stay in the binder and carry no weight.", "Retired rules", kind="framework"))
        is None
    )


def test_what_the_next_episode_will_cover_is_the_shows_trailer() -> None:
    assert stem_problem(draft("主持人最后说了下期预告：聊“[…]”，嘉宾待定。", "返乡开店")) is not None
    # the issue's number in brackets between 下期 and 预告
    assert (
        stem_problem(
            draft(
                "附言：下期（第 9 期）预告：[…]开讲，请园艺师来谈冬季修枝。",
                "12 月 3 日",
                kind="figure",
            )
        )
        is not None
    )
    assert (
        stem_problem(draft("In the next episode they will talk about […] with a new guest.", "seed banks"))
        is not None
    )


def test_a_line_opening_on_its_verb_in_the_present_has_no_subject() -> None:
    stem = "Takes up ~[…] of the working day for most night-shift nurses."
    assert stem_problem(draft(stem, "40%", kind="figure")) == "clause without its subject"
    named = "Charting takes up ~[…] of the working day for most night-shift nurses."
    assert stem_problem(draft(named, "40%", kind="figure")) is None
    # the author's saying with the author unnamed, and a stage's traits with the stage unnamed
    said = "Mentions that after the rota change, one ward cut average waiting time from […] to 20 minutes."
    assert stem_problem(draft(said, "45 minutes", kind="figure")) == "clause without its subject"
    marked = "Marked by […] and a slower pulse in the cold months."
    assert stem_problem(draft(marked, "torpor", kind="claim")) == "clause without its subject"
    record = "Second person to hold the chair of botany at […]."
    assert stem_problem(draft(record, "Uppsala", kind="claim")) == "clause without its subject"
    whose = "The first person to hold the chair of botany at Uppsala was […]."
    assert stem_problem(draft(whose, "Anna Berg", kind="claim")) is None
    judged = "Accuses the mill owners of paying in […] rather than coin."
    assert stem_problem(draft(judged, "tokens", kind="claim")) == "clause without its subject"
    story = "Opens with a […] — a brass scale from a village market, still in working order."
    assert stem_problem(draft(story, "grain balance", kind="claim")) is None  # a film's notes tell its story


def test_a_channels_credits_line_is_no_source_of_figures() -> None:
    line = "UP主：@阿禾做饭（粉丝[…]，主做家常面食）"
    assert stem_problem(draft(line, "大约 40 万", kind="figure")) is not None


def test_the_year_of_a_careers_step_is_a_profiles_line() -> None:
    for stem, answer in (
        ("Trained as an economist, switched to soil science ~[…].", "2013"),
        ("[…]进远航物流，第一份工作是调度员，月薪5200", "2016年"),
    ):
        reason = stem_problem(draft(stem, answer, kind="figure"))
        assert reason is not None and "career" in reason, stem
    assert (
        stem_problem(
            draft("In […] the two founders opened the first depot in Brisford.", "2016", kind="figure")
        )
        is None
    )


def test_a_stem_holding_a_lists_later_members_but_not_its_first_was_cut_from_the_list() -> None:
    cut = "备用金先存够 […] 的开支；第二，跟房东谈续租；第三，就是开源。"
    rejected("later members", draft(cut, "6个月", kind="figure"))
    whole = "第一，备用金先存够 […] 的开支；第二，跟房东谈续租；第三，就是开源。"
    assert stem_problem(draft(whole, "6个月", kind="figure")) is None
    en = "Top up the buffer to cover […] of costs; second, renegotiate the lease; third, earn more."
    rejected("later members", draft(en, "six months", kind="figure"))
    assert (
        stem_problem(draft("Top up the buffer to cover […] of costs, says the planner.", "six months"))
        is None
    )


def test_a_blank_in_a_timestamp_or_on_a_unit_alone_is_no_term() -> None:
    rejected("timestamp", draft("音频 00:[…]:15 那段杂音太大，没记下来。", "41"))
    rejected("unit of measure", draft("头部企业只接几个[…]起步的大单。", "MWh"))
    assert stem_problem(draft("头部企业只接[…]大单，几个兆瓦时起步。", "储能")) is None


def test_a_tenure_behind_a_hedge_or_a_profiles_label_is_still_a_profiles_detail() -> None:
    rejected("profile", draft("老周在保险公司干了将近[…]理赔，后来转去做培训。", "七年", kind="figure"))
    tenure = "Before Harbourline: […] at a regional rail operator, ran the timetable rewrite."
    rejected("profile", draft(tenure, "9 yrs", kind="figure"))


def test_the_date_of_a_source_cited_for_its_finding_is_no_fact() -> None:
    memo = "Draws on a […] staff survey by the ferry company."
    assert stem_problem(draft(memo, "2018", kind="figure")) is not None
    data = "书里用了某外卖平台[…]的数据，近四成订单在晚上九点后。"
    assert stem_problem(draft(data, "2021年", kind="figure")) is not None
    plan = "The ferry company first published its winter timetable in […]."
    assert stem_problem(draft(plan, "2018", kind="figure")) is None


def test_a_blank_saying_where_it_was_said_asks_nothing() -> None:
    rejected("where it was said", draft("[…]称为“季节性情绪失调”。", "书里"))
    ok = "冬季日照变短引起的情绪低落，在书里被称为“[…]”。"
    assert stem_problem(draft(ok, "季节性情绪失调")) is None


def test_a_meeting_records_label_is_no_term() -> None:
    rejected(
        "meeting record",
        draft("[…] is the security review — assessor booked for Sep 9–11.", "Blocker", kind="framework"),
    )
    from quizgen.generate.definitions import definition_problem

    decision = draft(
        "Which term means: comments by Tue, Ana to circulate v2 Thu?", "No decision", kind="framework"
    )
    assert definition_problem(replace(decision, type="reversed")) is not None


def test_a_stem_pointing_at_the_lines_below_it_is_not_whole() -> None:
    rejected("below", draft("The […] (see below) was the project that made her name.", "Harlow Weir"))
    rejected("below", draft("她主持修建的[…]（见下）让她一举成名。", "青石堰"))


def test_a_note_takers_self_correction_and_a_verb_without_its_subject_are_no_statements() -> None:
    rejected("corrects themself", draft("每组五人各拿 […]……不对，其实只有一个真被试。", "20%", kind="figure"))
    rejected(
        "corrects themself",
        draft("The loan was for […], wait, no, that was the grant.", "£4,000", kind="figure"),
    )
    # a verb opening the line, its subject left in the line before
    rejected("without its subject", draft("Needs ~[…] the water of a rice paddy.", "3x", kind="figure"))
    rejected("without its subject", question("Costs about how much a month to run?", "$40", kind="figure"))
    # a sentence that has its subject is fine
    assert (
        stem_problem(draft("A drip line needs […] the water of a sprinkler.", "half", kind="figure")) is None
    )


def test_one_of_two_guesses_an_open_list_and_a_label_opening_the_line_are_no_blanks() -> None:
    rejected("range", draft("A steel deck may weigh 40 or […] more.", "50 percent", kind="figure"))
    rejected("one example", draft("课上提到的杂粮包括[…]、[…]、[…]。", "燕麦、荞麦、高粱", kind="framework"))
    rejected("label", draft("💬 […]：“先算账，再谈情怀。”", "金句"))
    rejected("label", draft('> **[…]:** "Measure twice, cut once."', "Motto"))
    # a term blanked before its definition is the definition's own cloze
    term = stem_problem(draft("[…]：把收益再投入下一轮，回报按指数增长。", "复利", kind="framework"))
    assert "label" not in (term or "")
    rejected("furniture", draft("Publisher / length: Orrin & Vale, 288 pp., […]", "£22", kind="figure"))
    rejected("furniture", draft('Segment: "[…]" Air date: Monday, 4:10 p.m.', "Old Mills Hour"))


def test_the_end_of_a_span_whose_start_is_a_period_is_one_end_of_a_range() -> None:
    span = "讲者的估计：18世纪初到[…]，每年运来的铜料约有几万担。"
    rejected("one end of a range", draft(span, "16世纪前期", kind="figure"))


def test_a_blank_speaker_whose_words_are_not_in_the_stem_is_no_item() -> None:
    rejected("what they said is not in the stem", draft("某质检站资深技师[…]说。", "聂晓"))
    kept = "资深技师[…]说，这类桥一年要检两次。"
    assert "what they said" not in (stem_problem(draft(kept, "聂晓")) or "")


def test_what_the_course_leaves_for_later_is_its_arrangement() -> None:
    rejected("arrangements", draft("[…]——决定算哪几行，最常漏掉的一步，后面单独讲", "窗口框"))
    rejected("arrangements", draft("下集讲[…]，今天的函数还会再用到。", "留存率"))
    rejected("arrangements", draft("冬天开窗通风也能降低[…]的风险（后面Q5会讲）。", "霉变"))
    rejected("arrangements", draft("这种做法叫[…]，后面第三章专门讲。", "轮作"))


def test_who_came_to_a_meeting_is_its_roll_not_its_content() -> None:
    rejected("arrangements", draft("到场：线下 6 人，线上 2 人，共[…]。", "8 人", kind="figure"))
    rejected("arrangements", draft("出席情况：理事 5 人、会员代表[…]。", "12 人", kind="figure"))
    rejected(
        "arrangements", draft("Present: five in the hall, three online, […] in all.", "eight", kind="figure")
    )
    kept = draft("到场的专家一致认为，堤坝加高[…]就够了。", "1.5 米", kind="figure")
    assert "arrangements" not in (stem_problem(kept) or "")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("考试时间：[…]下午 2:00–4:00，三教 105。", "6 月 20 日"),
        ("Exam date: […], in the sports hall, two hours.", "12 May"),
        ("For Friday: chapter 4, plus the article about the […] drought.", "1976"),
        ("[…] 记，下周抽空把第 3 章的两张图和那张对照表补上。", "2024.05.06"),
    ],
)
def test_when_the_exam_is_what_to_read_by_when_and_the_notes_date_are_arrangements(
    question: str, answer: str
) -> None:
    rejected("arrangements", draft(question, answer, kind="figure"))


def test_a_date_in_the_course_content_is_no_arrangement() -> None:
    kept = draft("考试制度在[…]正式废除，延续了一千三百年。", "1905 年", kind="figure")
    assert "arrangements" not in (stem_problem(kept) or "")


def test_a_reply_opening_on_not_or_one_more_of_a_list_unsaid_is_no_sentence() -> None:
    rejected(
        "reply without its question", draft("Not by much — by the fourth spring about […] more fish.", "4%")
    )
    rejected("reply without its question", draft("Not really, the lake froze […] that winter.", "2 weeks"))
    rejected("another one of a list", draft("老周说另外一项是“[…]”。", "谁来收尾"))
    rejected("another one of a list", draft("The other one is […], which nobody budgets for.", "upkeep"))
    # a sentence whose subject only opens on Not, or names another thing outright, stands alone
    assert stem_problem(draft("Not all of the […] volunteers stayed for the second season.", "300")) is None
    assert stem_problem(draft("另一个指标叫[…]，就是每平方米的月销售额。", "坪效")) is None


def test_a_line_opening_on_its_verb_a_note_on_what_the_book_covers_or_the_writers_old_belief() -> None:
    rejected("clause without its subject", draft("Turned out to be a […] after all.", "hairline fracture"))
    rejected("clause without its subject", draft("Short chapter on […] and the canal boom.", "tolls"))
    rejected("own belief", draft("过去总以为“[…]”，听完才知道每一步都有成本。", "手工皂都是噱头"))
    # the belief set right after 其实 is the fact, when the blank stands there
    corrected = "以前总觉得修路是面子工程，其实它是一笔长期投资，回本要 […]。"
    assert "own belief" not in (stem_problem(draft(corrected, "二十年", kind="figure")) or "")


def test_an_answer_pointing_below_or_a_speaker_owning_up_is_no_item() -> None:
    listed = draft('She calls it "the three Ps": […], […], […].', "Pace, Pressure, Posture (details below)")
    rejected("points at the lines below", listed)
    rejected(
        "spoken filler",
        draft("The town capped rents in 2019 — […] — and I have to be frank, few obey.", "4%"),
    )


def test_a_line_going_on_from_a_dash_a_recordings_date_or_a_forgotten_name_is_no_item() -> None:
    rejected("clause without its subject", draft("— barely […] kept a spare key at home.", "31%"))
    header = "Panel session, Town Hall, Room 2 Recorded Tuesday, […], 9:30-10:45 a.m."
    rejected("furniture", draft(header, "May 7", kind="figure"))
    forgot = draft(
        "讲渔业配额的，有朋友推荐过，名字忘了 TODO", "想读的书", item_type="basic", kind="framework"
    )
    rejected(
        "arrangements",
        replace(forgot, question="什么是“想读的书”？", explanation="想读的书：" + forgot.answer),
    )


def test_a_line_labelled_as_a_pointer_to_more_reading_is_no_content() -> None:
    pointer = draft("《[…]》某某著（建议先读前两章）", "河流的账本")
    rejected(
        "pointer to more reading",
        replace(pointer, explanation="📚 延伸阅读：《河流的账本》某某著（建议先读前两章）"),
    )
    said = replace(pointer, explanation="书里的核心：《河流的账本》讲的是流域的账")
    assert "pointer" not in (stem_problem(said) or "")


def test_a_blank_of_one_joining_word_is_no_item() -> None:
    rejected("function word", draft("Rate data show […] a reaction is fast enough to matter.", "whether"))


def test_a_museum_caption_or_panel_note_is_furniture() -> None:
    rejected(
        "furniture",
        draft("[Caption, Case 2.1] Brass model of a water wheel, c.[…].", "1820s", kind="figure"),
    )
    panel = "[Panel note] Figures come from the 2010 survey of […]; ask at the desk."
    rejected("furniture", draft(panel, "300 households", kind="figure"))


def test_a_member_counted_off_without_its_list_is_no_sentence() -> None:
    rejected("another one of a list", draft("第二个是“[…]”，能不换就不换。", "最小干预"))
    rejected("another one of a list", draft("一个是[…]，旧纸先留着。", "可逆"))


@pytest.mark.parametrize(
    ("stem", "answer"),
    [
        ("Crews that skip the warm-up are […], not safer.", "slower"),
        ("Without a shared plan the two crews part in […], not years.", "months"),
        ("这批瓷器用的是[…]，不是电窑。", "柴窑"),
    ],
)
def test_a_blank_set_against_a_word_of_its_own_make_is_the_other_of_a_pair(stem: str, answer: str) -> None:
    rejected("its own make", draft(stem, answer))


def test_a_blank_set_against_another_idea_stays() -> None:
    assert stem_problem(draft("A missed deadline calls for a […], not punishment.", "retrospective")) is None
    assert stem_problem(draft("这门手艺真正难的是[…]，不是力气。", "火候")) is None


def test_a_speaker_named_with_their_post_is_never_blanked() -> None:
    rejected("post", draft("[…] — the sharpest voice on the panel", "Okafor (investor)"))
    rejected("post", draft("全场最敢说的一位是[…]，她一直追问谁来付钱。", "林岚（财务）"))
    assert stem_problem(draft("[…] — the sharpest voice on the panel", "Okafor")) is None


def test_a_rows_letter_or_number_is_never_the_blank() -> None:
    rejected("letter", draft("[…] — swelling at rest, no pain on walking", "C"))
    rejected("letter", draft("[…] “可不可以提前还款”：可以，但要看违约金。", "Q7"))
    assert stem_problem(draft("新版会员卡延到[…]再上线，先修支付。", "Q3")) is None  # a quarter
    assert stem_problem(draft("[…] — swelling at rest, no pain on walking", "Stage C oedema")) is None


def test_a_figure_restated_in_brackets_after_its_blank_leaks() -> None:
    rejected(
        "restated", draft("Heat the stone to […] (430 °F) before the first loaf.", "220 °C", kind="figure")
    )
    rejected("restated", draft("全程[…]（约 21 公里），关门时间三小时。", "半程马拉松", kind="figure"))
    assert (
        stem_problem(draft("Heat the stone to […] (fan off) before the first loaf.", "220 °C", kind="figure"))
        is None
    )


def test_a_time_word_then_the_verb_has_no_subject() -> None:
    stem = "现在拿出了[…]做对照，打算连续观察三年的产量和品质再决定。"
    assert stem_problem(draft(stem, "三十亩", kind="figure")) == "clause without its subject"
    named = "合作社现在拿出了[…]做对照，打算连续观察三年的产量和品质再决定。"
    assert stem_problem(draft(named, "三十亩", kind="figure")) is None
    # a time and what there is: no subject was cut
    assert (
        stem_problem(draft("如今有[…]在排队等货。", "两百家店", kind="figure"))
        != "clause without its subject"
    )


def test_a_host_moving_on_a_lecturer_answering_the_room_and_an_exam_date_are_no_content() -> None:
    moving = "Let's turn to the […], since plenty of owners are weighing one right now."
    assert "spoken filler" in (stem_problem(draft(moving, "laser cutter")) or "")
    answering = (
        "Good question, it's on the handout too. […] slower means the average access stays under 90 ns."
    )
    assert "spoken filler" in (stem_problem(draft(answering, "8%", kind="figure")) or "")
    exam = "Midterm 1 is […], and it covers weeks one to five."
    assert "arrangements" in (stem_problem(draft(exam, "October 9", kind="figure")) or "")
    policy = "The exam board raised the pass mark to […] in 2019."
    assert stem_problem(draft(policy, "60%", kind="figure")) is None


def test_a_line_the_notes_say_need_not_be_learnt_or_a_label_with_an_aside_over_a_blank() -> None:
    aside = "一项随访研究显示死亡率降低了[…]（这个数不用背）。"
    assert "need not be learnt" in (stem_problem(draft(aside, "约三成", kind="figure")) or "")
    motto = "口诀（师兄给的，未必准确）：“[…]”。"  # an aside with its own comma
    assert "a label over a line that is all blank" in (stem_problem(draft(motto, "高低中，快慢稳")) or "")


def test_heading_marks_laughter_and_a_subjectless_calls_it_are_no_sentence() -> None:
    heading = "### Dry the blade Wipe it, and every […], oil the hinge."
    assert "heading" in (stem_problem(draft(heading, "two weeks", kind="figure")) or "")
    laugh = "哈哈哈是的，[…]，差点没读完。"
    assert "spoken filler" in (stem_problem(draft(laugh, "两个月", kind="figure")) or "")
    calls = 'Calls it "[…]": how far the real harbour strays from the tide table.'
    assert stem_problem(draft(calls, "the harbour offset")) == "clause without its subject"


def test_a_hedge_then_the_verb_has_no_subject() -> None:
    hedged = "理论上能缩短施工周期[…]，但还没有实测数据。"
    assert stem_problem(draft(hedged, "两成", kind="figure")) == "clause without its subject"
    named = "理论上新模板能缩短施工周期[…]，但还没有实测数据。"
    assert stem_problem(draft(named, "两成", kind="figure")) != "clause without its subject"
    opener = "可以看出，出苗率比去年提高了[…]，但还没有田间数据。"
    assert stem_problem(draft(opener, "两成", kind="figure")) != "clause without its subject"


def test_the_groups_next_meeting_and_a_reminder_to_self_are_no_content() -> None:
    nxt = "Next month: The Quiet Shore, meeting at the café on […]"
    assert "arrangements" in (stem_problem(draft(nxt, "9 June", kind="figure")) or "")
    note = "Reminder to self: the author reads at the town library on […], tickets £6."
    assert "arrangements" in (stem_problem(draft(note, "3 July", kind="figure")) or "")


def test_a_case_the_notes_point_at_is_no_sentence() -> None:
    pointer = "[…] case here: they halved fees but won few new shops."
    assert "a case the notes point at" in (stem_problem(draft(pointer, "Northpay")) or "")


def test_a_subjectless_ran_from_and_a_references_year_are_no_content() -> None:
    ran = "Ran from […] across 12 library repair days in two counties."
    assert stem_problem(draft(ran, "May 2020 to June 2022", kind="figure")) == "clause without its subject"
    ref = "Fix It Yourself – Harbour Press, […]"
    assert "arrangements" in (stem_problem(draft(ref, "2021", kind="figure")) or "")


def test_a_saying_the_stem_only_says_was_heard_is_no_blank() -> None:
    rejected("a saying", draft("说到揉面，做面包的人大多听说过“[…]”。", "面团要摔够一百下"))
    rejected(
        "a saying", draft('Ask any gardener about roses and you have heard the saying "[…]".', "prune hard")
    )
    # a saying the sentence goes on to weigh is asked as it stands
    assert (
        stem_problem(draft("人人都听说过“[…]”，可老师傅说这句话只在冬天才对。", "面团要摔够一百下")) is None
    )


def test_a_caption_cut_mid_phrase_or_a_blank_holding_filler_is_rejected() -> None:
    rejected("mid-phrase", draft("The comet passes […] every orbit on its way in from", "Jupiter"))
    rejected("mid-phrase", draft("[…] and its moon both sit inside Saturn's", "Titan"))
    rejected(
        "mid-phrase",
        draft(
            "The glassworks on the north quay is sold to a family firm in […], buyers incl.",
            "1911",
            kind="figure",
        ),
    )
    rejected("filler", draft("[…] is where the dust settles.", "okay the inner ring real quick"))
    assert stem_problem(draft("The comet passes […] on its way in from the outer belt.", "Jupiter")) is None


def test_where_the_note_taker_stayed_and_what_it_cost_is_an_arrangement() -> None:
    rejected("arrangements", draft("住宿：古城边一家客栈，三晚共 […]，推荐。", "¥900", kind="figure"))
    rejected("arrangements", draft("Hotel: a guesthouse by the harbour, […] a night.", "£85", kind="figure"))
    kept = draft("客栈在清代是商旅歇脚的地方，一晚约[…]文钱。", "三十", kind="figure")
    assert stem_problem(kept) is None or "arrangements" not in (stem_problem(kept) or "")


def test_the_clubs_kitty_the_next_lectures_topic_and_a_key_point_label_are_no_content() -> None:
    rejected(
        "arrangements",
        draft("Kitty: […] each, collected at the door for the summer outing.", "£8", kind="figure"),
    )
    rejected("arrangements", draft("主持人说下一讲是讲“[…]”，资料会发在群里。", "睡眠与记忆"))
    rejected("note's label", draft("骨折的[…]：越早固定越好，最好在肿胀之前。", "关键点"))
    kept = draft("The club funds its outings from a […] paid by every member each spring.", "levy")
    assert "arrangements" not in (stem_problem(kept) or "")


def test_when_coursework_is_due_and_a_minutes_action_item_are_arrangements() -> None:
    rejected("arrangements", draft("期末小论文，[…]之前交，字数三千左右。", "12月20号", kind="figure"))
    rejected("arrangements", draft("Essay on the Corn Laws due […], 2,000 words.", "14 March", kind="figure"))
    rejected("arrangements", draft("Action: Priya to book the […] for the open day.", "church hall"))
    kept = draft("The Corn Laws were repealed in […], after years of campaigning.", "1846", kind="figure")
    assert "arrangements" not in (stem_problem(kept) or "")


def test_how_often_a_word_came_up_is_the_talks_texture_not_a_fact() -> None:
    rejected("how often", draft("嘉宾反复提“复购”，一小时里提了不下[…]。", "二十次", kind="figure"))
    rejected(
        "how often",
        draft("She mentioned the word 'runway' about […] in one hour.", "a dozen times", kind="figure"),
    )
    kept = draft("城东那家面包店旺季时每周要从外地补货[…]，淡季一次就够。", "三次", kind="figure")
    assert "how often" not in (stem_problem(kept) or "")


def test_a_figure_in_the_condition_before_a_stated_result_is_not_the_fact() -> None:
    rejected(
        "condition",
        draft(
            "With the screen dimmed and […] of reading a night, the tablet lasted 19 days.",
            "an hour",
            kind="figure",
        ),
    )
    # a condition whose main clause states no figure leaves its own figure the fact
    plain = draft(
        "With […] of practice a day, most learners read fluently by spring.", "twenty minutes", kind="figure"
    )
    assert "condition" not in (stem_problem(plain) or "")


def test_the_year_someone_graduated_is_a_line_of_their_profile() -> None:
    rejected("career", draft("沈竹[…]从省城一所美院毕业，在上海做了五年插画。", "2009年", kind="figure"))
    rejected("career", draft("Ada Morrow graduated from a polytechnic in […].", "1998", kind="figure"))


def test_the_next_decade_of_a_pair_is_guessed() -> None:
    rejected(
        "range", draft("Her surveys shaped river policy through the 1950s and […].", "1960s", kind="figure")
    )
    rejected("range", draft("这套做法在六十年代和[…]最流行。", "七十年代", kind="figure"))


def test_a_count_of_projects_in_a_profile_is_their_credentials() -> None:
    rejected(
        "credentials",
        draft("某某，高级工程师，参与国内[…]桥梁和港口项目。", "三十余个", kind="figure"),
    )


def test_a_shows_opening_banter_is_furniture() -> None:
    rejected("furniture", draft("开场闲聊，主播抱怨家里的扫地机器人“[…]”。", "见缝就钻"))


def test_a_line_labelled_as_an_example_is_the_case_not_what_it_shows() -> None:
    rejected("example", draft("例子：店长想做“[…]”，预估要三个月。", "会员日"))
    rejected("example", draft("Example: the team wanted a […] by May.", "loyalty app"))
    assert stem_problem(draft("会员日这类活动的转化率通常只有[…]。", "3%", kind="figure")) is None


def test_a_listed_noun_with_the_clause_that_says_which_is_no_sentence() -> None:
    rejected("the clause that says which", draft("[…] that kept the ferry from sailing on time;", "Fog"))
    assert stem_problem(draft("[…] that kept the ferry in port was the main cause.", "Fog")) is None


def test_a_figure_describing_any_one_such_thing_is_a_hypothetical() -> None:
    rejected(
        "hypothetical",
        draft(
            "A barnacle that's been on a hull for […] has outlasted every storm.",
            "two years",
            kind="figure",
        ),
    )
    rejected(
        "hypothetical",
        draft("Nobody fires the supplier who's been shipping to you for […].", "ten years", kind="figure"),
    )
    rejected(
        "hypothetical",
        draft("A gap that was […] and now it's nine, you call the engineer.", "six inches", kind="figure"),
    )
    kept = draft(
        "The ferry has been running for […] without a missed crossing.", "forty years", kind="figure"
    )
    assert stem_problem(kept) is None


def test_the_year_someone_took_up_a_post_in_a_whos_who_line_is_a_profiles_detail() -> None:
    rejected(
        "took up a post",
        draft("Nadia Orr — Head of Sales since […], ex-retail herself", "2019", kind="figure"),
    )
    rejected("took up a post", draft("周启明：[…]年起任市场总监，之前在快消行业", "2018", kind="figure"))
    kept = draft("The co-op has sold its cheese in Lyon since […].", "1962", kind="figure")
    assert stem_problem(kept) is None


def test_a_figure_of_an_episode_of_someones_own_story_is_its_detail() -> None:
    rejected("own story", draft("第二次去的那家工作室，[…]就散伙了。", "八个月", kind="figure"))
    rejected("own story", draft("老周说自己[…]第一次独自出海，只带了两天的淡水。", "1998年", kind="figure"))
    kept = draft("合作社去年第一次实现盈利，净利润约[…]。", "40万元", kind="figure")
    assert stem_problem(kept) is None


def test_someone_asked_for_by_their_age_and_trade_is_a_storys_character() -> None:
    rejected(
        "described by their age",
        question(
            "Who was the 58-year-old ferry pilot who first felt the dizziness at sea?", "Ned Amory", "person"
        ),
    )
    rejected("described by their age", question("谁是那位72岁的退休钳工？", "周国栋", "person"))
    asked_back = draft("Who was Ned Amory?", "a 58-year-old ferry pilot", item_type="reversed", kind="person")
    rejected("described by their age", asked_back)
    assert (
        stem_problem(question("Who founded the harbour's first lifeboat station?", "Ned Amory", "person"))
        is None
    )


def test_a_line_under_a_reading_list_heading_is_a_work_cited() -> None:
    listed = replace(
        draft("[…] research on flood-proof doors and raised sockets", "FLDR"),
        source=Source("n", "Worth your time", 9),
    )
    rejected("reading list", listed)
    kept = replace(listed, source=Source("n", "Flood defences", 9))
    assert stem_problem(kept) is None


def test_a_time_after_the_opening_past_verb_is_no_subject_and_a_sessions_name_is_the_header() -> None:
    rejected(
        "without its subject",
        draft("Left in […], the year after her second novel won a prize.", "2011", kind="figure"),
    )
    assert (
        stem_problem(draft("Founded in […], Harlow & Sons grew to forty staff.", "1898", kind="figure"))
        is None
    )
    rejected("session", draft("2024 海岸城市年会 · 分论坛「[…]」", "潮汐与城市：别只看堤坝"))
