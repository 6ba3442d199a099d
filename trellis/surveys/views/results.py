"""A survey round's results, its downloads, hiding free text that could
identify someone, and each score over time. Below the organisation's minimum
number of responses every one of them shows only "fewer than N responses"."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from trellis.core.downloads import csv_download, xlsx_download
from trellis.core.spreadsheets import Sheet
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import exports, feed, results
from ..access import get_round_for_user
from ..presenters import asks, day

HIDE_NOTHING = "Choose a free-text answer to hide"


def _breadcrumbs(project, survey_round=None, current: str = "") -> list[dict]:
    items = [{"text": project.title, "href": reverse("projects:detail", args=[project.pk])},
             {"text": "Surveys", "href": reverse("surveys:index", args=[project.pk])}]
    if survey_round is not None:
        items.append({"text": survey_round.label,
                      "href": reverse("surveys:round", args=[project.pk, survey_round.pk])})
    items.append({"text": current})
    return items


def _results(request: HttpRequest, project_pk: int, round_pk: int):
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    minimum = request.organisation.survey_minimum_responses
    return project, survey_round, results.round_results(survey_round, minimum)


@access("viewer")
def round_results(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project, survey_round, found = _results(request, project_pk, round_pk)
    can_edit = request.membership.can_edit
    return render(request, "surveys/results/round.html", {
        "nav": "portfolio", "project": project, "round": survey_round, "results": found,
        "asks": asks(survey_round), "opens": day(survey_round.opens_on),
        "closes": day(survey_round.closes_on),
        "free_text": results.free_text(found) if can_edit else [],
        "breadcrumbs": _breadcrumbs(project, survey_round, "Results"),
    })


@access("editor", methods=("POST",))
def hide_answer(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    """Hide a free-text answer that could identify someone: it is not shown or
    downloaded again. Only this round's free-text answers can be hidden."""
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    back = reverse("surveys:results", args=[project.pk, survey_round.pk]) + "#free-text"
    raw = request.POST.get("answer", "").strip()
    if not raw.isascii() or not raw.isdigit():
        messages.error(request, HIDE_NOTHING)
        return redirect(back)
    answer = get_object_or_404(results.free_text_answers(survey_round), pk=int(raw))
    results.hide_free_text(answer=answer, hidden_by=request.user)
    messages.success(request, "Answer hidden. It will not be shown or downloaded again")
    return redirect(back)


@access("editor", methods=("POST",))
def refresh_measures(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    changed = feed.refresh_round_measures(survey_round, by=request.user)
    if changed:
        messages.success(request, f"Monitoring updated: {changed} figure"
                                  f"{'s' if changed != 1 else ''} changed")
    else:
        messages.success(request, "Monitoring was already up to date")
    return redirect("surveys:results", project_pk=project.pk, round_pk=survey_round.pk)


def _download(table: exports.Table, survey_round, what: str, fmt: str) -> HttpResponse:
    if fmt == "csv":
        return csv_download(exports.filename(survey_round, what, "csv"), table.columns,
                            table.rows)
    return xlsx_download(exports.filename(survey_round, what, "xlsx"),
                         [Sheet(table.title, table.columns, table.rows)])


@access("viewer")
def export_results(request: HttpRequest, project_pk: int, round_pk: int,
                   fmt: str) -> HttpResponse:
    _, survey_round, found = _results(request, project_pk, round_pk)
    return _download(exports.results_table(found), survey_round, "results", fmt)


@access("editor")
def export_responses(request: HttpRequest, project_pk: int, round_pk: int,
                     fmt: str) -> HttpResponse:
    """Every response, free text included (not hidden answers): for team editors."""
    _, survey_round, found = _results(request, project_pk, round_pk)
    return _download(exports.responses_table(found), survey_round, "responses", fmt)


@access("viewer")
def over_time(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    rounds = results.with_response_counts(
        project.survey_rounds.select_related("core_component").prefetch_related("instruments"))
    minimum = request.organisation.survey_minimum_responses
    return render(request, "surveys/results/over_time.html", {
        "nav": "portfolio", "project": project, "minimum": minimum,
        "series": results.score_series(project, rounds, minimum),
        "breadcrumbs": _breadcrumbs(project, current="Scores over time"),
    })

