from functools import partial

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe

from trellis.core.downloads import csv_download, xlsx_download
from trellis.core.editing import save_or_conflict
from trellis.core.requests import posted
from trellis.imports.presenters import imports_of_measure
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from . import presenters, services
from . import render as draw
from .access import get_measure_for_user, get_point_for_user, get_recalculation_for_user
from .events import plan_events
from .forms import CorrectionForm, MeasureForm, PointForm, RecalculationForm
from .periods import period_label
from .status import measure_status, measure_statuses

STALE_MEASURE = ("Someone else changed this measure while you were editing it. Your changes "
                 "have not been saved yet: they are still in the form. Check them against "
                 "what the other person saved, then save again.")
STALE_POINT = ("Someone else changed this figure while you were correcting it. Your "
               "correction has not been saved yet: it is still in the form. Check it against "
               "what the other person saved, then save again.")


def _context(project, **extra) -> dict:
    return {"nav": "portfolio", "project": project, **extra}


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    statuses = measure_statuses(project, request.organisation)
    variation_key, assurance_key = presenters.icon_key()
    return render(request, "monitoring/index.html", _context(
        project, statuses=statuses,
        sections=presenters.sections(project.pk, statuses,
                                     project.implementation_outcomes.all(),
                                     project.final_outcomes.all()),
        prompts=presenters.prompts(project.pk, statuses),
        variation_key=variation_key, assurance_key=assurance_key))


