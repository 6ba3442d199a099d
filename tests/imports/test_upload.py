"""Uploading a file: refused at once when it is clearly not CSV or Excel, otherwise kept
outside the web root and checked in the background."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.imports.factories import MeasureFactory
from tests.imports.helpers import HEADER, csv_file, latest_job, upload, xlsx_bytes
from trellis.imports import reading
from trellis.imports.models import ImportJob

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mid_april")]


def url(project):
    return reverse("imports:upload", args=[project.pk])


def test_the_form_is_shown_with_the_template_links(editor_client, project):
    MeasureFactory(project=project, name="Referrals")
    page = editor_client.get(url(project)).content.decode()
    assert "Upload a file of figures" in page
    assert 'type="file"' in page and 'enctype="multipart/form-data"' in page
    assert "Replace figures already recorded" in page
    assert reverse("imports:template_xlsx", args=[project.pk]) in page


def test_no_file_is_a_clear_error(editor_client, project):
    response = editor_client.post(url(project), {})
    page = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in page
    assert "Select a CSV file or an Excel workbook" in page
    assert not ImportJob.objects.exists()


def test_a_pdf_named_csv_is_refused_by_its_content(editor_client, project):
    fake = SimpleUploadedFile("figures.csv", b"%PDF-1.7 not really figures")
    page = editor_client.post(url(project), {"file": fake}).content.decode()
    assert "The file is a PDF, not a CSV file or an Excel workbook" in page
    assert not ImportJob.objects.exists()


def test_a_workbook_named_csv_is_read_as_a_workbook(
        editor_client, project, django_capture_on_commit_callbacks):
    MeasureFactory(project=project, name="Referrals")
    data = xlsx_bytes([["measure", "period", "value"],
                       ["Referrals", datetime.datetime(2026, 3, 1), 4]])
    upload(editor_client, project, SimpleUploadedFile("figures.csv", data),
           capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    assert (job.status, job.file_kind, job.added) == ("ready", "Excel workbook", 1)


def test_a_file_over_the_limit_is_refused_before_it_is_read(editor_client, project,
                                                           monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1024 * 1024)
    big = csv_file(HEADER + "Referrals,01/03/2026,1,,,\n" * 60_000)
    assert big.size > 1024 * 1024
    monkeypatch.setattr(reading, "_text_problem", lambda head: pytest.fail("read the file"))
    page = editor_client.post(url(project), {"file": big}).content.decode()
    assert "The selected file must be smaller than 1 MB" in page
    assert not ImportJob.objects.exists()


def test_an_accepted_file_is_kept_outside_the_web_root_and_checked(
        editor_client, editor, project, tasks_at_once, django_capture_on_commit_callbacks,
        settings):
    MeasureFactory(project=project, name="Referrals")
    response = upload(editor_client, project,
                      csv_file(HEADER + "Referrals,01/03/2026,3,,,\n", name="March.csv"))
    job = latest_job(project)
    assert response["Location"] == reverse("imports:job", args=[project.pk, job.pk])
    assert (job.status, job.file_name, job.created_by) == ("queued", "March.csv", editor)
    stored = Path(settings.MEDIA_ROOT) / job.upload_name
    assert stored.read_bytes().startswith(b"measure,period")
    assert Path(settings.MEDIA_ROOT) in stored.parents
    assert not str(stored).startswith(str(settings.STATIC_ROOT))


def test_the_check_runs_once_the_upload_is_saved(editor_client, project,
                                                 django_capture_on_commit_callbacks):
    MeasureFactory(project=project, name="Referrals")
    upload(editor_client, project, csv_file(HEADER + "Referrals,01/03/2026,3,,,\n"),
           capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    assert (job.status, job.rows, job.added, job.file_kind) == (
        "ready", 1, 1, "CSV file, UTF-8 text")


def test_a_long_file_name_is_shortened_keeping_its_extension(
        editor_client, project, django_capture_on_commit_callbacks):
    upload(editor_client, project, csv_file(HEADER, name="x" * 300 + ".csv"))
    job = latest_job(project)
    assert len(job.file_name) == 200 and job.file_name.endswith(".csv")


def test_a_new_upload_replaces_the_same_persons_file_waiting_for_a_decision(
        editor_client, project, django_capture_on_commit_callbacks, settings):
    MeasureFactory(project=project, name="Referrals")
    text = HEADER + "Referrals,01/03/2026,3,,,\n"
    upload(editor_client, project, csv_file(text), capture=django_capture_on_commit_callbacks)
    first = latest_job(project)
    upload(editor_client, project, csv_file(text), capture=django_capture_on_commit_callbacks)
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert first.message == "A later file from the same person replaced it"
    assert not (Path(settings.MEDIA_ROOT) / first.folder).exists()
