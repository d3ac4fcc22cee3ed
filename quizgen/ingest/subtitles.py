"""Subtitles (`.srt`, `.vtt`) to lines of text: cue numbers, timestamps, settings, notes and tags
dropped, cues joined into paragraphs (a paragraph ends at a sentence end after a pause, or where
another speaker starts), each paragraph on the file line of its first cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.ingest.clean import ends_sentence, join_wrapped
from quizgen.ingest.prepared import Prepared

_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
_TURN = re.compile(r"^(?:-|>>)\s*")  # a dash or chevrons: someone else speaks from here
_BLOCKS_WITHOUT_CUES = ("NOTE", "STYLE", "REGION")
PAUSE = 2.0  # seconds of silence between cues that, after a sentence end, close a paragraph
_PARAGRAPH = 400  # characters: a paragraph this long closes at the next sentence end


@dataclass(frozen=True, slots=True)
class Cue:
    """One line of a cue's text: `line` is its 0-based file line; `turn` marks a new speaker."""

    start: float
    end: float
    line: int
    text: str
    speaker: str = ""
    turn: bool = False


def prepare(text: str) -> Prepared:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    prep = Prepared.of(lines)
    prep.rebuilt(
        [piece for paragraph in paragraphs(cues(lines)) for piece in (paragraph, ("", paragraph[1]))]
    )
    return prep


def cues(lines: list[str]) -> Iterator[Cue]:
    """Every text line of every cue, in order."""
    i = 0
    while i < len(lines):
        timing = _TIMING.match(lines[i])
        i += 1
        if timing is None:
            if lines[i - 1].strip().startswith(_BLOCKS_WITHOUT_CUES):
                while i < len(lines) and lines[i].strip():
                    i += 1
            continue  # a cue number, WEBVTT, a blank line
        start, end = _seconds(timing.groups()[:4]), _seconds(timing.groups()[4:])
        while i < len(lines) and lines[i].strip():
            voice = _VOICE.search(lines[i])
            words = _TAG.sub("", lines[i]).strip()
            turn = bool(_TURN.match(words))
            words = " ".join(_TURN.sub("", words).split())
            if words:
                yield Cue(start, end, i, words, voice.group(1).strip() if voice else "", turn)
            i += 1


def paragraphs(found: Iterator[Cue]) -> Iterator[tuple[str, int]]:
    """Cues joined into (paragraph, file line of its first cue)."""
    text, origin, last_end = "", 0, 0.0
    for cue in found:
        pause = cue.start - last_end >= PAUSE
        closes = ends_sentence(text) and (pause or len(text) > _PARAGRAPH)
        if text and (cue.speaker or cue.turn or closes):
            yield text, origin
            text = ""
        if not text:
            text, origin = (f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text), cue.line
        elif _cjk_end(text) and not ends_sentence(text):
            text = f"{text} {cue.text}"  # the pause stays, for cutting unpunctuated speech
        else:
            text = join_wrapped(text, cue.text)
        last_end = cue.end
    if text:
        yield text, origin


def _cjk_end(text: str) -> bool:
    return "\u3400" <= text[-1] <= "\u9fff"


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = parts
    whole = int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
    return whole + int((millis or "0").ljust(3, "0")) / 1000
