"""Steps of the stopped-worker test, each run in its own process against a file-based
SQLite database (see test_worker.py):

    python -m tests.imports.worker_steps prepare ROWS   -> prints the job's id
    python -m tests.imports.worker_steps look JOB       -> prints what the database holds
    python -m tests.imports.worker_steps settle JOB     -> prints the job after settling
"""

import json
import sys
import time


def _setup() -> None:
    import django

    django.setup()


def prepare(rows: int) -> None:
    from django.core.files.base import ContentFile

    from trellis.imports import files, running, services
    from trellis.imports.models import ImportJob
    from trellis.monitoring.models import Measure
    from trellis.organisations.models import Membership, Organisation, User
    from trellis.projects.models import Project

    org = Organisation.objects.create(name="Northbrook")
    user = User.objects.create_user(email="eddie@example.org", name="Eddie")
    Membership.objects.create(user=user, organisation=org, role="editor")
    project = Project.objects.create(organisation=org, title="Kill test")
    measures = Measure.objects.bulk_create([
        Measure(project=project, name=f"Measure {m}", kind="count", direction="up",
                frequency="weekly") for m in range(100)])
    weeks = rows // len(measures)
    lines = ["measure,period,value"]
    for measure in measures:
        for w in range(weeks):
            lines.append(f"{measure.name},{_monday(w)},{w % 50}")
    data = ("\n".join(lines) + "\n").encode()
    folder = files.new_folder(project.pk)
    stored = files.store_upload(folder, ContentFile(data, name="kill.csv"))
    job = ImportJob.objects.create(project=project, created_by=user, file_name="kill.csv",
                                   file_size=len(data), folder=folder, upload_name=stored)
    running.run_check(job.pk)
    job.refresh_from_db()
    assert job.status == "ready", (job.status, job.problem_count)
    assert services.confirm_import(job=job, confirmed_by=user)  # queues the write
    print(json.dumps({"job": job.pk, "progress": str(files.path_of(job, files.PROGRESS)),
                      "rows": job.rows}))


def _monday(week: int) -> str:
    import datetime

    day = datetime.date(1930, 1, 6) + datetime.timedelta(weeks=week)
    return day.strftime("%d/%m/%Y")


def look(job_pk: int) -> None:
    from django_tasks_db.models import DBTaskResult

    from trellis.imports import files
    from trellis.imports.models import ImportJob
    from trellis.monitoring.models import DataPoint

    job = ImportJob.objects.get(pk=job_pk)
    print(json.dumps({"points": DataPoint.objects.count(), "status": job.status,
                      "upload_kept": files.path_of(job, files.UPLOAD).exists(),
                      "tasks": sorted(DBTaskResult.objects.values_list("status", flat=True))}))


def settle(job_pk: int) -> None:
    from trellis.imports import files, progress, services
    from trellis.imports.models import ImportJob

    job = ImportJob.objects.get(pk=job_pk)
    services.settle(job, now=time.time() + progress.STALE_AFTER + 1)
    job.refresh_from_db()
    print(json.dumps({"status": job.status, "message": job.message,
                      "folder_kept": files.path_of(job, "").exists()}))


if __name__ == "__main__":
    _setup()
    step, argument = sys.argv[1], int(sys.argv[2])
    {"prepare": prepare, "look": look, "settle": settle}[step](argument)
