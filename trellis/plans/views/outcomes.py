from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import presenters, services
from ..access import get_final_outcome_for_user, get_outcome_for_user
from ..forms import FinalOutcomeForm, ImplementationOutcomeForm
from .editing import edit_record

IMPLEMENTATION = {"kind": "implementation outcome", "a_kind": "an implementation outcome",
                  "list_url": "plans:outcomes"}
FINAL = {"kind": "final outcome", "a_kind": "a final outcome", "list_url": "plans:final_outcomes"}


@access("viewer")
def outcomes(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "plans/outcomes.html", {
        "nav": "portfolio", "project": project, "groups": presenters.outcome_groups(project)})


@access("editor", methods=("GET", "POST"))
def add_outcome(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = ImplementationOutcomeForm(posted(request), initial={"term": request.GET.get("term")})
    if request.method == "POST" and form.is_valid():
        services.add_outcome(project=project, created_by=request.user, **form.values())
        messages.success(request, "Implementation outcome added")
        return redirect("plans:outcomes", project_pk=project.pk)
    return render(request, "plans/outcome_form.html", {
        "nav": "portfolio", "project": project, "form": form, "adding": True, **IMPLEMENTATION})


@access("editor", methods=("GET", "POST"))
def edit_outcome(request: HttpRequest, project_pk: int, outcome_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    outcome = get_outcome_for_user(request, project, outcome_pk)
    return edit_record(
        request, record=outcome, form_class=ImplementationOutcomeForm,
        refetch=lambda: get_outcome_for_user(request, project, outcome_pk),
        save=lambda **values: services.update_outcome(outcome=outcome, changed_by=request.user,
                                                      **values),
        template="plans/outcome_form.html", context={"project": project, **IMPLEMENTATION},
        done="Implementation outcome saved",
        success_url=reverse("plans:outcomes", args=[project.pk]))


@access("editor", methods=("GET", "POST"))
def remove_outcome(request: HttpRequest, project_pk: int, outcome_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    outcome = get_outcome_for_user(request, project, outcome_pk)
    if request.method == "POST":
        services.remove_outcome(outcome=outcome, removed_by=request.user)
        messages.success(request, "Implementation outcome removed. Earlier revisions of the "
                                  "plan still show it")
        return redirect("plans:outcomes", project_pk=project.pk)
    return render(request, "plans/remove_outcome.html", {
        "nav": "portfolio", "project": project, "outcome": outcome, **IMPLEMENTATION})


@access("viewer")
def final_outcomes(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "plans/final_outcomes.html", {
        "nav": "portfolio", "project": project,
        "groups": presenters.final_outcome_groups(project)})


@access("editor", methods=("GET", "POST"))
def add_final_outcome(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = FinalOutcomeForm(posted(request), initial={"audience": request.GET.get("audience")})
    if request.method == "POST" and form.is_valid():
        services.add_final_outcome(project=project, created_by=request.user, **form.values())
        messages.success(request, "Final outcome added")
        return redirect("plans:final_outcomes", project_pk=project.pk)
    return render(request, "plans/outcome_form.html", {
        "nav": "portfolio", "project": project, "form": form, "adding": True, **FINAL})


@access("editor", methods=("GET", "POST"))
def edit_final_outcome(request: HttpRequest, project_pk: int,
                       final_outcome_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    outcome = get_final_outcome_for_user(request, project, final_outcome_pk)
    return edit_record(
        request, record=outcome, form_class=FinalOutcomeForm,
        refetch=lambda: get_final_outcome_for_user(request, project, final_outcome_pk),
        save=lambda **values: services.update_final_outcome(
            outcome=outcome, changed_by=request.user, **values),
        template="plans/outcome_form.html", context={"project": project, **FINAL},
        done="Final outcome saved",
        success_url=reverse("plans:final_outcomes", args=[project.pk]))


@access("editor", methods=("GET", "POST"))
def remove_final_outcome(request: HttpRequest, project_pk: int,
                         final_outcome_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    outcome = get_final_outcome_for_user(request, project, final_outcome_pk)
    if request.method == "POST":
        services.remove_final_outcome(outcome=outcome, removed_by=request.user)
        messages.success(request, "Final outcome removed. Earlier revisions of the plan "
                                  "still show it")
        return redirect("plans:final_outcomes", project_pk=project.pk)
    return render(request, "plans/remove_outcome.html", {
        "nav": "portfolio", "project": project, "outcome": outcome, **FINAL})
