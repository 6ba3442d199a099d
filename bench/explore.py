"""Server time and SQL query count for the Explore pages of a large project.

    python -m bench.explore [--runs 50] [--warmups 5] [--items 2000]

A project with 2,000 evidence items, 50 root causes (each citing evidence from
several slices) and 30 candidate approaches appraised on every criterion, and
a small project of the same shape, so the query counts can be compared. The
Explore overview, the side-by-side comparison, the project page, the
triangulation and the evidence list's first page are requested as a signed-in
editor. Exits 1 when a target is
missed (at most 15 queries, the same for both projects; median at most 80 ms).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.pages import Org, client_for, configure, measure

MAX_QUERIES = 15
MAX_MEDIAN_MS = 80.0


@dataclass
class Shape:
    items: int
    causes: int
    candidates: int


def build_project(org, editor, title: str, shape: Shape):
    from django.db import transaction

    from trellis.barriers.models import BarrierEnabler
    from trellis.decisions.criteria import CRITERIA
    from trellis.decisions.models import Appraisal, Candidate, Decision
    from trellis.engagement.models import EngagementActivity, EngagementAudience
    from trellis.evidence.models import EvidenceItem
    from trellis.framework.loader import get_framework
    from trellis.needs.models import PracticeNote, RootCause
    from trellis.projects.models import Project

    slices = [s.slug for s in get_framework().evidence_pie.slices]
    domains = [d.slug for d in get_framework().cfir.domains]
    with transaction.atomic():
        project = Project.objects.create(organisation=org, title=title, created_by=editor,
                                         need="Kinship carers feel isolated.",
                                         target_population="Kinship carers")
        items = EvidenceItem.objects.bulk_create([
            EvidenceItem(project=project, slice=slices[i % 5], title=f"Evidence {i:05d}",
                         finding="Carers described isolation and unmet need. " * 3,
                         source="Benchmark data", period="2025", confidence="moderate",
                         created_by=editor)
            for i in range(shape.items)
        ])
        causes = RootCause.objects.bulk_create([
            RootCause(project=project, statement=f"Root cause {i:03d}", created_by=editor)
            for i in range(shape.causes)
        ])
        links = RootCause.evidence.through
        links.objects.bulk_create([
            links(rootcause_id=cause.pk, evidenceitem_id=items[(i * 7 + k) % len(items)].pk)
            for i, cause in enumerate(causes) for k in range(5) if i % 10 != 9
        ])
        PracticeNote.objects.bulk_create([
            PracticeNote(project=project, kind="current_practice", description=f"Note {i}",
                         created_by=editor) for i in range(10)
        ])
        candidates = Candidate.objects.bulk_create([
            Candidate(project=project, name=f"Candidate {i:02d}", origin="local",
                      description="An approach", created_by=editor)
            for i in range(shape.candidates)
        ])
        Appraisal.objects.bulk_create([
            Appraisal(candidate=c, criterion=criterion.slug, rating=1 + (i + j) % 5,
                      rationale="Discussed at the options workshop", appraised_by=editor)
            for i, c in enumerate(candidates) for j, criterion in enumerate(CRITERIA)
        ])
        Decision.objects.create(project=project, outcome="proceed", candidate=candidates[0],
                                candidate_name=candidates[0].name, rationale="Best fit",
                                participants="Implementation team", decided_on=date(2026, 3, 1),
                                recorded_by=editor)
        BarrierEnabler.objects.bulk_create([
            BarrierEnabler(project=project, description=f"Barrier {i}",
                           kind="barrier" if i % 3 else "enabler",
                           strength=-1 if i % 3 else 1, cfir_domain=domains[i % 5],
                           phase_found="explore", status="open", created_by=editor)
            for i in range(40)
        ])
        for i in range(10):
            activity = EngagementActivity.objects.create(
                project=project, method="workshop", held_on=date(2026, 1, 1 + i),
                people_count=12, summary="Workshop", created_by=editor)
            EngagementAudience.objects.create(activity=activity, audience="practitioners")
    return project


def build(shape_large: Shape, shape_small: Shape):
    from trellis.organisations.models import Membership, Organisation, Role, User

    org = Organisation.objects.create(name="Exploreshire")
    editor = User.objects.create(email="editor@exploreshire.example", name="Eddie Editor",
                                 password="!")
    Membership.objects.create(user=editor, organisation=org, role=Role.EDITOR)
    large = build_project(org, editor, "Large project", shape_large)
    small = build_project(org, editor, "Small project", shape_small)
    return Org("Exploreshire", org, editor, 2, 2, large.pk), large, small


def pages(project) -> list[tuple[str, str, str]]:
    base = f"/projects/{project.pk}"
    return [
        ("Explore overview", f"{base}/explore/", "Explore checks"),
        ("comparison", f"{base}/decisions/compare/", "Candidate 0"),
        ("comparison ?sort=overall", f"{base}/decisions/compare/?sort=overall", "Candidate"),
        ("project page", f"{base}/", "Phase checklists"),
        ("triangulation", f"{base}/needs/triangulation/", "Root cause 000"),
        ("evidence list (first 100)", f"{base}/evidence/", "Evidence 00000"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warmups", type=int, default=5)
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-explore-"))
    try:
        configure(tmp)
        org, large, small = build(Shape(args.items, 50, 30), Shape(20, 5, 3))
        client = client_for(org)
        print(f"Large project: {args.items} evidence items, 50 root causes, 30 candidates "
              f"x 9 criteria; small: 20, 5, 3. {args.runs} timed runs after "
              f"{args.warmups} warm-ups.\n")
        header = f"{'page':<28} {'median ms':>10} {'p95 ms':>8} {'queries':>8} " \
                 f"{'small q':>8} {'cpu ms':>7}"
        print(header)
        print("-" * len(header))
        failures = 0
        verdicts = []
        for (name, url, expect), (_, small_url, small_expect) in zip(
                pages(large), pages(small), strict=True):
            big = measure(client, org, name, url, expect, runs=args.runs, warmups=args.warmups)
            little = measure(client, org, name, small_url, small_expect, runs=1,
                             warmups=args.warmups)
            print(f"{name:<28} {big.median:>10.1f} {big.p95:>8.1f} {big.query_count:>8} "
                  f"{little.query_count:>8} {statistics.median(big.cpu_ms):>7.1f}")
            checks = [
                (big.query_count <= MAX_QUERIES,
                 f"{name}: {big.query_count} queries (target <= {MAX_QUERIES})"),
                (big.query_count == little.query_count,
                 f"{name}: queries do not grow ({little.query_count} small, "
                 f"{big.query_count} large)"),
                (big.median <= MAX_MEDIAN_MS,
                 f"{name}: median {big.median:.1f} ms (target <= {MAX_MEDIAN_MS:.0f} ms)"),
            ]
            verdicts += checks
            failures += sum(not ok for ok, _ in checks)
        print()
        for ok, text in verdicts:
            print(f"{'PASS' if ok else 'FAIL'}  {text}")
        print(f"\n{'FAIL' if failures else 'PASS'}: {failures} target(s) missed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
