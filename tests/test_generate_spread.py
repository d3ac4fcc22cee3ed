"""Spreading a document's ranked drafts (one per fact, best first): one item per sentence, one item
for an answer stated twice, no stem that gives another item's answer away, and a budget that
follows the document's length, dealt across its sections in turn."""

from __future__ import annotations

from collections import Counter

from quizgen.generate.draft import Draft
from quizgen.generate.spread import MAX_BUDGET, MIN_BUDGET, budget, spread
from quizgen.model import Source


def draft(
    question: str,
    answer: str,
    sentence: str = "",
    *,
    line: int = 1,
    section: str = "",
    fact: str = "",
    kind: str = "claim",
    item_type: str = "cloze",
) -> Draft:
    sentence = sentence or question
    return Draft(
        kind=kind,
        type=item_type,  # type: ignore[arg-type]
        anchor=fact or question,
        question=question,
        answer=answer,
        explanation=sentence,
        source=Source("notes", section, line),
        fact=fact or question,
    )


def numbered(n: int, section: str = "", start: int = 0) -> list[Draft]:
    """`n` drafts on `n` sentences of their own, each with an answer of its own."""
    return [
        draft(f"第{i}条规则叫做[…]。", f"守则{chr(0x4E00 + i)}{chr(0x4E00 + i)}", line=i, section=section)
        for i in range(start, start + n)
    ]


# --- the budget -----------------------------------------------------------------------------------


def test_the_budget_grows_with_the_text_between_a_floor_and_a_ceiling() -> None:
    assert budget(0) == budget(1_000) == MIN_BUDGET == 15  # a short dense note keeps what it has
    assert budget(3_000) == 40 and budget(2_000) == 27  # 40 items from 3,000 characters of dense notes
    assert budget(1_000_000) == MAX_BUDGET == 60  # a whole book is still a quiz


def test_a_transcript_gets_one_item_per_1000_characters() -> None:
    assert budget(30_000, spoken=True) == 30 and budget(30_000) == MAX_BUDGET
    assert budget(5_000, spoken=True) == MIN_BUDGET  # a short talk still keeps the floor
    assert budget(100_000, spoken=True) == MAX_BUDGET


def test_a_long_document_is_cut_to_its_budget_best_first() -> None:
    ranked = numbered(40)
    assert spread(ranked, body_chars=2_400) == ranked[:32]
    assert spread(ranked, body_chars=15_000, spoken=True) == ranked[:15]


def test_a_short_note_keeps_everything_it_has_in_the_order_given() -> None:
    ranked = numbered(5)[::-1]
    assert spread(ranked, body_chars=300) == ranked


def test_the_budget_is_dealt_across_sections_in_turn() -> None:
    dense = numbered(30, section="经营", start=0)
    sparse = numbered(4, section="小结", start=100)
    kept = spread(dense + sparse, body_chars=0)  # ranked: every dense draft before the sparse ones
    assert Counter(d.source.section for d in kept) == {"经营": MIN_BUDGET - 4, "小结": 4}
    assert [d for d in kept if d.source.section == "经营"] == dense[: MIN_BUDGET - 4]  # best first


# --- one item per sentence ---------------------------------------------------------------------------


def test_a_sentence_gives_one_item_however_many_facts_it_holds() -> None:
    sentence = "居民议事会每月开会2次，方案通过率达到85%。"
    first = draft("居民议事会每月开会[…]，方案通过率达到85%。", "2次", sentence, fact="a", kind="figure")
    second = draft("居民议事会每月开会2次，方案通过率达到[…]。", "85%", sentence, fact="b", kind="figure")
    assert spread([first, second], body_chars=0) == [first]
    # a deck asking several types may take two items of a sentence, but not two figures that each
    # stand whole in the other's stem (2次 beside […], 85% beside […]), however short they are
    assert spread([first, second], body_chars=0, per_sentence=2) == [first]
    meets = draft("居民议事会每月开会[…]。", "2次", "居民议事会每月开会2次。", fact="c", kind="figure")
    rate = draft("方案通过率达到[…]。", "85%", "方案通过率达到85%。", fact="d", kind="figure")
    assert spread([meets, rate], body_chars=0) == [meets, rate]


def test_a_figure_another_kept_stem_states_whole_is_not_asked_again() -> None:
    said = draft("只要每天练一小时，半年后的通过率就能接近100%。", "每天练一小时", "", fact="a")
    asked = draft("考试里没有[…]的把握。", "100%", "考试里没有100%的把握。", fact="b", kind="figure")
    assert spread([said, asked], body_chars=0) == [said]
    other = draft("考试里没有[…]的把握。", "10%", "考试里没有10%的把握。", fact="c", kind="figure")
    assert spread([said, other], body_chars=0) == [said, other]  # 10% does not stand whole in 100%


