import datetime

import time_machine
from django.urls import reverse

from trellis.engagement.models import EngagementActivity
from trellis.organisations.models import AuditEntry

VALID = {
    "audiences": ["parents_carers", "practitioners"], "method": "consultation",
    "held_on_day": "27", "held_on_month": "3", "held_on_year": "2026", "people_count": "14",
    "summary": "Consulted kinship carers about peer groups", "what_changed": "",
}


def url(project):
    return reverse("engagement:add", args=[project.pk])


def test_form_page(editor_client, project):
    response = editor_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Log an engagement activity" in page
    assert "Children and young people" in page
    assert "people are more willing to take part again" in page  # the what-changed hint


@time_machine.travel("2026-11-26 10:00Z", tick=False)
def test_log_an_activity(editor_client, editor, project):
    response = editor_client.post(url(project), VALID)
    assert response.status_code == 302
    assert response["Location"] == reverse("engagement:index", args=[project.pk])
    activity = EngagementActivity.objects.get()
    assert (activity.project, activity.method, activity.people_count, activity.created_by) == (
        project, "consultation", 14, editor)
    assert activity.held_on == datetime.date(2026, 3, 27)
    assert sorted(a.audience for a in activity.audiences.all()) == ["parents_carers",
                                                                    "practitioners"]
    assert AuditEntry.objects.filter(action="engagement.logged").count() == 1


def errors_for(client, project, **changes):
    data = {**VALID, **changes}
    response = client.post(url(project), data)
    assert response.status_code == 200
    assert not EngagementActivity.objects.exists()
    return response.content.decode()


def test_empty_submission_names_every_missing_answer(editor_client, project):
    response = editor_client.post(url(project), {})
    page = response.content.decode()
    for message in ("Select who was engaged", "Select how people were engaged", "Enter a date",
                    "Enter how many people took part", "Enter what happened"):
        assert message in page
    assert "Error: " in page  # title prefix
    assert not EngagementActivity.objects.exists()


def test_bad_values_get_clear_messages(editor_client, project):
    assert "At least 1 person must have taken part" in errors_for(editor_client, project,
                                                                   people_count="0")
    assert "as a whole number" in errors_for(editor_client, project, people_count="lots")
    assert "no more than 100,000" in errors_for(editor_client, project, people_count="999999")
    assert "Select who was engaged from the list" in errors_for(editor_client, project,
                                                                audiences=["pets"])
    assert "Select how people were engaged" in errors_for(editor_client, project,
                                                          method="carrier-pigeon")
    assert "5,000 characters or fewer" in errors_for(editor_client, project, summary="x" * 5001)
    assert "Enter a real date" in errors_for(editor_client, project, held_on_month="13")


@time_machine.travel("2026-03-01 10:00Z", tick=False)
def test_future_dates_refused(editor_client, project):
    assert "The date must be today or in the past" in errors_for(editor_client, project)


def test_viewer_cannot_add(viewer_client, project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert not EngagementActivity.objects.exists()


def test_outsider_gets_404(outsider_client, project):
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert not EngagementActivity.objects.exists()


def test_wrong_method(editor_client, project):
    assert editor_client.put(url(project)).status_code == 405
