"""Deck definitions: strict validation with errors naming the file and the key, seeds as files
or globs relative to the definition, selection by kind and type, and limits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ankikit import hand_items

from quizgen.decks import DeckDefinition, Limits, load_definition, load_definitions, seed_paths, select
from quizgen.errors import QuizgenError

ROOT = Path(__file__).resolve().parent.parent


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_definition_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "decks",
        "talk.yaml",
        "name: 'Books :: 访谈'\n"
        "description: Notes on a talk\n"
        "seeds: [../seeds/a.txt, '../seeds/*.md']\n"
        "kinds: [figure, framework]\n"
        "types: cloze\n"
        "limits: {max_items: 40, max_per_kind: {figure: 10}, max_per_section: 5}\n",
    )
    definition = load_definition(path)
    assert definition.name == "Books::访谈"
    assert definition.description == "Notes on a talk"
    assert definition.seeds == ("../seeds/a.txt", "../seeds/*.md")
    assert definition.kinds == ("figure", "framework") and definition.types == ("cloze",)
    assert definition.limits == Limits(max_items=40, per_kind=(("figure", 10),), max_per_section=5)
    assert definition.items_path == tmp_path / "decks" / "talk.items.yaml"
    assert definition.apkg_path == tmp_path / "decks" / "talk.apkg"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: X\nseeds: a.txt\nseed: b.txt\n", "unknown key seed"),
        ("name: X\nseeds: a.txt\nlimits: {max_item: 3}\n", "unknown key limits.max_item"),
        (
            "name: X\nseeds: a.txt\nlimits: {max_per_kind: {figures: 3}}\n",
            "unknown key limits.max_per_kind.figures",
        ),
        ("name: X\nseeds: a.txt\nlimits: {max_items: ten}\n", "limits.max_items: expected a whole number"),
        ("name: X\nseeds: a.txt\nlimits: {max_items: 0}\n", "limits.max_items: expected a whole number"),
        ("name: X\nseeds: a.txt\nkinds: [figure, quote]\n", "kinds: unknown value 'quote'"),
        ("name: X\nseeds: a.txt\ntypes: [flashcard]\n", "types: unknown value 'flashcard'"),
        ("seeds: a.txt\n", "name: missing"),
        ("name: A::::B\nseeds: a.txt\n", "name: 'A::::B' has an empty level"),
        ("name: [X]\nseeds: a.txt\n", "name: expected text"),
        ("name: X\n", "seeds: missing"),
        ("name: X\nseeds: {a: 1}\n", "seeds: expected a file or glob"),
        ("- just\n- a list\n", "expected a mapping"),
        ("name: X\nseeds: [a.txt\n", "invalid YAML"),
        ("name: X\n  seeds: a.txt\n", "line 2: invalid YAML"),
    ],
)
def test_a_bad_definition_is_one_error_naming_the_file_and_the_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(QuizgenError) as exc:
        load_definition(path)
    assert str(exc.value).startswith(f"{path}: ")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_seeds_are_found_relative_to_the_definition_in_pattern_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        write(tmp_path / "seeds", name, "text")
    path = write(
        tmp_path / "decks",
        "d.yaml",
        "name: D\nseeds: ['../seeds/c.md', '../seeds/*.txt', '../seeds/a.txt']\n",
    )
    assert seed_paths(load_definition(path)) == [tmp_path / "seeds" / n for n in ("c.md", "a.txt", "b.txt")]


def test_a_seed_pattern_matching_nothing_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "decks", "d.yaml", "name: D\nseeds: ../seeds/*.md\n")
    with pytest.raises(QuizgenError, match=r"d\.yaml: seeds: '\.\./seeds/\*\.md' matches no file"):
        seed_paths(load_definition(path))


def test_definitions_are_loaded_in_file_order_and_chosen_by_slug_or_name(tmp_path: Path) -> None:
    write(tmp_path, "b.yaml", "name: Bee\nseeds: x\n")
    write(tmp_path, "a.yaml", "name: Ay\nseeds: x\n")
    write(tmp_path, "a.items.yaml", "format: 1\nitems: []\n")  # a build's output, not a definition
    assert [d.name for d in load_definitions(tmp_path)] == ["Ay", "Bee"]
    assert [d.slug for d in load_definitions(tmp_path, ["Bee"])] == ["b"]
    with pytest.raises(QuizgenError, match="no deck definition named zzz"):
        load_definitions(tmp_path, ["zzz"])


def test_the_shipped_definitions_are_valid_and_find_the_sample_seeds() -> None:
    definitions = {d.slug: d for d in load_definitions(ROOT / "decks")}
    assert set(definitions) == {"amodei-interview", "amodei-podcast", "amodei-combined"}
    seeds = {slug: [p.name for p in seed_paths(d)] for slug, d in definitions.items()}
    assert seeds == {
        "amodei-interview": ["amodei-interview.txt"],
        "amodei-podcast": ["amodei-podcast.txt"],
        "amodei-combined": ["amodei-interview.txt", "amodei-podcast.txt"],
    }


def definition(**changes: object) -> DeckDefinition:
    return dataclasses.replace(DeckDefinition(path=Path("d.yaml"), name="D"), **changes)  # type: ignore[arg-type]


def ids(items: list) -> list[str]:  # type: ignore[type-arg]
    return [i.id for i in items]


def test_selection_filters_by_kind_and_type_keeping_order() -> None:
    items = hand_items()
    assert ids(select(items, definition())) == ids(items)
    assert ids(select(items, definition(kinds=("framework",)))) == ["qg-basic-html", "qg-reversed"]
    assert ids(select(items, definition(types=("cloze", "choice")))) == [
        "qg-cloze-one",
        "qg-cloze-two",
        "qg-choice",
    ]


def test_limits_cap_per_section_then_per_kind_then_in_total() -> None:
    # figures: cloze-one, cloze-two, choice; frameworks: basic-html, reversed; person: person
    items = hand_items()
    assert ids(select(items, definition(limits=Limits(max_per_kind=1)))) == [
        "qg-cloze-one",
        "qg-basic-html",
        "qg-person",
    ]
    assert ids(select(items, definition(limits=Limits(max_per_kind=1, per_kind=(("figure", 2),))))) == [
        "qg-cloze-one",
        "qg-cloze-two",
        "qg-basic-html",
        "qg-person",
    ]
    assert ids(select(items, definition(limits=Limits(max_items=2)))) == ["qg-cloze-one", "qg-cloze-two"]
    same_section = [dataclasses.replace(i, source=items[0].source) for i in items]
    assert ids(select(same_section, definition(limits=Limits(max_per_section=2)))) == ids(items[:2])
