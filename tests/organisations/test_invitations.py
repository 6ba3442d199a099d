"""Inviting someone by email and joining through the link."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from tests.conftest import PASSWORD
from tests.core.html import find_all
from tests.organisations.pages import (
    error_summary,
    field_errors,
    is_signed_in,
    main_text,
)
from trellis.organisations.models import AuditEntry, Invitation, Membership, User

INVITE = reverse("organisations:invite")
DETAIL = reverse("organisations:detail")
PORTFOLIO = reverse("projects:portfolio")
JOIN_LINK = re.compile(r"https?://[^/\s]+(/accounts/join/([^/\s]+)/)")
NEW_PASSWORD = "lantern-orchard-mosaic"
INVALID = "This invitation link does not work"


def _invite(client, email="New.Person@Example.org", role="editor"):
    # The email goes out only once the invitation is safely saved (on commit).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(INVITE, {"email": email, "role": role})


def _join_path() -> str:
    assert len(mail.outbox) == 1
    found = JOIN_LINK.findall(mail.outbox[0].body)
    assert len(found) == 1, mail.outbox[0].body
    return found[0][0]


def _join_as_new_person(path, name="Nadia Newcomer", password=NEW_PASSWORD, again=None):
    client = Client()
    response = client.post(path, {"name": name, "password": password,
                                  "password_again": password if again is None else again})
    return client, response


def _pending_rows(response) -> list[list[str]]:
    """(email, role) for each row of the "Invitations waiting to be accepted" table."""
    cells = [cell.words for cell in find_all(response.content.decode(), "td")
             if any(a.tag == "table" and "Invitations waiting to be accepted" in a.text
                    for a in cell.ancestors)]
    return [cells[i:i + 2] for i in range(0, len(cells), 4)]


def test_an_admin_invites_someone_by_email(admin_client, admin, org_a):
    response = _invite(admin_client)

    assert response.status_code == 302
    assert response["Location"] == DETAIL
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.person@example.org"]
    assert "Northbrook" in message.subject
    assert "Ada" in message.body
    assert _join_path().startswith("/accounts/join/")

    page = admin_client.get(DETAIL)
    assert "Invitation sent to new.person@example.org" in main_text(page)
    assert _pending_rows(page) == [["new.person@example.org", "Editor"]]

    entry = AuditEntry.objects.get()
    assert (entry.organisation, entry.actor, entry.action) == (org_a, admin, "member.invited")


def test_inviting_an_existing_member_is_refused_and_writes_nothing(admin_client, editor):
    response = _invite(admin_client, email="EDDIE@example.org")

    assert response.status_code == 200
    assert field_errors(response) == {"email": "This person is already a member"}
    assert error_summary(response) == ["This person is already a member"]
    assert not Invitation.objects.exists()
    assert not AuditEntry.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("email", ["not-an-email", "", "name@"])
def test_an_invalid_email_is_refused(admin_client, email):
    response = _invite(admin_client, email=email)

    assert response.status_code == 200
    assert "email" in field_errors(response)
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_a_role_must_be_chosen(admin_client):
    response = admin_client.post(INVITE, {"email": "new@example.org"})

    assert field_errors(response) == {"role": "Select a role"}
    assert not Invitation.objects.exists()


def test_a_new_person_joins_with_their_name_and_a_password(admin_client, org_a):
    _invite(admin_client, role="editor")
    path = _join_path()

    form_page = Client().get(path)
    assert form_page.status_code == 200
    assert "Join Northbrook on Trellis" in main_text(form_page)
    assert "new.person@example.org" in main_text(form_page)

    client, response = _join_as_new_person(path)

    assert response.status_code == 302
    assert response["Location"] == PORTFOLIO
    user = User.objects.get(email="new.person@example.org")
    assert user.name == "Nadia Newcomer"
    assert user.check_password(NEW_PASSWORD)
    membership = Membership.objects.get(user=user)
    assert (membership.organisation, membership.role) == (org_a, "editor")
    portfolio = client.get(PORTFOLIO)
    assert portfolio.status_code == 200
    assert portfolio.wsgi_request.user == user
    assert "Welcome to Northbrook on Trellis" in main_text(portfolio)

    assert _pending_rows(admin_client.get(DETAIL)) == []


@pytest.mark.parametrize("role", ["admin", "editor", "viewer"])
def test_the_person_joins_with_the_role_they_were_invited_as(admin_client, role):
    _invite(admin_client, role=role)

    _join_as_new_person(_join_path())

    assert Membership.objects.get(user__email="new.person@example.org").role == role


def test_the_link_works_only_once(admin_client):
    _invite(admin_client)
    path = _join_path()
    _join_as_new_person(path)

    second_look = Client().get(path)
    assert second_look.status_code == 404
    assert INVALID in main_text(second_look)

    client, second_use = _join_as_new_person(path, name="Someone Else")
    assert second_use.status_code == 404
    assert INVALID in main_text(second_use)
    assert not is_signed_in(client)
    assert User.objects.filter(email="new.person@example.org").count() == 1
    assert User.objects.get(email="new.person@example.org").name == "Nadia Newcomer"


def test_an_expired_link_does_not_work(admin_client):
    _invite(admin_client)
    path = _join_path()

    with time_machine.travel(timezone.now() + timedelta(days=8), tick=False):
        looked = Client().get(path)
        client, used = _join_as_new_person(path)

    assert looked.status_code == 404
    assert INVALID in main_text(looked)
    assert used.status_code == 404
    assert not User.objects.filter(email="new.person@example.org").exists()


def test_a_link_still_works_on_its_last_day(admin_client):
    _invite(admin_client)
    path = _join_path()

    with time_machine.travel(timezone.now() + timedelta(days=6, hours=23), tick=False):
        client, response = _join_as_new_person(path)

    assert response.status_code == 302
    assert User.objects.filter(email="new.person@example.org").exists()


def test_a_withdrawn_link_does_not_work(admin_client):
    _invite(admin_client)
    path = _join_path()
    invitation = Invitation.objects.get()

    withdrawn = admin_client.post(reverse("organisations:revoke_invitation",
                                          args=[invitation.pk]), follow=True)
    assert "Invitation for new.person@example.org withdrawn" in main_text(withdrawn)
    assert _pending_rows(withdrawn) == []

    looked = Client().get(path)
    assert looked.status_code == 404
    assert INVALID in main_text(looked)
    client, used = _join_as_new_person(path)
    assert used.status_code == 404
    assert not User.objects.filter(email="new.person@example.org").exists()


def test_withdrawing_needs_post(admin_client):
    _invite(admin_client)
    invitation = Invitation.objects.get()

    response = admin_client.get(reverse("organisations:revoke_invitation", args=[invitation.pk]))

    assert response.status_code == 405
    assert Invitation.objects.pending().count() == 1


def test_someone_with_an_account_joins_with_their_existing_password(
        admin_client, outsider, org_a, org_b):
    _invite(admin_client, email="Otto@example.org", role="viewer")
    path = _join_path()
    client = Client()

    form_page = client.get(path)
    assert "You already have an account" in main_text(form_page)
    assert not find_all(form_page.content.decode(), "input", name="name")

    response = client.post(path, {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == PORTFOLIO
    assert User.objects.filter(email="otto@example.org").count() == 1
    roles = dict(Membership.objects.filter(user=outsider)
                 .values_list("organisation__name", "role"))
    assert roles == {"Eastmere": "admin", "Northbrook": "viewer"}
    portfolio = client.get(PORTFOLIO)
    assert portfolio.wsgi_request.user == outsider
    assert portfolio.wsgi_request.organisation == org_a, \
        "after joining you should be looking at the organisation you joined"


def test_a_wrong_password_for_an_existing_account_is_refused_and_writes_nothing(
        admin_client, outsider):
    _invite(admin_client, email="otto@example.org")
    path = _join_path()
    audit_before = AuditEntry.objects.count()
    client = Client()

    response = client.post(path, {"password": "not-the-password"})

    assert response.status_code == 200
    assert field_errors(response) == {"password": "The password is not correct"}
    assert Membership.objects.filter(user=outsider).count() == 1
    assert Invitation.objects.pending().count() == 1
    assert AuditEntry.objects.count() == audit_before
    assert not is_signed_in(client)


def test_passwords_that_do_not_match_are_refused(admin_client):
    _invite(admin_client)

    client, response = _join_as_new_person(_join_path(), again="lantern-orchard-mosaik")

    assert response.status_code == 200
    assert field_errors(response) == {"password_again": "The passwords do not match"}
    assert not User.objects.filter(email="new.person@example.org").exists()
    assert Invitation.objects.pending().count() == 1
    assert not is_signed_in(client)


@pytest.mark.parametrize(("password", "message"), [
    ("password", "This password is too short. It must contain at least 10 characters."),
    ("password1234", "This password is too common."),
    ("4829173650", "This password is entirely numeric."),
    ("new.person", "The password is too similar to the email address."),
])
def test_a_weak_password_is_refused_with_a_clear_message(admin_client, password, message):
    _invite(admin_client)

    client, response = _join_as_new_person(_join_path(), password=password)

    assert response.status_code == 200
    assert message in field_errors(response)["password"]
    assert not User.objects.filter(email="new.person@example.org").exists()
    assert not is_signed_in(client)


def test_a_name_is_needed_to_join(admin_client):
    _invite(admin_client)

    client, response = _join_as_new_person(_join_path(), name="")

    assert field_errors(response) == {"name": "Enter your full name"}
    assert not User.objects.filter(email="new.person@example.org").exists()


def test_only_a_hash_of_the_token_is_stored(admin_client):
    _invite(admin_client)
    token = JOIN_LINK.findall(mail.outbox[0].body)[0][1]

    row = Invitation.objects.values_list().get()
    assert not any(token in str(value) for value in row)
    assert not any(token in str(value) for entry in AuditEntry.objects.values_list()
                   for value in entry)
    assert len(Invitation.objects.get().token_hash) == 64


def test_an_unknown_link_does_not_work(db):
    response = Client().get(reverse("accounts:accept_invitation", args=["made-up-token"]))

    assert response.status_code == 404
    assert INVALID in main_text(response)
