"""An admin changing people's roles and removing them; everyone else kept out."""

import contextlib
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from tests.factories import MembershipFactory
from tests.organisations.pages import error_summary, field_errors, main_text
from trellis.organisations import services
from trellis.organisations.models import AuditEntry, Invitation, Membership

DETAIL = reverse("organisations:detail")
PORTFOLIO = reverse("projects:portfolio")
LAST_ADMIN = "The organisation needs at least one admin. Make someone else an admin first."


def _membership(user):
    """The person's membership of organisation A (Northbrook)."""
    return Membership.objects.get(user=user, organisation__name="Northbrook")


def _change_role_url(user):
    return reverse("organisations:change_role", args=[_membership(user).pk])


def _remove_url(user):
    return reverse("organisations:remove_member", args=[_membership(user).pk])


def _state() -> tuple:
    return (sorted(Membership.objects.values_list("pk", "user_id", "organisation_id", "role")),
            sorted(Invitation.objects.values_list("pk", "accepted_at", "revoked_at")),
            AuditEntry.objects.count())


def test_the_organisation_page_lists_the_members_with_their_roles(admin_client, editor, viewer):
    text = main_text(admin_client.get(DETAIL))

    for name, email, role in [("Ada", "ada@example.org", "Admin"),
                              ("Eddie", "eddie@example.org", "Editor"),
                              ("Vera", "vera@example.org", "Viewer")]:
        assert f"{name} {email} {role}" in text


def test_an_admin_changes_someones_role(admin_client, admin, editor, editor_client, org_a):
    form = admin_client.get(_change_role_url(editor))
    assert "Change role for Eddie" in main_text(form)

    response = admin_client.post(_change_role_url(editor), {"role": "viewer"}, follow=True)

    assert response.redirect_chain == [(DETAIL, 302)]
    assert "Eddie is now viewer" in main_text(response)
    assert _membership(editor).role == "viewer"
    entry = AuditEntry.objects.get()
    assert (entry.organisation, entry.actor, entry.action) == (org_a, admin,
                                                               "member.role_changed")
    assert entry.summary == "eddie@example.org: editor to viewer"
    # The change is felt on Eddie's very next request.
    assert editor_client.get(reverse("projects:create")).status_code == 403


def test_a_role_must_be_chosen(admin_client, editor):
    # Nothing chosen (a browser's POST still carries its CSRF token, so the form is bound).
    response = admin_client.post(_change_role_url(editor), {"role": ""})

    assert field_errors(response) == {"role": "Select a role"}
    assert _membership(editor).role == "editor"
    assert not AuditEntry.objects.exists()


def test_the_last_admin_cannot_demote_themselves(admin_client, admin, editor):
    before = _state()

    response = admin_client.post(_change_role_url(admin), {"role": "editor"})

    assert response.status_code == 200
    assert field_errors(response) == {"role": LAST_ADMIN}
    assert error_summary(response) == [LAST_ADMIN]
    assert _state() == before
    assert admin_client.get(DETAIL).status_code == 200


def test_an_admin_can_step_down_when_another_admin_remains(admin_client, admin, editor, org_a):
    MembershipFactory(organisation=org_a, role="admin")

    response = admin_client.post(_change_role_url(admin), {"role": "editor"})

    assert response.status_code == 302
    assert _membership(admin).role == "editor"
    assert admin_client.get(DETAIL).status_code == 403


def test_the_last_admin_cannot_remove_themselves(admin_client, admin, editor):
    before = _state()

    response = admin_client.post(_remove_url(admin))

    assert response.status_code == 200
    assert LAST_ADMIN in main_text(response)
    assert _state() == before
    assert admin_client.get(DETAIL).status_code == 200


def test_removing_someone_takes_effect_on_their_very_next_request(
        admin_client, admin, editor, editor_client, org_a):
    assert editor_client.get(PORTFOLIO).status_code == 200

    response = admin_client.post(_remove_url(editor), follow=True)

    assert response.redirect_chain == [(DETAIL, 302)]
    assert "Eddie has been removed" in main_text(response)
    assert "eddie@example.org" not in main_text(response)
    assert not Membership.objects.filter(user=editor).exists()
    entry = AuditEntry.objects.get()
    assert (entry.organisation, entry.actor, entry.action) == (org_a, admin, "member.removed")

    refused = editor_client.get(PORTFOLIO)
    assert refused.status_code == 403
    assert "You are not a member of any organisation" in main_text(refused)


