"""Questions that lean on text they do not show: unresolved persons and pointers are rejected."""

from __future__ import annotations

import pytest

from quizgen.generate.references import reference_problem


@pytest.mark.parametrize(
    "question",
    [
        "据Reed Albergotti，你说AI可能淘汰多少初级白领岗位？",
        "据程望舒，我们的房租大约占营收的多少？",
        "依我看，前几章讲开店之前的准备？",
        "达里奥和那人见过多少次？",
        "据达里奥·阿莫迪，什么年代的互联网就是如此？",
        "事实上就在他去世三四年后，该疾病的治愈率提升到了约多少？",
        "According to Maya Chen, you founded the firm in what year?",
        "According to Tom Whitaker, our revenue grew what percentage?",
        "In […] Ada Quist went back to the reef with a team led by a former student of mine.",
        "Mara Kell had […] in savings, and Mara Kell told myself Mara Kell would give it a year.",
        "Mine's been propped against the bench since […] and nothing else gets used as much.",
        "The first kiln cracked in […]; ours was rebuilt the next spring.",  # a clause opening on ours
        "By 2008 its share had fallen to what percentage?",
        "Doubling the crew on that boat raises the catch by what percentage?",
        "In 1998 he moved the company to which city?",
        "Together they discovered two new elements in what year?",
        "Somewhere […] ago, in the fields of early farmers, it crossed by chance with a wheat.",
        "In the US, over the last […], it's averaged about thirty a year.",
        "[…] is a large part of this, in terms of cost.",  # this: said before
        "这两个演讲都提到了[…]，值得一起看。",  # which two? a small count points back
        "有人说这块的毛利大概是[…]。",  # which part? 这块, 这部分 point back as 这个 does
        "这部分的返修率降到了[…]。",
        "作者提到，作者到[…]为止都守着这种作息，每天五点起床。",  # which routine? said before it
        "据程望舒，会开，但不会早于什么时候？",  # what will be opened: the host's question said
        "据程望舒，主要看几个数：翻台率、人效和房租占比？",
        "At the guild's usual price, that is about […] a month for each member.",  # that: said before
        "For most bakers in the district, owners estimated it at […] of turnover.",  # it: said before
        "The lecturer's answer: there was one, but only after […] of waiting.",  # one of what was asked
        "按馆里做的一次访客统计，它的访客约有[…]来自外省。",  # 它 after a phrase saying by what
        "作者说，山里关于“[…]”的传说，说的正是它们。",  # 它们: what the text described before
        "Week one was like hers: […], sweeping and sorting.",  # whose? hers stands for no one named
        "By the end of the trial it was […].",  # it: what the sentence before measured
        "The largest chunk, easily, is […].",  # of what?
        "书里称之为“[…]”，前后不到三年。",  # 之: what the sentence before described
        "调研走访了 60 位店主后发现，后者有[…]在考虑转行。",  # the latter of what?
        "2020年的时候，这些厂的平均开工率是[…]。",  # a time in front, then 这些 pointing back
        "[…]的时候，那几家店都还在亏钱。",
        "周老师说，只要这一步扎实了，返工能少[…]。",  # which step? the one the sentence before named
    ],
)
def test_a_question_leaning_on_outside_context_is_rejected(question: str) -> None:
    assert reference_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "这篇访谈的“主题三”讨论什么？",
        "“我比任何人都清楚AI能拯救生命”属于哪个部分？",  # quoted words are someone's own
        "五看是谈判前比较敌我两边的几个角度？",  # 敌我 is a compound, not a speaker
        "Mine inspectors visited the pit […] times that year.",  # a mine, not the speaker's own
        "The tin mine was closed in […], after the price fell.",
        "像“嗯”“啊”这样的口头禅，一场讲座会出现多少次？",
        "据程望舒，晴川2017年5月在绍兴开了头一家分店，那家店只摆得下多少张桌子？",  # 那家 points back inside
        "At its peak about how many people worked on Project Tern?",  # its: named after it
        "The harbour relied on the Gantry K. It stood how many feet tall?",
        'Which section of these lecture notes covers this point: "A fair die has 6 faces"?',
        "Ada Moreau and Paul Girard crossed the strait, and they did so how many times?",
        "The author studied 250 startups and found that how many of them failed?",  # them: the startups
        "据程望舒，会员的到店次数是散客的多少倍？",  # 会员 is a noun, not 会
        "Anthropic 的主要收入来自 API 接口，约占多少？",
        "作者提到，他在[…]之前每天都去河边跑步。",  # 他: the author named before it
        "The author says he spent [...] on the first draft.",
        "[…] is slow to learn and pays back those who get past the first month.",  # those who: a relative
        "For most bakers in the district, rent is […] of turnover.",  # a fronted phrase, then its subject
        "按书里的测量，萤火虫把约[…]的化学能转化成了可见光。",  # the subject named after the phrase
        "The guild estimated its losses at […] a year.",  # its: the guild, named before it
        "The biggest share of the budget went to […].",
        "By the end of the trial the hit rate was […].",
        "人们把涨价前的抢购称为“[…]”。",
        "茶馆和书店各开了一家，后者一年卖出[…]本书。",  # 后者: the second of the pair named before it
        "2020年的时候，城南三家厂的平均开工率是[…]。",
        "作者认为，城南铸造厂的废品率在[…]以上。",
    ],
)
def test_a_self_contained_question_passes(question: str) -> None:
    assert reference_problem(question) is None


