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
from .forms import EngagementForm

STALE = ("Someone else changed this activity while you were editing it. Your changes "
         "have not been saved yet: they are still in the form. Check them against the "
         "latest saved version, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activities = list(project.engagement_activities.prefetch_related("audiences"))
    return render(request, "engagement/index.html", {
        "nav": "portfolio", "project": project,
        "rows": presenters.activity_rows(project.pk, activities),
        "audience_counts": presenters.audience_counts(activities),
        "families_engaged": presenters.families_engaged(activities),
        "people": sum(a.people_count for a in activities),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = EngagementForm(posted(request))
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        activity = services.log_activity(project=project, created_by=request.user,
                                         **form.cleaned_data)
        messages.success(request, f"Engagement logged: {activity}")
        return redirect("engagement:index", project_pk=project.pk)
    return render(request, "engagement/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, engagement_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activity = get_activity_for_user(request, project, engagement_pk)
    form = EngagementForm(posted(request), instance=activity)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        conflict = save_or_conflict(
            form, partial(services.update_activity, activity=activity,
                          changed_by=request.user, **fields),
            reload=lambda: get_activity_for_user(request, project, engagement_pk),
            message=STALE)
        if conflict:
            latest = conflict.latest
            return render(request, "engagement/form.html", {
                "nav": "portfolio", "project": project, "activity": latest,
                "latest": latest, "latest_audiences": presenters.audience_labels(latest),
                "form": conflict.form,
            })
        messages.success(request, "Engagement activity saved")
        return redirect("engagement:index", project_pk=project.pk)
    return render(request, "engagement/form.html",
                  {"nav": "portfolio", "project": project, "activity": activity, "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, engagement_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    activity = get_activity_for_user(request, project, engagement_pk)
    if request.method == "POST":
        services.remove_activity(activity=activity, removed_by=request.user)
        messages.success(request, f"Engagement activity removed: {activity}")
        return redirect("engagement:index", project_pk=project.pk)
    return render(request, "engagement/remove.html", {
        "nav": "portfolio", "project": project, "activity": activity,
        "audiences": presenters.audience_labels(activity),
        "cited_by": activity.barriers_enablers.count(),
    })
