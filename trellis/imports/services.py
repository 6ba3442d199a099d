"""What people do with an import: upload a file, then confirm it, check it again
replacing figures already recorded, or cancel it. The long work is queued for the
background worker (tasks.py, running.py) once the request's transaction commits.

Jobs nobody acts on do not linger: one that waits for a decision for a day is
cancelled, and one whose worker stopped (its progress file has not moved for a while)
is marked failed. Either way its files are removed."""

import time
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from trellis.organisations.models import User
from trellis.projects.models import Project

from . import files, progress, tasks
from .models import AWAITING, ImportJob, Status
from .running import fail

WAIT_FOR_DECISION = timedelta(hours=24)
INTERRUPTED = {
    Status.CHECKING: "The check stopped before it finished because the background worker "
                     "stopped. Nothing was imported: upload the file again",
    Status.WRITING: "The import stopped before it finished because the background worker "
                    "stopped. Trellis imports the whole of a file or none of it, so nothing "
                    "was imported: upload the file again",
}


def original_name(name: str) -> str:
    """The file's own name, without any folder, at most 200 characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "upload"
    if len(name) <= 200:
        return name
    stem, dot, extension = name.rpartition(".")
    return stem[: 199 - len(extension)] + dot + extension if dot and len(extension) < 20 \
        else name[:200]


def start_import(*, project: Project, started_by: User, upload, replace_existing: bool,
                 file_kind: str = "") -> ImportJob:
    """Keep the uploaded file and queue its check. The person's earlier imports into this
    project that were waiting for a decision are cancelled: this file replaces them."""
    tidy()
    folder = files.new_folder(project.pk)
    stored = files.store_upload(folder, upload)
    with files.removed_on_error(folder), transaction.atomic():
        job = ImportJob.objects.create(
            project=project, created_by=started_by, file_name=original_name(upload.name),
            file_size=upload.size, file_kind=file_kind, folder=folder, upload_name=stored,
            replace_existing=replace_existing)
        for earlier in project.imports.filter(created_by=started_by, status__in=AWAITING
                                              ).exclude(pk=job.pk):
            _cancel(earlier, "A later file from the same person replaced it")
        transaction.on_commit(lambda: tasks.check_import.enqueue(job.pk))
    return job


def confirm_import(*, job: ImportJob, confirmed_by: User) -> bool:
    """Queue the writing of a checked file; False if it is not ready (any more)."""
    with transaction.atomic():
        moved = job.move([Status.READY], Status.CONFIRMED, confirmed_by=confirmed_by,
                         confirmed_at=timezone.now())
        if moved:
            transaction.on_commit(lambda: tasks.write_import.enqueue(job.pk))
    return moved


def can_check_again(job: ImportJob) -> bool:
    """Whether the only problems are figures already recorded, and the file is kept: the
    person may choose to replace them."""
    return (job.status == Status.PROBLEMS and bool(job.upload_name)
            and job.clash_count > 0 and job.clash_count == job.problem_count)


def check_again_replacing(*, job: ImportJob, chosen_by: User) -> bool:
    """Check the same file again, this time replacing figures already recorded."""
    if not can_check_again(job):
        return False
    with transaction.atomic():
        moved = job.move([Status.PROBLEMS], Status.QUEUED, replace_existing=True, message="")
        if moved:
            transaction.on_commit(lambda: tasks.check_import.enqueue(job.pk))
    return moved


def _cancel(job: ImportJob, message: str) -> bool:
    moved = job.move([Status.QUEUED, Status.CHECKING, Status.CONFIRMED, *AWAITING],
                     Status.CANCELLED, message=message, finished_at=timezone.now())
    if moved:
        files.remove(job)
    return moved


def cancel_import(*, job: ImportJob, cancelled_by: User) -> bool:
    """Stop a job before it writes anything; False once writing has begun (or ended)."""
    return _cancel(job, f"Cancelled by {cancelled_by.name or cancelled_by.email}"[:500])


def settle(job: ImportJob, *, now: float | None = None) -> ImportJob:
    """A job whose worker has stopped part way is marked failed (nothing was written)."""
    if job.status not in INTERRUPTED:
        return job
    beat = progress.read(files.path_of(job, files.PROGRESS))
    now = time.time() if now is None else now
    age = beat.age(now) if beat else now - job.updated_at.timestamp()
    if age > progress.STALE_AFTER:
        fail(job, INTERRUPTED[job.status])
    return job


def tidy(*, now: datetime | None = None) -> int:
    """Cancel jobs left waiting for a decision too long; fail those whose worker stopped.
    The number of jobs tidied."""
    now = now or timezone.now()
    tidied = 0
    for job in ImportJob.objects.filter(status__in=AWAITING, updated_at__lt=now -
                                        WAIT_FOR_DECISION):
        tidied += _cancel(job, "Nobody confirmed or cancelled it within a day, so the file "
                               "was removed")
    for job in ImportJob.objects.filter(status__in=list(INTERRUPTED)):
        before = job.status
        tidied += settle(job, now=now.timestamp()).status != before
    return tidied
