import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.plans.factories import CoreComponentFactory
from tests.surveys.factories import SurveyRoundFactory
from tests.surveys.results.helpers import aim, respond
from tests.surveys.results.test_round_page import text_of


def url(project):
    return reverse("surveys:scores", args=[project.pk])


def rounds_with(project, sizes_and_levels, **extra):
    made = []
    start = datetime.date(2025, 1, 6)
    for index, (label, size, level) in enumerate(sizes_and_levels):
        opens = start + datetime.timedelta(days=90 * index)
        survey_round = SurveyRoundFactory(project=project, label=label, opens_on=opens,
                                          closes_on=opens + datetime.timedelta(days=14),
                                          **extra)
        for _ in range(size):
            respond(survey_round, aim(level, level, level, level))
        made.append(survey_round)
    return made


def test_each_score_over_rounds_with_a_chart_table_and_summary(project, viewer_client):
    rounds_with(project, [("Baseline", 5, 3), ("3 months", 4, 5), ("6 months", 6, 4)])
    response = viewer_client.get(url(project))
    page = text_of(response)
    assert ("AIM score went up from 3.00 in Baseline to 4.00 in 6 months (out of 5, over 2 "
            "rounds). 1 round with fewer than 5 responses is not shown.") in page
    assert "Baseline 6 Jan 2025 to 20 Jan 2025 5 3.00 3.00 3.00 to 3.00" in page
    assert "3 months 6 Apr 2025 to 20 Apr 2025 Fewer than 5 responses" in page
    html = response.content.decode()
    assert html.count('role="img"') == 1
    # Two points on the chart (the round of 4 is left out), joined by a line.
    assert len(re.findall(r"<circle ", html)) == 2
    assert "<polyline" in html


def test_no_round_with_enough_responses(project, viewer_client):
    rounds_with(project, [("Baseline", 2, 3)])
    response = viewer_client.get(url(project))
    page = text_of(response)
    assert "No round of the AIM score has enough responses to show yet" in page
    assert 'role="img"' not in response.content.decode()
    assert "3.00" not in page


def test_rounds_about_different_components_are_separate(project, viewer_client):
    component = CoreComponentFactory(project=project, name="Private family time")
    rounds_with(project, [("Approach", 5, 3)])
    rounds_with(project, [("Component", 5, 4)], core_component=component)
    page = text_of(viewer_client.get(url(project)))
    assert "About: Family Group Conferences" in page
    assert "About: Private family time" in page


def test_nothing_asked_yet(project, viewer_client):
    page = text_of(viewer_client.get(url(project)))
    assert "No survey round has asked a validated measure" in page


def test_queries_do_not_grow_with_rounds(project, viewer_client):
    counts = []
    for extra in (1, 4):
        rounds_with(project, [(f"R{extra}-{i}", 5, 4) for i in range(extra)])
        with CaptureQueriesContext(connection) as captured:
            viewer_client.get(url(project))
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_another_organisations_project_is_not_found(other_project, viewer_client):
    assert viewer_client.get(url(other_project)).status_code == 404
