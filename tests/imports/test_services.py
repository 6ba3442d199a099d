"""The workflow behind the pages: all or nothing, files removed when a job ends, jobs
that nobody finishes tidied away."""

import datetime

import pytest
from django.utils import timezone

from tests.imports.factories import ImportJobFactory, MeasureFactory, PointFactory
from tests.imports.helpers import HEADER, confirm, csv_file, latest_job, upload
from trellis.imports import files, running, services
from trellis.imports.models import ImportJob
from trellis.monitoring.models import DataPoint, DataPointChange
from trellis.organisations.models import AuditEntry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mid_april")]


@pytest.fixture
def referrals(project):
    return MeasureFactory(project=project, name="Referrals")


def checked(client, project, text, capture, **options):
    upload(client, project, csv_file(text), capture=capture, **options)
    return latest_job(project)


def test_a_figure_recorded_after_the_check_stops_the_whole_import(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,01/02/2026,1,,,\n"
                  "Referrals,01/03/2026,2,,,\n", django_capture_on_commit_callbacks)
    assert job.status == "ready"
    PointFactory(measure=referrals, period=datetime.date(2026, 3, 1), value=7)

    confirm(editor_client, job, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == "problems"
    assert job.message.startswith("The figures in Trellis changed after this file was checked")
    assert job.problems.get().message.startswith("\u2018Referrals\u2019 already has a figure "
                                                 "for March 2026")
    assert list(DataPoint.objects.values_list("value", flat=True)) == [7]  # nothing partial


def test_a_finished_import_removes_its_files_and_is_audited(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,15/03/2026,2,,,\n",
                  django_capture_on_commit_callbacks)
    folder = files.path_of(job, "")
    assert (folder / files.UPLOAD).exists()
    confirm(editor_client, job, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert (job.status, job.upload_name, job.problems_name) == ("done", "", "")
    assert not folder.exists()
    entry = AuditEntry.objects.get(action="imports.written")
    assert entry.summary == ("'Family Group Conferences': imported 1 new and 0 replaced "
                             "figures from figures.csv")
    assert job.problems.filter(severity="note").count() == 1  # the date moved to 1 March


def test_new_figures_carry_who_entered_them_and_leave_no_change_rows(
        editor_client, editor, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,01/03/2026,2,,,\n",
                  django_capture_on_commit_callbacks)
    confirm(editor_client, job, django_capture_on_commit_callbacks)
    point = DataPoint.objects.get()
    assert point.entered_by == editor
    assert point.entered_at == timezone.now()
    assert not DataPointChange.objects.exists()


def test_text_that_is_not_readable_deep_in_a_file_fails_the_check_clearly(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    text = HEADER + "Referrals,01/03/2026,2,,,\n" * 40_000
    bad = csv_file("")
    bad.file.write(text.encode() + b"Referrals,01/02/2026,1,,,\x81\x8d\n")
    bad.size = bad.file.tell()
    bad.file.seek(0)
    upload(editor_client, project, bad, capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    assert job.status == "failed"
    assert job.message.startswith("The file\u2019s text is not in a form Trellis can read")
    assert not files.path_of(job, "").exists()


def test_jobs_left_waiting_a_day_are_cancelled_and_their_files_removed(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,01/03/2026,2,,,\n",
                  django_capture_on_commit_callbacks)
    assert services.tidy() == 0
    assert services.tidy(now=timezone.now() + datetime.timedelta(hours=25)) == 1
    job.refresh_from_db()
    assert job.status == "cancelled"
    assert "within a day" in job.message
    assert not files.path_of(job, "").exists()


def test_a_check_whose_worker_stopped_is_marked_failed(project):
    job = ImportJobFactory(project=project, status="checking", folder="imports/9/x")
    ImportJob.objects.filter(pk=job.pk).update(
        updated_at=timezone.now() - datetime.timedelta(minutes=10))
    assert services.tidy() == 1
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.message.startswith("The check stopped before it finished")


def test_the_worker_leaves_jobs_that_have_moved_on_alone(project, referrals):
    job = ImportJobFactory(project=project, status="cancelled")
    running.run_check(job.pk)
    running.run_write(job.pk)
    running.run_check(987654)
    job.refresh_from_db()
    assert job.status == "cancelled"


def test_only_a_job_with_nothing_but_figures_already_recorded_can_be_checked_again(project):
    clashes = ImportJobFactory(project=project, status="problems", problem_count=2,
                               clash_count=2, upload_name="imports/1/x/upload")
    mixed = ImportJobFactory(project=project, status="problems", problem_count=3,
                             clash_count=2, upload_name="imports/1/y/upload")
    gone = ImportJobFactory(project=project, status="problems", problem_count=2,
                            clash_count=2, upload_name="")
    assert [services.can_check_again(j) for j in (clashes, mixed, gone)] == [
        True, False, False]


def test_a_file_name_keeps_only_its_own_name():
    assert services.original_name("C:\\Users\\me\\March.csv") == "March.csv"
    assert services.original_name("../../etc/passwd") == "passwd"
    assert services.original_name("   ") == "upload"
