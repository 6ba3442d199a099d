from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import presenters, services
from .access import get_check_for_user
from .forms import FidelityCheckForm

STALE = ("Someone else changed this fidelity check while you were editing it. Your changes "
         "have not been saved yet: they are still in the form. Check them against what the "
         "other person saved, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    today = timezone.localdate()
    return render(request, "fidelity/index.html", {
        "nav": "portfolio", "project": project,
        "rows": presenters.component_rows(project, today),
        "since": presenters.long_date(presenters.since(today)),
        "check_count": project.fidelity_checks.count(),
    })


@access("viewer")
def checks(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    page = presenters.check_page(project, request.GET.get("page"))
    return render(request, "fidelity/checks.html", {
        "nav": "portfolio", "project": project, "page": page,
        "cards": presenters.check_cards(project.pk, page)})


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = FidelityCheckForm(posted(request), project=project)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        services.record_check(project=project, created_by=request.user, **form.check_values())
        messages.success(request, "Fidelity check recorded")
        return redirect("fidelity:checks", project_pk=project.pk)
    return render(request, "fidelity/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, check_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    check = get_check_for_user(request, project, check_pk)
    form = FidelityCheckForm(posted(request), project=project, check=check)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_check, check=check, changed_by=request.user,
                          **form.check_values()),
            reload=lambda: get_check_for_user(request, project, check_pk),
            message=STALE, latest_as="check", project=project)
        if conflict:
            return render(request, "fidelity/form.html", {
                "nav": "portfolio", "project": project, "check": conflict.latest,
                "form": conflict.form, "changes": conflict.changes})
        messages.success(request, "Fidelity check saved")
        return redirect("fidelity:checks", project_pk=project.pk)
    return render(request, "fidelity/form.html",
                  {"nav": "portfolio", "project": project, "check": check, "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, check_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    check = get_check_for_user(request, project, check_pk)
    if request.method == "POST":
        services.remove_check(check=check, removed_by=request.user)
        messages.success(request, "Fidelity check removed")
        return redirect("fidelity:checks", project_pk=project.pk)
    return render(request, "fidelity/remove.html", {
        "nav": "portfolio", "project": project, "check": check,
        "card": presenters.check_cards(project.pk, [check])[0]})
