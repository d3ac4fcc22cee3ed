"""Review app start-up: from a fresh Python process to the first card on screen, with 50,000 items
in the store (target, issue 6: under half a second).

Run on demand:  python bench/bench_tui_startup.py [--items 50000] [--runs 5]
The store gets `--items` items through `Store.sync_deck` and a past for 2,000 of them (answered
a week ago through `Store.record_answer`, so they are due now). Each run is a new process that
imports the app, opens the store, and runs it headless at 80x24 (`App.run_test`) until the review
screen shows its first card; the figures are the medians of importing Textual, of importing the
store and the app on top, of the app from its creation to the first card, and of the whole (the
interpreter's own start-up not included), the last also as CPU time, which other processes on a
busy machine inflate less than wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TZ = timezone(timedelta(hours=8))
NOW = datetime(2025, 6, 1, 9, 0, tzinfo=TZ)
DECK = "big"
SEEN = 2_000

# One measured start-up, in a process of its own.
CHILD = """
import asyncio, json, sys, time
started, cpu_started = time.perf_counter(), time.process_time()
import textual.app
textual_loaded = time.perf_counter()
from quizgen.store import Store
from quizgen.tui.app import create_app
from quizgen.tui.screens.review import ReviewScreen
imported = time.perf_counter()
from datetime import datetime

async def first_card() -> float:
    store = Store.open(sys.argv[1], create=False)
    app = create_app(store, now=datetime.fromisoformat(sys.argv[2]), deck=sys.argv[3])
    async with app.run_test(size=(80, 24)) as pilot:
        while not (isinstance(app.screen, ReviewScreen) and app.screen.study.card is not None
                   and str(app.screen.query_one("#card-question").render())):
            await asyncio.sleep(0.001)
        shown, cpu_shown = time.perf_counter(), time.process_time()
        assert "营收" in str(app.screen.query_one("#card-question").render())
    store.close()
    return shown, cpu_shown

shown, cpu_shown = asyncio.run(first_card())
print(json.dumps({"textual": textual_loaded - started, "import": imported - textual_loaded,
                  "app": shown - imported, "total": shown - started, "cpu": cpu_shown - cpu_started}))
"""


def build_store(path: Path, count: int) -> None:
    from bench_store import make_items  # the store benchmark's items: the same shapes in both

    from quizgen.store import Store

    items = make_items(count)
    with Store.open(path) as store:
        store.sync_deck(DECK, items, NOW - timedelta(days=30))
        week_ago = NOW - timedelta(days=7)
        for i in range(0, count, max(1, count // SEEN))[:SEEN]:
            store.record_answer(items[i].id, 4, week_ago)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "quizgen.db"
        began = time.perf_counter()
        build_store(db, args.items)
        print(f"store: {args.items:,} items, {SEEN:,} due, built in {time.perf_counter() - began:.1f} s")
        runs = []
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(db), NOW.isoformat(), DECK],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            runs.append(json.loads(out.stdout))
    rows = (
        ("textual", "import Textual"),
        ("import", "import the store and the app"),
        ("app", "app created -> first card"),
        ("total", "total"),
    )
    for key, label in (*rows, ("cpu", "total, CPU time")):
        values = [run[key] * 1000 for run in runs]
        spread = f"(min {min(values):.0f}, max {max(values):.0f})"
        print(f"{label:<28} median {statistics.median(values):6.0f} ms   {spread}")


if __name__ == "__main__":
    main()
