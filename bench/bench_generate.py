"""Generator throughput against plain jieba.lcut on ~1 MB of Chinese text, and peak memory.

Run on demand:  python bench/bench_generate.py [--mb 1.0]
The corpus is built from varied copies of the sample seeds (numbers perturbed, sections
shuffled), so the generator sees many distinct documents rather than one text repeated.
Target (issue 3): generator at no worse than a third of jieba.lcut's chars/s, under 300 MB peak.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def varied_copies(target_chars: int, seed: int = 7) -> list[tuple[str, str]]:
    """(name, text) documents whose total size reaches target_chars."""
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs: list[tuple[str, str]] = []
    total = 0
    while total < target_chars:
        text = samples[len(docs) % len(samples)]
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), text)
        blocks = text.split("\n\n")
        head, body = blocks[:2], blocks[2:]
        rng.shuffle(body)
        text = "\n\n".join(head + body)
        docs.append((f"copy{len(docs):04d}", text))
        total += len(text)
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in millions of characters")
    args = parser.parse_args()
    docs = varied_copies(int(args.mb * 1_000_000))
    chars = sum(len(t) for _, t in docs)

    from quizgen.extract.text import _jieba

    jieba = _jieba()
    jieba.lcut("预热")  # load the dictionary outside the timings
    start = time.perf_counter()
    for _, text in docs:
        jieba.lcut(text)
    lcut_s = time.perf_counter() - start

    from quizgen.generate import generate
    from quizgen.ingest import parse_text

    start = time.perf_counter()
    items = 0
    for name, text in docs:
        items += len(generate([parse_text(text, name)], deck="bench"))
    gen_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {len(docs)} documents, {chars:,} characters")
    print(f"jieba.lcut:  {chars / lcut_s:>12,.0f} chars/s  ({lcut_s:.2f} s)")
    print(f"generator:   {chars / gen_s:>12,.0f} chars/s  ({gen_s:.2f} s, {items:,} items)")
    print(f"ratio generator/jieba: {lcut_s / gen_s:.2f}  (target >= 0.33)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB  (target < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
