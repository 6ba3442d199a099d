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
from .access import get_adaptation_for_user
from .forms import AdaptationForm

STALE = ("Someone else changed this adaptation while you were editing it. Your changes have "
         "not been saved yet: they are still in the form. Check them against what the other "
         "person saved, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    adaptations = list(project.adaptations.select_related("core_component"))
    facts = presenters.facts_of(adaptations)
    return render(request, "adaptations/index.html", {
        "nav": "portfolio", "project": project,
        "cards": presenters.cards(project.pk, adaptations),
        "to_core": len(facts.to_core_components),
        "findings": findings(project, "adaptations", facts),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = AdaptationForm(posted(request), project=project)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        services.record_adaptation(project=project, created_by=request.user,
                                   **form.adaptation_values())
        messages.success(request, "Adaptation recorded")
        return redirect("adaptations:index", project_pk=project.pk)
    return render(request, "adaptations/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, adaptation_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    adaptation = get_adaptation_for_user(request, project, adaptation_pk)
    form = AdaptationForm(posted(request), project=project, instance=adaptation)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_adaptation, adaptation=adaptation,
                          changed_by=request.user, **form.adaptation_values()),
            reload=lambda: get_adaptation_for_user(request, project, adaptation_pk),
            message=STALE, project=project)
        if conflict:
            return render(request, "adaptations/form.html", {
                "nav": "portfolio", "project": project, "adaptation": conflict.latest,
                "form": conflict.form, "changes": conflict.changes})
        messages.success(request, "Adaptation saved")
        return redirect("adaptations:index", project_pk=project.pk)
    return render(request, "adaptations/form.html",
                  {"nav": "portfolio", "project": project, "adaptation": adaptation,
                   "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, adaptation_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    adaptation = get_adaptation_for_user(request, project, adaptation_pk)
    if request.method == "POST":
        services.remove_adaptation(adaptation=adaptation, removed_by=request.user)
        messages.success(request, "Adaptation removed")
        return redirect("adaptations:index", project_pk=project.pk)
    return render(request, "adaptations/remove.html",
                  {"nav": "portfolio", "project": project, "adaptation": adaptation})
