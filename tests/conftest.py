"""The fixed cast every test can use: an admin, an editor and a viewer in
organisation A, and an outsider who belongs to organisation B only, each with
a signed-in client; plus a project in each organisation."""

import os

import pytest
from django.test import Client

from tests.factories import MembershipFactory, OrganisationFactory, ProjectFactory

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Passwords are still hashed and checked on every sign-in, with a fast
    hasher: the default costs about half a second each time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def org_a(db):
    return OrganisationFactory(name="Northbrook")


@pytest.fixture
def org_b(db):
    return OrganisationFactory(name="Eastmere")


def make_member(org, role, name):
    return MembershipFactory(organisation=org, role=role,
                             user__name=name, user__email=f"{name.lower()}@example.org").user


@pytest.fixture
def admin(org_a):
    return make_member(org_a, "admin", "Ada")


@pytest.fixture
def editor(org_a):
    return make_member(org_a, "editor", "Eddie")


@pytest.fixture
def viewer(org_a):
    return make_member(org_a, "viewer", "Vera")


@pytest.fixture
def outsider(org_b):
    return make_member(org_b, "admin", "Otto")


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(admin):
    return _client_for(admin)


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def viewer_client(viewer):
    return _client_for(viewer)


@pytest.fixture
def outsider_client(outsider):
    return _client_for(outsider)


@pytest.fixture
def project(org_a):
    return ProjectFactory(organisation=org_a, title="Family Group Conferences")


@pytest.fixture
def other_project(org_b):
    return ProjectFactory(organisation=org_b, title="Eastmere front door")


def pytest_report_header(config):
    return f"database: {'PostgreSQL' if os.getenv('DATABASE_URL') else 'SQLite'}"
