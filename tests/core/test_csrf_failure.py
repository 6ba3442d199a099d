"""A form sent back without its forgery check (cookies blocked, a page left
open too long) is refused with a page that says what to do, and saves nothing."""

from django.test import Client
from django.urls import reverse

from tests.organisations.pages import main_text
from trellis.projects.models import Project


def test_a_form_without_its_check_is_refused_plainly_and_nothing_is_saved(editor, project):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("projects:create"), {"title": "Made without a check"})
    assert response.status_code == 403
    text = main_text(response)
    assert "Your form could not be sent" in text
    assert "Nothing has been saved. Go back, reload the page and try again." in text
    assert "CSRF" not in response.content.decode()
    assert not Project.objects.filter(title="Made without a check").exists()
