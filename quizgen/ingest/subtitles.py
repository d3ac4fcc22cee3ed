"""Subtitles (`.srt`, `.vtt`) to lines of text: cue numbers, timestamps, settings and tags dropped,
cues joined into paragraphs (a paragraph ends at a sentence end after a pause or at a new speaker),
each paragraph on the file line of its first cue.
"""

from __future__ import annotations

import re

from quizgen.ingest.clean import ends_sentence, join_wrapped
from quizgen.ingest.prepared import Prepared

_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
_SPEAKER_DASH = re.compile(r"^(?:-|>>)\s*")
PAUSE = 2.0  # seconds of silence between cues that, after a sentence end, close a paragraph
_PARAGRAPH = 400  # characters: a paragraph this long closes at the next sentence end


def prepare(text: str) -> Prepared:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    prep = Prepared.of(lines)
    pieces: list[tuple[str, int]] = []
    paragraph, origin = "", 0
    last_end = 0.0

    def close() -> None:
        nonlocal paragraph
        if paragraph:
            pieces.extend([(paragraph, origin), ("", origin)])
        paragraph = ""

    i = 0
    while i < len(lines):
        timing = _TIMING.match(lines[i])
        if not timing:
            i += 1  # a cue number, WEBVTT, a NOTE or STYLE block, a blank line
            if i < len(lines) and lines[i - 1].strip().startswith(("NOTE", "STYLE", "REGION")):
                while i < len(lines) and lines[i].strip():
                    i += 1
            continue
        start, end = _seconds(timing.groups()[:4]), _seconds(timing.groups()[4:])
        i += 1
        while i < len(lines) and lines[i].strip():
            text_line, speaker = _cue_text(lines[i])
            if text_line:
                pause = start - last_end >= PAUSE
                if speaker or (
                    paragraph and ends_sentence(paragraph) and (pause or len(paragraph) > _PARAGRAPH)
                ):
                    close()
                if not paragraph:
                    origin = i
                    paragraph = f"{speaker}: {text_line}" if speaker else text_line
                elif _cjk_end(paragraph) and not ends_sentence(paragraph):
                    paragraph = f"{paragraph} {text_line}"  # the pause stays, for cutting unpunctuated speech
                else:
                    paragraph = join_wrapped(paragraph, text_line)
            i += 1
        last_end = end
    close()
    prep.rebuilt(pieces)
    return prep


def _cjk_end(text: str) -> bool:
    return "\u3400" <= text[-1] <= "\u9fff"


def _cue_text(line: str) -> tuple[str, str]:
    """A cue line's words and the speaker it names (`<v Name>`, `- `/`>>` turns have none)."""
    speaker = ""
    voice = _VOICE.search(line)
    if voice:
        speaker = voice.group(1).strip()
    text = _TAG.sub("", line).strip()
    text = _SPEAKER_DASH.sub("", text)
    return " ".join(text.split()), speaker


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = parts
    return (
        int(hours or 0) * 3600
        + int(minutes or 0) * 60
        + int(seconds or 0)
        + int((millis or "0").ljust(3, "0")) / 1000
    )
