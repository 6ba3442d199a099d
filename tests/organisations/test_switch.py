from django.test import Client
from django.urls import reverse

from tests.factories import MembershipFactory, ProjectFactory

URL = reverse("organisations:switch")


def test_person_in_two_organisations_can_switch(org_a, org_b, editor):
    MembershipFactory(organisation=org_b, user=editor, role="viewer")
    ProjectFactory(organisation=org_b, title="Eastmere project")
    client = Client()
    client.force_login(editor)
    portfolio = reverse("projects:portfolio")
    client.post(URL, {"organisation": org_a.pk})
    assert "Eastmere project" not in client.get(portfolio).content.decode()
    assert URL in client.get(portfolio).content.decode()
    assert client.post(URL, {"organisation": org_b.pk}).status_code == 302
    page = client.get(portfolio).content.decode()
    assert "Eastmere project" in page
    assert reverse("projects:create") not in page  # a viewer there


def test_cannot_switch_into_an_organisation_you_do_not_belong_to(editor_client, org_b, project):
    response = editor_client.post(URL, {"organisation": org_b.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert project.title in editor_client.get(reverse("projects:portfolio")).content.decode()


def test_people_in_one_organisation_see_no_switch_link(editor_client, project):
    assert URL not in editor_client.get(reverse("projects:portfolio")).content.decode()