def test_ta_passes_only_after_a_person_the_document_names() -> None:
    question = "2006年，阿莫迪的父亲去世，他随后转向了什么领域？"
    assert reference_problem(question) is not None
    assert reference_problem(question, names={"阿莫迪"}) is None


def test_it_after_a_verb_of_saying_stands_for_what_was_said_before() -> None:
    assert reference_problem("作者强调它最初只是[…]，不是国家标准。") is not None
    assert reference_problem("店长说它每周只要改[…]。") is not None
    assert reference_problem("排班表很简单，店长说它每周只要改[…]。") is None


def test_it_after_a_fronted_time_stands_for_what_the_sentence_before_named() -> None:
    assert reference_problem("[…]，它第一次在县城里开出了分店。") is not None
    assert reference_problem("2019年以后，它们的价格降了[…]。") is not None
    assert reference_problem("城西书店开业三年后，它的会员涨到了[…]。") is None  # named in the phrase


def test_it_with_no_noun_before_it_stands_for_something_outside() -> None:
    # a blank in an earlier clause may be what 它 stands for
    assert reference_problem("如今常说的“[…]”，多半就是它的通俗说法。") is None
    assert reference_problem("如今常说的“[…]”多半就是它的通俗说法。") is not None
    assert reference_problem("[…]把它叫作乡约。") is not None
    assert reference_problem("这口井在[…]年挖成，它的水至今还甜。") is None
    assert reference_problem("“[…]”是一种契约，它规定了租期。") is None
    # the frame of a restatement (意思是) names nothing 它 could stand for
    assert reference_problem("意思是它的用处在于[…]，而不是打分本身。") is not None


def test_what_the_text_said_before_the_line_is_outside_the_stem() -> None:
    assert reference_problem("先把手头的事排个序，也就是前面讲过的“[…]”要先定下来。") is not None
    assert reference_problem("As mentioned earlier, the […] decides how long the glaze cures.") is not None
    assert reference_problem("先把手头的事排个序，再定下每天的“[…]”。") is None
    assert reference_problem("The […] decides how long the glaze cures.") is None


def test_an_instruction_opening_on_it_or_them_acts_on_what_was_said_before() -> None:
    assert reference_problem("Let them dry for […] on a wire rack before icing.") is not None
    assert reference_problem("Leave it covered for […] so the dough can rest.") is not None
    assert reference_problem("Let the loaves cool for […] before slicing them.") is None  # named first


def test_that_or_this_as_a_subject_stands_for_what_was_said_before() -> None:
    assert reference_problem("In practice that's at […] old.") is not None
    assert reference_problem("This was in […], two years after the flood.") is not None
    assert reference_problem("Ferries that carry more than […] passengers need a second crew.") is None


def test_a_count_of_them_points_at_what_was_named_before() -> None:
    assert reference_problem("The three of them shared the […] prize for the discovery.") is not None
    assert reference_problem("Both of them left the lab in […].") is not None
    assert reference_problem("Three of the five founders left the company in […].") is None


