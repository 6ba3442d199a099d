"""Every URL × every kind of person × own / other organisation's / missing
object, checked against the access rule the view declares.

The URL list comes from the URL configuration itself, so a new page is
covered the moment it is added: it fails here until its view declares a rule
with @access and any new URL parameter is given an object below."""

import re
from dataclasses import dataclass

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import make_member
from tests.factories import OrganisationFactory
from tests.worlds import MISSING, build_world
from trellis.organisations.access import PUBLIC
from trellis.organisations.models import ROLE_RANK, Role


@dataclass
class Route:
    name: str
    params: tuple[str, ...]
    rule: object


def collect_routes(patterns=None, namespace="", prefix_params=()) -> list[Route]:
    routes = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        params = (*prefix_params, *getattr(entry.pattern, "converters", {}).keys())
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # Django's own admin, for superusers, guards itself
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            routes += collect_routes(entry.url_patterns, inner, params)
        elif isinstance(entry, URLPattern):
            routes.append(Route(f"{namespace}{entry.name}", params,
                                getattr(entry.callback, "access_rule", None)))
    return routes


ROUTES = collect_routes()
PROTECTED = [r for r in ROUTES if r.rule is not None and r.rule.role != PUBLIC]
PUBLIC_ROUTES = [r for r in ROUTES if r.rule is not None and r.rule.role == PUBLIC]


def test_every_url_declares_its_access_rule():
    undeclared = [r.name for r in ROUTES if r.rule is None]
    assert not undeclared, f"Views without @access(...): {undeclared}"


def test_the_matrix_covers_the_main_pages():
    names = {r.name for r in PROTECTED}
    assert {"projects:portfolio", "projects:detail", "projects:edit",
            "organisations:invite", "framework:page"} <= names


# Parameters that name framework content rather than an organisation's data:
# they are the same for everyone, so only the "missing" case differs.
SHARED_CONTENT = {"page"}

PEOPLE = ["anonymous", "viewer", "editor", "admin", "outsider"]


WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def writes(queries) -> list[str]:
    """The statements that changed data, leaving out the session the sign-in keeps."""
    return [q["sql"] for q in queries
            if WRITE.match(q["sql"]) and "django_session" not in q["sql"]]


CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def cases():
    for route in PROTECTED:
        owned = [p for p in route.params if p not in SHARED_CONTENT]
        owners = ["own", "other", "missing"] if route.params else ["none"]
        if route.params and not owned:
            owners = ["own", "missing"]
        for person in PEOPLE:
            for owner in owners:
                for method in ("GET", "POST"):
                    yield pytest.param(route, person, owner, method,
                                       id=f"{route.name}-{person}-{owner}-{method}")


@dataclass
class Matrix:
    """Two organisations with one of everything each, and the people who ask."""

    worlds: dict[str, dict[str, object]]
    people: dict[str, object]


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    """Built once for the whole module, inside a transaction that is rolled back
    when the module ends. Each test runs in a savepoint inside it (the `db`
    fixture), so whatever an allowed request changes is undone before the next
    test, as if the world had been built afresh."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            org_a = OrganisationFactory(name="Northbrook")
            org_b = OrganisationFactory(name="Eastmere")
            people = {"viewer": make_member(org_a, "viewer", "Vera"),
                      "editor": make_member(org_a, "editor", "Eddie"),
                      "admin": make_member(org_a, "admin", "Ada"),
                      "outsider": make_member(org_b, "admin", "Otto")}
            yield Matrix(worlds={"own": build_world(org_a), "other": build_world(org_b),
                                 "missing": MISSING}, people=people)
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.mark.parametrize(("route", "person", "owner", "method"), list(cases()))
def test_access(route, person, owner, method, matrix, db):
    source = matrix.worlds["own" if owner == "none" else owner]
    kwargs = {}
    for param in route.params:
        assert param in MISSING, (f"Give the URL parameter '{param}' an object: add a "
                                  "world_part in that app's tests/<app>/world.py")
        kwargs[param] = source[param]
    url = reverse(route.name, kwargs=kwargs)

    client = Client()
    if person != "anonymous":
        client.force_login(matrix.people[person])

    rule = route.rule
    if person == "anonymous":
        expected = 302
    elif method not in rule.methods:
        expected = 405
    elif ROLE_RANK[Role("admin" if person == "outsider" else person)] < ROLE_RANK[Role(rule.role)]:
        expected = 403
    elif owner == "missing" or (owner == "other" and person != "outsider") or (
        owner == "own" and person == "outsider" and any(
            p not in SHARED_CONTENT for p in route.params)):
        expected = 404
    else:
        expected = None  # allowed

    with CaptureQueriesContext(connection) as executed:
        response = getattr(client, method.lower())(url)

    if expected is None:
        assert response.status_code in (200, 302), (url, response.status_code)
        if response.status_code == 302:
            assert "/accounts/sign-in/" not in response["Location"]
        return

    assert response.status_code == expected, (url, person, owner, method)
    if expected == 302:
        assert response["Location"].startswith(reverse("accounts:login"))
    assert not writes(executed.captured_queries), "A refused request changed the database"


@pytest.mark.parametrize("route", [r for r in PROTECTED if any(
    p not in SHARED_CONTENT for p in r.params)], ids=lambda r: r.name)
def test_other_organisations_object_looks_exactly_like_a_missing_one(route, matrix, db):
    other = matrix.worlds["other"]
    client = Client()
    client.force_login(matrix.people["admin"])
    method = "get" if "GET" in route.rule.methods else "post"
    pages = []
    for source in (other, MISSING):
        kwargs = {p: source[p] for p in route.params}
        response = getattr(client, method)(reverse(route.name, kwargs=kwargs))
        assert response.status_code == 404
        pages.append(CSRF.sub(b"", response.content))
    assert pages[0] == pages[1]


@pytest.mark.parametrize("route", PUBLIC_ROUTES, ids=lambda r: r.name)
def test_public_pages_answer_without_signing_in(route, db):
    kwargs = {p: {"token": "not-a-real-token", "uidb64": "MQ"}.get(p, "x") for p in route.params}
    url = reverse(route.name, kwargs=kwargs)
    method = "get" if "GET" in route.rule.methods else "post"
    response = getattr(Client(), method)(url)
    assert response.status_code in (200, 302, 404)
    if response.status_code == 302:
        assert not response["Location"].startswith(reverse("accounts:login") + "?next")
