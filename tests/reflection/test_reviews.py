import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.reflection.factories import ActionFactory, MeasureFactory, ReviewFactory
from trellis.organisations.models import AuditEntry
from trellis.reflection.models import Action, ReviewMeeting


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2026-03-14 10:00Z", tick=False):
        yield


@pytest.fixture
def measures(project):
    return [MeasureFactory(project=project, name="Referrals converted to an FGC"),
            MeasureFactory(project=project, name="Fidelity: Private family time")]


VALID = {"held_on_day": "12", "held_on_month": "3", "held_on_year": "2026",
         "attendees": "FGC service lead, two co-ordinators, a parent representative",
         "learnt": "Private family time is cut short when venues are booked for two hours",
         "decisions": "Book three-hour slots"}


def add_url(project):
    return reverse("reflection:add", args=[project.pk])


def edit_url(review):
    return reverse("reflection:edit", args=[review.project.pk, review.pk])


def test_record_a_review(editor_client, editor, project, measures):
    page = editor_client.get(add_url(project)).content.decode()
    assert "Which measures were discussed?" in page
    assert "Fidelity: Private family time" in page
    response = editor_client.post(add_url(project), {**VALID, "measures": [measures[1].pk]})
    assert response.status_code == 302
    review = ReviewMeeting.objects.get()
    assert (review.project, review.held_on, review.created_by, list(review.measures.all())) == (
        project, datetime.date(2026, 3, 12), editor, [measures[1]])
    assert AuditEntry.objects.filter(action="reflection.review_recorded").count() == 1
    page = editor_client.get(response["Location"]).content.decode()
    assert "Review on 12 March 2026 recorded" in page


def test_the_log_is_newest_first_with_measures_and_actions(viewer_client, project, measures):
    older = ReviewFactory(project=project, held_on=datetime.date(2025, 12, 10))
    newer = ReviewFactory(project=project, held_on=datetime.date(2026, 3, 10),
                          decisions="")
    newer.measures.add(measures[0])
    ActionFactory(meeting=older, description="Book longer slots",
                  due_on=datetime.date(2026, 1, 31))
    ActionFactory(meeting=older, description="Refresher training", status="done",
                  due_on=datetime.date(2026, 1, 15))
    response = viewer_client.get(reverse("reflection:index", args=[project.pk]))
    cards = response.context["cards"]
    assert [c.title for c in cards] == ["Review on 10 March 2026", "Review on 10 December 2025"]
    assert cards[0].measures == ["Referrals converted to an FGC"]
    assert [(r.action.description, r.overdue) for r in cards[1].actions] == [
        ("Refresher training", False), ("Book longer slots", True)]
    page = response.content.decode()
    assert "See all actions</a> (1 overdue)" in page
    assert "Nothing recorded" in page
    assert "Record a review" not in page and "Mark done" not in page  # a viewer reads only


def errors_for(client, project, data):
    response = client.post(add_url(project), data)
    assert response.status_code == 200
    assert not ReviewMeeting.objects.exists()
    page = response.content.decode()
    assert "There is a problem" in page
    return page


def test_empty_submission(editor_client, project):
    page = errors_for(editor_client, project, {})
    for message in ("Enter a date", "Enter who attended", "Enter what was learnt"):
        assert message in page


def test_a_review_cannot_be_in_the_future(editor_client, project):
    page = errors_for(editor_client, project, {**VALID, "held_on_day": "15"})
    assert "The date of the review must be today or in the past" in page


@pytest.mark.parametrize(("changes", "message"), [
    ({"attendees": "x" * 2001}, "Who attended must be 2,000 characters or fewer"),
    ({"learnt": "x" * 5001}, "What was learnt must be 5,000 characters or fewer"),
    ({"held_on_month": "13"}, "Enter a real date"),
    ({"measures": ["not-a-number"]}, "Select measures from this project&#x27;s list"),
])
def test_bad_values(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, {**VALID, **changes})


def test_another_projects_measure_is_refused(editor_client, project, measures, org_b):
    for elsewhere in (MeasureFactory(project=ProjectFactory(organisation=project.organisation)),
                      MeasureFactory(project=ProjectFactory(organisation=org_b))):
        page = errors_for(editor_client, project,
                          {**VALID, "measures": [measures[0].pk, elsewhere.pk]})
        assert "Select measures from this project&#x27;s list" in page


def form_data(review, **changes):
    data = {"held_on_day": str(review.held_on.day), "held_on_month": str(review.held_on.month),
            "held_on_year": str(review.held_on.year), "attendees": review.attendees,
            "learnt": review.learnt, "decisions": review.decisions, "version": review.version,
            "measures": [m.pk for m in review.measures.all()]}
    return {**data, **changes}


def test_edit_a_review(editor_client, project, measures):
    review = ReviewFactory(project=project)
    review.measures.add(measures[0])
    form = editor_client.get(edit_url(review)).context["form"]
    assert form["measures"].value() == [measures[0].pk]
    response = editor_client.post(edit_url(review), form_data(
        review, decisions="Try evening conferences", measures=[measures[1].pk]))
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.decisions, review.version, list(review.measures.all())) == (
        "Try evening conferences", 2, [measures[1]])


def test_two_people_editing_the_same_review(editor, admin, project, measures):
    review = ReviewFactory(project=project)
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first.get(edit_url(review))
    second.get(edit_url(review))
    seconds = form_data(review, learnt="Venues are the main problem")
    assert first.post(edit_url(review), form_data(
        review, attendees="Service lead only", measures=[measures[0].pk])).status_code == 302

    response = second.post(edit_url(review), seconds)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this review while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {
        "Who attended?": ("Service lead only", "FGC service lead, two co-ordinators"),
        "Which measures were discussed?": ("Referrals converted to an FGC", "Not given"),
        "What was learnt?": ("Private family time is often cut short",
                             "Venues are the main problem"),
    }
    assert "Venues are the main problem" in page  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    review.refresh_from_db()
    assert (review.attendees, review.learnt, review.version) == (
        "Service lead only", "Private family time is often cut short", 2)


def test_remove_a_review_and_its_actions(editor_client, project):
    review = ReviewFactory(project=project)
    ActionFactory(meeting=review)
    url = reverse("reflection:remove", args=[project.pk, review.pk])
    page = editor_client.get(url).content.decode()
    assert "Are you sure you want to remove the review on 15 january 2026?" in page
    assert "Its 1 action will be removed too" in page
    assert editor_client.post(url).status_code == 302
    assert not ReviewMeeting.objects.exists() and not Action.objects.exists()


def test_another_projects_review_is_not_found(editor_client, project, org_a):
    elsewhere = ReviewFactory(project=ProjectFactory(organisation=org_a))
    for name in ("reflection:edit", "reflection:remove", "reflection:add_action"):
        url = reverse(name, args=[project.pk, elsewhere.pk])
        assert editor_client.get(url).status_code == 404
        assert editor_client.post(url, form_data(elsewhere)).status_code == 404
    assert ReviewMeeting.objects.get().version == 1


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    review = ReviewFactory(project=project)
    for url in (add_url(project), edit_url(review),
                reverse("reflection:remove", args=[project.pk, review.pk])):
        assert viewer_client.get(url).status_code == 403
        assert viewer_client.post(url, form_data(review)).status_code == 403
        assert outsider_client.post(url, form_data(review)).status_code == 404
        assert editor_client.put(url).status_code == 405
    assert ReviewMeeting.objects.get().version == 1
