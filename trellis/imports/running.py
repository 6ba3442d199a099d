"""The two long steps of an import, run by the background worker (see tasks.py).

Checking reads the whole file and records every problem, writing nothing but the
job's findings. Writing reads and checks the file again, inside one transaction,
against the data as it is at that moment: if anything has changed so that a row is no
longer right, or anything at all goes wrong, the transaction is rolled back and not one
figure is written. The job's last move (to "done") is made in that same transaction,
so a job marked done has written everything, and a job interrupted while writing has
written nothing."""

import logging
from collections.abc import Iterator
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from trellis.monitoring.models import DataPoint, Measure
from trellis.organisations.models import audit

from . import files, progress, reading
from .checking import Checker, MeasureInfo
from .models import (
    ACTIVE,
    AWAITING,
    ImportedMeasure,
    ImportJob,
    ImportProblem,
    Severity,
    Status,
)
from .writing import Writer

logger = logging.getLogger(__name__)

UNEXPECTED = ("Something went wrong while {doing} the file, so nothing was imported. Try "
              "again; if it happens again, tell your administrator")


class _Stopped(Exception):
    """The job was cancelled, or moved on by someone else, while the worker had it."""


class _DataChanged(Exception):
    """Rows that were fine when checked are not any more."""


def measures_of(project_pk: int) -> list[MeasureInfo]:
    return [MeasureInfo(pk, name, kind, frequency, source) for pk, name, kind, frequency, source
            in Measure.objects.filter(project_id=project_pk).values_list(
                "pk", "name", "kind", "frequency", "source")]


def existing_periods(measure_pk: int) -> Iterator[date]:
    return DataPoint.objects.filter(measure_id=measure_pk).values_list(
        "period", flat=True).iterator(chunk_size=5000)


def fail(job: ImportJob, message: str) -> bool:
    """Mark a running or waiting job failed and remove its files."""
    moved = job.move([*ACTIVE, *AWAITING], Status.FAILED, message=message[:500],
                     finished_at=timezone.now())
    if moved:
        files.remove(job)
    return moved


def _checker(job: ImportJob, report, beat) -> Checker:
    return Checker(measures_of(job.project_id), today=timezone.localdate(),
                   replace=job.replace_existing, existing=existing_periods, report=report,
                   progress=beat)


def _save_findings(job: ImportJob, checker: Checker, found: files.ProblemList) -> None:
    """Replace the job's kept problems and per-measure counts with these."""
    job.problems.all().delete()
    job.measures.all().delete()
    ImportProblem.objects.bulk_create(
        [ImportProblem(job=job, row=p.row, column=p.column[:60], message=p.message[:500],
                       severity=Severity.ERROR if p.is_error else Severity.NOTE)
         for p in [*found.errors, *found.notes]])
    ImportedMeasure.objects.bulk_create(
        [ImportedMeasure(job=job, measure_id=pk, name=t.measure.name[:200], added=t.added,
                         replaced=t.replaced, first_period=t.first, last_period=t.last)
         for pk, t in checker.tallies.items()])


def _counts(checker: Checker) -> dict:
    return {"rows": checker.rows, "added": checker.added, "replaced": checker.replaced,
            "problem_count": checker.errors, "note_count": checker.notes,
            "clash_count": checker.clashes}


