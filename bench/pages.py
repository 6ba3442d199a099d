"""Server time and SQL query count for the portfolio and project pages.

    python -m bench.pages [--runs 50] [--warmups 5] [--projects 500] [--small 50]

Builds a throwaway SQLite database in a temporary directory (never var/),
fills it with a large organisation, a small one and a neighbour, then requests
each page through Django's test client as a signed-in editor. Exits 1 when a
target is missed. See bench/README.md for how to read the table.
"""

from __future__ import annotations

import argparse
import math
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

MAX_QUERIES = 15
MAX_MEDIAN_MS = 50.0
TEAM_SIZE = 10
MEMBERS_PER_ORG = 60


def configure(tmp: Path) -> None:
    """Production-like settings pointed at a temporary directory, then django.setup()."""
    os.environ.pop("DATABASE_URL", None)  # always the throwaway SQLite file
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "trellis.settings",
        "TRELLIS_VAR_DIR": str(tmp),
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "uploads"),
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    })
    import django

    django.setup()
    from django.conf import settings

    db = Path(settings.DATABASES["default"]["NAME"])
    if tmp not in db.parents:  # belt and braces: never touch the user's database
        raise SystemExit(f"refusing to benchmark against {db}")

    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    # DEBUG off means the manifest static storage, which needs collectstatic.
    call_command("collectstatic", interactive=False, verbosity=0)


@dataclass
class Org:
    name: str
    organisation: object
    editor: object
    n_projects: int
    current: int  # not archived, so listed on "/"
    project_pk: int


