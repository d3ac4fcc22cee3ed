"""Key points (`points.drafts`): a cloze of a whole sentence of the body that blanks what the
document stresses in it (a list after a colon, a set-off term the document comes back to, a work
named in the lead, a term a definition defines, names or glosses, a name it repeats), and nothing
where no blank is worth asking: a word the sentence merely mentions is no keyword blank."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.extract import extract
from quizgen.generate import points
from quizgen.generate.draft import Draft
from quizgen.generate.ties import without_ties
from quizgen.ingest import parse_text, read_document


def drafts(text: str, name: str = "notes") -> list[Draft]:
    doc = parse_text(text, name=name, path=f"{name}.md")
    return points.drafts(doc, extract(doc))


def blanks(text: str) -> list[tuple[str, str]]:
    return [(d.question, d.answer) for d in drafts(text)]


def note(sentence: str, heading: str = "正文", title: str = "读书笔记") -> str:
    return f"# {title}\n\n## {heading}\n\n{sentence}\n"


# --- what is blanked -----------------------------------------------------------------------------


def test_a_term_the_author_sets_off_and_comes_back_to_is_blanked_in_the_authors_sentence() -> None:
    [point] = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。", heading="刻意练习"))
    assert (point.kind, point.type) == ("claim", "cloze")
    assert point.question == "作者反复提醒读者，[…]才是从新手走向高手的关键。"
    assert point.cloze == "作者反复提醒读者，{{c1::刻意练习}}才是从新手走向高手的关键。"
    assert (
        point.answer == "刻意练习"
        and point.explanation == "作者反复提醒读者，刻意练习才是从新手走向高手的关键。"
    )
    assert point.source.section == "刻意练习"
    english = note(
        "The book's main tool is the **five-minute start** for beginning any dull task."
        " Later chapters return to the five-minute start for clearing old backlogs too.",
        "Rules",
        "Notes",
    )
    assert ("The book's main tool is the […] for beginning any dull task.", "five-minute start") in blanks(
        english
    )
    quoted = note("去年全市新开的书店里，“社区书店”占了一半以上，连锁书店反而在收缩。", "社区书店")
    assert blanks(quoted) == [("去年全市新开的书店里，“[…]”占了一半以上，连锁书店反而在收缩。", "社区书店")]


def best(text: str) -> Draft:
    return max(drafts(text), key=lambda d: d.score)


def test_a_term_set_off_once_is_blanked_but_ranks_below_one_the_document_comes_back_to() -> None:
    once = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。", heading="练习"))
    again = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。", heading="刻意练习"))
    assert [d.answer for d in once] == [d.answer for d in again] == ["刻意练习"]
    assert once[0].score < again[0].score
    english = note(
        "The book's main tool is the **five-minute start** for beginning any dull task.", "Rules", "Notes"
    )
    assert blanks(english) == [
        ("The book's main tool is the […] for beginning any dull task.", "five-minute start")
    ]


def test_a_clause_an_idiom_or_an_exclamation_set_off_once_is_no_blank() -> None:
    # quoted words are a quotation, not a term: a clause (a pronoun in it), an idiom, an exclamation
    assert drafts(note("面试官不再问“你用过哪些框架”，而是请候选人当场搭一个小系统。")) == []
    assert drafts(note("作者说，很多新年计划最后都是“半途而废”，因为目标定得太大了。")) == []
    assert drafts(note("每场分享会的最后一页幻灯片上，主办方都会写一句“明年再见！”。")) == []


def test_a_work_named_in_the_lead_ranks_above_one_named_once_in_the_body() -> None:
    lead = "# 读书笔记\n\n## 导读\n\n作者认为，《刻意练习》这本书讲的是高手如何靠有目的的训练一步步成长。\n"
    assert blanks(lead) == [("作者认为，《[…]》这本书讲的是高手如何靠有目的的训练一步步成长。", "刻意练习")]
    later = lead.replace("## 导读\n\n", "## 导读\n\n开篇先交代了写这份笔记的缘由和读法。\n\n## 正文\n\n")
    later = later.replace("# 读书笔记", "# 读书笔记\n\n先说几句。\n\n再说几句。\n\n还有几句。")
    [in_lead], [in_body] = drafts(lead), drafts(later)
    assert in_body.answer == "刻意练习" and in_body.score < in_lead.score


def test_the_term_a_definition_defines_is_blanked() -> None:
    assert blanks(note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。")) == [
        ("[…]是指收益在下一轮继续产生收益，长期回报呈指数增长。", "复利效应")
    ]
    english = note(
        "Task batching means grouping small chores so they get done in one sitting.", "Terms", "Notes"
    )
    assert blanks(english) == [
        ("[…] means grouping small chores so they get done in one sitting.", "Task batching")
    ]
    assert [d.kind for d in drafts(english)] == ["framework"]  # what a term is: a defined term
    # a predicate that can only define names a term, even one of two everyday words
    framed = note("Ticket debt is what builds up when tickets are parked and never closed.", "Terms", "Notes")
    assert ("[…] is what builds up when tickets are parked and never closed.", "Ticket debt") in blanks(
        framed
    )
    plain = note("Ticket debt is a big problem for most teams we spoke to.", "Terms", "Notes")
    assert not any(answer == "Ticket debt" for _, answer in blanks(plain))


def test_a_quoted_title_in_title_case_is_no_sentence() -> None:
    subtitle = '"Reading the ice: A Pilot on Fog Banks, Bad Nights and the Long Wait for Dawn"'
    text = f"# The Long Way Round\n\n{subtitle}\n\nFog Banks are what every harbour pilot fears in autumn.\n"
    assert all("Reading the ice" not in question for question, _ in blanks(text))


def test_a_definition_may_set_its_term_off_with_a_comma() -> None:
    assert ("[…]，指的是老员工在带新人的过程中自己也把手艺练得更扎实。", "师徒反哺") in blanks(
        note("师徒反哺，指的是老员工在带新人的过程中自己也把手艺练得更扎实。")
    )


def test_a_sentence_offers_each_blank_and_a_defined_term_outranks_one_set_off_once() -> None:
    # one item per sentence is kept later (`spread`), the one its document stresses most
    text = note("心流是指完全投入一件事时的状态，**刻意练习**让人更容易进入这种状态。", "刻意练习")
    assert sorted(a for _, a in blanks(text)) == ["刻意练习", "心流"]
    assert {d.kind for d in drafts(text)} == {"framework", "claim"}
    once = note("心流是指完全投入一件事时的状态，**刻意练习**让人更容易进入这种状态。")
    assert best(once).answer == "心流"


def test_a_sentence_opening_with_a_common_word_defines_no_term() -> None:
    assert (
        drafts(note("Every chore is a small payment toward the home you want to keep.", "Chores", "Notes"))
        == []
    )


def test_a_formula_is_never_cut_at_its_subscript() -> None:
    text = note(
        "白天 CO₂ 浓度维持在 800 ppm 左右，比室外高约一倍。\n\n"
        "框架的关键在于联动：比如光照增强时同步提高 CO₂ 浓度和供水量，否则单独补光效果会打折扣。"
    )
    assert not any(d.answer == "CO" for d in drafts(text))


def test_a_latin_label_over_chinese_words_is_no_term() -> None:
    text = note(
        "- 老师 aside：“所以二手平台上卖家都觉得自己的东西是宝贝，买家都觉得是破烂。”\n"
        "- 老师 aside：他说自己买房只看了3套就定了，全班笑。\n"
        "- 老师 aside：有人批评助推是“温柔的操控”，下节课讨论伦理争议。"
    )
    assert not any(d.answer == "aside" for d in drafts(text))


def test_who_said_it_is_no_part_of_the_term_a_sentence_defines() -> None:
    said = drafts(
        note("Author says chronotype is about 40-50% heritable and shifts later in teens.", "Ch 3", "Notes")
    )
    assert not any("says" in d.answer for d in said)
    plain = drafts(
        note("Chronotype is the time of day your body prefers to sleep and wake.", "Ch 3", "Notes")
    )
    assert [d.answer for d in plain] == ["Chronotype"]


def test_a_given_name_inside_the_full_name_is_never_the_blank() -> None:
    text = (
        "# 评审会纪要\n\n## 参会人\n\n- 周以宁：产品总监\n- 许海燕：设计主管\n\n## 讨论\n\n"
        '- 许海燕：识别结果页要突出"可修改"，避免用户以为记错了却无法修正。\n'
        "- 周以宁：同意，并要求灰度期间每天看一次反馈数据，发现问题当天修复。\n\n"
        "## 待办\n\n- 交互稿定稿：许海燕（设计主管），5月17日前。\n"
    )
    assert not any(d.answer == "海燕" for d in drafts(text))


def test_a_name_the_document_repeats_is_blanked_a_name_said_once_is_not() -> None:
    inside = note(
        "The vaccine work of Louis Pasteur changed how doctors thought about disease."
        " Later, Louis Pasteur turned to rabies.",
        "People",
        "Notes",
    )
    assert ("The vaccine work of […] changed how doctors thought about disease.", "Louis Pasteur") in blanks(
        inside
    )
    opening = note(
        "Louis Pasteur showed that microbes cause many of the diseases of his day.", "Louis Pasteur", "Notes"
    )
    assert blanks(opening) == [
        ("[…] showed that microbes cause many of the diseases of his day.", "Louis Pasteur")
    ]
    once = note(
        "The vaccine work of Louis Pasteur changed how doctors thought about disease.", "People", "Notes"
    )
    assert drafts(once) == []


def test_a_rare_word_the_document_repeats_is_no_keyword_blank() -> None:
    text = (
        "# Notes on sailing\n\n## Ballast, keel, tiller and halyard\n\n"
        "Ballast keeps a small boat upright when the wind rises."
        " More ballast makes the boat slower but safer.\n"
        "A deep keel stops the boat from sliding sideways. The keel also carries most of the ballast.\n"
        "The tiller turns the rudder, and a light hand on the tiller keeps the course steady in a gust.\n"
        "A halyard raises the sail, and a worn halyard can snap in the middle of a long race.\n"
    )
    # a word the sentence merely mentions, however rare and repeated, set off by nothing
    assert drafts(text) == []


def test_a_chinese_keyword_is_no_blank() -> None:
    text = (
        "# 酱园讲义\n\n## 从晒缸到发酵罐\n\n"
        "老式酱油需要把整缸黄豆放在院子里晒，晒坏一缸整季的收成就要作废。\n"
        "师傅用蒸熟的黄豆拌上面粉制成酱醅，再放进陶缸里发酵，这就是最早的晒酱。\n"
        "翻缸时，师傅把酱醅按顺序翻进另一口陶缸，陶缸四周用竹席围住。\n"
        "晒完一季之后，师傅压榨酱醅，酱汁流出来，酱渣就可以拿去喂猪。\n"
        "陶缸酱醅容易发霉，后来的师傅又尝试用木桶和钢罐盛放酱醅。\n"
        "木酱缸遇热容易开裂，所以民国的酱园专门设计了双层发酵罐来控制温度。\n"
    )
    assert drafts(text) == []  # 陶缸, 酱醅, 酱缸: keywords, not terms the notes set off or define


def test_a_list_announced_after_a_colon_hides_each_member_on_one_card() -> None:
    [point] = drafts(note("我们可以把手头的任务分为三类：紧急的要事、不急的要事、不急的杂事。"))
    assert point.question == "我们可以把手头的任务分为三类：[…]、[…]、[…]。"
    assert (
        point.cloze
        == "我们可以把手头的任务分为三类：{{c1::紧急的要事}}、{{c1::不急的要事}}、{{c1::不急的杂事}}。"
    )
    assert point.answer == "紧急的要事、不急的要事、不急的杂事"
    english = note("The bread cycle has four steps: mix, proof, shape, and bake.", "Habits", "Notes")
    # the sentence's full stop stays in the sentence, not in the answer; "and" stays outside a blank
    [step] = drafts(english)
    assert step.question == "The bread cycle has four steps: […], […], […], and […]."
    assert (
        step.cloze
        == "The bread cycle has four steps: {{c1::mix}}, {{c1::proof}}, {{c1::shape}}, and {{c1::bake}}."
    )
    assert step.answer == "mix, proof, shape, and bake"
    assert step.kind == "framework"


def test_a_chinese_lists_last_two_members_joined_by_he_are_two_blanks() -> None:
    [point] = drafts(note("作者把每天读到的材料分为四层：事实、信息、知识和智慧。"))
    assert (
        point.cloze
        == "作者把每天读到的材料分为四层：{{c1::事实}}、{{c1::信息}}、{{c1::知识}}和{{c1::智慧}}。"
    )
    # a member whose own name holds 和 stays whole when nothing else sets it apart
    [peace] = drafts(note("这本书把国际秩序的目标归为三项：安全、繁荣、和平。"))
    assert peace.cloze.endswith("{{c1::安全}}、{{c1::繁荣}}、{{c1::和平}}。")


def test_four_members_are_blanked_only_where_the_sentence_counts_them() -> None:
    [counted] = drafts(note("作者把每天读到的材料分为四层：事实、信息、知识和智慧。"))
    assert counted.cloze.count("{{c1::") == 4
    # a line's odds and ends: four blanks nothing counts are recalled by rote, not as a set
    uncounted = drafts(note("周末去集市买了不少东西：陶碗、竹篮、旧邮票、一把铜勺。"))
    assert not any(d.cloze.count("{{c1::") == 4 for d in uncounted)


def test_a_list_of_three_with_one_comma_or_announced_by_its_verb_is_blanked_member_by_member() -> None:
    [kinds] = drafts(note("一位园艺老师把盆土分为三类：沙质土、壤土和黏土。"))
    assert kinds.cloze.endswith("{{c1::沙质土}}、{{c1::壤土}}和{{c1::黏土}}。")
    # no colon: 包括 announces the members, and the clause after them stays in the stem
    [model] = drafts(note("这个三层漏斗模型包括曝光层、兴趣层和成交层，用来解释门店的客流。"))
    assert model.cloze == (
        "这个三层漏斗模型包括{{c1::曝光层}}、{{c1::兴趣层}}和{{c1::成交层}}，用来解释门店的客流。"
    )
    # no comma before `and`: the count the sentence gives says the last two are two members
    [steps] = drafts(
        note("The repair loop has four stages: notice, name, fix and follow-up.", "Habits", "Notes")
    )
    assert steps.cloze.endswith("{{c1::notice}}, {{c1::name}}, {{c1::fix}} and {{c1::follow-up}}.")
    assert steps.answer == "notice, name, fix and follow-up"
    [parts] = drafts(
        note("A good brief includes the goal, the audience and the deadline.", "Briefs", "Notes")
    )
    # each member's article stays in the stem: a blank opening on "the" reads as no term
    assert parts.cloze.endswith("the {{c1::goal}}, the {{c1::audience}} and the {{c1::deadline}}.")
    assert parts.answer == "goal, audience and deadline"


def test_a_counted_list_a_dash_sets_off_is_blanked_member_by_member() -> None:
    [phases] = drafts(
        note(
            "Every repair job passes through four phases — triage, teardown, rebuild and test.",
            "Jobs",
            "Notes",
        )
    )
    assert phases.cloze.endswith("{{c1::triage}}, {{c1::teardown}}, {{c1::rebuild}} and {{c1::test}}.")
    [stages] = drafts(note("老师说，一块漆面的修复要经过三个阶段——清洗、补土、罩光，顺序不能乱。"))
    assert (
        stages.cloze
        == "老师说，一块漆面的修复要经过三个阶段——{{c1::清洗}}、{{c1::补土}}、{{c1::罩光}}，顺序不能乱。"
    )
    # a Chinese colon list the sentence goes on after, the count before it matching its members
    [kinds] = drafts(note("书里把拖延的原因分为四类：畏难、完美主义、分心和疲惫，最后一类最常被忽视。"))
    assert kinds.answer == "畏难、完美主义、分心和疲惫"


def test_a_dash_before_words_nothing_counts_sets_off_no_list() -> None:
    # an aside after a dash, or a count the members do not match, is no list to recall
    assert not [
        d
        for d in drafts(note("老师说，坚持比强度更重要——每天一点、不求多、不中断。"))
        if "、[…]" in d.question
    ]
    assert not [
        d
        for d in drafts(
            note("Every repair job passes through four phases — triage, teardown and test.", "Jobs", "Notes")
        )
        if d.question.count("[…]") > 1
    ]


def test_a_list_whose_member_runs_past_a_dash_or_into_a_remark_is_not_blanked() -> None:
    for text in (
        note(
            "Three mills still grind on the river: Aldmoor, Colwick, Hartmoor mostly idle.", "Mills", "Notes"
        ),
        note("Old-style kitchens bake their own: bread, scones, pies all homemade.", "Kitchens", "Notes"),
    ):
        assert not [d for d in drafts(text) if d.question.count("[…]") > 1], text
    # 分成两类——: the count's own words before the dash are no member; the dash sets the list off
    [kinds] = drafts(note("老师把常见的虫害分成三类——蛀干、食叶、吸汁，防法各不相同。"))
    assert kinds.answer == "蛀干、食叶、吸汁"


def test_a_list_whose_member_the_sentence_names_again_is_not_blanked() -> None:
    found = drafts(note("书里把拖延的原因分为四类：畏难、完美主义、分心和疲惫，其中分心最常被忽视。"))
    assert not [d for d in found if d.question.count("[…]") > 1]


def test_the_count_a_list_closes_on_is_no_part_of_its_last_member() -> None:
    [kinds] = drafts(note("这门课把土壤分成沙土、壤土、黏土三类，各有各的种法。"))
    assert kinds.cloze.startswith("这门课把土壤分成{{c1::沙土}}、{{c1::壤土}}、{{c1::黏土}}三类")


def test_a_last_member_joined_by_and_stays_whole_when_the_count_says_so() -> None:
    [teams] = drafts(
        note("The firm has three units: marketing, sales, research and development.", "Org", "Notes")
    )
    assert teams.cloze.endswith("{{c1::marketing}}, {{c1::sales}}, {{c1::research and development}}.")


def test_a_list_of_clauses_or_of_two_items_is_no_list() -> None:
    assert drafts(note("作者给出两条建议：先把一件事做完、再去想下一件事。")) == []
    long_items = (
        "The author names three habits: waking up before the sun rises,"
        " writing every single morning, and walking after lunch."
    )
    assert drafts(note(long_items, "Habits", "Notes")) == []


def test_a_list_label_is_layout_not_part_of_the_sentence() -> None:
    [point] = drafts(note("2、任何面包的制作都分为四步：和面、发酵、整形、烘烤。"))
    assert point.question == "任何面包的制作都分为四步：[…]、[…]、[…]、[…]。"
    assert point.explanation == "任何面包的制作都分为四步：和面、发酵、整形、烘烤。"
    assert point.anchor == drafts(note("3、任何面包的制作都分为四步：和面、发酵、整形、烘烤。"))[0].anchor


def test_the_name_a_sentence_gives_at_its_end_is_blanked() -> None:
    assert blanks(note("作者把部门之间互不来往、信息各自封闭的状态称为孤岛思维。")) == [
        ("作者把部门之间互不来往、信息各自封闭的状态称为[…]。", "孤岛思维")
    ]
    # a name in quotes is a name whatever its words; the quotes stay in the sentence
    assert blanks(note("作者把这种先放慢脚步再加速的做法，叫做“慢下来才能快起来”。")) == [
        ("作者把这种先放慢脚步再加速的做法，叫做“[…]”。", "慢下来才能快起来")
    ]
    # unquoted, a piece of a clause after 叫做 is no name
    assert drafts(note("作者把他一到关键时刻就犹豫的毛病，叫做在相当长时间里对他。")) == []


def test_a_term_glossed_in_another_script_is_blanked_with_its_gloss() -> None:
    [point] = drafts(note("很多公司都陷入了孤岛思维（Silo Mentality），各部门只顾自己的指标。"))
    assert (point.kind, point.answer) == ("framework", "孤岛思维（Silo Mentality）")
    assert point.question == "很多公司都陷入了[…]，各部门只顾自己的指标。"


def test_a_chinese_definitions_subject_must_read_as_a_noun_phrase() -> None:
    assert blanks(note("客户流失率是指用户在产品中留下的每一次点击和停留的记录。")) == [
        ("[…]是指用户在产品中留下的每一次点击和停留的记录。", "客户流失率")
    ]
    latin = note("MINIX是指一个为了教学而写成的小型操作系统，代码只有几千行。")
    assert blanks(latin) == [("[…]是指一个为了教学而写成的小型操作系统，代码只有几千行。", "MINIX")]
    # a pronoun, a preposition or an adverb in the subject: a piece of a clause, not a term
    assert drafts(note("在相当长时间里对他是指一种从小到大都没有改变过的习惯和想法。")) == []


def test_an_english_definitions_subject_must_name_a_term() -> None:
    for sentence, term in (
        ("Entropy is a measure of how much a message could surprise the reader who receives it.", "Entropy"),
        (
            "Read-Back-and-Confirm is a safety habit in which a pilot repeats an order and names it.",
            "Read-Back-and-Confirm",
        ),
    ):
        assert [a for _, a in blanks(note(sentence, "Terms", "Notes"))] == [term]
    for description in (
        "Humans are creatures of habit who repeat what worked for them yesterday.",  # a common noun
        "The real purpose of a morning walk is to clear the head before the working day.",
        "The book's main tool is the five-minute start for beginning any dull task.",  # a possessive
        "Maps are good for choosing a route, but local advice is best for finding the shortcuts.",
    ):
        assert drafts(note(description, "Terms", "Notes")) == [], description


SPLIT_NAME = re.compile(r"·[\u4e00-\u9fff]*\[…\]|\[…\][\u4e00-\u9fff]*·")


def test_a_blank_never_splits_a_name_joined_by_a_dot() -> None:
    assert not points._on_word_bounds("卡洛斯·门德斯认为港口的瓶颈不在吊机。", "门德")
    assert points._on_word_bounds("卡洛斯·门德斯认为港口的瓶颈不在吊机。", "吊机")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        doc = read_document(path)
        for point in points.drafts(doc, extract(doc)):
            assert not SPLIT_NAME.search(point.question), point.question


# --- what is not ---------------------------------------------------------------------------------


def test_a_figure_is_never_a_key_points_blank() -> None:
    assert (
        drafts(note("作者反复提醒读者，**两分钟法则**能让一个新习惯更容易开始。", "两分钟法则")) == []
    )  # 两分钟
    [point] = drafts(note("去年全市新开了约120家独立书店，其中“社区书店”占了一半以上。", "社区书店"))
    assert point.answer == "社区书店"


def test_a_blank_of_everyday_words_is_no_term() -> None:
    text = note(
        "The book says that **what you do** every day matters more than what you plan.", "Rules", "Notes"
    )
    assert drafts(text) == []


def test_a_blank_inside_a_longer_name_is_not_asked() -> None:
    # `Rule of Quiet Kitchens` goes on after `2nd`: blanking part of a name asks nothing; standing
    # whole after `the`, the name is asked
    text = note(
        "The 2nd Rule of Quiet Kitchens is to keep every knife sharp and dry in the drawer.\n\n"
        "Cooks who break the Rule of Quiet Kitchens cut themselves far more often during a busy service.",
        "Laws",
        "Notes",
    )
    asked = [d.question for d in drafts(text)]
    assert asked == ["Cooks who break the […] cut themselves far more often during a busy service."]


def test_questions_fragments_and_title_lines_are_no_key_points() -> None:
    assert drafts(note("为什么**刻意练习**能让一个人更快地从新手走向高手呢？")) == []
    assert drafts(note("**留白**很重要。")) == []
    title_case = note("The Power Of Habit And The Science Of Small Changes In Daily Life", "Books", "Notes")
    assert drafts(title_case) == []


# --- rank and identity -----------------------------------------------------------------------------


def test_a_list_ranks_above_a_defined_term_above_a_set_off_one_above_a_name() -> None:
    listed = drafts(note("任何习惯的形成都分为四步：提示、渴望、反应、奖励。"))[0].score
    defined = drafts(note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。"))[0].score
    set_off = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。", "刻意练习"))[0].score
    name = drafts(
        note(
            "The vaccine work of Louis Pasteur changed how doctors thought about disease.",
            "Louis Pasteur",
            "Notes",
        )
    )[0].score
    assert listed > defined > set_off > name > points.SCORE


def test_a_corrected_figure_keeps_the_key_points_id_another_sentence_does_not() -> None:
    def point(sentence: str) -> Draft:
        return drafts(note(sentence, "社区书店"))[0]

    before = point("去年全市新开了约120家独立书店，其中“社区书店”占了一半以上。")
    after = point("去年全市新开了约150家独立书店，其中“社区书店”占了一半以上。")
    other = point("去年全市关掉了约120家独立书店，其中“社区书店”占了一半以上。")
    assert before.anchor == after.anchor == before.fact and before.anchor != other.anchor
    english = [
        drafts(
            note(
                f"Jane Doe, CFO of Harbor Works, said loans got {n}% cheaper after 2019.",
                "Harbor Works",
                "Notes",
            )
        )[0]
        for n in (30, 35)
    ]
    assert english[0].answer == "Harbor Works" and english[0].anchor == english[1].anchor


def test_by_default_a_defining_sentence_in_running_prose_is_asked_as_a_key_point() -> None:
    from quizgen.generate import generate

    text = note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。")
    items = generate([parse_text(text, name="notes", path="notes.md")], "deck")
    assert [(i.type, i.answer) for i in items if i.anchor.startswith("notes::point::")] == [
        ("cloze", "复利效应")
    ]


def test_a_word_inside_a_compound_or_before_its_object_is_never_blanked() -> None:
    # keyword blanks took one noun of a compound (竹[蒸笼]) or a verb as a term (预警风险): no
    # sentence is blanked for a word it merely mentions
    for sentence in (
        "此刻预警风险，正是为了不必在最关键的时候突然减速。",
        "从模型红队测试到公开报告，团队一直保持着相当高的透明度。",
        "竹蒸笼遇水容易发霉，所以后来的师傅设计了不锈钢蒸架。",
    ):
        assert drafts(note(sentence, "蒸笼与测试")) == [], sentence


# --- sentences made whole, blanks that stand apart ---------------------------------------------------


def test_a_word_tying_the_sentence_to_the_one_before_is_dropped_a_subordinator_is_not() -> None:
    assert without_ties("所以其实，复盘会议最重要的产出是下一步行动。", zh=True) == (
        "复盘会议最重要的产出是下一步行动。"
    )
    assert without_ties("在这种情况下，团队把发布周期从一个月缩短到一周。", zh=True) == (
        "团队把发布周期从一个月缩短到一周。"
    )
    assert without_ties("But in this case, the team shipped the feature in two days.", zh=False) == (
        "The team shipped the feature in two days."
    )
    # an ordinal before its noun is part of the sentence, not a tie (第四种方法 keeps 第四)
    assert (
        without_ties("第四种方法叫做逆向思考，从结果往回推。", zh=True)
        == "第四种方法叫做逆向思考，从结果往回推。"
    )
    assert without_ties("第二，先写下目标，再安排每天的任务。", zh=True) == "先写下目标，再安排每天的任务。"
    # 最后 before a count is "the last" (最后一次, 最后一位), not "finally"
    assert (
        without_ties("最后一次大修：1987 年更换了全部木梁。", zh=True)
        == "最后一次大修：1987 年更换了全部木梁。"
    )
    assert without_ties("最后，团队把复盘写进了新人手册。", zh=True) == "团队把复盘写进了新人手册。"
    # a condition needs its main clause: left for the stem check to reject
    assert without_ties("如果目标太大，计划往往半途而废。", zh=True) == "如果目标太大，计划往往半途而废。"
    # too little would be left
    assert without_ties("所以，就这样。", zh=True) == "所以，就这样。"


def test_a_counted_point_loses_its_count_an_adjective_or_a_subject_clause_stays() -> None:
    assert without_ties("二是每周留出半天专门整理库存。", zh=True) == "每周留出半天专门整理库存。"
    assert without_ties("最后的方案是把仓库搬到城东。", zh=True) == "最后的方案是把仓库搬到城东。"
    assert without_ties("店长觉得这是个机会，就投了二十万。", zh=True) == "店长觉得这是个机会，就投了二十万。"
    assert without_ties("正是在这个意义上，规则比一时的热情更可靠。", zh=True) == "规则比一时的热情更可靠。"
    assert without_ties("First, the team wrote down every incident.", zh=False) == (
        "The team wrote down every incident."
    )
    assert without_ties("Two, price caps on resale keep most tickets near face value.", zh=False) == (
        "Price caps on resale keep most tickets near face value."
    )
    assert without_ties("Two thousand people signed the petition in a week.", zh=False) == (
        "Two thousand people signed the petition in a week."
    )
    assert without_ties("First 6 months: one real bug found per drill.", zh=False) == (
        "First 6 months: one real bug found per drill."
    )


def test_one_item_picked_from_an_enumeration_is_no_blank() -> None:
    sentence = "配料里常见的香料，比如“丁香”、“八角”、“桂皮”等，都要提前泡软再下锅。"
    assert [a for _, a in blanks(note(sentence))] == []
    english = note(
        'The pantry holds staples, such as "basmati rice", "dried beans", and "rolled oats".',
        "Data",
        "Notes",
    )
    assert drafts(english) == []


def test_a_gloss_a_piece_of_a_token_or_of_a_longer_title_is_no_blank() -> None:
    glossed = note("《海边的灯塔》由玛丽亚·赫尔曼（Maria Hellmann）写成，被看作航海文学的入门书。")
    assert "Maria Hellmann" not in [a for _, a in blanks(glossed)]
    joined = note("每篇文章开头都有一段 TL;DR 摘要，读者只看这一段就能知道结论。TL;DR 摘要最好不超过三句话。")
    assert "DR" not in [a for _, a in blanks(joined)] and "TL" not in [a for _, a in blanks(joined)]
    title = note("作者还推荐了《Python Cookbook 中文版》这本书，Python 的读者可以从第一章读起。")
    assert "Python" not in [a for _, a in blanks(title)]


def test_a_latin_term_in_chinese_prose_is_blanked_when_the_text_comes_back_to_it() -> None:
    text = (
        "# 读书笔记\n\n## 目标管理\n\n"
        "团队每天都会查看 WIP，并把它写在白板的最上方。\n\n"
        "每周五，各组公开回顾 WIP 的变化，再调整下周的计划。\n\n"
        "他们在一次周会上顺便提到了 Jira 这个工具，用来记录每天的任务。\n"
    )
    found = blanks(text)
    assert ("团队每天都会查看 […]，并把它写在白板的最上方。", "WIP") in found
    assert "Jira" not in [a for _, a in found]  # named once, in passing
    # a bare title is no term, and the notes' topic (in most sentences) is guessed, not recalled
    topic = "# AI 笔记\n\n## 正文\n\n" + "".join(
        f"第{n}条：AI 可以帮团队把{w}做得更快，省下的时间用来思考。\n\n"
        for n, w in enumerate(["周报", "会议纪要", "需求文档", "测试用例", "代码评审", "用户访谈"])
    )
    assert "AI" not in [a for _, a in blanks(topic)]
    assert "CEO" not in [a for _, a in blanks(note("工作室的 CEO 方晴把每周例会改成了书面周报。"))]


def test_a_person_the_document_names_is_blanked_once_but_not_one_put_in_for_a_pronoun() -> None:
    text = (
        "# 对谈笔记\n\n## 正文\n\n"
        "主持人许棠与学者顾川对谈公共生活。\n\n"
        "顾川说，作家林秋白年轻时在报社做编辑，晚年仍坚持每天写作。\n\n"
        "他认为手写的书信无法被邮件取代。\n"
    )
    found = blanks(text)
    assert any(a == "林秋白" for _, a in found)
    # 他 is resolved to 顾川 as context, but a resolved name is never the answer
    assert not any(q.startswith("[…]认为手写") for q, _ in found)


def test_a_name_or_a_term_set_off_once_in_a_sentence_stating_a_figure_is_an_aside() -> None:
    text = note("城东面包店的利润主要来自“定制蛋糕”，约占全年利润的 70%，其余来自零售。")
    assert drafts(text) == []  # the figures maker asks the 70%
    recurring = note("城东面包店的利润主要来自“定制蛋糕”，约占全年利润的 70%，其余来自零售。", "定制蛋糕")
    assert [a for _, a in blanks(recurring)] == ["定制蛋糕"]  # what the notes come back to is no aside


def test_a_count_inside_a_quoted_name_or_an_article_beside_it_is_no_figure_of_the_sentence() -> None:
    counted = note("说到底，她开了一家真正的“两人面馆”——没有服务员、没有外卖，所有活儿都是夫妻俩自己干。")
    assert [a for _, a in blanks(counted)] == ["两人面馆"]
    article = note("说到底，关键是他搭起了一个“慢厨房”，所有菜都提前一天备好，没人加班。")
    assert [a for _, a in blanks(article)] == ["慢厨房"]
    # a quoted figure is the figures maker's, and a figure beside the name still makes it an aside
    assert drafts(note("店里的堂食只占“三成”，外卖撑起了剩下的生意，老板也没办法。")) == []
    assert drafts(note("他搭起了一个“慢厨房”，备菜时间因此缩短了 40%，没人加班。")) == []


def test_a_role_or_a_description_is_no_defined_term() -> None:
    assert "主持人" not in [a for _, a in blanks(note("主持人即是前年出版的《城市菜园》一书的译者。"))]
    generic = note("The main goal is to water the garden before the sun gets hot.", "Goals", "Notes")
    assert drafts(generic) == []
    rated = note("The cheapest fix is also the least liked: let everyone vote on paper first.", "Notes")
    assert drafts(rated) == []
    best = note("Harbour Row's bestselling loaf is its rye, a 700-gram loaf sold at dawn.", "Notes")
    assert [d for d in drafts(best) if "bestselling" in d.answer] == []
    planned = note(
        "- Arrival in the Saturn system is planned for 2034, after flybys of Venus and Earth.", "Notes"
    )
    assert [d for d in drafts(planned) if d.answer.startswith("Arrival")] == []  # a date, not a meaning


def test_a_stressed_function_word_or_a_latin_word_describing_the_next_noun_is_no_blank() -> None:
    stressed = "# 笔记\n\n## 茶\n\n好茶其实**没有**固定的冲泡时间，关键在于水温。\n\n好茶**没有**标准答案。\n"
    assert "没有" not in [a for _, a in blanks(stressed)]
    channel = (
        "# 笔记\n\n## 经历\n\n在开始做 Bilibili 频道之前，他做过木工、陶艺和烘焙。\n\n"
        "后来他的 Bilibili 频道有了上万订阅。\n"
    )
    assert "Bilibili" not in [a for _, a in blanks(channel)]


def test_an_everyday_english_word_in_chinese_talk_is_no_term() -> None:
    talk = (
        "# 笔记\n\n## 书法\n\n新手常把 Style 当成目标，其实先要把基本功练熟。\n\n好的 Style 来自长期练习。\n"
    )
    assert "Style" not in [a for _, a in blanks(talk)]


def test_a_title_keeps_its_number_as_a_blank() -> None:
    text = (
        "# 课程笔记\n\n## 导读\n\n老师今年录了一套音频课，取名《园艺入门30讲》。\n\n"
        "《园艺入门30讲》一共四十节。\n"
    )
    assert ("老师今年录了一套音频课，取名《[…]》。", "园艺入门30讲") in blanks(text)


def test_a_quoted_term_glossed_right_after_its_quotes_is_no_blank() -> None:
    text = note("作者强调“复利”（compounding）是长期投资最重要的力量，也是耐心的回报。")
    assert "复利" not in [a for _, a in blanks(text)]


def test_words_set_off_again_and_again_are_still_a_quotation_when_they_ask_or_exclaim() -> None:
    again = (
        "# 笔记\n\n## 招聘\n\n每次社区活动结束时，主持人都会喊一句“下次还来！”，大家早就习惯了。\n\n"
        "“下次还来！”成了活动的固定结尾。\n\n"
        "以前店长总要反复追问“货什么时候到”，现在系统会自动提醒。\n\n"
        "“货什么时候到”这个问题已经不用再问。\n"
    )
    assert [a for _, a in blanks(again)] == []


def test_a_sentence_set_in_bold_is_asked_for_what_it_concludes() -> None:
    bold = note("**在长期合作里，真正决定成败的是双方的信任储备。**", "合作")
    assert ("在长期合作里，真正决定成败的是[…]。", "双方的信任储备") in blanks(bold)
    contrast = note("**作者认为，走出低谷靠的不是意志力，而是环境设计。**", "习惯")
    assert ("作者认为，走出低谷靠的不是意志力，而是[…]。", "环境设计") in blanks(contrast)
    summary = (
        "# Notes\n\n## Key takeaways\n\n"
        "- The strongest predictor of a team's speed is psychological safety.\n"
    )
    assert ("The strongest predictor of a team's speed is […].", "psychological safety") in blanks(summary)


def test_a_conclusion_keeps_its_modal_and_its_closing_verb_in_the_stem() -> None:
    modal = note("**面对旧制度，我们的任务不是要照搬过去，而是要改造。**", "制度")
    assert ("面对旧制度，我们的任务不是要照搬过去，而是要[…]。", "改造") in blanks(modal)
    made = note("**城市的房租水平主要是供需关系决定的，它是土地政策塑造的。**", "房租")
    assert ("城市的房租水平主要是供需关系决定的，它是[…]塑造的。", "土地政策") in blanks(made)


def test_a_modal_is_kept_out_of_the_blank_only_as_a_whole_word() -> None:
    assert points._conclusion_zh("要改造") == "改造"
    assert points._conclusion_zh("会议纪要") == "会议纪要"
    assert points._conclusion_zh("应用场景") == "应用场景"


def test_a_pointing_word_refers_within_the_sentence_only_as_it() -> None:
    own = note("**这家店的客流主要来自回头客，它是口碑驱动的。**", "经营")
    assert ("这家店的客流主要来自回头客，它是[…]驱动的。", "口碑") in blanks(own)
    told = note("**客人进门时店员会叫出名字，这种细节是小店的招牌。**", "经营")
    assert all(answer != "小店的招牌" for _, answer in blanks(told))


def test_two_paired_qualities_are_one_conclusion() -> None:
    paired = note("**在作者看来，一个好老师最需要的品质是既耐心又严格。**", "教学")
    assert ("在作者看来，一个好老师最需要的品质是[…]。", "既耐心又严格") in blanks(paired)


def test_a_sentence_worded_as_a_thesis_is_asked_for_its_conclusion_without_bold() -> None:
    contrast = note("作者认为，让团队走得更远的不是加班，而是清晰的分工。", "团队")
    assert ("作者认为，让团队走得更远的不是加班，而是[…]。", "清晰的分工") in blanks(contrast)
    key = note("书里反复讲到，长期储蓄成功的关键在于自动扣款。", "理财")
    assert ("书里反复讲到，长期储蓄成功的关键在于[…]。", "自动扣款") in blanks(key)
    english = (
        "# Notes\n\n## Practice\n\n"
        "What separates experts from amateurs is not talent, but deliberate practice.\n"
    )
    assert (
        "What separates experts from amateurs is not talent, but […].",
        "deliberate practice",
    ) in blanks(english)
    lesson = "# Notes\n\n## Growth\n\nThe real lesson of the savings study is compound interest.\n"
    assert ("The real lesson of the savings study is […].", "compound interest") in blanks(lesson)


def test_what_a_contrast_affirms_is_blanked_wherever_it_stands_in_the_sentence() -> None:
    only = note("没有万能的配方，只有合适的配方，这是项目组每次复盘都会重提的一句话。", "方案")
    assert ("没有万能的配方，只有[…]，这是项目组每次复盘都会重提的一句话。", "合适的配方") in blanks(only)
    middle = note("她发现留住老顾客的不是折扣，而是熟悉的店员，新店开业后她就不再频繁调岗。", "门店")
    assert ("她发现留住老顾客的不是折扣，而是[…]，新店开业后她就不再频繁调岗。", "熟悉的店员") in blanks(
        middle
    )
    cleft = (
        "# Notes\n\n## Motivation\n\n"
        "It is the expectation of praise -- not the praise itself -- that keeps children practising.\n"
    )
    assert (
        "It is the […] of praise -- not the praise itself -- that keeps children practising.",
        "expectation",
    ) in blanks(cleft)
    english = (
        "# Notes\n\n## Teams\n\n"
        "Good teams are held together not by rules but by shared rituals, which new members learn fast.\n"
    )
    assert (
        "Good teams are held together not by rules but by […], which new members learn fast.",
        "shared rituals",
    ) in blanks(english)


def test_common_words_defined_by_their_kind_and_used_again_make_a_term() -> None:
    defined = (
        "# Notes\n\n## Dating\n\n"
        "A key layer is any layer that turns up in more than one core, so cores can be matched.\n\n"
        "Ash layers make the best key layers.\n"
    )
    assert (
        "A […] is any layer that turns up in more than one core, so cores can be matched.",
        "key layer",
    ) in (blanks(defined))
    once = defined.replace("Ash layers make the best key layers.", "Ash layers are the classic example.")
    assert blanks(once) == []  # defined once and never used: common words describing, not a term
    described = (
        "# Notes\n\n## Teams\n\nA good manager is someone who removes obstacles before the team hits them.\n"
    )
    assert blanks(described) == []


def test_a_contrast_affirming_before_it_denies_blanks_what_it_affirms() -> None:
    ahead = note("老师认为，新手种菜最该做的是改良土壤，而不是频繁施肥。", "种菜")
    assert ("老师认为，新手种菜最该做的是[…]，而不是频繁施肥。", "改良土壤") in blanks(ahead)
    english = note(
        "For most new runners, what matters is consistency, not intensity, in year one.", "Running", "Notes"
    )
    assert (
        "For most new runners, what matters is […], not intensity, in year one.",
        "consistency",
    ) in blanks(english)
    head_only = note(
        "Taste is a habit of attention, not of the tongue, and it can be trained.", "Food", "Notes"
    )
    assert all(answer != "habit" for _, answer in blanks(head_only))
    pointing = note("这是一种习惯，而不是天赋，谁都可以练出来。", "习惯")
    assert all(answer != "一种习惯" and answer != "习惯" for _, answer in blanks(pointing))


def test_a_contrast_whose_subject_points_to_another_sentence_is_no_blank() -> None:
    pointing = note("这不是性格上的缺陷，而是一种适应，长期处在不确定环境里的人都会这样。", "性格")
    assert all(answer != "适应" for _, answer in blanks(pointing))
    scene = note("车间里没有机器的轰鸣，只有一排排工作台，师傅们低头给旧表换零件。", "车间")
    assert all(answer != "一排排工作台" for _, answer in blanks(scene))
    dash = note("新版本上线的节奏已经快过用户能适应的节奏——这些不是预言，而是眼前的事实。", "节奏")
    assert all(answer != "眼前的事实" for _, answer in blanks(dash))


def test_the_same_sentence_in_plain_prose_or_ending_on_an_adverb_is_no_conclusion() -> None:
    plain = note("在长期合作里，真正决定成败的是双方的信任储备。", "合作")
    assert all(answer != "双方的信任储备" for _, answer in blanks(plain))
    adverb = note("**我们讨论了很久，最后发现这件事其实是如此。**", "讨论")
    assert all(answer != "如此" for _, answer in blanks(adverb))
    measure = note("**价格当然要紧，但只在顾客在意的时候才是个值得比较的东西。**", "定价")
    assert all(not answer.startswith("个") for _, answer in blanks(measure))


def test_words_quoted_once_before_de_describe_a_noun_and_are_no_term() -> None:
    described = note("每当团队碰到“看上去无解”的工程难题，老周都会先把问题拆成三块。", "方法")
    assert all(answer != "看上去无解" for _, answer in blanks(described))
    named = note("老周把这种先拆问题再分头攻克的做法叫作“分块攻坚”，团队后来一直沿用。", "方法")
    assert "分块攻坚" in [answer for _, answer in blanks(named)]


def test_the_alternative_a_stressed_sentence_rejects_is_no_conclusion() -> None:
    rejected = note("**长期来看，团队要追求的是协作的默契，而不是孤胆英雄。**", "取舍")
    assert all(answer != "孤胆英雄" for _, answer in blanks(rejected))


def test_an_english_list_of_several_word_items_after_a_colon_is_blanked_member_by_member() -> None:
    text = note(
        "There are three kinds of rest: physical recovery, mental quiet, and social withdrawal",
        "Rest",
        "Notes",
    )
    assert (
        "There are three kinds of rest: […], […], and […]",
        "physical recovery, mental quiet, and social withdrawal",
    ) in blanks(text)


def test_a_conclusion_about_this_or_that_praises_what_came_before() -> None:
    pointing = note("**店员能记住熟客的口味，这一本事是小店最大的护城河。**", "小店")
    assert all(answer != "小店最大的护城河" for _, answer in blanks(pointing))


def test_an_exclamations_punchline_is_no_conclusion() -> None:
    shouted = note("讲者最后说：**不看具体场景就谈微服务，都是纸上谈兵！**台下一片笑声。", "架构")
    assert all(answer != "纸上谈兵" for _, answer in blanks(shouted))


def test_an_english_conclusion_about_nothing_in_particular_is_not_asked() -> None:
    vague = (
        "# Notes\n\n## Key takeaways\n\n- More often than not, all you need is a small change of routine.\n"
    )
    assert all(answer != "small change of routine" for _, answer in blanks(vague))
    named = "# Notes\n\n## Key takeaways\n\n- The strongest predictor of recovery is daily walking.\n"
    assert ("The strongest predictor of recovery is […].", "daily walking") in blanks(named)


def test_a_gloss_that_explains_in_a_phrase_does_not_make_a_term() -> None:
    explained = note(
        "不要过早做性能优化，除非这是一个已知有效的场景(a case known to need it)，比如底层的通用库。", "性能"
    )
    assert all("场景" not in answer for _, answer in blanks(explained))
    named = note("团队后来引入了灰度发布(Canary Release)，新版本先推给百分之五的用户试用。", "发布")
    assert "灰度发布(Canary Release)" in [answer for _, answer in blanks(named)]


def test_a_view_someone_holds_of_what_a_thing_is_is_asked_for_its_conclusion() -> None:
    held = note("林教授认为，城市更新最容易被忽略的成本是居民的通勤时间。", "城市")
    assert ("林教授认为，城市更新最容易被忽略的成本是[…]。", "居民的通勤时间") in blanks(held)
    english = (
        "# Notes\n\n## Schools\n\n"
        "Dr. Okafor argues that the strongest predictor of reading skill is vocabulary breadth.\n"
    )
    assert (
        "Dr. Okafor argues that the strongest predictor of reading skill is […].",
        "vocabulary breadth",
    ) in blanks(english)
    # what someone merely says happened is no view of what a thing is
    told = note("林教授提到，会议结束后大家一起去了附近的面馆吃饭。", "城市")
    assert blanks(told) == []


def test_one_everyday_word_in_quotes_is_a_figure_of_speech_not_a_term() -> None:
    figure = note("老师傅的用处在于判断木料和检查榫头，这些恰恰是机器的“盲区”所在之处。", "价值")
    assert all(answer != "盲区" for _, answer in blanks(figure))
    coined = note("作者把这种先记账、后对账的做法叫作“双账本”，并在全书反复用它。", "方法")
    assert ("作者把这种先记账、后对账的做法叫作“[…]”，并在全书反复用它。", "双账本") in blanks(coined)
    title = note("这段经历让人想起《镜花缘》里描写的君子国，处处彬彬有礼。", "社会")
    assert ("这段经历让人想起《[…]》里描写的君子国，处处彬彬有礼。", "镜花缘") in blanks(title)


def test_a_question_word_in_quotes_is_no_term() -> None:
    asked = note("很多企业的盘点表只有“有多少”，没有“放了多久”，盘完也看不出哪些是呆滞料。", "盘点")
    assert all(answer not in {"有多少", "放了多久"} for _, answer in blanks(asked))


def test_a_definition_opening_on_suowei_blanks_the_term_without_it() -> None:
    found = blanks(note("所谓回潮期，是指新茶入仓后茶叶重新吸收空气中水分、口感变得沉闷的那几个星期。"))
    assert ("所谓[…]，是指新茶入仓后茶叶重新吸收空气中水分、口感变得沉闷的那几个星期。", "回潮期") in found


def test_a_speakers_short_view_in_bold_is_blanked_with_the_speaker_as_its_holder() -> None:
    dialogue = (
        "# 对谈：手艺与耐心\n\n"
        "**周岚** ：我做木工快二十年了，最早是在舅舅的铺子里当学徒。\n\n"
        "**韩松** ：那你怎么看现在年轻人学手艺太急这件事？\n\n"
        "**周岚** ：急是正常的。**我认为理想的样子是既专注又放松。**\n\n"
        "**韩松** ：这个说法很有意思，我们下次接着聊。\n"
    )
    assert ("周岚认为理想的样子是[…]。", "既专注又放松") in blanks(dialogue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Queue depth is at 11,000 — roughly one fifth of the limit, and still rising.",
        "GMV is a little over $4 million this season, twice what the café made in its first year.",
        "The ACV is a shade under 12 percent of list price across the regional accounts.",
    ],
)
def test_a_reading_of_a_measure_is_no_definition(sentence: str) -> None:
    assert not [d for d in drafts(note(sentence, "Numbers", "Bakery notes")) if d.kind == "framework"]
    # a meaning that holds a count is still a meaning
    defined = note("A sourdough starter is a live culture of flour and water kept going for years.")
    assert [d.answer for d in drafts(defined) if d.kind == "framework"] == ["sourdough starter"]


def test_a_summarys_label_is_no_part_of_its_sentence() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    doc = parse_text(
        "# 访谈笔记\n\nTL;DR: 小店的护城河不是价格，而是**熟客密度**。\n\n## 正文\n\n嘉宾讲了开店的经过。\n",
        name="t",
    )
    clozes = [i.cloze for i in generate([doc], "t") if i.type == "cloze"]
    assert clozes and all("TL;DR" not in c for c in clozes)


def test_a_quoted_word_is_blanked_inside_its_quotes() -> None:
    found = blanks(note('要点2：好的街道不是更宽，而是"更密"。', "核心要点"))
    assert ('要点2：好的街道不是更宽，而是"[…]"。', "更密") in found


def test_an_episodes_table_of_contents_gives_no_points() -> None:
    lines = (
        "- **[03:42]** How Mara went from the mines to geology school\n"
        "- **[09:15]** What a fault line is, and the zipper picture\n"
        "- **[16:30]** Quakes: big ones, small ones and the swarm\n"
    )
    body = "## Notes\n\nMara worked in the mines for years; the mines are where she first saw a fault.\n"
    toc = drafts(f"# Ep. 52 show notes\n\n## Timestamps\n\n{lines}\n{body}")
    assert not any(d.source.section == "Timestamps" for d in toc)
    notes = drafts(f"# Ep. 52 show notes\n\n## Highlights\n\n{lines}\n{body}")  # the same lines as notes
    assert any(d.source.section == "Highlights" for d in notes)


def test_a_list_of_quoted_members_keeps_its_quotes_in_the_stem_and_none_in_the_answer() -> None:
    [point] = drafts(note("这部片子分三段，片中的小标题是：“找”、“学”、“守”。"))
    assert point.question.endswith("片中的小标题是：“[…]”、“[…]”、“[…]”。")
    assert point.answer == "找、学、守"


def test_a_list_of_five_or_more_is_not_one_card() -> None:
    assert drafts(note("作者把一年的农事分为五段：备耕、播种、管护、收割、储藏。")) == []


def test_a_verb_with_its_aspect_is_no_blank_and_an_article_is_cut_only_as_a_word() -> None:
    text = note("所以上线不能只算“买了”，要算“用了”。买了系统只算开头，后面还得有人维护、有制度、有考核。")
    assert not any(d.answer == "买了" for d in drafts(text))
    assert points._affirmed("The record is about causes, not predictions.", False) != "bout causes"


def test_who_holds_a_view_or_an_adverb_before_a_definition_is_no_part_of_its_term() -> None:
    for sentence, cut in (
        ("学界一度认为陶寺是一个“礼制很早成熟的古国”，有大墓，有观象台。", "认为"),
        ("圭向来是一种长条形的玉板，后来成了身份的标志。", "向来"),
    ):
        assert not any(cut in d.answer for d in drafts(note(sentence))), sentence
    assert ("[…]是一种长条形的玉板，后来成了身份的标志。", "玉圭") in blanks(
        note("玉圭是一种长条形的玉板，后来成了身份的标志。")
    )


def test_clauses_a_comma_strings_on_after_a_colon_are_no_list_to_blank() -> None:
    saying = note("老木匠教徒弟的口诀，大意是：宁慢勿快，宁厚勿薄，宁紧勿松。")
    assert not any("{{c1::宁慢勿快}}" in d.cloze for d in drafts(saying))
    # a count or a list verb in the lead names a list, commas or not
    [counted] = drafts(note("老木匠把刨子分为三种：长刨，中刨，短刨。"))
    assert counted.cloze.endswith("{{c1::长刨}}，{{c1::中刨}}，{{c1::短刨}}。")
    [verb] = drafts(note("老木匠的工具箱里常备的包括：凿子，刨子，墨斗。"))
    assert verb.cloze.endswith("{{c1::凿子}}，{{c1::刨子}}，{{c1::墨斗}}。")


def test_the_source_of_a_quote_named_once_is_not_blanked() -> None:
    text = (
        "# Harbour notes\n\n## The scheme\n\n"
        "The council approved the harbour scheme in May after a long winter of hearings. "
        '"People see boats and a promenade," said harbour engineer Ilse Varnum of the new sea wall.\n'
    )
    assert not [a for _, a in blanks(text) if "Varnum" in a]
    # named again, she is one of the people the notes are about
    again = text + "\nVarnum later resigned over the cost of the sea wall and the dredging plan.\n"
    assert [a for _, a in blanks(again) if "Varnum" in a]


def test_a_contrast_affirming_a_cut_when_clause_or_an_announcement_is_not_blanked() -> None:
    cut = note("**规划师不是反对修路，而是希望大家在决定扩路时，把噪音和拆迁的代价也算进去。**")
    assert not [a for _, a in blanks(cut) if a.endswith("时")]
    announced = note("**这本书最核心的就是一句话：别把所有鸡蛋放在一个篮子里。**")
    assert "一句话" not in [a for _, a in blanks(announced)]
