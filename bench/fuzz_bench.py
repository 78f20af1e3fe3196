"""Fuzz the extraction engine for a long run: hostile inputs made from the real set and the labelled fixtures.

usage: .venv/bin/python bench/fuzz_bench.py [--count 100000] [--seed 0] [--size 200000] [--minutes 0] [--patterns]

Prints how many inputs were tried, how many the engine refused with a readable reason (a damaged file),
its own failures by kind (uncaught errors, time limits) with the first examples, and the slowest inputs.
The inputs are those of tests/extraction/test_fuzz.py, from the same generator, more and larger.
With --patterns it times every compiled pattern of the parser alone on long runs of one kind of character
and names those whose time grows faster than linearly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import islice, takewhile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.extraction.fuzzing import hostile_inputs, load_seeds, run, slower_than_linear  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="how many inputs to try")
    parser.add_argument("--seed", type=int, default=0, help="where the seeded sequence of inputs starts")
    parser.add_argument("--size", type=int, default=200_000, help="length of the pathological texts")
    parser.add_argument("--minutes", type=float, default=0, help="stop after this long (0: no limit)")
    parser.add_argument("--patterns", action="store_true", help="time each parser pattern alone instead")
    options = parser.parse_args()
    if options.patterns:
        slow = list(slower_than_linear(300, factor=8))
        print("\n".join(slow) or "no pattern grows faster than linearly")
        return 1 if slow else 0
    seeds = load_seeds()
    inputs = hostile_inputs(seeds, options.count, options.seed, options.size)
    if options.minutes:
        deadline = time.monotonic() + 60 * options.minutes
        inputs = takewhile(lambda _: time.monotonic() < deadline, inputs)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="motebok-fuzz-") as folder:
        outcome = run(inputs, Path(folder))
    elapsed = time.perf_counter() - started
    print(f"seeds: {len(seeds)} documents; pathological size {options.size} characters")
    print(f"tried: {outcome.tried} inputs in {elapsed:.1f} s ({outcome.tried / elapsed:.0f}/s)")
    print(f"refused with a reason (damaged files): {outcome.refused}")
    print(f"engine failures: {len(outcome.failures)}")
    for kind, count in outcome.kinds.most_common():
        print(f"  {count:6d}  {kind}")
    for how, error in islice(outcome.failures, 20):
        print(f"  {how}: {error}")
    print("slowest:")
    for seconds, how, size in outcome.slowest:
        print(f"  {seconds:7.3f} s  {size:9d} bytes  {how}")
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
