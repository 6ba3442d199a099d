import copy

from django.contrib import messages
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.downloads import csv_download, xlsx_download
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import exports, presenters, services
from .access import get_evidence_for_user
from .forms import EvidenceForm

STALE = ("Someone else changed this evidence while you were editing it. Your changes have "
         "not been saved yet: they are still in the form. Check them against the latest "
         "saved version, then save again.")
FILE_AGAIN = " If you were attaching a file, choose it again."


def _fields(form: EvidenceForm) -> dict:
    return {name: form.cleaned_data[name] for name in services.EDITABLE_FIELDS}


@access("viewer")
def evidence_list(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    filtered = presenters.filter_evidence(project, request.GET.get("slice", ""))
    page = presenters.evidence_page(filtered.items, request.GET.get("page"))
    return render(request, "evidence/list.html", {
        "nav": "portfolio", "project": project, "filtered": filtered, "page": page,
        "rows": presenters.evidence_rows(project, page),
        "slice_options": presenters.slice_options(filtered.chosen),
        "add_url": presenters.add_url(project, filtered.chosen),
        "pie": presenters.evidence_pie(project),
    })


@access("viewer")
def pie(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "evidence/pie.html", {
        "nav": "portfolio", "project": project, "pie": presenters.evidence_pie(project)})


@access("viewer")
def detail(request: HttpRequest, project_pk: int, evidence_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_evidence_for_user(request, project, evidence_pk)
    return render(request, "evidence/detail.html", {
        "nav": "portfolio", "project": project, "item": item,
        "facts": presenters.item_facts(item),
        "file_size": presenters.file_size(item.attachment_size),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    chosen = request.GET.get("slice", "")
    initial = {"slice": chosen} if chosen in presenters.slice_names() else None
    form = EvidenceForm(posted(request), request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        item = services.add_evidence(project=project, created_by=request.user,
                                     upload=form.upload(), **_fields(form))
        messages.success(request, f"Evidence \u2018{item.title}\u2019 added")
        return redirect("evidence:detail", project_pk=project.pk, evidence_pk=item.pk)
    return render(request, "evidence/add.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, evidence_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_evidence_for_user(request, project, evidence_pk)
    # The form works on a copy, so the page keeps showing the saved title.
    form = EvidenceForm(posted(request), request.FILES or None, instance=copy.copy(item))
    latest = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_evidence(
                item=item, version=form.cleaned_data["version"] or 0, changed_by=request.user,
                upload=form.upload(),
                remove_attachment=form.cleaned_data.get("remove_attachment", False),
                **_fields(form))
        except services.StaleEditError:
            latest = get_evidence_for_user(request, project, evidence_pk)
            data = request.POST.copy()
            data["version"] = latest.version
            form = EvidenceForm(data, instance=copy.copy(latest))
            form.is_valid()
            form.add_error(None, STALE + (FILE_AGAIN if request.FILES else ""))
        else:
            messages.success(request, "Evidence saved")
            return redirect("evidence:detail", project_pk=project.pk, evidence_pk=item.pk)
    return render(request, "evidence/edit.html", {
        "nav": "portfolio", "project": project, "item": item, "form": form,
        "latest": latest, "latest_facts": presenters.item_facts(latest) if latest else None,
    })


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, evidence_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_evidence_for_user(request, project, evidence_pk)
    if request.method == "POST":
        services.remove_evidence(item=item, removed_by=request.user)
        messages.success(request, f"Evidence \u2018{item.title}\u2019 removed")
        return redirect("evidence:list", project_pk=project.pk)
    return render(request, "evidence/remove.html",
                  {"nav": "portfolio", "project": project, "item": item})


@access("viewer")
def attachment(request: HttpRequest, project_pk: int, evidence_pk: int) -> HttpResponse:
    """The attached file, only ever as a download with its checked type."""
    project = get_project_for_user(request, project_pk)
    item = get_evidence_for_user(request, project, evidence_pk)
    if not item.attachment:
        messages.info(request, "This evidence has no attached file")
        return redirect("evidence:detail", project_pk=project.pk, evidence_pk=item.pk)
    try:
        stored = default_storage.open(item.attachment.name, "rb")
    except FileNotFoundError:
        raise Http404("The attached file is missing") from None
    response = FileResponse(stored, as_attachment=True, filename=item.attachment_name,
                            content_type=item.attachment_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@access("viewer")
def export_csv(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    sheet = exports.evidence_sheet(project)
    return csv_download(exports.filename(project, "csv"), sheet.columns, sheet.rows)


@access("viewer")
def export_xlsx(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return xlsx_download(exports.filename(project, "xlsx"), [exports.evidence_sheet(project)])