def test_removing_from_one_organisation_leaves_the_other(admin_client, editor, org_b):
    MembershipFactory(user=editor, organisation=org_b, role="viewer")
    client_of_editor = Client()
    client_of_editor.force_login(editor)

    admin_client.post(_remove_url(editor))

    remaining = Membership.objects.filter(user=editor)
    assert [m.organisation for m in remaining] == [org_b]
    response = client_of_editor.get(PORTFOLIO)
    assert response.status_code == 200
    assert response.wsgi_request.organisation == org_b


def test_opening_the_remove_link_asks_for_confirmation_and_removes_nobody(admin_client, editor):
    before = _state()

    response = admin_client.get(_remove_url(editor))

    assert response.status_code == 200
    assert "Remove Eddie from Northbrook?" in main_text(response)
    assert _state() == before


def _organisation_pages(editor, invitation):
    membership = _membership(editor).pk
    return [
        ("get", DETAIL),
        ("get", reverse("organisations:invite")),
        ("post", reverse("organisations:invite")),
        ("get", reverse("organisations:change_role", args=[membership])),
        ("post", reverse("organisations:change_role", args=[membership])),
        ("get", reverse("organisations:remove_member", args=[membership])),
        ("post", reverse("organisations:remove_member", args=[membership])),
        ("post", reverse("organisations:revoke_invitation", args=[invitation.pk])),
    ]


@pytest.fixture
def invitation(org_a, admin):
    invitation, _ = Invitation.new(organisation=org_a, email="new@example.org", role="viewer",
                                   invited_by=admin)
    invitation.save()
    return invitation


@pytest.mark.parametrize("person", ["editor", "viewer"])
def test_editors_and_viewers_cannot_open_any_organisation_page(
        person, editor, viewer, editor_client, viewer_client, invitation):
    client = {"editor": editor_client, "viewer": viewer_client}[person]
    before = _state()

    for method, url in _organisation_pages(editor, invitation):
        data = {"email": "x@example.org", "role": "admin"} if method == "post" else None
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url)
        assert "You cannot do that" in main_text(response)

    assert _state() == before


def test_an_admin_of_another_organisation_gets_not_found(outsider_client, editor, invitation):
    before = _state()

    for method, url in _organisation_pages(editor, invitation)[3:]:
        data = {"role": "viewer"} if method == "post" else None
        response = getattr(outsider_client, method)(url, data)
        assert response.status_code == 404, (method, url)
        assert "Page not found" in main_text(response)

    assert _state() == before
    assert "Eddie" not in main_text(outsider_client.get(DETAIL))


@pytest.mark.skipif(connection.vendor != "postgresql",
                    reason="SQLite's IMMEDIATE transactions already serialise writers")
@pytest.mark.django_db(transaction=True)
def test_two_admins_demoting_each_other_at_once_leave_one_admin(admin, org_a, monkeypatch):
    other = MembershipFactory(organisation=org_a, role="admin", user__name="Bea",
                              user__email="bea@example.org").user
    both_counted = threading.Barrier(2, timeout=3)
    real_count = services._admins_left

    def count_then_wait(organisation, excluding):
        result = real_count(organisation, excluding)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_counted.wait()  # a correct lock makes the second request wait instead
        return result

    monkeypatch.setattr(services, "_admins_left", count_then_wait)

    def demote(actor, target, results):
        client = Client()
        client.force_login(actor)
        try:
            results.append(client.post(_change_role_url(target), {"role": "viewer"}).status_code)
        finally:
            connection.close()

    results = []
    threads = [threading.Thread(target=demote, args=(admin, other, results)),
               threading.Thread(target=demote, args=(other, admin, results))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [200, 302]  # one refused with the last-admin message
    assert Membership.objects.filter(organisation=org_a, role="admin").count() == 1
