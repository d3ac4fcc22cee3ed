"""The quality gate and selection: what a teacher rejects never becomes an item."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.generate.draft import Draft, item_id, stable_order
from quizgen.generate.quality import rejection, select
from quizgen.model import Source

SRC = Source(doc="notes", section="主题一", line=3)


def draft(question: str, answer: str, **kw: object) -> Draft:
    base = Draft(
        kind="figure",
        type="basic",
        anchor=question,
        question=question,
        answer=answer,
        explanation=question,
        source=SRC,
        fact=question,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def as_cloze(stem: str, answer: str, kind: str = "figure") -> Draft:
    """A cloze of `stem` with `answer` in its blank ([…])."""
    return draft(stem, answer, kind=kind, type="cloze", cloze=stem.replace("[…]", "{{c1::" + answer + "}}"))


def test_answer_inside_its_question_is_rejected() -> None:
    assert rejection(draft("什么是“指数曲线思维”？", "指数 曲线思维")) is not None


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        ("运动时肌肉会分泌[…]：练得越久，血里的鸢尾素就越多。", "鸢尾素（irisin）", True),
        (
            "The liver stores […]; glycogen runs out after about a day of fasting.",
            "glycogen (animal starch)",
            True,
        ),
        (
            "Its scent comes from […], which the Latin name Lavandula hints at.",
            "linalool (an alcohol)",
            False,
        ),
        ("运动时肌肉会分泌[…]，它能让脂肪组织多耗能量。", "鸢尾素（irisin）", False),
        ("[…]：一个街区的绿地和公园占地的比例。", "Greenness 绿地率", False),
        ("[…]：一个街区里绿地和公园的面积。", "Greenness 绿地", True),  # the term, said in Chinese
        ("[…]：街区出入口的数目。", "出入口 Access points", True),
        ("她说最好的 AI 投资是[…]，不是买 AI 股票。", "学会用 AI", False),  # one phrase, not a translation
    ],
)
def test_a_glossed_answer_is_given_away_by_its_term_or_its_gloss_in_the_stem(
    stem: str, answer: str, given: bool
) -> None:
    reason = rejection(as_cloze(stem, answer, kind="claim"))
    assert (reason == "answer appears in its own question") is given, reason


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        ("她只是觉得要区分“有出处的传说”和“[…]”。", "没出处的传说", True),
        ("野中郁次郎把知识分为显性知识和[…]两类。", "隐性知识", True),
        ("The firm counts tangible assets apart from […].", "intangible assets", True),
        ("Her research contrasts conscious bias with […].", "unconscious bias", True),
        ("野中郁次郎把知识分为显性知识和[…]两类。", "默会知识", False),
        ("The Federal Reserve moved […] twice in 2023.", "interest rates", False),
        ("产量从2018年的三千吨涨到[…]的五千吨。", "2019年", False),  # two figures, two facts
    ],
)
def test_a_stem_stating_the_answers_opposite_gives_it_away(stem: str, answer: str, given: bool) -> None:
    reason = rejection(as_cloze(stem, answer, kind="claim")) or ""
    assert ("opposite" in reason) is given


def test_a_pronoun_is_no_answer() -> None:
    assert rejection(draft('Who wrote "The City as a Sponge"?', "me", kind="meta")) is not None
    assert rejection(draft("这份笔记是谁整理的？", "笔者", kind="meta")) is not None
    assert rejection(draft('Who wrote "The City as a Sponge"?', "Ada Okafor", kind="meta")) is None


def test_a_notes_label_in_capitals_is_not_what_it_labels() -> None:
    label = as_cloze("[…] — prices fell once the harvest came in early.", "MAIN POINT", "claim")
    assert "label in capitals" in (rejection(label) or "")
    # a term in capitals before its meaning is still a term
    term = as_cloze(
        "[…]: the share of jobs filled within a month, reported every quarter.", "FILL RATE", "claim"
    )
    assert "label in capitals" not in (rejection(term) or "")
    # a document's status stamp (DRAFT — for approval at the next meeting) labels the whole page
    status = as_cloze("[…] — for approval at the May meeting", "DRAFT", "claim")
    assert "label in capitals" in (rejection(status) or "")


def test_a_first_name_alone_is_no_blank() -> None:
    names = ("Dana Whitlock", "Whitlock", "Dana")
    said = as_cloze("[…] said the county never audits the small plants.", "Dana", "claim")
    assert "first name alone" in (rejection(said, names) or "")
    full = as_cloze("[…] said the county never audits the small plants.", "Dana Whitlock", "claim")
    assert "first name alone" not in (rejection(full, names) or "")


def test_answer_compared_across_width_and_spaces() -> None:
    assert rejection(draft("Anthropic 已筹集近 200 亿美元吗，多少？", "200亿美元")) is not None


def test_leading_chinese_pronoun_is_rejected_but_a_name_passes() -> None:
    assert rejection(draft("他估算，停滞的概率约为多少？", "20-25%")) is not None
    assert rejection(draft("阿莫迪估算，停滞的概率约为多少？", "20-25%")) is None


def test_the_documents_own_reference_passes_but_a_demonstrative_noun_does_not() -> None:
    assert rejection(draft("这篇访谈的作者是谁？", "某人")) is None
    assert rejection(draft("该国的首都是哪里？", "某城")) is not None
    # a team, a batch, a building pointed at: the sentence before named it
    for stem in ("现在这支球队已经有[…]队员了。", "这批瓷器在[…]运到了港口。", "这座桥修了[…]才通车。"):
        assert rejection(draft(stem, "三十多名", kind="figure")) is not None, stem
    assert rejection(draft("县里的龙舟队现在已经有[…]队员了。", "三十多名", kind="figure")) is None
    # a place pointed at in a later clause is the place the text before names
    assert rejection(draft("每天中午，这里平均能接待[…]居民。", "160多位", kind="figure")) is not None
    assert (
        rejection(draft("每天中午，长者食堂平均能接待[…]居民，里面坐得满满的。", "160多位", kind="figure"))
        is None
    )


def test_select_uses_the_documents_names_for_a_mid_question_ta() -> None:
    asked = draft("林若溪认为，他的书店约占多少？", "60%")
    assert select([asked], types=("basic",)) == []
    assert select([asked], {"notes": frozenset({"林若溪"})}, types=("basic",)) == [asked]


def test_a_figures_question_and_choice_and_a_claims_question_are_made_only_on_request() -> None:
    basic = draft("独立书店的复购率约为多少？", "60%", fact="f1")
    choice = draft(
        "独立书店的复购率约为多少？", "60%", fact="f1", type="choice", choices=("50%", "60%", "70%", "80%")
    )
    cloze = draft(
        "社区里的独立书店，会员的复购率约为 […]。",
        "60%",
        fact="f1",
        type="cloze",
        cloze="社区里的独立书店，会员的复购率约为 {{c1::60%}}。",
    )
    why = draft(
        "为什么独立书店要先做好一家店？",
        "复购率决定存亡",
        kind="claim",
        fact="f2",
        source=replace(SRC, line=5),
    )
    # by default a figure is asked as the author's own sentence, and a claim's "why" not at all
    assert select([basic, choice, cloze, why]) == [cloze]
    assert select([basic, choice, cloze, why], types=("basic", "choice")) == [basic, choice, why]
    person = draft(
        "谁最早提出了“复购率”一词？", "林若溪", kind="person", fact="f3", source=replace(SRC, line=7)
    )
    assert select([person]) == [person]  # other kinds' questions are asked by default


def test_leading_english_pronoun_is_rejected() -> None:
    assert rejection(draft("He estimated what share?", "50%")) is not None


def test_yes_no_questions_are_rejected() -> None:
    assert rejection(draft("AI 的进步速度远超多数人的预期吗？", "是")) is not None
    assert rejection(draft("Is the channel noisy?", "yes")) is not None


def test_paragraph_answer_is_rejected() -> None:
    assert rejection(draft("什么是人才密度？", "很长的定义" * 20)) is not None


def test_cloze_needs_a_first_deletion() -> None:
    stem = "云服务公司星河去年的收入中，API 接口约占 […]。"
    assert (
        rejection(
            draft(stem, "60-75%", type="cloze", cloze="云服务公司星河去年的收入中，API 接口约占 60-75%。")
        )
        is not None
    )
    ok = draft(
        stem, "60-75%", type="cloze", cloze="云服务公司星河去年的收入中，API 接口约占 {{c1::60-75%}}。"
    )
    assert rejection(ok) is None


def test_choice_needs_its_answer_among_distinct_choices() -> None:
    bad = draft("收入中 API 约占多少？", "60%", type="choice", choices=("50%", "70%"))
    assert rejection(bad) is not None
    good = draft("收入中 API 约占多少？", "60%", type="choice", choices=("50%", "60%", "70%", "80%"))
    assert rejection(good) is None


def test_select_keeps_one_draft_per_fact_the_best() -> None:
    low = draft("“复购率”指的是什么？", "回头客的占比", kind="framework", fact="f1", score=0.5)
    high = draft("什么是“复购率”？", "回头客的占比", kind="framework", fact="f1", score=2.0)
    other_type = draft(
        "[…]就是复购率。",
        "回头客的占比",
        kind="framework",
        fact="f1",
        type="cloze",
        cloze="{{c1::回头客的占比}}",
    )
    assert select([low, high, other_type]) == [high]


def test_select_keeps_the_best_draft_per_fact_and_type_a_deck_asks_for() -> None:
    low = draft("平均复购率是多少？", "60%", fact="f1", score=0.5)
    high = draft("收入中 API 约占多少？", "60%", fact="f1", score=2.0)
    other_type = draft(
        "云服务公司星河去年的收入中，API 接口约占 […]。", "60%", fact="f1", type="cloze", cloze="{{c1::60%}}"
    )
    kept = select([low, high, other_type], types=("basic", "cloze"))
    assert high in kept and other_type in kept and low not in kept
    assert select([low, high, other_type], types=("cloze",)) == [other_type]


def test_select_drops_the_same_question_and_answer_from_two_facts() -> None:
    a = draft("停滞的概率约为多少？", "20-25%", fact="a", score=1.0)
    b = draft("停滞的概率约为多少？", "20-25%", fact="b", score=0.9)
    assert select([a, b], types=("basic",)) == [a]


def test_item_id_ignores_the_answer_and_depends_on_the_anchor() -> None:
    assert item_id("deck", "figure", "basic", "x#0") == item_id("deck", "figure", "basic", "x#0")
    assert item_id("deck", "figure", "basic", "x#0") != item_id("deck", "figure", "basic", "x#1")
    assert item_id("deck", "figure", "basic", "x#0") != item_id("other", "figure", "basic", "x#0")
    assert item_id("deck", "figure", "basic", "x#0") != item_id("deck", "figure", "cloze", "x#0")


def test_stable_order_is_fixed_by_key_and_does_not_favour_the_answer() -> None:
    first = stable_order("60%", ["50%", "70%", "80%"], "k")
    assert first == stable_order("60%", ["80%", "70%", "50%"], "k")
    assert sorted(first) == ["50%", "60%", "70%", "80%"]
    positions = {stable_order("A", ["B", "C", "D"], f"key{i}").index("A") for i in range(40)}
    assert len(positions) > 1


def test_english_answers_are_measured_in_words_not_characters() -> None:
    definition = "the average amount of sediment a river carries past each gauge"
    assert len(definition) > 60
    assert rejection(draft("What is turbidity?", definition)) is None
    assert rejection(draft("What is turbidity?", " ".join(["word"] * 17))) is not None


def test_choice_with_a_distractor_containing_the_answer_is_rejected() -> None:
    bad = draft(
        "哪个概念？",
        "人才密度",
        kind="framework",
        type="choice",
        choices=("人才密度", "人才密度优先", "正和竞争", "影响力"),
    )
    assert rejection(bad) is not None
    same_value = draft("收入中 API 约占多少？", "60%", type="choice", choices=("60%", "60 %", "70%", "80%"))
    assert rejection(same_value) is not None


def test_numeric_distractors_may_share_digits_with_the_answer() -> None:
    ok = draft("收入中 API 约占多少？", "5%", type="choice", choices=("5%", "15%", "25%", "50%"))
    assert rejection(ok) is None


def test_a_word_made_from_the_name_asked_gives_it_away() -> None:
    made = "The Darwinian view owes its name to […], who sailed on the Beagle."
    assert rejection(as_cloze(made, "Darwin", kind="claim")) == "answer appears in its own question"
    plain = "The view of evolution by selection owes its name to […], who sailed on the Beagle."
    assert rejection(as_cloze(plain, "Darwin", kind="claim")) is None


def test_a_one_character_answer_inside_a_word_is_no_leak() -> None:
    assert rejection(draft("哪个概念是指：窗户透进来的光线柔和均匀？", "光")) is None
    assert rejection(draft("“光”和“影”中，哪个是指窗户透进来的照明？", "光")) is not None


def test_an_answer_spelled_out_another_way_in_its_question_leaks() -> None:
    panama = "The Suezmax limit is the biggest ship that can pass through the […] when loaded."
    assert rejection(as_cloze(panama, "Suez Canal", kind="claim")) is not None
    union = "On the West Coast the union was the Pacific Dockworkers Union, the […], run by a firebrand."
    assert rejection(as_cloze(union, "PDU", kind="claim")) is not None
    assert (
        rejection(
            as_cloze("On the West Coast the union was the […], run by a firebrand.", "PDU", kind="claim")
        )
        is None
    )
    spelled = "The turnaround window, or […], is the shortest time a ferry may stay at the quay."
    assert rejection(as_cloze(spelled, "TW", kind="claim")) is not None
    uat = "团队的 UAT（[…]，用户验收测试）要在上线前一周完成。"
    assert rejection(as_cloze(uat, "User Acceptance Test", kind="claim")) is not None
    plain = "团队的验收（[…]，用户验收测试）要在上线前一周完成。"
    assert rejection(as_cloze(plain, "User Acceptance Test", kind="claim")) is None
    anchor = "老师：商场里“[…]”，那个1999就是锚。"
    assert rejection(as_cloze(anchor, "原价1999，现价899", kind="claim")) is not None
    assert rejection(as_cloze("老师：商场里“[…]”，这就是锚。", "原价1999，现价899", kind="claim")) is None
    bare = "吊牌：“原价 […]，现价 ¥399”，那个 1299 就是锚。"
    assert rejection(as_cloze(bare, "¥1299")) is not None  # the figure said again without its sign
    assert rejection(as_cloze("吊牌：“原价 […]，现价 ¥399”，这就是锚。", "¥1299")) is None
    hub = "Pallets go from a plant to a regional distribution center, or from a […] out to the stores."
    assert rejection(as_cloze(hub, "DC", kind="claim")) is not None
    assert (
        rejection(
            as_cloze(
                "Pallets go from a plant to a small warehouse, or from a […] out to the stores.",
                "DC",
                kind="claim",
            )
        )
        is None
    )
    compound = "[…] rises when more people arrive on foot or by bus."
    assert rejection(as_cloze(compound, "Footfall", kind="claim")) is not None
    assert rejection(as_cloze("[…] rises when more people arrive by bus.", "Footfall", kind="claim")) is None


@pytest.mark.parametrize(
    ("stem", "answer", "given"),
    [
        ("猫一天平均要睡 […]，记录仪测得的是 13.8 小时。", "14 小时", True),
        ("The well is about […] deep; the survey put it at 61.3 m.", "61 m", True),
        ("今年产量是[…]，去年是 12.4 吨。", "12 吨", False),  # 3% apart: last year's, a fact of its own
        ("Turnout rose by […] to 12.5% of members.", "12%", False),
        ("The hall was built in […]; the roof was redone in 1902.5 money.", "1902", False),  # a year
    ],
)
def test_a_round_figure_beside_its_exact_reading_is_given_away(stem: str, answer: str, given: bool) -> None:
    reason = rejection(as_cloze(stem, answer))
    assert (reason is not None and "another way" in reason) is given, reason


def test_a_figure_given_another_way_in_its_stem_leaks() -> None:
    assert (
        rejection(as_cloze("The walk covered […], roughly 190 kilometres, in nine days.", "about 120 miles"))
        is not None
    )
    assert rejection(as_cloze("项目总投资[…]（约合 1,400 万美元）。", "1 亿元")) is not None
    decade = "德国 […] 年代的铁路改革（1868 年的那份报告）深受英国经验影响。"
    assert rejection(as_cloze(decade, "1860")) is not None
    assert (
        rejection(as_cloze("The walk covered […] in nine days, and 40 people joined.", "about 120 miles"))
        is None
    )
    assert rejection(as_cloze("德国 […] 年代的铁路改革深受英国经验影响，1901 年才完成。", "1860")) is None
    # a year in the answer that the stem states already
    assert (
        rejection(as_cloze("A default set in 2015 keeps […] long after the facts change.", "2015 prices"))
        is not None
    )
    assert (
        rejection(as_cloze("A default set in 2015 keeps […] long after the facts change.", "2019 prices"))
        is None
    )
    # a share the stem names as a percentile
    percentile = "85th percentile speed: the speed at or below which […] of vehicles travel."
    assert rejection(as_cloze(percentile, "85%")) is not None
    assert rejection(as_cloze(percentile, "90%")) is None


def test_a_count_leaks_when_the_stem_lists_its_members_right_after_it() -> None:
    assert (
        rejection(as_cloze("作者把每天读到的材料分为[…]层次：事实、信息、知识和智慧。", "四个")) is not None
    )
    assert (
        rejection(as_cloze("The course splits a budget into […] parts: needs, wants, and savings.", "three"))
        is not None
    )
    # a count the list does not match, or members that are clauses, give nothing away
    assert rejection(as_cloze("作者把每天读到的材料分为[…]层次：事实、信息和知识。", "四个")) is None
    part = "启动资金 58 万：转让费[…]、装修 18 万、设备 9 万，剩下 16 万是押金。"
    assert rejection(as_cloze(part, "15 万")) is not None  # the total less the other parts
    assert rejection(as_cloze(part.replace("58 万", "60 万"), "15 万")) is None
    span = "The tunnel: started 1825, opened March 1843, ~[…] for roughly 400 metres."
    assert rejection(as_cloze(span, "18 years")) is not None
    assert rejection(as_cloze(span, "20 years")) is None
    budget = "启动资金[…]：转让费 15 万、装修 18 万、设备 9 万，剩下 16 万是押金和流动资金。"
    assert rejection(as_cloze(budget, "大概 58 万")) is not None
    assert rejection(as_cloze(budget, "大概 60 万")) is None
    committee = "Selection committee: […] (12 teachers, 3 admins, 3 parents), met 9 times."
    assert rejection(as_cloze(committee, "18 people")) is not None
    assert rejection(as_cloze(committee, "20 people")) is None
    aside = 'Build the first […] fast (a "starter" fund) before anything else.'
    assert rejection(as_cloze(aside, "$1,000")) is None  # one aside in brackets is no list
    team = "The lab is […]: 3 postdocs, 5 PhD students, 1 lab manager (Dana Reyes), 2 field techs."
    assert rejection(as_cloze(team, "11 people")) is not None
    assert rejection(as_cloze(team, "12 people")) is None
    costs = "每台设备投入[…]：机身 2.1 万、传感模块 0.6 万、安装 0.3 万，按 36 个月折旧。"
    assert rejection(as_cloze(costs, "约 3 万元")) is not None  # the parts before the comma add up
    assert rejection(as_cloze(costs, "约 4 万元")) is None
    kinds = "作者把例会分成[…]：晨会、周会、复盘会、共创会，并且强调不要混着开。"
    assert rejection(as_cloze(kinds, "四类")) is not None  # the list ends at its comma
    assert rejection(as_cloze(kinds, "五类")) is None
    long_members = "The study followed […] groups: those who walked to work every day, and those who drove."
    assert rejection(as_cloze(long_members, "two")) is None


def test_a_number_leaks_only_whole_not_inside_another_number() -> None:
    whole = "Revenue grew […] last year, 5% the year before, and 40% in 2019."
    assert rejection(draft(whole, "0%", type="cloze", cloze=whole.replace("[…]", "{{c1::0%}}"))) is None
    assert rejection(draft("公司2012年的增长率是多少？", "12%")) is None  # 12 inside 2012
    assert rejection(draft("公司增长率是12%，2012年是多少？", "12%")) is not None


def test_a_number_followed_by_a_comma_and_a_year_stands_whole() -> None:
    # 1,000 goes on past its comma; "January 01, 2000" ends before it
    dated = "Sales began on January 01, 2000, and returns on […]."
    cloze = dated.replace("[…]", "{{c1::January 01}}")
    assert rejection(draft(dated, "January 01", type="cloze", cloze=cloze)) is not None
    early = "Sales began on January 01, 999, and returns on […]."
    cloze = early.replace("[…]", "{{c1::January 01}}")
    assert rejection(draft(early, "January 01", type="cloze", cloze=cloze)) is not None  # no 01,999
    grouped = "The fund held 1,000 shares and sold […] of them."
    assert rejection(draft(grouped, "1", type="cloze", cloze=grouped.replace("[…]", "{{c1::1}}"))) is None


def test_a_transcript_keeps_a_figure_or_a_phrase_only_where_the_speakers_stress_it() -> None:
    from quizgen.generate.salience import Emphasis

    def cloze(question: str, answer: str, kind: str, fact: str) -> Draft:
        filled = question.replace("[…]", "{{c1::" + answer + "}}")
        return draft(question, answer, kind=kind, type="cloze", fact=fact, cloze=filled)

    said_once = cloze("老周在城南的面馆一碗面卖了[…]，十年没涨价。", "八块钱", "figure", "a")
    said_again = cloze("理财课的第一课叫[…]，后面还会讲。", "复利", "claim", "b")
    defined = draft(
        "哪个概念是指：收益继续产生收益？", "复利效应", kind="framework", type="reversed", fact="c"
    )
    body = "\x1f".join(
        [
            "老周在城南的面馆一碗面卖了八块钱十年没涨价",
            "理财课的第一课叫复利后面还会讲",
            "复利就是这样",
            "复利效应",
        ]
    )
    talk = Emphasis(
        frozenset(), "", frozenset(), body, (0,), (3,), body_chars=9_000, spoken=True, conversation=True
    )
    notes = Emphasis(frozenset(), "", frozenset(), body, (0,), (3,), body_chars=9_000, spoken=False)
    drafts = [said_once, said_again, defined]
    assert {d.answer for d in select(drafts, emphasis={"notes": talk})} == {"复利", "复利效应"}
    assert {d.answer for d in select(drafts, emphasis={"notes": notes})} == {"八块钱", "复利", "复利效应"}
    # one lecturer's figure said once is the lecture's content (a date, a toll), not a guest's chatter
    lecture = replace(talk, conversation=False)
    assert {d.answer for d in select(drafts, emphasis={"notes": lecture})} == {"八块钱", "复利", "复利效应"}
    # a guest's figure of their own organisation (我们 resolved to it) is what they are there to tell
    own = cloze("松石茶铺去年在杭州和苏州一共新开了[…]门店，都是社区店。", "十二家", "figure", "d")
    guest = replace(talk, own_orgs=frozenset({"松石茶铺"}))
    assert "十二家" in {d.answer for d in select([*drafts, own], emphasis={"notes": guest})}
    assert "五六年" not in {d.answer for d in select([*drafts, own], emphasis={"notes": guest})}
    assert "十二家" not in {d.answer for d in select([*drafts, own], emphasis={"notes": talk})}
    # what an interview's answerer tells of themself (我 resolved to them) is what they are there for
    told = cloze("龚守川手上名单里的慢病老人有[…]，每个月都要上门随访。", "九十七个", "figure", "e")
    answerer = replace(talk, guest="龚守川")
    assert "九十七个" in {d.answer for d in select([*drafts, told], emphasis={"notes": answerer})}
    assert "九十七个" not in {d.answer for d in select([*drafts, told], emphasis={"notes": talk})}


def test_the_organisation_a_guest_calls_we_is_known_to_the_emphasis() -> None:
    from quizgen.generate.salience import Emphasis
    from quizgen.ingest import parse_text

    turns = "".join(
        "主持人：今年怎么样？\n\n嘉宾（松石茶铺创始人 程望舒）：我们去年开了十二家新店。\n\n"
        for _ in range(2)
    )
    assert Emphasis.of(parse_text(f"访谈\n\n{turns}", name="t")).own_orgs == {"松石茶铺"}


def test_an_interviews_answerer_labelled_by_surname_is_its_guest() -> None:
    from quizgen.extract.people import speaker_names
    from quizgen.generate.salience import Emphasis
    from quizgen.ingest import parse_text

    turns = "".join(
        "问：刚回村的头几年呢？\n\n龚：我刚回来那阵每月拿六十块补贴，后来涨了。\n\n" for _ in range(2)
    )
    doc = parse_text(f"【访谈实录】村卫生室 · 村医 龚守川\n\n在场：龚守川（村医），我\n\n{turns}", name="t")
    assert speaker_names(doc) == {"龚": "龚守川"}
    assert Emphasis.of(doc).guest == "龚守川"
    two = doc.title + "\n\n在场：龚守川（村医），龚守田（村医）\n\n" + turns
    assert "龚" not in speaker_names(parse_text(two, name="t"))  # two of that surname: whose turns is a guess


def test_the_organisation_a_guest_founded_by_a_deed_the_page_tells_is_their_we() -> None:
    from quizgen.generate.salience import Emphasis
    from quizgen.ingest import parse_text

    turns = "".join("主持人：今年怎么样？\n\n程望舒：我们去年开了十二家新店。\n\n" for _ in range(2))
    lead = "编者按：2015年，程望舒在老街开出头一家茶铺。十年后，她一手创立的“松石茶铺”开到了四十家。\n\n"
    title = "# 对话程望舒：一家茶铺的十年\n\n"
    assert Emphasis.of(parse_text(f"{title}{lead}{turns}", name="t")).own_orgs == {"松石茶铺"}
    said = turns.replace("我们去年开了十二家新店", "我一手创办的“松石茶铺”，去年开了十二家新店", 1)
    assert Emphasis.of(parse_text(f"{title}{said}", name="t")).own_orgs == {"松石茶铺"}
    other = "编者按：程望舒的朋友创办了“松石茶铺”。\n\n"  # founded by someone else
    assert Emphasis.of(parse_text(f"{title}{other}{turns}", name="t")).own_orgs == frozenset()
    en = "".join("Host: How was the year?\n\nDana Reyes: We opened twelve stores.\n\n" for _ in range(2))
    intro = "Dana Reyes, who founded Northwind Labs in 2015, joins us today.\n\n"
    heading = "# An Interview with Dana Reyes\n\n"
    assert Emphasis.of(parse_text(f"{heading}{intro}{en}", name="t")).own_orgs == {"Northwind Labs"}


def test_a_conversation_is_two_speakers_taking_turns_a_lecture_transcript_is_one() -> None:
    from quizgen.generate.salience import Emphasis
    from quizgen.ingest import parse_text

    fillers = "嗯，那个，就是说，其实呢，" * 3
    lecture = parse_text(f"讲座实录\n\n主讲人：{fillers}1881年巴斯德做了炭疽疫苗的公开试验。\n", name="t")
    turns = "".join(
        f"主持人：{fillers}说说看？\n\n嘉宾：{fillers}1881年巴斯德做了公开试验。\n\n" for _ in range(3)
    )
    panel = parse_text(f"圆桌实录\n\n{turns}", name="p")
    assert not Emphasis.of(lecture).conversation
    assert Emphasis.of(panel).conversation


def test_a_figure_the_title_states_even_roughly_is_given_away() -> None:
    from quizgen.generate.salience import Emphasis

    def cloze(question: str, answer: str, fact: str) -> Draft:
        filled = question.replace("[…]", "{{c1::" + answer + "}}")
        return draft(question, answer, kind="figure", type="cloze", fact=fact, cloze=filled)

    in_title = cloze("[…]里，镇上的茶园从十几户扩到了三百多户。", "三十多年", "a")
    elsewhere = cloze("茶园的平均亩产在这期间提高了[…]。", "约40%", "b")
    body = "三十多年里镇上的茶园从十几户扩到了三百多户\x1f茶园的平均亩产在这期间提高了约40%"
    titled = Emphasis(
        frozenset(), "", frozenset(), body, (0,), (3,), body_chars=9_000, title="小镇茶园三十年"
    )
    untitled = Emphasis(frozenset(), "", frozenset(), body, (0,), (3,), body_chars=9_000, title="小镇茶园")
    assert {d.answer for d in select([in_title, elsewhere], emphasis={"notes": titled})} == {"约40%"}
    assert {d.answer for d in select([in_title, elsewhere], emphasis={"notes": untitled})} == {
        "三十多年",
        "约40%",
    }


def test_a_person_the_title_names_is_given_away() -> None:
    from quizgen.generate.salience import Emphasis

    who = draft(
        "In the talk […] is a senior architect at a transport agency.",
        "Ines Moreau",
        kind="claim",
        type="cloze",
        fact="a",
        cloze="In the talk {{c1::Ines Moreau}} is a senior architect at a transport agency.",
    )
    body = "In the talk Ines Moreau is a senior architect at a transport agency."

    def kept(title: str) -> set[str]:
        stress = Emphasis(frozenset(), "", frozenset(), body, (0,), (3,), body_chars=9_000, title=title)
        return {d.answer for d in select([who], emphasis={"notes": stress})}

    assert kept("notesoninesmoreaustalk") == set()
    assert kept("notesonatransporttalk") == {"Ines Moreau"}


def test_a_person_is_no_term_to_define() -> None:
    person = draft(
        "[…] is not convinced that the new kilns will be enough.",
        "Okafor",
        kind="framework",
        type="cloze",
        cloze="{{c1::Okafor}} is not convinced that the new kilns will be enough.",
    )
    assert rejection(person, {"Okafor", "Ada Okafor"}) == "a person is no term to define"
    assert rejection(person, set()) is None


def test_a_first_name_standing_for_a_named_person_is_no_term_either() -> None:
    said = draft(
        'Which term means: the farmers upstream are "willing but not cheap"?',
        "Marta",
        kind="framework",
        type="reversed",
    )
    assert rejection(said, {"Marta Oyelaran", "Oyelaran"}) == "a person is no term to define"
    assert rejection(said, {"Oyelaran"}) is None


def test_a_method_the_name_finder_took_for_a_person_is_still_a_term() -> None:
    method = draft(
        "The […] is a weekly list of every chore you do.",
        "Chore Ledger",
        kind="framework",
        type="cloze",
        cloze="The {{c1::Chore Ledger}} is a weekly list of every chore you do.",
    )
    assert rejection(method, {"Chore Ledger"}) is None


def test_a_person_asked_for_as_a_terms_meaning_is_rejected() -> None:
    person = draft('What is meant by "Ada Okafor"?', "writes the report's foreword", kind="framework")
    assert rejection(person, {"Ada Okafor", "Okafor"}) == "a person is no term to define"


def test_a_contracted_first_or_second_person_is_unresolved_all_the_same() -> None:
    for stem, answer in (
        ("I've tried the envelope method for […] and quit.", "six weeks"),
        ("We're told to save […] of each pay.", "10%"),
    ):
        item = draft(
            stem, answer, kind="figure", type="cloze", cloze=stem.replace("[…]", f"{{{{c1::{answer}}}}}")
        )
        assert rejection(item) is not None, stem
    plain = "The envelope method was tried for […] before it stuck."
    assert (
        rejection(
            draft(plain, "six weeks", kind="figure", type="cloze", cloze=plain.replace("[…]", "{{c1::x}}"))
        )
        is None
    )


def test_a_name_opening_a_cast_list_entry_is_not_blanked_as_a_claim() -> None:
    entry = "Prof. […] – former supervisor, now retired"
    names = ["Alan Whitby"]
    item = draft(
        entry, "Alan Whitby", kind="claim", type="cloze", cloze=entry.replace("[…]", "{{c1::Alan Whitby}}")
    )
    assert rejection(item, names) is not None
    guest = "Guest: Dr. […], wrote a book on Victorian engineering finance."
    item = draft(
        guest, "Alan Whitby", kind="claim", type="cloze", cloze=guest.replace("[…]", "{{c1::Alan Whitby}}")
    )
    assert rejection(item, names) is not None
    titled = "[…] — operations researcher, studies queues in small clinics"
    item = draft(
        titled,
        "Dr. Alan Whitby",
        kind="claim",
        type="cloze",
        cloze=titled.replace("[…]", "{{c1::Dr. Alan Whitby}}"),
    )
    assert rejection(item, names) is not None  # the title blanked with the name
    labelled = "人物：[…]，水厂第一任总工程师，坚持加装砂滤池。"
    item = draft(
        labelled, "王建国", kind="claim", type="cloze", cloze=labelled.replace("[…]", "{{c1::王建国}}")
    )
    assert rejection(item, ["王建国"]) is not None
    told = "In 1998 […] showed that seagrass beds bury carbon fast."
    item = draft(
        told, "Alan Whitby", kind="claim", type="cloze", cloze=told.replace("[…]", "{{c1::Alan Whitby}}")
    )
    assert rejection(item, names) is None


def test_a_persons_name_is_no_meaning_to_ask_a_label_by() -> None:
    holder = draft("Which term means: Marisol Quenby?", "Instructor", kind="framework", type="reversed")
    assert rejection(holder, ["Marisol Quenby"]) is not None
    term = draft(
        "Which term means: a legal maximum price?", "Price ceiling", kind="framework", type="reversed"
    )
    assert rejection(term, ["Marisol Quenby"]) is None


def test_a_chinese_name_asked_as_a_term_is_a_person() -> None:
    item = draft("什么是“马振东”？", "反对在公园里划宠物区，怕卫生和咬人问题", kind="framework", type="basic")
    assert rejection(item, ["马振东"]) is not None
    # …and by what the line says of them (反对…: a stance someone took), whoever the document names
    assert rejection(item, ["刘桂兰"]) is not None
    dish = draft("什么是“马蹄糕”？", "公园旁边一家老字号点心铺的招牌点心", kind="framework", type="basic")
    assert rejection(dish, ["刘桂兰"]) is None
    titled = draft(
        "哪个概念是指：严厉，要求每次实验至少重复三遍？", "韩立教授", kind="framework", type="reversed"
    )
    assert rejection(titled, ["韩立"]) is not None  # a name and its title is still a person
    asked = draft("什么是“韩立教授”？", "严厉，要求每次实验至少重复三遍", kind="framework", type="basic")
    assert rejection(asked, ["韩立"]) is not None


def test_an_acronym_whose_words_the_question_quotes_leaks() -> None:
    lgtm = draft(
        '哪个概念是指："Looks Good To Me"，评审通过时的常用缩写？', "LGTM", kind="framework", type="reversed"
    )
    assert rejection(lgtm) is not None
    other = draft(
        '哪个概念是指："Looks good to me"以外的评审意见？', "LGTM", kind="framework", type="reversed"
    )
    assert rejection(other) is None
    rem = draft("Which term means: rapid eye movement?", "REM sleep", kind="framework", type="reversed")
    assert rejection(rem) is not None  # the acronym that opens the term, spelled out
    stage = draft(
        "Which term means: the stage with vivid dreams?", "REM sleep", kind="framework", type="reversed"
    )
    assert rejection(stage) is None


def test_a_measure_pointed_at_with_this_or_that_leans_on_the_sentence_before() -> None:
    zh = draft("当公司把固定会议集中到每周二之后，这一比例上升到了多少？", "58%")
    assert rejection(zh) is not None
    named = draft("公司推行了新的考勤政策，这一政策让迟到率下降了多少？", "30%")
    assert rejection(named) is None
    en = draft("Five years ago that figure was closer to what?", "35%")
    assert rejection(en) is not None


def test_a_figure_the_stem_works_out_by_one_sum_or_share_is_given_away() -> None:
    share = "全区12个社区分馆中已完成9个分馆的设备安装，完成率[…]。"
    assert rejection(as_cloze(share, "75%")) is not None
    total = "读者证更换费用[…]、培训宣传费用3万元，合计8.4万元。"
    assert rejection(as_cloze(total, "5.4万元")) is not None
    other = "团队从12人扩到40人，营收增长了[…]。"
    assert rejection(as_cloze(other, "30%")) is None
    parts = "调查覆盖[…]城市，其中东部有三个，中部有四个，西部只有两个。"
    assert rejection(as_cloze(parts, "九个")) is not None
    unrelated = "调查覆盖[…]城市，每个城市访问了两个社区和三个学校。"
    assert rejection(as_cloze(unrelated, "九个")) is None
    rest = "学员一共40人，结业时留在本市的15人，去外地的[…]，还有其余7人出国了。"
    assert rejection(as_cloze(rest, "18人")) is not None  # 40 less 15 and 7
    not_rest = "学员一共40人，结业时留在本市的15人，去外地的[…]，还有其余9人出国了。"
    assert rejection(as_cloze(not_rest, "18人")) is None
    span = "She spent her first […], from 1998 to 2009, repairing tugboats."
    assert rejection(as_cloze(span, "eleven years")) is not None
    assert rejection(as_cloze("她在船厂干了[…]，从1998年干到2009年。", "十一年")) is not None


def test_a_figure_in_a_sentence_quoted_whole_is_a_way_of_putting_it() -> None:
    quoted = "“在小城，同一批人一年来[…]，你才活得下去。”"
    assert rejection(as_cloze(quoted, "二十次")) is not None
    said = "许砚秋说，同一批人一年要来[…]，小店才活得下去。"
    assert rejection(as_cloze(said, "二十次")) is None


def test_a_timestamp_is_no_answer() -> None:
    stamp = draft("[…] 讨论县城用户到底喝不喝咖啡。", "17:20", kind="claim", type="cloze", cloze="x")
    assert rejection(replace(stamp, cloze="{{c1::17:20}} 讨论县城用户到底喝不喝咖啡。")) is not None


def test_speech_recognised_without_punctuation_is_asked_only_for_what_it_names() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    words = (
        "好 那我们今天来讲三个概念 第一个叫做关系存量 第二个叫做回访半衰期 第三个叫做熟客门槛 "
        "她跟了 四十二个摊位 然后记录每一个客人 跟老板之间的互动 她发现存量最高的那一群客人 "
        "大概只占客人总数的 百分之十八 但是他们贡献了 将近百分之五十五的营业额 这个很重要 "
    )
    lecture = parse_text(f"第三讲\n\n{words * 3}\n", name="asr")
    kinds = {item.kind for item in generate([lecture], "t")}
    assert kinds and kinds <= {"framework", "person", "meta"}  # the terms it names are asked, no more


def test_a_year_the_other_year_and_the_span_between_them_give_is_worked_out() -> None:
    began = "[…]回到县里开始试烧，到2019年才出了第一窑满意的，前后整整八年。"
    assert rejection(as_cloze(began, "2011年")) is not None
    english = "The press was founded in […] and closed in 1931, forty-six years later."
    assert rejection(as_cloze(english, "1885")) is not None
    unrelated = "[…]回到县里开始试烧，到2019年才出了第一窑满意的，前后试了三百多窑。"
    assert rejection(as_cloze(unrelated, "2011年")) is None
    cycle = "冰箱的平均更换周期已从2015年的11.2年缩短到[…]的7.6年。"
    assert rejection(as_cloze(cycle, "2023年")) is None


def test_a_titled_person_in_quotes_is_no_term() -> None:
    person = draft(
        'What is meant by "Dr Hana Petrov"?', "soil scientist at Fenwick College", kind="framework"
    )
    assert rejection(person, {"Hana Petrov", "Petrov"}) == "a person is no term to define"


def test_a_vague_share_beside_its_percentage_and_a_product_of_the_stems_counts_are_given_away() -> None:
    share = "调查显示，全校有62%的学生每周读书不到一小时，也就是[…]。"
    assert rejection(as_cloze(share, "一半以上")) is not None
    product = "这栋楼一共六层，每层2户，共[…]，其中一楼两户不参与出资。"
    assert rejection(as_cloze(product, "12户")) is not None
    plain = "全校有[…]的学生每周读书不到一小时。"
    assert rejection(as_cloze(plain, "一半以上")) is None


def test_an_action_items_owner_by_first_name_is_no_term() -> None:
    owner = draft('What is meant by "Marta"?', "call the printer about the spring flyers", kind="framework")
    assert rejection(owner, {"Marta Oyelaran", "Oyelaran"}) == "a person is no term to define"
    title = draft('What is meant by "Atomic"?', "tiny, and part of a larger system", kind="framework")
    assert rejection(title, {"Atomic Habits", "Habits"}) is None  # a book's title, not Atomic somebody


def test_a_speaker_thinking_aloud_mid_sentence_gives_no_item() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    turns = (
        "Dana: Okay, four things tonight.\nMarcus: The grant caps core costs at fifteen percent.\n"
        "Dana: Right. Twelve percent of eight and a half is... one oh two.\n"
        "Marcus: So the grant caps core costs at fifteen percent, and we spend twelve percent now.\n"
        "Dana: Fine. Twelve percent it is.\n"
    )
    questions = [i.cloze or i.question for i in generate([parse_text(turns, name="m")], "t")]
    assert not any("..." in q for q in questions)


def test_a_figure_the_stem_states_beside_its_qualifier_leaks() -> None:
    capped = "The 20% cap — no single owner may hold […] of the shares."
    assert rejection(as_cloze(capped, "more than 20%")) is not None
    assert (
        rejection(as_cloze("No single owner may hold […] of the shares, the trust said.", "more than 20%"))
        is None
    )


def test_an_issue_code_does_not_hide_the_name_the_question_states() -> None:
    coded = draft(
        "哪个概念是指：回调超时后重试，导致312笔重复退款？", "P2 重复退款", kind="framework", type="reversed"
    )
    assert rejection(coded) is not None
    plain = draft(
        "哪个概念是指：回调超时后重试，同一笔订单被退了两次？",
        "P2 重复退款",
        kind="framework",
        type="reversed",
    )
    assert rejection(plain) is None


def test_a_possessive_or_demonstrative_pronoun_is_no_answer() -> None:
    hers = as_cloze(
        "[…] is Wilma Drace, who kept the books of three farms for years.", "Hers", kind="framework"
    )
    those = as_cloze("[…]就是最早的一批会员，后来都成了骨干。", "那些", kind="claim")
    assert rejection(hers) and "pronoun" in rejection(hers)
    assert rejection(those) and "pronoun" in rejection(those)


def test_a_common_word_in_capitals_is_emphasis_not_a_term() -> None:
    shouted = as_cloze("Drawback: the kiln needs a […] of bench space for each firing.", "LOT", kind="claim")
    acronym = as_cloze("The board asked the […] to cut the travel budget by a tenth.", "CEO", kind="claim")
    assert rejection(shouted) and "capitals" in rejection(shouted)
    assert not (rejection(acronym) or "").startswith("a common word in capitals")


def test_a_share_the_counts_before_it_give_is_worked_out_however_it_is_marked() -> None:
    roughly = "Site B: 38 of 76 households (\u2248 […], the same as site A, worth noting)"
    assert rejection(as_cloze(roughly, "50%")) is not None
    other = "Site B: 38 of 76 households (\u2248 […] of them renting)"
    assert rejection(as_cloze(other, "30%")) is None
    # the part of the whole stated after the blank gives it as well, whatever the words before it
    after = "By June the choir had renewed […] of its memberships — 57 of 60 singers."
    assert rejection(as_cloze(after, "95%")) is not None
    assert rejection(as_cloze(after, "85%")) is None


def test_half_alone_is_no_answer() -> None:
    assert rejection(as_cloze("两户商量后，各自多承担了[…]的房租。", "一半")) is not None
    assert rejection(as_cloze("Only […] of the plots were watered in the second year.", "half")) is not None
    assert rejection(as_cloze("Only […] of the plots were watered in the second year.", "41%")) is None


def test_a_person_is_not_asked_by_a_stem_naming_their_surname_or_their_own_role() -> None:
    footnote = as_cloze(
        'Holloway was a footnote ("the Tarn filters, designed by […], were widely copied").',
        "E. Holloway",
        kind="person",
    )
    assert rejection(footnote) is not None
    own = draft("Who is Rufus Penhale?", "Rufus Penhale's uncle", kind="person", type="reversed")
    firm = draft("Who is Anna Berg?", "founder of Berg Design", kind="person", type="reversed")
    assert rejection(own) is not None
    assert rejection(firm) is None
    # a claim blanking someone's whole name, the stem saying their surname beside it
    letter = as_cloze(
        "A note from Ottilie Brand to […] — Vasko was then posted at the fort.", "Mirela Vasko", kind="claim"
    )
    assert rejection(letter, ("Mirela Vasko", "Vasko", "Ottilie Brand")) is not None
    assert rejection(letter, ("Ottilie Brand",)) is None  # a name the text gives nothing of: no person known
    apart = as_cloze(
        "A note from Ottilie Brand to […], then posted at the fort.", "Mirela Vasko", kind="claim"
    )
    assert rejection(apart, ("Mirela Vasko", "Vasko")) is None


def test_a_sum_the_stem_gives_times_its_share_or_what_the_share_leaves_is_worked_out() -> None:
    saved = "每年最多存 8,000 元，能在税前抵扣，老李的税率是 20%，一年能省[…]个税。"
    assert rejection(as_cloze(saved, "1,600 元")) is not None
    left = "奖金 5,000 元，按 4% 扣税后到手[…]。"
    assert rejection(as_cloze(left, "4,800 元")) is not None
    english = "A bonus of $5,000, taxed at 4%, leaves […] in hand."
    assert rejection(as_cloze(english, "$4,800")) is not None
    # a share of something else: the amount is no product of the stem's figures
    assert rejection(as_cloze(left, "4,500 元")) is None
    assert rejection(as_cloze("每年最多存 8,000 元，老李一年能省[…]个税。", "1,600 元")) is None


def test_a_meta_answer_pointing_above_names_nobody() -> None:
    guests = draft("这份笔记的嘉宾是谁？", "以上几位讲者", kind="meta", type="basic")
    assert rejection(guests) is not None


def test_a_figure_the_stem_gives_by_a_product_or_a_sum_of_amounts_is_worked_out() -> None:
    product = "春季共培训乡村教师[…]，原计划为50人，完成率80%。"
    assert rejection(as_cloze(product, "40人")) is not None
    base = "春季共培训乡村教师40人，原计划为[…]，完成率80%。"
    assert rejection(as_cloze(base, "50人")) is not None
    amounts = "今年修缮祠堂一共筹到[…]，包括村集体出12万元、乡贤捐5万元、文旅局补助3万元。"
    assert rejection(as_cloze(amounts, "20万元")) is not None
    unrelated = "今年修缮祠堂一共筹到[…]，比去年多，主要是乡贤捐得多。"
    assert rejection(as_cloze(unrelated, "20万元")) is None
    # a gap in points between two shares the stem gives is their difference
    gap = "三年后，干预组的新发率低了[…]（14.2% 对 18.9%）。"
    assert rejection(as_cloze(gap, "4.7 个百分点")) is not None
    assert rejection(as_cloze("三年后，干预组的新发率低了[…]。", "4.7 个百分点")) is None
    # the parts before the blank, which the sentence sums up (一共, in total)
    before = "林姐拿出积蓄26万，又向表哥借了9万，一共[…]把铺子盘了下来。"
    assert rejection(as_cloze(before, "35万")) is not None
    assert rejection(as_cloze("店主拿出积蓄26万，铺子头年卖了[…]。", "35万")) is None
    english = "Mara used $26,000 of savings and a $9,000 loan, about […] in total, to open the shop."
    assert (
        rejection(as_cloze(english.replace("about […] in total", "in total about […]"), "$35,000"))
        is not None
    )
    # all the counts of another unit the stem gives, exactly: the vote of every member
    votes = "理事会共有[…]成员单位，表决结果是 9 票赞成、2 票反对、1 票弃权。"
    assert rejection(as_cloze(votes, "12 家")) is not None
    assert rejection(as_cloze(votes, "15 家")) is None


def test_a_figure_with_a_qualifier_after_it_is_given_away_by_the_figure_in_the_stem() -> None:
    stem = "70%红线——仓容别排到[…]。"
    item = draft(stem, "70%以上", kind="figure", type="cloze", cloze=stem.replace("[…]", "{{c1::70%以上}}"))
    assert rejection(item) == "answer appears in its own question"
    plain = "仓容别排到[…]。"
    assert (
        rejection(
            draft(
                plain, "70%以上", kind="figure", type="cloze", cloze=plain.replace("[…]", "{{c1::70%以上}}")
            )
        )
        != "answer appears in its own question"
    )


def test_an_era_year_beside_its_common_era_year_gives_the_blank_away() -> None:
    for stem, answer in (
        ("嘉庆[…]，1812年，书院重修。", "十七年"),
        ("道光五年，[…]，河堤第一次决口。", "1825年"),
        ("最后一块匾是宣统[…]（1910年）挂上的。", "二年"),
        ("光绪[…]秋（1897年），书院改为学堂。", "二十三年"),  # a season or a month between them
        ("同治[…]春（1868年），渡口重修。", "七年"),
    ):
        assert rejection(as_cloze(stem, answer)) is not None, stem
    assert rejection(as_cloze("书院重修之后，[…]，用了三年才完工。", "1815年")) is None


def test_a_target_the_result_and_its_gap_give_and_what_is_left_of_a_fraction_are_worked_out() -> None:
    assert rejection(as_cloze("销售额：¥ 412 万，目标 […]，差 38 万", "450 万")) is not None
    assert rejection(as_cloze("销售额：¥ 412 万，目标 […]，团队 38 人", "450 万")) is None
    # the one other share the stem gives leaves the answer of the whole
    split = "据港务局统计，镇上 70% 的渡船是木船，[…] 是铁船，管理处要据此排班。"
    given = "the stem's other figures give the answer by a sum or a share (9 of 12: [75%])"
    assert rejection(as_cloze(split, "30%")) == given
    assert rejection(as_cloze(split.replace("70%", "60%"), "30%")) != given
    assert rejection(as_cloze("Ferry use rose from 70% to […] of commuters by 2020.", "30%")) != given
    after = "据港务局统计，镇上 […] 的渡船是木船，30% 是铁船，管理处要据此排班。"
    assert rejection(as_cloze(after, "70%")) == given
    left = "Fresh snow reflects about 0.8 of the light, so it absorbs only […]."
    assert rejection(as_cloze(left, "about 20%")) is not None
    assert rejection(as_cloze("Sales rose 35% in 2020, so margins reached […].", "20%")) is None


def test_a_name_the_tagger_knows_is_no_term_even_when_nobody_gave_it_a_role() -> None:
    item = draft(
        "哪个概念是指：预算调整要走季度流程，最快下月到位？", "韩雨桐", kind="framework", type="reversed"
    )
    assert rejection(item) == "a person is no term to define"
    food = draft("哪个概念是指：晒干的橘子皮，煲汤时放一小块？", "陈皮", kind="framework", type="reversed")
    assert rejection(food) is None


def test_a_name_asked_what_it_is_is_a_person_however_it_is_written() -> None:
    def basic(term: str, meaning: str) -> Draft:
        return draft(f"什么是“{term}”？", meaning, kind="framework", type="basic")

    assert rejection(basic("邱远舟", "较早研究集市网络的人，提出过“层级市场”的说法")) is not None
    titled = draft(
        "哪个概念是指：导师，要求每份报告手写一遍？", "马丁教授", kind="framework", type="reversed"
    )
    assert rejection(titled) == "a person is no term to define"
    glossed = draft("哪个概念是指：弱连接理论，结尾处借来用过？", "葛林沃（Grinwald）", kind="framework")
    assert rejection(replace(glossed, type="reversed")) == "a person is no term to define"
    assert rejection(basic("陈皮", "晒干的橘子皮，煲汤时放一小块")) is None
    assert rejection(basic("孤岛思维（Silo Mentality）", "各部门只盯本部门指标，不顾整体")) is None


def test_an_acronym_whose_words_a_hyphened_compound_spells_leaks() -> None:
    stem = "[…] is the rule here: each new queue gets a first-in-first-out policy."
    assert rejection(as_cloze(stem, "FIFO", kind="claim")) is not None
    assert (
        rejection(as_cloze("[…] is the rule here: each new queue gets a strict order.", "FIFO", kind="claim"))
        is None
    )


def test_a_share_one_part_of_a_ratio_in_the_stem_gives_is_worked_out() -> None:
    assert rejection(as_cloze("Gout: ~[…] of patients are men (4:1 ratio), most of them over 40.", "80%"))
    assert rejection(as_cloze("班里男女生 3比1，女生约占[…]。", "25%"))
    assert rejection(as_cloze("Gout: ~[…] of patients are men, most of them over 40.", "80%")) is None
    assert rejection(as_cloze("The clinic opens at 10:30 and about […] of slots are booked.", "75%")) is None


def test_someone_called_by_surname_and_post_or_a_pair_of_people_is_no_term() -> None:
    post = draft(
        "哪个概念是指：校方准许试行一学期，但作业总量不能增加？", "钱主任", kind="framework", type="reversed"
    )
    assert rejection(post) == "a person is no term to define"
    word = draft("哪个概念是指：负责一个班日常管理的老师？", "班主任", kind="framework", type="reversed")
    assert rejection(word) is None
    paired = draft("什么是“结对带教”？", "韦一舟 ↔ 钱立衡（师父）", kind="framework", type="basic")
    assert rejection(paired, {"韦一舟", "钱立衡"}) is not None
    assert rejection(replace(paired, answer="新老师跟一位老教师结对，听课一学期"), {"韦一舟"}) is None


def test_the_shows_host_or_the_evenings_organiser_is_not_asked_about() -> None:
    host = draft("谁是主持人？", "阿禾", kind="person", type="basic")
    assert rejection(host) is not None and "host" in rejection(host)
    presenter = draft(
        "Who is Ines Marlow?", "presenter of the Saltline podcast", kind="person", type="reversed"
    )
    assert rejection(presenter) is not None
    assert rejection(draft("谁是沙龙组织者？", "韦小舟", kind="person", type="basic")) is not None
    assert rejection(draft("谁是工程部经理？", "钱立衡", kind="person", type="basic")) is None


def test_a_date_another_date_and_the_days_between_give_is_worked_out() -> None:
    stem = "新系统原定 3月12日 上线，实际 […] 才上线，推迟了 16天。"
    assert rejection(as_cloze(stem, "3月28日")) is not None
    assert (
        rejection(as_cloze("新系统原定 3月12日 上线，实际 […] 才上线，中间换了供应商。", "3月28日")) is None
    )


def test_a_count_that_stands_in_a_name_the_stem_sets_apart_is_given_away() -> None:
    caps = "FOUR EYES: every payment over $5,000 needs […] before the money is released."
    assert rejection(as_cloze(caps, "four approvals")) is not None
    quoted = 'The city runs […], known locally as the "big eight", every ten minutes.'
    assert rejection(as_cloze(quoted, "eight routes")) is not None
    assert (
        rejection(
            as_cloze("Every payment over $5,000 needs […] before the money is released.", "four approvals")
        )
        is None
    )


def test_a_chinese_figure_read_in_a_quoted_name_in_the_stem_is_given_away() -> None:
    named = "书中的“四十分钟复盘”规定团队每周二晚上留出 […]，不开会，只做复盘。"
    assert rejection(as_cloze(named, "40分钟")) is not None
    assert rejection(as_cloze("“八条军规”里最难的一条要求每人每天留出 […] 读代码。", "两小时")) is None
    tenth = "书里有个“五年两成”原则：新项目五年里花的钱最多占利润的 […]。"
    assert rejection(as_cloze(tenth, "20%")) is not None  # 两成 is a fifth
    assert rejection(as_cloze(tenth, "30%")) is None
    assert (
        rejection(as_cloze("书中的“复盘时间”规定团队每周二晚上留出 […]，不开会，只做复盘。", "40分钟"))
        is None
    )
    assert (
        rejection(as_cloze("书中的“2030计划”规定团队每周二晚上留出 […]，不开会。", "20分钟")) is None
    )  # 20 in 2030


def test_where_the_works_data_came_from_is_its_method_not_a_fact() -> None:
    stem = "文中的数据取自记者对 […] 农场的实地走访。"
    assert rejection(as_cloze(stem, "15家")) is not None
    en = "The figures in this piece come from interviews with […] and two trade bodies."
    assert rejection(as_cloze(en, "nine growers")) is not None
    assert rejection(as_cloze("记者走访的 15家 农场里，[…]已经改种果树。", "11家")) is None


def test_a_ratio_or_a_change_two_amounts_in_the_stem_give_is_worked_out() -> None:
    assert rejection(as_cloze("茶价从每担 600文 涨到 1800文，涨了[…]。", "三倍")) is not None
    assert rejection(as_cloze("渡船从四千二百班减到一千二百班，少了[…]。", "七成")) is not None
    assert rejection(as_cloze("Riders: 2,000 a day at launch, 6,000 a day now, up […].", "3x")) is not None
    assert rejection(as_cloze("茶价从每担 600文 涨到 1800文，而茶农的收入只多了[…]。", "两成")) is None
    roll = "The school roll is 2,910 this term, down […] on the 3,150 of the autumn before."
    assert rejection(as_cloze(roll, "7.6%")) is not None
    other = "The school roll is 2,910 this term, down […] on the region's rate."
    assert rejection(as_cloze(other, "7.6%")) is None


def test_the_year_after_or_before_one_the_stem_gives_is_worked_out() -> None:
    assert rejection(as_cloze("邹明远1982年高考落榜，第二年（[…]）考上了师范。", "1983年")) is not None
    assert (
        rejection(as_cloze("The ferry stopped in 1931; the year before, in […], fares were doubled.", "1930"))
        is not None
    )
    assert rejection(as_cloze("邹明远1982年高考落榜，[…]才考上了师范。", "1986年")) is None


def test_a_surname_and_a_fellow_students_word_is_a_person_not_a_term() -> None:
    remark = draft("哪个概念是指：认为税改失败在于执行不力？", "甘同学", type="reversed", kind="framework")
    assert rejection(remark, set()) == "a person is no term to define"
    senior = draft("哪个概念是指：建议先读原始文献？", "柯学姐", type="reversed", kind="framework")
    assert rejection(senior, set()) == "a person is no term to define"
    word = draft("哪个概念是指：同一年级一起上课的人？", "同学", type="reversed", kind="framework")
    assert rejection(word, set()) is None  # the word alone names no one


def test_a_span_two_years_give_a_ratio_over_one_and_a_head_count_times_an_amount_are_worked_out() -> None:
    span = "Summary — the toll bridge: 1871–1916 (~[…]), a timber bridge kept by one family."
    assert rejection(as_cloze(span, "45 yrs")) is not None
    ratio = 'Recall of unfinished tasks was "[…] better" (1.6 : 1 in the lab).'
    assert rejection(as_cloze(ratio, "roughly 60%")) is not None
    product = "[…]是照开业头一个月来 3 万名顾客、每人送 5 块钱的券估出来的。"
    assert rejection(as_cloze(product, "15 万")) is not None
    heads = "15 万是照开业头一个月来[…]顾客、每人送 5 块钱的券估出来的。"
    assert rejection(as_cloze(heads, "3 万")) is not None
    other = "首月预算 […]，新增会员 3 万，活动持续 5 天。"
    assert rejection(as_cloze(other, "40 万")) is None


def test_half_of_the_day_and_a_blank_ending_on_a_joining_word_are_no_answers() -> None:
    assert rejection(as_cloze("The chair opened the session at 7:02 […].", "PM", kind="claim")) is not None
    split = "Votes divide the council: […] Hale/Ortiz, and Nkemelu usually decides."
    assert rejection(as_cloze(split, "Reyes/Bloom vs", kind="claim")) is not None
    assert (
        rejection(as_cloze("The vote went to […] after a long debate.", "Reyes and Bloom", kind="claim"))
        is None
    )


def test_a_figure_the_stem_gives_in_other_numerals_or_another_calendar_is_given_away() -> None:
    warranty = "一套设备保修一般8年，报价压得再低，[…]之内的维修也得自己扛。"
    assert rejection(as_cloze(warranty, "八年")) is not None
    era = "与之配套的是嘉靖三年至五年（[…]）的清丈田亩。"
    assert rejection(as_cloze(era, "1524–1526")) is not None
    from quizgen.generate.figure_leaks import given_another_way

    assert not given_another_way("老周在8岁那年搬进城里，[…]后又回到了老家。", "十年")  # another figure


def test_an_amount_a_head_the_stems_total_and_heads_give_leaks() -> None:
    per_head = "A two-hour workshop for twelve staff at […] a head costs about $1,800 before lunch."
    assert rejection(as_cloze(per_head, "$150")) is not None
    assert rejection(as_cloze("每户补贴最高[…]，30 户最多 60 万元。", "2 万元")) is not None
    # an amount the total and the heads do not make is asked
    assert rejection(as_cloze("A workshop for twelve staff at […] a head was booked in May.", "$150")) is None


def test_which_way_a_figure_moved_is_given_by_the_two_numbers_beside_it() -> None:
    went = "Dr. Ruiz said the no-show rate went […], from 6.5% down to 4.2%, once reminders were sent."
    assert rejection(as_cloze(went, "down", kind="claim")) is not None
    assert (
        rejection(
            as_cloze("这一年门店的退货率[…]了不少，从 8% 降到了 5%，店长很满意。", "下降", kind="claim")
        )
        is not None
    )
    # without the two numbers, the direction is the fact
    alone = "Dr. Ruiz said the no-show rate then went […] once the clinic started sending reminders."
    assert rejection(as_cloze(alone, "down", kind="claim")) is None


def test_a_mnemonics_letter_gives_its_word_away() -> None:
    assert (
        rejection(as_cloze("P — […] of grain rose after the harvest failed", "Price", kind="claim"))
        is not None
    )
    assert rejection(as_cloze("P — […] of grain rose after the harvest failed", "Cost", kind="claim")) is None


def test_an_acronym_its_spelled_out_words_give_away_leaks() -> None:
    spelled = "Every pump has a rating called the […], the heat transfer ratio."
    assert rejection(as_cloze(spelled, "HTR", kind="claim")) is not None
    assert (
        rejection(as_cloze("The pump is rated by its […], checked every winter.", "HTR", kind="claim"))
        is None
    )


def test_a_name_for_two_people_leaks_when_the_stem_names_them() -> None:
    eponym = "[…] — Ana Mirsky & Paul Vance — red rings on the skin, seen after long fevers"
    assert rejection(as_cloze(eponym, "Mirsky–Vance rash", kind="claim")) is not None
    assert (
        rejection(
            as_cloze(
                "[…] — a rash that spreads in rings, seen after long fevers",
                "Mirsky–Vance rash",
                kind="claim",
            )
        )
        is None
    )


def test_a_multiple_two_amounts_of_the_stem_give_leaks() -> None:
    rose = "米价从每石约 20 文涨到约 220 文，[…]多。"
    assert rejection(as_cloze(rose, "涨了十倍")) is not None
    kept = "Backups are kept 30 days, because the audit window is 10 days, a […] margin."
    assert rejection(as_cloze(kept, "3x")) is not None
    assert rejection(as_cloze("Backups are kept 30 days, a […] margin over the old policy.", "3x")) is None


def test_a_blank_that_is_half_a_name_is_rejected() -> None:
    stem = "From 1950 to 1961 Anna Berg ran a small lab at the […] for Soil Studies in Uppsala."
    assert rejection(as_cloze(stem, "National Institute", kind="claim")) is not None
    whole = "From 1950 to 1961 Anna Berg ran a small lab at the […] in Uppsala."
    assert rejection(as_cloze(whole, "Soil Institute", kind="claim")) is None


def test_a_blank_cut_inside_a_name_with_small_words_or_inside_a_date_is_rejected() -> None:
    funded = "$2.1 million came from the county […] and Harbours' dredging fund."
    assert "half a name" in (rejection(as_cloze(funded, "Board of Rivers", kind="claim")) or "")
    whole = "$2.1 million came from the county […], which runs the dredging fund."
    two = "$2.1 million came from the […] and the county's dredging fund."  # two bodies, "and the"
    assert rejection(as_cloze(two, "Board of Rivers", kind="claim")) is None
    assert rejection(as_cloze(whole, "Board of Rivers", kind="claim")) is None
    battle = "[…] 14 — the garrison holds for a week, then withdraws to the coast."
    assert "date in two" in (rejection(as_cloze(battle, "Ostmark Sept", kind="claim")) or "")
    assert (
        rejection(
            as_cloze("[…] 14 — the garrison holds for a week, then withdraws.", "Ostmark", kind="claim")
        )
        is None
    )


def test_a_count_of_the_list_just_before_the_blank_is_given_away() -> None:
    listed = as_cloze("城东石桥先后由甲、乙、丙、丁[…]主持修缮。", "四任", kind="claim")
    assert rejection(listed) is not None
    unlisted = as_cloze("城东石桥先后由[…]主持修缮，最后一任是丁。", "四任", kind="claim")
    assert rejection(unlisted) is None


def test_a_term_said_in_english_beside_its_blank_is_given_away() -> None:
    spoken = as_cloze(
        "社会学者把技术锁定叫“[…]”，path dependence，后来很多人都引用。", "路径依赖", kind="claim"
    )
    assert rejection(spoken) is not None
    plain = as_cloze("社会学者把技术锁定叫“[…]”，后来很多人都引用。", "路径依赖", kind="claim")
    assert rejection(plain) is None


def test_a_function_word_a_verdict_or_an_abbreviation_its_words_spell_is_no_blank() -> None:
    cannot = as_cloze("Charged ions […] cross the lipid layer without a channel.", "cannot", kind="claim")
    assert "function word" in (rejection(cannot) or "")
    assert "function word" in (rejection(as_cloze("这种漆[…]用在室外的木料上。", "不能", kind="claim")) or "")
    verdict = as_cloze("Long in places, but its checklists are […].", "genuinely handy", kind="claim")
    assert "verdict" in (rejection(verdict) or "")
    spelled = as_cloze("The page table […] maps each virtual page to a frame.", "PT", kind="claim")
    assert rejection(spelled) is not None  # page table: its words give [PT]
    named = as_cloze(
        "Ions cross the membrane through […] in the nerve cells.", "sodium channels", kind="claim"
    )
    assert rejection(named) is None


def test_a_rank_alone_in_the_blank_and_a_titled_name_asked_as_a_term_are_rejected() -> None:
    rank = as_cloze("以前做成过的事（自己的经历）——[…]", "最主要", kind="claim")
    assert "a rank alone" in (rejection(rank) or "")
    titled = draft(
        'What is meant by "Lady Honoria Vane"?', "the canal's largest shareholder", kind="framework"
    )
    assert rejection(titled) == "a person is no term to define"
    term = draft('What is meant by "Lock keeper"?', "the worker who works a canal lock", kind="framework")
    assert rejection(term) != "a person is no term to define"


def test_a_role_that_is_a_clause_about_the_person_is_rejected() -> None:
    clause = draft(
        "Who was Chair Ndlovu?", "who opened the meeting and welcomed the new treasurer", kind="person"
    )
    assert "a clause about the person" in (rejection(clause) or "")
    role = draft("Who was Chair Ndlovu?", "the board's chair since 2021", kind="person")
    assert "a clause about the person" not in (rejection(role) or "")


def test_a_share_the_stem_gives_as_a_percent_is_given_away() -> None:
    from quizgen.generate.figure_leaks import given_another_way

    assert given_another_way("[…]定律：相邻两级之间，传过去的能量大约 10%。", "十分之一")
    assert given_another_way("[…]的学生选了夜校，约占 30%。", "三成")
    assert given_another_way("三成的学生选了夜校，也就是[…]。", "30%")
    assert not given_another_way("[…]的学生选了夜校，另有 20% 选了网课。", "三成")  # another share


def test_the_same_amount_in_brackets_in_the_other_unit_gives_the_blank_away() -> None:
    from quizgen.generate.figure_leaks import given_another_way

    assert given_another_way("A hot bed of manure runs at […] (130–150°F) for a week.", "55–65°C")
    assert given_another_way("The kiln stays at […] (2,200°F) overnight.", "1,200°C")
    assert not given_another_way("The pile reached […] (day 3) and then cooled.", "60°C")


def test_a_blank_in_a_path_through_folders_or_menus_is_rejected() -> None:
    for stem, answer in (
        ("The team's tracker: Drive > […] > Q3 plans", "Ops"),
        ("在手机上打开 设置 > […] > 定位服务 就能关掉。", "隐私"),
    ):
        assert rejection(as_cloze(stem, answer, kind="claim")) is not None, stem
    prose = as_cloze("Sales rose because […] cut the price by a third.", "Harlow Mills", kind="claim")
    assert rejection(prose) is None


def test_a_blank_for_who_hosts_the_session_or_the_show_is_rejected() -> None:
    for stem, answer in (
        ("Co-host tonight was […], who usually runs the beginners' table.", "Lena Park"),
        ("本期主持人是[…]，她以前做电台。", "阿宽"),
        ("The evening was hosted by […] from the local library.", "Tom Reyes"),
        ("Ahead of her last season, the sprinter talks to […] about nerves and old rivals.", "Jo Pell"),
    ):
        assert rejection(as_cloze(stem, answer, kind="claim")) is not None, stem
    plant = as_cloze(
        "The host plant of the caterpillar is […], a kind of milkweed.", "swan plant", kind="claim"
    )
    assert rejection(plant) is None


def test_a_minutes_line_opened_on_its_raisers_initials_is_rejected() -> None:
    for stem, answer in (
        ("KL - the council is moving its grant deadline to […].", "30 June"),
        ("c) RB - the van's insurance goes up by […] from May.", "£120"),
        ("[…] is closed for repairs in the first week of June.", "TW - the kitchen"),
    ):
        assert rejection(as_cloze(stem, answer, kind="figure")) is not None, stem
    for stem, answer in (
        ("AF-S focus locks once, so […] suit it best.", "still subjects"),
        ("HSA: […] for one person, double for a family.", "$4,000"),
    ):
        assert rejection(as_cloze(stem, answer, kind="figure")) is None, stem
    # who owns an action is the minutes' fact, asked by the initials alone
    assert rejection(as_cloze("[…] - book the hall for the spring fair.", "JM", kind="claim")) is None


def test_a_long_stem_of_captioned_speech_with_no_punctuation_is_rejected() -> None:
    run_on = (
        "In untrained rowers the threshold sits near sixty percent of peak power in trained rowers "
        "it can reach seventy five even […]"
    )
    assert rejection(as_cloze(run_on, "about eighty percent", kind="figure")) is not None
    punctuated = (
        "In untrained rowers the threshold sits near sixty percent of peak power; in trained rowers "
        "it can reach […]."
    )
    assert rejection(as_cloze(punctuated, "about eighty percent", kind="figure")) is None


def test_a_shows_topic_line_is_no_sentence_to_blank() -> None:
    topic = "Opening a second bakery in […] — and why they almost didn't."
    assert rejection(as_cloze(topic, "2018", kind="figure")) is not None
    told = "Opening a second bakery in […] was the riskiest move the owners made."
    assert rejection(as_cloze(told, "2018", kind="figure")) is None


def test_one_of_the_example_values_a_bracket_offers_is_no_figure_to_learn() -> None:
    for stem, answer in (
        ("Change the ramp's height (e.g. 5 cm, […] ... 50 cm) and time the trolley each run.", "10 cm"),
        ("改变斜面高度（比如[…]或者再高一点），每次记录小车用时。", "10 厘米"),
    ):
        assert rejection(as_cloze(stem, answer, kind="figure")) is not None, stem
    assert (
        rejection(as_cloze("The ramp was raised to […] for the final run.", "15 cm", kind="figure")) is None
    )


def test_a_figure_in_the_brackets_that_introduce_someone_is_their_bio_not_a_fact() -> None:
    names = ("陶知远", "Ada Lind")
    bio = as_cloze("陶知远（制琴师，入行[…]，做过两百把琴）说，面板要先晾三年。", "十二年")
    assert rejection(bio, names) is not None
    english = as_cloze(
        "Ada Lind (potter, [...] at the wheel) showed us how to centre clay.".replace("[...]", "[…]"),
        "12 years",
    )
    assert rejection(english, names) is not None
    # the same figure outside the brackets, or brackets after no one's name, are the text's
    said = as_cloze("陶知远说，面板要先晾[…]才能用。", "三年")
    assert rejection(said, names) is None
    thing = as_cloze("陶知远做的琴（面板晾了[…]）音色最稳。", "三年")
    assert rejection(thing, names) is None


@pytest.mark.parametrize(
    ("stem", "answer"),
    [
        ("关键是要先[…]，再上漆。", "打磨"),
        ("真正的难点在于[…]，而不是成本。", "返潮"),
        ("The main reason is […], not the cost.", "humidity"),
        ("But the key is to wait for […] before sanding.", "dry weather"),
    ],
)
def test_a_stem_opening_on_an_aspect_of_something_unnamed_is_ambiguous(stem: str, answer: str) -> None:
    assert rejection(as_cloze(stem, answer, kind="claim")) is not None


def test_an_aspect_said_with_its_thing_is_a_sentence() -> None:
    assert rejection(as_cloze("漆器修复的关键是要先[…]，再上漆。", "打磨", kind="claim")) is None
    assert (
        rejection(
            as_cloze("The main reason damp spreads is […], not the cost.", "capillary action", kind="claim")
        )
        is None
    )


def test_a_date_written_with_dots_in_a_listed_stem_is_read_without_error() -> None:
    for stem in ("甲借乙[…]：约定2019.3.1还，2021.12.1催款。", "借款[…]：2019.3.1借出、2021.12.1催款"):
        item = draft(stem, "10万", kind="figure", type="cloze", cloze=stem.replace("[…]", "{{c1::10万}}"))
        rejection(item)  # no ValueError from reading 2019.3.1 as one number
    span = "余额从2019.3.1的1,200元到2021.12.1的[…]。"
    rejection(draft(span, "15%", kind="figure", type="cloze", cloze=span.replace("[…]", "{{c1::15%}}")))
    # the parts of a stated total are still read, thousands separators and decimals as before
    parts = "启动资金 5.8 万：转让费 […]、装修 1.8 万、设备 0.9 万，剩下 1.6 万"
    assert rejection(
        draft(parts, "1.5 万", kind="figure", type="cloze", cloze=parts.replace("[…]", "{{c1::x}}"))
    )


def test_a_statutes_article_alone_is_where_a_rule_is_written_not_what_it_says() -> None:
    for answer in ("票据法第17条", "第35条第2款", "Art. 6(1)", "s. 14", "海商法257条", "257条2款", "31条1款"):
        basis = draft("在“特别时效”中，船舶碰撞索赔的依据是什么？", answer, kind="attribute")
        assert "where a rule is written" in (rejection(basis) or ""), answer
    period = draft(
        "哪个概念是指：自知道之日起算？", "普通时效 3年（第12条）", kind="framework", type="reversed"
    )
    assert "where a rule is written" not in (rejection(period) or "")
    rules = draft("书里的规则有[…]，都和排班有关。", "12条", kind="figure", type="cloze")
    assert "where a rule is written" not in (rejection(rules) or "")  # a count of rules, no article


def test_a_reform_named_for_one_the_stem_lists_gives_itself_away() -> None:
    asked = "哪个变法的人物是：卫成公、鲁安？"
    named = draft(asked, "鲁安变法", kind="attribute", type="reversed")
    assert "named for one the stem lists" in (rejection(named) or "")
    other = draft(asked, "新田法", kind="attribute", type="reversed")
    assert "named for one the stem lists" not in (rejection(other) or "")
    back = draft("鲁安变法的人物是谁？", "卫成公、鲁安", kind="attribute", type="basic")  # the other way
    assert "named for one the stem lists" in (rejection(back) or "")
    plain = draft("新田法的人物是谁？", "卫成公、鲁安", kind="attribute", type="basic")
    assert "named for one the stem lists" not in (rejection(plain) or "")
    # a meaning that repeats a word of its term (a formula's parts, a count of its members) is no list
    # of names, and gives nothing away
    formula = draft("什么是“净存货周转额”？", "存货周转 - 退货", kind="framework", type="basic")
    assert "named for one the stem lists" not in (rejection(formula) or "")
    # (a cloze's words beside its blank are another matter, judged by the leak checks)
    cloze = draft("鲁安主持了[…]，前后十年。", "鲁安变法", kind="claim", type="cloze")
    assert "named for one the stem lists" not in (rejection(cloze) or "")


def test_a_place_named_for_someone_the_stem_names_gives_itself_away() -> None:
    stem = "[…] was named after Ada Wren, who sold the land to the town."
    assert "named for someone" in (rejection(as_cloze(stem, "Wren Street", "claim")) or "")
    other = "[…] was laid out over the old orchard in 1790."
    assert "named for someone" not in (rejection(as_cloze(other, "Wren Street", "claim")) or "")


def test_a_two_noun_answer_whose_first_noun_the_stem_says_is_half_given() -> None:
    from quizgen.extract.text import normalize
    from quizgen.generate.quality import _leaks

    stem = "饲料里掺[…]，但不是豆渣就可以随便喂。"
    assert _leaks("豆渣麦麸", normalize("豆渣麦麸"), stem)
    # a phrase setting its head against the stem's (摔跤的学徒 / [起身的学徒]) is asked on purpose
    contrast = "师傅常说：“没有不摔跤的学徒，只有懂得[…]。”"
    assert not _leaks("起身的学徒", normalize("起身的学徒"), contrast)


def test_a_rate_named_after_its_blank_is_worked_out_from_the_stems_two_counts() -> None:
    assert rejection(as_cloze("投了八十份简历拿到四个面试，[…]的面试率，还算可以。", "5%")) is not None
    assert (
        rejection(as_cloze("Of the 40 trainees, 12 passed first time: a […] pass rate.", "30%")) is not None
    )
    assert (
        rejection(as_cloze("团队从12人扩到40人，营收增长了[…]。", "30%")) is None
    )  # a share of something else


def test_a_rate_the_stem_gives_scaled_to_another_amount_of_its_base_is_worked_out() -> None:
    scaled = "豆浆的蛋白质每100毫升约3克，一碗400毫升就有[…]蛋白质。"
    assert rejection(as_cloze(scaled, "12克", kind="figure")) is not None
    english = "Brine is mixed at 60 g of salt per 1000 ml of water, so a 2500 ml pot takes […]."
    assert rejection(as_cloze(english, "150 g", kind="figure")) is not None
    # two counts whose ratio matches by chance are no rate and its base
    chance = "门店从8家开到20家，单店营收从100万涨到[…]。"
    assert rejection(as_cloze(chance, "250万", kind="figure")) is None


def test_an_acronym_whose_letters_the_stems_capitalised_words_give_is_leaked() -> None:
    stem = "哪个概念是指：冲动消费前想想自己是否 无聊(Bored) / 焦虑(Uneasy) / 疲惫(Yawning) / 渴望？"
    assert rejection(draft(stem, "BUYS法则", kind="framework", type="reversed")) is not None
    assert (
        rejection(
            draft("哪个概念是指：冲动消费前先停下来想一想？", "BUYS法则", kind="framework", type="reversed")
        )
        is None
    )


def test_a_count_of_years_the_stem_says_again_as_years_turned_is_given() -> None:
    stem = "一届任期[…]，其实跨了四个年头，满打满算三年多一点。"
    assert rejection(as_cloze(stem, "四年")) is not None
    assert rejection(as_cloze("一届任期[…]，满打满算三年多一点。", "四年")) is None
