from django.contrib import messages
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.downloads import csv_download, xlsx_download
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import downloads, presenters, services
from .access import get_job_for_user
from .forms import UploadForm

HISTORY_LENGTH = 50


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    jobs = list(project.imports.select_related("created_by")[:HISTORY_LENGTH])
    for job in jobs:
        services.settle(job)
    return render(request, "imports/index.html", {
        "nav": "portfolio", "project": project,
        "history": presenters.history(project.pk, jobs),
        "measures": downloads.importable(project),
    })


@access("editor", methods=("GET", "POST"))
def upload(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = UploadForm(posted(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = services.start_import(
            project=project, started_by=request.user, upload=form.cleaned_data["file"],
            replace_existing=form.cleaned_data["replace_existing"], file_kind=form.file_kind)
        return redirect("imports:job", project_pk=project.pk, job_pk=job.pk)
    return render(request, "imports/upload.html", {
        "nav": "portfolio", "project": project, "form": form,
        "measures": downloads.importable(project),
    })


@access("viewer")
def job(request: HttpRequest, project_pk: int, job_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    found = services.settle(get_job_for_user(request, project, job_pk))
    page = presenters.job_page(found, can_edit=request.membership.can_edit,
                               refresh=request.GET.get("refresh") == "on")
    return render(request, "imports/job.html", {"nav": "portfolio", "project": project,
                                                "page": page, "job": found})


@access("editor", methods=("POST",))
def confirm(request: HttpRequest, project_pk: int, job_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    found = get_job_for_user(request, project, job_pk)
    if services.confirm_import(job=found, confirmed_by=request.user):
        messages.success(request, "Import started")
    else:
        messages.error(request, "This file can no longer be imported: it is not waiting to "
                                "be confirmed")
    return redirect("imports:job", project_pk=project.pk, job_pk=found.pk)


@access("editor", methods=("POST",))
def check_again(request: HttpRequest, project_pk: int, job_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    found = get_job_for_user(request, project, job_pk)
    if services.check_again_replacing(job=found, chosen_by=request.user):
        messages.success(request, "Checking the file again, replacing figures already "
                                  "recorded")
    else:
        messages.error(request, "This file cannot be checked again: upload it again instead")
    return redirect("imports:job", project_pk=project.pk, job_pk=found.pk)


@access("editor", methods=("POST",))
def cancel(request: HttpRequest, project_pk: int, job_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    found = get_job_for_user(request, project, job_pk)
    if services.cancel_import(job=found, cancelled_by=request.user):
        messages.success(request, "Import cancelled: nothing was imported")
    else:
        messages.error(request, "This import cannot be cancelled now")
    return redirect("imports:job", project_pk=project.pk, job_pk=found.pk)


@access("viewer")
def problems(request: HttpRequest, project_pk: int, job_pk: int) -> HttpResponse:
    """Every problem found, as CSV; the kept first few hundred once the full list is gone."""
    project = get_project_for_user(request, project_pk)
    found = get_job_for_user(request, project, job_pk)
    filename = f"import-{found.pk}-problems.csv"
    if found.problems_name:
        try:
            stored = default_storage.open(found.problems_name, "rb")
        except FileNotFoundError:
            stored = None
        if stored is not None:
            response = FileResponse(stored, as_attachment=True, filename=filename,
                                    content_type="text/csv; charset=utf-8")
            response["X-Content-Type-Options"] = "nosniff"
            return response
    sheet = downloads.kept_problems(found)
    return csv_download(filename, sheet.columns, sheet.rows)


@access("viewer")
def template_csv(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    sheet = downloads.data_sheet(project)
    return csv_download(downloads.filename(project, "csv"), sheet.columns, sheet.rows)


@access("viewer")
def template_xlsx(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return xlsx_download(downloads.filename(project, "xlsx"), downloads.workbook(project))
