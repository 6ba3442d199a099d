import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.reflection.factories import ActionFactory, ReviewFactory
from trellis.reflection.models import Action


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2026-03-14 10:00Z", tick=False):
        yield


@pytest.fixture
def review(project):
    return ReviewFactory(project=project)


VALID = {"description": "Book three-hour venue slots", "owner": "FGC team manager",
         "due_on_day": "30", "due_on_month": "4", "due_on_year": "2026", "status": "open"}


def add_url(review):
    return reverse("reflection:add_action", args=[review.project.pk, review.pk])


def edit_url(action):
    return reverse("reflection:edit_action", args=[action.meeting.project.pk, action.pk])


def status_url(action):
    return reverse("reflection:action_status", args=[action.meeting.project.pk, action.pk])


def test_add_an_action_to_a_review(editor_client, editor, review):
    form = editor_client.get(add_url(review)).context["form"]
    assert form["status"].value() == "open"
    response = editor_client.post(add_url(review), VALID)
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.meeting, action.due_on, action.status, action.created_by) == (
        review, datetime.date(2026, 4, 30), "open", editor)


def test_an_action_may_be_due_in_the_past(editor_client, review):
    assert editor_client.post(add_url(review), {**VALID, "due_on_month": "1"}).status_code == 302


@pytest.mark.parametrize(("changes", "message"), [
    ({"description": ""}, "Enter what will be done"),
    ({"owner": ""}, "Enter who owns the action"),
    ({"owner": "x" * 201}, "Who owns it must be 200 characters or fewer"),
    ({"due_on_day": "", "due_on_month": "", "due_on_year": ""}, "Enter a date"),
    ({"due_on_day": "31", "due_on_month": "4"}, "Enter a real date"),
    ({"status": "abandoned"}, "Select open, in progress or done"),
])
def test_bad_values(editor_client, review, changes, message):
    response = editor_client.post(add_url(review), {**VALID, **changes})
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert not Action.objects.exists()


def test_the_list_puts_overdue_actions_first_and_flags_them(viewer_client, editor_client,
                                                           project, review):
    later = ReviewFactory(project=project, held_on=datetime.date(2026, 3, 1))
    ActionFactory(meeting=review, description="Done long ago", status="done",
                  due_on=datetime.date(2026, 1, 1))
    ActionFactory(meeting=later, description="Due next month", due_on=datetime.date(2026, 4, 1))
    ActionFactory(meeting=review, description="Overdue a little", status="in-progress",
                  due_on=datetime.date(2026, 3, 13))
    ActionFactory(meeting=review, description="Overdue a lot", due_on=datetime.date(2026, 2, 1))
    ActionFactory(meeting=review, description="Due today", due_on=datetime.date(2026, 3, 14))
    response = viewer_client.get(reverse("reflection:actions", args=[project.pk]))
    rows = response.context["rows"]
    assert [(r.action.description, r.overdue) for r in rows] == [
        ("Overdue a lot", True), ("Overdue a little", True), ("Due today", False),
        ("Due next month", False), ("Done long ago", False)]
    assert rows[3].review == "1 March 2026"
    page = response.content.decode()
    assert "2 actions overdue." in page
    assert page.count(">Overdue</strong>") == 2
    assert "Mark done" not in page  # a viewer reads only
    page = editor_client.get(reverse("reflection:actions", args=[project.pk])).content.decode()
    assert "Mark done<span class=\"govuk-visually-hidden\">: Overdue a lot</span>" in page


def test_update_the_status_quickly(editor_client, editor, project, review):
    action = ActionFactory(meeting=review)
    response = editor_client.post(status_url(action), {"status": "in-progress"})
    assert response["Location"] == reverse("reflection:actions", args=[project.pk])
    action.refresh_from_db()
    assert (action.status, action.version) == ("in-progress", 2)
    response = editor_client.post(status_url(action), {"status": "done", "back": "log"})
    assert response["Location"] == reverse("reflection:index", args=[project.pk])
    assert "Action marked as done" in editor_client.get(response["Location"]).content.decode()
    action.refresh_from_db()
    assert action.status == "done"


def test_a_bad_status_is_refused_with_a_message(editor_client, review):
    action = ActionFactory(meeting=review)
    response = editor_client.post(status_url(action), {"status": "abandoned"}, follow=True)
    assert "Select open, in progress or done" in response.content.decode()
    action.refresh_from_db()
    assert (action.status, action.version) == ("open", 1)


def form_data(action, **changes):
    data = {"description": action.description, "owner": action.owner,
            "due_on_day": str(action.due_on.day), "due_on_month": str(action.due_on.month),
            "due_on_year": str(action.due_on.year), "status": action.status,
            "version": action.version}
    return {**data, **changes}


def test_edit_an_action(editor_client, review):
    action = ActionFactory(meeting=review)
    assert editor_client.get(edit_url(action)).context["form"]["version"].value() == 1
    assert editor_client.post(edit_url(action), form_data(
        action, owner="Service lead")).status_code == 302
    action.refresh_from_db()
    assert (action.owner, action.version) == ("Service lead", 2)


def test_a_status_change_while_editing_is_shown_as_a_conflict(editor, admin, review):
    action = ActionFactory(meeting=review)
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    second.get(edit_url(action))
    first.post(status_url(action), {"status": "done"})
    response = second.post(edit_url(action), form_data(action, owner="Service lead"))
    assert response.status_code == 200
    assert "Someone else changed this action while you were editing it" in (
        response.content.decode())
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {"Who owns it?": ("FGC team manager", "Service lead"),
                       "Status": ("Done", "Open")}
    action.refresh_from_db()
    assert (action.owner, action.status) == ("FGC team manager", "done")


def test_remove_an_action(editor_client, review):
    action = ActionFactory(meeting=review, description="Book longer slots")
    url = reverse("reflection:remove_action", args=[review.project.pk, action.pk])
    assert "Book longer slots" in editor_client.get(url).content.decode()
    assert editor_client.post(url).status_code == 302
    assert not Action.objects.exists()


def test_another_projects_action_is_not_found(editor_client, project, org_a):
    elsewhere = ActionFactory(meeting=ReviewFactory(
        project=ProjectFactory(organisation=org_a)))
    for name in ("reflection:edit_action", "reflection:remove_action",
                 "reflection:action_status"):
        url = reverse(name, args=[project.pk, elsewhere.pk])
        assert editor_client.post(url, form_data(elsewhere, status="done")).status_code == 404
    elsewhere.refresh_from_db()
    assert (elsewhere.status, elsewhere.version) == ("open", 1)


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          review):
    action = ActionFactory(meeting=review)
    assert viewer_client.post(status_url(action), {"status": "done"}).status_code == 403
    assert outsider_client.post(status_url(action), {"status": "done"}).status_code == 404
    assert editor_client.get(status_url(action)).status_code == 405
    for url in (add_url(review), edit_url(action)):
        assert viewer_client.get(url).status_code == 403
        assert viewer_client.post(url, VALID).status_code == 403
        assert outsider_client.get(url).status_code == 404
    action.refresh_from_db()
    assert (action.status, action.version) == ("open", 1)
    assert Action.objects.count() == 1
