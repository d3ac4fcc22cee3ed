"""Export throughput: 20,000 items to an .apkg through quizgen against plain genanki writing
the same notes (same fields, tags, GUIDs and note types), printed side by side.

Run on demand:  python bench/bench_export.py [--items 20000] [--repeat 5]
quizgen's time includes turning items into notes (escaping, validation, tags); genanki's
starts from the finished field strings. Target (issue 4): quizgen within 1.3x of genanki.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.export.apkg import write_apkg  # noqa: E402
from quizgen.export.notes import AnkiNote, note_for  # noqa: E402
from quizgen.model import Item, Source  # noqa: E402

DECK = "Bench::Export"


def make_items(count: int) -> list[Item]:
    """Varied items: clozes with one and two deletions, choices, basic and reversed questions."""
    items = []
    for n in range(count):
        source = Source(f"doc-{n % 7}", f"主题{n % 13}：商业模式与定价 & <策略>", n % 300 + 1)
        common = {
            "id": f"qg-{n:016x}",
            "deck": DECK,
            "source": source,
            "explanation": f"第 {n} 条：收入约占 {n % 90}%。",
        }
        tags = ("quizgen::kind::figure", f"quizgen::doc::doc-{n % 7}")
        kind = n % 4
        if kind == 0:
            cloze = f"Anthropic 的收入约 {{{{c1::{n % 90}%}}}} 来自 API，{{{{c2::{n % 12} 个月}}}}内翻倍。"
            items.append(
                Item(
                    kind="figure",
                    type="cloze",
                    question="收入约 […] 来自 API，[…]内翻倍。",
                    answer=f"{n % 90}%",
                    cloze=cloze,
                    tags=tags,
                    **common,
                )
            )
        elif kind == 1:
            choices = tuple(f"约 {n % 50 + k} 亿美元" for k in range(4))
            items.append(
                Item(
                    kind="figure",
                    type="choice",
                    question=f"第 {n} 轮融资筹集了多少？",
                    answer=choices[n % 4],
                    choices=choices,
                    tags=tags,
                    **common,
                )
            )
        elif kind == 2:
            items.append(
                Item(
                    kind="framework",
                    type="basic",
                    question=f"什么是“人才密度 {n}”？",
                    answer="顶尖人才的聚集与协作能力 <高> & 使命认同",
                    tags=tags,
                    **common,
                )
            )
        else:
            items.append(
                Item(
                    kind="framework",
                    type="reversed",
                    question=f"哪个概念是指：第 {n} 种正和竞争？",
                    answer=f"正和竞争 {n}",
                    tags=tags,
                    **common,
                )
            )
    return items


def quizgen_export(items: list[Item], path: Path) -> None:
    write_apkg(path, DECK, [note_for(item, mod=1_700_000_000 + i) for i, item in enumerate(items)])


def genanki_export(notes: list[AnkiNote], path: Path) -> None:
    import genanki

    from quizgen.export.notetypes import css

    models = {
        note.note_type.id: genanki.Model(
            note.note_type.id,
            note.note_type.name,
            fields=[{"name": f} for f in note.note_type.fields],
            templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note.note_type.templates],
            css=css(),
            model_type=genanki.Model.CLOZE if note.note_type.kind == "cloze" else genanki.Model.FRONT_BACK,
        )
        for note in notes
    }
    deck = genanki.Deck(1_234_567_890, DECK)
    for note in notes:
        deck.add_note(
            genanki.Note(
                model=models[note.note_type.id], fields=list(note.fields), tags=note.tags, guid=note.guid
            )
        )
    genanki.Package(deck).write_to_file(str(path))


def timed(run: Callable[[], None]) -> float:
    """CPU seconds of this process: steadier than wall time on a machine shared with other jobs."""
    start = time.process_time()
    run()
    return time.process_time() - start


def best_of(repeat: int, *runs: Callable[[], None]) -> list[float]:
    """The best time of each run, taking turns so that a busy spell hits both alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            best[index] = min(best[index], timed(run))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    items = make_items(args.items)
    notes = [note_for(item) for item in items]  # genanki gets these for free: not timed
    gc.collect()
    gc.freeze()  # the inputs are nobody's work: keep them out of either side's garbage collections
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = best_of(
            args.repeat,
            lambda: quizgen_export(items, Path(tmp) / "quizgen.apkg"),
            lambda: genanki_export(notes, Path(tmp) / "genanki.apkg"),
        )
        sizes = [(Path(tmp) / f"{n}.apkg").stat().st_size for n in ("quizgen", "genanki")]
    cards = sum(n.cards for n in notes)
    print(f"{args.items} items, {cards} cards, best of {args.repeat} (CPU seconds)")
    print(f"{'':10} {'seconds':>8} {'items/s':>9} {'bytes':>10}")
    print(f"{'quizgen':10} {ours:8.2f} {args.items / ours:9.0f} {sizes[0]:10}")
    print(f"{'genanki':10} {theirs:8.2f} {args.items / theirs:9.0f} {sizes[1]:10}")
    print(f"ratio quizgen/genanki: {ours / theirs:.2f}x (target <= 1.30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
