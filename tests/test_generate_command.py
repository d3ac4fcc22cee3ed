"""`quizgen generate` end to end: the item contract, determinism, stable ids, the formats, and
what the sample seeds must yield (checked against the seeds by reading them)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quizgen.cli import main

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = ROOT / "seeds" / "amodei-interview.txt"
PODCAST = ROOT / "seeds" / "amodei-podcast.txt"
CONTRACT = {"id", "deck", "kind", "type", "question", "answer", "explanation", "source", "tags"}


def generate_json(capsys: pytest.CaptureFixture[str], *paths: Path) -> list[dict[str, object]]:
    assert main(["generate", *map(str, paths), "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert isinstance(items, list)
    return items


@pytest.fixture(scope="module")
def interview_items() -> list[dict[str, object]]:
    from quizgen.generate import generate
    from quizgen.ingest import read_paths

    return [i.to_dict() for i in generate(read_paths([INTERVIEW]), deck="quizgen")]


def test_every_item_keeps_the_contract(interview_items: list[dict[str, object]]) -> None:
    assert interview_items
    for item in interview_items:
        assert item.keys() >= CONTRACT
        assert item["type"] in {"basic", "reversed", "cloze", "choice"}
        assert set(item["source"]) == {"doc", "section", "line"}  # type: ignore[arg-type]
        if item["type"] == "cloze":
            assert "{{c1::" in str(item["cloze"]) and "[…]" in str(item["question"])
        if item["type"] == "choice":
            assert item["answer"] in item["choices"]  # type: ignore[operator]
    assert len({i["id"] for i in interview_items}) == len(interview_items)


def test_output_is_byte_identical_across_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", str(PODCAST)]) == 0
    first = capsys.readouterr().out
    assert main(["generate", str(PODCAST)]) == 0
    assert capsys.readouterr().out == first


def _corrected(figure: str) -> str:
    """The same figure with every digit changed (20-25% -> 31-36%)."""
    return "".join(str((int(c) + 1) % 10) if c.isdigit() else c for c in figure)


def test_an_edited_figure_keeps_its_items_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = generate_json(capsys, INTERVIEW)
    figure = next(str(i["answer"]) for i in before if i["kind"] == "figure")
    edited = tmp_path / "amodei-interview.txt"
    text = INTERVIEW.read_text(encoding="utf-8")
    edited.write_text(text.replace(figure, _corrected(figure)), encoding="utf-8")
    after = generate_json(capsys, edited)
    assert _corrected(figure) in {i["answer"] for i in after}
    assert {i["id"] for i in before} == {i["id"] for i in after}


def test_the_interview_is_asked_through_its_content_not_its_layout_or_filing(
    interview_items: list[dict[str, object]],
) -> None:
    answers = {str(i["answer"]) for i in interview_items}
    questions = " ".join(str(i["question"]) for i in interview_items)
    # The themed headings (主题一 … 主题六), read off the seed, are no answers: a section is asked
    # through its sentences.
    for title in ("AI 技术的指数级进步与社会影响", "商业模式、盈利与定价策略", "治理、安全与行业责任"):
        assert title not in answers
    assert "主题三" not in questions and "讨论什么" not in questions
    # Defined terms rank first: the bold terms of the framework section are among what is asked.
    terms = {"指数曲线思维", "人才密度优先", "正和竞争", "模型盈利视角", "安全与能力并重", "影响力驱动"}
    assert any(t in answers or f"“{t}”" in questions for t in terms)
    assert "2025-07-30" not in answers  # when the notes were written is filing
    assert sum(i["kind"] == "figure" for i in interview_items) <= len(interview_items) // 3


def test_no_item_comes_from_page_furniture(capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(generate_json(capsys, PODCAST), ensure_ascii=False)
    for furniture in ("App上收听", "Logo", "2048", "更多推荐"):
        assert furniture not in text


def test_plain_english_prose_yields_figures_but_no_themes_or_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prose = tmp_path / "harbour.txt"
    prose.write_text(
        "The new harbour opened in March 1998 after four years of work. It cost about $2.3 billion, "
        "twice the first estimate, and employed 6,500 workers at its peak.\n\n"
        "By 2010 the harbour handled 40% of the region's container traffic.\n",
        encoding="utf-8",
    )
    items = generate_json(capsys, prose)
    kinds = {i["kind"] for i in items}
    assert "figure" in kinds and not kinds & {"theme", "meta"}
    answers = [str(i["answer"]) for i in items]
    figures = {"March 1998", "four years", "about $2.3 billion", "twice", "6,500 workers", "2010", "40%"}
    assert "40%" in answers and set(answers) <= figures
    # one item per sentence, and none gives another's answer away
    assert len({(i["source"]["line"], i["explanation"]) for i in items}) == len(items)  # type: ignore[index]


def test_yaml_goes_to_a_file_and_md_is_a_sheet_with_its_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "talk.items.yaml"
    assert main(["generate", str(INTERVIEW), "--format", "yaml", "-o", str(out)]) == 0
    items = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert items and items[0].keys() >= CONTRACT
    assert main(["generate", str(INTERVIEW), "--format", "md"]) == 0
    sheet = capsys.readouterr().out
    first_question = sheet.index("**1.**")
    key = sheet.index("参考答案")
    assert first_question < key and sheet.count("**1.**") == 2  # once as a question, once in the key


def test_a_bad_seed_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    assert main(["generate", str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(empty) in err and err.count("\n") == 1


def test_the_generator_never_loads_the_review_app() -> None:
    code = (
        "import sys; from quizgen.generate import generate; from quizgen.ingest import parse_text;"
        "generate([parse_text('# T\\n\\n一、甲\\n\\n- 收入约占 60%。', 't')], 'd');"
        "print(sorted(m for m in sys.modules if m.startswith(('quizgen.tui', 'textual'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_md_sheet_asks_each_fact_once_and_gives_no_answer_away(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quizgen.answers import normalize
    from tests.written import TALK_SUMMARY

    assert main(["generate", str(TALK_SUMMARY), "--format", "md"]) == 0
    sheet = capsys.readouterr().out
    questions_part, key_part = sheet.split("## Answer key", 1)
    number = re.compile(r"^\*\*\d+\.\*\* (.*)$", re.MULTILINE)

    def plain(text: str) -> str:
        return re.sub(r"\\(.)", r"\1", text)

    questions = [plain(q) for q in number.findall(questions_part)]
    answers = [plain(a.split(" — *")[0]).split(". ", 1)[-1] for a in number.findall(key_part)]
    from quizgen.generate import generate
    from quizgen.ingest import read_document

    drawn = min(20, len(generate([read_document(TALK_SUMMARY)], "x")))  # the sheet's draw of the items
    assert len(questions) == len(answers) >= min(drawn, 6) > 0
    given_away = [
        (a, q)
        for i, a in enumerate(answers)
        for j, q in enumerate(questions)
        if i != j and len(normalize(a)) >= 2 and normalize(a) in normalize(q)
    ]
    assert given_away == []
