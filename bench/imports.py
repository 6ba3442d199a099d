"""Speed and memory of importing a large CSV file of figures.

    python -m bench.imports [--rows 1000000] [--keep]

Builds a throwaway SQLite database in a temporary directory (never `var/`, and
`DATABASE_URL` is ignored) with one project of 200 weekly count measures, and a CSV
file of `--rows` rows (200 measures x rows/200 weeks, back from 2025, UK dates, a note on
one row in ten). A child process then runs the import exactly as the worker does:
the check (`running.run_check`), then the write (`running.run_write`, one
transaction). It reports the time of each and its own peak resident memory (RSS,
from getrusage; it includes Python and Django themselves, about 60 MB).

The ceiling is a plain `sqlite3` `executemany` of the same rows, already parsed into
tuples in memory, into a table of the same shape (columns, unique index, foreign-key
index), in a file database with the same settings (WAL, synchronous=NORMAL).

Targets: the whole import (check + write) at least 25% of the ceiling's rows per
second, and peak memory at most 300 MB. Prints PASS or FAIL; any FAIL exits 1.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import resource
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: python bench/imports.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MEASURES = 200
TARGET_SHARE = 0.25
TARGET_MB = 300


def configure(tmp: Path) -> None:
    """Settings pointed at the temporary directory, then django.setup() and migrate."""
    os.environ.pop("DATABASE_URL", None)
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "trellis.settings",
        "TRELLIS_VAR_DIR": str(tmp),
        "MEDIA_ROOT": str(tmp / "uploads"),
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(40),
        "LOG_LEVEL": "WARNING",
    })
    import django

    django.setup()
    from django.conf import settings

    if tmp not in Path(settings.DATABASES["default"]["NAME"]).parents:
        raise SystemExit("refusing to benchmark outside the temporary directory")


def write_file(path: Path, rows: int) -> None:
    weeks = max(rows // MEASURES, 1)
    last = datetime.date(2025, 12, 29)  # a Monday
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["measure", "period", "value", "note"])
        written = 0
        for m in range(MEASURES):
            for w in range(weeks):
                if written == rows:
                    return
                day = last - datetime.timedelta(weeks=weeks - w)
                writer.writerow([f"Measure {m:03d}", day.strftime("%d/%m/%Y"),
                                 (m * 7 + w * 13) % 211,
                                 "Extract re-run" if w % 10 == 0 else ""])
                written += 1


def child(tmp: Path, csv_path: Path) -> None:
    """The import itself, measured in its own process."""
    configure(tmp)
    from django.core.files import File
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from trellis.imports import files, running
    from trellis.imports.models import ImportJob, Status
    from trellis.monitoring.models import DataPoint, Measure
    from trellis.organisations.models import Membership, Organisation, User
    from trellis.projects.models import Project

    org = Organisation.objects.create(name="Bench")
    user = User.objects.create_user(email="bench@example.org", password=None, name="Bench")
    Membership.objects.create(user=user, organisation=org, role="editor")
    project = Project.objects.create(organisation=org, title="Bench")
    Measure.objects.bulk_create([
        Measure(project=project, name=f"Measure {m:03d}", kind="count", direction="up",
                frequency="weekly") for m in range(MEASURES)])
    folder = files.new_folder(project.pk)
    with csv_path.open("rb") as handle:
        stored = files.store_upload(folder, File(handle, name="bench.csv"))
    job = ImportJob.objects.create(project=project, created_by=user, file_name="bench.csv",
                                   file_size=csv_path.stat().st_size, folder=folder,
                                   upload_name=stored)
    started = time.perf_counter()
    running.run_check(job.pk)
    checked = time.perf_counter()
    job.refresh_from_db()
    if job.status != Status.READY:
        raise SystemExit(f"the check found problems: {job.status} {job.problem_count}")
    job.move([Status.READY], Status.CONFIRMED, confirmed_by=user)
    before_write = time.perf_counter()
    running.run_write(job.pk)
    written = time.perf_counter()
    job.refresh_from_db()
    if job.status != Status.DONE or DataPoint.objects.count() != job.rows:
        raise SystemExit(f"the write did not finish: {job.status}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rows": job.rows, "check": checked - started,
                      "write": written - before_write, "peak_mb": peak_kb / 1024}))


def ceiling(tmp: Path, csv_path: Path) -> tuple[int, float]:
    """Rows per second of a bare executemany of the same rows, parsed beforehand."""
    now = datetime.datetime.now(datetime.UTC).isoformat(sep=" ")
    names = {f"Measure {m:03d}": m + 1 for m in range(MEASURES)}
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [(names[m], datetime.datetime.strptime(p, "%d/%m/%Y").date().isoformat(),
                 float(v), None, None, note, 1, 1, now, now) for m, p, v, note in reader]
    db = sqlite3.connect(tmp / "ceiling.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE point (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, "
               "measure_id bigint NOT NULL, period date NOT NULL, value real NOT NULL, "
               "numerator real NULL, denominator real NULL, note varchar(500) NOT NULL, "
               "version integer unsigned NOT NULL, entered_by_id bigint NULL, "
               "entered_at datetime NOT NULL, updated_at datetime NOT NULL)")
    db.execute("CREATE UNIQUE INDEX point_unique ON point (measure_id, period)")
    db.execute("CREATE INDEX point_measure ON point (measure_id)")
    db.execute("CREATE INDEX point_entered_by ON point (entered_by_id)")
    started = time.perf_counter()
    with db:
        db.executemany("INSERT INTO point (measure_id, period, value, numerator, denominator, "
                       "note, version, entered_by_id, entered_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    seconds = time.perf_counter() - started
    db.close()
    return len(rows), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--child", nargs=2, metavar=("TMP", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="trellis-bench-imports-"))
    try:
        csv_path = tmp / "figures.csv"
        write_file(csv_path, args.rows)
        size_mb = csv_path.stat().st_size / 2**20
        print(f"Import: {args.rows:,} rows, {MEASURES} weekly measures, {size_mb:.1f} MB CSV "
              f"(load average {os.getloadavg()[0]:.2f})")
        result = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-m", "bench.imports", "--child", str(tmp), str(csv_path)],
            capture_output=True, text=True, check=False,
            cwd=Path(__file__).resolve().parents[1])
        if result.returncode:
            print(result.stdout, result.stderr, sep="\n")
            return 1
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        rows = figures["rows"]
        total = figures["check"] + figures["write"]
        ceiling_rows, ceiling_seconds = ceiling(tmp, csv_path)
        ceiling_rate = ceiling_rows / ceiling_seconds
        rate = rows / total
        print(f"  check            {figures['check']:7.1f} s  {rows / figures['check']:>10,.0f} "
              "rows/s")
        print(f"  write            {figures['write']:7.1f} s  {rows / figures['write']:>10,.0f} "
              "rows/s  (checks every row again, in one transaction)")
        print(f"  whole import     {total:7.1f} s  {rate:>10,.0f} rows/s")
        print(f"  ceiling          {ceiling_seconds:7.1f} s  {ceiling_rate:>10,.0f} rows/s  "
              "(sqlite3 executemany of parsed rows)")
        share = rate / ceiling_rate
        ok_speed = share >= TARGET_SHARE
        ok_memory = figures["peak_mb"] <= TARGET_MB
        print(f"  speed: {share:.0%} of the ceiling (target at least {TARGET_SHARE:.0%}) "
              f"{'PASS' if ok_speed else 'FAIL'}")
        print(f"  peak memory (RSS of the importing process): {figures['peak_mb']:.0f} MB "
              f"(target at most {TARGET_MB} MB) {'PASS' if ok_memory else 'FAIL'}")
        return 0 if ok_speed and ok_memory else 1
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
