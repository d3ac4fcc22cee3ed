"""The documents the tests keep under tests/data/, written for this project, one of each shape the
two sample seeds do not have (see tests/data/README.md)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
BOOK_NOTES = DATA / "zh_book_notes_tea.md"
TALK_SUMMARY = DATA / "en_talk_summary_tides.md"
PODCAST = DATA / "zh_podcast_inline_speakers.txt"
LECTURE_GBK = DATA / "zh_waterworks_lecture_gbk.txt"
PLAIN_PROSE = DATA / "en_plain_prose_canal.txt"
WRITTEN = (BOOK_NOTES, TALK_SUMMARY, PODCAST, LECTURE_GBK, PLAIN_PROSE)
