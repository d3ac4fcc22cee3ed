"""Generator time against plain jieba.lcut on ONE large document, whole process each, and peak memory.

Run on demand:
  python bench/bench_generate.py [--chars 1000000]      one Chinese document of that size
  python bench/bench_generate.py --doubling             100k, 200k, 400k, 800k characters, Chinese and English
  python bench/bench_generate.py --paragraph 76000      the seeds' prose as one block (no blank line)

The Chinese document is varied copies of the sample seeds joined into one file (numbers perturbed,
blocks shuffled); the English one is built from sentence templates (`largedoc.py`). Each figure is
a fresh process (`quizgen generate FILE --format json`, and `python -c "jieba.lcut(...)"` on the same
file with the same dictionary cache), so start-up, imports and the dictionary count on both sides
and no cache carries over between runs. Targets (issues 14 and 16): generate <= 3x jieba.lcut on
1,000,000 Chinese characters and on a 76,000-character paragraph, peak memory < 300 MB, each
doubling from 400k to 800k characters <= 2.2x the time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from largedoc import en_document, one_paragraph, zh_document  # noqa: E402

LCUT = """
import sys, warnings, logging
warnings.simplefilter("ignore")
import jieba
from platformdirs import user_cache_dir
jieba.setLogLevel(logging.ERROR)
jieba.dt.tmp_dir = user_cache_dir("quizgen")
jieba.lcut(open(sys.argv[1], encoding="utf-8").read())
"""


def run(argv: list[str]) -> tuple[float, float, float]:
    """Wall time (s), CPU time (s, user + system: what other work on a busy machine inflates
    least) and peak memory (MB) of one process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        assert child.stderr is not None
        raise SystemExit(f"{' '.join(argv)} failed: {child.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


Figures = tuple[float, float, float, float, float]


REPEAT = 1  # runs of each process, taken in turn; the fastest counts (noise only slows)


def measure(text: str, name: str) -> Figures:
    """(generate s, jieba.lcut s, generate CPU s, jieba.lcut CPU s, generate peak MB), each a
    whole process on `text` written to a file, the best of REPEAT runs."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        run([sys.executable, "-c", LCUT, str(path)])  # the dictionary cache exists before timing
        generate = [sys.executable, "-m", "quizgen", "generate", str(path), "--format", "json"]
        lcuts, gens = [], []
        for _ in range(REPEAT):
            lcuts.append(run([sys.executable, "-c", LCUT, str(path)]))
            gens.append(run(generate))
    return (
        min(g[0] for g in gens),
        min(c[0] for c in lcuts),
        min(g[1] for g in gens),
        min(c[1] for c in lcuts),
        max(g[2] for g in gens),
    )


def report(label: str, figures: Figures) -> None:
    gen_s, lcut_s, gen_cpu, lcut_cpu, peak_mb = figures
    print(f"{label} (wall / CPU)")
    print(f"  jieba.lcut, whole process: {lcut_s:7.2f} s / {lcut_cpu:.2f} s")
    print(f"  quizgen generate:          {gen_s:7.2f} s / {gen_cpu:.2f} s")
    print(f"  ratio:                     {gen_s / lcut_s:7.2f}x / {gen_cpu / lcut_cpu:.2f}x (target <= 3)")
    print(f"  peak memory (max RSS):     {peak_mb:7.0f} MB  (target < 300)")


def doubling(sizes: list[int]) -> None:
    makers: list[tuple[str, Callable[[int], str], str]] = [
        ("zh", zh_document, "book.txt"),
        ("en", en_document, "book.md"),
    ]
    head = (
        "lang",
        "chars",
        "gen s",
        "lcut s",
        "ratio",
        "x prev",
        "gen cpu",
        "lcut cpu",
        "ratio",
        "x prev",
        "MB",
    )
    print("".join(f"{h:>9}" for h in head))
    for lang, make, name in makers:
        previous: tuple[float, float] | None = None
        for size in sizes:
            gen_s, lcut_s, gen_cpu, lcut_cpu, peak_mb = measure(make(size), name)
            steps = [
                f"{now / then:9.2f}" if previous else " " * 9
                for now, then in zip((gen_s, gen_cpu), previous or (1, 1), strict=True)
            ]
            print(
                f"{lang:>9}{size:>9,}{gen_s:>9.2f}{lcut_s:>9.2f}{gen_s / lcut_s:>9.2f}{steps[0]}"
                f"{gen_cpu:>9.2f}{lcut_cpu:>9.2f}{gen_cpu / lcut_cpu:>9.2f}{steps[1]}{peak_mb:>9.0f}"
            )
            previous = (gen_s, gen_cpu)
    print("targets: x prev <= 2.2 from 400k to 800k; ratio <= 3 (Chinese)")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=1_000_000, help="size of the one document")
    parser.add_argument("--doubling", action="store_true", help="the 100k..800k series, Chinese and English")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000, 800_000])
    parser.add_argument("--paragraph", type=int, help="one block of this many characters")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each process; the fastest counts")
    args = parser.parse_args()
    global REPEAT
    REPEAT = args.repeat
    if args.doubling:
        doubling(args.sizes)
    elif args.paragraph:
        report(
            f"one paragraph, {args.paragraph:,} characters", measure(one_paragraph(args.paragraph), "p.txt")
        )
    else:
        report(
            f"one Chinese document, {args.chars:,} characters", measure(zh_document(args.chars), "book.txt")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
