"""A framework item asks what its term is: not who coined it, nor the members of a counted list."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from quizgen.generate.definitions import definition_problem, term_problem
from quizgen.generate.draft import Draft
from quizgen.model import Source


def reversed_item(definition: str, term: str, zh: bool = True) -> Draft:
    question = f"哪个概念是指：{definition}？" if zh else f"Which term means: {definition}?"
    return Draft(
        kind="framework",
        type="reversed",
        anchor=term,
        question=question,
        answer=term,
        explanation=f"{term}：{definition}",
        source=Source("notes", "", 1),
        fact=term,
    )


def basic_item(definition: str, term: str) -> Draft:
    """What the term means, asked forward (什么是“X”？ / What is meant by "X"?)."""
    zh = bool(re.search(r"[\u4e00-\u9fff]", term))
    question = f"什么是“{term}”？" if zh else f'What is meant by "{term}"?'
    return replace(reversed_item(definition, term, zh), type="basic", question=question, answer=definition)


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("备料、上浆、晾干", "装裱三步", True),
        ("有记录、有人传、改不了、还要再见面", "口碑四前提", True),
        ("矿物、植物、动物", "天然染料三大类", True),
        ("warp / weft / finish", "Three layers", False),
        ("sort, wash, press, fold", "the four steps", False),
    ],
)
def test_the_members_of_a_counted_list_are_not_what_the_list_is(definition: str, term: str, zh: bool) -> None:
    problem = definition_problem(reversed_item(definition, term, zh))
    assert problem is not None and "counted list" in problem


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("解元、会元、状元全得", "连中三元"),  # an idiom with a numeral, not a count of its list
        ("板鼓、大锣、小锣、铙钹", "武场"),  # a category defined by its members
        ("识别、评估、处置，缺一不可的一套流程", "风险三步"),  # more than the members
    ],
)
def test_a_term_defined_by_its_members_or_an_idiom_is_asked(definition: str, term: str) -> None:
    assert definition_problem(reversed_item(definition, term)) is None


def test_who_coined_a_term_is_not_what_it_is() -> None:
    problem = definition_problem(reversed_item("梁漱溟提出的概念", "伦理本位"))
    assert problem is not None and "coined" in problem
    english = definition_problem(
        reversed_item("a term coined by Thorstein Veblen", "conspicuous consumption", False)
    )
    assert english is not None and "coined" in english
    assert definition_problem(reversed_item("梁漱溟提出的概念，指以家庭伦理关系组织社会", "伦理本位")) is None
    # …however long the name it credits, with its gloss in brackets
    long_name = definition_problem(
        reversed_item("这是罗伯特·西奥迪尼（Robert Cialdini）首先使用的说法", "登门槛")
    )
    assert long_name is not None and "coined" in long_name


def test_a_records_field_label_is_no_term_unless_asked_within_its_group() -> None:
    for item in (
        reversed_item("试点半年后投诉少了一半，续约率也上来了", "效果"),
        basic_item("mm Hg, read off the cuff's dial", "Units"),
    ):
        problem = definition_problem(item)
        assert problem is not None and "field label" in problem
    grouped = replace(
        reversed_item("试点半年后投诉少了一半", "效果"),
        question="在“评估的三个维度”中，哪一项是指：试点半年后投诉少了一半？",
    )
    assert definition_problem(grouped) is None


def test_a_rating_in_stars_is_no_meaning() -> None:
    for item in (
        reversed_item("★★★☆☆ — lively on the trade, thin on the maps", "The trade chapter", False),
        basic_item("★★★★☆，案例好，理论弱", "总评"),
    ):
        problem = definition_problem(item)
        assert problem is not None and "rating" in problem
    assert (
        definition_problem(reversed_item("lively on the trade, thin on the maps", "The trade chapter", False))
        is None
    )


def test_a_sayings_label_is_not_defined_by_the_saying() -> None:
    problem = definition_problem(reversed_item("宁慢勿急", "装裱口诀"))
    assert problem is not None and "saying" in problem
    motto = definition_problem(reversed_item("measure twice, cut once", "the workshop motto", False))
    assert motto is not None and "saying" in motto


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("通常在连续加班之后突然出现", "职业倦怠", True),
        ("往往由一次小的误会引发", "冷战", True),
        ("usually follows a sudden loss of income", "the debt spiral", False),
    ],
)
def test_how_a_thing_tends_to_behave_is_not_what_it_is(definition: str, term: str, zh: bool) -> None:
    problem = definition_problem(reversed_item(definition, term, zh))
    assert problem is not None and "tends" in problem


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("通常指连续加班之后的身心耗竭", "职业倦怠", True),
        ("一种在连续加班之后出现的身心耗竭", "职业倦怠", True),
        ("usually means a loan taken to repay another loan", "the debt spiral", False),
    ],
)
def test_a_definition_that_says_what_a_thing_usually_is_stays(definition: str, term: str, zh: bool) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is None


@pytest.mark.parametrize(
    ("definition", "term", "zh", "because"),
    [
        ("美院油画系毕业，后来进了研究所的壁画组", "韩青", True, "person"),
        ("老周的徒弟，年轻一代", "韩青", True, "person"),
        ("账单导入的接口已完成，前端还差两周", "曹蕾", True, "person"),  # a meeting's status line
        ("把手放进冰水里一分钟", "冰水实验", True, "experiment"),
        ("多数人觉得后一种说法更可能", "律师问题", True, "experiment"),
        ("children who waited for a second treat", "the marshmallow study", False, "experiment"),
        ("开价、还价、锚点", "生活里", True, "place word"),
        ("locks, a single writer, a final merge", "Watch for hidden serial steps", False, "advice"),
        ("修复组另一项工作", "描摹", True, "which group"),
    ],
)
def test_a_person_a_study_a_fragment_or_advice_is_no_term(
    definition: str, term: str, zh: bool, because: str
) -> None:
    problem = definition_problem(reversed_item(definition, term, zh))
    assert problem is not None and because in problem


def test_a_name_like_term_defined_as_a_thing_is_still_a_term() -> None:
    assert definition_problem(reversed_item("用石块砌成的拱桥", "石拱桥")) is not None  # its head word
    assert definition_problem(reversed_item("把漆一层层刷在器物上", "髹漆")) is None
    assert definition_problem(reversed_item("给发条蓄力", "上弦")) is None


def test_a_definition_that_says_or_quotes_the_term_gives_it_away() -> None:
    said = definition_problem(reversed_item("只剩半张，复原后是一件很大的铜面具", "铜面具（3 号坑）"))
    assert said is not None and "head word" in said
    quoted = definition_problem(reversed_item("判断时以最先看到的数（“锚”）为起点", "锚定效应"))
    assert quoted is not None and "head word" in quoted
    assert definition_problem(reversed_item("判断时以最先看到的数为起点", "锚定效应")) is None


def test_a_claim_with_its_own_subject_is_no_definition() -> None:
    claim = definition_problem(reversed_item("Africa is mainly north–south", "Axis orientation", False))
    assert claim is not None and "claim" in claim
    assert definition_problem(reversed_item("Anything that is done daily", "Routine", False)) is None
    assert definition_problem(reversed_item("A trial that is run twice", "Replication", False)) is None


def test_a_speakers_name_in_capitals_is_no_term() -> None:
    problem = definition_problem(reversed_item("Thanks, Dana", "LENA ORTIZ", False))
    assert problem is not None and "speaker" in problem
    assert definition_problem(reversed_item("twenty-foot equivalent unit, a box size", "TEU", False)) is None


def test_an_english_term_whose_every_word_its_definition_says_is_given_away() -> None:
    from quizgen.generate.definitions import names_its_head

    assert names_its_head(
        "Meaningless words", 'Which term means: words like "freedom" that have no agreed meaning?'
    )
    assert not names_its_head(
        "Covering index", "Which term means: index that contains every column a query needs?"
    )
    assert not names_its_head("Term limits", "Which term means: caps on how long one may hold an office?")
    # a Chinese term spelt out with a word let in (冷库容量 in 冷库总容量) is given away
    assert names_its_head("冷库容量", "哪个概念是指：全国冷库总容量约 2.3 亿立方米？")
    assert not names_its_head("冷库容量", "哪个概念是指：冷藏仓储能放下的货物总体积？")
    # a term's first word said, the rest only its kind (习惯, 原则): 晨跑习惯 by a definition saying 晨跑
    assert names_its_head("晨跑习惯", "哪个概念是指：每天晨跑半小时，雨天改在室内？")
    assert not names_its_head("晨跑习惯", "哪个概念是指：每天天亮后先跑半小时，雨天改在室内？")
    # a hyphenated term's first part said in its definition leaves the rest a guess away
    assert names_its_head(
        "Harbour-facing", "Which term means: a stall whose counter looks out on the harbour?"
    )
    assert not names_its_head("Self-serve", "Which term means: the customer fetches the item alone?")


def test_someone_unnamed_a_pilot_and_scaling_up_are_no_terms() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("一位不愿具名的前仓店长", True)
    assert term_problem("Pilot at a 300-person software firm", False)
    assert term_problem("Scale it up", False)
    assert term_problem("订单密度", True) is None


def test_a_name_glossed_by_who_the_person_is_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("孟怀川", True, "作者大学时的班主任，一个研究劳动史的老先生")
    assert term_problem("杜晓岚", True, "车间的老质检组长，在厂里干了 19 年")
    assert term_problem("导师制", True, "每个新人配一位导师，负责带教三个月") is None  # a practice
    assert term_problem("隐性工序", True, "不写进作业指导书、却决定良品率的手上功夫") is None


def test_a_label_over_a_roll_of_people_is_no_term() -> None:
    roll = definition_problem(reversed_item("卜晓（社区社工）；严素梅（会员代表，旁听）", "列席（无表决权）"))
    assert roll is not None and "who is listed" in roll
    assert definition_problem(reversed_item("到会理事超过半数，会议方为有效", "法定人数")) is None


def test_a_pronoun_says_whose_a_line_is_and_names_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("Mine (the weekly report)", False, "Ana could not find it in a minute")
    assert term_problem("我们的", True, "三个人轮流值班，周末不排")
    assert term_problem("Mindset", False, "the beliefs a person holds about their own ability") is None


def test_a_storys_heading_with_a_relative_clause_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("The outliers that clinched it", False)
    assert term_problem("Cognitive load theory", False) is None


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("工厂一般 30 天，医院要 90–120 天", "回款周期", True),  # amounts under a label
        ("大约 35%，比去年低一点", "复购率", True),  # opens on a figure
        ("选一本小说，写 2000 字读后感，11月30日前交", "期中作业", True),
        ("据市统计局的年度公报", "附注", True),  # where a figure came from
        ("《原则》（读第二遍）", "在读的书", True),  # a title
        ("“先活下来，再谈理想”", "送给新人的一句话", True),  # a quotation
        ("tried it for 3 weeks, then 2 more in May", "Morning pages", False),
        ("Meeting Notes Date: Wednesday, 6:00 p.m. - 8:15 p.m", "Transport Committee", False),  # its hours
    ],
)
def test_a_labels_value_that_states_amounts_a_source_or_a_title_is_no_definition(
    definition: str, term: str, zh: bool
) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is not None
    basic = Draft(
        kind="framework",
        type="basic",
        anchor=term,
        question=f"“{term}”指什么？" if zh else f'What is meant by "{term}"?',
        answer=definition,
        explanation=f"{term}：{definition}",
        source=Source("notes", "", 1),
        fact=term,
    )
    assert definition_problem(basic) is not None


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("房租至少签 3 年，并约定涨幅上限", "锁价策略", True),  # one figure inside a rule is part of it
        ("电池当前容量与出厂容量之比", "健康度", True),
        ("the share of requests served within the target latency", "SLI", False),
    ],
)
def test_a_definition_with_at_most_one_figure_inside_it_stays(definition: str, term: str, zh: bool) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is None


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("biggest source of uncertainty in climate sensitivity", "Clouds"),
        ("partially cancels the water vapour feedback", "Lapse rate"),
    ],
)
def test_how_a_thing_ranks_or_what_it_does_is_not_what_it_is(definition: str, term: str) -> None:
    problem = definition_problem(reversed_item(definition, term, zh=False))
    assert problem is not None and "ranks" in problem


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("讲了热失控的三级防护：电芯级、模组级、舱级", "安全", True),
        ("Dana Whitcombe — former director of a housing charity, now a trainer", "Facilitator", False),
    ],
)
def test_what_was_said_under_a_topic_or_a_roles_holder_is_no_definition(
    definition: str, term: str, zh: bool
) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is not None


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("一般按月支出 * 3 到 6", "应急金", True),  # a sum to work out
        ("one month, extendable by two further months for complex requests", "SAR response", False),
        ("翻倍年数约等于 72 ÷ 年化收益率", "72法则", True),  # the term's own number
    ],
)
def test_a_sum_a_span_or_the_terms_own_number_is_no_definition(definition: str, term: str, zh: bool) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is not None


def test_what_the_author_talked_about_or_a_line_going_on_is_no_definition() -> None:
    said = reversed_item("作者重点讲了这个问题——宋钱在海外被当作通货使用", "铜钱外流")
    assert "what was said" in (definition_problem(said) or "")
    basic = basic_item("书中主要讲了宋钱在海外被当作通货使用", "铜钱外流")
    assert "what was said" in (definition_problem(basic) or "")
    going_on = reversed_item("又分 N1、N2、N3 三个阶段", "非快速眼动睡眠")
    assert "go on from the line before" in (definition_problem(going_on) or "")
    assert definition_problem(reversed_item("快速眼动之外的睡眠阶段，脑电波较慢", "非快速眼动睡眠")) is None


def test_a_label_ending_on_de_a_two_word_name_and_a_joined_term_spelt_out_are_rejected() -> None:
    assert "ending on 的" in (
        definition_problem(reversed_item("宋代笔记中关于海船的原始记载", "想继续读的")) or ""
    )
    assert "person" in (definition_problem(reversed_item("阿拉伯裔海商家族的第三代", "蒲怀远")) or "")
    assert "person" in (definition_problem(reversed_item("建议把食堂的燃气灶改为电灶", "冯子骞")) or "")
    joined = reversed_item("名义GDP按当期价格计算，实际GDP剔除了价格变动的影响", "名义GDP与实际GDP")
    assert "head word" in (definition_problem(joined) or "")


def test_words_in_the_first_person_under_a_principle_are_no_definition() -> None:
    principle = basic_item(
        "We have 62 metres of shelving and no way to get more", "The Shelf Has to Earn Its Space"
    )
    assert "first person" in (definition_problem(principle) or "")
    assert definition_problem(reversed_item("我们每周只开三天门", "开放时间")) is not None
    assert definition_problem(reversed_item("借出后一年无人再借就下架", "末次借阅规则")) is None


def test_a_label_under_the_writers_own_reflections_is_no_term() -> None:
    own = reversed_item("技术人要紧抓业务，深研技术", "围着业务转")
    for heading in ("个人感受", "延伸思考", "My thoughts", "Reflections"):
        mine = replace(own, source=replace(own.source, section=heading))
        assert "own reflections" in (definition_problem(mine) or "")
    for heading in ("第三讲 业务与技术", "启发法与偏差", "My takeaways"):
        assert definition_problem(replace(own, source=replace(own.source, section=heading))) is None


def test_one_point_of_several_is_no_definition() -> None:
    first = reversed_item("First aim is to calm the mind", "Breathing", zh=False)
    assert "one point of several" in (definition_problem(first) or "")
    assert "one point of several" in (
        definition_problem(reversed_item("第一，它让人觉得被看见", "认可")) or ""
    )
    assert definition_problem(reversed_item("the end goal of every habit", "Reward", zh=False)) is None


def test_a_terms_short_name_in_the_question_gives_it_away() -> None:
    under = reversed_item("每隔固定时间投入固定金额，买入同一组基金", "定期定额投资（定投）")
    headed = replace(
        under, question="在“定投与坚持的成本”中，哪个概念是指：每隔固定时间投入固定金额，买入同一组基金？"
    )
    assert "head word" in (definition_problem(headed) or "")
    assert definition_problem(under) is None


def test_a_nationality_or_a_post_held_opens_a_persons_profile_no_definition() -> None:
    assert "person" in (
        definition_problem(reversed_item("英国人，时任海关总税务司，主导海关兼办邮务", "赫德")) or ""
    )
    assert "person" in (definition_problem(reversed_item("时任天津海关税务司，负责试办工作", "德璀琳")) or "")
    assert definition_problem(reversed_item("中国人在东汉时改进的书写材料制法", "造纸术")) is None


def test_one_english_word_is_no_meaning_to_ask_a_term_by() -> None:
    assert definition_problem(reversed_item("escalate", "waiting list", zh=False)) is not None
    assert definition_problem(reversed_item("the work nobody asked for", "scope creep", zh=False)) is None


def test_a_quoted_mnemonic_is_no_meaning() -> None:
    basic = Draft(
        kind="framework",
        type="basic",
        anchor="押金",
        question="什么是“押金”？",
        answer="“三月封顶，二十日还，日万五，顶两成",
        explanation="押金：“三月封顶，二十日还，日万五，顶两成”",
        source=Source("notes", "", 1),
        fact="押金",
    )
    assert definition_problem(basic) is not None


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("Brackton, a port town of about 40,000 people, grew around its ferry", "Lead"),  # a place
        ("the Harlow forge on Mill Lane, Eastcombe", "Key place"),  # a specific place
        ("On the Cooling of Metals in Sealed Vessels, 112 pages", "Thesis"),  # a title
    ],
)
def test_a_label_over_a_name_a_title_or_a_claim_is_no_term_defined(definition: str, term: str) -> None:
    assert definition_problem(reversed_item(definition, term, zh=False)) is not None


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("the measure of disorder in a closed system", "Entropy"),
        ("how long it takes to fall asleep once in bed", "Sleep latency"),
        ("Shannon's measure of the information in a message", "Entropy"),
        ("remembering is an active rebuilding of the past from stored fragments", "Reconstructive memory"),
        ("Plan, do, check, act", "Four Stages of Quality Control"),
    ],
)
def test_an_english_meaning_passes(definition: str, term: str) -> None:
    assert definition_problem(reversed_item(definition, term, zh=False)) is None


def test_a_code_a_number_or_a_title_is_no_term_asked_either_way() -> None:
    assert definition_problem(basic_item("Markets, Queues and Everyday Scarcity", "ECON 214")) is not None
    assert definition_problem(basic_item("motives were mixed", "Three")) is not None
    assert definition_problem(basic_item("On the Cooling of Metals in Sealed Vessels, 112 pages", "Thesis"))
    assert definition_problem(basic_item("a lake dammed by a glacier's moraine", "Proglacial lake")) is None


def test_a_condition_or_a_clause_is_no_meaning_nor_term() -> None:
    assert definition_problem(reversed_item("若日调用量超出预期一倍", "成本风险")) is not None
    assert definition_problem(reversed_item("if demand doubles within a quarter", "Cost risk", zh=False))
    # how a variable behaves in a case, its subject cut off: no meaning
    assert definition_problem(reversed_item("linear if light is in excess", "CO2 level", zh=False))
    assert definition_problem(reversed_item("faster when warm", "Diffusion rate", zh=False))
    heat = reversed_item("the energy released when bonds form", "Bond enthalpy", zh=False)
    assert definition_problem(heat) is None
    clause = reversed_item(
        "two high waters of very unequal height each day", "Kelsby Bay showed an odd pattern", zh=False
    )
    assert definition_problem(clause) is not None
    assert (
        definition_problem(
            reversed_item("a home where staff help residents daily", "Assisted living", zh=False)
        )
        is None
    )


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("城市为了让机动车更快通行", "速度税"),  # a purpose clause, its main clause cut
        ("作者提出的一个概念", "街道眼"),  # who coined it, asked either way
        ("作者团队自创的测量指标", "街道停留指数"),  # who made it, not what it measures
        ("作者走访了三个县城的回收门店", "县域落差"),  # what the author did
        ("忙起来最先丢掉的不是睡眠", "边角挤出"),  # the "not X" half of "not X but Y", cut before Y
    ],
)
def test_a_clause_cut_short_or_the_authors_doing_is_no_meaning(definition: str, term: str) -> None:
    assert definition_problem(reversed_item(definition, term)) is not None


def test_a_parts_place_in_a_whole_is_no_concept() -> None:
    assert definition_problem(reversed_item("以防洪、航运和城市供水为主", "下游")) is not None
    assert definition_problem(reversed_item("以水能开发和灌溉为主", "第二阶段")) is not None
    assert definition_problem(reversed_item("当地居民自发组织的互助小组", "邻里会")) is None
    # a volume's or a chapter's place in a book, over the list of what it holds
    assert definition_problem(reversed_item("酿造（做酒）、腌渍（做菜）、晾晒（做干货）", "下册")) is not None
    assert definition_problem(reversed_item("讲城市怎样吸引年轻人", "第三章")) is not None


def test_a_step_of_a_recipe_or_a_craft_is_no_meaning() -> None:
    assert definition_problem(reversed_item("锅里放两勺清水（小火就够）", "焖煮")) is not None
    assert definition_problem(reversed_item("先泡二十分钟再上锅蒸", "回软")) is not None
    assert definition_problem(reversed_item("倒入米酒没过豆子", "发酵")) is not None
    # a compound verb is no step, and a way of doing named as such is a meaning
    assert definition_problem(reversed_item("加装电梯是刚需，但预算要先过业主大会", "电梯加装")) is None
    assert definition_problem(reversed_item("把湿面团反复折叠压平的过程", "叠面")) is None


def test_the_teachers_way_or_a_place_on_a_chart_or_a_tendency_is_no_meaning() -> None:
    assert term_problem("教练的窍门", zh=True) is not None
    assert term_problem("费曼技巧", zh=True) is None
    chart = basic_item("top right", "Steady Growth")
    assert definition_problem(replace(chart, question='What is meant by "Steady Growth"?')) is not None
    assert definition_problem(reversed_item("右上角", "稳步增长")) is not None
    tends = basic_item("usually a poor match, not a poor worker", "Stalled hires")
    assert definition_problem(replace(tends, question='What is meant by "Stalled hires"?')) is not None
    assert term_problem("第7题", zh=True) is not None


def test_a_label_that_ends_on_its_verdict_is_a_claim_not_a_term() -> None:
    assert term_problem("房租一加总价很高", zh=True) is not None
    assert term_problem("运输成本非常高", zh=True) is not None
    assert term_problem("横向比较法", zh=True) is None
    assert term_problem("边际成本", zh=True) is None


def test_a_purpose_with_its_main_clause_is_a_meaning() -> None:
    assert definition_problem(reversed_item("为了保护同事或团队而选择不说", "亲社会沉默")) is None
    assert definition_problem(basic_item("作者团队自创的测量指标", "街道停留指数")) is not None


def test_a_class_label_or_a_task_set_to_the_learner_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("Year 9 History", zh=False) is not None
    assert term_problem("Evaluate the model", zh=False) is not None
    assert term_problem("Explain why rates fall", zh=False) is not None
    assert term_problem("Natural increase", zh=False) is None


def test_a_named_principle_whose_distinctive_words_stand_in_its_definition_is_given_away() -> None:
    from quizgen.generate.definitions import names_its_head

    asked = "Which term means: the amount of ink used for a value should be proportional to that value?"
    assert names_its_head("The Proportional Ink Principle", asked)
    assert not names_its_head(
        "The Data-Ink Ratio", "Which term means: the share of a chart's ink that shows data?"
    )


def test_a_labels_value_that_is_the_note_takers_own_remark_says_no_meaning() -> None:
    remark = basic_item("didn't catch the title, something about river towns", "Book rec")
    assert definition_problem(remark) is not None
    zh = basic_item("没记下书名，大概是讲乡村集市的", "推荐书")
    assert definition_problem(zh) is not None


@pytest.mark.parametrize(
    ("definition", "term", "kept"),
    [
        ("card payments, login", "T0 critical", False),
        ("search suggestions, prefetch, nightly batch jobs", "Tier 2 sheddable", False),
        ("traffic that may be dropped first when the system is overloaded", "Tier 2 sheddable", True),
        ("plan, build, check, ship", "Release loop", True),  # not a class's label: its parts
    ],
)
def test_a_class_label_over_its_examples_has_no_meaning_to_ask(
    definition: str, term: str, kept: bool
) -> None:
    assert (definition_problem(reversed_item(definition, term, zh=False)) is None) is kept
    assert (definition_problem(basic_item(definition, term)) is None) is kept


def test_a_reading_is_no_term() -> None:
    assert definition_problem(reversed_item("表面只剩一两个分子层的液态水", "-20℃ 以下")) is not None
    assert definition_problem(reversed_item("冰在熔点以下表面先出现液态层的现象", "表面预融")) is None


def test_a_definition_pointing_outside_the_question_is_not_asked_by() -> None:
    from quizgen.generate.quality import rejection

    assert rejection(reversed_item("给客户汇报时推荐这个，先讲结论", "结论先行式")) is not None
    assert rejection(reversed_item("汇报时先讲结论、再讲理由的结构", "结论先行式")) is None
    assert rejection(basic_item("给客户汇报时推荐这个，先讲结论", "结论先行式")) is not None
    assert rejection(basic_item("汇报时先讲结论、再讲理由的结构", "结论先行式")) is None
    shared = "系统提示词、示例这些公共开头的缓存重用"  # 这些 sums up the list before it
    assert rejection(basic_item(shared, "前缀缓存")) is None
    assert rejection(reversed_item(shared, "前缀缓存")) is None
    assert rejection(basic_item("系统提示词、示例这些公共前缀的复用", "前缀复用")) is None  # sums up its list


def test_a_chinese_definition_of_a_word_or_two_is_no_meaning() -> None:
    assert definition_problem(reversed_item("随机", "抽签分配")) is not None
    assert definition_problem(basic_item("随机", "抽签分配")) is not None
    short_term = replace(reversed_item("x", "熬夜"), type="cloze", question="[…]是一种选择，不是一种义务。")
    assert definition_problem(short_term) is None  # a cloze's answer is its term, however short
    assert definition_problem(reversed_item("随机抽取中签者、不看出价", "抽签分配")) is None


def test_an_instruction_is_no_meaning() -> None:
    listed = "Create a full list of your daily habits and mark each one good, bad or neutral"
    assert definition_problem(reversed_item(listed, "Habit audit", zh=False)) is not None
    meaning = "a full list of your daily habits, each marked good, bad or neutral"
    assert definition_problem(reversed_item(meaning, "Habit audit", zh=False)) is None
    # a grower's step, what to do against a pest, is no meaning of the pest
    advice = "cover with fleece, or sow after mid June so the early brood finds nothing"
    assert definition_problem(reversed_item(advice, "Onion fly", zh=False)) is not None
    pest = reversed_item("an insect whose larvae tunnel into the bulbs", "Onion fly", zh=False)
    assert definition_problem(pest) is None


def test_a_cause_is_no_meaning() -> None:
    assert definition_problem(reversed_item("因为县城招不到熟练店员，培训周期长", "高人工占比")) is not None
    assert definition_problem(reversed_item("人工成本占营收的比例偏高", "高人工占比")) is None


def test_a_role_label_over_its_holder_is_no_term() -> None:
    assert definition_problem(basic_item("Lena Marsh, senior editor at Mill Weekly", "Moderator")) is not None
    assert definition_problem(basic_item("a person who keeps a discussion on track", "Moderator")) is None


def test_a_formula_of_symbols_is_no_meaning() -> None:
    assert definition_problem(reversed_item("(D / Q) x S", "Annual ordering cost", zh=False)) is not None
    assert (
        definition_problem(
            reversed_item("orders per year times the cost of one order", "Annual ordering cost", zh=False)
        )
        is None
    )


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("静息心率，安静时每分钟的心跳次数", "RHR", True),
        ("投资回报率（收益除以成本）", "ROI", True),
        ("recovery point objective, the most data a restore may lose", "RPO", False),
    ],
)
def test_an_acronym_is_not_asked_by_the_name_its_letters_stand_for(
    definition: str, term: str, zh: bool
) -> None:
    problem = definition_problem(reversed_item(definition, term, zh))
    assert problem is not None and "letters stand for" in problem
    assert definition_problem(basic_item(definition, term)) is None  # asked forward, it gives nothing away


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("一种目标管理方法，由团队每季度设定", "OKR", True),  # a description, not a name
        ("安静时每分钟心跳的次数，一般在60到100之间", "RHR", True),
        ("the age of the newest backup a restore may use, in minutes", "RPO", False),
    ],
)
def test_an_acronym_asked_by_a_description_is_kept(definition: str, term: str, zh: bool) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is None


def test_a_clause_counting_the_list_after_it_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    problem = term_problem("一次好复盘的结论只有三种", True, "事实、原因、下一步")
    assert problem is not None and "counting" in problem
    assert term_problem("花园里的害虫分为四类", True, "蚜虫、螨虫、蜗牛、蛾类幼虫")
    assert term_problem("三种产出", True, "事实、原因、下一步") is None  # a counted name is a term


def test_a_steps_instruction_or_a_bare_cap_is_no_term_and_no_meaning() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("Pick a starting plot", False) == "a piece of advice, not a term"
    assert term_problem("Count the gaps", False) == "a piece of advice, not a term"
    assert term_problem("Set theory", False) is None
    assert term_problem("Record linkage", False) is None
    capped = definition_problem(reversed_item("max 30 points", "Score the plot", False))
    assert capped is not None
    assert definition_problem(reversed_item("至多 3 次，超过就换人", "换人规则")) is not None


def test_a_facet_of_the_headings_topic_or_a_formulas_symbol_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    for facet in ("对乡村教育", "对地方财政", "时代背景", "历史意义", "语言", "叙事结构", "女性"):
        assert term_problem(facet, True) is not None, facet
    for term in ("对冲基金", "光合作用", "蝴蝶效应", "语言障碍矫治", "意识流手法描写"):
        assert term_problem(term, True) is None, term
    assert term_problem("K_t", False) is not None
    assert term_problem("x", False) is not None
    assert term_problem("GDP", False) is None


def test_an_acronym_asked_by_its_words_listed_with_commas_gives_them_away() -> None:
    listed = reversed_item("Planning, Execution and Review，即“计划、执行与复盘”", "PER")
    problem = definition_problem(listed)
    assert problem is not None and "letters stand for" in problem


def test_words_opening_on_the_tail_of_a_verb_of_saying_are_no_meaning() -> None:
    cut = definition_problem(reversed_item("说，好记性是练出来的", "事后标记"))
    assert cut is not None and "verb of saying" in cut
    assert definition_problem(reversed_item("说服别人时先讲对方的利益", "换位说服")) is None


def test_a_field_of_a_study_write_up_or_a_label_over_its_conclusion_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    for field in ("Analysis", "Sample", "研究设计", "书中结论", "核心观点"):
        assert term_problem(field, not field.isascii()) is not None, field
    assert term_problem("Attention residue", False) is None


def test_a_unit_or_a_list_of_products_is_no_meaning() -> None:
    unit = definition_problem(reversed_item("单位是勒克斯", "照度"))
    assert unit is not None and "unit" in unit
    products = definition_problem(reversed_item("Notion or Obsidian for teams", "Shared notebook", False))
    assert products is not None and "products" in products
    assert (
        definition_problem(
            reversed_item("a notebook the whole team can edit at once", "Shared notebook", False)
        )
        is None
    )


def test_advice_on_a_thing_is_not_what_it_is() -> None:
    assert definition_problem(basic_item("能用，但不要放进洗碗机，涂层会掉", "铸铁锅")) is not None
    assert definition_problem(
        basic_item("Don't preheat it empty; the colour comes out paler.", "Ceramic pan")
    )
    assert definition_problem(basic_item("一种表面有涂层、食物不易粘连的锅", "不粘锅")) is None
    # a rule on the thing, or two ways of it weighed, is what to do with it too
    assert definition_problem(basic_item("鲜花不能压，纸箱最多叠 4 层", "装箱")) is not None
    assert definition_problem(basic_item("开口袋 vs 封口袋：夏天封口会闷，冬天开口会干", "袋子")) is not None
    assert definition_problem(basic_item("把同一批货按大小和成色划成三档", "分级")) is None
    # how much or how often for a kind of thing: a schedule for it, not what it is
    assert definition_problem(basic_item("底肥足的话，一季追一次肥就行", "根茎类")) is not None
    assert definition_problem(basic_item("坐果后换高磷钾肥，7—10 天一次", "瓜类")) is not None
    assert definition_problem(basic_item("一次只种一种作物、连年不换的种植方式", "单作")) is None


def test_words_giving_someones_age_describe_a_person_not_a_term() -> None:
    assert definition_problem(reversed_item("渡口的老艄公，68岁，村里唯一还会撑篙的人", "贺老四")) is not None
    assert definition_problem(reversed_item("a ferryman, aged 68, the last to pole the old boat", "Tam Rees"))
    assert definition_problem(reversed_item("让孩子在十二岁以前多读纸质书的做法", "纸书优先")) is None


def test_the_head_of_one_named_place_is_a_person_not_a_term() -> None:
    remark = "出场不多，但没有他点头，第一批样品做不出来"
    assert definition_problem(basic_item(remark, "青石纸坊的厂长")) is not None
    assert definition_problem(basic_item("负责全公司用户体验的高管", "首席体验官")) is None


def test_a_notes_label_for_its_own_point_is_no_term() -> None:
    restated = reversed_item(
        "prices came from quarrels, not from theory looking for a use", "Thesis restated", zh=False
    )
    assert definition_problem(restated) is not None
    assert definition_problem(reversed_item("作者认为价格来自争吵，而不是理论", "核心观点")) is not None
    assert (
        definition_problem(reversed_item("a claim a study cannot test", "Unfalsifiable claim", zh=False))
        is None
    )


def test_a_label_over_a_hedged_count_states_a_figure_not_a_meaning() -> None:
    assert definition_problem(reversed_item("just over 2,300 active school accounts", "Schools", zh=False))
    assert definition_problem(reversed_item("不到 300 家合作门店", "门店", zh=True))


def test_a_lists_first_member_or_a_speakers_label_is_no_meaning_or_term() -> None:
    assert definition_problem(reversed_item("① 买方之间不能转售", "三个条件"))
    assert definition_problem(reversed_item('"Learn these three by heart" — in this order', "Prof", zh=False))
    assert definition_problem(reversed_item("先挑一个门店试行，再逐步推开", "思路"))
    assert definition_problem(reversed_item("利润率低、靠销量取胜的定价方式", "薄利多销")) is None


def test_a_speakers_label_in_minutes_is_a_person_not_a_term() -> None:
    said = reversed_item("试用天数要放进后台配置，别写在代码里", "何青（研发）")
    assert definition_problem(said) is not None
    assert definition_problem(reversed_item("与弹性形变方向相反的恢复力", "张力（物理）")) is None


def test_where_a_finding_came_from_is_no_term() -> None:
    for label, finding in (
        ("Repair-log data", "the poorest streets waited 2.1x longer for a pothole fix"),
        ("Harlow water board", "emergency fixes ran 3x the price of scheduled ones"),
    ):
        assert definition_problem(reversed_item(finding, label, zh=False)) is not None, label
    assert (
        definition_problem(reversed_item("data sets too large for one machine", "Big data", zh=False)) is None
    )


def test_a_relation_between_two_things_or_a_label_for_evidence_is_no_term() -> None:
    assert definition_problem(reversed_item("把糖分和脂肪酸送进菌丝", "树根给菌丝")) is not None
    assert definition_problem(reversed_item("菌丝死后留下的部分能在地下存很多年", "新证据")) is not None
    assert definition_problem(reversed_item("树根和菌丝交换养分的共生体", "菌根")) is None


def test_whose_view_a_note_gives_or_a_heading_with_its_gloss_is_no_term() -> None:
    assert definition_problem(basic_item("他认为补贴应该按户发，不该按梯发", "老周的立场")) is not None
    assert (
        definition_problem(basic_item("熟客会不会带朋友来，全看这一层", "口碑层 —— 客人愿不愿意推荐"))
        is not None
    )
    assert definition_problem(basic_item("顾客对一件东西值多少钱的判断", "感知价值")) is None


def test_an_amount_with_little_beside_it_or_a_promise_of_later_is_no_meaning() -> None:
    assert definition_problem(reversed_item("settles within ~2–4 wks", "topsoil", zh=False))
    assert definition_problem(reversed_item("decades to >500 yrs", "bedrock", zh=False))
    assert definition_problem(
        reversed_item("only named, the rest comes next lecture", "drainage index", zh=False)
    )
    assert definition_problem(reversed_item("下周再讲，先记住名字", "排水指数"))
    layer = "the loose layer of soil, which drains within 5 days of rain"
    assert definition_problem(reversed_item(layer, "topsoil", zh=False)) is None


def test_a_headers_topic_label_or_a_members_place_is_no_term() -> None:
    assert definition_problem(reversed_item("ocean heat and the feedbacks lecture", "Topic", zh=False))
    assert definition_problem(reversed_item("管理环——按时服药加饮食运动指导", "第二环"))
    assert definition_problem(reversed_item("按时服药加饮食运动指导，由社区医生负责", "管理圈")) is None


def test_words_pointing_at_the_lines_below_are_no_meaning() -> None:
    assert definition_problem(reversed_item("下面分三条展开 ↓", "分级响应"))
    assert definition_problem(reversed_item("three parts, see below:", "the audit loop", zh=False))
    assert definition_problem(reversed_item("按温度偏离的幅度分三级处理", "分级响应")) is None


def test_a_note_on_what_the_text_does_is_no_term_and_a_heading_aside_no_context() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("Ends with a quote", False) is not None
    assert term_problem("Opens with a story", False) is not None
    assert term_problem("Ending balance", False) is None


def test_a_place_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("法国", True, "民法典的源头，拿破仑时期编成") is not None
    assert term_problem("信赖保护", True, "已经作出的许可，政府一般不能随便收回") is None


def test_a_finding_reported_with_its_figure_is_no_meaning() -> None:
    assert definition_problem(reversed_item("书中说罚款带来的反感约为同额奖励的 1.8 倍", "罚款放大"))
    assert definition_problem(
        reversed_item("The study found fines weigh about 1.8 times rewards", "Penalty weight", False)
    )
    assert definition_problem(reversed_item("人对等额罚款的反感比对奖励的喜欢更强烈", "罚款放大")) is None


def test_advice_as_a_term_or_how_to_work_it_out_as_a_meaning_is_no_definition() -> None:
    assert definition_problem(basic_item("医生建议饭后散步二十分钟", "要多陪老人散步"))
    # a rule stated of a subject (X不能Y) is advice all the same, and so is a meaning cut at its dash
    assert definition_problem(basic_item("退款和注销这类步骤，只能把文案写清楚", "退款环节不能省"))
    assert definition_problem(basic_item("小店被房租和平台抽成两头挤压——", "双向夹击"))
    assert definition_problem(basic_item("小店被房租和平台抽成两头挤压，利润越来越薄", "双向夹击")) is None
    assert definition_problem(basic_item("按近几年的加权平均计算", "预计退货率"))
    assert definition_problem(basic_item("预计会被顾客退回的商品占销量的比例", "预计退货率")) is None


def test_a_speaker_in_minutes_named_with_a_post_is_no_term() -> None:
    said = "加装电梯是刚需，但预算要先过业主大会"
    item = replace(reversed_item(said, "费志强"), explanation=f"费志强（委员，3号楼楼长）：{said}")
    assert definition_problem(item)
    label = replace(reversed_item(said, "电梯加装"), explanation=f"电梯加装（二期）：{said}")
    assert definition_problem(label) is None


def test_the_label_of_a_terms_line_is_not_the_term() -> None:
    assert definition_problem(basic_item("*decision debt* — work lost to choices nobody makes", "Term"))
    assert definition_problem(reversed_item("决策债——迟迟没人拍板带来的浪费", "概念"))
    assert definition_problem(basic_item("work lost to choices nobody makes", "decision debt")) is None


def test_a_line_labelled_as_a_rule_names_no_term() -> None:
    assert definition_problem(basic_item("只砍最贵的那一项，每砍一次都重新核对预算", "原则"))
    assert definition_problem(basic_item("只砍最贵的那一项，每砍一次都重新核对预算", "砍单原则")) is None


def test_its_kinds_or_a_tasks_status_is_no_meaning() -> None:
    assert definition_problem(reversed_item("分水溶性和脂溶性两大类", "维生素"))
    assert definition_problem(basic_item("DONE, sent round on 3 March", "volunteer handbook update"))
    assert definition_problem(basic_item("still 'almost ready' (Ravi)", "donor portal"))
    assert (
        definition_problem(
            basic_item("a guide every new volunteer reads in the first week", "volunteer handbook")
        )
        is None
    )


def test_half_a_correlative_and_a_clause_with_its_own_subject_are_no_meanings() -> None:
    half = reversed_item("在拥挤的车厢里，站着的乘客越多", "拥挤效应")
    assert definition_problem(half) is not None and "越…越" in (definition_problem(half) or "")
    whole = reversed_item("站着的乘客越多，每个人让座的可能越小", "拥挤效应")
    assert definition_problem(whole) is None
    clause = basic_item("tenants can't fit solar panels; owners decide", "Access")
    assert "own subject" in (definition_problem(clause) or "")
    meaning = basic_item("the share of tenants who can fit solar panels without asking", "Access rate")
    assert definition_problem(meaning) is None


def test_what_someone_did_and_when_is_a_story_not_a_meaning() -> None:
    story = basic_item("她开店第三年才建了会员群", "早做社群")
    assert definition_problem(story) is not None
    meaning = basic_item("在开店前就把老顾客拉进群，先攒人气", "早做社群")
    assert definition_problem(meaning) is None


def test_half_of_a_long_term_in_its_definition_gives_it_away() -> None:
    said = reversed_item("碳排放交易在几个省开市以后，工厂多了一条卖额度的财路", "全国碳排放交易市场")
    assert definition_problem(said) == "the definition names the term's own head word"
    other = reversed_item("企业按排放配额买卖多余的额度，价格随供求浮动", "全国碳排放交易市场")
    assert definition_problem(other) is None


def test_a_development_is_no_meaning() -> None:
    grown = basic_item("随着碳市场在几个省开市，工厂多了一条卖额度的财路", "出口转型")
    assert "development" in (definition_problem(grown) or "")


def test_a_criterion_is_no_meaning() -> None:
    assert "how to judge" in (definition_problem(basic_item("越低越好，一般年化不超过1%", "看管理费")) or "")
    assert "how to judge" in (
        definition_problem(basic_item("the lower the better, under 1% a year", "Fees")) or ""
    )


def test_what_happened_is_no_meaning() -> None:
    for happened in ("Decree No. 4 meant the council never ran the mills", "Regional Assembly closed"):
        assert "claim" in (definition_problem(reversed_item(happened, "Dual rule", zh=False)) or "")
    meaning = reversed_item("power split between two bodies, each claiming authority", "Dual rule", zh=False)
    assert definition_problem(meaning) is None


@pytest.mark.parametrize(
    ("text", "terms", "labels"),
    [
        (  # a time in a timeline says when, it names nothing
            "# 熬夜之后的一天\n\n## 时间线\n\n"
            "- **第三天清晨**：昏沉最重，反应时间比平时慢一截。\n"
            "- **周五入夜之后**：生物钟的警觉信号退下去，困意一下子压上来。\n"
            "- **睡眠惰性**：刚醒时头脑迟钝、判断变差的状态。\n",
            {"睡眠惰性"},
            {"第三天清晨", "周五入夜之后"},
        ),
        (
            "# A night shift, hour by hour\n\n## Timeline\n\n"
            "- **The next morning**: reaction times are at their slowest of the whole cycle.\n"
            "- **After dusk**: the body clock's alerting signal fades and sleep pressure wins.\n"
            "- **Sleep inertia**: the groggy spell right after waking, when judgement is poor.\n",
            {"Sleep inertia"},
            {"The next morning", "After dusk"},
        ),
        (  # a pointer to the slides or to more reading is the event's furniture
            "# Notes from a talk on grid batteries\n\n## Terms\n\n"
            "- **Round-trip efficiency**: the share of stored energy a battery returns after a full cycle.\n"
            "- **Depth of discharge**: how much of its capacity a battery may empty before it recharges.\n"
            "- **Slides**: promised for Friday on the meetup page.\n"
            "- **Further reading**: the planning report the utility put out last spring.\n",
            {"Round-trip efficiency"},
            {"Slides", "Further reading"},
        ),
        (
            "# 储能读书会笔记\n\n## 概念\n\n"
            "- **调峰**：用电高的时候放电、低的时候充电，把负荷曲线削平。\n"
            "- **放电深度**：一次放掉的电量占电池容量的比例，越深越伤电池。\n"
            "- **延伸阅读**：去年那本讲电网的书值得一起读。\n",
            {"调峰", "放电深度"},
            {"延伸阅读"},
        ),
    ],
)
def test_a_time_or_a_pointer_in_a_glossary_is_no_term(text: str, terms: set[str], labels: set[str]) -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    asked = {i.answer for i in generate([parse_text(text, name="g")], "d") if i.kind == "framework"}
    assert terms <= asked and not asked & labels, asked


@pytest.mark.parametrize(
    ("term", "zh", "label"),
    [
        ("Comment", False, True),
        ("Edition", False, True),
        ("My take", False, True),
        ("全片一句话", True, True),
        ("前提条件", True, True),
        ("开头镜头", True, True),
        ("Take rate", False, False),
        ("长镜头", True, False),
        ("必要条件", True, False),
        ("副作用", True, False),
        ("主要议题", True, True),  # the meeting's agenda, a header's label
        ("议题设置", True, False),  # agenda-setting is a term
        ("Reading they set for week 2", False, True),  # someone did something: a note on the course
        ("Prep session this week", False, True),
        ("Type I error", False, False),
    ],
)
def test_a_notes_own_label_is_no_term_and_a_term_built_on_its_word_is(
    term: str, zh: bool, label: bool
) -> None:
    from quizgen.generate.definitions import term_problem

    assert (term_problem(term, zh) is not None) is label, term_problem(term, zh)


@pytest.mark.parametrize(
    ("term", "clause"),
    [
        ("周岚推荐", True),  # someone, then an act
        ("作者据县志统计", True),
        ("老师补充", True),
        ("墨菲定律", False),  # a law named for someone closes on a noun
        ("帕金森定律", False),
        ("教师期望效应", False),
        ("简化流程", False),
    ],
)
def test_someone_doing_something_labels_a_line_and_names_no_term(term: str, clause: bool) -> None:
    from quizgen.generate.definitions import term_problem

    assert (term_problem(term, True) is not None) is clause, term_problem(term, True)


def test_the_old_way_a_named_change_replaced_is_not_what_it_means() -> None:
    for old, new, term in (
        ("以前每周一次性把货进齐", "现在每天按前一天的销量补货", "按日补货"),
        (
            "Staff used to ship every order the moment it came in",
            "now orders wait for the 4 pm van",
            "Batch dispatch",
        ),
        ("Previously each team held its own spare parts", "today one store serves the site", "Shared stores"),
    ):
        item = reversed_item(old, term, zh=not term.isascii())
        item = replace(item, explanation=f"{term}: {old}, {new}.")
        reason = definition_problem(item)
        assert reason is not None and "before" in reason, (term, reason)
    # a past with no change after it may be what a historical term means
    assert definition_problem(reversed_item("过去从山里把木炭背到城里卖的人", "背炭人")) is None
    assert definition_problem(reversed_item("项目开始以前先设想它已经失败，再倒推原因", "事前验尸")) is None
    pre = reversed_item(
        "before the project starts, the team imagines it failed and asks why", "Pre-mortem", zh=False
    )
    assert definition_problem(pre) is None


def test_a_condition_or_a_category_is_not_asked_what_it_means() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("With a garden", False) is not None
    assert term_problem("Without a lease", False) is not None
    assert term_problem("Withholding tax", False) is None and term_problem("If-then plan", False) is None
    category = basic_item("都江堰、灵渠、郑国渠", "水利工程类")
    assert definition_problem(category) is not None and "category" in definition_problem(category)
    assert definition_problem(reversed_item("都江堰、灵渠、郑国渠", "水利工程类")) is None


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("出门前把钥匙、钱包、手机摸一遍，少了哪样都回头", "摸"),  # one everyday verb labelling a step
        ("客人一多，店里就找不到坐的地方", "挤"),
        ("开业三个月就急着开第二家、第三家，人手跟不上", "急于求成"),  # an idiom labelling a problem
        ("这一年没能去成的两个地方：北边的草原和南边的海岛", "遗憾"),
    ],
)
def test_an_everyday_word_or_an_idiom_labelling_a_point_is_no_term(definition: str, term: str) -> None:
    assert "everyday" in (definition_problem(reversed_item(definition, term)) or "")
    assert "everyday" in (definition_problem(basic_item(definition, term)) or "")


def test_an_everyday_word_is_a_term_within_its_group_or_defined_by_its_kind() -> None:
    grouped = replace(
        reversed_item("出门前把钥匙摸一遍", "摸"), question="在“出门三查”中，哪一项是指：出门前把钥匙摸一遍？"
    )
    assert definition_problem(grouped) is None
    assert definition_problem(reversed_item("利润率低、靠销量取胜的定价方式", "薄利多销")) is None
    # a rarer verb is a field's own term (rust on iron), not an everyday label
    assert definition_problem(reversed_item("铁在潮湿空气里慢慢生成铁锈、失去强度的过程", "锈蚀")) is None


@pytest.mark.parametrize(
    ("definition", "term", "zh", "said"),
    [
        ("地方议会第一次开会，定下了新的税法", "公元前 210 年", True, "a date"),
        ("the first ferry crossed with forty passengers", "March 1871", False, "a date"),
        ("税目越加越多，地方财政几乎停摆", "元末", True, "a period"),
        ("砂锅鸡（老街口往东那家，开了三十年）", "③ 晚餐", True, "a time"),
        ("paratroop landings at the two harbour towns", "7–8 Oct", False, "a date"),
        ("keeping the pressure steady", "its MAIN use", False, "possessive"),
        ("the current grows as the voltage grows", "Constant R and T", False, "condition"),
        ("a kettle lid rattling as the steam pushes it up", "Real-life", False, "label"),
        ("the city's buses carry about 40 million riders a year", "Headline number", False, "label"),
        ("a ban on new car parks near stations until the review", "Policy ask", False, "label"),
        ("先把要做的事写下来，再排进日程", "核心理念", True, "label"),
        ("晚饭后一起散步二十分钟，不谈作业", "给家长", True, "for"),
        ("午休延长到一小时，下午第一节改成自习", "对学校的建议", True, "for"),
        ("shared streets: cars and bikes at walking pace", "Idea of the week", False, "label"),
        ("the sharpest voice on the panel", "Okafor (investor)", False, "post"),
        ("kept asking who pays", "Lena Voss (host, city radio)", False, "post"),
        ("商税在岁入中的比重越来越高", "17 世纪中叶", True, "a period"),
        ("ferries gave way to the first bridges", "the late 19th century", False, "a period"),
        ("每月留出一笔教育金，另买一份意外险", "儿子", True, "kind of people"),
        ("看病的钱最难预留，先配医疗险", "老人", True, "kind of people"),
        ("故事里第一个出场、最后一个退场的人", "阿明", True, "kind of people"),
        ("收入太集中在一个人身上", "林医生的诊断", True, "whose view"),
        ("熟客越来越少，新客留不住", "最大的短板", True, "facet"),
        ("一户五口，每人每天用水若干，乘起来就是全村的用量", "书中引的一笔老账", True, "what the source"),
        ("aim for three slow rounds of 30 a side", "Wall sits", False, "advice"),
    ],
)
def test_a_date_a_ranked_slot_a_sources_example_or_a_target_is_no_term(
    definition: str, term: str, zh: bool, said: str
) -> None:
    assert said in (definition_problem(reversed_item(definition, term, zh)) or "")


@pytest.mark.parametrize(
    ("definition", "term", "zh", "said"),
    [
        ("聊山里的茶园怎么过冬", "韦一舟预告了新书", True, "someone doing"),
        ("门店的账要按周对一次", "收获最大", True, "verdict"),
        ("不是墙上贴的流程，而是每天实际怎么走的", "画出实际流程", True, "advice"),
        (
            "a fisheries scientist says the quotas came too late",
            "Some doubts in the article",
            False,
            "a note",
        ),
        ("spare socks and a head torch", "Pack a night bag", False, "advice"),
    ],
)
def test_a_deed_a_verdict_a_step_a_note_on_the_source_or_an_errand_is_no_term(
    definition: str, term: str, zh: bool, said: str
) -> None:
    assert said in (definition_problem(reversed_item(definition, term, zh)) or "")


def test_a_method_named_for_someone_and_a_speaker_with_the_team_they_joined_from() -> None:
    assert (
        definition_problem(reversed_item("每笔开销当天记两遍，月底对不上就查到对上为止", "韦氏记账法"))
        is None
    )
    labelled = replace(
        reversed_item("可以把卖剩的点心装成一袋打折卖", "石舟"),
        explanation="石舟（IT，中途加入）：可以把卖剩的点心装成一袋打折卖",
    )
    assert "post" in (definition_problem(labelled) or "")


@pytest.mark.parametrize(
    ("definition", "term", "zh", "said"),
    [
        ("有些新人，特别是第一次独立值班的时候", "慌中出错", True, "a clause of when"),
        ("因一方延误造成对方货物损失的", "责任叠加", True, "a clause of when"),
        ("drop a pinch of dough in warm water", "Sink check", False, "a step to take"),
    ],
)
def test_a_clause_of_when_or_a_step_to_take_is_no_meaning(
    definition: str, term: str, zh: bool, said: str
) -> None:
    assert said in (definition_problem(reversed_item(definition, term, zh)) or "")


def test_one_character_cut_from_its_letter_is_no_term() -> None:
    cut = replace(reversed_item("其余的，按市场价收", "档"), explanation="B 档：其余的，按市场价收")
    assert "cut from the label" in (definition_problem(cut) or "")


def test_a_hedged_price_is_no_meaning() -> None:
    priced = ("typically $18,000–$24,000 per bay", "Covered bay")
    assert "amounts" in (definition_problem(basic_item(*priced)) or "")
    assert "amounts" in (
        definition_problem(reversed_item("roughly $4,000–$6,000 per bay", "Open bay", False)) or ""
    )


@pytest.mark.parametrize("term", ["She's careful", "It is complicated", "Varga's point in a sentence"])
def test_a_remark_on_the_speaker_is_no_term(term: str) -> None:
    assert "a note on what the text does" in (
        definition_problem(reversed_item("says more than once that mulch cures nothing", term, False)) or ""
    )


@pytest.mark.parametrize(
    ("definition", "term"),
    [
        ("walking >> cycling > bus", "Mode share"),
        ("#gardening #soil #compost — next: a book on bees", "Shelf"),
    ],
)
def test_words_ranking_or_tagging_are_no_meaning(definition: str, term: str) -> None:
    for item in (reversed_item(definition, term, False), basic_item(definition, term)):
        problem = definition_problem(item)
        assert problem is not None and "rank" in problem, problem


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("older pupils reading with younger ones twice a week, one book a month", "Peer tutoring", False),
        ("早晚高峰加密班次，平峰改成预约，票价不变", "错峰接驳", True),
        ("a reading method: the older pupil reads a page, the younger one the next", "Paired reading", False),
        ("系统层：晚上十点后所有提醒静音", "静读模式", True),  # a framework's layer, then its meaning
        ("笔尖划过，屏幕同步显示，延迟 < 1 秒", "双屏同步", True),  # a bound on a figure, no ranking
    ],
)
def test_a_plain_meaning_is_still_asked(definition: str, term: str, zh: bool) -> None:
    assert definition_problem(reversed_item(definition, term, zh)) is None


def test_a_term_glossed_in_brackets_is_no_speaker() -> None:
    assert (
        definition_problem(
            reversed_item(
                "how much of a battery's power the grid counts on", "Capacity credit (de-rating)", False
            )
        )
        is None
    )


def test_what_a_thing_has_or_does_with_its_subject_cut_off_is_no_meaning() -> None:
    for definition in ("have glands that glow blue, ~40 species", "can sleep with half the brain awake"):
        problem = definition_problem(reversed_item(definition, "Swiftlets", False))
        assert problem is not None and "has or does" in problem
    assert (
        definition_problem(
            reversed_item("small cave birds that find their way by echoes", "Swiftlets", False)
        )
        is None
    )


def test_a_person_or_examples_one_after_another_are_no_meaning() -> None:
    named = definition_problem(basic_item("Jean-Paul Marat (French physician, 1780s)", "Marat's sign"))
    assert named is not None and "person" in named
    listed = definition_problem(basic_item("sage / thyme / rosemary (go easy!)", "Woody herbs"))
    assert listed is not None and "examples" in listed
    assert (
        definition_problem(
            basic_item("herbs with a woody stem that keep their leaves in winter", "Woody herbs")
        )
        is None
    )


@pytest.mark.parametrize(
    ("term", "definition"),
    [("陆启", "父亲，四十岁才开始种茶，带着三个侄子进山"), ("韩素", "续弦妻子，晚年一直照料他的起居")],
)
def test_a_name_glossed_first_by_who_the_person_is_is_no_term(term: str, definition: str) -> None:
    assert term_problem(term, True, definition) is not None


def test_a_tip_in_the_imperative_is_no_term() -> None:
    from quizgen.generate.definitions import term_problem

    assert term_problem("Get outside before noon", False) == "a piece of advice, not a term"
    assert term_problem("Limit your screen time", False) == "a piece of advice, not a term"
    assert term_problem("Limit order", False) is None  # a noun after it: a term of its own
    assert term_problem("Anchoring", False) is None


def test_a_step_that_follows_the_one_before_is_no_definition() -> None:
    step = reversed_item("Only now adjust the thresholds and the delays on the rule itself", "Tune", False)
    assert "go on from the line before" in (definition_problem(step) or "")
    then = reversed_item("然后再把结果写进周报，发给组长", "汇报")
    assert "go on from the line before" in (definition_problem(then) or "")
    assert (
        definition_problem(reversed_item("Adjusting a rule's thresholds and delays", "Tuning", False)) is None
    )


def test_what_a_term_is_to_the_work_is_no_definition() -> None:
    place = basic_item("the book's central tool", "The Spare Ledger")
    assert "what it is to the work" in (definition_problem(place) or "")
    assert definition_problem(basic_item("本书的主要工具", "冗余预算")) is not None
    assert (
        definition_problem(basic_item("a monthly record of each team's spare hours", "The Spare Ledger"))
        is None
    )


def test_where_a_name_comes_from_is_no_definition() -> None:
    origin = basic_item('from "navigators", the diggers of the first canals', "Navvies")
    assert "where the name comes from" in (definition_problem(origin) or "")
    assert definition_problem(basic_item("labourers who dug canals and railways", "Navvies")) is None


def test_a_notes_label_and_a_bare_cost_are_no_term_and_no_meaning() -> None:
    tip = reversed_item("keep a set of visited nodes to skip stale entries", "Implementation tip", False)
    assert "a note's label" in (definition_problem(tip) or "")
    nuance = reversed_item("the grades describe one essay, not the student", "Important nuance", False)
    assert "a note's label" in (definition_problem(nuance) or "")
    cost = basic_item("O(n log n)", "Heap sort")
    assert "a cost" in (definition_problem(cost) or "")
    assert (
        definition_problem(basic_item("a sort that builds a heap and pops it in order", "Heap sort")) is None
    )


def test_a_citation_a_formulas_symbols_and_an_emphasis_label_are_no_term_and_meaning() -> None:
    cited = reversed_item("Kotler, Keller et al., 2016", "Holistic marketing", False)
    assert "who proposed it" in (definition_problem(cited) or "")
    formula = reversed_item("Q_out / Q_in, never above one", "eta_th", False)
    assert "a formula's symbols" in (definition_problem(formula) or "")
    assert (
        definition_problem(reversed_item("冷热流体之间总的传热系数", "关键点")) is not None
    )  # a note's label


def test_a_memory_aid_label_is_no_term() -> None:
    assert definition_problem(reversed_item("先看比值，再看趋势，最后看季节", "一句话总结")) is not None


def test_who_proposed_it_a_voice_and_an_emphasis_label_in_a_list_are_no_term_and_meaning() -> None:
    assert "who proposed it" in (definition_problem(basic_item("Hale 提出", "相对剥夺")) or "")
    assert "who proposed it" in (definition_problem(basic_item("proposed by Hale & Ng", "Slack debt")) or "")
    voice = reversed_item("扩招以后县里考上的人变多了", "同学B")
    assert "a voice" in (definition_problem(voice) or "")
    grouped = reversed_item("底层要宽，请前台的人也来", "关键点")
    grouped = replace(grouped, question="在“三层漏斗”中，哪一项是指：底层要宽，请前台的人也来？")
    assert "a note's label" in (definition_problem(grouped) or "")


def test_a_clause_cut_before_its_condition_and_a_case_briefs_label_are_no_terms() -> None:
    from quizgen.generate.definitions import term_problem

    assert "a clause cut" in (term_problem("Applies where", False) or "")
    assert "a case brief's label" in (term_problem("Facts of Harlow v Dean", False) or "")
    assert term_problem("Duty of care", False) is None


def test_a_tours_voice_or_stop_a_rule_under_its_kind_or_a_remark_on_not_just_is_no_term() -> None:
    for label in ("Guide", "Audio guide", "Last stop", "Room 4", "Not just prints"):
        assert term_problem(label, zh=False) is not None, label
    for label in ("讲解员", "第三站", "基本规则"):
        assert term_problem(label, zh=True) is not None, label
    # a named rule and a host plant are terms
    assert term_problem("Rule of thirds", zh=False) is None
    assert term_problem("Host plant", zh=False) is None
    assert term_problem("Host", zh=False) is None  # a parasite's host, in a biology glossary
    assert term_problem("黄金分割规则", zh=True) is None


def test_a_motions_label_with_its_mover_and_seconder_is_no_term() -> None:
    assert term_problem("Amendment (Ortiz / —)", zh=False) is not None
    assert term_problem("Motion 2 (Lee / Park)", zh=False) is not None
    assert term_problem("Consent agenda", zh=False) is None


def test_a_part_of_the_work_a_listings_price_or_a_first_aiders_step_is_no_term_or_meaning() -> None:
    for label in ("Part III", "Chapter 4", "Book two"):
        assert term_problem(label, zh=False) is not None, label
    assert term_problem("Partial reinforcement", zh=False) is None
    listing = reversed_item("old merchant house, ¥500, closes at 5 p.m.", "Yoshida House", zh=False)
    assert definition_problem(listing) is not None
    assert definition_problem(reversed_item("Free, 6 a.m. to noon", "Harbour market", zh=False)) is not None
    gibbs = reversed_item(
        "free energy a system has left to do work at constant pressure", "Gibbs energy", zh=False
    )
    assert definition_problem(gibbs) is None
    step = reversed_item("cool it under running water for 20 minutes", "Scald", zh=False)
    assert definition_problem(step) is not None
    loosely = reversed_item("cover loosely with a clean dressing", "Open wound", zh=False)
    assert definition_problem(loosely) is not None
    meaning = reversed_item("a burn caused by hot liquid or steam", "Scald", zh=False)
    assert definition_problem(meaning) is None


def test_initials_over_an_action_item_are_its_owner_not_a_term() -> None:
    owner = reversed_item("chase the council about the crossing; book the hall", "KL", zh=False)
    assert definition_problem(owner) is not None
    acronym = reversed_item("a glass that lowers the heat a window lets in", "LEG", zh=False)
    assert definition_problem(acronym) is None


def test_a_remark_carrying_on_from_a_label_is_no_meaning() -> None:
    remark = reversed_item("and the dose, not only the drug name", "Medications", zh=False)
    assert definition_problem(remark) is not None
    zh_remark = reversed_item("而且要写清楚过敏时的反应", "过敏史")
    assert definition_problem(zh_remark) is not None
    meaning = reversed_item("swabbing, dressing and taping a wound in that order", "Wound care", zh=False)
    assert definition_problem(meaning) is None


def test_a_sample_sentence_in_another_language_is_no_meaning_of_an_english_label() -> None:
    for sample, label in (
        ("Mañana vamos al mercado con mi hermana", "near future"),
        ("Nous avons mangé trop tard hier soir", "passé composé"),
    ):
        assert definition_problem(reversed_item(sample, label, zh=False)) is not None, label
    glossed = reversed_item("a tense for actions finished at a known time", "preterite", zh=False)
    assert definition_problem(glossed) is None
    word = reversed_item("to get up at dawn", "madrugar", zh=False)  # a foreign word, its English gloss
    assert definition_problem(word) is None


def test_a_label_with_its_tally_or_someones_remark_is_no_term_and_meaning() -> None:
    assert term_problem("烽火台 12座", zh=True) is not None
    assert term_problem("碑刻（30处）", zh=True) is not None
    assert term_problem("烽火台", zh=True) is None
    remark = reversed_item("Ada says finishing it takes another month", "Billing page", zh=False)
    assert definition_problem(remark) is not None
    meaning = reversed_item("a promise that no invoice waits over thirty days", "Net-30 pledge", zh=False)
    assert definition_problem(meaning) is None


def test_a_step_under_a_condition_a_use_or_a_count_in_shorthand_is_no_meaning() -> None:
    for meaning, label in (
        ("if thin, stake it for the first two winters", "Young trees"),
        ("for questions about per-seat licences", "Named users"),
        ("# of requests served per second at peak", "Throughput"),
    ):
        assert definition_problem(reversed_item(meaning, label, zh=False)) is not None, label
    plain = reversed_item("requests served per second at peak", "Throughput", zh=False)
    assert definition_problem(plain) is None


def test_a_private_persons_name_a_rule_or_a_turn_of_a_sentence_is_no_term() -> None:
    assert term_problem("林秀芳", zh=True, definition="我们这边倾向先试运行一个月") is not None
    assert term_problem("石拱桥", zh=True) is None  # a word jieba's list tags as a name
    assert term_problem("迟到可以补考", zh=True) is not None
    assert term_problem("但其实不止这些", zh=True) is not None
    assert term_problem("But really the point", zh=False) is not None
    assert term_problem("不可抗力", zh=True) is None


def test_a_debates_side_a_threshold_or_where_a_thing_is_found_is_no_term_or_meaning() -> None:
    assert definition_problem(reversed_item("门槛低，大牌随时能进来", "反方")) is not None
    assert term_problem("Below 90%", zh=False) is not None
    assert term_problem("超过 3 天", zh=True) is not None
    assert term_problem("Baseline", zh=False) is None
    where = reversed_item('on the club website under "Fixtures"', "Match list", zh=False)
    assert definition_problem(where) is not None
    meaning = reversed_item("the list of every match in a season", "Fixture list", zh=False)
    assert definition_problem(meaning) is None


def test_how_to_act_on_a_thing_is_no_meaning_but_a_rules_instruction_is() -> None:
    pest = basic_item("keep the leaves dry and water at the base", "Leaf spot")
    assert definition_problem(pest) is not None
    rule = basic_item("keep every open task on one list", "One-list rule")
    assert definition_problem(rule) is None
    method = basic_item("put similar errands into one trip", "Errand batching")
    assert definition_problem(method) is None


def test_the_names_of_a_schools_historians_are_not_its_meaning() -> None:
    school = "Hale, Ruth Amos, Carr -- the war was an accident of short-term politics"
    assert definition_problem(reversed_item(school, "Contingency school", zh=False)) is not None
    assert definition_problem(basic_item(school, "Contingency school")) is not None
    # a meaning that names one person inside it is still a meaning
    fine = "the view, from Hale onwards, that the war was an accident of short-term politics"
    assert definition_problem(reversed_item(fine, "Contingency school", zh=False)) is None


def test_a_report_of_how_things_stand_is_no_meaning() -> None:
    assert definition_problem(reversed_item("现在有两位师傅，一位专做底漆，一位专做描金", "描金")) is not None
    assert definition_problem(basic_item("目前只有一家作坊还在做", "描金")) is not None
    # what the craft is, said without a time word, stays a meaning
    assert definition_problem(reversed_item("在漆面上用金粉勾画纹样的工艺", "描金")) is None


def test_an_acronyms_words_are_no_names_of_people() -> None:
    spelled = "Goal, Reality, Options, Way forward"
    assert definition_problem(basic_item(spelled, "GROW")) is None


def test_a_tips_label_under_a_section_of_advice_is_no_concept() -> None:
    tip = replace(
        reversed_item("每次只泡一小把，泡到茶汤发黄就停", "控制用量"),
        source=Source("notes", "怎么泡才不伤胃？", 4),
    )
    assert definition_problem(tip) is not None
    assert (
        definition_problem(replace(tip, answer="晚上别喝", source=Source("notes", "几条建议", 5))) is not None
    )
    # a method's name under the same heading, or the same label under a heading of concepts, stays
    method = replace(tip, answer="冷泡法", explanation="冷泡法：…")
    assert definition_problem(method) is None
    assert definition_problem(replace(tip, source=Source("notes", "第二章 概念", 4))) is None


def test_a_person_glossed_by_their_post_is_no_term() -> None:
    for definition, term in (
        ("chief pilot of Eastmere harbour, cautious, outvoted", "Varnholt"),
        ("Third Corps commander, the one who warned them and was ignored", "Dellacourt"),
    ):
        for item in (reversed_item(definition, term, zh=False), basic_item(definition, term)):
            assert "post" in (definition_problem(item) or ""), item.question
    # a term whose words are everyday ones, or whose text is no post, is a term
    assert (
        definition_problem(reversed_item("a harbour master's logbook of tides", "Tide Book", zh=False))
        is None
    )
    assert (
        definition_problem(reversed_item("a dry, cold wind off the eastern hills", "Varnholt", zh=False))
        is None
    )


@pytest.mark.parametrize(
    ("definition", "term", "zh"),
    [
        ("长文档的检索业务，召回率能到 90% 以上，响应时间降了一半", "分块索引", True),
        ("on the night shift it cut handover errors by about 30 percent", "Shift huddle", False),
    ],
)
def test_a_result_with_its_figure_is_no_meaning(definition: str, term: str, zh: bool) -> None:
    assert "result" in (definition_problem(reversed_item(definition, term, zh)) or "")
    assert "result" in (definition_problem(basic_item(definition, term)) or "")


def test_a_meaning_holding_a_figure_but_no_result_is_kept() -> None:
    assert definition_problem(reversed_item("检索前先把长文档切成约 500 字的块再建索引", "分块索引")) is None
    kept = reversed_item(
        "a five-minute standing meeting where each nurse names one open risk", "Shift huddle", False
    )
    assert definition_problem(kept) is None


def test_cases_set_side_by_side_are_no_meaning() -> None:
    cases = (
        "the baker owns the ovens, the cashier owns the till, the driver owns the van. Nobody owns the shop."
    )
    assert "side by side" in (definition_problem(basic_item(cases, "Split ownership")) or "")
    assert "side by side" in (definition_problem(reversed_item(cases, "Split ownership", False)) or "")
    # a meaning that names its parts in one clause each, with no verb they share, is a meaning
    parts = "a cost split three ways: rent for the room, wages for the staff, flour for the bread"
    assert definition_problem(basic_item(parts, "Bakery overhead")) is None


@pytest.mark.parametrize("term", ["奥尔森主教", "司徒教授", "Bishop Aldwin", "Professor Marrow Hale"])
def test_a_name_with_its_title_is_a_person_not_a_term(term: str) -> None:
    zh = bool(re.search(r"[\u4e00-\u9fff]", term))
    assert "title" in (term_problem(term, zh) or "")


def test_a_concept_ending_on_a_titles_characters_is_still_a_term() -> None:
    assert term_problem("天赋观念", True) is None
    assert term_problem("General equilibrium", False) is None


def test_words_opening_on_who_and_their_paper_are_no_meaning() -> None:
    cited = "霍尔斯特（Anna Holst），1962年的论文 The Quiet Ledger，讲信息不对称"
    assert "who" in (definition_problem(basic_item(cited, "静默账本")) or "")
    assert (
        definition_problem(basic_item("买卖双方掌握的信息不一样多，质量好的商品反被挤出市场", "静默账本"))
        is None
    )


def test_a_meaning_holding_its_own_label_is_a_notes_line() -> None:
    labelled = reversed_item("common belief: the fever travels on river fog", "Nightwater doctrine", False)
    assert "label" in (definition_problem(labelled) or "")
    assert (
        definition_problem(
            reversed_item("the belief that fever travels on river fog", "Nightwater doctrine", False)
        )
        is None
    )


@pytest.mark.parametrize("term", ["Ilse Varn (aunt)", "孟岚（母亲）", "Tobias Grell (her mentor)"])
def test_a_name_glossed_with_a_kinship_is_a_person(term: str) -> None:
    zh = bool(re.search(r"[\u4e00-\u9fff]", term))
    assert "kinship" in (term_problem(term, zh) or "")


@pytest.mark.parametrize("term", ["全湖水最清的一段", "the world's fastest diving bird"])
def test_a_ranking_is_a_claim_not_a_term(term: str) -> None:
    zh = bool(re.search(r"[\u4e00-\u9fff]", term))
    assert "ranking" in (term_problem(term, zh) or "")


def test_a_time_on_a_timeline_is_no_term() -> None:
    assert "timeline" in (term_problem("10–15 min: the crust sets", False) or "")
    assert "timeline" in (term_problem("第 3 天：开始发芽", True) or "")
    # a name holding a figure is still a term
    assert "timeline" not in (term_problem("7-minute workout", False) or "")


def test_a_label_under_the_writers_favourite_shots_is_their_own() -> None:
    picked = replace(
        reversed_item("晨雾里一群白鹭贴着水面飞过", "开场航拍"), source=Source("n", "几个印象最深的画面", 3)
    )
    assert "own" in (definition_problem(picked) or "")


def test_a_kings_numeral_cut_from_his_name_is_no_term() -> None:
    assert "numeral" in (term_problem("IV", False) or "")
    assert "numeral" not in (term_problem("IVF", False) or "")


def test_what_a_firm_does_for_a_living_is_no_meaning() -> None:
    firm = reversed_item("做冷链仓储，给连锁药店和医院供应链做干线配送", "北辰物流")
    assert "firm" in (definition_problem(firm) or "")
    assert definition_problem(reversed_item("在低温下储存和运输药品的一整套做法", "冷链物流")) is None


def test_words_pointing_back_at_the_notes_are_no_meaning() -> None:
    assert definition_problem(basic_item("carrier screening for families (as above)", "Ward rounds"))
    assert definition_problem(basic_item("同上，见前文的三种情况", "复查"))
    assert (
        definition_problem(basic_item("a weekly check of every ward's carrier list", "Ward rounds")) is None
    )


def test_a_predicate_after_the_gloss_or_a_means_is_no_meaning() -> None:
    assert definition_problem(
        reversed_item("sleet, frost, black ice — were the costliest hazard last winter", "Cold snaps", False)
    )
    assert definition_problem(
        reversed_item("via higher fares, fewer sailings, or selling the route", "The ferry line", False)
    )
    assert (
        definition_problem(
            reversed_item("short, sudden freezes that crack the road surface", "Cold snaps", False)
        )
        is None
    )


def test_a_citation_standing_for_a_meaning_is_none() -> None:
    assert definition_problem(reversed_item("Hale & Ruiz, 1981 (the Nature paper)", "Loss framing", False))
    assert definition_problem(reversed_item("Okafor et al. 2004", "Loss framing", False))
    kept = reversed_item("Choosing by how a loss is described rather than by its size", "Loss framing", False)
    assert definition_problem(kept) is None
