from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import presenters, services
from ..access import get_perspective_or_404
from ..forms import ProblemForm
from .editing import STALE


@access("viewer")
def problem(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    saved = {p.perspective: p for p in project.problem_perspectives.prefetch_related("evidence")}
    return render(request, "plans/problem.html", {
        "nav": "portfolio", "project": project,
        "rows": presenters.problem_rows(project, saved),
    })


@access("editor", methods=("GET", "POST"))
def edit_problem(request: HttpRequest, project_pk: int, perspective: str) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    point_of_view = get_perspective_or_404(perspective)

    def saved():
        return (project.problem_perspectives.filter(perspective=point_of_view)
                .prefetch_related("evidence").first())

    record = saved()
    initial = ({"text": record.text, "evidence": list(record.evidence.all()),
                "version": record.version} if record else {"version": 0})
    form = ProblemForm(posted(request), initial=initial, project=project,
                       perspective=point_of_view)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.save_problem(project=project, perspective=point_of_view,
                                  text=form.cleaned_data["text"],
                                  evidence=form.cleaned_data["evidence"],
                                  version=form.cleaned_data["version"] or 0,
                                  changed_by=request.user)
        except services.StaleEditError:
            latest = saved()
            data = request.POST.copy()
            data["version"] = latest.version if latest else 0
            form = ProblemForm(data, project=project, perspective=point_of_view)
            form.is_valid()
            form.add_error(None, STALE)
            conflict = presenters.problem_conflict(form, latest)
        else:
            messages.success(request, f"Problem from the perspective of "
                                      f"{point_of_view.label.lower()} saved")
            return redirect("plans:problem", project_pk=project.pk)
    return render(request, "plans/problem_form.html", {
        "nav": "portfolio", "project": project, "form": form, "conflict": conflict,
        "perspective": point_of_view,
    })
