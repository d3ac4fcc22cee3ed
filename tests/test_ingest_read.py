"""Reading files: encodings detected, bad input refused with one line naming the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.errors import QuizgenError
from quizgen.ingest import find_documents, read_document, read_paths
from quizgen.ingest.read import decode

NOTES = "第一讲 竹编工艺\n1. 竹编工艺大约兴盛于明代。\n2. 一根竹篾编一圈。\n"


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(QuizgenError) as exc:
        read_document(path)
    message = str(exc.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def test_utf8_file_is_read(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "notes.md", NOTES.encode("utf-8")))
    assert doc.name == "notes"
    assert doc.path == str(tmp_path / "notes.md")
    assert doc.sections[0].label == "第一讲"


def test_utf8_bom_is_dropped_and_lines_keep_their_numbers(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + NOTES.encode("utf-8")))
    assert doc.sections[0].title == "竹编工艺"
    assert doc.sections[0].line == 1
    assert doc.lines[0] == "第一讲 竹编工艺"
    assert [b.line for b in doc.sections[0].blocks] == [2, 3]


def test_gbk_file_is_detected(tmp_path: Path) -> None:
    data = NOTES.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_document(write(tmp_path / "gbk.txt", data))
    assert doc.language == "zh"
    assert doc.sections[0].blocks[0].text == "竹编工艺大约兴盛于明代。"


def test_gb18030_only_characters_are_decoded() -> None:
    text = "𠀀字与€符号：都在 GB18030 里。"
    assert decode(text.encode("gb18030"), "x.txt") == text


@pytest.mark.parametrize("data", [b"", b"   \n\n\t \r\n", "\u3000\u00a0\n".encode(), b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file_is_refused(tmp_path: Path, data: bytes) -> None:
    assert "empty" in error_of(write(tmp_path / "empty.txt", data))


def test_file_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    assert "binary" in error_of(write(tmp_path / "image.md", png))


def test_file_of_control_characters_is_binary(tmp_path: Path) -> None:
    assert "binary" in error_of(write(tmp_path / "ctl.txt", bytes(range(1, 32)) * 20))


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    latin1 = "café au lait, naïve résumé\n".encode("latin-1")
    assert "UTF-8 or GB18030" in error_of(write(tmp_path / "latin.txt", latin1))


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    assert "UTF-16" in error_of(write(tmp_path / "wide.txt", "notes".encode("utf-16")))


def test_missing_file_is_named(tmp_path: Path) -> None:
    assert "no such file" in error_of(tmp_path / "nope.md")


def test_unsupported_extension_is_refused(tmp_path: Path) -> None:
    assert ".pdf" in error_of(write(tmp_path / "paper.pdf", b"%PDF-1.4"))


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.md", b"# B\n\nText b.")
    write(tmp_path / "a.txt", b"Text a.")
    write(tmp_path / "sub" / "c.md", b"Text c.")
    write(tmp_path / ".hidden" / "d.md", b"Text d.")
    write(tmp_path / "image.png", b"\x89PNG\x00")
    docs = read_paths([tmp_path])
    assert [d.name for d in docs] == ["a", "b", "c"]


def test_files_keep_the_order_given_and_repeat_once(tmp_path: Path) -> None:
    a = write(tmp_path / "a.md", b"Text a.")
    b = write(tmp_path / "b.md", b"Text b.")
    assert [d.name for d in read_paths([b, a, b, tmp_path])] == ["b", "a"]


def test_directory_without_documents_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "data.csv", b"a,b")
    with pytest.raises(QuizgenError, match=r"no documents in this directory"):
        find_documents([tmp_path])


def test_two_documents_with_one_name_are_refused(tmp_path: Path) -> None:
    write(tmp_path / "x" / "notes.md", b"Text one.")
    write(tmp_path / "y" / "notes.md", b"Text two.")
    with pytest.raises(QuizgenError, match="same name"):
        read_paths([tmp_path])


def test_bad_file_in_a_directory_is_named(tmp_path: Path) -> None:
    write(tmp_path / "good.md", b"Text.")
    bad = write(tmp_path / "zero.md", b"")
    with pytest.raises(QuizgenError, match=re.escape(str(bad))):
        read_paths([tmp_path])
