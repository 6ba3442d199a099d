"""The "deliver" and "surveys" parts come from the database in one query, and the
project page shows what they find."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.organisations.pages import main_text
from trellis.monitoring.models import DataPoint, Measure, Recalculation
from trellis.monitoring.parts import gather
from trellis.plans.models import CoreComponent, ImplementationOutcome
from trellis.reflection.models import Action, ReviewMeeting
from trellis.surveys.models import Response, ResponseScore, RoundInstrument, SurveyRound

TODAY = date(2026, 11, 26)


def _months(n, end=date(2026, 10, 1)):
    first = date(end.year - (n - 1 + 12 - end.month) // 12, (end.month - n) % 12 + 1, 1)
    day, out = first, []
    for _ in range(n):
        out.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


@pytest.fixture
def delivering(project):
    project.phase = "deliver"
    project.save(update_fields=["phase"])
    return project


def _measure(project, name, **fields):
    return Measure.objects.create(project=project, name=name, kind=fields.pop("kind", "count"),
                                  direction=fields.pop("direction", "up"),
                                  frequency="monthly", **fields)


def test_facts_from_the_database(delivering, editor):
    acceptability = ImplementationOutcome.objects.create(
        project=delivering, outcome_type="acceptability", term="short",
        statement="Families find FGCs acceptable")
    fidelity = ImplementationOutcome.objects.create(
        project=delivering, outcome_type="fidelity", term="short", statement="To standard")
    coordinator = CoreComponent.objects.create(project=delivering, position=1,
                                               name="Independent coordinator")
    CoreComponent.objects.create(project=delivering, position=2, name="Private family time")
    converting = _measure(delivering, "Referrals converting", implementation_outcome=fidelity,
                          core_component=coordinator, source="fidelity")
    periods = _months(20)
    for i, period in enumerate(periods):  # steady, then 7 months low: a concern
        DataPoint.objects.create(measure=converting, period=period,
                                 value=50 + (i % 3) if i < 13 else 30 + (i % 2))
    Recalculation.objects.create(measure=converting, period=date(2020, 1, 1), reason="old")
    stale = _measure(delivering, "Placements")
    DataPoint.objects.create(measure=stale, period=date(2026, 6, 1), value=4)
    meeting = ReviewMeeting.objects.create(project=delivering, held_on=date(2026, 3, 2),
                                           attendees="Team", learnt="Steady")
    meeting.measures.add(converting)
    Action.objects.create(meeting=meeting, description="Re-brief coordinators", owner="Sam",
                          due_on=date(2026, 11, 2))
    Action.objects.create(meeting=meeting, description="Done already", owner="Sam",
                          due_on=date(2026, 11, 2), status="done")
    Action.objects.create(meeting=meeting, description="Not yet due", owner="Sam",
                          due_on=date(2026, 12, 2))
    survey = SurveyRound.objects.create(
        project=delivering, label="Baseline", audience="practitioners", outcome=acceptability,
        opens_on=date(2026, 9, 1), closes_on=date(2026, 9, 30), public_title="FGC",
        why="To improve")
    RoundInstrument.objects.create(round=survey, instrument="aim")
    for value in (4.0, 3.5, None):
        response = Response.objects.create(round=survey, submitted_on=date(2026, 9, 3))
        ResponseScore.objects.create(response=response, round=survey, instrument="aim",
                                     scale="total", value=value)
    ProjectFactory(organisation=delivering.organisation)  # another project's data stays out

    deliver, surveys = gather(delivering, today=TODAY)

    assert [o.statement for o in deliver.outcomes] == ["Families find FGCs acceptable",
                                                       "To standard"]
    assert [name for _, name in deliver.components] == ["Independent coordinator",
                                                        "Private family time"]
    first, second = deliver.measures
    assert (first.name, first.outcome_type, first.core_component_pk, first.latest_period) == (
        "Placements", "", None, date(2026, 6, 1))
    assert first.overdue_periods == 4
    assert second.name == "Referrals converting" and second.outcome_pk == fidelity.pk
    assert second.concern_since == periods[13]
    assert second.discussed_on == date(2026, 3, 2)
    assert [a.description for a in deliver.overdue_actions] == ["Re-brief coordinators"]
    assert deliver.surveyed_outcome_types == frozenset({"acceptability"})
    [round_] = surveys.rounds
    assert (round_.title, round_.responses, round_.instruments) == ("Baseline", 3, ("aim",))
    assert round_.scores[0].mean == pytest.approx(3.75)
    assert surveys.minimum_responses == 5
    assert surveys.outcome_types == ("acceptability", "fidelity")


def test_one_query_whatever_the_size(delivering, django_assert_num_queries):
    for n in range(3):
        measure = _measure(delivering, f"Measure {n}")
        for period in _months(15):
            DataPoint.objects.create(measure=measure, period=period, value=n)
    with django_assert_num_queries(1):
        gather(delivering, today=TODAY)


def test_the_organisations_settings_are_used(delivering, org_a):
    measure = _measure(delivering, "Referrals", direction="up")
    values = [8, 12, 9, 11, 8, 12, 9, 11, 8, 12] + [9.8] * 6  # 6 just below the mean
    for period, value in zip(_months(len(values)), values, strict=True):
        DataPoint.objects.create(measure=measure, period=period, value=value)
    deliver, surveys = gather(delivering, today=TODAY)
    assert deliver.measures[0].concern_since == date(2026, 5, 1)
    assert surveys.minimum_responses == 5
    org_a.spc_run_length = 7
    org_a.survey_minimum_responses = 8
    org_a.save()
    deliver, surveys = gather(delivering, today=TODAY)
    assert deliver.measures[0].concern_since is None
    assert surveys.minimum_responses == 8


def test_the_project_page_shows_deliver_findings(viewer_client, delivering):
    ImplementationOutcome.objects.create(project=delivering, outcome_type="reach",
                                         term="short", statement="Half of families reached")
    meeting = ReviewMeeting.objects.create(project=delivering, held_on=TODAY - timedelta(90),
                                           attendees="Team", learnt="x")
    Action.objects.create(meeting=meeting, description="Call the courts", owner="Ali",
                          due_on=TODAY - timedelta(days=3))
    page = main_text(viewer_client.get(reverse("projects:detail", args=[delivering.pk])))
    assert "1 implementation outcome has no measure: 'Half of families reached'" in page
    assert "1 action from reviews is overdue: 'Call the courts' (Ali)" in page
    assert "Acceptability and buy-in have never been measured" in page
    latest = f"{(TODAY - timedelta(90)).day} {TODAY - timedelta(90):%B %Y}"
    assert f"Reflection log – 1 review, the latest on {latest}; 1 action overdue" in page
    assert "Monitoring – 0 measures" in page
    assert "Surveys – 0 rounds, 0 responses" in page
    assert "Implementation plan – 0 core components, 1 implementation outcome" in page
