"""The questionnaire builder: an organisation's own questionnaires, their
questions in order, and a preview of what people will see. Questionnaires
belong to the organisation; these pages are reached from a project's surveys."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trellis.core.conflicts import differences, rebased
from trellis.core.requests import posted
from trellis.organisations.access import access
from trellis.projects.access import get_project_for_user

from .. import answering, presenters, services
from ..access import get_question_for_user, get_questionnaire_for_user
from ..forms import QuestionForm, QuestionnaireForm
from ..items import question_item
from ..models import Questionnaire

STALE_QUESTIONNAIRE = ("Someone else changed this questionnaire while you were editing it. "
                       "Your changes have not been saved yet: they are still in the form. "
                       "Check them against what the other person saved, then save again.")
STALE_QUESTION = ("Someone else changed this question while you were editing it. Your "
                  "changes have not been saved yet: they are still in the form. Check them "
                  "against what the other person saved, then save again.")
ANSWERED = ("People have answered this questionnaire, so its questions can no longer change. "
            "Make a copy to change it.")


def _to_builder(project_pk: int, questionnaire: Questionnaire) -> HttpResponse:
    return redirect("surveys:questionnaire", project_pk=project_pk,
                    questionnaire_pk=questionnaire.pk)


@access("viewer")
def index(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaires = (Questionnaire.objects.for_organisation(request.organisation)
                      .order_by("name", "pk"))
    return render(request, "surveys/questionnaires.html", {
        "nav": "portfolio", "project": project, "questionnaires": questionnaires})


@access("editor", methods=("GET", "POST"))
def add(request: HttpRequest, project_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    form = QuestionnaireForm(posted(request))
    if request.method == "POST" and form.is_valid():
        questionnaire = services.create_questionnaire(
            organisation=request.organisation, created_by=request.user, **form.cleaned_data)
        messages.success(request, "Questionnaire created. Now add its questions")
        return _to_builder(project.pk, questionnaire)
    return render(request, "surveys/questionnaire_form.html",
                  {"nav": "portfolio", "project": project, "form": form})


@access("viewer")
def detail(request: HttpRequest, project_pk: int, questionnaire_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    questions = list(questionnaire.questions.all())
    return render(request, "surveys/questionnaire.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire,
        "rows": presenters.question_rows(questions), "answered": questionnaire.is_answered(),
        "rounds": list(questionnaire.rounds.select_related("project")
                       .filter(project__organisation=request.organisation)),
    })


@access("editor", methods=("GET", "POST"))
def edit(request: HttpRequest, project_pk: int, questionnaire_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    form = QuestionnaireForm(posted(request), instance=questionnaire)
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in QuestionnaireForm.Meta.fields}
        try:
            services.update_questionnaire(questionnaire=questionnaire, changed_by=request.user,
                                          version=form.cleaned_data["version"] or 0, **values)
        except services.StaleEditError:
            latest = get_questionnaire_for_user(request, questionnaire_pk)
            changes = differences(form, QuestionnaireForm.saved_values(latest))
            form = rebased(QuestionnaireForm, request.POST, latest.version, STALE_QUESTIONNAIRE,
                           instance=latest)
            return render(request, "surveys/questionnaire_form.html", {
                "nav": "portfolio", "project": project, "questionnaire": latest,
                "form": form, "changes": changes})
        messages.success(request, "Questionnaire saved")
        return _to_builder(project.pk, questionnaire)
    return render(request, "surveys/questionnaire_form.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire, "form": form})


@access("editor", methods=("POST",))
def copy(request: HttpRequest, project_pk: int, questionnaire_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    new = services.copy_questionnaire(questionnaire=questionnaire, copied_by=request.user)
    messages.success(request, "Questionnaire copied. You can change the copy")
    return _to_builder(project.pk, new)


@access("viewer")
def preview(request: HttpRequest, project_pk: int, questionnaire_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    items = [question_item(q) for q in questionnaire.questions.all()]
    views = [answering.question_view(item, number=n, total=len(items), raw=[])
             for n, item in enumerate(items, start=1)]
    return render(request, "surveys/preview.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire,
        "questions": views, "one_page": True})


def _answered(request: HttpRequest, project_pk: int, questionnaire: Questionnaire):
    messages.error(request, ANSWERED)
    return _to_builder(project_pk, questionnaire)


@access("editor", methods=("GET", "POST"))
def add_question(request: HttpRequest, project_pk: int, questionnaire_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    if questionnaire.is_answered():
        return _answered(request, project.pk, questionnaire)
    form = QuestionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.add_question(questionnaire=questionnaire, added_by=request.user,
                                  **form.question_values())
        except services.QuestionnaireAnswered:
            return _answered(request, project.pk, questionnaire)
        messages.success(request, "Question added")
        return _to_builder(project.pk, questionnaire)
    return render(request, "surveys/question_form.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire, "form": form})


@access("editor", methods=("GET", "POST"))
def edit_question(request: HttpRequest, project_pk: int, questionnaire_pk: int,
                  question_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    question = get_question_for_user(request, questionnaire, question_pk)
    if questionnaire.is_answered():
        return _answered(request, project.pk, questionnaire)
    form = QuestionForm(posted(request), instance=question)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_question(question=question, changed_by=request.user,
                                     version=form.cleaned_data["version"] or 0,
                                     **form.question_values())
        except services.QuestionnaireAnswered:
            return _answered(request, project.pk, questionnaire)
        except services.StaleEditError:
            latest = get_question_for_user(request, questionnaire, question_pk)
            changes = differences(form, QuestionForm.saved_values(latest))
            form = rebased(QuestionForm, request.POST, latest.version, STALE_QUESTION,
                           instance=latest)
            return render(request, "surveys/question_form.html", {
                "nav": "portfolio", "project": project, "questionnaire": questionnaire,
                "question": latest, "form": form, "changes": changes})
        messages.success(request, "Question saved")
        return _to_builder(project.pk, questionnaire)
    return render(request, "surveys/question_form.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire,
        "question": question, "form": form})


@access("editor", methods=("POST",))
def move_question(request: HttpRequest, project_pk: int, questionnaire_pk: int,
                  question_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    question = get_question_for_user(request, questionnaire, question_pk)
    try:
        services.move_question(question=question, direction=request.POST.get("direction", ""),
                               moved_by=request.user)
    except services.QuestionnaireAnswered:
        return _answered(request, project.pk, questionnaire)
    return _to_builder(project.pk, questionnaire)


@access("editor", methods=("GET", "POST"))
def remove_question(request: HttpRequest, project_pk: int, questionnaire_pk: int,
                    question_pk: int) -> HttpResponse:
    project = get_project_for_user(request, project_pk)
    questionnaire = get_questionnaire_for_user(request, questionnaire_pk)
    question = get_question_for_user(request, questionnaire, question_pk)
    if questionnaire.is_answered():
        return _answered(request, project.pk, questionnaire)
    if request.method == "POST":
        try:
            services.remove_question(question=question, removed_by=request.user)
        except services.QuestionnaireAnswered:
            return _answered(request, project.pk, questionnaire)
        messages.success(request, "Question removed")
        return _to_builder(project.pk, questionnaire)
    return render(request, "surveys/remove_question.html", {
        "nav": "portfolio", "project": project, "questionnaire": questionnaire,
        "question": question})
