"""Interviews where only the questions carry a speaker label (`Q: …?`, `Interviewer: …`, `问：…`,
`主持人：…`) and each answer is the unlabelled paragraphs after its question: those paragraphs are
the other party's turns, under one label for the answerer (whom extract names where the document does).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.ingest.clean import is_cjk, strip_markup
from quizgen.ingest.layout import Kind, label_head
from quizgen.ingest.shapes import Shape, join_bold_runs, shape

# Labels only the asking side wears: a question's, and the interviewer's or host's role.
_QUESTION_LABELS = frozenset({"q", "question", "问", "提问"})
ASKER_ROLES = frozenset({"interviewer", "host", "moderator", "主持人", "主持", "记者", "采访者", "主播"})
_ASKING_ROLES = _QUESTION_LABELS | ASKER_ROLES
_ANSWERER_ZH, _ANSWERER_EN = "受访者", "Interviewee"
_QUESTION_END = re.compile(r"[?？][\"'”’」』）)*_\s]*$")
FIRST_PERSON = re.compile(r"我|\b(?:I|[Mm]y|me)\b|\bI['’]")


@dataclass(frozen=True, slots=True)
class Interview:
    """The labels of the side that asks, and the label the paragraphs answering them take ("":
    the answers are nobody's turns, as in a list of questions and answers written in the third person)."""

    asking: frozenset[str]
    answerer: str

    def holds(self, speaker: str) -> bool:
        """Whether `speaker` goes on past a blank line: an answer runs to the next label or heading."""
        return bool(speaker) and (speaker in self.asking or speaker == self.answerer)

    def answers(self, speaker: str, line: str) -> bool:
        """Whether an unlabelled `line` after `speaker`'s words starts an answer: the asker spoke
        last and the line is not more of their question."""
        return speaker in self.asking and not is_question(line)


def is_question(text: str) -> bool:
    return bool(_QUESTION_END.search(text))


def interview(lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind]) -> Interview | None:
    """The interview when every inline label the document writes is the asking side's (a role such
    as `Q` or `主持人`, or a label whose every line is a question) and unlabelled text follows them."""
    said: dict[str, list[str]] = {}
    for i, kind in enumerate(kinds):
        if kind == "speaker":
            return None  # names standing on their own lines: a transcript of another shape
        if kind == "turn":
            said.setdefault(shapes[i].prefix, []).append(strip_markup(shapes[i].rest))
    if not said or not all(_asks(label, texts) for label, texts in said.items()):
        return None
    first = min(i for i, kind in enumerate(kinds) if kind == "turn")
    after = [lines[i] for i in range(first, len(lines)) if kinds[i] == "text" and not is_question(lines[i])]
    if not after:
        return None
    asked_by_person = any(label_head(label) not in _QUESTION_LABELS for label in said)
    if not asked_by_person and not any(FIRST_PERSON.search(line) for line in after):
        return Interview(frozenset(said), "")
    zh = any(is_cjk(ch) for label, texts in said.items() for text in (label, *texts) for ch in text)
    return Interview(frozenset(said), _ANSWERER_ZH if zh else _ANSWERER_EN)


def bold_questions(lines: Sequence[str], shapes: Sequence[Shape], kinds: Sequence[Kind]) -> dict[int, Shape]:
    """Bold lines that hold a label and its question (`**Q: How did you start?**`), by index, with
    their shape as a labelled line: turns, not headings, where the asking side's label opens two or
    more of them."""
    found: dict[int, Shape] = {}
    for i, kind in enumerate(kinds):
        if kind == "heading" and shapes[i].kind == "heading" and shapes[i].depth == 0 and "**" in lines[i]:
            inner = shape(join_bold_runs(lines[i]))
            if inner.prefix and _asks(inner.prefix, [inner.rest]):
                found[i] = inner
    opened = Counter(s.prefix for s in found.values())
    return {i: s for i, s in found.items() if opened[s.prefix] >= 2}


def _asks(label: str, texts: list[str]) -> bool:
    return label_head(label) in _ASKING_ROLES or all(is_question(t) for t in texts)
