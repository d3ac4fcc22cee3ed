"""Review store at scale: 100,000 items with review history; median time to build a session's
queue and to record an answer.

Run on demand:  python bench/bench_store.py [--items 100000] [--runs 50]
Items are synced through `Store.sync_deck`; their history (SM-2 runs of 1-8 answers over the
past year, computed with `quizgen.schedule.sm2`) is bulk-inserted into the log and the state
table, which is what years of `record_answer` calls would leave. A tenth of the items are new,
placed last in the deck (the slowest case for finding new items). Targets (issue 5): queue under
50 ms, answer under 5 ms (median); issue 14: statistics under 300 ms (median of 7).
`--scheduler fsrs` then switches the deck to FSRS (replaying the whole log through py-fsrs, timed)
and measures the same on FSRS.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.model import Item, Source  # noqa: E402
from quizgen.schedule.days import day_start, study_day  # noqa: E402
from quizgen.schedule.sm2 import NEW, review  # noqa: E402
from quizgen.store import Store  # noqa: E402

TZ = timezone(timedelta(hours=8))
NOW = datetime(2025, 6, 1, 9, 0, tzinfo=TZ)
DECK = "big"


def make_items(n: int) -> list[Item]:
    return [
        Item(
            id=f"{i:012x}",
            deck=DECK,
            kind="figure",
            type="choice" if i % 4 == 0 else "basic",
            question=f"第{i}个问题：营收在二〇二四年达到了多少？",
            answer=f"{i} 亿美元",
            explanation=f"公司营收在二〇二四年达到 {i} 亿美元，同比增长 {i % 90}%。",
            source=Source("talk", f"主题{i % 12}", i % 400 + 1),
            choices=(f"{i} 亿美元", f"{i + 7} 亿美元", f"{i * 2} 亿美元", f"{i + 90} 亿美元")
            if i % 4 == 0
            else (),
        )
        for i in range(n)
    ]


def history(item_id: str, rng: random.Random) -> tuple[list[tuple[object, ...]], tuple[object, ...]]:
    """Log rows and the final state row of one item answered 1-8 times in the past year."""
    when = NOW - timedelta(days=rng.randint(20, 365))
    state, before, rows = NEW, None, []
    for _ in range(rng.randint(1, 8)):
        grade = rng.choice((2, 3, 4, 4, 5, 5))
        after = review(state, grade)
        due = day_start(study_day(when) + timedelta(days=after.interval), TZ)
        after_json = json.dumps(after.to_dict())
        b = before or (None, None, None)
        kind = "new" if before is None else "review"
        ms, day = int(when.timestamp() * 1000), study_day(when).isoformat()
        rows.append(
            (item_id, DECK, "sm2", "bench", ms, day, grade, kind, 4000, *b, after_json, int(due.timestamp()),
             after.interval)
        )  # fmt: skip
        state, before = after, (after_json, int(due.timestamp()), after.interval)
        if due > NOW - timedelta(days=rng.randint(0, 30)):
            break
        when = due + timedelta(hours=rng.randint(1, 12))
    return rows, (item_id, "sm2", DECK, *before)


def populate(store: Store, n: int) -> tuple[float, int]:
    rng = random.Random(5)
    items = make_items(n)
    start = time.perf_counter()
    store.sync_deck(DECK, items, NOW - timedelta(days=400))
    sync_s = time.perf_counter() - start
    logs, states = [], []
    for item in items[: n * 9 // 10]:
        rows, state = history(item.id, rng)
        logs.extend(rows)
        states.append(state)
    conn = store._conn  # bulk history: the benchmark's one reach past the public API
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO reviews (item_id, deck, scheduler, session, time, day, grade, kind, duration_ms, "
        "state_before, due_before, interval_before, state_after, due_after, interval_after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        logs,
    )
    conn.executemany(
        "INSERT INTO states (item_id, scheduler, deck, state, due, interval_days) VALUES (?, ?, ?, ?, ?, ?)",
        states,
    )
    conn.execute("UPDATE items SET reviewed = 1 WHERE id IN (SELECT item_id FROM states)")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return sync_s, len(logs)


def _report(done: int, total: int) -> None:
    print(
        f"\r  replayed {done:,}/{total:,} items",
        end="\n" if done == total else "",
        file=sys.stderr,
        flush=True,
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--scheduler", choices=("sm2", "fsrs"), default="sm2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        sync_s, log_rows = populate(store, args.items)
        print(f"store: {args.items:,} items, {log_rows:,} logged answers ({sync_s:.2f} s to sync the items)")
        if args.scheduler != "sm2":
            start = time.perf_counter()
            store.configure_deck(DECK, scheduler=args.scheduler, now=NOW, progress=_report)
            print(f"switch to {args.scheduler} (replays the log): {time.perf_counter() - start:.1f} s")

        queue_s, size = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            session = store.start_session(DECK, NOW)
            queue_s.append(time.perf_counter() - start)
            size = session.left
        counts_s = []
        for _ in range(max(5, args.runs // 5)):
            start = time.perf_counter()
            store.deck_counts(NOW)
            counts_s.append(time.perf_counter() - start)

        answer_s, preview_s = [], []
        session = store.start_session(DECK, NOW)
        grades = [g.value for g in store.grades(DECK)][::-1]  # SM-2: 5 4 3 2; FSRS: 4 3 2 1
        for n in range(min(args.runs * 4, session.left)):
            item_id = session.current
            assert item_id is not None
            start = time.perf_counter()
            store.preview(item_id, NOW)
            preview_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            session = store.answer(session, grades[n % 4], NOW + timedelta(seconds=n), duration_ms=3000)
            answer_s.append(time.perf_counter() - start)
        stats_s = []
        for _ in range(7):
            start = time.perf_counter()
            stats = store.stats(DECK, NOW)
            stats_s.append(time.perf_counter() - start)

    q, a = median_ms(queue_s), median_ms(answer_s)
    print(f"session queue ({size} items): median {q:.1f} ms over {len(queue_s)} runs (target < 50 ms)")
    print(f"record an answer:        median {a:.2f} ms over {len(answer_s)} answers (target < 5 ms)")
    print(f"grade preview:           median {median_ms(preview_s):.2f} ms")
    print(f"deck counts:             median {median_ms(counts_s):.1f} ms")
    st = median_ms(stats_s)
    print(
        f"stats for the deck:      median {st:.0f} ms ({stats.due_today} due, {stats.mature} mature)"
        " (target < 300 ms)"
    )
    if stats.retrievability is not None:
        print(f"predicted recall now:    {stats.retrievability:.1%} on average")
    ok = q < 50 and a < 5 and st < 300
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