def test_a_second_fact_of_a_sentence_whose_stem_shows_the_first_answer_is_not_asked() -> None:
    sentence = "书架数从15个增长到90个，只用了9个月。"
    first = draft("书架数从15个增长到[…]，只用了9个月。", "90个", sentence, fact="a", kind="figure")
    second = draft("书架数从15个增长到90个，只用了[…]。", "9个月", sentence, fact="b", kind="figure")
    assert spread([first, second], body_chars=0, per_sentence=2) == [first]  # 90个 stands in its stem


def test_the_same_words_on_another_line_are_another_sentence() -> None:
    one = draft("Revenue grew by […] last year.", "a third", line=3)
    two = draft("Revenue grew by […] last year.", "two fifths", line=9)
    assert spread([one, two], body_chars=0) == [one, two]


# --- an answer stated twice --------------------------------------------------------------------------


def test_an_answer_the_lead_and_the_body_both_state_is_asked_once() -> None:
    lead = draft("导读：独立书店的核心是[…]。", "复购率", line=2, section="导读")
    body = draft("林若溪认为，经营的关键在于[…]，即老顾客回来的比例。", "复购率", line=9, section="经营")
    assert spread([lead, body], body_chars=0) == [lead]
    english = [
        draft("The key lesson is […].", "deliberate practice", line=1),
        draft("Ericsson called it […], and it takes years.", "Deliberate practice", line=5),
    ]
    assert spread(english, body_chars=0) == english[:1]


def test_a_short_answer_may_repeat_it_is_given_away_by_no_one() -> None:
    # 5% in one sentence and 5% in another are two facts, not one stated twice
    one = draft("毛利率提高了[…]。", "5%", line=1, kind="figure")
    two = draft("退货率下降了[…]。", "5%", line=2, kind="figure")
    assert spread([one, two], body_chars=0) == [one, two]


def test_a_facts_own_forms_share_their_answer() -> None:
    # a deck asking for questions and clozes gets both forms of one fact
    question = draft("平均复购率约多少？", "约38%", "平均复购率约38%。", fact="f", item_type="basic")
    cloze = draft("平均复购率[…]。", "约38%", "平均复购率约38%。", fact="f")
    assert spread([question, cloze], body_chars=0, per_sentence=2) == [question, cloze]


# --- no give-away ---------------------------------------------------------------------------------------


def test_a_stem_that_gives_a_kept_answer_away_is_dropped() -> None:
    kept = draft("什么是“[…]”？", "人才密度", line=1, kind="framework")
    giveaway = draft("阿莫迪认为人才密度取决于[…]。", "招聘标准", line=5)
    assert spread([kept, giveaway], body_chars=0) == [kept]
    english = [
        draft("[…] is a rule for beginning dull tasks.", "The five-minute start", line=1),
        draft("The five-minute start asks you to begin with […].", "five minutes", line=4),
    ]
    assert spread(english, body_chars=0) == english[:1]


def test_an_answer_given_away_by_a_kept_stem_is_not_asked() -> None:
    kept = draft("[…]之所以成功，是因为它长期重视人才密度。", "这家公司", line=1)
    later = draft("决定竞争力的核心是[…]。", "人才密度", line=5)
    assert spread([kept, later], body_chars=0) == [kept]


def person_asked(question: str, answer: str, line: int) -> Draft:
    """What a named person is, asked by their name (Who was X?, X是什么身份？)."""
    return draft(question, answer, line=line, kind="person", item_type="reversed")


def test_asking_who_a_person_is_gives_away_no_other_thing_asked_of_them() -> None:
    wrote = draft(
        "Who wrote the essay 'On Slow Roads'?", "Orla Penhallow", line=2, kind="meta", item_type="basic"
    )
    who = person_asked("Who was Orla Penhallow?", "a surveyor of drove tracks", 4)
    known = person_asked("What is Orla Penhallow known for?", "mapping the salt routes", 5)
    assert spread([wrote, who, known], body_chars=0) == [wrote, who, known]
    assert spread([who, wrote], body_chars=0) == [who, wrote]  # either one kept first
    zh = [
        draft("《慢路》的作者是谁？", "柏青岚", line=2, kind="meta", item_type="basic"),
        person_asked("柏青岚是什么身份？", "古道测绘员", 4),
    ]
    assert spread(zh, body_chars=0) == zh


