from django.urls import reverse

from trellis.organisations.models import AuditEntry
from trellis.projects.models import PhaseChange, Project

URL = reverse("projects:create")
VALID = {
    "title": "Kinship carers' peer support",
    "approach": "Peer network groups",
    "need": "Kinship carers feel isolated",
    "phase": "explore",
    "status": "active",
    "start_date_day": "27", "start_date_month": "3", "start_date_year": "2026",
}


def test_editor_creates_a_project_in_their_organisation(editor_client, org_a, editor):
    response = editor_client.post(URL, VALID)
    project = Project.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("projects:detail", args=[project.pk])
    assert project.organisation == org_a
    assert project.start_date.isoformat() == "2026-03-27"
    assert project.created_by == editor
    change = PhaseChange.objects.get()
    assert (change.from_phase, change.to_phase, change.changed_by) == ("", "explore", editor)
    assert AuditEntry.objects.filter(action="project.created", actor=editor).exists()


def test_form_is_shown(editor_client):
    response = editor_client.get(URL)
    assert response.status_code == 200
    assert "Create a project" in response.content.decode()


def test_missing_title_is_refused_and_nothing_saved(editor_client):
    response = editor_client.post(URL, {**VALID, "title": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter a title for the project" in page
    assert "<title>Error:" in page
    assert not Project.objects.exists()
    assert not PhaseChange.objects.exists()


def test_impossible_date_is_refused(editor_client):
    response = editor_client.post(URL, {**VALID, "start_date_day": "31", "start_date_month": "2"})
    assert "Enter a real date" in response.content.decode()
    assert not Project.objects.exists()


def test_unknown_phase_is_refused(editor_client):
    response = editor_client.post(URL, {**VALID, "phase": "launch"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Project.objects.exists()


def test_review_before_start_is_refused(editor_client):
    data = {**VALID, "next_review_date_day": "1", "next_review_date_month": "1",
            "next_review_date_year": "2026"}
    response = editor_client.post(URL, data)
    assert "Next review date must be on or after the start date" in response.content.decode()
    assert not Project.objects.exists()


def test_viewer_cannot_create(viewer_client):
    assert viewer_client.post(URL, VALID).status_code == 403
    assert not Project.objects.exists()
