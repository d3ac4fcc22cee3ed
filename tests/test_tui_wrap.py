"""Line breaking for Chinese and mixed text: by cells, between Chinese characters, never inside a
Latin word or number, never before closing or after opening punctuation."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from quizgen.tui.widgets.wrap import break_offsets, wrap


def lines(text: str, width: int) -> list[str]:
    return [line.plain for line in wrap(Content(text), width)]


def test_chinese_breaks_between_characters_and_fills_each_line() -> None:
    assert lines("达里奥阿莫迪访谈阅读版", 8) == ["达里奥阿", "莫迪访谈", "阅读版"]


def test_a_line_never_starts_with_a_comma_or_a_closing_mark() -> None:
    # the comma would land at the start of line two: the character before it goes down with it
    assert lines("一二三四，五六", 8) == ["一二三", "四，五六"]
    # “好的” fills the first line exactly, but ”。 may not start the next: 的 goes down with them
    assert lines("他说“好的”。然后", 10) == ["他说“好", "的”。然后"]
    for line in lines("阿莫迪在访谈中谈到，" * 12, 17):
        assert line[0] not in "，。”）"


def test_a_line_never_ends_with_an_opening_mark() -> None:
    assert lines("一二三（四五）", 8) == ["一二三", "（四五）"]


def test_latin_words_and_numbers_stay_whole_and_chinese_around_them_breaks() -> None:
    assert lines("年化收入已达到 200 亿美元，概率约为 20-25%，但更大", 24) == [
        "年化收入已达到 200 亿美",
        "元，概率约为 20-25%，但",
        "更大",
    ]
    assert lines("据报道Anthropic的收入", 12) == ["据报道", "Anthropic的", "收入"]


def test_no_line_is_wider_than_the_width_and_nothing_is_lost() -> None:
    text = "Machines of Loving Grace：一篇关于 AI 将如何改变生物学、神经科学与经济发展的长文 https://darioamodei.com/x"
    for width in (7, 10, 23, 40):
        got = lines(text, width)
        assert all(cell_len(line) <= width for line in got)
        assert "".join(got).replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_the_line_is_cut() -> None:
    assert break_offsets("abcdefghij", 4) == [4, 8]


def test_styles_survive_the_wrapping() -> None:
    content = Content.assemble(("粗体文字", "bold"), "普通文字")
    first, second, third = wrap(content, 6)
    assert (first.plain, second.plain, third.plain) == ("粗体文", "字普通", "文字")
    assert [(s.start, s.end, s.style) for s in first.spans + second.spans] == [(0, 3, "bold"), (0, 1, "bold")]
    assert third.spans == []
