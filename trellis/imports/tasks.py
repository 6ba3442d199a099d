"""The background tasks of an import, run by the worker (`trellis db_worker`)."""

from django_tasks import task

from . import running


@task()
def check_import(job_pk: int) -> None:
    running.run_check(job_pk)


@task()
def write_import(job_pk: int) -> None:
    running.run_write(job_pk)
