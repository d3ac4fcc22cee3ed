"""Key points (`points.drafts`): a cloze of a whole sentence of the body that blanks what the
document stresses in it (a set-off term, the term a definition defines, a name, a keyword), and
nothing where no blank is worth asking."""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.extract import extract
from quizgen.generate import points
from quizgen.generate.draft import Draft
from quizgen.ingest import parse_text, read_document


def drafts(text: str, name: str = "notes") -> list[Draft]:
    doc = parse_text(text, name=name, path=f"{name}.md")
    return points.drafts(doc, extract(doc))


def blanks(text: str) -> list[tuple[str, str]]:
    return [(d.question, d.answer) for d in drafts(text)]


def note(sentence: str, heading: str = "正文", title: str = "读书笔记") -> str:
    return f"# {title}\n\n## {heading}\n\n{sentence}\n"


# --- what is blanked -----------------------------------------------------------------------------


def test_a_term_the_author_sets_off_is_blanked_in_the_authors_sentence() -> None:
    [point] = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。", heading="练习"))
    assert (point.kind, point.type) == ("claim", "cloze")
    assert point.question == "作者反复提醒读者，[…]才是从新手走向高手的关键。"
    assert point.cloze == "作者反复提醒读者，{{c1::刻意练习}}才是从新手走向高手的关键。"
    assert (
        point.answer == "刻意练习"
        and point.explanation == "作者反复提醒读者，刻意练习才是从新手走向高手的关键。"
    )
    assert point.source.section == "练习"
    english = note(
        "The book's main tool is the **two-minute rule** for starting any new habit.", "Rules", "Notes"
    )
    assert blanks(english) == [
        ("The book's main tool is the […] for starting any new habit.", "two-minute rule")
    ]
    quoted = note("去年全市新开的书店里，“社区书店”占了一半以上，连锁书店反而在收缩。")
    assert blanks(quoted) == [("去年全市新开的书店里，“[…]”占了一半以上，连锁书店反而在收缩。", "社区书店")]


def test_the_term_a_definition_defines_is_blanked() -> None:
    assert blanks(note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。")) == [
        ("[…]是指收益在下一轮继续产生收益，长期回报呈指数增长。", "复利效应")
    ]
    english = note(
        "Habit stacking means pairing a new habit with one you already do every day.", "Terms", "Notes"
    )
    assert blanks(english) == [
        ("[…] means pairing a new habit with one you already do every day.", "Habit stacking")
    ]


def test_a_set_off_term_comes_before_the_term_a_definition_defines() -> None:
    text = note("心流是指完全投入一件事时的状态，**刻意练习**让人更容易进入这种状态。")
    assert [a for _, a in blanks(text)] == ["刻意练习"]


def test_a_sentence_opening_with_a_common_word_defines_no_term() -> None:
    assert (
        drafts(note("Every habit is a small vote for the person you want to become.", "Votes", "Notes")) == []
    )


def test_a_name_inside_the_sentence_is_blanked_but_not_the_one_opening_it() -> None:
    inside = note(
        "The vaccine work of Louis Pasteur changed how doctors thought about disease.", "People", "Notes"
    )
    assert blanks(inside) == [
        ("The vaccine work of […] changed how doctors thought about disease.", "Louis Pasteur")
    ]
    opening = note(
        "Louis Pasteur showed that microbes cause many of the diseases of his day.", "People", "Notes"
    )
    assert drafts(opening) == []


def test_a_rare_word_the_document_repeats_and_names_in_a_heading_is_blanked_but_not_its_topic() -> None:
    text = (
        "# Notes on sailing\n\n## Ballast, keel, tiller and halyard\n\n"
        "Ballast keeps a small boat upright when the wind rises."
        " More ballast makes the boat slower but safer.\n"
        "A deep keel stops the boat from sliding sideways. The keel also carries most of the ballast.\n"
        "The tiller turns the rudder, and a light hand on the tiller keeps the course steady in a gust.\n"
        "A halyard raises the sail, and a worn halyard can snap in the middle of a long race.\n"
        "Ballast, keel and tiller matter most: sailors check the ballast before every single trip.\n"
    )
    asked = blanks(text)
    assert ("A deep […] stops the boat from sliding sideways.", "keel") in asked
    assert all(answer.lower() != "ballast" for _, answer in asked)  # the word the notes are about


