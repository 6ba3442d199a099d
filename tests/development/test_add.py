import pytest
from django.urls import reverse

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory
from trellis.development.models import PdActivity
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision

VALID = {"name": "Training on the UK standards", "kind": "training",
         "audience": "FGC co-ordinators",
         "starts_on_day": "8", "starts_on_month": "9", "starts_on_year": "2025",
         "ends_on_day": "12", "ends_on_month": "9", "ends_on_year": "2025",
         "mechanisms_build_knowledge": ["manage-cognitive-load"],
         "mechanisms_develop_techniques": ["instruct-technique", "rehearse-technique"]}


def url(project):
    return reverse("development:add", args=[project.pk])


def test_form_lists_the_four_groups(editor_client, project):
    page = editor_client.get(url(project)).content.decode()
    for legend in ("Mechanisms to build knowledge", "Mechanisms to motivate",
                   "Mechanisms to develop techniques", "Mechanisms to embed practice"):
        assert legend in page
    assert "Prompt context-specific repetition" in page
    assert "No, it is not follow-on support" in page


def test_add_an_activity_with_its_mechanisms(editor_client, editor, project):
    response = editor_client.post(url(project), VALID)
    assert response.status_code == 302
    activity = PdActivity.objects.get()
    assert (activity.project, activity.name, activity.created_by) == (
        project, "Training on the UK standards", editor)
    assert (activity.starts_on.isoformat(), activity.ends_on.isoformat()) == (
        "2025-09-08", "2025-09-12")
    assert sorted(activity.mechanisms.values_list("mechanism", flat=True)) == [
        "instruct-technique", "manage-cognitive-load", "rehearse-technique"]
    assert AuditEntry.objects.filter(action="development.added").count() == 1
    revision = PlanRevision.objects.get(project=project)
    assert revision.number == 1
    assert revision.summary == "Added professional development: Training on the UK standards"
    [item] = revision.content["development"]
    assert item["detail"] == ("Manage cognitive load; Instruct on how to perform a "
                              "technique; Rehearse the technique")


def test_follow_on_support_for_a_training(editor_client, project):
    training = PdActivityFactory(project=project)
    editor_client.post(url(project), {**VALID, "name": "Supervision", "kind": "supervision",
                                      "follow_on_of": training.pk})
    assert PdActivity.objects.get(name="Supervision").follow_on_of == training


def errors_for(client, project, **changes):
    before = PdActivity.objects.count()
    response = client.post(url(project), {**VALID, **changes})
    assert response.status_code == 200
    assert PdActivity.objects.count() == before
    assert not PlanRevision.objects.exists()
    return response.content.decode()


def test_empty_submission(editor_client, project):
    page = editor_client.post(url(project), {}).content.decode()
    assert "Enter the name of the activity" in page
    assert "Select the type of activity" in page
    assert not PdActivity.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"name": "x" * 201}, "Name must be 200 characters or fewer"),
    ({"audience": "x" * 301}, "Who it is for must be 300 characters or fewer"),
    ({"kind": "lecture"}, "Select the type of activity from the list"),
    ({"ends_on_day": "1"}, "End date must be the same as or after the start date"),
    ({"starts_on_month": "13"}, "Enter a real date"),
    ({"ends_on_year": ""}, "Date must include a year"),
    ({"mechanisms_build_knowledge": ["telepathy"]},
     "&#x27;telepathy&#x27; is not one of the mechanisms to build knowledge"),
    ({"mechanisms_motivate": ["instruct-technique"]},
     "&#x27;instruct-technique&#x27; is not one of the mechanisms to motivate"),
    ({"follow_on_of": "abc"}, "Choose an activity in this project&#x27;s plan"),
])
def test_bad_values_get_clear_messages(editor_client, project, changes, message):
    assert message in errors_for(editor_client, project, **changes)


def test_another_projects_activity_cannot_be_followed_on(editor_client, project, org_a):
    elsewhere = PdActivityFactory(project=ProjectFactory(organisation=org_a))
    page = errors_for(editor_client, project, follow_on_of=elsewhere.pk)
    assert "Choose an activity in this project&#x27;s plan" in page


def test_viewer_outsider_and_wrong_method(viewer_client, outsider_client, editor_client,
                                          project):
    assert viewer_client.get(url(project)).status_code == 403
    assert viewer_client.post(url(project), VALID).status_code == 403
    assert outsider_client.post(url(project), VALID).status_code == 404
    assert editor_client.put(url(project)).status_code == 405
    assert not PdActivity.objects.exists()
