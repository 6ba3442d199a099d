from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.development.presenters import findings
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import presenters, services
from .access import get_item_for_user
from .forms import ReadinessItemForm

STALE = ("Someone else changed this item while you were editing it. Your changes have not "
         "been saved yet: they are still in the form. Check them against what the other "
         "person saved, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    items = list(project.readiness_items.select_related("owner"))
    standard, others = presenters.area_rows(project.pk, items)
    return render(request, "readiness/index.html", {
        "nav": "portfolio", "project": project, "standard": standard, "others": others,
        "team": list(project.team.select_related("user")),
        "findings": findings(project, "readiness", presenters.facts_of(items)),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = ReadinessItemForm(posted(request), project=project,
                             initial=presenters.initial_area(request.GET))
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        item = services.add_item(project=project, created_by=request.user,
                                 **form.item_values())
        messages.success(request, f"{item.get_area_display()} added to the checklist")
        return redirect("readiness:index", project_pk=project.pk)
    return render(request, "readiness/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, readiness_item_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_item_for_user(request, project, readiness_item_pk)
    form = ReadinessItemForm(posted(request), project=project, instance=item)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_item, item=item, changed_by=request.user,
                          **form.item_values()),
            reload=lambda: get_item_for_user(request, project, readiness_item_pk),
            message=STALE, project=project)
        if conflict:
            return render(request, "readiness/form.html", {
                "nav": "portfolio", "project": project, "item": conflict.latest,
                "form": conflict.form, "changes": conflict.changes})
        messages.success(request, f"{item.get_area_display()} saved")
        return redirect("readiness:index", project_pk=project.pk)
    return render(request, "readiness/form.html",
                  {"nav": "portfolio", "project": project, "item": item, "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, readiness_item_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_item_for_user(request, project, readiness_item_pk)
    if request.method == "POST":
        services.remove_item(item=item, removed_by=request.user)
        messages.success(request, f"{item.get_area_display()} removed from the checklist")
        return redirect("readiness:index", project_pk=project.pk)
    return render(request, "readiness/remove.html",
                  {"nav": "portfolio", "project": project, "item": item})
