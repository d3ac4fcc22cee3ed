"""Salience: how strongly a document stresses what a draft asks, from the kind of fact, emphasis,
position, repetition and rarity; and `select` keeping the most stressed first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.generate.draft import Draft
from quizgen.generate.quality import select
from quizgen.generate.salience import KIND_PRIOR, REACH, Emphasis, salience, spoken
from quizgen.ingest import parse_text
from quizgen.model import Document, Source

NOTES = (
    "# 书店经营笔记\n\n"
    "导读：独立书店靠回头客活下来。\n\n"  # line 3
    "开一家书店先要想清楚卖给谁。\n\n"  # line 5
    "选址比装修更要紧。\n\n"  # line 7
    "## 经营之道\n\n"
    "林若溪认为，经营的核心是**复购率**。\n\n"  # line 11
    "她常引用《开店笔记》里那句“慢即是快”。\n\n"  # line 13
    "## 小结\n\n"
    "一、先把一家店做好。\n\n"  # line 17
    "二、少即是多。\n"  # line 19
)
NOTHING = Emphasis(frozenset(), "", frozenset())


def notes() -> Document:
    return parse_text(NOTES, name="notes", path="notes.md")


def draft(answer: str, *, line: int = 7, kind: str = "claim", sentence: str = "", fact: str = "") -> Draft:
    sentence = sentence or f"这一句说的是{answer}。"
    return Draft(
        kind=kind,
        type="basic",
        anchor=fact or f"{kind}{line}{answer}",
        question=sentence.replace(answer, "什么"),
        answer=answer,
        explanation=sentence,
        source=Source("notes", "", line),
        fact=fact or f"{kind}{line}{answer}",
    )


# --- what a document stresses ------------------------------------------------------------------------


def test_emphasis_collects_the_bodys_set_off_terms_and_the_headings() -> None:
    stressed = Emphasis.of(notes())
    assert stressed.spans == {"复购率", "开店笔记", "慢即是快"}
    assert stressed.headings.split("\x1f") == ["书店经营笔记", "经营之道", "小结"]


def test_the_lead_is_the_opening_the_first_lines_of_sections_and_every_line_of_a_summary() -> None:
    lead = Emphasis.of(notes()).lead_lines
    assert {3, 5} <= lead and 7 not in lead  # the document's first two paragraphs
    assert 11 in lead and 13 not in lead  # a section's opening line
    assert {17, 19} <= lead  # 小结: a summary section, every line
    english = parse_text(
        "# Notes\n\n## Background\n\nFirst.\n\nSecond.\n\n## Key takeaways\n\nOne.\n\nTwo.\n",
        name="e",
        path="e.md",
    )
    assert Emphasis.of(english).lead_lines == {5, 11, 13}


def test_the_body_counts_the_text_of_blocks_not_headings() -> None:
    doc = notes()
    assert Emphasis.of(doc).body_chars == sum(len(b.text) for _, b in doc.all_blocks())
    bare = parse_text("# 一个很长很长的标题\n\n## 另一个很长的小标题\n", name="b", path="b.md")
    assert Emphasis.of(bare).body_chars == 0


def test_repetition_is_counted_in_the_body_near_the_line() -> None:
    stressed = Emphasis.of(notes())
    assert stressed.mentions("复购率", 11) == 1
    assert stressed.mentions("即是", 13) == 2  # 慢即是快, 少即是多
    far = "甲" * (3 * REACH)
    doc = parse_text(f"# 笔记\n\n关键词出现一次。\n\n{far}\n\n关键词又出现一次。\n", name="f", path="f.md")
    # each mention is more than REACH characters from the other's line: neither counts the other
    assert Emphasis.of(doc).mentions("关键词", 3) == 1
    near = parse_text("# 笔记\n\n关键词出现一次。\n\n关键词又出现一次。\n", name="n", path="n.md")
    assert Emphasis.of(near).mentions("关键词", 3) == 2


def test_a_term_recurs_when_said_twice_or_named_in_a_heading() -> None:
    stressed = Emphasis.of(notes())
    assert stressed.recurs("即是", 13)
    assert stressed.recurs("经营之道", 11)  # a heading names it
    assert not stressed.recurs("复购率", 11)  # set off once: it may be a figure of speech


def test_a_transcript_is_told_from_notes_by_its_spoken_fillers() -> None:
    talk = parse_text(
        "# 访谈\n\n" + "其实吧，我们那时候就是说，做产品嘛，先做出来啊。\n\n" * 4, name="t", path="t.txt"
    )
    assert Emphasis.of(talk).spoken
    assert not Emphasis.of(notes()).spoken
    chat = "Yeah, you know, it was like, a big thing, right?"
    assert spoken([b for _, b in parse_text(chat, name="c", path="c.txt").all_blocks()], "en")


# --- the score ------------------------------------------------------------------------------------------


def test_a_defined_term_and_a_work_outrank_a_person_and_a_person_a_claim_or_figure() -> None:
    rank = {kind: salience(draft("甲乙丙", kind=kind), NOTHING) for kind in KIND_PRIOR}
    assert rank["framework"] == rank["meta"] > rank["person"] == rank["figure"] > rank["claim"]
    assert rank["claim"] > rank["theme"]  # judges kept figure clozes more often than claims


def test_an_answer_the_document_sets_off_and_comes_back_to_scores_higher() -> None:
    spans = Emphasis.of(notes()).spans
    assert "复购率" in spans

    def score(body: str, set_off: frozenset[str]) -> float:
        return salience(draft("复购率"), Emphasis(set_off, "", frozenset(), body, (0,), (1,)))

    twice = "复购率高的书店\x1f复购率低的书店"
    assert score(twice, spans) == pytest.approx(score(twice, frozenset()) + 0.2)
    # quoted once, words are a quotation rather than stress
    assert score("复购率高的书店", spans) == pytest.approx(score("复购率高的书店", frozenset()))


def test_an_answer_a_heading_names_scores_higher() -> None:
    stressed = Emphasis(frozenset(), Emphasis.of(notes()).headings, frozenset())
    assert salience(draft("经营之道"), stressed) == pytest.approx(salience(draft("经营之道"), NOTHING) + 0.3)
    assert salience(draft("书店"), stressed) == pytest.approx(salience(draft("书店"), NOTHING) + 0.3)


def test_a_line_of_the_lead_or_a_summary_scores_higher() -> None:
    stressed = Emphasis(frozenset(), "", Emphasis.of(notes()).lead_lines)
    body = salience(draft("回头客", line=13), stressed)
    assert salience(draft("回头客", line=3), stressed) == pytest.approx(body + 0.2)
    assert salience(draft("回头客", line=19), stressed) == pytest.approx(body + 0.2)


def test_an_answer_said_again_scores_higher_up_to_three_times_and_the_topic_itself_lower() -> None:
    def said(times: int) -> float:
        text = "# 笔记\n\n" + "".join(f"第{n}句提到回头客。\n\n" for n in range(times))
        return salience(draft("回头客", line=3), Emphasis.of(parse_text(text, name="r", path="r.md")))

    once, twice, thrice, four = said(1), said(2), said(3), said(4)
    assert twice == pytest.approx(once + 0.25) and thrice == four == pytest.approx(once + 0.5)
    # said in every line, the answer is the notes' topic: a blank holding it is guessed
    assert said(9) == pytest.approx(thrice - 5 * 0.05) and said(40) < said(9) < thrice


def test_a_rare_term_outranks_an_everyday_word_and_a_name_a_figure() -> None:
    def score(answer: str) -> float:
        return salience(draft(answer), NOTHING)

    assert score("复购率") > score("数学")  # jieba's IDF: 数学 is everyday language
    assert score("Louis Pasteur") > score("deliberate practice") > score("practice")
    assert score("约62%") == score("2019年") == KIND_PRIOR["claim"]  # digits are no rarer for their value


# --- select keeps the most stressed first ---------------------------------------------------------


def test_select_ranks_a_defined_term_above_a_figure_in_a_side_clause() -> None:
    doc = notes()
    # the figure comes first in the text and its maker scores it higher: salience still puts the
    # term the document defines and sets off before it
    sentence = "林若溪估计，店里两成的书是旧书。"
    figure = replace(
        draft("两成", line=5, kind="figure", sentence=sentence),
        type="cloze",
        question=sentence.replace("两成", "[…]"),
        cloze=sentence.replace("两成", "{{c1::两成}}"),
        score=2.0,
    )
    term = draft("复购率", line=11, kind="framework", sentence="林若溪认为，经营的核心是复购率。")
    assert select([figure, term], emphasis={"notes": Emphasis.of(doc)}) == [term, figure]


def test_the_idf_table_is_jiebas_and_is_kept_in_the_cache_directory(tmp_path, monkeypatch) -> None:
    import warnings

    import platformdirs

    from quizgen.extract.text import idf_table

    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: str(tmp_path / name))
    parsed, median = idf_table.__wrapped__()
    (kept,) = (tmp_path / "quizgen").glob("idf.*.marshal")
    assert idf_table.__wrapped__() == (parsed, median)  # read back from the cache
    kept.write_bytes(b"not a table")  # a damaged copy is parsed again, not trusted
    assert idf_table.__wrapped__() == (parsed, median)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba.analyse
    loader = jieba.analyse.default_tfidf.idf_loader
    assert (parsed, median) == (loader.idf_freq, loader.median_idf)


def test_the_pos_taggers_table_is_read_from_the_cache_directory_whole(tmp_path) -> None:
    """jieba.posseg imported with its word-class table from the marshalled copy tags as jieba's own
    does: run cold (no copy: parsed and kept), warm (read back) and damaged (parsed again)."""
    import subprocess
    import sys

    script = (
        "import platformdirs, sys\n"
        f"platformdirs.user_cache_dir = lambda name: {str(tmp_path)!r} + '/' + name\n"
        "from quizgen.extract.text import tag\n"
        "import jieba.posseg\n"
        "print(len(jieba.posseg.dt.word_tag_tab), tag('作者认为理想的状态是又专注又放松'))\n"
    )

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        return done.stdout

    cold = run()
    (kept,) = (tmp_path / "quizgen").glob("tags.*.marshal")
    assert run() == cold
    kept.write_bytes(b"not a table")
    assert run() == cold
    size, tags = cold.split(" ", 1)
    assert int(size) > 300_000 and "('状态', 'n')" in tags and "('认为', 'v')" in tags


def test_a_year_that_frames_several_facts_is_not_what_they_ask() -> None:
    # the year comes back as the time of each statistic: repeating it stresses the statistics, and
    # asking it would ask "which year?" of several facts at once and give itself away in the others
    from quizgen.generate import generate

    zh = (
        "# 一家面包店的账本\n\n"
        "老板先报了几个数：2022年，全店营业额里，团购券的占比达到了37%。\n\n"
        "2022年，店里新开了14家分店，关了3家。\n\n"
        "她说2022年是最累的一年，原料涨了两成。\n"
    )
    en = (
        "# Notes on a ferry operator\n\n"
        "In 2021, night crossings made up 28% of the operator's revenue.\n\n"
        "In 2021, the company also bought 4 second-hand vessels.\n\n"
        "The harbour fee rose by 15% in 2021.\n"
    )
    for text, statistics in ((zh, {"37%", "14家"}), (en, {"28%"})):
        answers = {i.answer for i in generate([parse_text(text, name="y", path="y.md")], "d")}
        assert answers == statistics, answers


def test_a_sentence_with_a_year_and_another_figure_asks_the_other_figure() -> None:
    from quizgen.generate import generate

    text = (
        "# 小镇改造笔记\n\n## 2018年的修缮\n\n"
        "2018年，镇里启动老街修缮工程，一共花了约520万元，拆掉违建，按原样铺回石板。\n"
    )
    asked = [(i.question, i.answer) for i in generate([parse_text(text, name="n")], "d")]
    assert asked == [("2018年，镇里启动老街修缮工程，一共花了[…]，拆掉违建，按原样铺回石板。", "约520万元")]
    year = draft("2018年", kind="figure", sentence="2018年，镇里启动老街修缮工程。")
    assert salience(year, NOTHING) > salience(
        replace(year, explanation="2018年，镇里启动老街修缮工程，一共花了约520万元。"), NOTHING
    )


# A writer who sets five figures or more in bold has ranked their figures: one left plain beside
# them is a figure in passing. Under that many, bold is chance and a plain figure still counts.
MARKED_ZH = (
    "# 社区菜场改造笔记\n\n"
    "- 东门菜场改造以后，摊位租金从每月三千元降到了 **1800 元**，摊主们都留了下来。\n"
    "- 东门菜场的客流在改造后的第一年里涨了 **四成**，周末尤其明显。\n"
    "- 东门菜场把早市的营业时间延长到 **上午十点**，方便上班族买菜。\n"
    "- 为了让鱼肉不再放在露天摊上，东门菜场的冷链柜一共投入了 **26 万元**。\n"
    "- 东门菜场周边三个小区的住户约 **9000 户**，是菜场最主要的客源。\n"
    "- 东门菜场的公共厕所也一起翻修了，花了 4 万元，换上了感应水龙头。\n"
)
MARKED_EN = (
    "# Notes on the harbour ferry review\n\n"
    "- After the review, harbour ferry fares fell from three dollars to **$2.50** a trip for every rider.\n"
    "- Harbour ferry ridership grew by **31%** in the first year after the fare cut.\n"
    "- The four new harbour ferry boats cost **$14 million** in all, paid for by the port.\n"
    "- A harbour ferry crossing now takes **11 minutes** at peak, down from a quarter of an hour.\n"
    "- The harbour ferry fleet carries **6,000 riders** on a weekday, most of them commuters.\n"
    "- The new waiting room at the harbour ferry terminal cost $900,000 and opened in the spring.\n"
)


@pytest.mark.parametrize(
    ("text", "plain", "marked"),
    [(MARKED_ZH, "4 万元", "26 万元"), (MARKED_EN, "$900,000", "$14 million")],
    ids=["zh", "en"],
)
def test_a_figure_left_plain_among_bold_figures_is_not_asked(text: str, plain: str, marked: str) -> None:
    from quizgen.generate import generate

    answers = {i.answer for i in generate([parse_text(text, name="n")], "d")}
    assert marked in answers and plain not in answers
    # with only four figures in bold, the plain one stands with them
    fewer = text.replace("**", "", 2)
    assert plain in {i.answer for i in generate([parse_text(fewer, name="n")], "d")}
