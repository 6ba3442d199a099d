"""Reach questionnaires through the current organisation and rounds through a
project already fetched for it: another organisation's is a 404. The public
pages find a round by its secret token alone."""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from trellis.projects.models import Project

from .models import Question, Questionnaire, RoundInstrument, SurveyRound


def get_questionnaire_for_user(request: HttpRequest, pk: int) -> Questionnaire:
    """One of the current organisation's questionnaires, or 404."""
    return get_object_or_404(Questionnaire.objects.for_organisation(request.organisation), pk=pk)


def get_question_for_user(request: HttpRequest, questionnaire: Questionnaire,
                          pk: int) -> Question:
    """One of this questionnaire's questions, or 404."""
    return get_object_or_404(questionnaire.questions.all(), pk=pk)


def get_round_for_user(request: HttpRequest, project: Project, pk: int) -> SurveyRound:
    """One of this project's survey rounds, or 404."""
    rounds = project.survey_rounds.select_related(
        "questionnaire", "core_component", "outcome").prefetch_related("instruments")
    return get_object_or_404(rounds, pk=pk)


# What the answering pages and sending a response read: nothing else is fetched
# (tests/surveys/test_public_queries.py fails if a page reads anything more).
PUBLIC_ROUND_FIELDS = (
    "token", "label", "opens_on", "closes_on", "public_title", "why", "layout",
    "questionnaire_id", "outcome_id", "project__approach", "project__organisation__name",
    "core_component__name")


def get_public_round(token: str) -> SurveyRound:
    """The round a public link names, with everything its pages need, or 404.
    The token is the secret: 192 random bits, so it cannot be guessed.

    Every answering request starts here, so it is kept to two small queries:
    the round with the few columns of its project, organisation and component
    those pages show, then its instruments' slugs (and two more for a round
    with a questionnaire: it and its questions)."""
    instruments = RoundInstrument.objects.only("round", "instrument")
    rounds = (SurveyRound.objects  # tenant-ok: found by its secret token
              .select_related("project__organisation", "core_component")
              .only(*PUBLIC_ROUND_FIELDS)
              .prefetch_related(Prefetch("instruments", queryset=instruments)))
    survey_round = get_object_or_404(rounds, token=token)
    if survey_round.questionnaire_id:
        prefetch_related_objects([survey_round], "questionnaire__questions")
    return survey_round
