"""Forgotten password: ask for a link by email, follow it, choose a new password."""

import re

from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.organisations.pages import field_errors, is_signed_in, main_text, sign_in

RESET = reverse("accounts:password_reset")
NEW_PASSWORD = "lantern-orchard-mosaic"
LINK = re.compile(r"https?://[^/\s]+(/accounts/password-reset/[^/\s]+/[^/\s]+/)")


def _ask_for_link(client, email):
    return client.post(RESET, {"email": email}, follow=True)


def _link_in(message) -> str:
    found = LINK.findall(message.body)
    assert len(found) == 1, message.body
    return found[0]


def test_asking_for_a_reset_sends_one_email_with_a_link(client, admin):
    response = _ask_for_link(client, "ada@example.org")

    assert response.redirect_chain == [(reverse("accounts:password_reset_done"), 302)]
    assert "Check your email" in main_text(response)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ada@example.org"]
    assert message.subject == "Reset your Trellis password"
    assert "/accounts/password-reset/" in _link_in(message)


def test_the_email_address_is_not_case_sensitive(client, admin):
    _ask_for_link(client, "Ada@EXAMPLE.org")

    assert [m.to for m in mail.outbox] == [["ada@example.org"]]


def test_following_the_link_lets_you_choose_a_new_password(client, admin):
    _ask_for_link(client, "ada@example.org")
    link = _link_in(mail.outbox[0])

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert "Choose a new password" in main_text(form_page)
    set_password_url = form_page.redirect_chain[-1][0]

    done = client.post(set_password_url,
                       {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
                       follow=True)
    assert done.redirect_chain == [(reverse("accounts:password_reset_complete"), 302)]
    assert "Your password has been changed" in main_text(done)

    assert not is_signed_in(client), "resetting should not sign you in by itself"
    refused = sign_in(client, "ada@example.org", PASSWORD)
    assert refused.status_code == 200
    assert not is_signed_in(client)
    accepted = sign_in(client, "ada@example.org", NEW_PASSWORD)
    assert accepted.status_code == 302
    assert is_signed_in(client)


def test_a_weak_new_password_is_refused(client, admin):
    _ask_for_link(client, "ada@example.org")
    form_page = client.get(_link_in(mail.outbox[0]), follow=True)

    response = client.post(form_page.redirect_chain[-1][0],
                           {"new_password1": "short", "new_password2": "short"})

    assert response.status_code == 200
    assert "at least 10 characters" in field_errors(response)["new_password2"]
    admin.refresh_from_db()
    assert admin.check_password(PASSWORD)


def test_the_link_works_only_once(client, admin):
    _ask_for_link(client, "ada@example.org")
    link = _link_in(mail.outbox[0])
    form_page = client.get(link, follow=True)
    client.post(form_page.redirect_chain[-1][0],
                {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = client.get(link, follow=True)

    assert "This reset link does not work" in main_text(again)


def test_an_unknown_email_gets_the_same_page_and_no_email(client, admin):
    response = _ask_for_link(client, "nobody@example.org")

    assert response.redirect_chain == [(reverse("accounts:password_reset_done"), 302)]
    assert "Check your email" in main_text(response)
    assert mail.outbox == []


def test_a_tampered_link_does_not_work(client, admin):
    _ask_for_link(client, "ada@example.org")
    link = _link_in(mail.outbox[0])
    tampered = link[:-3] + ("a" if link[-3] != "a" else "b") + link[-2:]

    response = client.get(tampered, follow=True)

    assert response.status_code == 200
    assert "This reset link does not work" in main_text(response)
    assert "Choose a new password" not in main_text(response)
    response = client.post(tampered, {"new_password1": NEW_PASSWORD,
                                      "new_password2": NEW_PASSWORD})
    admin.refresh_from_db()
    assert admin.check_password(PASSWORD)
