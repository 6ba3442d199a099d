"""Server time and SQL query count for a measure page with five years of weekly data.

    python -m bench.measure [--runs 30] [--warmups 3]

A weekly measure with 260 points (five years), a target, two recalculation points and a
dozen plan events on the chart, and a small measure of 8 points for comparing query
counts. Measures the measure page (SVG chart, icons and the 260-row table), the
project's monitoring page with 30 such measures (7,800 points, each chart worked out
afresh), and the chart's PNG download. Targets: a constant number of queries, medians
of at most 100 ms for the measure page, 200 ms for the monitoring page and 1 s for the
PNG. Exits 1 when one is missed. "cpu ms" is the process time, steadier than the clock
on a busy machine.
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.pages import Org, client_for, configure, measure

MAX_MEDIAN_MS = 100.0
MAX_INDEX_MS = 200.0
MAX_PNG_MS = 1000.0
WEEKS = 260
FIRST_WEEK = date(2021, 1, 4)  # a Monday


def weekly_values(n: int, seed: int) -> list[tuple[float, float]]:
    """(numerator, denominator) per week: a steady process with a step up after a change,
    and a dip near the end, so the chart has every kind of point."""
    out = []
    for i in range(n):
        wobble = math.sin(i * 1.7 + seed) * 4 + math.cos(i * 0.9) * 3
        level = 24 if i < 120 else 30
        if n - 10 <= i < n - 4:
            level = 20
        denominator = 40 + (i * 7 + seed) % 9
        numerator = max(0, min(denominator, round(level + wobble)))
        out.append((float(numerator), float(denominator)))
    return out


def build(org, editor, name: str, weeks: int, seed: int, *, events: bool):
    from django.db import transaction

    from trellis.adaptations.models import Adaptation
    from trellis.monitoring.models import DataPoint, Measure, Recalculation
    from trellis.projects.models import Project

    with transaction.atomic():
        project = Project.objects.create(organisation=org, title=f"{name} project",
                                         phase="deliver", created_by=editor)
        measures = []
        for k in range(30 if events else 1):
            item = Measure.objects.create(
                project=project, name=f"{name} {k:02d}", kind="proportion", unit="%",
                direction="up", target=65.0, frequency="weekly", chart_type="xmr",
                created_by=editor)
            DataPoint.objects.bulk_create([
                DataPoint(measure=item, period=FIRST_WEEK + timedelta(weeks=i),
                          value=a / b, numerator=a, denominator=b, entered_by=editor)
                for i, (a, b) in enumerate(weekly_values(weeks, seed + k))])
            if weeks > 150:
                Recalculation.objects.bulk_create([
                    Recalculation(measure=item, period=FIRST_WEEK + timedelta(weeks=120),
                                  reason="Second co-ordinator started"),
                    Recalculation(measure=item, period=FIRST_WEEK + timedelta(weeks=200),
                                  reason="New referral form")])
            measures.append(item)
        if events:
            Adaptation.objects.bulk_create([
                Adaptation(project=project, what_changed=f"Change {i}: evening conferences",
                           planned="planned", decided_by="Service lead", goal="Attendance",
                           reason="Work hours", decided_on=FIRST_WEEK + timedelta(weeks=20 * i))
                for i in range(12)])
    return project, measures[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    args = parser.parse_args(argv)
    if args.runs < 20:
        parser.error("--runs must be at least 20")
    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-measure-"))
    try:
        configure(tmp)
        from trellis.organisations.models import Membership, Organisation, Role, User

        org = Organisation.objects.create(name="Measureshire")
        editor = User.objects.create(email="editor@measureshire.example", name="Eddie Editor",
                                     password="!")
        Membership.objects.create(user=editor, organisation=org, role=Role.EDITOR)
        large, big = build(org, editor, "Converted", WEEKS, 1, events=True)
        small, little = build(org, editor, "Small", 8, 2, events=False)
        who = Org("Measureshire", org, editor, 2, 2, large.pk)
        client = client_for(who)
        print(f"Measure page: {WEEKS} weekly points, 2 recalculations, 12 plan events; "
              f"monitoring page: 30 such measures. Small: 1 measure of 8 points. "
              f"{args.runs} timed runs after {args.warmups} warm-ups.\n")
        print(f"{'page':<28} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>8} {'queries':>8} "
              f"{'small q':>8}")
        checks = [
            ("measure page", f"/projects/{large.pk}/monitoring/{big.pk}/",
             f"/projects/{small.pk}/monitoring/{little.pk}/", "Process limits", MAX_MEDIAN_MS),
            ("monitoring page", f"/projects/{large.pk}/monitoring/",
             f"/projects/{small.pk}/monitoring/", "How to read the icons", MAX_INDEX_MS),
        ]
        failures, verdicts = 0, []
        for name, url, small_url, expect, target in checks:
            result = measure(client, who, name, url, expect, runs=args.runs,
                             warmups=args.warmups)
            tiny = measure(client, who, name, small_url, "", runs=1, warmups=args.warmups)
            print(f"{name:<28} {result.median:>10.1f} {result.p95:>8.1f} "
                  f"{statistics.median(result.cpu_ms):>8.1f} {result.query_count:>8} "
                  f"{tiny.query_count:>8}")
            verdicts += [
                (result.query_count == tiny.query_count,
                 f"{name}: queries do not grow ({tiny.query_count} small, "
                 f"{result.query_count} large)"),
                (result.median <= target,
                 f"{name}: median {result.median:.1f} ms (target <= {target:.0f} ms)"),
            ]
        png = measure(client, who, "PNG", f"/projects/{large.pk}/monitoring/{big.pk}/chart.png",
                      "", runs=max(5, args.runs // 3), warmups=1)
        print(f"{'chart as PNG':<28} {png.median:>10.1f} {png.p95:>8.1f} "
              f"{statistics.median(png.cpu_ms):>8.1f} {png.query_count:>8}")
        verdicts.append((png.median <= MAX_PNG_MS,
                         f"PNG download: median {png.median:.0f} ms (target <= 1000 ms)"))
        print()
        for ok, text in verdicts:
            failures += not ok
            print(f"{'PASS' if ok else 'FAIL'}  {text}")
        print(f"\n{'FAIL' if failures else 'PASS'}: {failures} target(s) missed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
