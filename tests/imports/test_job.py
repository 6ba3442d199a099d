"""The job page: progress while the worker works, every problem by row and column, what
the file will do, and the choices to import, check again or cancel."""

import csv
import datetime
import io
import os
import time

import pytest
from django.urls import reverse

from tests.imports.factories import ImportJobFactory, MeasureFactory, PointFactory
from tests.imports.helpers import HEADER, confirm, csv_file, latest_job, upload
from trellis.imports import files, progress
from trellis.monitoring.models import DataPoint, DataPointChange

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mid_april")]


def job_url(job):
    return reverse("imports:job", args=[job.project_id, job.pk])


def checked(client, project, text, capture, **options):
    upload(client, project, csv_file(text), capture=capture, **options)
    return latest_job(project)


@pytest.fixture
def referrals(project):
    return MeasureFactory(project=project, name="Referrals")


def test_problems_are_listed_with_row_and_column_and_nothing_is_written(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,01/03/2026,3,,,\n"
                  "Referals,01/02/2026,4,,,\n", django_capture_on_commit_callbacks)
    assert (job.status, job.problem_count) == ("problems", 1)
    page = editor_client.get(job_url(job)).content.decode()
    assert "The file has 1 problem" in page
    assert "<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>" in page
    assert "A (measure)" in page
    assert "There is no measure called \u2018Referals\u2019 in this project" in page
    assert "Import these figures" not in page
    assert "Upload the corrected file" in page
    assert not DataPoint.objects.exists()
    assert not job.upload_name  # checking again cannot help, so the file is not kept


