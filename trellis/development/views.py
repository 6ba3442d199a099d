from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import presenters, services
from .access import get_activity_for_user
from .forms import ActivityForm

STALE = ("Someone else changed this activity while you were editing it. Your changes have "
         "not been saved yet: they are still in the form. Check them against what the other "
         "person saved, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activities = list(project.pd_activities.prefetch_related("mechanisms"))
    groups = presenters.coverage(activities)
    return render(request, "development/index.html", {
        "nav": "portfolio", "project": project, "groups": groups,
        "covered": [g for g in groups if g.covered],
        "missing": [g for g in groups if not g.covered],
        "rows": presenters.activity_rows(project, activities),
        "findings": presenters.findings(project, presenters.AREA,
                                        presenters.facts_of(activities)),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = ActivityForm(posted(request), project=project)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        activity = services.add_activity(project=project, created_by=request.user,
                                         **form.activity_values())
        messages.success(request, f"'{activity.name}' added to the plan")
        return redirect("development:index", project_pk=project.pk)
    return render(request, "development/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, pd_activity_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activity = get_activity_for_user(request, project, pd_activity_pk)
    form = ActivityForm(posted(request), project=project, instance=activity)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_activity, activity=activity,
                          changed_by=request.user, **form.activity_values()),
            reload=lambda: get_activity_for_user(request, project, pd_activity_pk),
            message=STALE, project=project)
        if conflict:
            return render(request, "development/form.html", {
                "nav": "portfolio", "project": project, "activity": conflict.latest,
                "form": conflict.form, "changes": conflict.changes})
        messages.success(request, f"'{activity.name}' saved")
        return redirect("development:index", project_pk=project.pk)
    return render(request, "development/form.html",
                  {"nav": "portfolio", "project": project, "activity": activity, "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, pd_activity_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activity = get_activity_for_user(request, project, pd_activity_pk)
    if request.method == "POST":
        services.remove_activity(activity=activity, removed_by=request.user)
        messages.success(request, f"'{activity.name}' removed from the plan")
        return redirect("development:index", project_pk=project.pk)
    return render(request, "development/remove.html", {
        "nav": "portfolio", "project": project, "activity": activity,
        "followed_by": [a.name for a in activity.follow_ons.all()]})
