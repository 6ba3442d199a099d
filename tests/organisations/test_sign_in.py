"""Signing in and out, and what an anonymous visitor meets everywhere else."""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import PASSWORD
from tests.core.html import find_all
from tests.factories import MembershipFactory, TeamMemberFactory
from tests.organisations.pages import (
    error_summary,
    field_errors,
    is_signed_in,
    main_text,
    sign_in,
)
from tests.worlds import MISSING
from trellis.framework.loader import get_framework
from trellis.organisations.access import PUBLIC
from trellis.organisations.demo_accounts import DEMO_PASSWORD, DEMO_PEOPLE
from trellis.organisations.models import Invitation

SIGN_IN = reverse("accounts:login")
PORTFOLIO = reverse("projects:portfolio")


def test_the_right_email_and_password_sign_in_and_land_on_the_portfolio(client, admin):
    response = sign_in(client, "ada@example.org", follow=True)

    assert response.redirect_chain == [(PORTFOLIO, 302)]
    assert response.status_code == 200
    assert response.wsgi_request.user == admin
    assert is_signed_in(client)


def test_the_email_address_is_not_case_sensitive(client, admin):
    response = sign_in(client, "  ADA@Example.ORG", follow=True)

    assert response.redirect_chain == [(PORTFOLIO, 302)]
    assert response.wsgi_request.user == admin


def test_a_wrong_password_is_refused_with_a_clear_message(client, admin):
    response = sign_in(client, "ada@example.org", "not-the-password")

    assert response.status_code == 200
    assert error_summary(response) == ["Enter a correct email address and password"]
    assert "Enter a correct email address and password" in main_text(response)
    assert not is_signed_in(client)


def test_an_unknown_email_gets_the_same_message_as_a_wrong_password(client, admin):
    response = sign_in(client, "nobody@example.org", PASSWORD)

    assert error_summary(response) == ["Enter a correct email address and password"]
    assert not is_signed_in(client)


def test_an_empty_form_shows_an_error_beside_both_fields(client, db):
    response = client.post(SIGN_IN, {"username": "", "password": ""})

    assert response.status_code == 200
    assert field_errors(response) == {"username": "Enter your email address",
                                      "password": "Enter your password"}
    assert error_summary(response) == ["Enter your email address", "Enter your password"]
    assert response.content.decode().count("<title>Error: Sign in") == 1


def test_signing_in_after_being_sent_away_returns_you_to_the_page_you_asked_for(
        client, admin, project):
    wanted = reverse("projects:detail", args=[project.pk])

    bounced = client.get(wanted)
    assert bounced["Location"] == f"{SIGN_IN}?next={quote(wanted)}"

    response = client.post(f"{SIGN_IN}?next={quote(wanted)}",
                           {"username": "ada@example.org", "password": PASSWORD, "next": wanted})
    assert response.status_code == 302
    assert response["Location"] == wanted


def test_a_signed_in_person_opening_sign_in_goes_to_the_portfolio(admin_client):
    response = admin_client.get(SIGN_IN)

    assert response.status_code == 302
    assert response["Location"] == PORTFOLIO


def _demo_table_emails(response) -> list[str]:
    html = response.content.decode()
    return [cell.words for cell in find_all(html, "td")
            if cell.inside("div", "govuk-inset-text") and "@" in cell.words]


def test_the_demo_accounts_are_listed_on_sign_in_when_running_locally(client, db, settings):
    settings.DEBUG = True

    response = client.get(SIGN_IN)

    assert "Demo accounts" in main_text(response)
    assert _demo_table_emails(response) == [email for email, *_ in DEMO_PEOPLE]
    assert DEMO_PASSWORD in main_text(response)


def test_the_demo_accounts_are_never_listed_in_production(client, db, settings):
    settings.DEBUG = False

    response = client.get(SIGN_IN)

    assert response.status_code == 200
    assert "Demo accounts" not in main_text(response)
    assert _demo_table_emails(response) == []
    assert DEMO_PASSWORD not in response.content.decode()


def test_sign_out_signs_you_out(admin_client):
    assert is_signed_in(admin_client)

    response = admin_client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert response["Location"] == SIGN_IN
    assert not is_signed_in(admin_client)


def test_sign_out_needs_post_so_a_link_or_prefetch_cannot_sign_you_out(admin_client):
    response = admin_client.get(reverse("accounts:logout"))

    assert response.status_code == 405
    assert is_signed_in(admin_client)


def test_the_header_sign_out_button_posts_to_sign_out(admin_client):
    html = admin_client.get(PORTFOLIO).content.decode()

    forms = find_all(html, "form", action=reverse("accounts:logout"))
    assert [form.attrs["method"] for form in forms] == ["post"]


def _protected_urls() -> list[tuple[str, tuple[str, ...]]]:
    """Every page except the public account pages and Django's own admin,
    straight from the URL configuration so a new page is covered too."""
    found = []

    def walk(patterns, namespace="", prefix=()):
        for entry in patterns:
            params = (*prefix, *entry.pattern.converters.keys())
            if isinstance(entry, URLResolver):
                if entry.namespace == "admin":
                    continue
                walk(entry.url_patterns,
                     f"{namespace}{entry.namespace}:" if entry.namespace else namespace, params)
            elif isinstance(entry, URLPattern):
                rule = getattr(entry.callback, "access_rule", None)
                if rule is None or rule.role != PUBLIC:
                    found.append((f"{namespace}{entry.name}", params))

    walk(get_resolver().url_patterns)
    return found


PROTECTED_URLS = _protected_urls()


def test_the_protected_pages_include_the_ones_people_use_most():
    names = {name for name, _ in PROTECTED_URLS}
    assert {"projects:portfolio", "projects:detail", "organisations:detail",
            "organisations:invite", "framework:page"} <= names
    assert not names & {"accounts:login", "accounts:password_reset",
                        "accounts:accept_invitation"}


@pytest.mark.parametrize(("name", "params"), PROTECTED_URLS, ids=[n for n, _ in PROTECTED_URLS])
@pytest.mark.parametrize("method", ["get", "post"])
def test_every_other_page_sends_an_anonymous_visitor_to_sign_in(
        name, params, method, org_a, project, admin):
    phase = get_framework().phases[0]
    invitation, _ = Invitation.new(organisation=org_a, email="new@example.org", role="viewer",
                                   invited_by=admin)
    invitation.save()
    objects = {
        "project_pk": project.pk,
        "member_pk": TeamMemberFactory(project=project, user=admin).pk,
        "membership_pk": MembershipFactory(organisation=org_a).pk,
        "invitation_pk": invitation.pk,
        "phase": phase.slug,
        "item": phase.checklist[0].slug,
        "page": phase.slug,
    }
    url = reverse(name, kwargs={p: objects.get(p, MISSING.get(p)) for p in params})

    response = getattr(Client(), method)(url)

    assert response.status_code == 302, url
    assert response["Location"] == f"{SIGN_IN}?next={quote(url)}"
