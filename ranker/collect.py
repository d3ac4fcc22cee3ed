"""Turn the blind judge's verdicts into the ranker's training rows: features and label, no text.

    python ranker/collect.py OUT.jsonl JUDGE_DIR... --docs DOC_DIR...

Each judge directory holds, per document, `<doc>.sample.json` (the items drawn) and
`<doc>.verdicts.jsonl` (one verdict per item, `i` counting from 1). The document is found by its
file name in the `--docs` directories and generated again; a judged item is matched to the draft
that makes it now by its id (an item the generator no longer makes has nothing to learn from and
is counted as gone). A row names its document only by a hash, so the data holds no text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from features import context, features  # ranker/features.py, beside this script

from quizgen.extract.people import person_forms
from quizgen.generate import drafts_for
from quizgen.generate.draft import item_id
from quizgen.generate.quality import candidates
from quizgen.generate.salience import Emphasis
from quizgen.ingest import read_document


def _find(name: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        hits = sorted(d.rglob(name))
        if hits:
            return hits[0]
    return None


def rows_for(judged: Path, doc_dirs: list[Path]) -> tuple[list[dict[str, object]], int]:
    name = judged.name.removesuffix(".verdicts.jsonl")
    sample = json.loads(judged.with_name(f"{name}.sample.json").read_text("utf-8"))
    verdicts = [json.loads(line) for line in judged.read_text("utf-8").splitlines() if line.strip()]
    path = _find(name, doc_dirs)
    if path is None:
        raise SystemExit(f"collect: no document named {name} under {', '.join(map(str, doc_dirs))}")
    doc = read_document(path)
    emphasis = Emphasis.of(doc)
    one_each = candidates(drafts_for(doc), {doc.name: person_forms(doc)}, {doc.name: emphasis})[doc.name]
    where = context(one_each, emphasis)
    label = {sample[v["i"] - 1]["id"]: int(v["verdict"] == "accept") for v in verdicts}
    reason = {sample[v["i"] - 1]["id"]: v.get("reason", "") for v in verdicts}
    deck = sample[0]["deck"] if sample else "quizgen"
    group = hashlib.sha1(name.encode()).hexdigest()[:10]
    rows: list[dict[str, object]] = []
    for draft in one_each:
        key = item_id(deck, draft.kind, draft.type, draft.anchor)
        if key in label:
            feats = features(draft, emphasis, where)
            rows.append({"group": group, "label": label.pop(key), "reason": reason[key], "x": feats})
    return rows, len(label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("judged", nargs="+", type=Path)
    parser.add_argument("--docs", nargs="+", type=Path, required=True)
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    gone = 0
    for folder in args.judged:
        for judged in sorted(folder.glob("*.verdicts.jsonl")):
            got, missing = rows_for(judged, args.docs)
            rows.extend(got)
            gone += missing
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, sort_keys=True) + "\n")
    print(
        f"{len(rows)} judged items of {len({r['group'] for r in rows})} documents; {gone} no longer made",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
