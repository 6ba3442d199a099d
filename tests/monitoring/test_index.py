"""The project's monitoring page and the statuses behind it."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.monitoring.factories import MeasureFactory, RecalculationFactory, monthly
from tests.plans.factories import FinalOutcomeFactory, ImplementationOutcomeFactory
from trellis.monitoring.status import measure_statuses
from trellis.spc import VariationIcon

STEADY = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 12]


@pytest.fixture(autouse=True)
def frozen():
    # Data to March 2025 is up to date on 10 April 2025 (March is the latest due).
    with time_machine.travel(datetime.datetime(2025, 4, 10, 12, tzinfo=datetime.UTC),
                             tick=False):
        yield


def url(project):
    return reverse("monitoring:index", args=[project.pk])


def test_measures_grouped_by_outcome(viewer_client, project):
    reach = ImplementationOutcomeFactory(project=project, outcome_type="reach",
                                         statement="All families are offered an FGC")
    acceptability = ImplementationOutcomeFactory(project=project, outcome_type="acceptability",
                                                 statement="Staff feel it supports families")
    final = FinalOutcomeFactory(project=project, audience="children-and-young-people",
                                statement="Fewer children go into care")
    MeasureFactory(project=project, name="Families offered", implementation_outcome=reach)
    MeasureFactory(project=project, name="Children looked after", final_outcome=final)
    MeasureFactory(project=project, name="Co-ordinator caseload")
    response = viewer_client.get(url(project))
    sections = response.context["sections"]
    assert [s.heading for s in sections] == ["Implementation outcomes", "Final outcomes",
                                             "Not linked to an outcome"]
    # Acceptability comes before reach in the framework's order of outcome types
    assert [g.heading for g in sections[0].groups] == [
        "Acceptability: Staff feel it supports families", "Reach: All families are offered an FGC"]
    assert [[r.status.measure.name for r in g.rows] for g in sections[0].groups] == [
        [], ["Families offered"]]
    assert [r.status.measure.name for r in sections[1].groups[0].rows] == [
        "Children looked after"]
    assert [r.status.measure.name for r in sections[2].groups[0].rows] == [
        "Co-ordinator caseload"]
    page = response.content.decode()
    assert "No measure for this outcome yet." in page
    assert "How to read the icons" in page
    assert "Add a measure" not in page  # viewers cannot add
    assert acceptability.statement in page


def test_latest_value_icons_and_prompts(editor_client, project):
    good = MeasureFactory(project=project, name="Conferences held", direction="up", target=5)
    monthly(good, [*STEADY, 30], start=datetime.date(2024, 1, 1))  # to March 2025
    worse = MeasureFactory(project=project, name="Days to a conference", direction="down")
    monthly(worse, [*STEADY, 30, 31], start=datetime.date(2023, 12, 1))  # to March 2025
    late = MeasureFactory(project=project, name="Re-referrals")
    monthly(late, STEADY[:4], start=datetime.date(2024, 9, 1))  # to December 2024
    response = editor_client.get(url(project))
    page = response.content.decode()
    rows = {r.status.measure.name: r for s in response.context["sections"]
            for g in s.groups for r in g.rows}
    assert (rows["Conferences held"].latest, rows["Conferences held"].latest_period) == (
        "30", "March 2025")
    assert rows["Conferences held"].variation == "Special cause improvement – high"
    assert rows["Conferences held"].assurance == "Consistently passing the target"
    assert rows["Days to a conference"].variation == "Special cause concern – high"
    prompts = [(p.measure, p.text) for p in response.context["prompts"]]
    assert prompts == [
        ("Days to a conference", "special cause concern since February 2025. Look at what "
         "changed, talk it through with the team and record what you decide to do."),
        ("Re-referrals", "3 months of data overdue (latest: December 2024): add the missing "
         "figures."),
    ]
    assert "2 things to look at" in page
    assert "Add a measure" in page


def test_statuses_take_three_queries_however_many_measures(project, org_a,
                                                           django_assert_num_queries):
    for i in range(4):
        measure = MeasureFactory(project=project, name=f"Measure {i}")
        monthly(measure, STEADY)
        RecalculationFactory(measure=measure, period=datetime.date(2024, 8, 1))
    with django_assert_num_queries(3):
        statuses = measure_statuses(project, org_a)
    assert len(statuses) == 4
    assert all(s.variation is VariationIcon.COMMON_CAUSE for s in statuses)
    assert all(s.chart.recalculate_at == (7,) for s in statuses)
    assert statuses[0].overdue_periods == 1  # February 2025 is the latest; March is due


def test_organisation_settings_change_the_chart(project, org_a):
    measure = MeasureFactory(project=project)
    # Six points in a row above the mean: a shift with a run length of 6, not of 7
    monthly(measure, [10, 12, 11, 13, 12, 10, 11, 12, 10, 11, 13, 13, 13, 13, 13, 13])
    org_a.spc_run_length = 6
    [six] = measure_statuses(project, org_a)
    org_a.spc_run_length = 7
    [seven] = measure_statuses(project, org_a)
    assert six.variation is VariationIcon.IMPROVEMENT_HIGH
    assert seven.variation is VariationIcon.COMMON_CAUSE


def test_a_baseline_of_one_period_is_ignored_with_a_note(viewer_client, project):
    measure = MeasureFactory(project=project, baseline_until=datetime.date(2024, 1, 15))
    monthly(measure, STEADY)
    response = viewer_client.get(reverse("monitoring:measure", args=[project.pk, measure.pk]))
    assert "The baseline covers fewer than 2 periods" in response.content.decode()


def test_no_measures_yet(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "No measures yet." in page


def test_outsider_gets_not_found(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404