def test_thousands_of_problems_show_the_first_few_hundred_and_download_in_full(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    text = HEADER + "".join(f"Nobody {n},01/03/2026,1,,,\n" for n in range(1200))
    job = checked(editor_client, project, text, django_capture_on_commit_callbacks)
    assert job.problem_count == 1200
    page = editor_client.get(job_url(job)).content.decode()
    assert "Showing the first 500 of 1,200 problems" in page
    assert page.count("There is no measure called") == 500

    response = editor_client.get(reverse("imports:problems", args=[project.pk, job.pk]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["Row", "Column", "Type", "Problem"]
    assert len(rows) == 1201
    assert rows[-1][:3] == ["1201", "A (measure)", "Problem"]


def test_downloaded_problems_cannot_run_as_formulas(editor_client, project, referrals,
                                                    django_capture_on_commit_callbacks):
    job = checked(editor_client, project, '=cmd|"/c calc"!A1,period,value\n',
                  django_capture_on_commit_callbacks)
    response = editor_client.get(reverse("imports:problems", args=[project.pk, job.pk]))
    rows = list(csv.reader(io.StringIO(
        b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[1][1] == "A"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_kept_problems_still_download_once_the_full_list_is_gone(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Nobody,01/03/2026,1,,,\n",
                  django_capture_on_commit_callbacks)
    files.remove(job)
    response = editor_client.get(reverse("imports:problems", args=[project.pk, job.pk]))
    assert "There is no measure called" in response.content.decode("utf-8-sig")


def test_a_ready_file_shows_new_and_replacing_counts_and_imports_when_confirmed(
        editor_client, editor, project, referrals, django_capture_on_commit_callbacks):
    PointFactory(measure=referrals, period="2026-02-01", value=9, note="first count")
    job = checked(editor_client, project, HEADER + "Referrals,01/02/2026,10,,,recount\n"
                  "Referrals,01/03/2026,12,,,\n", django_capture_on_commit_callbacks,
                  replace=True)
    assert (job.status, job.added, job.replaced) == ("ready", 1, 1)
    page = editor_client.get(job_url(job)).content.decode()
    assert "adds 1 new figure and replaces 1 figure already recorded" in page
    assert "1 figure already recorded will be replaced" in page
    assert "Import these figures" in page

    confirm(editor_client, job, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == "done"
    replaced = DataPoint.objects.get(measure=referrals, period="2026-02-01")
    assert (replaced.value, replaced.note, replaced.version, replaced.entered_by) == (
        10, "recount", 2, editor)
    change = DataPointChange.objects.get(measure=referrals)
    assert (change.change, change.old_value, change.old_note, change.new_value,
            change.via, change.changed_by) == ("changed", 9, "first count", 10,
                                               "import of figures.csv", editor)
    page = editor_client.get(job_url(job)).content.decode()
    assert "Figures imported" in page
    assert reverse("monitoring:measure", args=[project.pk, referrals.pk]) in page


def test_figures_already_recorded_can_be_replaced_by_checking_again(
        editor_client, project, referrals, django_capture_on_commit_callbacks):
    PointFactory(measure=referrals, period="2026-02-01", value=9)
    job = checked(editor_client, project, HEADER + "Referrals,01/02/2026,10,,,\n",
                  django_capture_on_commit_callbacks)
    assert (job.status, job.clash_count) == ("problems", 1)
    page = editor_client.get(job_url(job)).content.decode()
    assert "already has a figure for February 2026 in Trellis" in page
    assert "Check again, replacing figures already recorded" in page

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("imports:check_again", args=[project.pk, job.pk]))
    job.refresh_from_db()
    assert (job.status, job.replace_existing, job.replaced) == ("ready", True, 1)
    assert DataPoint.objects.get(measure=referrals).value == 9


def test_confirming_twice_imports_once(editor_client, project, referrals,
                                       django_capture_on_commit_callbacks):
    job = checked(editor_client, project, HEADER + "Referrals,01/03/2026,3,,,\n",
                  django_capture_on_commit_callbacks)
    confirm(editor_client, job, django_capture_on_commit_callbacks)
    response = confirm(editor_client, job, django_capture_on_commit_callbacks)
    page = editor_client.get(response["Location"]).content.decode()
    assert "can no longer be imported" in page
    assert DataPoint.objects.count() == 1


def test_cancelling_removes_the_file_and_writes_nothing(
        editor_client, project, referrals, django_capture_on_commit_callbacks, settings):
    job = checked(editor_client, project, HEADER + "Referrals,01/03/2026,3,,,\n",
                  django_capture_on_commit_callbacks)
    folder = files.path_of(job, "")
    assert folder.exists()
    editor_client.post(reverse("imports:cancel", args=[project.pk, job.pk]))
    job.refresh_from_db()
    assert job.status == "cancelled" and job.message == "Cancelled by Eddie"
    assert not folder.exists()
    response = confirm(editor_client, job, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert not DataPoint.objects.exists()


def test_a_viewer_sees_the_job_without_the_buttons(viewer_client, project, referrals):
    job = ImportJobFactory(project=project)
    page = viewer_client.get(job_url(job)).content.decode()
    assert "Ready to import" in page
    assert "Import these figures" not in page and "Cancel this import" not in page


def test_a_waiting_job_offers_progress_and_an_optional_refresh(editor_client, project):
    job = ImportJobFactory(project=project, status="queued")
    page = editor_client.get(job_url(job)).content.decode()
    assert "Waiting for the check to start" in page
    assert 'http-equiv="refresh"' not in page
    assert "Refresh this page every 5 seconds until it finishes" in page
    page = editor_client.get(job_url(job) + "?refresh=on").content.decode()
    assert '<meta http-equiv="refresh" content="5">' in page
    assert "Stop refreshing this page" in page


def test_progress_comes_from_the_worker(editor_client, project):
    job = ImportJobFactory(project=project, status="checking", folder="imports/1/abc")
    progress.write(files.path_of(job, files.PROGRESS), "checking", 120_001, 0.4)
    page = editor_client.get(job_url(job)).content.decode()
    assert "Checked 120,000 rows so far (about 40% of the way through)" in page


def test_a_job_whose_worker_stopped_while_writing_is_shown_as_failed(editor_client, project):
    job = ImportJobFactory(project=project, status="writing", folder="imports/1/def")
    beat = files.path_of(job, files.PROGRESS)
    progress.write(beat, "writing", 5000, 0.1)
    page = editor_client.get(job_url(job)).content.decode()
    assert "Imported 4,999 of 1 row so far" in page  # still alive: the beat is fresh

    stale = time.time() - progress.STALE_AFTER - 5
    os.utime(beat, (stale, stale))
    page = editor_client.get(job_url(job)).content.decode()
    job.refresh_from_db()
    assert job.status == "failed"
    assert "Failed" in page
    assert "The import stopped before it finished because the background worker stopped" in page
    assert not beat.exists()


def test_a_job_slow_to_start_says_so(editor_client, project):
    job = ImportJobFactory(project=project, status="confirmed")
    type(job).objects.filter(pk=job.pk).update(
        updated_at=job.updated_at - datetime.timedelta(minutes=5))
    page = editor_client.get(job_url(job)).content.decode()
    assert "taking longer than usual to start" in page
