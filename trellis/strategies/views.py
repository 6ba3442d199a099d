from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user
from trellis.projects.models import Project

from . import presenters, services
from .access import get_strategy_for_user
from .forms import StrategyForm, initial_from_pick
from .library import get_library

STALE = ("Someone else changed this strategy while you were editing it. Your changes have "
         "not been saved yet: they are still in the form. Compare them with the latest saved "
         "version below, then save again.")


def _fields(form: StrategyForm) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "version"}


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    groups = presenters.strategy_groups(project)
    return render(request, "strategies/index.html", {
        "nav": "portfolio", "project": project, "groups": groups,
        "total": sum(len(group.cards) for group in groups),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    initial, picked, barrier = initial_from_pick(project, request.GET)
    form = StrategyForm(posted(request), project=project, initial=initial)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        strategy = services.add_strategy(project=project, created_by=request.user,
                                         **_fields(form))
        messages.success(request, f"Strategy ‘{strategy.name}’ added to the plan")
        return redirect("strategies:index", project_pk=project.pk)
    return render(request, "strategies/form.html", {
        "nav": "portfolio", "project": project, "form": form, "picked": picked,
        "picked_for": barrier,
    })


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, strategy_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    strategy = get_strategy_for_user(request, project, strategy_pk)
    form = StrategyForm(posted(request), project=project, instance=strategy)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_strategy(strategy=strategy, changed_by=request.user,
                                     version=form.cleaned_data["version"] or 0,
                                     **_fields(form))
        except services.StaleEditError:
            return _conflict(request, project, strategy_pk)
        messages.success(request, f"Strategy ‘{strategy.name}’ saved")
        return redirect("strategies:index", project_pk=project.pk)
    return render(request, "strategies/form.html",
                  {"nav": "portfolio", "project": project, "strategy": strategy, "form": form})


def _conflict(request: HttpRequest, project: Project, strategy_pk: int) -> HttpResponse:
    """The editor's own input, re-based on the latest version, shown beside
    what the other person saved."""
    latest = get_strategy_for_user(request, project, strategy_pk)
    saved = presenters.saved_values(latest)
    data = request.POST.copy()
    data["version"] = latest.version
    form = StrategyForm(data, project=project, instance=latest)
    form.is_valid()
    form.add_error(None, STALE)
    return render(request, "strategies/form.html", {
        "nav": "portfolio", "project": project, "strategy": latest, "form": form,
        "latest": latest, "conflict": presenters.conflict_rows(saved, form),
    })


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, strategy_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    strategy = get_strategy_for_user(request, project, strategy_pk)
    if request.method == "POST":
        services.remove_strategy(strategy=strategy, removed_by=request.user)
        messages.success(request, f"Strategy ‘{strategy.name}’ removed from the plan")
        return redirect("strategies:index", project_pk=project.pk)
    return render(request, "strategies/remove.html", {
        "nav": "portfolio", "project": project, "strategy": strategy,
        "barriers": [b.description for b in strategy.barriers.all()],
    })


@access("viewer")
def suggestions(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "strategies/suggestions.html", {
        "nav": "portfolio", "project": project, "library": get_library(),
        "sections": presenters.suggestion_sections(project),
    })


@access("viewer")
def matrix(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    return render(request, "strategies/matrix.html", {
        "nav": "portfolio", "project": project, "matrix": presenters.matrix_for(project),
    })

