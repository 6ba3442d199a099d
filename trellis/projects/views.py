from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.insights.parts import build_parts
from trellis.organisations.access import access

from . import presenters, services
from .access import (
    get_checklist_item_or_404,
    get_phase_or_404,
    get_project_for_user,
    get_team_member_for_user,
)
from .deliver import deliver_summary
from .explore import explore_findings, explore_summary, explore_workbook
from .forms import (
    ChecklistAnswerForm,
    NewProjectForm,
    PhaseForm,
    PortfolioFilterForm,
    ProjectForm,
    TeamMemberForm,
)
from .models import Phase, Project
from .prepare import prepare_summary

STALE = ("Someone else changed this project while you were editing it. Your changes "
         "have not been saved yet: they are still in the form. Check them against the "
         "latest saved version, then save again.")


def _latest(request: HttpRequest, project: Project) -> Project:
    """The project as saved now, after someone else's change."""
    return Project.objects.for_organisation(request.organisation).get(pk=project.pk)


@access("viewer")
def portfolio(request: HttpRequest) -> HttpResponse:
    form = PortfolioFilterForm(request.GET or None)
    choice = form.cleaned_data if form.is_valid() else {}
    projects = Project.objects.for_organisation(request.organisation)
    listed = presenters.filter_portfolio(
        projects, phase=choice.get("phase", ""),
        status=choice.get("status", ""), sort=choice.get("sort") or "title",
    )
    return render(request, "projects/portfolio.html", {
        "nav": "portfolio",
        "filter_form": form,
        "rows": presenters.portfolio_rows(listed),
        "phase_counts": presenters.phase_counts(projects),
        "filtered": bool(choice.get("phase") or choice.get("status")),
    })


@access("editor", methods=("GET", "POST"))
def create(request: HttpRequest) -> HttpResponse:
    form = NewProjectForm(posted(request))
    if request.method == "POST" and form.is_valid():
        project = services.create_project(organisation=request.organisation,
                                          created_by=request.user, **form.cleaned_data)
        messages.success(request, f"Project '{project.title}' created")
        return redirect("projects:detail", project_pk=project.pk)
    return render(request, "projects/create.html", {"nav": "portfolio", "form": form})


@access("viewer")
def detail(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    team = list(project.team.select_related("user"))
    progress = presenters.checklist_progress(project)
    parts = build_parts(project)
    return render(request, "projects/detail.html", {
        "nav": "portfolio",
        "project": project,
        "team": team,
        "progress": progress,
        "findings": presenters.critical_friend(project, team, progress, parts),
        "explore": explore_summary(project, parts),
        "prepare": prepare_summary(parts),
        "deliver": deliver_summary(parts),
        "phase_colour": presenters.PHASE_COLOURS[Phase(project.phase)],
    })


@access("viewer")
def history(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "projects/history.html", {
        "nav": "portfolio", "project": project,
        "phase_changes": project.phase_changes.select_related("changed_by"),
    })


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = ProjectForm(posted(request), instance=project)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        conflict = save_or_conflict(
            form, partial(services.update_project, project=project, changed_by=request.user,
                          **fields),
            reload=lambda: _latest(request, project), message=STALE)
        if conflict:
            return render(request, "projects/edit.html", {
                "nav": "portfolio", "form": conflict.form, "project": conflict.latest,
                "latest": conflict.latest})
        messages.success(request, "Project details saved")
        return redirect("projects:detail", project_pk=project.pk)
    return render(request, "projects/edit.html",
                  {"nav": "portfolio", "form": form, "project": project})


@access("editor", methods=("GET", "POST"))
def change_phase(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = PhaseForm(posted(request), project=project)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.change_phase, project=project,
                          to_phase=form.cleaned_data["phase"],
                          reason=form.cleaned_data["reason"], changed_by=request.user),
            reload=lambda: _latest(request, project), message=STALE, latest_as="project")
        if not conflict:
            messages.success(request, f"Moved to {project.get_phase_display()}")
            return redirect("projects:detail", project_pk=project.pk)
        project, form = conflict.latest, conflict.form
    return render(request, "projects/change_phase.html",
                  {"nav": "portfolio", "form": form, "project": project})


@access("editor", methods=("POST",))
def archive(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    archived = not project.is_archived
    services.set_archived(project=project, archived=archived, changed_by=request.user)
    messages.success(request, f"Project '{project.title}' "
                              f"{'archived' if archived else 'restored'}")
    return redirect("projects:detail", project_pk=project.pk)


@access("editor", methods=("GET", "POST"))
def add_team_member(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = TeamMemberForm(posted(request), project=project,
                          organisation=request.organisation)
    if request.method == "POST" and form.is_valid():
        member = services.add_team_member(project=project, added_by=request.user,
                                          **form.cleaned_data)
        messages.success(request, f"{member.user} added as {member.get_role_display().lower()}")
        return redirect("projects:detail", project_pk=project.pk)
    return render(request, "projects/add_team_member.html",
                  {"nav": "portfolio", "form": form, "project": project})


@access("editor", methods=("POST",))
def remove_team_member(request: HttpRequest, project_pk: int, member_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    member = get_team_member_for_user(request, project, member_pk)
    services.remove_team_member(member=member, removed_by=request.user)
    messages.success(request, f"{member.user} is no longer "
                              f"{member.get_role_display().lower()} on this project")
    return redirect("projects:detail", project_pk=project.pk)


@access("viewer")
def checklist(request: HttpRequest, project_pk: int, phase: str) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    phase_content = get_phase_or_404(phase)
    progress = next(p for p in presenters.checklist_progress(project) if p.phase == phase)
    return render(request, "projects/checklist.html", {
        "nav": "portfolio", "project": project, "phase": phase_content, "progress": progress,
    })


@access("editor", methods=("GET", "POST"))
def answer(request: HttpRequest, project_pk: int, phase: str, item: str) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    phase_content = get_phase_or_404(phase)
    question = get_checklist_item_or_404(phase_content, item)
    latest = project.checklist_answers.filter(item=question.slug).first()
    initial = {"answer": latest.answer, "note": latest.note} if latest else None
    form = ChecklistAnswerForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.answer_checklist_item(project=project, phase=phase_content.slug,
                                       item=question.slug, answered_by=request.user,
                                       **form.cleaned_data)
        messages.success(request, "Answer saved")
        return redirect("projects:checklist", project_pk=project.pk, phase=phase_content.slug)
    return render(request, "projects/answer.html", {
        "nav": "portfolio", "project": project, "phase": phase_content, "question": question,
        "form": form, "history": project.checklist_answers.filter(item=question.slug)
        .select_related("answered_by")[:10],
    })


@access("viewer")
def explore(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    parts = build_parts(project)
    return render(request, "projects/explore.html", {
        "nav": "portfolio",
        "project": project,
        "explore": explore_summary(project, parts),
        "findings": explore_findings(project, parts),
    })


@access("viewer")
def explore_download(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return explore_workbook(project)
