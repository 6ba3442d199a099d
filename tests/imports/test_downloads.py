"""Templates to fill in, listing the project's measures, safe to open in a spreadsheet;
and the imports page with the history of what each import did."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.imports.factories import ImportJobFactory, MeasureFactory
from tests.imports.helpers import confirm, latest_job, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("mid_april")]


@pytest.fixture
def measures(project, other_project):
    MeasureFactory(project=project, name="Referrals", frequency="monthly")
    MeasureFactory(project=project, name="Conversion", kind="proportion", frequency="monthly")
    MeasureFactory(project=project, name="=HYPERLINK(\"http://x\")", frequency="quarterly")
    MeasureFactory(project=project, name="Fidelity: private time", kind="proportion",
                   source="fidelity")
    MeasureFactory(project=other_project, name="Eastmere measure")


def test_the_csv_template_lists_importable_measures_with_the_columns(viewer_client, project,
                                                                     measures):
    response = viewer_client.get(reverse("imports:template_csv", args=[project.pk]))
    assert response["Content-Disposition"] == (
        'attachment; filename="family-group-conferences-import-template.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["measure", "period", "value", "numerator", "denominator", "note"]
    assert [r[0] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "Conversion", "Referrals"]
    assert all(r[1:] == [""] * 5 for r in rows[1:])


def test_the_workbook_template_has_the_data_sheet_first_and_a_guide(viewer_client, project,
                                                                    measures):
    response = viewer_client.get(reverse("imports:template_xlsx", args=[project.pk]))
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Data", "Measures"]
    data = list(book["Data"].iter_rows(values_only=True))
    assert data[0] == ("measure", "period", "value", "numerator", "denominator", "note")
    first = book["Data"]["A2"]
    assert first.data_type == "s" and first.value == "'=HYPERLINK(\"http://x\")"
    guide = {row[0]: row for row in book["Measures"].iter_rows(min_row=2, values_only=True)}
    assert guide["Conversion"][2] == "numerator and denominator"
    assert guide["Referrals"][2] == "value"
    assert "Fidelity: private time" not in guide


def test_a_filled_in_workbook_template_imports(editor_client, project, measures,
                                               django_capture_on_commit_callbacks):
    response = editor_client.get(reverse("imports:template_xlsx", args=[project.pk]))
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Data"]
    for row in sheet.iter_rows(min_row=2):
        name = row[0].value
        row[1].value = datetime.datetime(2026, 1, 1)
        if name == "Conversion":
            row[3].value, row[4].value = 3, 5
        else:
            row[2].value = 4
    sheet["A2"].value = "=HYPERLINK(\"http://x\")"  # its real name, as typed
    buffer = io.BytesIO()
    book.save(buffer)
    upload(editor_client, project, SimpleUploadedFile("template.xlsx", buffer.getvalue()),
           capture=django_capture_on_commit_callbacks)
    job = latest_job(project)
    assert (job.status, job.added) == ("ready", 3), list(job.problems.values_list("message"))
    confirm(editor_client, job, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == "done"


def test_the_imports_page_shows_what_each_import_did(viewer_client, project, editor):
    ImportJobFactory(project=project, created_by=editor, file_name="march.csv",
                     status="done", added=120, replaced=3)
    ImportJobFactory(project=project, file_name="april.xlsx", status="problems",
                     problem_count=4, rows=50)
    page = viewer_client.get(reverse("imports:index", args=[project.pk])).content.decode()
    assert "march.csv" in page and "Imported 120 new figures and replaced 3 figures" in page
    assert "by Eddie" in page
    assert "april.xlsx" in page and "4 problems in 50 rows; nothing was imported" in page
    assert "Upload a file" not in page  # a viewer cannot import


def test_an_editor_can_start_from_the_imports_page(editor_client, project, measures):
    page = editor_client.get(reverse("imports:index", args=[project.pk])).content.decode()
    assert reverse("imports:upload", args=[project.pk]) in page
    assert "lists this project\u2019s 3 measures" in page
