from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted
from trellis.framework.loader import get_framework
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user
from trellis.projects.models import Project

from . import presenters, services
from .access import get_barrier_for_user
from .forms import BarrierForm, FilterForm
from .models import BarrierEnabler
from .parts import count_rows
from .prompts import initial_from_query
from .snapshot import tally

STALE = ("Someone else changed this entry while you were editing it. Your changes have not "
         "been saved yet: they are still in the form. Check them against the latest saved "
         "version, then save again.")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    filter_form = FilterForm(request.GET)
    chosen = filter_form.chosen()
    entries = presenters.filter_entries(
        project.barriers_enablers.prefetch_related("evidence", "engagement"), **chosen)
    tallies = tally(count_rows(project), [d.slug for d in get_framework().cfir.domains])
    return render(request, "barriers/index.html", {
        "nav": "portfolio", "project": project,
        "filter_form": FilterForm(initial=chosen), "filtered": any(chosen.values()),
        "tally_rows": presenters.tally_rows(tallies),
        "total": sum(t.total for t in tallies.values()),
        "sections": presenters.domain_sections(project.pk, entries, tallies,
                                               only=chosen["domain"]),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    initial, prompt = initial_from_query(request.GET)
    form = BarrierForm(posted(request), project=project, initial=initial)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        entry = services.record_barrier(project=project, created_by=request.user,
                                        **form.cleaned_data)
        messages.success(request, f"{entry.get_kind_display()} recorded")
        return redirect("barriers:index", project_pk=project.pk)
    return render(request, "barriers/form.html",
                  {"nav": "portfolio", "project": project, "form": form, "prompt": prompt})


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, barrier_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    entry = get_barrier_for_user(request, project, barrier_pk)
    form = BarrierForm(posted(request), project=project, instance=entry)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            services.update_barrier(entry=entry, changed_by=request.user,
                                    version=form.cleaned_data["version"] or 0, **fields)
        except services.StaleEditError:
            latest = get_barrier_for_user(request, project, barrier_pk)
            return render(request, "barriers/form.html", {
                "nav": "portfolio", "project": project, "entry": latest, "latest": latest,
                "form": _rebased(request, project, latest),
            })
        messages.success(request, f"{entry.get_kind_display()} saved")
        return redirect("barriers:index", project_pk=project.pk)
    return render(request, "barriers/form.html",
                  {"nav": "portfolio", "project": project, "entry": entry, "form": form})


def _rebased(request: HttpRequest, project: Project, latest: BarrierEnabler) -> BarrierForm:
    """The editor's own input, on the latest version and marked with the conflict."""
    data = request.POST.copy()
    data["version"] = latest.version
    form = BarrierForm(data, project=project, instance=latest)
    form.is_valid()
    form.add_error(None, STALE)
    return form


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, barrier_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    entry = get_barrier_for_user(request, project, barrier_pk)
    if request.method == "POST":
        services.remove_barrier(entry=entry, removed_by=request.user)
        messages.success(request, f"{entry.get_kind_display()} removed")
        return redirect("barriers:index", project_pk=project.pk)
    return render(request, "barriers/remove.html",
                  {"nav": "portfolio", "project": project, "entry": entry})
