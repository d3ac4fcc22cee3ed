"""Fit the ranker's logistic model to judged items, and say how well it ranks documents it never saw.

    python ranker/fit.py [ranker/judged.jsonl] [--write] [--drop 0.3] [--floor 0.3] [--kinds K,K] [--l2 10]

Leave one document out: each document's items are scored by a model fitted to the other documents'
items only, and the figures printed are of those held-out scores (acceptance of what a threshold
keeps, against the acceptance of everything). `--write` then fits all rows and writes
`ranker/weights.json`, with the rule the figures are of: drop up to `--drop` of a document's items
of the `--kinds` given (all kinds by default), those with the lowest scores, each only if below the
`--floor` percentile of all held-out scores.
Plain Python (Newton's method on a few dozen features): no numerical library needed.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path

Row = dict[str, object]
HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "weights.json"


def _names(rows: list[Row]) -> list[str]:
    names = sorted({n for r in rows for n in r["x"]})  # type: ignore[attr-defined]
    return ["bias", *(n for n in names if n != "bias")]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting; a is small and well posed)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows: list[Row], names: list[str], l2: float) -> dict[str, float]:
    """Weights on the raw features: L2-penalised logistic regression fitted on standardised
    features (the bias not penalised), then folded back."""
    d = len(names)
    raw = [[float(r["x"].get(n, 0.0)) for n in names] for r in rows]  # type: ignore[attr-defined]
    y = [float(r["label"]) for r in rows]  # type: ignore[arg-type]
    mean = [sum(col) / len(raw) for col in zip(*raw, strict=True)]
    std = [
        math.sqrt(sum((v - mu) ** 2 for v in col) / len(raw)) or 1.0
        for col, mu in zip(zip(*raw, strict=True), mean, strict=True)
    ]
    mean[0], std[0] = 0.0, 1.0
    xs = [[(v - mu) / sd for v, mu, sd in zip(row, mean, std, strict=True)] for row in raw]
    w = [0.0] * d
    for _ in range(25):
        grad = [l2 * w[j] if j else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, t in zip(xs, y, strict=True):
            p = _sigmoid(sum(a * b for a, b in zip(w, x, strict=True)))
            g, h = p - t, p * (1 - p)
            for i in range(d):
                if x[i]:
                    grad[i] += g * x[i]
                    hi, row = h * x[i], hess[i]
                    for j in range(d):
                        if x[j]:
                            row[j] += hi * x[j]
        for i in range(d):
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    out = {n: w[j] / std[j] for j, n in enumerate(names)}
    out["bias"] = w[0] - sum(w[j] * mean[j] / std[j] for j in range(1, d))
    return out


def score(row: Row, weights: dict[str, float]) -> float:
    x: dict[str, float] = row["x"]  # type: ignore[assignment]
    return _sigmoid(sum(weights.get(n, 0.0) * v for n, v in x.items()))


def held_out(rows: list[Row], l2: float) -> list[float]:
    """Each row's score from a model that never saw its document."""
    names = _names(rows)
    by_group: dict[object, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_group[r["group"]].append(i)
    scores = [0.0] * len(rows)
    for members in by_group.values():
        inside = set(members)
        weights = fit([r for i, r in enumerate(rows) if i not in inside], names, l2)
        for i in members:
            scores[i] = score(rows[i], weights)
    return scores


def dropped(chances: list[float], threshold: float, drop_share: float) -> set[int]:
    """The positions of the chances to drop: the lowest `drop_share` of them (rounded down, so a
    short document loses nothing), each only if it is below `threshold`. Relative to its document
    as well as absolute: a document unlike the judged ones (a transcript, sparse notes) has its
    every chance lower, and an absolute threshold alone would empty it."""
    lowest = sorted(range(len(chances)), key=lambda i: (chances[i], i))[
        : math.floor(drop_share * len(chances))
    ]
    return {i for i in lowest if chances[i] < threshold}


def percentile(scores: list[float], share: float) -> float:
    ordered = sorted(scores)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def kept_by_the_rule(
    rows: list[Row],
    scores: list[float],
    threshold: float,
    drop_share: float,
    kinds: frozenset[str] = frozenset(),
) -> list[int]:
    """The labels of the rows the rule keeps (`dropped`, per document, among the `kinds` if given)."""
    by_group: dict[object, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if not kinds or any(r["x"].get(f"kind={k}") for k in kinds):  # type: ignore[attr-defined]
            by_group[r["group"]].append(i)
    gone: set[int] = set()
    for members in by_group.values():
        gone.update(members[n] for n in dropped([scores[i] for i in members], threshold, drop_share))
    return [int(r["label"]) for i, r in enumerate(rows) if i not in gone]  # type: ignore[call-overload]


def auc(labels: list[int], scores: list[float]) -> float:
    """The chance that a kept item scores above a rejected one (ties count half)."""
    kept = [s for s, y in zip(scores, labels, strict=True) if y]
    rejected = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((a > b) + 0.5 * (a == b) for a in kept for b in rejected)
    return wins / max(1, len(kept) * len(rejected))


def report(
    rows: list[Row], scores: list[float], floor: float, drop_share: float, kinds: frozenset[str] = frozenset()
) -> float:
    """Print the held-out figures; return the threshold (the `floor` percentile of held-out scores)."""
    labels = [int(r["label"]) for r in rows]  # type: ignore[call-overload]
    print(f"{len(rows)} judged items of {len({r['group'] for r in rows})} documents")
    print(f"all: {sum(labels)}/{len(labels)} = {sum(labels) / len(labels):.1%} accepted")
    print(f"held-out AUC {auc(labels, scores):.3f}")
    threshold = percentile(scores, floor)
    which = "/".join(sorted(kinds)) or "all"
    for share in sorted({0.1, 0.2, 0.3, 0.4, 0.5, drop_share}):
        kept = kept_by_the_rule(rows, scores, threshold, share, kinds)
        mark = "  <- the rule asked for" if share == drop_share else ""
        print(
            f"drop up to {share:.0%} of {which} items per document below {threshold:.3f}: "
            f"{sum(kept)}/{len(kept)} = "
            f"{sum(kept) / len(kept):.1%} accepted, {len(kept) / len(rows):.0%} of items kept{mark}"
        )
    return threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=HERE / "judged.jsonl")
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--floor", type=float, default=0.3, help="threshold: this percentile of held-out scores"
    )
    parser.add_argument("--drop", type=float, default=0.3, help="the most of a document's items dropped")
    parser.add_argument("--kinds", default="", help="the kinds of item the rule may drop (all by default)")
    parser.add_argument("--l2", type=float, default=10.0)
    args = parser.parse_args()
    rows: list[Row] = [json.loads(line) for line in args.data.read_text("utf-8").splitlines() if line.strip()]
    scores = held_out(rows, args.l2)
    kinds = frozenset(k for k in args.kinds.split(",") if k)
    threshold = report(rows, scores, args.floor, args.drop, kinds)
    if args.write:
        weights = fit(rows, _names(rows), args.l2)
        model = {
            "weights": {k: round(v, 6) for k, v in weights.items()},
            "threshold": round(threshold, 6),
            "drop_share": args.drop,
            "kinds": sorted(kinds),
        }
        WEIGHTS.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.name}: {len(weights)} weights, threshold {threshold:.3f}")


if __name__ == "__main__":
    main()
