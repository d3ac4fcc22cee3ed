"""Properties of the files a user edits by hand: any deck definition (`decks/*.yaml`) and any
edit of a built items file (`decks/*.items.yaml`) either works or makes the CLI exit 2 with one
short line — wrong types, deep nesting, anchors and aliases (a billion laughs), huge values,
broken YAML. Whatever hypothesis finds stays below as an `@example`."""

from __future__ import annotations

import contextlib
import copy
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from ankikit import hand_items
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from quizgen.cli import main
from quizgen.commands.review import open_target
from quizgen.decks import itemsfile, load_definition
from quizgen.decks.definitions import DEFINITION_KEYS, KINDS, LIMIT_KEYS
from quizgen.decks.itemsfile import Input, stamp
from quizgen.errors import QuizgenError
from quizgen.model import ITEM_TYPES
from quizgen.store import Store

NOW = datetime.fromisoformat("2024-03-10T10:00:00+08:00")
SEED = "# 一次访谈\n\n收入增长了 0%，利润增长了 5%，成本下降了 3%。\n\n**复利**：收益再投入带来的增长。\n"
MAX_MESSAGE = 500  # an error names the file and the key; it does not echo a megabyte of value

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(18, 4000).map(lambda n: 10**n - 1),  # beyond SQLite's 64 bits, up to Python's digit limit
    st.floats(),
    st.text(max_size=20),
    st.dates(),
    st.sampled_from(
        ["", " ", "doc.md", "*.md", "sm2", "fsrs", "keep", "drop", "figure", "cloze", "{{c1::x}}"]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6) | st.integers(), inner, max_size=4)
    ),
    max_leaves=10,
)


# What a careful hand edit writes: text in any script, a number or a date YAML reads as such.
MILD = st.one_of(
    st.text(min_size=1, max_size=30),
    st.sampled_from(["约 50%", "二〇二四年", "😀", "{{c1::答案}}", "a\u200bb", "\u202e!", "line\nbreak"]),
    st.integers(0, 10**6),
    st.dates(),
)


