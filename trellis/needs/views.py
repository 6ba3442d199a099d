from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import presenters, services
from .access import get_practice_note_for_user, get_root_cause_for_user
from .forms import PracticeNoteForm, RootCauseForm

STALE = ("Someone else changed this {thing} while you were editing it. Your changes have not "
         "been saved yet: they are still in the form. Check them against the latest saved "
         "version, then save again.")
EVIDENCE_ELSEWHERE = ("Some of the evidence chosen belongs to another project. Choose "
                      "evidence from this project's own list.")


def rebased(form_class, request: HttpRequest, latest_version: int, thing: str, **kwargs):
    """The editor's own input on top of the latest saved version, marked with
    the conflict, so nothing they typed is lost."""
    data = request.POST.copy()
    data["version"] = latest_version
    form = form_class(data, **kwargs)
    form.is_valid()
    form.add_error(None, STALE.format(thing=thing))
    return form


@access("viewer")
def overview(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    causes = presenters.root_causes(project)
    notes = list(project.practice_notes.all())
    return render(request, "needs/overview.html", {
        "nav": "portfolio", "project": project,
        "need_rows": presenters.need_rows(project, can_edit=request.membership.can_edit),
        "cards": presenters.cause_cards(causes),
        "hunch_hint": presenters.HUNCH_HINT,
        "note_groups": presenters.note_groups(notes),
        "findings": presenters.findings(project, causes, len(notes)),
    })


@access("viewer")
def triangulation(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "needs/triangulation.html", {
        "nav": "portfolio", "project": project,
        "table": presenters.triangulation_table(project),
        "hunch_hint": presenters.HUNCH_HINT,
    })


@access("editor", methods=("GET", "POST"))
def add_root_cause(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = RootCauseForm(posted(request), project=project)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.add_root_cause(project=project, statement=data["statement"],
                                    explanation=data["explanation"], evidence=data["evidence"],
                                    created_by=request.user)
        except services.EvidenceElsewhereError:
            form.add_error("evidence", EVIDENCE_ELSEWHERE)
        else:
            messages.success(request, "Root cause added")
            return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/root_cause_form.html", {
        "nav": "portfolio", "project": project, "form": form, "heading": "Add a root cause",
        "button": "Add root cause"})


@access("editor", methods=("GET", "POST"))
def edit_root_cause(request: HttpRequest, project_pk: int, root_cause_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    cause = get_root_cause_for_user(request, project, root_cause_pk)
    form = RootCauseForm(posted(request), instance=cause, project=project)
    latest = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.update_root_cause(root_cause=cause, version=data["version"] or 0,
                                       statement=data["statement"],
                                       explanation=data["explanation"],
                                       evidence=data["evidence"], changed_by=request.user)
        except services.StaleEditError:
            latest = get_root_cause_for_user(request, project, root_cause_pk)
            form = rebased(RootCauseForm, request, latest.version, "root cause",
                           instance=cause, project=project)
        except services.EvidenceElsewhereError:
            form.add_error("evidence", EVIDENCE_ELSEWHERE)
        else:
            messages.success(request, "Root cause saved")
            return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/root_cause_form.html", {
        "nav": "portfolio", "project": project, "form": form, "heading": "Edit root cause",
        "button": "Save changes", "latest": latest})


@access("editor", methods=("GET", "POST"))
def remove_root_cause(request: HttpRequest, project_pk: int,
                      root_cause_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    cause = get_root_cause_for_user(request, project, root_cause_pk)
    if request.method == "POST":
        services.remove_root_cause(root_cause=cause, removed_by=request.user)
        messages.success(request, "Root cause removed")
        return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/remove_root_cause.html",
                  {"nav": "portfolio", "project": project, "cause": cause,
                   "evidence_count": cause.evidence.count()})


@access("editor", methods=("GET", "POST"))
def add_practice_note(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = PracticeNoteForm(posted(request), initial={"kind": request.GET.get("kind")})
    if request.method == "POST" and form.is_valid():
        note = services.add_practice_note(project=project, kind=form.cleaned_data["kind"],
                                          description=form.cleaned_data["description"],
                                          created_by=request.user)
        messages.success(request, f"{note.get_kind_display()} note added")
        return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/practice_note_form.html", {
        "nav": "portfolio", "project": project, "form": form,
        "heading": "Add a note about what is already going on", "button": "Add note"})


@access("editor", methods=("GET", "POST"))
def edit_practice_note(request: HttpRequest, project_pk: int,
                       practice_note_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    note = get_practice_note_for_user(request, project, practice_note_pk)
    form = PracticeNoteForm(posted(request), instance=note)
    latest = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_practice_note(note=note, version=form.cleaned_data["version"] or 0,
                                          kind=form.cleaned_data["kind"],
                                          description=form.cleaned_data["description"],
                                          changed_by=request.user)
        except services.StaleEditError:
            latest = get_practice_note_for_user(request, project, practice_note_pk)
            form = rebased(PracticeNoteForm, request, latest.version, "note", instance=note)
        else:
            messages.success(request, "Note saved")
            return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/practice_note_form.html", {
        "nav": "portfolio", "project": project, "form": form, "heading": "Edit note",
        "button": "Save changes", "latest": latest})


@access("editor", methods=("GET", "POST"))
def remove_practice_note(request: HttpRequest, project_pk: int,
                         practice_note_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    note = get_practice_note_for_user(request, project, practice_note_pk)
    if request.method == "POST":
        services.remove_practice_note(note=note, removed_by=request.user)
        messages.success(request, "Note removed")
        return redirect("needs:overview", project_pk=project.pk)
    return render(request, "needs/remove_practice_note.html",
                  {"nav": "portfolio", "project": project, "note": note})
