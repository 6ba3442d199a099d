import re
from datetime import date

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory, TeamMemberFactory

URL = reverse("projects:portfolio")


def titles(response):
    return [row["title"] for row in response.context["rows"]]


def test_lists_only_this_organisations_projects(viewer_client, project, other_project):
    response = viewer_client.get(URL)
    assert response.status_code == 200
    assert project.title in response.content.decode()
    assert other_project.title not in response.content.decode()


def test_shows_lead_phase_status_and_review(viewer_client, project, editor):
    project.next_review_date = date(2030, 1, 31)
    project.save(update_fields=["next_review_date"])
    TeamMemberFactory(project=project, user=editor, role="lead")
    page = viewer_client.get(URL).content.decode()
    assert "Eddie" in page
    assert "Explore" in page and "Active" in page
    assert "31 Jan 2030" in page


def test_an_overdue_review_is_tagged_unless_the_project_has_closed(viewer_client, org_a):
    ProjectFactory(organisation=org_a, title="Late", next_review_date=date(2020, 3, 2))
    ProjectFactory(organisation=org_a, title="Closed", status="closed",
                   next_review_date=date(2020, 4, 6))
    ProjectFactory(organisation=org_a, title="Unplanned", next_review_date=None)
    page = viewer_client.get(URL).content.decode()
    cells = re.findall(r'<td class="govuk-table__cell">([^<]*(?:<strong[^>]*>[^<]*</strong>)?)'
                       r"</td>\s*</tr>", page)
    assert cells == [
        '6 Apr 2020',
        '2 Mar 2020 <strong class="govuk-tag govuk-tag--red">Overdue</strong>',
        "Not set"]


def test_project_without_lead_says_so(viewer_client, project):
    assert "No lead named" in viewer_client.get(URL).content.decode()


def test_counts_by_phase(viewer_client, org_a):
    for phase in ["explore", "explore", "deliver"]:
        ProjectFactory(organisation=org_a, phase=phase)
    counts = {c["value"]: c["count"] for c in viewer_client.get(URL).context["phase_counts"]}
    assert counts == {"explore": 2, "prepare": 0, "deliver": 1, "sustain": 0}


def test_filters_by_phase_and_status(viewer_client, org_a):
    ProjectFactory(organisation=org_a, title="A", phase="deliver", status="active")
    ProjectFactory(organisation=org_a, title="B", phase="deliver", status="paused")
    ProjectFactory(organisation=org_a, title="C", phase="explore", status="active")
    assert titles(viewer_client.get(URL, {"phase": "deliver"})) == ["A", "B"]
    assert titles(viewer_client.get(URL, {"phase": "deliver", "status": "paused"})) == ["B"]


def test_archived_projects_are_hidden_unless_asked_for(viewer_client, org_a):
    from django.utils import timezone
    ProjectFactory(organisation=org_a, title="Old", archived_at=timezone.now())
    ProjectFactory(organisation=org_a, title="Current")
    assert titles(viewer_client.get(URL)) == ["Current"]
    assert titles(viewer_client.get(URL, {"status": "archived"})) == ["Old"]


@pytest.mark.parametrize(("sort", "expected"), [
    ("title", ["Alpha", "Bravo", "Charlie"]),
    ("phase", ["Charlie", "Alpha", "Bravo"]),
    ("next_review_date", ["Bravo", "Charlie", "Alpha"]),
])
def test_sorting(viewer_client, org_a, sort, expected):
    ProjectFactory(organisation=org_a, title="Alpha", phase="deliver", next_review_date=None)
    ProjectFactory(organisation=org_a, title="Bravo", phase="sustain",
                   next_review_date=date(2026, 1, 1))
    ProjectFactory(organisation=org_a, title="Charlie", phase="explore",
                   next_review_date=date(2026, 6, 1))
    assert titles(viewer_client.get(URL, {"sort": sort})) == expected


def test_nonsense_filters_are_ignored_not_an_error(viewer_client, project):
    response = viewer_client.get(URL, {"phase": "<script>", "sort": "password"})
    assert response.status_code == 200
    assert titles(response) == [project.title]


def test_create_button_only_for_people_who_can_edit(viewer_client, editor_client, project):
    create = reverse("projects:create")
    assert create not in viewer_client.get(URL).content.decode()
    assert create in editor_client.get(URL).content.decode()