@access("viewer")
def measure(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    status = measure_status(item, request.organisation)
    covered = presenters.chart_range(status)
    events = plan_events(project, *covered) if covered else []
    picture = presenters.drawing(status, events)
    return render(request, "monitoring/measure.html", _context(
        project, measure=item, status=status, events=events,
        svg=mark_safe(draw.to_svg(picture)) if picture else "",  # noqa: S308 - escaped
        **presenters.measure_page(project, item, status, item.recalculations.all(),
                                  request.organisation)))


def _picture(request: HttpRequest, project_pk: int, measure_pk: int):
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    status = measure_status(item, request.organisation)
    covered = presenters.chart_range(status)
    events = plan_events(project, *covered) if covered else []
    return item, status, presenters.drawing(status, events)


@access("viewer")
def chart_svg(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    item, _, picture = _picture(request, project_pk, measure_pk)
    if picture is None:
        messages.info(request, "There is no chart to download until the measure has data")
        return redirect("monitoring:measure", project_pk=project_pk, measure_pk=item.pk)
    return _download(draw.to_svg(picture, standalone=True), "image/svg+xml",
                     presenters.filename(item, "svg"))


@access("viewer")
def chart_png(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    item, _, picture = _picture(request, project_pk, measure_pk)
    if picture is None:
        messages.info(request, "There is no chart to download until the measure has data")
        return redirect("monitoring:measure", project_pk=project_pk, measure_pk=item.pk)
    return _download(draw.to_png(picture), "image/png", presenters.filename(item, "png"))


def _download(body, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@access("viewer")
def export_csv(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    status = measure_status(item, request.organisation)
    sheet = presenters.sheet(status)
    return csv_download(presenters.filename(item, "csv"), sheet.columns, sheet.rows)


@access("viewer")
def export_xlsx(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    status = measure_status(item, request.organisation)
    return xlsx_download(presenters.filename(item, "xlsx"), [presenters.sheet(status)])


# Measures --------------------------------------------------------------------------------

@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = MeasureForm(posted(request), project=project)
    del form.fields["version"]
    if request.method == "POST" and form.is_valid():
        item = services.add_measure(project=project, created_by=request.user,
                                    **form.measure_values())
        messages.success(request, "Measure added")
        return redirect("monitoring:measure", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/measure_form.html", _context(project, form=form))


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    form = MeasureForm(posted(request), project=project, instance=item)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.update_measure, measure=item, changed_by=request.user,
                          **form.measure_values()),
            reload=lambda: get_measure_for_user(request, project, measure_pk),
            message=STALE_MEASURE, project=project)
        if conflict:
            return render(request, "monitoring/measure_form.html", _context(
                project, measure=conflict.latest, form=conflict.form,
                changes=conflict.changes))
        messages.success(request, "Measure saved")
        return redirect("monitoring:measure", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/measure_form.html",
                  _context(project, measure=item, form=form))


@access("editor", methods=("GET", "POST"))
def remove(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    if request.method == "POST":
        services.remove_measure(measure=item, removed_by=request.user)
        messages.success(request, f"Measure ‘{item.name}’ removed")
        return redirect("monitoring:index", project_pk=project.pk)
    return render(request, "monitoring/measure_remove.html", _context(
        project, measure=item, points=item.points.count()))


# Recalculations --------------------------------------------------------------------------

@access("editor", methods=("GET", "POST"))
def add_recalculation(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    form = RecalculationForm(posted(request), measure=item)
    if request.method == "POST" and form.is_valid():
        services.add_recalculation(measure=item, created_by=request.user, **form.cleaned_data)
        messages.success(request, "Recalculation point added")
        return redirect("monitoring:measure", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/recalculation_form.html",
                  _context(project, measure=item, form=form))


@access("editor", methods=("GET", "POST"))
def remove_recalculation(request: HttpRequest, project_pk: int, measure_pk: int,
                         recalculation_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    recalculation = get_recalculation_for_user(request, item, recalculation_pk)
    if request.method == "POST":
        services.remove_recalculation(recalculation=recalculation, removed_by=request.user)
        messages.success(request, "Recalculation point removed")
        return redirect("monitoring:measure", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/recalculation_remove.html", _context(
        project, measure=item, recalculation=recalculation,
        period=period_label(recalculation.period, item.frequency)))


# Data points -----------------------------------------------------------------------------

def _points(item) -> list:
    return [(point, presenters.figure(item, point)) for point in item.points.order_by("-period")]


@access("editor", methods=("GET", "POST"))
def data(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    form = None
    if not item.is_kept_by_trellis:
        form = PointForm(posted(request), measure=item)
        if request.method == "POST" and form.is_valid():
            point = services.record_point(measure=item, entered_by=request.user,
                                          period=form.cleaned_data["period"],
                                          note=form.cleaned_data["note"], **form.numbers())
            messages.success(request, f"Figure for {point.period_label} added")
            return redirect("monitoring:data", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/data.html", _context(
        project, measure=item, form=form, points=_points(item),
        period_noun=presenters.PERIOD_NOUNS[item.frequency],
        source_text=presenters.source_text(item)))


@access("editor", methods=("GET", "POST"))
def correct(request: HttpRequest, project_pk: int, measure_pk: int,
            point_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    point = get_point_for_user(request, item, point_pk)
    if item.is_kept_by_trellis:
        return redirect("monitoring:data", project_pk=project.pk, measure_pk=item.pk)
    form = CorrectionForm(posted(request), point=point)
    if request.method == "POST" and form.is_valid():
        conflict = save_or_conflict(
            form, partial(services.correct_point, point=point, changed_by=request.user,
                          note=form.cleaned_data["note"], **form.numbers()),
            reload=lambda: get_point_for_user(request, item, point_pk),
            message=STALE_POINT, latest_as="point")
        if conflict:
            return render(request, "monitoring/correct.html", _context(
                project, measure=item, point=conflict.latest, form=conflict.form,
                changes=conflict.changes, figure=presenters.figure(item, conflict.latest)))
        messages.success(request, f"Figure for {point.period_label} corrected")
        return redirect("monitoring:data", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/correct.html", _context(
        project, measure=item, point=point, form=form, figure=presenters.figure(item, point)))


@access("editor", methods=("GET", "POST"))
def remove_point(request: HttpRequest, project_pk: int, measure_pk: int,
                 point_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    point = get_point_for_user(request, item, point_pk)
    if item.is_kept_by_trellis:
        return redirect("monitoring:data", project_pk=project.pk, measure_pk=item.pk)
    if request.method == "POST":
        services.remove_point(point=point, removed_by=request.user)
        messages.success(request, f"Figure for {point.period_label} removed")
        return redirect("monitoring:data", project_pk=project.pk, measure_pk=item.pk)
    return render(request, "monitoring/point_remove.html", _context(
        project, measure=item, point=point, figure=presenters.figure(item, point)))


@access("viewer")
def history(request: HttpRequest, project_pk: int, measure_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    item = get_measure_for_user(request, project, measure_pk)
    changes = item.changes.select_related("changed_by")
    return render(request, "monitoring/history.html", _context(
        project, measure=item, changes=presenters.history_rows(item, changes),
        imports=imports_of_measure(project.pk, item)))