def test_one_standing_for_a_noun_said_before_points_outside_the_question() -> None:
    assert reference_problem("Tenants had one in […] of the cases.") is not None
    assert reference_problem("The new one, since […], must say so in bold.") is not None
    assert reference_problem("The first recorded one was held in […].") is not None
    for named in (
        "The number one reason was […].",
        "No one knew about […] then.",
        "The one thing that mattered was […].",
        "The station had one goal: […].",
    ):
        assert reference_problem(named) is None, named


def test_that_same_thing_points_back_at_what_was_said_before() -> None:
    assert reference_problem("Footfall within that same street rose by […].") is not None
    assert reference_problem("Those same riders paid […] a trip on the vans.") is not None
    assert reference_problem("Footfall within the market street rose by […].") is None
    assert reference_problem("The same rule applies to […] in every city.") is None


def test_such_points_back_at_a_kind_said_before() -> None:
    assert reference_problem("Two such sessions a day, […] a week, was enough.") is not None
    assert reference_problem("She kept such a list for […] years.") is not None
    assert reference_problem("Crops such as […] need little water.") is None
    assert reference_problem("There is no such thing as a […] lunch.") is None
    # both standing alone for a pair said before
    assert reference_problem('Every player should know both "by a rating of […]".') is not None
    assert reference_problem("Both rooks and both bishops were traded by move […].") is None


def test_his_or_her_in_a_question_asking_for_the_person_is_that_person() -> None:
    assert reference_problem("Who is best known for his work on vaccines and on germ theory?") is None
    assert reference_problem("[…] is best known for her work on the first compilers.") is None
    assert reference_problem("Before the war his lab had […] staff.") is not None


def test_a_sentence_opening_at_that_point_leans_on_the_one_before() -> None:
    assert reference_problem("At that point the river still flooded […] a year.") is not None
    assert reference_problem("At the mouth the river still flooded […] a year.") is None


def test_an_empty_it_standing_for_the_clause_after_it_is_no_pronoun() -> None:
    from quizgen.generate.references import opens_with_pronoun

    assert not opens_with_pronoun("It appears that people in Lisbon walk more than most.")
    assert not opens_with_pronoun("It was impressive how many engineers work there.")
    assert opens_with_pronoun("It is a platform that lets teams ship faster.")
    assert opens_with_pronoun("It shipped in 2019.")


def test_a_who_question_whose_deed_leans_on_the_sentence_before_asks_nobody() -> None:
    for question in (
        "Who reframed it in her first speech as a matter of safety?",  # it: named before
        "Who was the one who turned that pile of ledgers into a census?",  # that pile: said before
        "Who walked out and the talks ended within the hour?",  # a second subject's clause
        "Who is not a household name?",  # who someone is not: anyone
        "Who was the former mayor of Tarnby who resisted it for years?",  # it: no mayor
        "Which town clerk kept a second?",  # a second what: the question stops before its noun
        "[…] are happy to get rid of it.",  # it: what the sentence before named
        "[…] is not necessarily water full of dissolved ions.",  # what it is not: other words fit
        "谁在书面意见中建议？",  # what was suggested is not in it
    ):
        assert reference_problem(question) is not None, question
    for question in (
        "Who founded his first bakery in 1999?",  # his: the one asked
        "Who argued that the city should own its water?",  # that: a clause, not a pointer
        "Who made it to the summit first?",  # made it: an idiom
        "谁建议把课后服务分成两段？",
    ):
        assert reference_problem(question) is None, question
    # a term's cloze opening on its blank asks for no person: its it is the term's
    assert reference_problem("[…] kicks in when a buyer first spots an item and wants it.") is None
    assert reference_problem("Who has run the ferry since it first sailed in 1990?") is None  # it: the ferry
    assert reference_problem("Who was the engineer who built the bridge and repaired it in 1990?") is None
    assert reference_problem("Who finished last?") is None
    assert reference_problem("[…] makes it easy to start a habit.") is None  # a dummy it
    assert reference_problem("[…] — how long it takes to fall asleep.") is None
    assert reference_problem("[…] collects the rainwater and filters it twice.") is None  # it: the rainwater
    assert reference_problem("Who is the economic historian; previous book was on canals?") is not None


