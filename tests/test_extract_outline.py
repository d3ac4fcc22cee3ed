"""Lists read as outlines: sub-items, counted list names, clauses, actions, enumerations."""

from __future__ import annotations

import pytest

from quizgen.extract import outline
from quizgen.ingest import parse_text


def test_children_are_the_items_one_level_down_until_the_list_comes_back() -> None:
    doc = parse_text("# N\n\n## S\n\n- a\n  - b\n    - c\n  - d\n- e\n", name="t")
    blocks = doc.sections[0].blocks
    assert outline.children(blocks, 0) == [1, 3]
    assert outline.children(blocks, 1) == [2]
    assert outline.children(blocks, 4) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("五种思维", "zh", True),
        ("刻意练习的三个要素", "zh", True),
        ("二八定律", "zh", False),
        ("早期颜料四大类", "zh", True),  # the count closing the name
        ("管理三要素", "zh", True),
        ("第四类", "zh", False),  # a place in a list
        ("他一口气买了三个", "zh", False),
        ("The three rules of drafting", "en", True),
        ("3 layers of change", "en", True),
        ("Spaced repetition", "en", False),
        ("3 percent rule", "en", False),
        ("21:45 Terms", "en", False),  # a timestamp, no count
        ("2.5 reasons to stay", "en", False),
    ],
)
def test_counted_names_a_list_by_its_count(text: str, language: str, expected: bool) -> None:
    assert outline.counted(text, language) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A new routine can be a trap", "en", True),
        ("Plans are not habits", "en", True),
        ("Batch cooking", "en", False),
        ("用户留存下降", "zh", True),
        ("Pair Programming值得推广", "zh", True),
        ("名声也存在副作用", "zh", True),
        ("关于睡眠", "zh", True),
        ("一定要有清晰的目标", "zh", True),
        ("番茄工作法", "zh", False),
        ("时间管理", "zh", False),
        ("刻意练习", "zh", False),
    ],
)
def test_reads_as_clause(text: str, language: str, expected: bool) -> None:
    assert outline.reads_as_clause(text, language) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("分析数据", True), ("制作幻灯片", True), ("深度工作", False), ("番茄工作法", False)],
)
def test_names_action(text: str, expected: bool) -> None:
    assert outline.names_action(text) is expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Reasons for failing", "en", True),
        ("Where habits come from", "en", True),
        ("Task batching", "en", False),
        ("项目失败的原因", "zh", True),
        ("复利效应", "zh", False),
    ],
)
def test_names_ordinary_list(text: str, language: str, expected: bool) -> None:
    assert outline.names_ordinary_list(text, language) is expected  # type: ignore[arg-type]


def test_enumerates_short_names_only() -> None:
    assert outline.enumerates("Notice, want, act, enjoy", "en")
    assert outline.enumerates("观察、计划、行动", "zh")
    assert not outline.enumerates("review what you learned, then rest for a long while", "en")
    assert not outline.enumerates("一个词", "zh")


def test_announces_by_a_colon_or_a_count() -> None:
    assert outline.announces("这些变化会带来两个问题：", "zh")
    assert outline.announces("**五种思维**", "zh")
    assert outline.announces("The three rules of focus", "en")
    assert not outline.announces("Focus matters a great deal.", "en")


@pytest.mark.parametrize(
    ("line", "language", "name"),
    [
        ("五种思维：", "zh", "五种思维"),
        ("**这三种方法如下：**", "zh", "三种方法"),
        ("这些变化会带来两个问题：", "zh", ""),
        ("The three rules of pacing are:", "en", "The three rules of pacing"),
        ("These three rules:", "en", "three rules"),
        ("The Five Rules of Study are a short list of customs. They are", "en", "The Five Rules of Study"),
        ("Some notes on focus:", "en", ""),
        ("老师把个人财务分成四个“账户”（不是银行账户，是心理上的分类）：", "zh", "四个账户"),
        ("The lecturer divides your money into four accounts:", "en", "four accounts"),
        ("老师把个人财务分成了很多块：", "zh", ""),
        # what is split into steps names them, with its count
        ("他们的发布流程分三步：", "zh", "发布流程三步"),
        ("His model = the **Three Cs**:", "en", "Three Cs"),  # a bold name that counts itself
        ("这套复盘方法包括四个阶段：", "zh", "复盘方法四个阶段"),
        # a name given in passing, then counted
        (
            'Our kitchen keeps a habit we call **"Clean Bench"**, and it has three parts:',
            "en",
            "Clean Bench",
        ),
        ("店里有个规矩，我们叫它“三不原则”，一共三条：", "zh", "三不原则"),
        ('We call it "the Loop"; it changed how we hire.', "en", ""),  # named, but counting nothing
        # a quoted name and the kind of thing it names, in a line announcing the list
        ("这家店有一套 **“看-想-做”三步闭环**：", "zh", "“看-想-做”三步闭环"),
        ("书里提出一个**“双轮”**模型，后面每章都在用：", "zh", "“双轮”模型"),
        ('She sketches the "Open Hand" framework, which goes:', "en", "Open Hand"),
        ("他说“慢就是快”，理由有三：", "zh", ""),  # a saying, no kind of list
        ("She sorts the delays in two kinds:", "en", ""),  # a count and a word for kind name nothing
        ("Noise comes in **three types**:", "en", ""),
    ],
)
def test_list_name_is_the_counted_name_a_line_gives_its_list(line: str, language: str, name: str) -> None:
    assert outline.list_name(line, language) == name  # type: ignore[arg-type]


def test_a_number_with_a_thousands_comma_is_one_member() -> None:
    from quizgen.extract.outline import list_members

    assert list_members("up from 112,000 to 164,000", False) == ["up from 112,000 to 164,000"]
    assert list_members("2,400 homes, 900 shops, and 12 schools", False, 3) == [
        "2,400 homes",
        "900 shops",
        "12 schools",
    ]


def test_a_headings_signs_and_timestamp_aside_are_no_part_of_a_list_name() -> None:
    assert (
        outline.list_name("The Three Gates framework (≈ 00:41–01:05) ⭐", "en") == "The Three Gates framework"
    )


def test_a_date_set_in_bold_names_no_list() -> None:
    from quizgen.extract.outline import list_name

    line = "The canal act passed on **3 March 1791**. Before the vote the company tried three tricks:"
    assert list_name(line, "en") == ""
    assert list_name("The crew swear by the **two Ks** of night lifts:", "en") == "two Ks"


def test_a_figure_set_in_bold_names_no_list() -> None:
    from quizgen.extract.outline import list_name

    for line in (
        "A cheap tide gauge reads to within about **4 centimetres**. It drifts because of:",
        "The harbour town grew to maybe **12,000+** by then. Three men built most of it:",
    ):
        assert list_name(line, "en") == "", line
    assert list_name("Their checklist is the **5 Whys**:", "en") == "5 Whys"
