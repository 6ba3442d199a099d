"""Server time and SQL query count for a survey round's results page with 10,000
responses, against the same page with 10.

    python -m bench.survey_results [--runs 30] [--warmups 3] [--responses 10000]

Builds a throwaway SQLite database in a temporary directory (never var/; see
bench/pages.py), then bulk-loads a closed round of the AIM and FIM (8 items, so
80,000 answers and 20,000 scores for 10,000 responses) with answers drawn from a
seeded generator and scores worked out by the scoring code, and a round of the
same shape with 10 responses. Signed in as an editor, it requests each round's
results page and the project's scores-over-time page. Targets: the results page
takes the same number of queries for 10 and for 10,000 responses, with a median
of at most 100 ms for 10,000. Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.pages import Org, client_for, configure, measure

MAX_MEDIAN_MS = 100.0
SLUGS = ("aim", "fim")


def load_round(project, editor, label: str, responses: int, seed: int):
    """A closed AIM and FIM round with `responses` bulk-loaded responses."""
    from django.db import transaction

    from trellis.surveys.instruments import get_instrument
    from trellis.surveys.models import Answer, Response, ResponseScore, SurveyRound
    from trellis.surveys.scoring import score

    rng = random.Random(seed)
    opens = date(2026, 1, 5)
    with transaction.atomic():
        survey_round = SurveyRound.objects.create(
            project=project, label=label, audience="practitioners", opens_on=opens,
            closes_on=opens + timedelta(days=28), public_title="What do you think?",
            why="To improve how conferences are run.", created_by=editor)
        for position, slug in enumerate(SLUGS):
            survey_round.instruments.create(instrument=slug, position=position)
        made = Response.objects.bulk_create(
            [Response(round=survey_round, submitted_on=opens + timedelta(days=i % 28))
             for i in range(responses)], batch_size=2000)
        answers, scores = [], []
        for response in made:
            for slug in SLUGS:
                instrument = get_instrument(slug)
                given = {item.number: rng.choices((1, 2, 3, 4, 5), (1, 2, 4, 6, 3))[0]
                         for item in instrument.items}
                answers += [Answer(response=response, round=survey_round, instrument=slug,
                                   item=number, value=value)
                            for number, value in given.items()]
                scores += [ResponseScore(response=response, round=survey_round,
                                         instrument=slug, scale=scale, value=value)
                           for scale, value in score(instrument, given).items()]
        Answer.objects.bulk_create(answers, batch_size=5000)
        ResponseScore.objects.bulk_create(scores, batch_size=5000)
    return survey_round


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmups", type=int, default=3)
    parser.add_argument("--responses", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.runs < 20:
        parser.error("--runs must be at least 20")
    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-survey-results-"))
    try:
        configure(tmp)
        from django.db import connection

        from trellis.organisations.models import Membership, Organisation, Role, User
        from trellis.projects.models import Project

        org = Organisation.objects.create(name="Surveyshire")
        editor = User.objects.create(email="editor@surveyshire.example", name="Eddie Editor",
                                     password="!")
        Membership.objects.create(user=editor, organisation=org, role=Role.EDITOR)
        project = Project.objects.create(organisation=org, title="Family Group Conferences",
                                         approach="Family Group Conferences", phase="deliver",
                                         created_by=editor)
        large = load_round(project, editor, "Large round", args.responses, 1)
        small = load_round(project, editor, "Small round", 10, 2)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        who = Org("Surveyshire", org, editor, 1, 1, project.pk)
        client = client_for(who)
        base = f"/projects/{project.pk}/surveys/"
        print(f"Results page: a closed AIM and FIM round of {args.responses:,} responses "
              f"(8 items each) against one of 10; scores over time for both rounds. "
              f"{args.runs} timed runs after {args.warmups} warm-ups.\n")
        print(f"{'page':<28} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>8} {'sql ms':>8} "
              f"{'queries':>8}")
        rows = [
            (f"results, {args.responses:,}", f"{base}rounds/{large.pk}/results/",
             "Acceptability of Intervention Measure"),
            ("results, 10", f"{base}rounds/{small.pk}/results/",
             "Acceptability of Intervention Measure"),
            ("scores over time", f"{base}scores/", "AIM score"),
        ]
        found = {}
        for name, url, expect in rows:
            result = measure(client, who, name, url, expect, runs=args.runs,
                             warmups=args.warmups)
            found[name] = result
            print(f"{name:<28} {result.median:>10.1f} {result.p95:>8.1f} "
                  f"{statistics.median(result.cpu_ms):>8.1f} {result.sql_ms:>8.1f} "
                  f"{result.query_count:>8}")
        big, tiny = found[f"results, {args.responses:,}"], found["results, 10"]
        verdicts = [
            (big.query_count == tiny.query_count,
             f"results page: queries do not grow ({tiny.query_count} for 10 responses, "
             f"{big.query_count} for {args.responses:,})"),
            (big.median <= MAX_MEDIAN_MS,
             f"results page for {args.responses:,} responses: median {big.median:.1f} ms "
             f"(target <= {MAX_MEDIAN_MS:.0f} ms)"),
        ]
        print()
        failures = 0
        for ok, text in verdicts:
            failures += not ok
            print(f"{'PASS' if ok else 'FAIL'}  {text}")
        print(f"\n{'FAIL' if failures else 'PASS'}: {failures} target(s) missed")
        return 1 if failures else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