def build_org(name: str, n_projects: int) -> Org:
    """An organisation with n_projects, each with TEAM_SIZE team members, some
    phase history and every checklist item of all four phases answered once."""
    from django.db import transaction
    from django.utils import timezone

    from trellis.framework.loader import get_framework
    from trellis.organisations.models import Membership, Organisation, Role, User
    from trellis.projects.models import (
        Answer,
        ChecklistAnswer,
        Outcome,
        Phase,
        PhaseChange,
        Project,
        Status,
        TeamMember,
        TeamRole,
    )

    phases = get_framework().phases
    now = timezone.now()
    today = timezone.localdate()
    slug = name.lower().replace(" ", "-")
    with transaction.atomic():
        org = Organisation.objects.create(name=name)
        users = User.objects.bulk_create([
            User(email=f"person{i}@{slug}.example", name=f"Person {i:03d} {name}",
                 password="!")
            for i in range(MEMBERS_PER_ORG)
        ])
        editor = User.objects.create(email=f"editor@{slug}.example", name="Eddie Editor",
                                     password="!")
        Membership.objects.bulk_create(
            [Membership(user=u, organisation=org, role=Role.VIEWER) for u in users]
            + [Membership(user=editor, organisation=org, role=Role.EDITOR)]
        )
        phase_values = list(Phase.values)
        projects = []
        for i in range(n_projects):
            closed = i % 25 == 24
            status = Status.CLOSED if closed else (Status.PAUSED if i % 10 == 9 else Status.ACTIVE)
            projects.append(Project(
                organisation=org, title=f"Project {i:04d} {name}",
                approach="Family Group Conferences" if i % 3 else "",
                need="Children on the edge of care. " * 3,
                phase=phase_values[i % 4], status=status,
                outcome=Outcome.SUSTAINED if closed else "",
                start_date=today - timedelta(days=400 - i % 300),
                next_review_date=None if i % 7 == 0 else today + timedelta(days=i % 120 - 30),
                archived_at=now if i % 50 == 49 else None,
                created_by=editor,
            ))
        projects = Project.objects.bulk_create(projects)

        other_roles = [r for r in TeamRole.values if r not in (TeamRole.LEAD, TeamRole.SPONSOR)]
        members, answers, changes = [], [], []
        answer_values = list(Answer.values)
        for i, project in enumerate(projects):
            team = [users[(i * 7 + k) % len(users)] for k in range(TEAM_SIZE)]
            for k, user in enumerate(team):
                role = (TeamRole.LEAD if k == 0 else TeamRole.SPONSOR if k == 1
                        else other_roles[k % len(other_roles)])
                members.append(TeamMember(project=project, user=user, role=role,
                                          responsibilities="Leads the weekly huddle"))
            n = 0
            for phase in phases:
                for item in phase.checklist:
                    n += 1
                    answers.append(ChecklistAnswer(
                        project=project, phase=phase.slug, item=item.slug,
                        answer=answer_values[(i + n) % len(answer_values)],
                        note="Discussed at the implementation team meeting.",
                        answered_by=team[n % TEAM_SIZE],
                        answered_at=now - timedelta(days=n, minutes=i),
                    ))
            path = phase_values[: phase_values.index(project.phase) + 1]
            for j, to_phase in enumerate(path):
                changes.append(PhaseChange(
                    project=project, from_phase=path[j - 1] if j else "", to_phase=to_phase,
                    reason="Agreed at the review meeting.", changed_by=editor,
                    changed_at=now - timedelta(days=100 * (len(path) - j)),
                ))
        TeamMember.objects.bulk_create(members)
        ChecklistAnswer.objects.bulk_create(answers)
        PhaseChange.objects.bulk_create(changes)

    current = sum(1 for p in projects if p.archived_at is None)
    # A mid-list project in the commonest shape: current, active, full team and answers.
    middle = projects[n_projects // 2 - (n_projects // 2) % 4]
    return Org(name, org, editor, n_projects, current, middle.pk)


def client_for(org: Org):
    from django.test import Client

    from trellis.organisations.middleware import SESSION_KEY

    client = Client()
    client.force_login(org.editor)
    session = client.session
    session[SESSION_KEY] = org.organisation.pk
    session.save()
    return client


@dataclass
class Result:
    page: str
    org: Org
    queries: list[int]
    sql_ms: float
    times_ms: list[float]
    cpu_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def query_count(self) -> int:
        return max(self.queries)


def pages(org: Org) -> list[tuple[str, str, str]]:
    """(name, url, text the response must contain) for each page measured."""
    listed = f"{org.current} projects"
    return [
        ("portfolio /", "/", listed),
        ("portfolio ?phase=deliver&sort=next_review_date",
         "/?phase=deliver&sort=next_review_date", "matching your filters"),
        ("project detail", f"/projects/{org.project_pk}/", "Phase checklists"),
    ]


def measure(client, org: Org, name: str, url: str, expect: str, *, runs: int,
            warmups: int) -> Result:
    """Warm-ups count queries (CaptureQueriesContext); timed runs capture
    nothing, so the timing is not inflated by query logging."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        response = client.get(url)
        if response.status_code != 200 or (expect and expect not in response.content.decode()):
            raise SystemExit(f"{url} for {org.name}: HTTP {response.status_code}, "
                             f"expected {expect!r} in the page")
        return response

    queries, sql = [], []
    for _ in range(max(warmups, 1)):
        with CaptureQueriesContext(connection) as ctx:
            get()
        queries.append(len(ctx.captured_queries))
        sql.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return Result(name, org, queries, statistics.median(sql), times, cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed requests per page")
    parser.add_argument("--warmups", type=int, default=5,
                        help="untimed requests per page (these count queries)")
    parser.add_argument("--projects", type=int, default=500, help="projects in the large org")
    parser.add_argument("--small", type=int, default=50,
                        help="projects in the small org, to show queries do not grow")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-"))
    try:
        return run(args, tmp)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def run(args, tmp: Path) -> int:
    started = time.perf_counter()
    configure(tmp)
    large = build_org("Largeshire", args.projects)
    small = build_org("Smallbury", args.small)
    build_org("Neighbourton", 3)  # another organisation's projects must never show
    print(f"Built {args.projects} + {args.small} + 3 projects "
          f"({TEAM_SIZE} team members each, every checklist item of 4 phases answered) "
          f"in {time.perf_counter() - started:.1f}s; "
          f"{args.runs} timed runs per page after {args.warmups} warm-ups.")
    load = os.getloadavg()[0]
    cpus = os.cpu_count() or 1
    print(f"Load average {load:.2f} on {cpus} CPUs"
          + (" -- the machine is busy, so wall times are inflated; compare cpu ms."
             if load > cpus else "") + "\n")

    results: dict[tuple[str, int], Result] = {}
    for org in (large, small):
        client = client_for(org)
        for name, url, expect in pages(org):
            results[(name, org.n_projects)] = measure(
                client, org, name, url, expect, runs=args.runs, warmups=args.warmups)

    header = f"{'page':<48} {'projects':>8} {'median ms':>10} {'p95 ms':>8} " \
             f"{'queries':>8} {'sql ms':>7} {'cpu ms':>7}"
    print(header)
    print("-" * len(header))
    for result in results.values():
        varies = "" if len(set(result.queries)) == 1 else f" (varied {sorted(set(result.queries))})"
        print(f"{result.page:<48} {result.org.n_projects:>8} {result.median:>10.1f} "
              f"{result.p95:>8.1f} {result.query_count:>8} {result.sql_ms:>7.1f} "
              f"{statistics.median(result.cpu_ms):>7.1f}{varies}")
    print()

    failures = 0

    def verdict(ok: bool, text: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"{'PASS' if ok else 'FAIL'}  {text}")

    for name, _url, _expect in pages(large):
        big, little = results[(name, large.n_projects)], results[(name, small.n_projects)]
        verdict(big.query_count <= MAX_QUERIES,
                f"{name}: {big.query_count} queries (target <= {MAX_QUERIES})")
        verdict(big.query_count == little.query_count,
                f"{name}: queries do not grow with projects "
                f"({little.query_count} at {small.n_projects}, "
                f"{big.query_count} at {large.n_projects})")
        verdict(big.median <= MAX_MEDIAN_MS,
                f"{name}: median {big.median:.1f} ms at {large.n_projects} projects "
                f"(target <= {MAX_MEDIAN_MS:.0f} ms)")
    print(f"\n{'FAIL' if failures else 'PASS'}: {failures} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
