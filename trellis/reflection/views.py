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
from .access import get_action_for_user, get_review_for_user
from .forms import ActionForm, ReviewForm, StatusForm
from .models import Status

STALE = ("Someone else changed this {} while you were editing it. Your changes have not "
         "been saved yet: they are still in the form. Check them against what the other "
         "person saved, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    today = timezone.localdate()
    return render(request, "reflection/index.html", {
        "nav": "portfolio", "project": project,
        "cards": presenters.review_cards(project, today),
        "overdue": len(presenters.overdue_actions(project, today)),
        "statuses": Status.choices,
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = ReviewForm(posted(request), project=project)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        review = services.record_review(project=project, created_by=request.user,
                                        **form.review_values())
        messages.success(request, f"{review} recorded")
        return redirect("reflection:index", project_pk=project.pk)
    return render(request, "reflection/form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, review_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    review = get_review_for_user(request, project, review_pk)
    form = ReviewForm(posted(request), project=project, instance=review)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_review, review=review, changed_by=request.user,
                          **form.review_values()),
            reload=lambda: get_review_for_user(request, project, review_pk),
            message=STALE.format("review"), project=project)
        if conflict:
            return render(request, "reflection/form.html", {
                "nav": "portfolio", "project": project, "review": conflict.latest,
                "form": conflict.form, "changes": conflict.changes})
        messages.success(request, "Review saved")
        return redirect("reflection:index", project_pk=project.pk)
    return render(request, "reflection/form.html",
                  {"nav": "portfolio", "project": project, "review": review, "form": form})


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, review_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    review = get_review_for_user(request, project, review_pk)
    if request.method == "POST":
        services.remove_review(review=review, removed_by=request.user)
        messages.success(request, "Review removed")
        return redirect("reflection:index", project_pk=project.pk)
    return render(request, "reflection/remove.html", {
        "nav": "portfolio", "project": project, "review": review,
        "action_count": review.actions.count()})


@access("viewer")
def actions(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    today = timezone.localdate()
    rows = presenters.action_rows(project.pk, presenters.all_actions(project, today), today)
    return render(request, "reflection/actions.html", {
        "nav": "portfolio", "project": project, "rows": rows,
        "overdue": sum(row.overdue for row in rows), "statuses": Status.choices})


@access("editor", methods=("GET", "POST"))
def add_action(request: HttpRequest, project_pk: int, review_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    review = get_review_for_user(request, project, review_pk)
    form = ActionForm(posted(request))
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        services.add_action(review=review, created_by=request.user, **form.action_values())
        messages.success(request, "Action added")
        return redirect("reflection:index", project_pk=project.pk)
    return render(request, "reflection/action_form.html",
                  {"nav": "portfolio", "project": project, "review": review, "form": form})


@access("editor", methods=("GET", "POST"))
def edit_action(request: HttpRequest, project_pk: int, action_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    action = get_action_for_user(request, project, action_pk)
    form = ActionForm(posted(request), instance=action)
    context = {"nav": "portfolio", "project": project, "review": action.meeting,
               "action": action}
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_action, action=action, changed_by=request.user,
                          **form.action_values()),
            reload=lambda: get_action_for_user(request, project, action_pk),
            message=STALE.format("action"))
        if conflict:
            return render(request, "reflection/action_form.html", {
                **context, "action": conflict.latest, "form": conflict.form,
                "changes": conflict.changes})
        messages.success(request, "Action saved")
        return redirect("reflection:actions", project_pk=project.pk)
    return render(request, "reflection/action_form.html", {**context, "form": form})


@access("editor", methods=("POST",))
def action_status(request: HttpRequest, project_pk: int, action_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    action = get_action_for_user(request, project, action_pk)
    form = StatusForm(request.POST)
    back = "reflection:index" if request.POST.get("back") == "log" else "reflection:actions"
    if not form.is_valid():
        messages.error(request, form.errors["status"][0])
        return redirect(back, project_pk=project.pk)
    try:
        services.set_action_status(action=action, status=form.cleaned_data["status"],
                                   changed_by=request.user)
    except services.StaleEditError:
        messages.error(request, "Someone else changed this action at the same moment. "
                                "Check its status and try again.")
        return redirect(back, project_pk=project.pk)
    messages.success(request, f"Action marked as {Status(action.status).label.lower()}")
    return redirect(back, project_pk=project.pk)


@access("editor", methods=("GET", "POST"))
def remove_action(request: HttpRequest, project_pk: int, action_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    action = get_action_for_user(request, project, action_pk)
    if request.method == "POST":
        services.remove_action(action=action, removed_by=request.user)
        messages.success(request, "Action removed")
        return redirect("reflection:actions", project_pk=project.pk)
    return render(request, "reflection/remove_action.html",
                  {"nav": "portfolio", "project": project, "action": action,
                   "due": presenters.long_date(action.due_on)})
