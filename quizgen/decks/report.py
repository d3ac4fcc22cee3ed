"""What a build changed, item by item, as text: the build's summary and `quizgen diff` share it.

Added items show their question and answer; changed and re-linked ones both versions of each
text that differs (question, answer, choices, explanation); retired ones their question and
where Anki keeps them. Moved items (only the source line, section or tags changed) are counted.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.decks.build import Plan
from quizgen.decks.relink import Link
from quizgen.export.notes import RETIRED_TAG
from quizgen.model import Item

KEPT_HINT = f"kept in Anki, tagged {RETIRED_TAG}: search tag:{RETIRED_TAG}"
DROPPED_HINT = "left out of the package (retired: drop); Anki keeps the note as it was"
SHOWN_FIELDS = ("question", "answer", "choices", "explanation")


def item_lines(plan: Plan) -> list[str]:
    """Every added, changed, re-linked and retired item of `plan`, then its warnings."""
    changes = plan.changes
    scores = {link.after.id: link for link in plan.links}
    excluded = {item.id: item for item in plan.excluded}
    overrides = {o.id: o for o in plan.definition.overrides}
    lines: list[str] = []
    for item in changes.added:
        lines += [f"  added {_label(item)}", *_fields(item)]
    for before, after in changes.changed:
        lines += [f"  changed {_label(after)}", *_both(before, after)]
    for before, after in changes.relinked:
        lines += [f"  re-linked {_label(after)}{_likeness(scores.get(after.id))}", *_relinked(before, after)]
    hint = KEPT_HINT if plan.definition.keep_retired else DROPPED_HINT
    for item in changes.retired:
        why = f"excluded by {overrides[item.id].where}; " if item.id in excluded else ""
        lines.append(f"  retired {item.id}: {_one_line(item.question)} ({why}{hint})")
    return lines + list(plan.warnings)


def counts(plan: Plan) -> str:
    """`3 added, 1 changed, … unchanged`, and the items the deck's overrides excluded."""
    text = plan.changes.summary()
    if plan.excluded:
        text += f", {len(plan.excluded)} excluded by overrides"
    return text


def _label(item: Item) -> str:
    where = " · ".join(part for part in (item.source.doc, item.source.section) if part)
    return f"{item.id} ({item.kind} {item.type}, {where})"


def _likeness(link: Link | None) -> str:
    return f": anchor {link.score:.0f}% alike" if link is not None else ""


def _fields(item: Item) -> list[str]:
    lines = [f"    question: {_one_line(item.question)}", f"    answer:   {_one_line(item.answer)}"]
    if item.choices:
        lines.append(f"    choices:  {_choices(item.choices)}")
    return lines


def _both(before: Item, after: Item, *, always: Iterable[str] = ()) -> list[str]:
    lines: list[str] = []
    for name in SHOWN_FIELDS:
        old, new = _shown(before, name), _shown(after, name)
        if old != new or (name in always and old):
            lines += _pair(name, old, new)
    if not lines and before.cloze != after.cloze:
        lines += _pair("cloze", _one_line(before.cloze), _one_line(after.cloze))
    return lines


def _pair(name: str, before: str, after: str) -> list[str]:
    width = len(name) + len(" before:")
    return [f"    {name} before: {before}", f"    {name + ' after:':<{width}} {after}"]


def _relinked(before: Item, after: Item) -> list[str]:
    anchors = _pair("anchor", _one_line(before.anchor), _one_line(after.anchor))
    return anchors + _both(before, after, always=("question",))


def _shown(item: Item, name: str) -> str:
    if name == "choices":
        return _choices(item.choices)
    return _one_line(str(getattr(item, name)))


def _choices(choices: Iterable[str]) -> str:
    return " | ".join(_one_line(c) for c in choices)


def _one_line(text: str) -> str:
    return " ".join(text.split())