def laughs(levels: int, width: int = 10) -> str:
    """A flow list whose aliases expand to width**levels strings: small text, enormous value."""
    anchors = [f"&l0 [{', '.join(['lol'] * width)}]"]
    anchors += [f"&l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels)]
    return "[" + ", ".join(anchors) + "]"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


RAW_VALUES = st.one_of(
    st.integers(1, 7).map(laughs),
    st.integers(1, 2000).map(nested),
    st.sampled_from(["&a [1, *a]", "&m {a: *m}", "!!binary aGk=", "2024-13-45", "9" * 5000, "1e400", ".nan"]),
    st.sampled_from(["-.inf", "!!python/object:os.system x", "*undefined", "{a: 1", "'unclosed", "\t1"]),
    st.sampled_from(["!!timestamp 2024-99-01", "!!int x", "!!float y", "0x_", "0o9", "!!set {a, b}"]),
)

VALID = {
    "name": st.sampled_from(["Talks", "Books::Talks", "访谈"]),
    "description": st.text(max_size=30),
    "seeds": st.sampled_from(["doc.md", "*.md", ["doc.md"], ["doc.md", "*.md"]]),
    "kinds": st.lists(st.sampled_from(KINDS), max_size=3),
    "types": st.lists(st.sampled_from(ITEM_TYPES), max_size=3),
    "limits": st.dictionaries(st.sampled_from(LIMIT_KEYS), st.integers(1, 50), max_size=3),
    "scheduler": st.sampled_from(["sm2", "fsrs"]),
    "desired_retention": st.floats(0.7, 0.99),
    "new_per_day": st.integers(0, 10**30),
    "reviews_per_day": st.integers(0, 10**30),
    "retired": st.sampled_from(["keep", "drop"]),
    "overrides": st.lists(
        st.fixed_dictionaries({"id": st.text(max_size=8), "exclude": st.just(True)}), max_size=2
    ),
}


@st.composite
def definition_texts(draw: st.DrawFn) -> str:
    """The text of a definition: mostly valid keys and values, some wrong, some raw YAML."""
    data: dict[Any, Any] = {"name": draw(VALID["name"]), "seeds": draw(VALID["seeds"])}
    for key in draw(st.lists(st.sampled_from([*DEFINITION_KEYS, "unknown"]), max_size=5)):
        data[key] = (
            draw(VALID.get(key, VALUES) | VALUES) if draw(st.booleans()) else draw(VALID.get(key, VALUES))
        )
    raw = {}
    for key in draw(st.lists(st.sampled_from(DEFINITION_KEYS), max_size=2)):
        raw[key] = draw(RAW_VALUES)
        data.pop(key, None)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return text + "".join(f"{key}: {value}\n" for key, value in raw.items())


def run_cli(argv: list[str]) -> str | None:
    """None when `main(argv)` succeeds; else its one short error line (asserting exit 2)."""
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    if code == 0:
        return None
    lines = stderr.getvalue().splitlines()
    assert code == 2 and lines[-1].startswith("error: "), (code, lines)
    assert len(lines[-1]) <= MAX_MESSAGE, lines[-1][:MAX_MESSAGE]
    return lines[-1]


def open_deck_file(db: Path, path: Path) -> None:
    """What `quizgen review FILE` does before its app opens: sync the deck into the store."""
    try:
        with Store.open(db) as store:
            open_target(store, str(path), NOW, io.StringIO())
    except QuizgenError as exc:
        message = str(exc)
        assert "\n" not in message and len(message) <= MAX_MESSAGE, message[:MAX_MESSAGE]


# --- deck definitions -------------------------------------------------------------------------


@given(definition_texts())
@example("name: x\nseeds: doc.md\nnew_per_day: " + "9" * 5000 + "\n")  # int() past the digit limit
@example("name: x\nseeds: doc.md\nnew_per_day: 2024-13-45\n")  # a timestamp YAML cannot build
@example(f"name: x\nseeds: {laughs(7)}\n")  # the message echoed 10**7 strings
@example(f"name: x\nseeds: doc.md\nkinds: {laughs(6)}\n")
@example("name: x\nseeds: doc.md\nretired: " + "y" * 100_000 + "\n")
@example("name: x\nseeds: doc.md\nnew_per_day: 99999999999999999999999\n")  # beyond SQLite's integers
@example("name: Talks\nseeds: doc.md\ntypes:\n- choice\n")  # builds an empty deck: not an error
@example('name: x\nseeds: doc.md\nlimits: {"a\\nb": 1}\n')  # a key with a line break broke the line
@example('name: x\nseeds: doc.md\n"a\\rb\\u2028c": 1\n')
@example(f"name: x\nseeds: doc.md\nscheduler: fsrs\ndesired_retention: {laughs(2)}\n")  # echoed in full
@example(f"name: x\nseeds: doc.md\nscheduler: fsrs\ndesired_retention: {laughs(3)}\n")  # nested: 2,270 chars
def test_any_definition_builds_or_fails_in_one_short_line(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    decks = tmp_path_factory.mktemp("decks")
    (decks / "doc.md").write_text(SEED, encoding="utf-8")
    definition = decks / "d.yaml"
    definition.write_text(text, encoding="utf-8")
    built = run_cli(["build", "--decks", str(decks)]) is None
    event("built" if built else "refused")  # --hypothesis-show-statistics: how many got through
    if built:
        assert itemsfile.read(decks / "d.items.yaml").deck  # (a filter may leave it empty)
        assert (decks / "d.apkg").stat().st_size > 0
    open_deck_file(decks / "q.db", definition)


# --- hand-edited items files ------------------------------------------------------------------


def built_items() -> dict[str, Any]:
    items_file, _ = stamp(hand_items(), None, 1_700_000_000, deck="Hand", inputs=[Input("d.yaml", "ab")])
    data = yaml.safe_load(itemsfile.render(items_file))
    assert isinstance(data, dict)
    return data


BUILT = built_items()
ITEM_KEYS = sorted({key for item in BUILT["items"] for key in item} | {"source.line", "source.doc", "extra"})


@st.composite
def items_texts(draw: st.DrawFn) -> str:
    """A built items file after a few hand edits: values of any type, keys dropped, items
    duplicated or emptied, top-level keys changed, raw YAML pasted in, the text cut short."""
    data = copy.deepcopy(BUILT)
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from([0, 0, 0, 0, 0, 1, 2, 3, 4, 5]))  # mostly a value changed
        entries = data.get("items") if isinstance(data.get("items"), list) else None
        if edit == 0 and entries:
            entry = draw(st.sampled_from(entries))
            key = draw(st.sampled_from(ITEM_KEYS))
            value = draw(st.one_of(MILD, MILD, MILD, VALUES))
            if key.startswith("source.") and isinstance(entry.get("source"), dict):
                entry["source"][key.split(".")[1]] = value
            elif isinstance(entry, dict):
                entry[key] = value
        elif edit == 1 and entries:
            entry = draw(st.sampled_from(entries))
            if isinstance(entry, dict) and entry:
                entry.pop(draw(st.sampled_from(sorted(entry))))
        elif edit == 2 and entries:
            entries.append(copy.deepcopy(draw(st.sampled_from(entries))))  # a pasted duplicate
        elif edit == 3:
            data[draw(st.sampled_from(["format", "deck", "items", "retired", "inputs", "description"]))] = (
                draw(VALUES)
            )
        elif edit == 4 and entries:
            entry = draw(st.sampled_from(entries))
            if isinstance(entry, dict):
                entry[draw(st.sampled_from(["type", "cloze", "choices", "answer"]))] = draw(
                    st.sampled_from(
                        ["cloze", "choice", "basic", "{{c1::}}", "{{c2::x}}", "x}} {{c1::y", [], ["x"]]
                    )
                )
        elif edit == 5:
            data["retired"] = copy.deepcopy(data.get("items"))  # an item both current and retired
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if draw(st.integers(0, 7)):  # one file in eight is also cut short, with junk pasted after
        return text
    cut = draw(st.integers(0, len(text)))
    return text[:cut] + draw(st.sampled_from(["", "\n  bad: [", "\n- x", "\t", "\nformat: " + "9" * 5000]))


@given(items_texts(), st.sampled_from(["apkg", "csv"]))
@example("format: " + "9" * 5000 + "\nitems: []\n", "csv")
@example(
    "items:\n- {id: a, kind: k, type: basic, question: q, answer: a, source: {doc: d, line: .inf}}\n", "csv"
)
@example(
    "items:\n- {id: a, kind: k, type: basic, question: q, answer: a, source: {doc: d, line: 1e30}}\n", "csv"
)
@example(
    "items:\n- {id: a, kind: k, type: basic, question: q, answer: a, source: [], changed: 1e30}\n", "apkg"
)
def test_any_edit_of_an_items_file_exports_and_syncs_or_fails_in_one_short_line(
    tmp_path_factory: pytest.TempPathFactory, text: str, fmt: str
) -> None:
    folder = tmp_path_factory.mktemp("items")
    path = folder / "d.items.yaml"
    path.write_text(text, encoding="utf-8")
    exported = run_cli(["export", str(path), "-o", str(folder / f"d.{fmt}")]) is None
    event("exported" if exported else "refused")
    if exported:
        assert (folder / f"d.{fmt}").stat().st_size > 0
    open_deck_file(folder / "q.db", path)


def test_a_billion_laughs_is_refused_quickly_in_a_line(tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text(SEED, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(f"name: x\nseeds: {laughs(9)}\n", encoding="utf-8")
    message = run_cli(["build", "--decks", str(tmp_path)])
    assert message is not None and message.startswith(f"error: {tmp_path / 'd.yaml'}: seeds: expected a file")


ITEM = "{id: a, kind: k, type: basic, question: q, answer: a, source: {doc: d, line: 1}}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"items: [{ITEM}, {ITEM}]", "items[1]: id 'a' is also items[0]"),
        (f"items: [{ITEM}]\nretired: [{ITEM}]", "retired[0]: id 'a' is also items[0]"),
        ("items: [{id: a, kind: k, type: basic, question: [q], answer: a}]", "items[0].question: expected"),
        ("items: [{id: a, kind: k, type: basic, question: q, answer: }]", "items[0].answer: expected text"),
        ("items: [{id: a, kind: k, type: basic, question: q, answer: a, source: {doc: d, line: .inf}}]",
         "items[0].source.line: expected a line number, got float inf"),
        (f"items: [{ITEM[:-1]}, changed: 9999-01-01T00:00:00Z}}]", "is not a time between 1970 and 9000"),
        ("deck: [a]\nitems: []", "deck: expected text, got list ['a']"),
        ("format: " + "9" * 5000, "invalid YAML: a value that cannot be read (Exceeds the limit (4300"),
    ],
)  # fmt: skip
def test_hand_edits_an_items_file_cannot_hold_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "d.items.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(QuizgenError) as refused:
        itemsfile.read(path)
    assert str(refused.value).startswith(f"{path}: ") and message in str(refused.value)


@settings(max_examples=max(10, settings.default.max_examples // 4))  # a whole build per example
@given(items_texts())
def test_a_build_over_any_edit_of_its_items_file_works_or_fails_in_one_short_line(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    """`quizgen build` reads the previous items file to keep change times and re-link items."""
    decks = tmp_path_factory.mktemp("rebuild")
    (decks / "doc.md").write_text(SEED, encoding="utf-8")
    (decks / "d.yaml").write_text("name: Hand\nseeds: doc.md\n", encoding="utf-8")
    (decks / "d.items.yaml").write_text(text, encoding="utf-8")
    built = run_cli(["build", "--decks", str(decks)]) is None
    event("built" if built else "refused")
    if built:
        assert itemsfile.read(decks / "d.items.yaml").entries


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("new_per_day: " + "9" * 5000, "a value that cannot be read (Exceeds the limit (4300 digits)"),
        ("new_per_day: 2024-13-45", "invalid YAML: a value that cannot be read (month must be in 1..12)"),
        ("new_per_day: 99999999999999999999999", "new_per_day: expected a whole number from 0 to 1,000,000"),
        (f"kinds: {laughs(8)}", "kinds: unknown value ['lol', 'lol', 'lol', 'lol', ...] (expected some of"),
        (f"seeds: {laughs(8)}", "seeds: expected a file or glob, or a list of them, got list [['lol', "),
        ("retired: " + "y" * 100_000, "retired: expected keep or drop, got str 'yyyyyyyyyyyyyyyyyyyyyyyyyy"),
        ('limits: {"a\\nb": 1}', "unknown key limits.'a\\nb' (expected one of"),
    ],
)  # fmt: skip
def test_a_definition_names_what_is_wrong_in_a_few_words(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "d.yaml"
    seeds = "" if text.startswith("seeds") else "seeds: doc.md"
    path.write_text(f"name: x\n{seeds}\n{text}\n", encoding="utf-8")
    with pytest.raises(QuizgenError) as refused:
        load_definition(path)
    assert str(refused.value).startswith(f"{path}: ") and message in str(refused.value)
    assert len(str(refused.value)) < 300
