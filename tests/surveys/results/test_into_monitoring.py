"""Responses reach monitoring through the worker; editing a round updates its figures;
counts below the minimum never show."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.organisations.pages import main_text
from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import aim, answer_six, respond
from trellis.monitoring.models import DataPoint, Measure
from trellis.plans.models import ImplementationOutcome

AT_ONCE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def acceptability(project):
    return ImplementationOutcome.objects.create(
        project=project, outcome_type="acceptability", term="medium", position=1,
        statement="Staff feel that the approach is supporting family relationships")


def _round(project, outcome, **fields):
    today = datetime.date.today()
    return SurveyRoundFactory(project=project, instruments=["aim"], outcome=outcome,
                              opens_on=today - datetime.timedelta(days=20),
                              closes_on=today - datetime.timedelta(days=1), **fields)


@override_settings(TASKS=AT_ONCE)
def test_a_sent_response_updates_the_measure_once_the_minimum_is_reached(
        project, acceptability, django_capture_on_commit_callbacks):
    survey_round = _round(project, acceptability)
    with django_capture_on_commit_callbacks(execute=True):
        answer_six(survey_round, count=4)
    assert not DataPoint.objects.filter(measure__source="survey").exists()  # 4 < 5
    with django_capture_on_commit_callbacks(execute=True):
        respond(survey_round, aim(5, 5, 5, 5))
    point = DataPoint.objects.get(measure__source="survey")
    assert point.value == pytest.approx((2 + 3 + 4 + 4 + 5) / 5)


def test_moving_a_round_to_another_outcome_moves_its_figure(
        editor_client, project, acceptability):
    other = ImplementationOutcome.objects.create(
        project=project, outcome_type="acceptability", term="long", position=2,
        statement="Families feel the approach respects them")
    survey_round = _round(project, acceptability)
    answer_six(survey_round)
    from trellis.surveys.feed import refresh_round_measures
    refresh_round_measures(survey_round)
    assert Measure.objects.get(source="survey").implementation_outcome == acceptability
    form = editor_client.get(reverse("surveys:edit_round",
                                     args=[project.pk, survey_round.pk])).context["form"]
    data = {name: ("" if form[name].value() is None else form[name].value())
            for name in form.fields}
    data["outcome"] = other.pk
    for name in ("opens_on", "closes_on"):
        value = getattr(survey_round, name)
        data.pop(name, None)
        data.update({f"{name}_day": value.day, f"{name}_month": value.month,
                     f"{name}_year": value.year})
    response = editor_client.post(reverse("surveys:edit_round",
                                          args=[project.pk, survey_round.pk]), data)
    assert response.status_code == 302, main_text(response)
    with_points = Measure.objects.filter(source="survey", points__isnull=False).distinct()
    assert [m.implementation_outcome for m in with_points] == [other]


@pytest.mark.parametrize(("answered", "shown"), [(4, "Fewer than 5 responses"),
                                                  (5, "5 responses"), (6, "6 responses")])
def test_round_pages_show_counts_only_from_the_minimum(viewer_client, project, answered,
                                                       shown):
    survey_round = _round(project, None)
    answer_six(survey_round, count=answered)
    index = main_text(viewer_client.get(reverse("surveys:index", args=[project.pk])))
    detail = main_text(viewer_client.get(reverse("surveys:round",
                                                 args=[project.pk, survey_round.pk])))
    assert shown in index and shown in detail
    if answered < 5:
        assert f"{answered} response" not in index + detail