def test_a_chinese_keyword_is_blanked_but_not_the_word_the_document_is_about() -> None:
    text = (
        "# 印刷术讲义\n\n## 从雕版到活字\n\n"
        "雕版印刷需要把整页文字刻在一块木板上，刻错一个字整块木板就要作废。\n"
        "工匠用胶泥制成单个的字模，再用火烧硬，这就是最早的泥活字。\n"
        "排版时，工匠把字模按顺序排在铁板上，铁板四周用铁框围住。\n"
        "印完一版之后，工匠加热铁板，松香和蜡熔化，字模就可以取下来重复使用。\n"
        "胶泥字模容易破碎，后来的工匠又尝试用木头和金属制作字模。\n"
        "木活字遇水容易变形，所以元代的王祯专门设计了转轮排字架来提高效率。\n"
    )
    asked = blanks(text)
    assert ("工匠用[…]制成单个的字模，再用火烧硬，这就是最早的泥活字。", "胶泥") in asked
    assert all(answer != "字模" for _, answer in asked)  # said in every other sentence: the topic
    # half of a compound noun is no blank: 木[活字], [胶泥]字模 leave the other half as a hint
    assert not any(q.startswith(("木[…]", "[…]字模")) for q, _ in asked)


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
    assert drafts(note("作者反复提醒读者，**两分钟法则**能让一个新习惯更容易开始。")) == []  # 两分钟
    [point] = drafts(note("去年全市新开了约120家独立书店，其中“社区书店”占了一半以上。"))
    assert point.answer == "社区书店"


def test_a_blank_of_everyday_words_is_no_term() -> None:
    text = note(
        "The book says that **what you do** every day matters more than what you plan.", "Rules", "Notes"
    )
    assert drafts(text) == []


def test_a_blank_inside_a_longer_name_is_not_asked() -> None:
    # `Law of Behavior Change` goes on after `1st`: blanking part of a name asks nothing
    text = note("The 1st Law of Behavior Change is to make a habit obvious in your home.", "Laws", "Notes")
    assert drafts(text) == []


def test_questions_fragments_and_title_lines_are_no_key_points() -> None:
    assert drafts(note("为什么**刻意练习**能让一个人更快地从新手走向高手呢？")) == []
    assert drafts(note("**留白**很重要。")) == []
    title_case = note("The Power Of Habit And The Science Of Small Changes In Daily Life", "Books", "Notes")
    assert drafts(title_case) == []


# --- rank and identity -----------------------------------------------------------------------------


def test_a_defined_term_ranks_above_a_set_off_one_above_a_name_above_a_keyword() -> None:
    defined = drafts(note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。"))[0].score
    set_off = drafts(note("作者反复提醒读者，**刻意练习**才是从新手走向高手的关键。"))[0].score
    name = drafts(
        note(
            "The vaccine work of Louis Pasteur changed how doctors thought about disease.", "People", "Notes"
        )
    )[0].score
    assert defined > set_off > name > points.SCORE


def test_a_corrected_figure_keeps_the_key_points_id_another_sentence_does_not() -> None:
    before = drafts(note("去年全市新开了约120家独立书店，其中“社区书店”占了一半以上。"))[0]
    after = drafts(note("去年全市新开了约150家独立书店，其中“社区书店”占了一半以上。"))[0]
    other = drafts(note("去年全市关掉了约120家独立书店，其中“社区书店”占了一半以上。"))[0]
    assert before.anchor == after.anchor == before.fact and before.anchor != other.anchor
    english = [
        drafts(
            note(f"Jane Doe, CFO of Harbor Works, said loans got {n}% cheaper after 2019.", "Money", "Notes")
        )[0]
        for n in (30, 35)
    ]
    assert english[0].anchor == english[1].anchor


def test_by_default_a_defining_sentence_in_running_prose_is_asked_as_a_key_point() -> None:
    from quizgen.generate import generate

    text = note("复利效应是指收益在下一轮继续产生收益，长期回报呈指数增长。")
    items = generate([parse_text(text, name="notes", path="notes.md")], "deck")
    assert [(i.type, i.answer) for i in items if i.anchor.startswith("notes::point::")] == [
        ("cloze", "复利效应")
    ]


def test_a_verbal_noun_before_its_object_is_no_compound() -> None:
    assert not points._inside_compound("此刻预警风险，正是为了不必减速。", "预警")  # to warn of risks
    assert points._inside_compound("从模型红队测试到公开报告，团队一直很透明。", "测试")  # red-team testing
    assert points._inside_compound("木活字遇水容易变形。", "活字")
