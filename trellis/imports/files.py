"""The files an import job keeps in its own folder of the default storage (under
MEDIA_ROOT, which is never served: no URL reaches it).

- the uploaded file, while the job may still need it;
- the full list of problems (a CSV file), while the job waits for a decision;
- the worker's progress (see progress.py).

The worker and the web server must share this storage: both read and write these
files by path, so the storage must be the file system."""

import csv
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from django.core.files.storage import default_storage

from trellis.core.spreadsheets import neutralise

from .checking import ERROR, Problem
from .models import ImportJob

UPLOAD = "upload"
PROBLEMS = "problems.csv"
PROGRESS = "progress"
KEEP_ERRORS = 500  # problems kept in the database, to show on the page
KEEP_NOTES = 100


def new_folder(project_pk: int) -> str:
    return f"imports/{project_pk}/{secrets.token_hex(16)}"


def path_of(job: ImportJob, leaf: str) -> Path:
    return Path(default_storage.path(f"{job.folder}/{leaf}"))


def store_upload(folder: str, upload: BinaryIO) -> str:
    upload.seek(0)
    return default_storage.save(f"{folder}/{UPLOAD}", upload)


@contextmanager
def removed_on_error(folder: str) -> Iterator[None]:
    """Remove a new job's folder if the job could not be saved."""
    try:
        yield
    except BaseException:
        shutil.rmtree(default_storage.path(folder), ignore_errors=True)
        raise


def open_upload(job: ImportJob) -> BinaryIO:
    return default_storage.open(job.upload_name, "rb")


def remove(job: ImportJob, *, keep_problems: bool = False) -> None:
    """Remove the job's files (all but the problem list when asked to keep it) and
    forget their names."""
    if not job.folder:
        return
    fields = ["upload_name"]
    if keep_problems and job.problems_name:
        if job.upload_name:
            default_storage.delete(job.upload_name)
        for leaf in (PROGRESS, PROGRESS + ".part"):
            path_of(job, leaf).unlink(missing_ok=True)
    else:
        shutil.rmtree(path_of(job, ""), ignore_errors=True)
        job.problems_name = ""
        fields.append("problems_name")
    job.upload_name = ""
    ImportJob.objects.filter(pk=job.pk).update(**{f: getattr(job, f) for f in fields})


class ProblemList:
    """Every problem into a CSV file (cells that a spreadsheet would run as formulas
    neutralised), and the first few hundred kept to show on the page."""

    HEADER = ("Row", "Column", "Type", "Problem")

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.file = path.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(self.HEADER)
        self.errors: list[Problem] = []
        self.notes: list[Problem] = []

    def __call__(self, problem: Problem) -> None:
        kind = "Problem" if problem.kind == ERROR else "Note"
        self.writer.writerow([problem.row, neutralise(problem.column), kind,
                              neutralise(problem.message)])
        kept = self.errors if problem.kind == ERROR else self.notes
        if len(kept) < (KEEP_ERRORS if problem.kind == ERROR else KEEP_NOTES):
            kept.append(problem)

    def close(self) -> None:
        self.file.close()
