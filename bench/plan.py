"""Server time and SQL query count for a big implementation plan.

    python -m bench.plan [--runs 30] [--warmups 3]

A plan with 40 core components, 150 strategies, 300 barriers and 500
revisions (each a full copy of the plan, as every save makes one), and a small
plan of the same shape for comparing query counts. Measures the plan page, the
barriers × strategies matrix, the comparison of two revisions and the Word
export. Targets: a constant number of queries, medians of at most 100 ms for
the pages and at most 1 s for the Word export. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench.pages import Org, client_for, configure, measure

MAX_MEDIAN_MS = 100.0
MAX_WORD_MS = 1000.0


def build_plan(org, editor, title: str, components: int, strategies: int, barriers: int,
               revisions: int):
    from django.db import transaction

    from trellis.barriers.models import BarrierEnabler
    from trellis.framework.loader import get_framework
    from trellis.plans.models import (
        CoreComponent,
        FinalOutcome,
        ImplementationOutcome,
        PlanRevision,
    )
    from trellis.plans.sections import plan_content
    from trellis.projects.models import Project
    from trellis.strategies.kinds import CATEGORIES, LEVELS
    from trellis.strategies.models import Strategy

    framework = get_framework()
    domains = [d.slug for d in framework.cfir.domains]
    types = [t.slug for t in framework.outcomes.types]
    terms = [t.slug for t in framework.outcomes.terms]
    audiences = [a.slug for a in framework.outcomes.audiences]
    with transaction.atomic():
        project = Project.objects.create(organisation=org, title=title, phase="deliver",
                                         created_by=editor)
        parts = CoreComponent.objects.bulk_create([
            CoreComponent(project=project, position=i + 1, name=f"Core component {i:02d}",
                          done_well="Families say the conference was theirs. " * 2,
                          must_stay_fixed="Independent co-ordinator", can_adapt="Venue, time",
                          created_by=editor)
            for i in range(components)
        ])
        found = BarrierEnabler.objects.bulk_create([
            BarrierEnabler(project=project, description=f"Barrier {i:03d}: referrals are slow",
                           kind="barrier", strength=-1 - i % 2, cfir_domain=domains[i % 5],
                           phase_found="prepare", status="open", created_by=editor)
            for i in range(barriers)
        ])
        made = Strategy.objects.bulk_create([
            Strategy(project=project, name=f"Strategy {i:03d}", description="What will happen",
                     category=CATEGORIES[i % len(CATEGORIES)][0], level=LEVELS[i % 4][0],
                     phase="prepare", created_by=editor)
            for i in range(strategies)
        ])
        Strategy.barriers.through.objects.bulk_create([
            Strategy.barriers.through(strategy_id=s.pk, barrierenabler_id=found[(i * 2 + k)
                                      % len(found)].pk)
            for i, s in enumerate(made) for k in range(2)
        ])
        Strategy.core_components.through.objects.bulk_create([
            Strategy.core_components.through(strategy_id=s.pk,
                                             corecomponent_id=parts[i % len(parts)].pk)
            for i, s in enumerate(made)
        ])
        ImplementationOutcome.objects.bulk_create([
            ImplementationOutcome(project=project, outcome_type=types[i % len(types)],
                                  term=terms[i % 3], statement=f"Outcome {i}", position=i)
            for i in range(30)
        ])
        FinalOutcome.objects.bulk_create([
            FinalOutcome(project=project, audience=audiences[i % 3], statement=f"Final {i}",
                         how_measured="Case audit") for i in range(9)
        ])
        content = plan_content(project)
        PlanRevision.objects.bulk_create([
            PlanRevision(project=project, number=n + 1, summary=f"Edit {n}",
                         content={**content, "components": content["components"][: 1 + n % 40]},
                         created_by=editor)
            for n in range(revisions)
        ])
    return project


def pages(project, revisions: int) -> list[tuple[str, str, str]]:
    base = f"/projects/{project.pk}"
    return [
        ("plan page", f"{base}/plan/", "Core component 00"),
        ("barriers x strategies matrix", f"{base}/strategies/matrix/", "Strategy 000"),
        ("compare two revisions", f"{base}/plan/compare/?from=1&to={revisions}",
         "Compare"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-plan-"))
    try:
        configure(tmp)
        from trellis.organisations.models import Membership, Organisation, Role, User

        org = Organisation.objects.create(name="Planshire")
        editor = User.objects.create(email="editor@planshire.example", name="Eddie Editor",
                                     password="!")
        Membership.objects.create(user=editor, organisation=org, role=Role.EDITOR)
        large = build_plan(org, editor, "Large plan", 40, 150, 300, 500)
        small = build_plan(org, editor, "Small plan", 4, 6, 10, 5)
        who = Org("Planshire", org, editor, 2, 2, large.pk)
        client = client_for(who)
        print("Large plan: 40 core components, 150 strategies, 300 barriers, 500 revisions; "
              f"small: 4, 6, 10, 5. {args.runs} timed runs after {args.warmups} warm-ups.\n")
        print(f"{'page':<32} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'small q':>8}")
        failures, verdicts = 0, []
        for (name, url, expect), (_, small_url, small_expect) in zip(
                pages(large, 500), pages(small, 5), strict=True):
            big = measure(client, who, name, url, expect, runs=args.runs,
                          warmups=args.warmups)
            little = measure(client, who, name, small_url, small_expect, runs=1,
                             warmups=args.warmups)
            print(f"{name:<32} {big.median:>10.1f} {big.p95:>8.1f} {big.query_count:>8} "
                  f"{little.query_count:>8}")
            verdicts += [
                (big.query_count == little.query_count,
                 f"{name}: queries do not grow ({little.query_count} small, "
                 f"{big.query_count} large)"),
                (big.median <= MAX_MEDIAN_MS,
                 f"{name}: median {big.median:.1f} ms (target <= {MAX_MEDIAN_MS:.0f} ms)"),
            ]
        word = measure(client, who, "Word export", f"/projects/{large.pk}/plan/plan.docx", "",
                       runs=max(5, args.runs // 3), warmups=1)
        print(f"{'Word export (.docx)':<32} {word.median:>10.1f} {word.p95:>8.1f} "
              f"{word.query_count:>8}")
        verdicts.append((word.median <= MAX_WORD_MS,
                         f"Word export: median {word.median:.0f} ms (target <= 1000 ms)"))
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
