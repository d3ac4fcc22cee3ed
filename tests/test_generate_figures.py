"""Figure items: a basic question that names what the figure measures, a cloze deleting the figure
whole, and a multiple-choice item whose distractors share the answer's kind and format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.extract import figures as extract_figures
from quizgen.extract import people
from quizgen.extract.figure_scan import parts
from quizgen.generate import figures as gen_figures
from quizgen.generate.draft import Draft
from quizgen.generate.figure_choices import distractors
from quizgen.generate.quality import rejection, select
from quizgen.ingest import parse_text
from quizgen.model import Block, Document, Figure, Section, Source
from tests.handmade import paragraphs
from tests.written import BOOK_NOTES, LECTURE_GBK, PLAIN_PROSE, PODCAST, TALK_SUMMARY

ROOT = Path(__file__).resolve().parent.parent


def doc_of(*blocks: Block, language: str = "zh", title: str = "") -> Document:
    section = Section(title=title, label="", line=1, blocks=blocks) if title else None
    return Document(
        name="notes",
        path="notes.md",
        language=language,  # type: ignore[arg-type]
        title="",
        title_line=0,
        metadata=(),
        preamble=() if section else blocks,
        sections=(section,) if section else (),
    )


def para(text: str, line: int = 1, speaker: str = "") -> Block:
    return Block(kind="turn" if speaker else "paragraph", text=text, raw=text, line=line, speaker=speaker)


def drafts_of(text: str, language: str = "zh", speaker: str = "") -> list[Draft]:
    doc = doc_of(para(text, speaker=speaker), language=language)
    return gen_figures.drafts(doc, extract_figures.extract(doc))


def kept(text: str, language: str = "zh", speaker: str = "") -> dict[tuple[str, str], Draft]:
    """The maker's drafts that pass the quality gate, by (type, answer), the best first: the
    wording of each form, before `select` keeps one item per fact (tested through `generate`)."""
    passing = sorted(
        (d for d in drafts_of(text, language, speaker) if rejection(d) is None), key=lambda d: -d.score
    )
    out: dict[tuple[str, str], Draft] = {}
    for draft in passing:
        out.setdefault((draft.type, draft.answer), draft)
    return out


def figure(text: str, kind: str, value: float | None, unit: str = "") -> Figure:
    return Figure(text, kind, value, unit, text, 0, len(text), "", Source("d", "", 1))  # type: ignore[arg-type]


# --- question wording ----------------------------------------------------------------------------


def test_chinese_question_replaces_the_figure_and_keeps_its_subject_and_hedge() -> None:
    items = kept("Anthropic 的主要收入来自 API 接口，约占 60-75%，同时也在积极发展应用业务。")
    assert items[("basic", "60-75%")].question == "Anthropic 的主要收入来自 API 接口，约占多少？"
    assert kept("平均复购率约38%，比前年高出5个百分点。")[("basic", "约38%")].question == "平均复购率约多少？"


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        ("晴川是2017年5月在绍兴开出头一家分店的。", "2017年5月", "晴川是什么时候在绍兴开出头一家分店的？"),
        ("晴川2020年在安徽租下了一座冷库。", "2020年", "晴川哪一年在安徽租下了一座冷库？"),
        ("书架数从15个增长到90个，只用了9个月。", "9个月", "书架数从15个增长到90个，只用了多久？"),
        ("全书共11章，约8000字，篇幅很短。", "约8000字", "全书共11章，约多少字？"),
        ("第六章把客户分为7类，按新客到流失客户排列。", "7类", "第六章把客户分为几类？"),
        ("老客的下单频次是新客的3.4倍。", "3.4倍", "老客的下单频次是新客的多少倍？"),
        ("读者群的人数一年多翻了三倍。", "翻了三倍", "读者群的人数一年多翻了几倍？"),
        ("自营仓大约占四成，合作仓占六成。", "四成", "自营仓大约占几成？"),
        ("夜班贡献了大约35%的销量。", "大约35%", "夜班贡献了大约百分之多少的销量？"),
        ("线上订单占比在25%-30%之间，冬天会低一些。", "25%-30%", "线上订单占比在多少到多少之间？"),
        ("模型能力在两年内可能出现停滞。", "两年内", "模型能力在多长时间内可能出现停滞？"),
    ],
)
def test_chinese_question_word_follows_the_kind(text: str, answer: str, question: str) -> None:
    assert kept(text)[("basic", answer)].question == question


@pytest.mark.parametrize(
    "text",
    [
        "我们用了两台电脑跑完全部实验。",
        "团队在会上讨论了三个方案。",
        "Mara Voss gave three reasons for leaving the port.",
    ],
)
def test_a_small_count_is_a_detail_of_its_sentence_and_is_not_asked(text: str) -> None:
    language = "en" if text.isascii() else "zh"
    assert drafts_of(text, language) == []


def test_a_change_is_asked_at_its_end_point_with_its_start_in_the_question() -> None:
    items = kept("访谈揭示公司年营收从零飙升至45亿美金。")
    assert items[("basic", "45亿美金")].question == "访谈揭示公司年营收从零飙升至多少？"
    items = kept("星河工厂组装车间的零件返工率从6%左右降到了2%以下。")
    assert items[("basic", "2%以下")].question == "星河工厂组装车间的零件返工率从6%左右降到了多少以下？"
    assert items[("cloze", "从6%左右降到了2%以下")].question == "星河工厂组装车间的零件返工率[…]。"


def test_ascii_commas_end_clauses_but_not_thousands() -> None:
    # an ASCII comma ends the clause a question is made of; the cloze is the whole sentence
    items = kept("去年公司在研发上投入了1亿美元,今年的营收因此增长到了3亿美元。")
    assert items[("basic", "1亿美元")].question == "去年公司在研发上投入了多少钱？"
    assert items[("cloze", "1亿美元")].question == "去年公司在研发上投入了[…],今年的营收因此增长到了3亿美元。"
    assert kept("公司共有18,000名员工,遍布全球。")[("basic", "18,000名")].question == "公司共有多少名员工？"


def test_a_leading_year_is_asked_after_the_event() -> None:
    items = kept("1983年，一处河滩挖出了一批石碑，其中有界碑。")
    assert items[("basic", "1983年")].question == "一处河滩挖出了一批石碑，是在哪一年？"
    assert items[("cloze", "1983年")].question == "[…]，一处河滩挖出了一批石碑，其中有界碑。"
    assert kept("约1620年，船匠改良出新的龙骨造法。")[("basic", "约1620年")].question.endswith(
        "大约是在哪一年？"
    )


def test_a_year_in_brackets_glosses_the_era_before_it() -> None:
    items = kept("南宋淳熙年间（1174—1189年），窑工烧出了新的青釉。")
    assert items[("basic", "1174—1189年")].question == "南宋淳熙年间是公元哪几年？"
    assert items[("cloze", "1174—1189年")].question == "南宋淳熙年间（[…]），窑工烧出了新的青釉。"


def test_a_speakers_figure_names_the_speaker() -> None:
    items = kept("平均复购率约38%。", speaker="嘉宾（某面馆店长 张三）")
    assert items[("basic", "约38%")].question == "据张三，平均复购率约多少？"


def written(text: str) -> dict[tuple[str, str], Draft]:
    """Every draft the maker writes, gate or not, by (type, answer)."""
    return {(d.type, d.answer): d for d in drafts_of(text)}


def test_a_worked_example_is_asked_as_the_example_and_its_years_are_not_asked() -> None:
    text = "关键要理解“模型创业论”：假设2023年训练1亿美元成本的模型，2024年创收2亿美元。"
    items = written(text)
    assert items[("basic", "2亿美元")].question.startswith("在“模型创业论”的例子中，")
    assert not any(answer.endswith("年") for _, answer in items)


def test_a_worked_examples_first_two_amounts_are_also_asked_together() -> None:
    text = "关键要理解“模型创业论”：假设2023年训练1亿美元成本的模型，2024年创收2亿美元。"
    joint = written(text)[("basic", "1亿美元；2亿美元")]
    assert joint.question == "在“模型创业论”的例子中，假设2023年训练多少成本的模型，2024年创收多少钱？"


def test_a_worked_example_on_a_supposition_is_a_hypothetical_the_gate_drops() -> None:
    text = "关键要理解“模型创业论”：假设2023年训练1亿美元成本的模型，2024年创收2亿美元。"
    assert written(text) and kept(text) == {}


def test_a_conditional_prediction_is_not_a_worked_example() -> None:
    items = written("一位分析师估计，如果价格战持续，行业平均利润率可能跌至3%以下。")
    assert not items[("basic", "3%以下")].question.startswith("在")
    assert kept("一位分析师估计，如果价格战持续，行业平均利润率可能跌至3%以下。") == {}  # a hypothetical


def test_an_unresolved_person_pronoun_yields_nothing_until_it_is_resolved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "他筹备了很长时间，最终在2006年2月开了第一家店。"
    assert select(drafts_of(text)) == []
    monkeypatch.setattr(
        people, "resolve_pronouns", lambda d, s, b, sentence: sentence.replace("他", "老王", 1)
    )
    monkeypatch.setattr(extract_figures, "resolve_pronouns", people.resolve_pronouns)
    assert kept(text)[("basic", "2006年2月")].question == "老王筹备了很长时间，最终在什么时候开了第一家店？"


def test_an_attribution_nobody_resolved_is_dropped() -> None:
    items = kept("他估算，未来停滞的概率约为 20-25%，但更大可能是持续突破。")
    assert items[("basic", "20-25%")].question == "未来停滞的概率约为多少？"


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Harbour Tug 9 was launched in March 1958, and some 40 hours into the trial a boiler burst.",
            "March 1958",
            "Harbour Tug 9 was launched in what month and year?",
        ),
        (
            "On 14 May 1931 the survey balloon came down in the Marsh of Ellery, while Doran stayed.",
            "14 May 1931",
            "The survey balloon came down in the Marsh of Ellery on what date?",
        ),
        (
            "Across five long seasons, 14 divers reached the wreck, and they brought back coins.",
            "14 divers",
            "Across five long seasons, how many divers reached the wreck?",
        ),
        (
            "Ostrow estimated the share of spoiled grain at roughly 30%: about a third of it.",
            "roughly 30%",
            "Ostrow estimated the share of spoiled grain at roughly what percentage?",
        ),
        (
            "The bridge cost about $3.8 million in the money of its time, a sum often quoted.",
            "about $3.8 million",
            "The bridge cost about how much in the money of its time?",
        ),
        (
            "Widening the pipe lifts the flow from about 12,400 to about 15,100 litres per hour.",
            "about 15,100 litres per hour",
            "Widening the pipe lifts the flow from about 12,400 to about how many litres per hour?",
        ),
    ],
)
def test_english_questions_read_as_sentences(text: str, answer: str, question: str) -> None:
    assert kept(text, language="en")[("basic", answer)].question == question


def test_an_english_it_borrows_the_sentence_before() -> None:
    items = kept("The harbour relied on the Gantry K, a crane. It moved 900 containers a day.", language="en")
    assert (
        items[("basic", "900 containers")].question
        == "The harbour relied on the Gantry K. It moved how many containers a day?"
    )


def test_thin_questions_keep_only_their_cloze() -> None:
    items = kept("十二门依次为：选址、选品、定价、陈列、促销、复盘。")
    assert set(items) == {("cloze", "十二门")}
    assert items[("cloze", "十二门")].question == "[…]依次为：选址、选品、定价、陈列、促销、复盘。"


# --- cloze shape ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Anthropic 的主要收入来自 API 接口，约占 60-75%，同时也在积极发展应用业务（如某产品）。", "60-75%"),
        ("Anthropic 已筹集近 200 亿美元，并与亚马逊合作建设数据中心。", "近 200 亿美元"),
        ("概率约为 20-25%，但更大可能是持续突破。", "20-25%"),
        ("Revenue grew to about $2.3 billion, mostly from two new products.", "about $2.3 billion"),
    ],
)
def test_a_cloze_is_the_authors_whole_sentence_with_the_figure_deleted_once(text: str, answer: str) -> None:
    language = "en" if text.isascii() else "zh"
    cloze = kept(text, language)[("cloze", answer)]
    assert re.findall(r"\{\{c\d+::(.*?)\}\}", cloze.cloze) == [answer]
    assert cloze.question == text.replace(answer, "[…]", 1)
    assert cloze.cloze == text.replace(answer, "{{c1::" + answer + "}}", 1)


LONG_TAIL_ZH = (  # more than a card's sentence can hold (figures.WHOLE_ZH)
    "，另外还有面向企业的定制服务和咨询合作，这部分收入目前规模不大，"
    "但管理层认为它的增长最快，未来几年会成为重点，并为此专门组建了一支团队。"
)
LONG_TAIL_EN = (
    ", a sum that paid for three new buildings, two telescopes, a fleet of vans, and a long list"
    " of smaller projects that nobody outside the lab ever heard about."
)


@pytest.mark.parametrize(
    ("head", "answer"),
    [
        ("某公司的主要收入来自 API 接口，约占 60-75%，同时也在积极发展应用业务（如某产品）", "60-75%"),
        ("去年全市新开了约120家独立书店，连锁书店却在收缩", "约120家"),
        ("The lab's budget grew to about $25.4 billion by the end of the decade", "about $25.4 billion"),
    ],
)
def test_a_sentence_too_long_for_a_card_gives_no_figure_item(head: str, answer: str) -> None:
    # a clause cut from a long sentence loses what it is about: no cloze is cut from it (its
    # question, which names what the figure measures, is asked only when a deck's types ask)
    language = "en" if head.isascii() else "zh"
    long = drafts_of(head + (LONG_TAIL_EN if language == "en" else LONG_TAIL_ZH), language)
    assert long and all(d.type != "cloze" for d in long)
    # the same figure in a sentence that fits a card is asked as the whole sentence
    sentence = head + ("." if language == "en" else "。")
    cloze = kept(sentence, language)[("cloze", answer)]
    assert re.findall(r"\{\{c\d+::(.*?)\}\}", cloze.cloze) == [answer]
    assert cloze.question == sentence.replace(answer, "[…]")


# --- choices --------------------------------------------------------------------------------------


def skeleton(text: str) -> str:
    found = parts(text)
    out, pos = [], 0
    for p in found:
        out.append(text[pos : p.start] + "#")
        pos = p.end
    return "".join(out) + text[pos:]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("近 200 亿美元", "money", 2e10, "美元"),
        ("约62%", "percent", 62, "%"),
        ("3.5亿元", "money", 3.5e8, "元"),
        ("十倍", "multiple", 10, "倍"),
        ("三成", "share", 0.3, "成"),
        ("1972年", "year", 1972, "年"),
        ("about 400,000 people", "count", 4e5, "people"),
        ("ten times", "multiple", 10, "times"),
        ("一万卷", "count", 1e4, "卷"),
        ("约6000字", "count", 6000, "字"),
    ],
)
def test_distractors_share_the_answers_format_and_differ_in_value(
    text: str, kind: str, value: float, unit: str
) -> None:
    wrong = distractors(figure(text, kind, value, unit), text, [])
    assert len(wrong) == 3 and text not in wrong
    assert {skeleton(w) for w in wrong} == {skeleton(text)}
    values = {tuple(p.value for p in parts(w)) for w in wrong}
    assert len(values) == 3 and tuple(p.value for p in parts(text)) not in values


def test_rounded_answers_get_equally_round_distractors() -> None:
    wrong = distractors(figure("三十多种", "count", 30, "种"), "三十多种", [])
    assert all(re.fullmatch(r"[二三四五六七八九]?十多种", w) for w in wrong)


def test_decimal_answers_get_decimal_distractors() -> None:
    wrong = distractors(figure("3.5亿元", "money", 3.5e8, "元"), "3.5亿元", [])
    assert all(re.fullmatch(r"\d+\.[1-9]亿元", w) for w in wrong)


def test_range_distractors_never_overlap_the_answer() -> None:
    for text, bounds in (
        ("60-75%", (60, 75)),
        ("20%-25%", (20, 25)),
        ("0.4 to 1.7 grams per litre", (0.4, 1.7)),
    ):
        wrong = distractors(figure(text, "range", None, "%"), text, [])
        assert len(wrong) == 3
        for w in wrong:
            low, high = (p.value for p in parts(w))
            assert high < bounds[0] or low > bounds[1]
            assert skeleton(w) == skeleton(text)
            assert low >= 0 and (high <= 100 or "%" not in text)


def test_date_distractors_keep_the_date_format() -> None:
    assert all(
        re.fullmatch(r"\d{4}年\d{1,2}月", w)
        for w in distractors(figure("2006年2月", "date", 2006.1), "2006年2月", [])
    )
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\d", w)
        for w in distractors(figure("2025-07-30", "date", 2025.5), "2025-07-30", [])
    )
    wrong = distractors(figure("May 1961", "date", 1961.3), "May 1961", [])
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", w) for w in wrong) and "May 1961" not in wrong


def test_other_figures_of_the_same_format_are_preferred_as_distractors() -> None:
    pool = [
        figure("April 1970", "date", 1970.25),
        figure("2019年", "year", 2019, "年"),
        figure("December 1968", "date", 1968.9),
    ]
    answer = figure("May 1961", "date", 1961.3)
    wrong = distractors(answer, "May 1961", [answer, *pool])
    assert {"April 1970", "December 1968"} <= set(wrong)


def test_a_change_keeps_its_direction() -> None:
    fig = figure("从15个增长到90个", "change", 90, "个")
    wrong = distractors(fig, "90个", [], start_value=15)
    assert all(15 < parts(w)[0].value != 90 for w in wrong)


def test_a_change_across_magnitudes_keeps_its_direction() -> None:
    fig = figure("从2000万增长到1.5亿", "change", 1.5e8)
    wrong = distractors(fig, "1.5亿", [], start_value=2e7)
    assert len(wrong) == 3 and all(parts(w)[0].value > 0.2 and w.endswith("亿") for w in wrong)


def test_shifted_percentages_keep_their_decimals() -> None:
    wrong = distractors(figure("9.6%", "percent", 9.6, "%"), "9.6%", [])
    assert all(re.fullmatch(r"\d+\.6%", w) for w in wrong)


def test_an_enumeration_is_answered_by_its_permutations() -> None:
    text = "八则取之、四则守之、倍则退之"
    wrong = distractors(figure(text, "ratio", None), text, [])
    assert len(wrong) == 3
    assert all(sorted(w.split("、")) != sorted(text.split("、")) or w != text for w in wrong)
    assert all(sorted(re.findall(r"[八四倍]", w)) == sorted("八四倍") for w in wrong)


def test_no_choice_where_no_other_value_reads_alike() -> None:
    assert distractors(figure("半数", "share", 0.5, "半数"), "半数", []) == []
    assert distractors(figure("四五次", "count", 4.5, "次"), "四五次", []) == []


def test_choices_are_stable_and_hold_the_answer() -> None:
    text = "Anthropic 已筹集近 200 亿美元，并与亚马逊合作。"
    first = kept(text)[("choice", "近 200 亿美元")]
    again = kept(text)[("choice", "近 200 亿美元")]
    assert first.choices == again.choices and "近 200 亿美元" in first.choices and len(first.choices) == 4


# --- identity and the gate --------------------------------------------------------------------------


def test_an_edited_number_keeps_the_anchor() -> None:
    before = kept("平均复购率约38%，比前年高出5个百分点。")
    after = kept("平均复购率约41%，比前年高出6个百分点。")
    assert before[("basic", "约38%")].anchor == after[("basic", "约41%")].anchor
    assert before[("basic", "约38%")].anchor != before[("basic", "5个百分点")].anchor


def test_every_draft_passes_the_gate() -> None:
    text = "Anthropic 的主要收入来自 API 接口，约占 60-75%，同时也在积极发展应用业务。"
    assert all(rejection(d) is None for d in drafts_of(text))
    assert {d.type for d in drafts_of(text)} == {"basic", "cloze", "choice"}


# --- the samples and the devset, end to end -------------------------------------------------------------


def _figure_items(path: Path) -> list[tuple[str, str, str]]:
    """The figure items `generate` keeps by default (one per fact, within the budget)."""
    from quizgen.generate import generate
    from quizgen.ingest import read_document

    items = generate([read_document(path)], deck="t")
    return [(i.type, i.question, i.answer) for i in items if i.kind == "figure"]


def _figure_drafts(path: Path) -> list[tuple[str, str, str]]:
    """Every figure draft of a document that passes the gate: each fact in each form."""
    from quizgen.extract import extract
    from quizgen.ingest import read_document

    doc = read_document(path)
    names = people.person_forms(doc)
    return [
        (d.type, d.question, d.answer)
        for d in gen_figures.drafts(doc, extract(doc))
        if rejection(d, names) is None
    ]


def test_sample_interview_figures() -> None:
    drafts = _figure_drafts(ROOT / "seeds" / "amodei-interview.txt")
    assert ("basic", "Anthropic 的主要收入来自 API 接口，约占多少？", "60-75%") in drafts
    assert any(
        t == "cloze" and q.startswith("Anthropic 的主要收入来自 API 接口，约占 […]，") for t, q, _ in drafts
    )
    assert any(t == "choice" and a == "近 200 亿美元" for t, _, a in drafts)


def test_by_default_a_figure_is_asked_as_a_cloze_of_the_authors_sentence() -> None:
    path = ROOT / "seeds" / "amodei-interview.txt"
    items = _figure_items(path)
    sentences = {q for t, q, _ in _figure_drafts(path) if t == "cloze"}
    assert items and all(t == "cloze" and q in sentences for t, q, _ in items)


def test_sample_podcast_figures() -> None:
    items = _figure_drafts(ROOT / "seeds" / "amodei-podcast.txt")
    assert any(t == "basic" and "从零飙升至多少" in q and a == "45亿美金" for t, q, a in items)
    assert not any("3.5到4.0" in a or a in {"3.5", "4.0"} for _, _, a in items)  # versions are not figures
    assert not any("万亿美元公司" in q for _, q, _ in items)  # a figure that only describes
    assert not any("2048" in a or "1024" in a for _, _, a in items)  # page furniture


# The figures a good quiz of each written document asks (read off the document by hand). Not yet
# asked, and left out here until the generator asks them: the second figure of a pair in one
# clause ("3卷，共10节", "in 1904 for 40 million dollars", "the array has 4 of them", "他们一共看过
# 1200万张照片" after "3.6万人"), a change stated as from→to in words ("from about 9 a year to about
# 3 a year", "误报率从30%降到了8%"), a figure after 大约 in a clause of its own ("每晚拍下大约9000张
# 照片"), a year before 我们 ("所以2018年我们…") and a year followed by 前后 ("公元前214年前后").
# Not asked by design: counts under ten ("3卷", "8个", "3名", "2颗": details of the sentence) and a
# figure in a sentence that leans on another ("the array has 4 of them": "2 megawatts"; "这台…是1.2米，
# 新的那台是2.5米" in a reply too long for a card).
WRITTEN_FIGURES = {
    BOOK_NOTES: ["约7000字", "24种", "1391年", "400多年", "二十多年"],
    TALK_SUMMARY: ["31%", "38%", "12 revolutions per minute"],
    PODCAST: ["3.6万人", "4000人", "47颗", "约1.5亿元", "2028年", "20张"],
    LECTURE_GBK: [
        "约公元前256年",
        "六成",
        "1000万亩",
        "约37公里",
        "公元605年",
        "1293年",
        "约1794公里",
        "2014年",
    ],
    PLAIN_PROSE: [
        *("1881", "1889", "22,000 people", "1906", "1907", "seven years", "about 26 meters"),
        *("15 August 1914", "about 375 million dollars", "some 5,600 workers", "about 82 kilometers"),
        *("around 13,000 kilometers", "31 December 1999", "1977"),
    ],
}


@pytest.mark.parametrize("path", list(WRITTEN_FIGURES), ids=lambda p: p.name)
def test_the_figures_of_a_written_document_are_asked(path: Path) -> None:
    def norm(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.lower())

    got = {norm(a) for _, _, a in _figure_drafts(path)}
    assert [a for a in WRITTEN_FIGURES[path] if not any(norm(a) in g for g in got)] == []


def test_a_hard_wrapped_amount_is_asked_whole() -> None:
    answers = {a for _, _, a in _figure_drafts(PODCAST)}
    assert "约1.5亿元" in answers and not {"1.5", "约1.5"} & answers


def test_a_clause_going_on_after_bing_gets_the_sentences_subject_back() -> None:
    text = (
        "经济学家王小明提出茶饮行业正在经历一轮前所未有而且相当真实的指数式增长，"
        "门店规模在短短18个月内翻倍，并预测营收两年内可能突破百亿规模。"
    )
    block = para(text)
    doc = Document("notes", "notes.md", "zh", "陆景明访谈录", 1, (), (block,), ())
    made = {(d.type, d.answer): d for d in gen_figures.drafts(doc, extract_figures.extract(doc))}
    assert made[("basic", "两年内")].question == "经济学家王小明预测营收多长时间内可能突破百亿规模？"


def test_a_clause_going_on_after_bing_without_a_named_subject_is_not_asked() -> None:
    text = (
        "整个茶饮行业正在经历一轮前所未有而且相当真实的指数式增长，"
        "门店规模在短短18个月内翻倍，并预测营收两年内可能突破百亿规模。"
    )
    assert not any(d.answer == "两年内" for d in drafts_of(text))


def test_an_english_opener_after_a_lead_loses_its_capital_unless_it_is_a_name() -> None:
    turns = (
        para("How long does hardware take?", 1, speaker="Ann Lee"),
        para("Most investors expect results within 18 months. Ferrobot shipped 900 robots.", 2, "Tom Reed"),
        para("Thanks, Tom Reed.", 3, speaker="Ann Lee"),
    )
    doc = doc_of(*turns, language="en")
    made = gen_figures.drafts(doc, extract_figures.extract(doc))
    questions = {d.question for d in made if d.type == "basic"}
    assert "According to Tom Reed, most investors expect results within how many months?" in questions
    assert "According to Tom Reed, Ferrobot shipped how many robots?" in questions


def test_a_hosts_figure_names_the_host_by_the_name_the_turns_give() -> None:
    turns = (
        para("欢迎收听，我是主持人李珂。", 1, speaker="主持人"),
        para("谢谢。", 2, speaker="嘉宾（创始人 王磊）"),
        para("我查到松石的门店数增长到860家，对吗？我们继续。", 3, speaker="主持人"),
        para("对。", 4, speaker="嘉宾（创始人 王磊）"),
    )
    doc = doc_of(*turns)
    made = gen_figures.drafts(doc, extract_figures.extract(doc))
    questions = [d.question for d in made if d.type == "basic"]
    assert questions == ["李珂查到松石的门店数增长到多少家？"]


def test_a_changes_cloze_asks_from_and_to_as_a_fact_of_its_own() -> None:
    made = {d.type: d for d in drafts_of("组装车间的零件返工率从6%左右降到了2%以下。")}
    assert made["cloze"].answer == "从6%左右降到了2%以下" and made["basic"].answer == "2%以下"
    assert made["cloze"].fact != made["basic"].fact  # spreading never cuts one as a copy of the other


def test_a_speaker_known_only_by_a_role_is_named_by_it_in_english() -> None:
    turns = (
        para("How much soil is degraded?", 1, speaker="Host"),
        para("Globally, about 33% of soils are degraded.", 2, speaker="Guest"),
        para("Thanks.", 3, speaker="Host"),
    )
    doc = doc_of(*turns, language="en")
    made = {d.question for d in gen_figures.drafts(doc, extract_figures.extract(doc)) if d.type == "basic"}
    assert made == {"According to the guest, globally, about what percentage of soils are degraded?"}
    lecture = doc_of(
        para("The famine killed about 12% of the province in 1846.", 1, speaker="PROFESSOR"),
        para("Was that everywhere?", 2, speaker="STUDENT"),
        para("No, mostly in the west.", 3, speaker="PROFESSOR"),
        language="en",
    )
    asked = {
        d.question for d in gen_figures.drafts(lecture, extract_figures.extract(lecture)) if d.type == "basic"
    }
    assert asked and all(q.startswith("According to the professor, ") for q in asked)


def test_a_percentage_range_before_a_noun_is_asked_as_a_percentage() -> None:
    made = {d.type: d for d in drafts_of("CNBC称该公司60%到75%的销售通过API完成。")}
    assert made["basic"].question == "CNBC称该公司百分之多少的销售通过API完成？"


def test_a_noun_the_figure_only_qualifies_is_left_out_of_the_question() -> None:
    made = {d.type: d for d in drafts_of("访谈揭示该公司年营收从零飙升至45亿美金背后的技术逻辑。")}
    assert made["basic"].question == "访谈揭示该公司年营收从零飙升至多少？"


def figure_answers(body: str, heading: str = "正文", title: str = "# 笔记") -> set[str]:
    """The answers the figures maker drafts from a small document of one section."""
    from quizgen.extract import extract
    from quizgen.ingest import parse_text

    doc = parse_text(f"{title}\n\n## {heading}\n\n{body}", name="n", path="n.md")
    return {d.answer for d in gen_figures.drafts(doc, extract(doc))}


def test_how_long_one_person_did_something_or_when_they_were_born_is_their_story_not_a_fact() -> None:
    asked = figure_answers(
        "沈明远是一位前咨询顾问，他在一家咨询公司做了11年，主要帮零售企业做战略复盘。\n\n"
        "王刚 1988 年出生，现在是这家公司的工程负责人。王刚负责基础设施。\n\n"
        "公司的退货率从 12% 降到了 5%，整个调整只用了三个月。\n"
    )
    assert "11年" not in asked and "1988" not in asked
    assert {"三个月", "从 12% 降到了 5%"} <= asked  # what the company did, and how long it took
    asked_en = figure_answers(
        "She worked at a city hospital for nine years before she founded the clinic.\n\n"
        "The clinic cut waiting times to 20 minutes within two years.\n",
        "Guest",
        "# Notes",
    )
    assert "nine years" not in asked_en and "20 minutes" in asked_en


def test_a_career_told_without_its_subject_or_under_a_role_and_a_year_of_birth_are_their_story() -> None:
    asked = figure_answers(
        "讲者沈砚秋 1979年生，本科学化学，后来读文物保护硕士。\n\n"
        "在省博干了21年，一直在装裱修复室。\n\n"
        "老周：前银行理财经理，干了九年，现在做独立财务咨询。\n\n"
        "揭裱一幅清代立轴，材料费约2.3万元。\n"
    )
    assert not asked & {"1979年", "21年", "九年"}
    assert "约2.3万元" in asked


def test_a_post_held_for_years_and_a_career_step_are_their_story() -> None:
    asked = figure_answers(
        "周老师，某市图书馆修复师，从业十九年。\n\n"
        "2006年本科毕业于一所工科院校，毕业后在一家水泵公司做了五年研发。\n\n"
        "修一册清代刻本，材料费约 800 元。\n"
    )
    assert not asked & {"十九年", "五年", "2006年"}
    assert "约 800 元" in asked
    asked_en = figure_answers(
        "Okoro ran operations at a freight firm for ~8 years, then consulted.\n\n"
        "Civil engineer by training. 12 yrs as a county bridge inspector.\n\n"
        "Chemist by training; PhD on cathodes, spent 6 years at a national lab.\n\n"
        "Oyelaran spent 14 years running facilities projects for a regional hospital group.\n\n"
        "Priya Halvorsen was a restaurant accountant for twenty years before she wrote the book.\n\n"
        "- 13 yrs at a regional water utility — started as a meter reader, ended as head of planning\n\n"
        "- MSc in hydrology, Delft; ~9 yrs at a pump maker before moving to the client side\n\n"
        "Inspections cut bridge closures by 40% within three years.\n",
        "Speaker",
        "# Notes",
    )
    assert not asked_en & {"8 years", "12 yrs", "6 years", "14 years", "twenty years", "13 yrs", "9 yrs"}
    moves = figure_answers(
        "作者周明远，原某咨询公司合伙人，做了十几年组织咨询，2020年离开咨询行业后去商学院任教。\n\n"
        "Part-time PhD in ergonomics at Dundee, 2011 to 2015, while still nursing.\n\n"
        "这家工厂在1998年搬到了郊区，留下了三成老职工。\n"
    )
    assert not any(a.startswith(("2020", "2011")) for a in moves)
    colloquial = figure_answers(
        "老周师傅2016年退的，退之前带了三个徒弟。\n\n最年轻的是九七年的小林，去年刚转正。\n"
    )
    assert not colloquial & {"2016年", "九七年"}
    assert "40%" in asked_en
    ferry = "The old ferry ran between the towns for 60 years."
    [fig] = extract_figures.extract(paragraphs(ferry, language="en"))
    assert not gen_figures.biographical(fig, frozenset())  # how long a thing ran is its history


def test_a_birth_year_written_before_the_name_is_their_story_too() -> None:
    asked = figure_answers(
        "1821年，赵景和（字子安）出生，后来成了县里的私塾先生。\n\n"
        "1865年，他在县城办起第一所新式学堂，第一年招了40名学生。\n"
    )
    assert "1821年" not in asked and "40名" in asked
    died = figure_answers(
        "书的结尾写老歌手陈阿妹 2020 年 1 月去世，家属在葬礼上放了作者录的歌。\n\n"
        "岛上在 2018 年开了方言周末班，第一期 23 人报名。\n"
    )
    assert not any(a.startswith("2020") for a in died) and any(a.startswith("2018") for a in died)
    asked_en = figure_answers(
        "In 1821, Clara Wendt was born in a river town.\n\nIn 1865 the school opened with 40 pupils.\n",
        "Life",
        "# Notes",
    )
    assert "1821" not in asked_en and "40 pupils" in asked_en


def test_a_span_under_a_year_is_asked_when_the_sentence_measures_by_it_not_when_it_tells_a_story() -> None:
    asked = figure_answers(
        "孩子搭了将近二十分钟积木，最后一块放上去的时候，塔倒了，她哭了起来。\n\n"
        "作者建议父母每天留出二十分钟陪孩子玩，不看手机，也不做别的事情。\n\n"
        "研究发现，孩子的情绪平均九十秒就会回落，在这之前讲道理基本没用。\n\n"
        "城西的那条水渠前后修了二十多年，直到清朝末年才全线贯通。\n"
    )
    assert "将近二十分钟" not in asked  # how long a story took
    assert {"二十分钟", "九十秒", "二十多年"} <= asked  # a rule, a finding, a span of history
    trial = figure_answers("试点的30对夫妻做了3周家务清单之后，“不公平感”的评分平均降了18%。\n")
    assert "3周" not in trial and "18%" in trial  # the measure is the score's, the weeks only how long


def test_how_old_someone_was_is_their_story() -> None:
    asked = figure_answers("学员阿杰，29岁，在成都做设计，月税后收入约9,000元，存款全部放在一张卡里。\n")
    assert "29岁" not in asked and any("9,000元" in a for a in asked)
    asked_en = figure_answers(
        "She was 34 years old when she opened the first clinic in the city.\n", "Founder", "# Notes"
    )
    assert not any("34" in a for a in asked_en)


def test_when_someone_lived_is_their_story() -> None:
    asked = figure_answers("看守人奥斯卡·林德（1802—1871）在日志里记下了每一次风暴，共计1,340次。\n")
    assert "1802—1871" not in asked and any("1,340" in a for a in asked)


def test_when_the_sources_were_archived_is_not_the_history_they_record() -> None:
    asked = figure_answers(
        "船长的航海日志于 1911 年捐给了市档案馆，此后一直无人问津。\n\n"
        "林氏船队在 1787 年第一次绕过了南端的海角，比官方记录早了九年。\n"
    )
    assert not any("1911" in a for a in asked) and any("1787" in a for a in asked)


def test_how_much_later_the_story_moved_on_and_a_books_length_are_not_asked() -> None:
    asked = figure_answers(
        "Five years on, the little station broadcasts 18 hours a day to 9,000 listeners.\n\n"
        "Six years and 4,000 loaves later, the bakery runs two ovens through the night.\n\n"
        "The book runs to 412 pages, and its appendix lists 1,200 stations.\n",
        "Radio",
        "# Notes",
    )
    assert not any(a.startswith(("Five years", "Six years", "4,000", "412")) for a in asked)
    assert any("9,000" in a for a in asked) and any("1,200" in a for a in asked)
    zh = figure_answers(
        "书的结构：全书约 32 万字，附录收了 60 位艺人的访谈。\n\n皮影戏在 2006 年进入了第一批国家级名录。\n"
    )
    assert not any("32 万字" in a for a in zh) and any("2006" in a for a in zh)


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        # a year says when; the other figures say what happened
        ("2019年回访时，这条街的空置率降到了7%，步行人流是改造前的3倍。", "zh", "7%"),
        ("In 2019 the vacancy rate of the street fell to 7 percent after the change.", "en", "7 percent"),
        # a span of time or a count says how long or how much of it; an amount, a share or a change what
        (
            "半年之内，这家店的日均客流从 180 人涨到了 310 人，营业额增长了约 65%。",
            "zh",
            "从 180 人涨到了 310 人",
        ),
        ("Within three weeks the hospital raised pay by 4 percent and hired more nurses.", "en", "4 percent"),
    ],
)
def test_the_figure_a_sentence_asks_first(text: str, language: str, first: str) -> None:
    best = max(kept(text, language).values(), key=lambda d: d.score)
    assert best.answer == first


def test_a_figure_cloze_drops_the_words_tying_it_to_the_sentence_before() -> None:
    clozes = [
        d.question
        for d in drafts_of("三是店里终于不再每天营业十四个小时了，改成了早九晚八。")
        if d.type == "cloze"
    ]
    assert clozes == ["店里终于不再每天营业[…]了，改成了早九晚八。"]


def test_a_lists_row_carries_the_line_that_says_what_its_rows_are_parts_of() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    def cloze_questions(text: str) -> dict[str, str]:
        return {
            i.answer: i.question for i in generate([parse_text(text, name="t")], "d") if i.type == "cloze"
        }

    zh = (
        "# 一杯奶茶的账\n\n## 成本\n\n我们找一家门店拆了账。以一杯售价 16 元的招牌奶茶为例：\n\n"
        "- **茶叶和奶**：约 4.5 元，是最大的一块；\n- **杯子和吸管**：约 1.2 元；\n"
    )
    clozes = cloze_questions(zh)
    assert clozes["约 4.5 元"] == "以一杯售价 16 元的招牌奶茶为例——茶叶和奶：[…]，是最大的一块。"
    en = (
        "# The cost of a loaf\n\n## Costs\n\nFor one sourdough loaf sold at $6.50, the bakery pays:\n\n"
        "- Flour and salt: about $1.10, the biggest single input\n- Energy for the oven: about $0.70\n"
    )
    clozes = cloze_questions(en)
    assert clozes["about $1.10"].startswith("For one sourdough loaf sold at $6.50, the bakery pays — Flour")
    # a lead-in over another list (the cast, in bullets) says nothing of a numbered list after it
    other = (
        "# 看片笔记\n\n## 第二集\n\n出场的人：\n\n- 老周，站长\n- 小陈，司机\n\n"
        "1. 客流：1999 年每天约 2,300 人次，2022 年只剩约 500 人次。\n"
        "2. 补贴：车站称每年要亏大约 900 万元，全靠市里补。\n"
    )
    clozes = cloze_questions(other)
    assert clozes and not any(q.startswith("出场的人") for q in clozes.values()), clozes
    # a bare label over the rows (Questions:) names no whole they are parts of
    labelled = (
        "# Minutes\n\n## Transit report\n\nRidership is up on every route this quarter.\n\nQuestions:\n\n"
        "- Mills asked about weekend service on Route 4.\n\n6. NEXT STEPS\n\n"
        "- Leclair: post detour notices at all affected stops within two weeks of the vote\n"
        "- Clerk: forward the Phase 2 recommendation to the full Council by March 26, 2025\n"
    )
    clozes = cloze_questions(labelled)
    assert not any(q.startswith("Questions") for q in clozes.values())
    # a question over the rows names no whole they are parts of
    asked = (
        "# Shelf rules\n\n## Weeding\n\nWe weed the shelves each spring. What stays and what goes:\n\n"
        "- Always goes: travel guides more than five years old, whatever their condition\n"
        "- Gets a second chance: a book a volunteer adopts keeps its place for another 12 months\n"
    )
    clozes = cloze_questions(asked)
    assert not any(q.startswith("What stays") for q in clozes.values())
    # a row whose label glosses itself after a dash needs no lead-in: joined, the dashes would chain
    glossed = (
        "# 社区规划笔记\n\n## 任务\n\n规划把任务归成“一站、一廊”两件：\n\n"
        "- **“一站”——社区驿站**：每个街道至少建 2 处，面积不小于 150 平方米；\n"
        "- **“一廊”——滨河步道**：全长约 12 公里，2026 年底前贯通。\n"
    )
    clozes = cloze_questions(glossed)
    assert clozes and all(q.count("——") <= 1 for q in clozes.values()), clozes
    # the dash of a range in a row's label is no gloss: the lead-in still says what the rows are
    ranged = (
        "# 一家纸厂的十年\n\n## 营收\n\n青石纸厂的营收可以分成几段：\n\n"
        "- 2012–2015：纸浆改从本省收购，年产量从 3 万吨涨到 7.5 万吨；\n"
        "- 2016–2018：订单被压价，利润率掉了 12 个百分点。\n"
    )
    clozes = cloze_questions(ranged)
    assert any(q.startswith("青石纸厂的营收可以分成几段——") for q in clozes.values()), clozes


def test_the_numbers_that_work_a_supposed_case_through_are_not_asked() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    zh = (
        "# 笔记\n\n## 信任\n\n建立信任很难。假如全城一年需要2万辆自行车。三家车行都决定各造2万辆。"
        "结果每家都只卖出了7000辆，大部分车行都亏了钱。\n\n2019年，全城共享单车的投放量超过了15万辆。\n"
    )
    answers = {i.answer for i in generate([parse_text(zh, name="t")], "d")}
    assert "7000辆" not in answers and "15万辆" in answers
    en = (
        "# Notes\n\n## Trust\n\nTrust is hard to build. Suppose a town needs 500 boats a year. "
        "Each of three yards builds 500 boats. In the end each yard sells only 170 boats and loses money.\n\n"
        "In 2020 the harbour office at Ravensport registered more than 2,300 boats.\n"
    )
    answers = {i.answer for i in generate([parse_text(en, name="t")], "d")}
    assert "170 boats" not in answers and "more than 2,300 boats" in answers


def test_a_span_that_frames_the_sentence_is_not_what_it_states() -> None:
    asked = figure_answers(
        "过去二十年，这个行业被热钱追过，也被媒体骂过。\n\n"
        "近五年来，县里民宿的平均房价涨了 35%。\n\n"
        "城北的那条运河前后挖了十一年，直到清朝末年才全线通航。\n"
    )
    assert not any(a.startswith(("二十年", "五年")) for a in asked)  # the time the statement covers
    assert "35%" in asked and "十一年" in asked  # what it states; a span of history
    asked_en = figure_answers(
        "Anyone who has followed the hobby over the last twelve years will have heard the same advice.\n\n"
        "In the past decade the club grew to 2,300 members.\n\n"
        "The canal took nine years to dig and opened in 1825.\n",
        "Club",
        "# Notes",
    )
    assert not any(a.startswith("twelve") for a in asked_en)
    assert "nine years" in asked_en and any("2,300" in a for a in asked_en)


def test_the_window_a_rate_is_taken_over_is_not_asked() -> None:
    asked = figure_answers("行业规模预计2027年达到1.8万亿元，五年CAGR约7.4%，增速明显放缓。\n")
    assert "五年" not in asked and any("7.4%" in a for a in asked)
    asked_en = figure_answers(
        "The fund returned a 10-year average of 6.2% a year after fees, well below its benchmark.\n",
        "Funds",
        "# Notes",
    )
    assert not any(a.startswith("10-year") for a in asked_en) and any("6.2%" in a for a in asked_en)


def test_a_figure_in_a_scene_set_at_a_clock_time_is_a_detail_of_the_scene() -> None:
    asked = figure_answers(
        "凌晨两点，城南一家不到40平方米的面馆还亮着灯。\n\n"
        "下午四点十分，放学铃响过不到一分钟，校门口就排起了三十多辆电动车。\n\n"
        "城南这家面馆去年的营业额是 260 万元，七成来自外卖。\n"
    )
    assert not any("40平方米" in a or "三十多辆" in a for a in asked)
    assert any("260 万元" in a for a in asked)
    asked_en = figure_answers(
        "By late afternoon Ruiz has filled fourteen jars from three ponds along the same ditch.\n\n"
        "At 6:40 a.m. the first of 23 trucks backs into the yard.\n\n"
        "The survey found frogs in 62% of the ponds it sampled.\n",
        "Field",
        "# Notes",
    )
    assert not any(a.startswith(("fourteen", "23")) for a in asked_en)
    assert any("62%" in a for a in asked_en)


def test_the_size_of_a_survey_or_an_inspection_is_its_method_not_its_finding() -> None:
    asked = figure_answers(
        "记者在校门口随机采访了二十多位家长，其中一半说收到过复查通知。\n\n"
        "市卫健委的问卷覆盖了约 2.3 万名学生，结果显示近视率为 52%。\n\n"
        "今年春天的专项检查共抽查药店 180 家，立案 9 起。\n"
    )
    assert not any(a.startswith(("二十多位", "约 2.3 万", "180")) for a in asked)
    assert any("52%" in a for a in asked)
    sampled = figure_answers(
        "2023年，有一家研究机构做过一个职场沟通的调查，样本是2,400个在职的人。\n\n"
        "调查发现，61%的人说开会时最怕听不到结论。\n"
    )
    assert not any(a.startswith("2,400") for a in sampled) and any("61%" in a for a in sampled)
    asked_en = figure_answers(
        "The team surveyed 1,400 commuters and found that 38% had changed routes.\n",
        "Survey",
        "# Notes",
    )
    assert not any("1,400" in a for a in asked_en) and any("38%" in a for a in asked_en)


def test_the_subjects_an_experiment_splits_and_its_arms_are_its_design() -> None:
    asked = figure_answers(
        "心理系把84名新人随机分成两组，让他们在教室里背一段课文。\n\n"
        "另一项实验中，60名被试先听一段噪音，再各自去散步或者午睡。\n\n"
        "午睡组的回忆正确率达到了61%。\n\n"
        "证据：2015—2018 年对 3 所中学共 540 名学生的追踪调查。\n"
    )
    assert not {"84名新人", "84名", "两组", "60名", "540 名"} & asked and "61%" in asked  # the finding
    asked_en = figure_answers(
        "The 60 volunteers were randomly split into three groups before the test.\n\n"
        "In the trial, 84 nurses were randomised to early or late shifts; errors fell 19%.\n",
        "Studies",
        "# Notes",
    )
    assert not any(a.startswith(("60", "three", "84")) for a in asked_en) and "19%" in asked_en


def test_the_size_of_one_object_described_is_a_catalogue_detail_unless_the_sentence_makes_it_a_fact() -> None:
    asked = figure_answers(
        "一只宋代铜镜，直径约18厘米，背面锈得很厉害。\n\n"
        "清代木柜一件，高132厘米，柜门上雕着松鹤。\n\n"
        "龙泉井深约29米，是全省有记录的最深的水井。\n",
        "展品",
    )
    assert not {"约18厘米", "132厘米"} & asked and "约29米" in asked  # the deepest known: a fact
    asked_en = figure_answers(
        "The tide dial is a brass disc 30 cm across, engraved by hand in 1884.\n\n"
        "The sensor is buried 20 cm deep and logs the soil moisture hourly.\n\n"
        "A kiln wall needs at least 30 cm of brick.\n",
        "Exhibits",
        "# Notes",
    )
    assert not {"30 cm", "20 cm"} & asked_en and {"1884", "at least 30 cm"} <= asked_en


def test_how_long_a_piece_of_writing_is_is_no_fact_to_learn() -> None:
    asked = figure_answers(
        "这篇长文约八千字，作者花了大约十二页写搬迁。\n\n下周要交一份观后感，600 字。\n\n"
        "搬迁后客流少了四成。\n"
    )
    assert not {"约八千字", "大约十二页", "600 字"} & asked and "四成" in asked
    assert "约九万字" in figure_answers("全书分两卷，约九万字，是这一行最早的一部手册。\n")  # the work's size
    asked_en = figure_answers(
        "The Halden report runs to 9,000 words and finds that rents rose 22% in a decade.\n",
        "Notes",
        "# Notes",
    )
    assert "9,000 words" not in asked_en and "22%" in asked_en


def test_a_studys_shorthand_sample_and_the_places_it_spans_are_its_method() -> None:
    asked = figure_answers(
        '"Queue study" (2018): 184 undergrads wait exactly 7 min; anger rose 40% when no reason was given.'
        "\n\n"
        "A 2021 survey of 5 charities with staff in 14 countries found pay gaps shrank 12%.\n",
        "Studies",
        "# Notes",
    )
    assert "184 undergrads" not in asked and "14 countries" not in asked
    assert {"40%", "12%"} <= asked  # the findings


def test_the_sample_a_figure_counts_is_the_method_not_the_finding() -> None:
    asked_en = figure_answers(
        "A 2016 diary study: 412 households kept a 30-day spending log, and spending was underestimated "
        "by 37% on average.\n\n"
        "Her lab study put 212 participants through mock salary talks; anchoring raised offers by 18%.\n",
        "Studies",
        "# Notes",
    )
    assert not any(a.startswith(("412", "212")) for a in asked_en)
    assert any("37%" in a for a in asked_en) and any("18%" in a for a in asked_en)
    tracked = figure_answers(
        "In the Harlow commuter study, 388 drivers were offered a toll or a slower free road; 58% paid.\n\n"
        "Okafor tracked 1,940 freelancers for nine months: those paid late were 2.4 times as likely"
        " to quit.\n",
        "Studies",
        "# Notes",
    )
    assert not any(a.startswith(("388", "1,940")) for a in tracked)
    assert any("58%" in a for a in tracked)  # the finding is still asked
    cited = figure_answers(
        "Marsh & Obi (2019) — 276 undergraduates read the same essay on paper or on a phone; the phone"
        " group scored 14% lower on recall.\n",
        "Studies",
        "# Notes",
    )
    assert not any(a.startswith("276") for a in cited) and any("14%" in a for a in cited)


def test_a_lead_in_about_her_gives_way_to_the_sentence_stating_the_figure() -> None:
    english = kept(
        'She frames it with what she calls the "doubling rule": every time output doubles, '
        "the cost per unit falls by roughly 18%.",
        "en",
    )
    assert english[("cloze", "roughly 18%")].question == (
        "Every time output doubles, the cost per unit falls by […]."
    )
    chinese = kept("她的核心判断：过去十年，储能电池的成本下降了大约 85%。")
    assert chinese[("cloze", "大约 85%")].question == "过去十年，储能电池的成本下降了[…]。"


def test_the_numbers_under_an_example_label_are_the_examples() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    notes = (
        "# Module 4\n\n## Tests\n\nA z-test compares a sample mean with a claimed mean of 50.\n\n"
        "EXAMPLE 1 (video 4.3):\n\nCoffee shop claims a large cup holds 350 ml on average.\n\n"
        "## Errors\n\nAbout 5% of true null hypotheses are rejected at the usual threshold.\n"
    )
    answers = {i.answer for i in generate([parse_text(notes, name="t")], "d")}
    assert "350 ml" not in answers and "About 5%" in answers


def test_the_figures_of_a_guests_introduction_are_their_story() -> None:
    bio = "业余时间在社区图书馆开设免费的理财课，已经办了四十多期，至今服务过三百多个家庭。\n"
    assert figure_answers(bio, "嘉宾介绍") == set()
    assert {"四十多期", "三百多个"} & figure_answers(bio, "理财课")
    english = "She has run the clinic for nine years and trained over 300 nurses.\n"
    assert figure_answers(english, "About the guest", "# Notes") == set()
    named = figure_answers(
        f"**许知遥**\n\n{bio}\n## 正文\n\n预算表分类太细，一开始就列了二三十项。\n", "嘉宾介绍"
    )
    assert named == {"二三十项"}  # the guest's name heading her introduction is part of it


def test_the_years_of_a_named_persons_degrees_and_posts_are_their_story() -> None:
    asked = figure_answers(
        "Mara Quist studied history at Elmfield, graduating in 1998, and completed a master's in 2000.\n\n"
        "From 2012 to 2016 Mara Quist was deputy director of the Harbour Museum.\n\n"
        "The museum reopened in 2017 with 40 per cent more gallery space.\n",
        "Career",
        "# Notes",
    )
    assert not asked & {"1998", "2000", "2012 to 2016"}
    assert "2017" in asked or "40 per cent" in asked


def test_a_year_that_is_part_of_a_name_is_no_date_to_ask() -> None:
    asked = figure_answers(
        "Dr. Ines Marlow, hydrologist and lead author of the 2021 Fenwick Stormwater Atlas, spoke.\n\n"
        "The 2019 flood caused about $48 million in damage.\n\n"
        "In 2016 the city adopted its first drainage plan.\n",
        "Talk",
        "# Notes",
    )
    assert "2021" not in asked
    assert {"2016", "about $48 million"} <= asked


def test_the_date_a_statement_holds_at_is_no_fact_of_its_own() -> None:
    asked = figure_answers(
        "课题组跟踪的第二代子女一共58人，到2021年，留在原县城的只有11人。\n\n"
        "截至2020年底，全省共有39个试点县。\n"
    )
    assert not asked & {"2021年", "2020年底", "2020年"}
    assert {"11人", "39个"} <= asked  # what the statement says at that date is asked
    english = figure_answers(
        "As of 2023, 41% of the pilot gardens had lost capacity.\n", "Findings", "# Notes"
    )
    assert "2023" not in english and "41%" in english


def test_a_figure_in_what_the_notes_call_a_digression_is_not_asked() -> None:
    asked = figure_answers(
        "小插曲：1986年厂里组织过一次百人骑行，纯粹是宣传。\n\n1995年工厂第一次亏损，亏了约两千万元。\n"
    )
    assert "1986年" not in asked and "1995年" in asked
    english = figure_answers(
        "Side note: the film crew spent 3 weeks on the lake waiting for ice.\n\n"
        "The core holds 4,200 years of layers.\n",
        "Scenes",
        "# Notes",
    )
    assert "3 weeks" not in english and "4,200 years" in english


def test_the_year_that_dates_a_cited_work_or_a_quotation_is_not_asked() -> None:
    from quizgen.generate import generate

    def asked(body: str, title: str = "# 笔记", heading: str = "正文") -> set[str]:
        doc = parse_text(f"{title}\n\n## {heading}\n\n{body}", name="n", path="n.md")
        return {i.answer for i in generate([doc], "d") if i.kind == "figure"}

    english = asked(
        '"Every tide table lies a little." — Iris Vane, diary, 1861\n\n'
        "The tide tables came later (Morrow, 2004).\n\n"
        "Pettersen et al. 2012 showed the same drift in the lake cores.\n\n"
        "A review was published in 2018 on the shrinking glaciers.\n\n"
        "Ines Korr and colleagues at Uppsala, published 2011 in the Journal of Lake Studies.\n\n"
        "The harbour board opened the new pier in 1907 after the storm.\n",
        "# Notes",
        "Sources",
    )
    assert not {"1861", "2004", "2012", "2018", "2011"} & english and "1907" in english, english
    chinese = asked(
        "林晓等人 2015 年在《湖泊科学》上发表的综述指出，湖区沉积速率明显加快。\n\n"
        "周岚等人 2016 年创办了青石船厂，专做木质帆船。\n\n"
        "湖区的淤积数据出自 2013 年发表在《地理学报》上的一篇研究，有兴趣可以去找。\n"
    )
    assert not {"2015 年", "2013 年"} & chinese and "2016 年" in chinese, (
        chinese
    )  # a founding year is the notes' own


def test_the_years_a_count_covers_rank_below_the_count() -> None:
    drafts = drafts_of("书里统计了 1902—1927 年县志里记下的水灾，一共 19 次，其中特大水灾 4 次。")
    best = max((d for d in drafts if d.type == "cloze"), key=lambda d: d.score)
    assert best.answer == "19 次"  # not the years it covers


def test_a_line_opening_on_a_worked_examples_label_gives_no_figure() -> None:
    asked = figure_answers(
        "例题 4-2（持有成本按 6 元算）——订量不足 1000 时单价 30 元。\n\n"
        "把服务水平从 95% 提到 99%，安全库存要多备约 40%。\n"
    )
    assert "30 元" not in asked and "约 40%" in asked


def test_the_point_or_bar_another_figure_is_measured_against_is_its_context() -> None:
    asked = figure_answers(
        "In the survey, 41% of the small bakeries closed or fell below $2M in sales within eight years.\n\n"
        "Rent per square foot is up ~3.4x since 2009 in the old town.\n",
        "Findings",
        "# Notes",
    )
    assert asked == {"41%", "3.4x"}
    alone = figure_answers("The bakery chain made over $2M in sales in 2009.\n", "Findings", "# Notes")
    assert "over $2M" in alone  # with no measure beside it, the bar is the fact
    zh = figure_answers(
        "自2016年以来，这家店的会员数增长了45%。\n\n开业头两个月，日均客流只有80人，远低于预期。\n"
    )
    assert "45%" in zh and "2016年" not in zh and "两个月" not in zh


def test_the_inputs_of_a_worked_sum_below_are_not_asked_its_result_is() -> None:
    d = parse_text(
        "# 第三讲 社区收益\n\n"
        "## 一、算一算\n\n"
        "去年秋季庙会一共收入约 380万元，其中：\n\n"
        "- 付给外地摊主：114万元\n"
        "- 外购货品：57万元\n"
        "- 外地雇员工资：19万元\n\n"
        "外流额 = 114 + 57 + 19 = 190万元，外流率 = 190 ÷ 380 = 50%。\n\n"
        "## 二、另一个村\n\n"
        "另一个村的庙会一共收入约 260万元，付给外地摊主的只有 26万元。\n",
        "n.md",
    )
    asked = {d.answer for d in gen_figures.drafts(d, extract_figures.extract(d))}
    assert not asked & {"114万元", "57万元", "19万元"}
    assert "26万元" in asked  # no sum works with it


def test_in_its_sentence_a_rate_is_asked_before_the_sum_it_is_of() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    zh = "# 笔记\n\n## 经营\n\n去年营收约 2.6 亿元，其中线上渠道约占四成。\n"
    (item,) = [i for i in generate([parse_text(zh, name="n")], "d") if i.kind == "figure"]
    assert item.answer == "四成"
    en = "# Notes\n\n## Results\n\nRevenue reached $41M last year, and the gross margin rose to 38%.\n"
    (item,) = [i for i in generate([parse_text(en, name="n")], "d") if i.kind == "figure"]
    assert item.answer == "38%"


def test_the_sums_of_a_case_made_up_to_teach_with_are_not_asked() -> None:
    made_up = figure_answers(
        "- 甲方2021年起跟乙方谈一批钢材供货，标的约 **540万元**\n",
        "案例：甲公司诉乙公司（课上自编，仅供讨论）",
    )
    assert not any("540" in a for a in made_up)
    real = figure_answers("- 甲方2021年起跟乙方谈一批钢材供货，标的约 **540万元**\n", "案例：甲公司诉乙公司")
    assert any("540" in a for a in real)


def test_the_figures_of_a_case_the_notes_work_through_are_not_asked() -> None:
    from quizgen.generate import generate

    zh_body = (
        "城西一家面包店开业第三个月，月营业额大约 8.6 万元，房租每月 1.9 万元。\n\n"
        "老板后来把打烊时间推迟了两个钟头，夜间销售占到全天的 31%。\n"
    )
    en_body = (
        "The west side bakery cut its flour waste by 38% after it started baking to order.\n\n"
        "By the end of the year its evening sales were 31% of the day's takings.\n"
    )

    def answers(title: str, heading: str, body: str) -> set[str]:
        text = f"# {title}\n\n## {heading}\n\n{body}"
        return {i.answer.strip() for i in generate([parse_text(text, name="n", path="n.md")], "d")}

    assert not answers("门店经营课笔记", "案例：城西的面包店", zh_body) & {"大约 8.6 万元", "1.9 万元", "31%"}
    assert answers("门店经营课笔记", "城西的面包店", zh_body) & {"大约 8.6 万元", "1.9 万元", "31%"}
    assert not answers("门店经营课笔记", "反例：城西的面包店", zh_body) & {"大约 8.6 万元", "1.9 万元", "31%"}
    assert not answers("Retail notes", "Case study: the west side bakery", en_body) & {"38%", "31%"}
    assert answers("Retail notes", "The west side bakery", en_body) & {"38%", "31%"}


def test_a_common_era_year_glossing_an_eras_year_is_asked_with_it() -> None:
    from quizgen.generate import generate

    text = "# 县志笔记\n\n## 藏书楼\n\n县学的藏书楼建于明万历十二年（1584年），是全县最早的公共藏书处。\n"
    items = generate([parse_text(text, name="n", path="n.md")], "d")
    assert "明万历十二年（1584年）" in {i.answer for i in items}
    assert not {i.answer for i in items} & {"1584年", "十二年"}
    # a dynasty of two characters before the era, and an era of four after it: the date starts whole
    for text, date in (
        ("县城的文庙修于南宋嘉定三年（1210年），后来几度重修。", "南宋嘉定三年（1210年）"),
        ("城东的石塔落成于北宋天圣明道二年（1032年），塔身共有九层。", "北宋天圣明道二年（1032年）"),
    ):
        items = generate([parse_text(f"# 县志笔记\n\n## 古迹\n\n{text}\n", name="n", path="n.md")], "d")
        assert date in {i.answer for i in items}, [i.answer for i in items]


def test_figures_the_notes_say_were_made_up_are_not_asked() -> None:
    from quizgen.generate import generate

    def figures_of(text: str) -> list[str]:
        return [
            i.answer for i in generate([parse_text(text, name="n", path="n.md")], "d") if i.kind == "figure"
        ]

    case = "## 北岚国的十年\n\n北岚国2005年的通胀率升到18%，央行随后把基准利率从6%提到14%。\n"
    made_up = (
        "# 宏观经济课笔记\n\n## 开场\n\n这节课拿一个虚构的国家举例，数字全为编造，考试只考逻辑。\n\n" + case
    )
    real = "# 宏观经济课笔记\n\n## 开场\n\n这节课讲的是一个实有的国家。\n\n" + case
    assert not figures_of(made_up)
    assert not figures_of(made_up.replace("这节课拿一个虚构的国家举例，", ""))  # 数字全为编造 alone says so
    assert figures_of(real)
    english = "# Notes\n\n## Intro\n\nThe professor said the numbers are made up.\n\n## Northland\n\n"
    assert not figures_of(
        english + "Northland's inflation hit 18% in 2005 and its central bank raised rates to 14%.\n"
    )


def test_a_numbered_examples_figures_are_its_inputs_not_facts() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    def answers(heading: str) -> set[str]:
        text = (
            f"# 财务会计 课堂笔记\n\n## 收入确认\n\n收入确认的考题约占全卷分值的 15%。\n\n## {heading}\n\n"
            "丙厂向丁店供货，货款合计 800万元，丁店下单时先付 300万元，余款到货后结清。\n"
        )
        return {i.answer for i in generate([parse_text(text, name="n")], "d")}

    assert not answers("【例7-2】（课上讲的）") & {"800万元", "300万元"}
    assert "15%" in answers("【例7-2】（课上讲的）")
    assert answers("合同的履行") & {"800万元", "300万元"}


def test_a_sign_and_its_label_before_a_line_are_no_part_of_the_card() -> None:
    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    text = (
        "# 厨房里的物理\n\n## 沸点\n\n"
        "💡 小知识：在海拔四千米的高原上，水大约在 […] 就会沸腾，所以面条总是煮不熟。\n\n"
        "📌 Tip: a pressure cooker raises the boiling point of water to about 120 °C, so beans cook fast.\n"
    ).replace("[…]", "87 ℃")
    items = generate([parse_text(text, name="k")], "d")
    stems = [i.question for i in items if i.kind == "figure"]
    assert stems and not any(s.startswith(("💡", "📌", "小知识", "Tip")) for s in stems), stems
    assert all("[…]" in s for s in stems)


def test_a_row_announcing_rows_of_its_own_ends_the_paragraphs_lead_in() -> None:
    doc_text = (
        "# 笔记\n\n## 背景\n\n老师把当时的难处归为 **两缺**：\n\n"
        "- **缺粮**：连年歉收\n- **缺钱**：库银见底\n- 时间线：\n"
        "- **1620 年**：新总督到任，时年 **35 岁**左右，想大干一场\n"
    )
    from quizgen.extract import extract
    from quizgen.ingest import parse_text

    doc = parse_text(doc_text, name="n", path="n.md")
    asked = [d.question for d in gen_figures.drafts(doc, extract(doc)) if d.answer.startswith("35")]
    assert asked and not any("两缺" in q for q in asked)


def test_a_reigns_year_glossing_the_year_before_it_is_no_span_of_years() -> None:
    asked = figure_answers("- **1620 年（天启二年）**：新总督到任，整顿了粮仓。\n")
    assert "二年" not in asked and any(a.startswith("1620") for a in asked)
    assert "三年" in figure_answers("新总督在任上干了三年，粮仓整顿了一遍。\n")


def test_the_teams_a_trial_counts_are_its_sample() -> None:
    asked = figure_answers(
        "In a field study of 48 support teams, the ones with the checklist cut their rework by 35%.\n",
        "Evidence",
        "# Notes",
    )
    assert not any(a.startswith("48") for a in asked) and any(a.startswith("35") for a in asked)


def test_a_measure_opening_its_line_with_the_blank_says_not_what_it_measures() -> None:
    from dataclasses import replace

    from quizgen.generate.figure_stems import figure_problem
    from quizgen.model import Source

    bare = Draft(
        kind="figure",
        type="cloze",
        anchor="a",
        question="时间[…]，看天气：冷天快，暖天慢。",
        answer="约 5–8 分钟",
        explanation="",
        source=Source(doc="n", section="熬糖", line=3),
        fact="f",
    )
    assert figure_problem(bare) is not None
    named = replace(bare, question="打砂的时间约[…]，看天气：冷天快，暖天慢。")
    assert figure_problem(named) is None


def test_a_post_held_last_a_return_home_and_a_tenure_at_a_firm_are_their_story() -> None:
    asked = figure_answers(
        "罗静在连锁药房干了八年，最后三年是华南片区的采购经理，手下六十多家店。\n\n"
        "茶厂厂长李建华今年41岁，2016年从杭州返乡，接管父亲的茶厂。\n\n"
        "“刚到厂里那年，只剩九个工人。”李建华说。\n\n"
        "茶厂的春茶收购价涨了15%。\n"
    )
    assert not asked & {"三年", "2016年"}
    assert "15%" in asked
    asked_en = figure_answers(
        "Mbeki was CFO of Harlow Freight for eleven years, then wrote this book.\n\n"
        "Idle trucks cost the average fleet 9% of its revenue.\n",
        "Author",
        "# Notes",
    )
    assert "eleven years" not in asked_en and "9%" in asked_en


def test_what_a_visitor_or_a_student_pays_is_no_figure_to_learn() -> None:
    english = figure_answers(
        "Tickets £16 adult, £8 concession, booked online the day before.\n\n"
        "The museum's whaling collection holds 2,300 objects from the port.\n\n"
        "The harbour handled £4 million of cargo a year by 1850.\n",
        "Visit",
        "# Museum notes",
    )
    assert "£16" not in english and "2,300 objects" in english and "£4 million" in english
    chinese = figure_answers(
        "周末体验课每人 280 元，含材料。\n\n工作室去年营收约 46 万元，其中修复占六成。\n",
        "经营",
        "# 采访笔记",
    )
    assert "280 元" not in chinese and "约 46 万元" in chinese
    club = figure_answers(
        "Open days are the first Sunday of the month, £5 entry.\n\n"
        "Subs are due by March: £10 single, £16 joint.\n\n"
        "The walled garden grows 140 varieties of apple.\n",
        "Club",
        "# Garden club notes",
    )
    assert "£5" not in club and "£10" not in club and "140 varieties" in club


def test_a_day_outs_fares_lodging_and_kitty_are_what_it_cost_its_writer() -> None:
    chinese = figure_answers(
        "下山坐景区大巴，车票 25 元，二十分钟到山门。\n\n山顶小卖部的矿泉水，一瓶要12块，比山下贵一倍。\n\n"
        "住宿：镇上民宿一晚 320 元。\n\n景区每年接待游客约 600 万人次。\n",
        "第二天",
        "# 登山日记",
    )
    assert not {"25 元", "12块", "320 元"} & chinese and "约 600 万人次" in chinese
    english = figure_answers(
        "Kitty is £12 each for the end-of-term dinner.\n\n"
        "Taxi back to the station was £18 between four of us.\n\n"
        "The viaduct cost £1.2 million to build in 1868.\n",
        "Outing",
        "# Walking club notes",
    )
    assert not {"£12", "£18"} & english and "£1.2 million" in english


def test_the_year_a_case_citation_carries_is_not_asked() -> None:
    english = figure_answers(
        "Duty of care - Hollis v Marsh Quarry Ltd [1971] 2 QB 410: blasting next to a school.\n\n"
        "Nuisance - Orme Mills [1983] AC 72, a mill's smoke over the town.\n\n"
        "Damages were cut by 25% where the claimant ignored the warning signs.\n",
        "Cases",
        "# Tort notes",
    )
    assert "1971" not in english and "1983" not in english and "25%" in english
    chinese = figure_answers("某某故意伤害案（2017）某刑终151号：二审改判，认定防卫过当，刑期减了一半。\n")
    assert "2017" not in chinese


def test_the_year_in_brackets_after_a_case_name_is_its_citation_whatever_follows() -> None:
    english = figure_answers(
        "Silence - Harlow v Brent Mills [1958]: a true statement that turns false must be corrected.\n\n"
        "Remoteness - Vane v Ostrow (1947), a fire that spread two fields.\n\n"
        "Rescission was barred once the goods had passed to a buyer in good faith in 1962.\n",
        "Cases",
        "# Contract notes",
    )
    assert "1958" not in english and "1947" not in english and "1962" in english
