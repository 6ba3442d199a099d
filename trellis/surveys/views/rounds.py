"""A project's survey rounds: the list, creating and editing one, repeating
it, and the printable page with its QR code."""

from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.conflicts import differences, rebased
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import presenters, services
from ..access import get_round_for_user
from ..forms import RepeatForm, RoundForm
from ..items import round_items
from ..models import Questionnaire

STALE = ("Someone else changed this survey round while you were editing it. Your changes "
         "have not been saved yet: they are still in the form. Check them against what the "
         "other person saved, then save again.")


def _questionnaires(request: HttpRequest):
    return Questionnaire.objects.for_organisation(request.organisation).order_by("name", "pk")


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    rounds = (project.survey_rounds.select_related("questionnaire")
              .prefetch_related("instruments").annotate(response_count=Count("responses")))
    return render(request, "surveys/index.html", {
        "nav": "portfolio", "project": project,
        "rows": presenters.round_rows(project.pk, rounds,
                                      request.organisation.survey_minimum_responses),
    })


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = RoundForm(posted(request), project=project, questionnaires=_questionnaires(request))
    if request.method == "POST" and form.is_valid():
        survey_round = services.create_round(project=project, created_by=request.user,
                                             **form.values())
        messages.success(request, "Survey round created. Share its link when it opens")
        return redirect("surveys:round", project_pk=project.pk, round_pk=survey_round.pk)
    return render(request, "surveys/round_form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("viewer")
def detail(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    status = survey_round.status()
    link = presenters.public_link(survey_round)
    return render(request, "surveys/round.html", {
        "nav": "portfolio", "project": project, "round": survey_round,
        "status": presenters.RoundStatus(status).label,
        "colour": presenters.STATUS_COLOURS[status], "link": link,
        "responses": presenters.responses_text(survey_round.responses.count(),
                                               request.organisation.survey_minimum_responses),
        "asks": presenters.asks(survey_round),
        "items": round_items(survey_round),
        "notes": presenters.instrument_notes(survey_round),
        "opens": presenters.day(survey_round.opens_on),
        "closes": presenters.day(survey_round.closes_on),
    })


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    questionnaires = _questionnaires(request)
    form = RoundForm(posted(request), project=project, questionnaires=questionnaires,
                     survey_round=survey_round)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_round(survey_round=survey_round, changed_by=request.user,
                                  version=form.cleaned_data.get("version") or 0,
                                  **form.values())
        except services.StaleEditError:
            latest = get_round_for_user(request, project, round_pk)
            changes = differences(form, RoundForm.saved_values(latest))
            form = rebased(RoundForm, request.POST, latest.version, STALE, project=project,
                           questionnaires=questionnaires, survey_round=latest)
            return render(request, "surveys/round_form.html", {
                "nav": "portfolio", "project": project, "round": latest, "form": form,
                "changes": changes})
        messages.success(request, "Survey round saved")
        return redirect("surveys:round", project_pk=project.pk, round_pk=survey_round.pk)
    return render(request, "surveys/round_form.html",
                  {"nav": "portfolio", "project": project, "round": survey_round,
                   "form": form})


@access("editor", methods=("GET", "POST"))
def repeat(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    form = RepeatForm(posted(request))
    if request.method == "POST" and form.is_valid():
        copy = services.repeat_round(survey_round=survey_round, created_by=request.user,
                                     **form.cleaned_data)
        messages.success(request, "Survey round repeated, with a new link")
        return redirect("surveys:round", project_pk=project.pk, round_pk=copy.pk)
    return render(request, "surveys/repeat.html", {
        "nav": "portfolio", "project": project, "round": survey_round, "form": form,
        "asks": presenters.asks(survey_round)})


@access("viewer")
def poster(request: HttpRequest, project_pk: int, round_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    survey_round = get_round_for_user(request, project, round_pk)
    link = presenters.public_link(survey_round)
    return render(request, "surveys/poster.html", {
        "nav": "portfolio", "project": project, "round": survey_round, "link": link,
        "qr": presenters.qr_code(link), "closes": presenters.day(survey_round.closes_on)})