def test_who_a_person_is_asked_both_ways_is_still_one_fact() -> None:
    founded = draft(
        "Who founded Tallow Lane Press?", "Orla Penhallow", line=2, kind="person", item_type="basic"
    )
    who = person_asked("Who is Orla Penhallow?", "the founder of Tallow Lane Press", 4)
    assert spread([founded, who], body_chars=0) == [founded]
    assert spread([who, founded], body_chars=0) == [who]
    other = draft("Orla Penhallow walked the route in […].", "a week", line=6)
    assert spread([founded, other], body_chars=0) == [founded]  # a stem of another kind still tells


def test_a_common_two_character_word_in_another_stem_gives_nothing_away() -> None:
    # 数学 recurs in any text about it: finding it in another stem is no give-away
    term = draft("这门课最看重的学科是[…]。", "数学", line=1)
    other = draft("学好数学靠的是[…]。", "刻意练习", line=4)
    assert spread([term, other], body_chars=0) == [term, other]


def test_through_generate_a_figure_in_the_lead_and_the_body_is_one_item() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    text = (
        "# 社区书店调查\n\n导读：去年全市新开了约120家独立书店。\n\n## 开店潮\n\n"
        "据行业协会统计，去年全市新开了约120家独立书店，大多开在老城区。\n"
    )
    items = generate([parse_text(text, name="shops", path="shops.md")], "deck")
    assert [i.answer for i in items].count("约120家") == 1


def test_select_gives_a_transcript_the_smaller_budget() -> None:
    from dataclasses import replace

    from quizgen.generate.quality import select
    from quizgen.generate.salience import Emphasis

    ranked = []
    for i in range(40):
        term = f"守则{chr(0x4E00 + i)}{chr(0x4E00 + i)}"
        stem = draft(f"书店经营的第{i}条规则叫做[…]，作者在书里反复提到。", term, line=i)
        ranked.append(replace(stem, cloze=stem.question.replace("[…]", "{{c1::" + term + "}}")))
    notes = Emphasis(frozenset(), "", frozenset(), body_chars=15_000)
    # the speakers set every term off (a transcript keeps only what its speakers stress)
    stressed = frozenset(d.answer for d in ranked)
    talk = Emphasis(stressed, "", frozenset(), body_chars=15_000, spoken=True)
    assert len(select(ranked, emphasis={"notes": notes})) == 40
    assert len(select(ranked, emphasis={"notes": talk})) == 15


def test_the_same_figure_said_again_about_the_same_thing_is_one_item() -> None:
    first = draft("一次投篮命中的概率是[…]，多投几次总能进球。", "20%", line=1, kind="figure")
    again = draft("只要把这个[…]命中概率的投篮多投几次就行。", "20%", line=2, kind="figure")
    other = draft("把投篮命中的概率提高到[…]就能少投几次。", "20", line=3, kind="figure")
    assert spread([first, again, other], 0) == [first, other]  # signs kept: 20% is not 20


def test_an_answer_inside_another_kept_answer_is_the_same_idea_asked_twice() -> None:
    whole = draft("哪个概念是指：企业竞争力的核心在于顶尖人才的聚集？", "人才密度优先", line=1)
    part = draft("哪个概念是指：顶尖人才的聚集与协作能力？", "人才密度", line=2)
    assert spread([whole, part], 0) == [whole]


def test_a_name_glossed_with_its_role_is_the_same_answer_as_the_name() -> None:
    speaker = draft(
        "这场讲座的主讲人是谁？",
        "沈砚秋（市档案馆 副研究馆员）",
        "主讲：沈砚秋（市档案馆 副研究馆员）",
        kind="meta",
        item_type="basic",
    )
    role = draft("谁是市档案馆副研究馆员？", "沈砚秋", "沈砚秋（市档案馆 副研究馆员）", line=2, kind="person")
    assert spread([speaker, role], 0) == [speaker]
    english = [
        draft("Who gave the talk?", "Ines Barros, a soil ecologist", kind="meta", item_type="basic"),
        draft("Which soil ecologist studied earthworm tunnels?", "Ines Barros", line=3, kind="person"),
    ]
    assert spread(english, 0) == english[:1]
    # figures keep their thousands separator: 3,000 and 3 are different answers
    money = [draft("The grant was $[…].", "3,000", line=1), draft("It ran for […] years.", "3", line=2)]
    assert spread(money, 0) == money


def test_a_name_that_stem_after_stem_states_is_not_asked_the_stems_are() -> None:
    speaker = draft("这场演讲的主讲人是谁？", "苏沐阳", line=1, kind="meta", item_type="basic")
    said = [
        draft(f"苏沐阳强调，第{i}个指标叫做[…]。", f"指标{chr(0x4E00 + i)}{chr(0x4E00 + i)}", line=10 + i)
        for i in range(3)
    ]
    assert spread([speaker, *said], body_chars=0) == said
    # named in two other stems only, the one asking for the name is kept first, as before
    assert spread([speaker, *said[:2]], body_chars=0) == [speaker]


