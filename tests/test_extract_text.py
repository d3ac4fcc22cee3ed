"""Language detection, sentence splitting and protected segmentation."""

from __future__ import annotations

from quizgen.extract.text import clause_bounds, detect_language, normalize, segment, split_sentences


def test_language_is_detected_per_text() -> None:
    assert detect_language("阿莫迪认为，AI 技术正处于指数级增长阶段。") == "zh"
    assert detect_language("Ostrow estimated the share of spoiled grain at roughly 30%.") == "en"


def test_normalize_folds_width_case_spaces_and_punctuation() -> None:
    full_width = "\uff12\uff10\uff10 亿美元！"  # 200 written in full-width digits
    assert normalize(full_width) == normalize("200亿美元") == "200亿美元"
    assert normalize("Ada  MOREAU,") == "adamoreau"


def test_chinese_sentences_end_at_full_stops_keeping_closing_quotes() -> None:
    sentences = split_sentences("他说：“我们赢了。”然后离开。真的吗？")
    assert sentences == ["他说：“我们赢了。”", "然后离开。", "真的吗？"]
    # straight quotes in Chinese text: the one after 。 closes the quote, the next one opens
    straight = split_sentences('"我们赢了。"他说，"明天再来。"然后离开。"好吗？')
    assert straight == ['"我们赢了。"', '他说，"明天再来。"', "然后离开。", '"好吗？']


def test_english_initials_and_abbreviations_do_not_end_a_sentence() -> None:
    text = "Mayor Ruth K. Dalton asked the council. Dr. Smith agreed. See pp. 379 for more."
    assert split_sentences(text) == [
        "Mayor Ruth K. Dalton asked the council.",
        "Dr. Smith agreed.",
        "See pp. 379 for more.",
    ]
    # a case's versus and a citation's et al.: no stop either
    cases = "In *Kemble v. Brenton* the court split. Ostrander et al. found no effect. It ended."
    assert split_sentences(cases) == [
        "In *Kemble v. Brenton* the court split.",
        "Ostrander et al. found no effect.",
        "It ended.",
    ]
    # an initial opening a full-width bracket in Chinese text: the original of a name, no stop
    glossed = "参与设计的还有英国专家贝尔-曼森（T. Bell-Manson），他建议盯住英镑。"
    assert split_sentences(glossed) == [glossed]


def test_clause_bounds_find_the_comma_clause_around_a_span() -> None:
    sentence = "Anthropic 的收入来自 API，约占 60-75%，同时发展应用。"
    start = sentence.index("60-75%")
    left, right = clause_bounds(sentence, start, start + len("60-75%"))
    assert sentence[left:right] == "约占 60-75%"


def test_protected_spans_survive_segmentation_whole() -> None:
    text = "达里奥·阿莫迪估算概率约为20-25%"
    name = (0, len("达里奥·阿莫迪"))
    figure = (text.index("20-25%"), len(text))
    words = segment(text, [name, figure])
    assert "达里奥·阿莫迪" in words and "20-25%" in words


def test_a_semicolon_closing_a_sentence_that_stands_alone_reads_as_a_full_stop() -> None:
    from quizgen.extract.text import ending_as_a_sentence

    assert ending_as_a_sentence("Geography is destiny: the narrows concentrate risk;") == (
        "Geography is destiny: the narrows concentrate risk."
    )
    assert ending_as_a_sentence("每个服务点两周去一次；") == "每个服务点两周去一次。"
    assert ending_as_a_sentence("Cables fail; ships fix them.") == "Cables fail; ships fix them."
