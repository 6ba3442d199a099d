"""Speed of the SPC engine: 10,000 series of 100 points.

    python -m bench.spc [--series 10000] [--points 100] [--runs 5]

Each run charts every series with ``trellis.spc.xmr`` (a mix of directions and targets, a
recalculation in one series in ten, shifts, trends and outliers so the rules fire), builds
each chart's ``Point`` objects and reads its icons and summary. The data is made before
timing. Prints the median of the runs, wall-clock and CPU time, and PASS when the wall-clock
median is at most 2 s (this 2-core machine); FAIL exits 1. When the machine is busy (the load
average is printed) wall time rises but CPU time barely moves: compare CPU times then.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: python bench/spc.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trellis.spc import xmr  # noqa: E402

TARGET_SECONDS = 2.0


def make_series(count: int, points: int, seed: int = 2024) -> list[tuple[list[float], dict]]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        level, spread = rng.uniform(20, 80), rng.uniform(1, 10)
        values = [rng.gauss(level, spread) for _ in range(points)]
        kind = k % 4
        if kind == 1:  # a shift part way through
            start = rng.randrange(points)
            values[start:] = [v + 2 * spread for v in values[start:]]
        elif kind == 2:  # a trend
            start = rng.randrange(points - 8)
            for j in range(8):
                values[start + j] = level + j * spread / 2
        elif kind == 3:  # outliers
            for _ in range(3):
                values[rng.randrange(points)] += rng.choice((-5, 5)) * spread
        options = {"direction": ("up", "down", "neither")[k % 3],
                   "target": level + spread if k % 2 else None}
        if k % 10 == 0:
            options["recalculate_at"] = [points // 2]
        out.append((values, options))
    return out


def one_run(series: list[tuple[list[float], dict]], with_points: bool) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for values, options in series:
        chart = xmr(values, **options)
        if with_points:
            chart.points  # noqa: B018 - builds the Point objects
        chart.summary, chart.variation_icon, chart.assurance_icon  # noqa: B018
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=10_000)
    parser.add_argument("--points", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    series = make_series(args.series, args.points)
    print(f"SPC: {args.series:,} series of {args.points} points, median of {args.runs} runs "
          f"(load average {os.getloadavg()[0]:.2f})")
    one_run(series[:100], True)  # warm up
    results = {}
    for label, with_points in (("columns, icons and summary", False),
                               ("with Point objects", True)):
        runs = [one_run(series, with_points) for _ in range(args.runs)]
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        results[label] = wall
        print(f"  {label:<28} wall {wall:6.3f} s   cpu {cpu:6.3f} s")
    total = results["with Point objects"]
    ok = total <= TARGET_SECONDS
    print(f"{'PASS' if ok else 'FAIL'}: {total:.3f} s with Point objects "
          f"(target at most {TARGET_SECONDS:.0f} s)")
    if os.getloadavg()[0] >= (os.cpu_count() or 1):
        print("note: the machine is busy (load average at least the number of cores), so wall "
              "time is inflated; CPU time is the steadier figure")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
