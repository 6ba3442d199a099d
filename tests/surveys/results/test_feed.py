import datetime

import pytest

from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import aim, answer_six, fim, respond
from trellis.monitoring.models import DataPoint, DataPointChange, Measure
from trellis.plans.models import ImplementationOutcome
from trellis.surveys.feed import refresh_project_measures, refresh_round_measures

TODAY = datetime.date(2026, 3, 18)


@pytest.fixture
def outcomes(project):
    acceptability = ImplementationOutcome.objects.create(
        project=project, outcome_type="acceptability", term="medium", position=1,
        statement="Staff feel that the approach is supporting family relationships")
    feasibility = ImplementationOutcome.objects.create(
        project=project, outcome_type="feasibility", term="short", position=2,
        statement="Staff can engage in initial implementation activities")
    return acceptability, feasibility


def closed_round(project, outcome, label, closes, instruments=("aim",)):
    return SurveyRoundFactory(project=project, instruments=list(instruments), label=label,
                              outcome=outcome, opens_on=closes - datetime.timedelta(days=14),
                              closes_on=closes)


def test_a_round_makes_the_outcomes_measure_with_its_mean(project, outcomes):
    acceptability, _ = outcomes
    survey_round = closed_round(project, acceptability, "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    assert refresh_round_measures(survey_round, today=TODAY) == 1
    measure = Measure.objects.get(project=project, source="survey")
    assert measure.name == "AIM score (acceptability)"
    assert measure.implementation_outcome == acceptability
    assert (measure.kind, measure.unit, measure.direction, measure.frequency) == (
        "average", "score out of 5", "up", "monthly")
    point = measure.points.get()
    assert point.period == datetime.date(2026, 1, 1)  # the month it closed
    assert point.value == 3.83  # 23 / 6 to two places
    assert "6 responses to survey round 'Baseline'" in point.note
    change = DataPointChange.objects.get(measure=measure)
    assert change.via == "survey round Baseline" and change.change == "added"


def test_running_again_changes_nothing(project, outcomes):
    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    refresh_round_measures(survey_round, today=TODAY)
    before = (DataPoint.objects.count(), DataPointChange.objects.count(),
              Measure.objects.count())
    assert refresh_round_measures(survey_round, today=TODAY) == 0
    assert (DataPoint.objects.count(), DataPointChange.objects.count(),
            Measure.objects.count()) == before


def test_a_new_response_corrects_the_figure_with_history(project, outcomes):
    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round, 5)
    refresh_round_measures(survey_round, today=TODAY)
    point = DataPoint.objects.get()
    assert point.value == 3.6  # 2, 3, 4, 4, 5
    respond(survey_round, aim(5, 5, 5, 5))
    assert refresh_round_measures(survey_round, today=TODAY) == 1
    point.refresh_from_db()
    assert point.value == 3.83
    changed = DataPointChange.objects.get(change="changed")
    assert (changed.old_value, changed.new_value) == (3.6, 3.83)


@pytest.mark.parametrize(("responses", "charted"), [(4, False), (5, True), (6, True)])
def test_small_numbers_are_not_fed(project, outcomes, responses, charted):
    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round, responses)
    refresh_round_measures(survey_round, today=TODAY)
    assert DataPoint.objects.exists() is charted


def test_aim_and_fim_in_one_round_feed_their_own_outcomes(project, outcomes):
    acceptability, feasibility = outcomes
    survey_round = closed_round(project, acceptability, "Baseline", datetime.date(2026, 1, 20),
                                instruments=("aim", "fim"))
    for _ in range(5):
        respond(survey_round, {**aim(4, 4, 4, 4), **fim(2, 3, 2, 3)})
    refresh_round_measures(survey_round, today=TODAY)
    measures = {m.name: m for m in Measure.objects.filter(source="survey")}
    assert measures["AIM score (acceptability)"].implementation_outcome == acceptability
    assert measures["FIM score (feasibility)"].implementation_outcome == feasibility
    assert measures["FIM score (feasibility)"].points.get().value == 2.5


def test_a_round_with_no_outcome_feeds_nothing(project, outcomes):
    survey_round = closed_round(project, None, "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    assert refresh_round_measures(survey_round, today=TODAY) == 0
    assert not Measure.objects.exists()


def test_one_point_per_round_and_the_later_round_wins_a_month(project, outcomes):
    acceptability, _ = outcomes
    first = closed_round(project, acceptability, "Baseline", datetime.date(2025, 11, 20))
    early = closed_round(project, acceptability, "Early March", datetime.date(2026, 3, 5))
    late = closed_round(project, acceptability, "Late March", datetime.date(2026, 3, 15))
    for survey_round, level in ((first, 3), (early, 4), (late, 5)):
        for _ in range(5):
            respond(survey_round, aim(level, level, level, level))
    refresh_project_measures(project, today=TODAY)
    points = list(DataPoint.objects.order_by("period"))
    assert [(p.period, p.value) for p in points] == [
        (datetime.date(2025, 11, 1), 3.0), (datetime.date(2026, 3, 1), 5.0)]
    assert "'Late March'" in points[1].note and "'Early March'" in points[1].note


def test_an_open_round_counts_in_the_month_it_opened(project, outcomes):
    survey_round = SurveyRoundFactory(project=project, instruments=["aim"], label="Now",
                                      outcome=outcomes[0], opens_on=datetime.date(2026, 2, 25),
                                      closes_on=datetime.date(2026, 4, 1))
    answer_six(survey_round)
    refresh_round_measures(survey_round, today=TODAY)
    assert DataPoint.objects.get().period == datetime.date(2026, 2, 1)
    # Once it has closed, its figure moves to the month it closed.
    refresh_round_measures(survey_round, today=datetime.date(2026, 4, 2))
    assert DataPoint.objects.get().period == datetime.date(2026, 4, 1)
    assert DataPointChange.objects.filter(change="removed").count() == 1


def test_unlinking_a_round_removes_its_figure_but_keeps_the_measure(project, outcomes):
    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    refresh_round_measures(survey_round, today=TODAY)
    survey_round.outcome = None
    survey_round.save(update_fields=["outcome"])
    assert refresh_round_measures(survey_round, today=TODAY) == 1
    assert Measure.objects.filter(source="survey").count() == 1
    assert not DataPoint.objects.exists()


def test_people_can_rename_their_own_measure_without_a_clash(project, outcomes):
    Measure.objects.create(project=project, name="AIM score (acceptability)", kind="count",
                           direction="up", frequency="monthly")
    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    refresh_round_measures(survey_round, today=TODAY)
    assert Measure.objects.get(source="survey").name == "AIM score (acceptability) (2)"


def test_the_results_page_button_updates_monitoring(project, outcomes, editor_client,
                                                    viewer_client):
    from django.urls import reverse

    survey_round = closed_round(project, outcomes[0], "Baseline", datetime.date(2026, 1, 20))
    answer_six(survey_round)
    url = reverse("surveys:refresh_measures", args=[project.pk, survey_round.pk])
    assert viewer_client.post(url).status_code == 403
    assert not DataPoint.objects.exists()
    response = editor_client.post(url, follow=True)
    assert "Monitoring updated: 1 figure changed" in response.content.decode()
    response = editor_client.post(url, follow=True)
    assert "Monitoring was already up to date" in response.content.decode()
