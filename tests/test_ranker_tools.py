"""The ranker's tools (ranker/): what they read of a draft (features, never words), the rule by
which a ranker would drop drafts, the fit, and the judged rows they make without any text."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quizgen.generate import generate
from quizgen.generate.draft import Draft
from quizgen.generate.salience import Emphasis
from quizgen.ingest import parse_text
from quizgen.model import Source

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str) -> ModuleType:
    """A script of ranker/, loaded as it runs there (its siblings importable by name)."""
    spec = importlib.util.spec_from_file_location(f"ranker_{name}", ROOT / "ranker" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "ranker"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "ranker"))
    return module


def _draft(question: str, answer: str, line: int, kind: str = "claim") -> Draft:
    cloze = question.replace("[…]", "{{c1::" + answer + "}}")
    return Draft(
        kind,
        "cloze",
        f"{kind}|{line}",
        question,
        answer,
        question,
        Source("d", "S", line),
        f"f{line}",
        1.0,
        cloze,
    )


@pytest.mark.parametrize(
    ("chances", "threshold", "share", "gone"),
    [
        ([0.9, 0.1, 0.8, 0.2, 0.7, 0.6, 0.5, 0.95, 0.85, 0.3], 0.5, 0.3, {1, 3, 9}),  # the lowest three
        ([0.9, 0.1, 0.8, 0.2, 0.7, 0.6, 0.5, 0.95, 0.85, 0.3], 0.25, 0.3, {1, 3}),  # 0.3 is not below
        ([0.9, 0.1, 0.8, 0.2, 0.7, 0.6, 0.5, 0.95, 0.85, 0.3], 0.5, 0.1, {1}),  # one tenth of ten
        ([0.1, 0.1, 0.1], 0.5, 0.3, set()),  # three drafts: 0.9 rounds down, a short document loses nothing
        ([], 0.5, 0.3, set()),
    ],
)
def test_the_rule_drops_only_the_lowest_share_and_only_below_the_threshold(
    chances, threshold, share, gone
) -> None:
    assert _script("fit").dropped(chances, threshold, share) == gone


def test_a_draft_is_read_as_features_never_as_its_words() -> None:
    """No word of a draft becomes a feature: a model over them would hold the judged documents' text."""
    stems = [
        ("The Quillon valve was patented in […] by Mara Oduya.", "1887", "figure"),
        ("我觉得奥杜雅阀门的关键是[…]。", "双层密封", "claim"),
        ("What is the Tessaly loop?", "a three-step cycle of asking, trying and keeping", "framework"),
    ]
    fixed = re.compile(r"^(?:kind|type|figure|answer_pos)=[a-z]+$|^[a-z_]+$")
    doc = parse_text("# T\n\n" + "\n\n".join(q for q, _, _ in stems) + "\n", name="d")
    emphasis = Emphasis.of(doc)
    features = _script("features")
    for question, answer, kind in stems:
        names = features.features(_draft(question, answer, 3, kind), emphasis, features.Context(10, 5.0))
        assert all(fixed.match(n) for n in names), names
        assert not any(w in n for n in names for w in ("quillon", "oduya", "tessaly", "奥杜雅"))


def test_fit_learns_a_feature_that_decides_and_ranks_unseen_documents_by_it() -> None:
    fit = _script("fit")
    rows = [
        {
            "group": f"g{n % 6}",
            "label": int(n % 3 != 0),
            "x": {"bias": 1.0, "good": float(n % 3 != 0), "noise": (n * 7 % 5) / 5},
        }
        for n in range(60)
    ]
    weights = fit.fit(rows, fit._names(rows), 1.0)
    assert weights["good"] > 2 and abs(weights["noise"]) < weights["good"] / 4
    scores = fit.held_out(rows, 1.0)
    assert fit.auc([r["label"] for r in rows], scores) == 1.0
    assert fit.auc([1, 0, 1, 0], [0.2, 0.8, 0.2, 0.8]) == 0.0


def test_collect_matches_judged_items_to_drafts_and_keeps_no_text(tmp_path: Path) -> None:
    collect = _script("collect")
    docs, judged = tmp_path / "docs", tmp_path / "judge"
    docs.mkdir()
    judged.mkdir()
    text = (
        "# Kiln notes\n\n## Output\n\nThe Harwick works fired 40% more bricks in 1903 than in 1899.\n\n"
        "**Slow cooling** means letting a kiln cool over three days to stop cracks.\n\n"
        "Edda Marsh, the works manager, brought in slow cooling in 1901.\n"
    )
    (docs / "kiln.md").write_text(text, encoding="utf-8")
    items = [i.to_dict() for i in generate([parse_text(text, name="kiln")], "quizgen")]
    assert len(items) >= 2
    (judged / "kiln.md.sample.json").write_text(json.dumps(items), encoding="utf-8")
    verdicts = [
        {"i": n + 1, "verdict": "accept" if n % 2 else "reject", "reason": ""} for n in range(len(items))
    ]
    (judged / "kiln.md.verdicts.jsonl").write_text("\n".join(map(json.dumps, verdicts)), encoding="utf-8")
    rows, gone = collect.rows_for(judged / "kiln.md.verdicts.jsonl", [docs])
    assert gone == 0 and len(rows) == len(items)
    assert sorted(r["label"] for r in rows) == sorted(n % 2 for n in range(len(items)))
    dumped = json.dumps(rows)
    assert not any(w in dumped for w in ("Harwick", "Kiln", "kiln", "Edda", "cool"))
