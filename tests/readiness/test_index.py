from django.urls import reverse

from tests.factories import ProjectFactory, TeamMemberFactory
from tests.readiness.factories import ReadinessItemFactory

AREAS = ("Administrative support", "Data systems", "Technical support and equipment",
         "Realistic time", "Funding", "Governance and leadership")


def url(project):
    return reverse("readiness:index", args=[project.pk])


def test_the_six_areas_are_always_listed(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    for name in AREAS:
        assert name in page
    assert [row.name for row in response.context["standard"]] == list(AREAS)
    assert page.count("Not recorded yet") == 6
    assert "Systems for collecting and reporting data." in page  # the seed's prompt
    assert "Add a preparation" not in page  # viewers cannot add
    assert "No one has been added to the team yet." in page


def test_items_show_owner_and_status(viewer_client, project, editor):
    ReadinessItemFactory(project=project, area="funding", description="Two posts funded",
                         owner=editor, status="ready")
    ReadinessItemFactory(project=project, area="other", description="Interpreting service",
                         status="not_started")
    ReadinessItemFactory(project=ProjectFactory(organisation=project.organisation),
                         description="Someone else's funding")
    response = viewer_client.get(url(project))
    rows = {row.name: row for row in response.context["standard"]}
    assert (rows["Funding"].status, rows["Funding"].item.owner) == ("Ready", editor)
    assert rows["Governance and leadership"].status == "Not recorded"
    [other] = response.context["others"]
    assert (other.name, other.item.description, other.status) == (
        "Other", "Interpreting service", "Not started")
    page = response.content.decode()
    assert "Two posts funded" in page
    assert "Someone else&#x27;s funding" not in page
    assert page.count("Not recorded yet") == 5


def test_the_team_comes_from_the_project(viewer_client, project):
    TeamMemberFactory(project=project, role="champion", user__name="Chidi Okafor",
                      responsibilities="Champions FGC with social workers")
    page = viewer_client.get(url(project)).content.decode()
    assert "Chidi Okafor" in page
    assert "Champion" in page
    assert "Champions FGC with social workers" in page
    assert "Change the project team on the project page" in page
    assert reverse("projects:detail", args=[project.pk]) in page


def test_editors_add_per_area_or_change(editor_client, project):
    item = ReadinessItemFactory(project=project, area="funding")
    page = editor_client.get(url(project)).content.decode()
    add = reverse("readiness:add", args=[project.pk])
    assert f"{add}?area=admin_support" in page
    assert f"{add}?area=funding" not in page
    assert reverse("readiness:edit", args=[project.pk, item.pk]) in page
    assert reverse("readiness:remove", args=[project.pk, item.pk]) in page


def test_constant_queries(viewer_client, project, editor, django_assert_max_num_queries):
    ReadinessItemFactory(project=project, owner=editor)
    TeamMemberFactory(project=project)
    with django_assert_max_num_queries(30) as one:
        viewer_client.get(url(project))
    for i in range(10):
        ReadinessItemFactory(project=project, area="other", description=f"Extra {i}",
                             owner=editor)
        TeamMemberFactory(project=project)
    with django_assert_max_num_queries(len(one.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_gets_404_and_posts_are_refused(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
