"""Chinese numerals read and written, against values worked out by hand from how the numerals are
built: digits before their units (十, 百, 千), groups of four closed by 万 and 亿, one 零 for a
skipped place, an understood place after the last unit (二百五 is 250)."""

import pytest

from quizgen.extract import cn_numerals

READ = [
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("一百一十", 110),
    ("两千零五", 2005),
    ("一千零五十", 1050),
    ("三万五千", 35000),
    ("十万零五", 100005),
    ("一亿二千万", 120_000_000),
    ("一亿零一十万", 100_100_000),
    ("三万亿", 3_000_000_000_000),
    ("二百五", 250),
    ("三千五", 3500),
    ("三万五", 35000),
    ("三点一四", 3.14),
    ("零点五", 0.5),
    ("负五", -5),
]


@pytest.mark.parametrize(("text", "value"), READ)
def test_a_numeral_is_read_as_its_value(text, value):
    assert cn_numerals.read(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["十十", "三万万", "点五", "三点", "二三", "千百", "零十", "二十几", "abc", ""]
)
def test_what_is_no_numeral_reads_as_none(text):
    assert cn_numerals.read(text) is None


WRITE = [
    (0, "零"),
    (5, "五"),
    (10, "十"),
    (15, "十五"),
    (110, "一百一十"),
    (1005, "一千零五"),
    (1050, "一千零五十"),
    (20000, "二万"),
    (100_005, "十万零五"),
    (100_100_000, "一亿零一十万"),
    (110_000_000, "一亿一千万"),
    (1_000_000_000, "十亿"),
    (1_000_000_000_005, "一万亿零五"),
    (-7, "负七"),
]


@pytest.mark.parametrize(("value", "text"), WRITE)
def test_a_value_is_written_as_prose_writes_it(value, text):
    assert cn_numerals.write(value) == text


def test_what_is_written_reads_back_as_the_same_value():
    values = [*range(0, 2001), 10_001, 99_999, 1_000_010, 120_003_0000_0000, 604_700_009_303]
    wrong = [v for v in values if cn_numerals.read(cn_numerals.write(v)) != v]
    assert wrong == []
