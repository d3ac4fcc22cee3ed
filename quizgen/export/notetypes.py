"""quizgen's three Anki note types: fixed ids, fixed field lists, templates and CSS.

Anki refuses to update notes whose note type changed its fields or templates under the same id
(the import reports them as conflicting). So the fields here are frozen, with spare ones (`Hint`,
`Context`, `Media`, `Extra`) left as room to grow; a real change means a new id and name (README,
"Note-type migration"). `revised` is the note type's modification time in every package: Anki
replaces templates and CSS on import only when it is newer, so bump it with every template change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

NoteTypeKind = Literal["standard", "cloze"]

# The templates' and stylesheet's revision (unix seconds). 2026-12-03: the Source field no
# longer shows a line number (its `.qz-line` style went).
REVISED = 1_796_280_000
# Shared by every note type, after the type's own fields. Never reorder or rename.
COMMON_FIELDS = ("Explanation", "Source", "Hint", "Context", "Media", "Extra", "ItemId")


@dataclass(frozen=True, slots=True)
class Template:
    """One card template: Anki makes a card from it when its front renders non-empty."""

    name: str
    front: str
    back: str


@dataclass(frozen=True, slots=True)
class NoteType:
    id: int
    name: str
    kind: NoteTypeKind
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    revised: int  # unix seconds; see the module docstring
    sort_field: int = 0

    def field_index(self, name: str) -> int:
        return self.fields.index(name)


@cache
def css() -> str:
    """The stylesheet every quizgen note type shares (light and night mode, CJK fonts)."""
    return files("quizgen.export").joinpath("anki.css").read_text(encoding="utf-8")


_HINT = '{{#Hint}}<div class="qz-hint">{{hint:Hint}}</div>{{/Hint}}'
_MEDIA = '{{#Media}}<div class="qz-media">{{Media}}</div>{{/Media}}'
_DETAILS = (
    '{{#Explanation}}<div class="qz-explanation">{{Explanation}}</div>{{/Explanation}}\n'
    '{{#Context}}<div class="qz-context">{{Context}}</div>{{/Context}}\n'
    '{{#Extra}}<div class="qz-extra">{{Extra}}</div>{{/Extra}}\n'
    '{{#Source}}<div class="qz-source">{{Source}}</div>{{/Source}}'
)


def _front(body: str) -> str:
    return f'<div class="qz qz-front">\n{body}\n{_MEDIA}\n{_HINT}\n</div>'


def _back(front: str, body: str) -> str:
    return f'{front}\n<hr id="answer">\n<div class="qz qz-back">\n{body}\n{_DETAILS}\n</div>'


BASIC = NoteType(
    id=1_839_464_101,
    name="quizgen basic (optional reversed card) v1",
    kind="standard",
    fields=("Question", "Answer", "Reverse", *COMMON_FIELDS),
    templates=(
        Template(
            name="Question → Answer",
            front=_front('<div class="qz-question">{{Question}}</div>'),
            back=_back("{{FrontSide}}", '<div class="qz-answer">{{Answer}}</div>'),
        ),
        Template(
            name="Answer → Question (when Reverse is set)",
            front='{{#Reverse}}<div class="qz qz-front qz-reverse">'
            '<div class="qz-question">{{Answer}}</div></div>{{/Reverse}}',
            back=_back("{{FrontSide}}", '<div class="qz-answer">{{Question}}</div>'),
        ),
    ),
    revised=REVISED,
)

CLOZE = NoteType(
    id=1_839_464_102,
    name="quizgen cloze v1",
    kind="cloze",
    fields=("Text", "Answer", *COMMON_FIELDS),
    templates=(
        Template(
            name="Cloze",
            front=_front('<div class="qz-question">{{cloze:Text}}</div>'),
            # The back renders the cloze again (not FrontSide) so the deletion shows revealed.
            back=_back('<div class="qz qz-front"><div class="qz-question">{{cloze:Text}}</div></div>', ""),
        ),
    ),
    revised=REVISED,
)

CHOICE = NoteType(
    id=1_839_464_103,
    name="quizgen multiple choice v1",
    kind="standard",
    fields=("Question", "Choices", "Answer", *COMMON_FIELDS),
    templates=(
        Template(
            name="Choose the answer",
            front=_front('<div class="qz-question">{{Question}}</div>\n{{Choices}}'),
            # Inside .qz-back the stylesheet marks the list item with class qz-correct.
            back=_back(
                '<div class="qz qz-front"><div class="qz-question">{{Question}}</div></div>',
                '{{Choices}}\n<div class="qz-answer">{{Answer}}</div>',
            ),
        ),
    ),
    revised=REVISED,
)

NOTE_TYPES: tuple[NoteType, ...] = (BASIC, CLOZE, CHOICE)
