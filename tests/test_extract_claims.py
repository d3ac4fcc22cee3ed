"""Claims: central statements with a short answer span cut out of their sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.extract.claims import extract
from quizgen.model import Claim, Document
from tests.handmade import block, doc, paragraphs


def claims(d: Document) -> list[tuple[str, str, str]]:
    return [(c.cue, c.prompt, c.answer) for c in extract(d) if isinstance(c, Claim)]


def holders(d: Document) -> list[str]:
    return [c.holder for c in extract(d) if isinstance(c, Claim)]


# --- Chinese -------------------------------------------------------------------------------------


def test_what_someone_holds_the_core_to_be() -> None:
    d = paragraphs("学者林若溪认为，书店生存的关键是社区活动，而不是图书折扣。")
    assert claims(d) == [("core", "学者林若溪认为，书店生存的关键是{}", "社区活动")]
    assert holders(d) == ["林若溪"]


def test_core_with_a_quoted_term_and_its_alias_and_a_resolved_holder() -> None:
    d = paragraphs("学者林若溪研究书店。她认为，经营的核心是“复购率”（repeat rate），即老顾客回来的比例。")
    assert claims(d) == [("core", "林若溪认为，经营的核心是{}", "“复购率”（repeat rate）")]


def test_core_stated_after_the_answer() -> None:
    d = paragraphs("学者林若溪强调“耐心”是手艺人的根本。")
    assert claims(d) == [("core", "学者林若溪强调{}是手艺人的根本", "“耐心”")]


def test_a_dash_before_the_answer_stays_in_the_sentence() -> None:
    d = paragraphs("老周的结论是——先把账算清楚，再谈扩张。")
    assert claims(d) == [("core", "老周的结论是——{}", "先把账算清楚，再谈扩张")]
    closing = paragraphs("老周的结论是先把账算清楚——再谈扩张。")
    assert [a for _, _, a in claims(closing)] == ["先把账算清楚——再谈扩张"]  # a dash inside stays


def test_core_answer_stops_at_a_colon_but_keeps_a_short_pair() -> None:
    d = paragraphs("由此推出的结论是宁缺毋滥，不求速成：开店要慢。", "这套方法的底线是诚实：不懂就说不懂。")
    assert [a for _, _, a in claims(d)] == ["宁缺毋滥，不求速成", "诚实"]


def test_anaphoric_prompt_gets_its_section_and_superlative_its_work() -> None:
    d = doc(
        (
            "经营：快慢与得失",
            [
                block("由此推出的结论是宁缺毋滥：开店要慢。", 3),
                block("最常被引用的一句是「慢即是快」：意思是少犯错。", 4),
            ],
        ),
        metadata=(("书名", "开店笔记"),),
    )
    assert [p for _, p, _ in claims(d)] == [
        "在“经营：快慢与得失”部分，由此推出的结论是{}",
        "《开店笔记》中最常被引用的一句是「{}」",
    ]


def test_reasons_in_their_common_shapes() -> None:
    d = paragraphs(
        "学者林若溪解释，小书店亏损主要是因为房租上涨太快，而客流没有增加。",
        "之所以选址在社区，是因为租金只有商圈的一半。",
        "纸价连年上涨，印量又小，所以小出版社很难盈利。",
        "城里的读者越来越少，这是书店外迁的主要原因。",
    )
    assert claims(d) == [
        ("reason", "为什么小书店亏损{}", "房租上涨太快，而客流没有增加"),
        ("reason", "为什么选址在社区{}", "租金只有商圈的一半"),
        ("reason", "为什么小出版社很难盈利{}", "纸价连年上涨，印量又小"),
        ("reason", "书店外迁的主要原因是{}", "城里的读者越来越少"),
    ]


def test_reason_without_a_subject_of_its_own_is_not_asked() -> None:
    assert claims(paragraphs("这是因为房租太贵。", "纸张很贵，所以又涨了价。")) == []


def test_quoted_sayings_the_sentence_presents_as_such() -> None:
    d = paragraphs(
        "最常被引用的一句是「慢即是快，少即是多」：意思是少犯错。",
        "1998年起，老街改造完成，老街从此“告别脏乱差，迎来书与茶”。",
        "作者把开店分成三步：「选址，定价，守店」。",
    )
    assert [(c, a) for c, _, a in claims(d)] == [
        ("saying", "慢即是快，少即是多"),
        ("quote", "告别脏乱差，迎来书与茶"),
        ("quote", "选址，定价，守店"),
    ]


def test_words_quoted_as_an_aside_closing_the_sentence_are_not_claims() -> None:
    d = paragraphs(
        "店主认为排队是必须付出的代价，“做面包的，不能让街坊等不耐烦”。",
        "这座桥后来改名“望江桥，又叫老石桥”，沿用至今。",
    )
    assert [(c, a) for c, _, a in claims(d)] == [("quote", "望江桥，又叫老石桥")]


def test_a_remark_someone_in_the_story_says_is_no_claim_a_stressed_one_is() -> None:
    d = paragraphs(
        "店里的老顾客拿起面包一捏，说“这么软，是不是没烤熟”，然后又放下了。",
        "有一次店长在例会上拍了桌子，一位店员回忆：“杯子都跳起来了，谁也不敢说话”。",
        "老师傅在旁边插嘴：“快有啥子用，要稳。”",
        "医生一上来就问台下：“家里老人摔过跤的请举手。”",
        "作者强调：“先算清每一块钱的去处，再谈扩张”。",
    )
    assert [(c, a) for c, _, a in claims(d)] == [("quote", "先算清每一块钱的去处，再谈扩张")]


def test_a_question_quoted_to_be_asked_is_no_claim() -> None:
    d = paragraphs(
        "老店长要求每次周会开头先在白板上写明“今天要定的是哪一件事”",
        "老店长每天打烊前都要问自己“今天有没有让客人白跑一趟？”",
        "作者强调：“先算清每一块钱的去处，再谈扩张”。",
        "作者说，账本主要不是拿来算钱的，它回答的是“这一年的日子是怎么过的”。",  # what it answers: a point
    )
    assert [(c, a) for c, _, a in claims(d)] == [
        ("quote", "先算清每一块钱的去处，再谈扩张"),
        ("quote", "这一年的日子是怎么过的"),
    ]


def test_quoted_names_and_terms_are_not_claims() -> None:
    d = paragraphs("这道工序叫“醒面”，很费时间。", "人们把它称为“城市书房”。", "他们合称“三大书局”。")
    assert claims(d) == []


def test_what_a_speaker_keeps_repeating() -> None:
    turns = [
        block("你们最看重什么？", 3, "主持人"),
        block("我一直跟店员说，先把一家店做好，再谈开第二家。", 4, "嘉宾（山海书店创始人 郑远航）"),
    ]
    d = doc(("", turns))
    assert claims(d) == [("repeated", "郑远航一直跟店员说，{}", "先把一家店做好，再谈开第二家")]
    assert holders(d) == ["郑远航"]


def test_counted_points_in_a_summary_turn() -> None:
    turns = [
        block("欢迎收听，我是主持人宋知秋。", 2, "主持人"),
        block("谢谢邀请。", 3, "嘉宾（山海书店创始人 郑远航）"),
        block("我归纳一下这一期的两个要点：第一是选址，先算清房租；第二是复购，留住老顾客。", 4, "主持人"),
        block("谢谢。", 5, "嘉宾（山海书店创始人 郑远航）"),
    ]
    found = claims(doc(("", turns)))
    assert [(p, a) for _, p, a in found] == [
        ("宋知秋归纳一下这一期的两个要点，第一是{}", "选址"),
        ("宋知秋归纳一下这一期的两个要点，第二是{}", "复购"),
    ]


def test_a_claim_that_still_says_i_or_we_is_not_asked() -> None:
    turns = [block("我觉得书店的核心是人，而不是书。", 3, "主持人"), block("我们的关键是选址。", 4, "主持人")]
    assert claims(doc(("", turns))) == []


def test_summary_section_point_after_a_colon() -> None:
    d = doc(("读后小结", [block("这本书反复追问的其实是：在人手不够的时候，怎样把小店开久。", 3)]))
    assert claims(d) == [("takeaway", "这本书反复追问的其实是：{}", "在人手不够的时候，怎样把小店开久")]


def test_a_summary_point_whose_first_clause_ends_on_shows_is_no_blank() -> None:
    framed = doc(("小结", [block("老师用一句话概括：旧账本的兴衰说明，信用靠的是标准、担保和克制。", 3)]))
    assert claims(framed) == []


def test_a_colon_outside_a_summary_is_no_claim() -> None:
    assert claims(doc(("经营", [block("这本书追问的是：在人手不够的时候，怎样把小店开久。", 3)]))) == []


@pytest.mark.parametrize(
    "text",
    [
        "书店生存的关键是不是社区活动？",  # a question is no statement
        "他认为，书店生存的关键是社区活动。",  # nobody to resolve 他 to
        "你觉得，经营的核心是复购率。",  # addressed to a listener
    ],
)
def test_no_claim_from_questions_unresolved_pronouns_or_second_person(text: str) -> None:
    assert claims(paragraphs(text)) == []


def test_term_definition_lines_are_left_to_frameworks() -> None:
    b = replace(
        block("复购优先：经营的核心是复购率，而非客流。", 3),
        raw="- **复购优先**：经营的核心是复购率，而非客流。",
    )
    assert claims(doc(("框架", [b]))) == []


# --- English -------------------------------------------------------------------------------------


def test_english_words_said_on_an_occasion() -> None:
    d = paragraphs(
        'Rosa Lind opened the lab in 1990. When Lind cut the ribbon she said: "Science is a shared house."',
        language="en",
    )
    found = [c for c in extract(d) if isinstance(c, Claim)]
    assert [(c.cue, c.answer, c.holder) for c in found] == [
        ("quote", "Science is a shared house", "Rosa Lind")
    ]


def test_english_called_without_as() -> None:
    d = paragraphs("The bridge is often called the eighth wonder of the city.", language="en")
    assert claims(d) == [("described", "The bridge is often called {}", "the eighth wonder of the city")]


def test_english_described_as() -> None:
    d = paragraphs("The bridge is often described as a poem in steel.", language="en")
    assert claims(d) == [("described", "The bridge is often described as {}", "a poem in steel")]


def test_english_described_as_resolves_an_anaphoric_subject() -> None:
    d = paragraphs(
        "Not every voyage went well. Voyage 7 lost a mast in April 1901."
        " The voyage is often described as a glorious mistake.",
        language="en",
    )
    assert claims(d) == [("described", "The Voyage 7 voyage is often described as {}", "a glorious mistake")]


def test_english_someones_point_and_the_key_to_something() -> None:
    d = paragraphs(
        "Lind's point was that a lab is a habit, not a building: people make it.",
        "The key to a good experiment is a clear question.",
        language="en",
    )
    assert claims(d) == [
        ("core", "Lind's point was that {}", "a lab is a habit, not a building"),
        ("core", "The key to a good experiment is {}", "a clear question"),
    ]


def test_english_reason_after_because() -> None:
    d = paragraphs("The second lab closed after a year, because the grant was never renewed.", language="en")
    assert claims(d) == [
        ("reason", "The second lab closed after a year, because {}", "the grant was never renewed")
    ]


def test_a_spoken_fragment_before_because_explains_nothing_on_its_own() -> None:
    for fragment in (
        "Especially to the night crew, because they see the slope first.",
        "Not too cautious, because then people stop trusting the forecast.",
        "Harder, in a strange way, because the crews know the slopes too well.",
    ):
        assert claims(paragraphs(fragment, language="en")) == []


def test_english_takeaways_colon_span_or_first_clause() -> None:
    points = [
        block(
            "Every lab has a budget: below it, work can go on; above it, nothing helps.", 3, kind="numbered"
        ),
        block("Curiosity is a habit, not a gift, and it can be trained.", 4, kind="numbered"),
    ]
    d = doc(("Key takeaways", points), language="en")
    assert claims(d) == [
        ("takeaway", "Every lab has a budget: {}", "below it, work can go on"),
        ("contrast", "Curiosity is {}, not a gift, and it can be trained.", "a habit"),
        ("takeaway", "{}", "Curiosity is a habit, not a gift"),
    ]


def test_a_clock_times_colon_opens_no_takeaway() -> None:
    points = [block("Hale backs school start times of 8:45 or later for teenagers.", 3, kind="numbered")]
    found = claims(doc(("Key takeaways", points), language="en"))
    assert all(not prompt.endswith("8:{}") for _, prompt, _ in found)


def test_english_claim_after_a_reporting_verb_is_cut_before_its_reason() -> None:
    d = paragraphs(
        "Mara Voss studies ports. Voss argued that tariffs matter less than queue times."
        " Voss recommended that cities share one berth schedule so that ships wait less.",
        language="en",
    )
    assert claims(d) == [
        ("reported", "Voss argued that {}", "tariffs matter less than queue times"),
        ("reported", "Voss recommended that {}", "cities share one berth schedule"),
    ]
    assert holders(d) == ["Voss", "Voss"]


def test_english_said_that_about_ones_own_doings_or_by_no_one_named_is_no_claim() -> None:
    d = paragraphs(
        "Mara Voss visited the harbour. Voss said that she had missed the ferry twice."
        " The pilots said that the fog lifted by noon.",
        language="en",
    )
    assert claims(d) == []


def test_english_main_lesson_and_requirement() -> None:
    d = paragraphs(
        "The main lesson is that small ports adapt faster than big ones."
        " Insurers now require a second pilot for night arrivals.",
        language="en",
    )
    assert claims(d) == [
        ("core", "The main lesson is that {}", "small ports adapt faster than big ones"),
        ("required", "Insurers now require {}", "a second pilot for night arrivals"),
    ]


def test_english_contrast_blanks_the_phrase_set_against_the_negated_one() -> None:
    d = paragraphs(
        "Treat the harbour as a market, not a depot. Keep one crane busy, not three.", language="en"
    )
    assert claims(d) == [("contrast", "Treat the harbour as {}, not a depot.", "a market")]
    everyday = paragraphs("The pacing is good, not rushed. Measure the queue, not latency.", language="en")
    assert claims(everyday) == [("contrast", "Measure the {}, not latency.", "queue")]  # [good] is guessed


def test_english_outcome_in_words_but_not_in_digits() -> None:
    d = paragraphs(
        "Delays fell by a third after the port opened at night. Delays fell by 30% after the port reopened.",
        language="en",
    )
    assert claims(d) == [("outcome", "Delays fell {} after the port opened at night.", "by a third")]