def test_it_after_a_verb_of_saying_points_to_the_sentence_before() -> None:
    problem = reference_problem("Dr. Ana Reis estimates it averaged […] on the busiest routes.")
    assert problem is not None and "verb of saying" in problem
    assert (
        reference_problem("Dr. Ana Reis estimates the relay gap averaged […] on the busiest routes.") is None
    )
    # say it back, say it again: the it is what is repeated, named in the same line
    assert reference_problem("Which term means: read the plan aloud, colleagues say it back?") is None


def test_a_basic_one_or_all_three_points_back_at_what_was_said_before() -> None:
    assert reference_problem("A cheaper one measuring only depth costs about […].") is not None
    assert reference_problem("Estuaries are all three at once, says […].") is not None
    assert reference_problem("A cheaper model measuring only depth costs about […].") is None
    assert reference_problem("A decade of data shows the three rivers are all warming by […].") is None


def test_it_after_a_fronted_time_or_that_standing_for_what_was_said_points_back() -> None:
    assert reference_problem("The last four years it's run nearer […].") is not None
    assert reference_problem("Before that, […] of the harbour land was zoned for warehouses.") is not None
    assert reference_problem("[…] would be under water most winters under that.") is not None
    assert reference_problem("The last four years of records show […] more rain.") is None
    assert reference_problem("Before the 2019 plan, […] of the harbour land was zoned for sheds.") is None


def test_it_after_a_run_of_words_describing_it_points_back() -> None:
    described = "Narrow, shallow-drafted, with two masts, it could reach river towns and carried […] of salt."
    assert reference_problem(described) is not None
    assert reference_problem("Cheap, light, and strong, they replaced […] of the old looms.") is not None
    assert (
        reference_problem("Narrow, shallow-drafted barges could reach river towns with […] of salt.") is None
    )
    assert reference_problem("Ada, it seems, was right about […].") is None


def test_it_after_a_speakers_label_a_verb_of_saying_or_a_doing_points_back() -> None:
    assert reference_problem("Halvard: it went up […], roughly a tenth, the agent says.") is not None
    assert reference_problem("Teodor said they merged into […] firms last year.") is not None
    assert reference_problem("Rewiring it cost […], paid from the reserve.") is not None
    assert reference_problem("Tip: it helps to soak the beans for […].") is None
    assert reference_problem("Rewiring the hall cost […], paid from the reserve.") is None
    firm = "The steel the mill buys rose by […] in two years, and Lindqvale says they absorbed most of it."
    assert reference_problem(firm) is None  # they: the firm the sentence names before


def test_a_he_or_she_beside_the_one_asked_for_is_someone_else() -> None:
    assert reference_problem("Who was in the field when she reached the camp?") is not None
    assert reference_problem("Who expected her to serve as his deputy?") is not None
    assert reference_problem("Who is known for his work on tides?") is None
    assert reference_problem("Who said she would resign within the year?") is None
    assert reference_problem("Who was the surveyor who mapped the coast when he was 24?") is None
    assert (
        reference_problem("[…] worked on the railway until he retired in 1904.") is None
    )  # he: the one asked


def test_this_kind_after_the_nouns_it_sums_up_points_at_them() -> None:
    assert reference_problem("长钱至少放[…]，可以买指数基金这种波动大的品种。") is None


def test_what_someone_called_that_was_said_before() -> None:
    assert reference_problem('[…] called that "a first step, not a fix."') is not None
    assert reference_problem('[…] called the levy "a first step, not a fix."') is None


def test_this_after_a_verb_of_saying_and_a_purpose_of_nothing_point_outside_the_stem() -> None:
    assert reference_problem("讲师说这是“行业通行口径”，折算下来大约是[…]。") is not None
    assert reference_problem("她提醒不妨这么看，但[…]以前的数据不能拿来比。") is not None
    assert reference_problem("用意是让每个人都先写下[…]再发言。") is not None
    # the purpose of something the stem names, and a time said with 这么, are whole
    assert reference_problem("晨会的用意是让每个人都先写下[…]再发言。") is None
    assert reference_problem("这么些年下来，[…]仍然是最常见的做法。") is None


def test_this_after_a_verb_of_saying_in_a_later_clause_is_what_the_first_named() -> None:
    assert reference_problem("柯远舟主张公开事故数据，认为这是[…]。") is None