def test_a_blank_that_stem_after_stem_states_yields_to_those_stems() -> None:
    firm = draft("2013年，林若溪创办了“[…]”。", "松石茶铺", line=1)
    figures = [
        draft(f"松石茶铺第{i}年开到了[…]。", f"{i + 2}0家", line=10 + i, kind="figure") for i in range(1, 4)
    ]
    assert spread([firm, *figures], body_chars=0) == figures
    assert spread([firm, *figures[:1]], body_chars=0) == [firm]


def test_a_chinese_amount_inside_a_longer_one_is_not_stated_by_it() -> None:
    earned = draft("开业头一年净赚[…]多。", "三万", line=1, kind="figure")
    shared = draft("去年店长平均拿到三万二千元，最多的拿了[…]。", "十九万", line=2, kind="figure")
    assert spread([earned, shared], body_chars=0) == [earned, shared]
    said = draft("去年店长平均拿到三万元，最多的拿了[…]。", "十九万", line=2, kind="figure")
    assert spread([earned, said], body_chars=0) == [earned]


def test_a_figure_inside_a_terms_definition_gives_way_to_the_term() -> None:
    line = "Dependency ratio — the number of under-15s and over-64s per 100 people of working age."
    figure = draft(line.replace("100 people", "[…]"), "100 people", line, line=7, kind="figure")
    term = draft(
        'What is meant by "Dependency ratio"?',
        "the number of under-15s and over-64s per 100 people of working age",
        line,
        line=7,
        kind="framework",
        item_type="basic",
    )
    elsewhere = draft("Japan's ratio passed […] in 2020.", "70", line=9, kind="figure")
    kept = spread([figure, term, elsewhere], body_chars=3000)
    assert [d.kind for d in kept] == ["framework", "figure"]
    assert kept[1] is elsewhere


def test_one_end_of_a_change_asked_whole_elsewhere_is_not_asked_again() -> None:
    whole = draft(
        "Crate reuse climbed […] over two seasons, the main source of the saving.",
        "from 44% to 79%",
        "Crate reuse climbed from 44% to 79% over two seasons, the main source of the saving.",
        line=3,
        kind="figure",
    )
    end = draft(
        "Crate reuse stood at […] in 2020 and reached 79% over two seasons.",
        "44%",
        "Crate reuse stood at 44% in 2020 and reached 79% over two seasons.",
        line=9,
        kind="figure",
    )
    assert spread([whole, end], 3000) == [whole]


def test_an_amount_of_money_said_twice_however_hedged_is_one_fact() -> None:
    offer = draft(
        "In 2021 a school chain offered the studio a contract worth […] a year.",
        "about $4M",
        line=3,
        kind="figure",
    )
    aside = draft(
        "Priya objected — […] pays for a lot of hiring — and the vote went 3–2.", "$4M", line=9, kind="figure"
    )
    other = draft("Its rival took a grant of […] in the same year.", "$1M", line=12, kind="figure")
    assert spread([offer, aside, other], 3000) == [offer, other]


def test_a_large_number_said_twice_in_one_section_in_two_units_is_one_fact() -> None:
    far = draft("那个星系离我们[…]光年。", "大约 2.6 亿", line=3, kind="figure", section="观测")
    light = draft("它发出的光走了[…]才到地球。", "2.6 亿年", line=5, kind="figure", section="观测")
    other = draft("另一个星系离我们[…]光年。", "5,000 万", line=7, kind="figure", section="观测")
    assert spread([far, light, other], 3000) == [far, other]
    elsewhere = draft("这片岩层形成于[…]前。", "2.6 亿年", line=30, kind="figure", section="历史")
    assert spread([far, elsewhere], 3000) == [far, elsewhere]  # another section: another context
    small = draft("光走了[…]才到。", "2,600 年", line=5, kind="figure", section="观测")
    assert (
        spread([draft("离我们[…]光年。", "2,600", line=3, kind="figure", section="观测"), small], 3000)[-1]
        == small
    )


def test_a_change_whose_end_is_kept_already_is_not_asked_again() -> None:
    end = draft(
        "Crate reuse stood at […] in 2020 and reached 79% over two seasons.",
        "44%",
        "Crate reuse stood at 44% in 2020 and reached 79% over two seasons.",
        line=3,
        kind="figure",
    )
    whole = draft(
        "Crate reuse climbed […] over two seasons, the main source of the saving.",
        "from 44% to 79%",
        "Crate reuse climbed from 44% to 79% over two seasons, the main source of the saving.",
        line=9,
        kind="figure",
    )
    assert spread([end, whole], 3000) == [end]