def run_check(job_pk: int) -> None:
    job = ImportJob.objects.filter(pk=job_pk).first()
    if job is None or not job.move([Status.QUEUED], Status.CHECKING):
        return
    beats = progress.Beats(files.path_of(job, files.PROGRESS), "checking")
    beats(0, 0.0, force=True)
    try:
        with files.open_upload(job) as stream:
            shape = reading.inspect(stream, job.file_size)
            found = files.ProblemList(files.path_of(job, files.PROBLEMS))

            def beat(rows: int) -> None:
                fraction = stream.tell() / job.file_size if shape.kind == reading.CSV else None
                if beats(rows, fraction) and not ImportJob.objects.filter(
                        pk=job.pk, status=Status.CHECKING).exists():
                    raise _Stopped

            try:
                checker = _checker(job, found, beat)
                for _ in checker.figures(reading.rows(stream, shape)):
                    pass
            finally:
                found.close()
        with transaction.atomic():
            _save_findings(job, checker, found)
            if not job.move([Status.CHECKING],
                            Status.PROBLEMS if checker.errors else Status.READY,
                            checked_at=timezone.now(), file_kind=shape.label,
                            problems_name=f"{job.folder}/{files.PROBLEMS}", **_counts(checker)):
                raise _Stopped
    except reading.FileRefused as refused:
        fail(job, refused.message)
        return
    except _Stopped:
        files.remove(job)
        return
    except BaseException:
        logger.exception("Checking import %s failed", job.pk)
        fail(job, UNEXPECTED.format(doing="checking"))
        raise
    # With problems other than figures already recorded, checking again cannot help:
    # the file itself must change, so it is not kept.
    if job.status == Status.PROBLEMS and job.problem_count != job.clash_count:
        files.remove(job, keep_problems=True)
    else:
        progress_path = files.path_of(job, files.PROGRESS)
        progress_path.unlink(missing_ok=True)


def run_write(job_pk: int) -> None:
    job = ImportJob.objects.select_related("project", "confirmed_by").filter(pk=job_pk).first()
    if job is None or not job.move([Status.CONFIRMED], Status.WRITING):
        return
    beats = progress.Beats(files.path_of(job, files.PROGRESS), "writing")
    beats(0, 0.0, force=True)
    total = max(job.rows, 1)
    try:
        with files.open_upload(job) as stream, transaction.atomic():
            shape = reading.inspect(stream, job.file_size)
            found = files.ProblemList(files.path_of(job, files.PROBLEMS))
            now = timezone.now()
            writer = Writer(by_pk=job.confirmed_by_id, via=job.via, now=now)
            try:
                checker = _checker(job, found, lambda rows: beats(rows, rows / total))
                for figure in checker.figures(reading.rows(stream, shape)):
                    writer.add(figure)
                writer.flush()
            finally:
                found.close()
            if checker.errors:
                raise _DataChanged
            beats(checker.rows, 1.0, force=True)
            _save_findings(job, checker, found)
            Measure.objects.filter(pk__in=list(checker.tallies)).update(updated_at=now)
            project = job.project
            audit(organisation=project.organisation, actor=job.confirmed_by,
                  action="imports.written",
                  summary=f"'{project.title}': imported {checker.added:,} new and "
                          f"{checker.replaced:,} replaced figures from {job.file_name}")
            if not job.move([Status.WRITING], Status.DONE, finished_at=now,
                            **_counts(checker)):
                raise _Stopped
    except _DataChanged:
        _changed_since_check(job, checker, found)
        return
    except reading.FileRefused as refused:
        fail(job, refused.message)
        return
    except IntegrityError:
        fail(job, "Someone recorded figures for the same periods while this file was being "
                  "imported, so nothing was imported. Upload the file again to check it "
                  "against the figures as they are now")
        return
    except _Stopped:
        job.refresh_from_db()
        files.remove(job)
        return
    except BaseException:
        logger.exception("Writing import %s failed", job.pk)
        fail(job, UNEXPECTED.format(doing="importing"))
        raise
    files.remove(job)


def _changed_since_check(job: ImportJob, checker: Checker, found: files.ProblemList) -> None:
    """Nothing was written; show what is now wrong, as a fresh check would."""
    with transaction.atomic():
        _save_findings(job, checker, found)
        moved = job.move([Status.WRITING], Status.PROBLEMS, checked_at=timezone.now(),
                         problems_name=f"{job.folder}/{files.PROBLEMS}",
                         message="The figures in Trellis changed after this file was "
                                 "checked, so nothing was imported. These are the problems "
                                 "now", **_counts(checker))
    if moved and job.problem_count != job.clash_count:
        files.remove(job, keep_problems=True)
    else:
        files.path_of(job, files.PROGRESS).unlink(missing_ok=True)
