"""Files to upload, and a way to upload them as a person would."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from trellis.imports.models import ImportJob

HEADER = "measure,period,value,numerator,denominator,note\n"


def csv_file(text: str, name: str = "figures.csv", encoding: str = "utf-8",
             bom: bool = False) -> SimpleUploadedFile:
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return SimpleUploadedFile(name, data, content_type="text/csv")


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_file(rows, name: str = "figures.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, xlsx_bytes(rows))


def upload(client, project, file, *, replace: bool = False, capture=None):
    """POST the upload form; with `capture` (django_capture_on_commit_callbacks) the
    check runs as the request's transaction commits, as it would in the worker."""
    data = {"file": file}
    if replace:
        data["replace_existing"] = "on"
    url = reverse("imports:upload", args=[project.pk])
    if capture is None:
        return client.post(url, data)
    with capture(execute=True):
        return client.post(url, data)


def latest_job(project) -> ImportJob:
    return ImportJob.objects.filter(project=project).latest("pk")


def confirm(client, job, capture):
    with capture(execute=True):
        return client.post(reverse("imports:confirm", args=[job.project_id, job.pk]))