def test_that_opening_the_stem_stands_for_what_was_said_before() -> None:
    assert reference_problem("When that happens, some […] would leave the high-risk zone.") is not None
    assert reference_problem("For a corner shop on the high street, that could mean […] a year.") is not None
    assert reference_problem("The survey found that […] of shops would stay open.") is None


@pytest.mark.parametrize(
    "question",
    [
        "人们害怕它，只是因为[…]。",  # people act on 它; what it is, the sentence before said
        "有人把它看成万能药，也有人怕“[…]”。",
        "第二年，谁也离开了公司？",  # as well as whom?
        "人可以发现，这三条恰好对应商家最怕的三件事：[…]、[…]、[…]。",  # which three?
        "哪个概念是指：处在两者之间？",  # between which two?
        "One of them, Dr. […], now runs the seed bank at a botanic garden.",  # one of whom?
        "During the works and the first two or three months it drops, often to […] or below.",
    ],
)
def test_a_thing_or_a_count_the_sentence_before_named_is_rejected(question: str) -> None:
    assert reference_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "这款台灯上市后，顾客喜欢它，因为[…]。",  # 它: the lamp, named before it
        "绿茶和红茶两者之间是[…]。",  # the two named before
        "早睡早起、少吃多动，这两句正好说中了[…]。",  # the list before names them
        "老周成了城南公司的第三者，持股[…]。",  # 第三者 is a word
        "定投管“[…]”，保险管“意外来了有人兜底”，两者并不冲突。",  # the two clauses before name them
        "小镇的客流，大半靠那几个旺季：五一、十一、[…]。",  # the list after it names them
        "谁提出了青苗法？",
        "One of the founders, Dr. […], now runs the seed bank at a botanic garden.",
    ],
)
def test_a_thing_or_a_count_named_in_the_stem_passes(question: str) -> None:
    assert reference_problem(question, names={"老周"}) is None


def test_this_said_to_be_not_one_thing_but_another_points_outside_the_stem() -> None:
    assert reference_problem("讲者强调这不是“省钱技巧”，而是[…]。") is not None
    assert reference_problem("讲者强调，预算不是“省钱技巧”，而是[…]。") is None  # it names what it is about


@pytest.mark.parametrize(
    "question",
    [
        "[…] had already signed the lease, by post, a week earlier.",
        "Two years later […] sold the mill to a cousin.",
        "The following spring the orchard gave its first crop of […].",
        "Later that day the council voted […] to close the ferry.",
        "第二天，[…]把样品寄回了工厂。",
        "次年，合作社的社员增加到[…]人。",
    ],
)
def test_a_time_counted_from_an_event_the_stem_does_not_give_points_outside_it(question: str) -> None:
    assert reference_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "In 1962 the mill closed, and two years later […] sold it to a cousin.",
        "The orchard was planted ten years ago and now gives […] a season.",
        "1958年合作社成立，次年社员增加到[…]人。",
        "十年前，这条街上只有[…]家书店。",
        "2020年以后，城南店的营收涨了[…]。",  # a year, not a count of years
    ],
)
def test_a_time_counted_from_a_date_the_stem_gives_or_from_now_passes(question: str) -> None:
    assert reference_problem(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Ada Lind prefers it since it keeps the […] low.",
        "Tom Reyes pays him hourly, and by […] he will run the shop.",
        "The board turned it down in […].",
    ],
)
def test_it_or_him_right_after_the_stems_subject_and_verb_points_outside_it(question: str) -> None:
    assert reference_problem(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Ada Lind found it hard to sell more than […] chairs a year.",
        "The council made it clear that […] homes would be built.",
        "Ada Lind builds chairs from […] oak.",
    ],
)
def test_it_standing_before_what_follows_or_no_object_pronoun_passes(question: str) -> None:
    assert reference_problem(question) is None


def test_there_as_a_place_said_before_points_outside_the_stem() -> None:
    assert reference_problem("Getting there took […] hours by cart.") is not None
    assert reference_problem("Traders lived there for […] years.") is not None
    assert reference_problem("There were […] guests at the opening.") is None
    assert reference_problem("The Vale family moved to Lyon and worked there for […] years.") is None
    assert reference_problem("The pass lies far north and traders lived there for […] years.") is None
