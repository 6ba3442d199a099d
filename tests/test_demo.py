"""The demo local area: `trellis load_demo` for looking around on a laptop."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from tests.factories import OrganisationFactory
from trellis.organisations.demo_accounts import (
    DEMO_ORGANISATION,
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    NEIGHBOUR_ORGANISATION,
)
from trellis.organisations.models import Membership, Organisation, User
from trellis.projects.models import Project

pytestmark = pytest.mark.django_db


def load_demo(*args) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """Every row of Trellis's own tables and of auth."""
    return {
        model._meta.label: sorted(map(repr, model.objects.values_list()))
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "contenttypes", "admin"}
    }


@pytest.fixture
def local(settings):
    settings.DEBUG = True
    return settings


def test_it_builds_the_demo_local_area_and_its_neighbour(local):
    output = load_demo()

    assert "4 people and 4 projects added" in output
    assert sorted(Organisation.objects.values_list("name", flat=True)) == sorted(
        [DEMO_ORGANISATION, NEIGHBOUR_ORGANISATION])
    demo = Organisation.objects.get(name=DEMO_ORGANISATION)
    neighbour = Organisation.objects.get(name=NEIGHBOUR_ORGANISATION)
    assert sorted(Project.objects.filter(organisation=demo).values_list("phase", flat=True)) \
        == ["deliver", "explore", "sustain"]
    assert Project.objects.filter(organisation=neighbour).count() == 1
    assert sorted(Membership.objects.filter(organisation=demo).values_list("role", flat=True)) \
        == ["admin", "editor", "viewer"]
    assert Membership.objects.filter(organisation=neighbour).count() == 1
    assert User.objects.count() == len(DEMO_PEOPLE)


def test_the_demo_projects_have_teams_history_and_answers(local):
    load_demo()

    for project in Project.objects.all():
        assert project.team.exists(), project.title
        assert project.phase_changes.exists(), project.title
        assert project.phase_changes.order_by("-changed_at").first().to_phase == project.phase


def test_running_it_twice_adds_nothing(local):
    load_demo()
    before = snapshot()

    output = load_demo()

    assert "0 people and 0 projects added" in output
    assert snapshot() == before


def test_if_empty_does_nothing_when_the_database_already_has_an_organisation(local):
    OrganisationFactory(name="Someone's real area")

    output = load_demo("--if-empty")

    assert "already has organisations" in output
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Someone's real area"]
    assert not User.objects.exists()
    assert not Project.objects.exists()


def test_if_empty_loads_the_demo_into_an_empty_database(local):
    load_demo("--if-empty")

    assert Organisation.objects.filter(name=DEMO_ORGANISATION).exists()


def test_it_refuses_to_run_in_production_and_writes_nothing(settings):
    settings.DEBUG = False
    before = snapshot()

    with pytest.raises(CommandError, match="DEBUG is off"):
        load_demo()

    assert snapshot() == before
    assert not Organisation.objects.exists()


@pytest.mark.parametrize(("email", "organisation"),
                         [(email, org) for email, _name, org, _role in DEMO_PEOPLE])
def test_every_demo_person_can_sign_in_with_the_demo_password(local, email, organisation):
    load_demo()
    client = Client()

    response = client.post(reverse("accounts:login"),
                           {"username": email, "password": DEMO_PASSWORD}, follow=True)

    assert response.redirect_chain == [(reverse("projects:portfolio"), 302)]
    assert response.wsgi_request.user.email == email
    assert response.wsgi_request.organisation.name == organisation
    page = response.content.decode()
    for project in Project.objects.filter(organisation__name=organisation):
        assert project.title in page


def test_the_neighbour_cannot_see_the_demo_organisations_projects(local):
    load_demo()
    client = Client()
    client.post(reverse("accounts:login"),
                {"username": "lead@eastmere.example", "password": DEMO_PASSWORD})

    portfolio = client.get(reverse("projects:portfolio")).content.decode()
    demo_projects = Project.objects.filter(organisation__name=DEMO_ORGANISATION)
    assert demo_projects.count() == 3
    for project in demo_projects:
        assert project.title not in portfolio
        for name in ("projects:detail", "projects:edit"):
            response = client.get(reverse(name, args=[project.pk]))
            assert response.status_code == 404, (name, project.title)
        checklist = reverse("projects:checklist", args=[project.pk, project.phase])
        assert client.get(checklist).status_code == 404
