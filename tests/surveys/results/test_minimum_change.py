"""The small-number rule follows the organisation's minimum into monitoring as
soon as an admin changes it: a figure from a round that is now too small goes at
once, and comes back when the minimum comes down again."""

import datetime

import pytest
from django.urls import reverse

from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import answer_six
from trellis.monitoring.models import DataPoint, DataPointChange, Measure
from trellis.plans.models import ImplementationOutcome
from trellis.surveys.feed import refresh_project_measures

SETTINGS = reverse("organisations:settings")


def set_minimum(client, minimum):
    response = client.post(SETTINGS, {"spc_run_length": "6",
                                      "survey_minimum_responses": str(minimum)})
    assert response.status_code == 302


@pytest.fixture
def fed_round(project):
    """A closed round of six AIM responses, already in monitoring."""
    outcome = ImplementationOutcome.objects.create(
        project=project, outcome_type="acceptability", term="medium", position=1,
        statement="Staff feel that the approach is supporting family relationships")
    closes = datetime.date(2026, 1, 20)
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"], label="Baseline",
                                      outcome=outcome, opens_on=closes - datetime.timedelta(
                                          days=14), closes_on=closes)
    answer_six(survey_round)
    refresh_project_measures(project)
    return survey_round


def figures(project):
    return list(DataPoint.objects.filter(measure__project=project, measure__source="survey")
                .values_list("period", "value"))


def test_raising_the_minimum_takes_the_figure_out_and_lowering_it_brings_it_back(
        admin_client, admin, project, fed_round):
    assert figures(project) == [(datetime.date(2026, 1, 1), 3.83)]

    set_minimum(admin_client, 7)
    assert figures(project) == []
    removed = DataPointChange.objects.get(change="removed")
    assert removed.changed_by == admin and removed.old_value == 3.83
    measure = Measure.objects.get(project=project, source="survey")
    page = admin_client.get(reverse("monitoring:measure", args=[project.pk, measure.pk]))
    assert "3.83" not in page.content.decode()

    set_minimum(admin_client, 6)
    assert figures(project) == [(datetime.date(2026, 1, 1), 3.83)]


def test_other_settings_and_other_organisations_leave_survey_figures_alone(
        admin_client, project, other_project, fed_round):
    other_outcome = ImplementationOutcome.objects.create(
        project=other_project, outcome_type="acceptability", term="medium", position=1,
        statement="Staff like it")
    other_round = SurveyRoundFactory(project=other_project, instruments=["aim"],
                                     outcome=other_outcome, opens_on=fed_round.opens_on,
                                     closes_on=fed_round.closes_on)
    answer_six(other_round)
    refresh_project_measures(other_project)
    changes = DataPointChange.objects.count()

    admin_client.post(SETTINGS, {"spc_run_length": "7", "survey_minimum_responses": "5"})
    assert DataPointChange.objects.count() == changes
    set_minimum(admin_client, 10)
    assert figures(project) == []
    assert figures(other_project) == [(datetime.date(2026, 1, 1), 3.83)]
