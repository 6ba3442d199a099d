from django.test import Client
from django.urls import reverse

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory
from trellis.development.models import PdActivity
from trellis.plans.models import PlanRevision


def url(activity, project=None):
    return reverse("development:edit", args=[(project or activity.project).pk, activity.pk])


def form_data(activity, **changes):
    data = {"name": activity.name, "kind": activity.kind, "audience": activity.audience,
            "version": activity.version,
            "mechanisms_develop_techniques": [
                m for m in activity.mechanisms.values_list("mechanism", flat=True)]}
    return {**data, **changes}


def test_form_shows_the_saved_mechanisms(editor_client, project):
    activity = PdActivityFactory(project=project, mechanisms=["instruct-technique"])
    form = editor_client.get(url(activity)).context["form"]
    assert form["mechanisms_develop_techniques"].value() == ["instruct-technique"]
    assert form["version"].value() == 1


def test_edit_changes_fields_and_mechanisms(editor_client, project):
    activity = PdActivityFactory(project=project, mechanisms=["instruct-technique"])
    response = editor_client.post(url(activity), form_data(
        activity, name="Coaching", kind="coaching", mechanisms_develop_techniques=[],
        mechanisms_embed_practice=["action-planning"]))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.name, activity.kind, activity.version) == ("Coaching", "coaching", 2)
    assert list(activity.mechanisms.values_list("mechanism", flat=True)) == ["action-planning"]
    assert PlanRevision.objects.get().summary == "Edited professional development: Coaching"


def test_two_people_saving_the_same_activity(editor, admin, project):
    activity = PdActivityFactory(project=project, name="Induction training",
                                 mechanisms=["instruct-technique"])
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(admin)
    first_form = first.get(url(activity)).context["form"]
    second.get(url(activity))
    seconds_answers = form_data(activity, version=1, name="Ada's induction training")
    assert first.post(url(activity), form_data(
        activity, version=first_form["version"].value(), audience="New starters",
        mechanisms_develop_techniques=["model-technique"])).status_code == 302

    response = second.post(url(activity), seconds_answers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else changed this activity while you were editing it" in page
    changes = {c.label: (c.saved, c.yours) for c in response.context["changes"]}
    assert changes == {
        "Who is it for?": ("New starters", "FGC co-ordinators"),
        "Name of the activity": ("Induction training", "Ada's induction training"),
        "Mechanisms to develop techniques": ("Model the technique",
                                             "Instruct on how to perform a technique"),
    }
    assert "What the other person saved" in page
    assert "Ada&#x27;s induction training" in page  # still in the form
    assert str(response.context["form"]["version"].value()) == "2"
    activity.refresh_from_db()
    assert (activity.name, activity.audience, activity.version) == (
        "Induction training", "New starters", 2)
    assert PlanRevision.objects.count() == 1

    # Saving again, on top of the latest version, goes through.
    assert second.post(url(activity), form_data(activity, name="Merged")).status_code == 302
    activity.refresh_from_db()
    assert (activity.name, activity.audience, activity.version) == ("Merged", "New starters", 3)


def test_cannot_follow_on_from_itself_or_its_own_follow_on(editor_client, project):
    training = PdActivityFactory(project=project)
    coaching = PdActivityFactory(project=project, name="Coaching", follow_on_of=training)
    form = editor_client.get(url(training)).context["form"]
    assert list(form.fields["follow_on_of"].queryset) == []
    for target in (training, coaching):
        response = editor_client.post(url(training), form_data(training, follow_on_of=target.pk))
        assert "Choose an activity in this project&#x27;s plan" in response.content.decode()
    assert PdActivity.objects.get(pk=training.pk).follow_on_of is None


def test_end_before_start_is_refused(editor_client, project):
    activity = PdActivityFactory(project=project)
    response = editor_client.post(url(activity), form_data(
        activity, starts_on_day="2", starts_on_month="9", starts_on_year="2025",
        ends_on_day="1", ends_on_month="9", ends_on_year="2025"))
    assert "End date must be the same as or after the start date" in response.content.decode()
    assert PdActivity.objects.get().version == 1


def test_another_projects_activity_is_not_found(editor_client, project, org_a):
    elsewhere = PdActivityFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.get(url(elsewhere, project)).status_code == 404
    assert editor_client.post(url(elsewhere, project), form_data(elsewhere)).status_code == 404


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    activity = PdActivityFactory(project=project)
    assert viewer_client.get(url(activity)).status_code == 403
    assert viewer_client.post(url(activity), form_data(activity, name="X")).status_code == 403
    assert outsider_client.get(url(activity)).status_code == 404
    assert editor_client.delete(url(activity)).status_code == 405
    assert PdActivity.objects.get().version == 1
