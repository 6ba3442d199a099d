from django.urls import reverse

from tests.development.factories import PdActivityFactory
from tests.factories import ProjectFactory
from trellis.development.models import PdActivity
from trellis.plans.models import PlanRevision


def url(activity, project=None):
    return reverse("development:remove", args=[(project or activity.project).pk, activity.pk])


def test_confirm_then_remove(editor_client, project):
    training = PdActivityFactory(project=project, name="UK standards training")
    coaching = PdActivityFactory(project=project, name="Coaching", follow_on_of=training)
    page = editor_client.get(url(training)).content.decode()
    assert "Are you sure you want to remove this activity from the plan?" in page
    assert "Coaching will no longer be follow-on support for it" in page
    assert editor_client.post(url(training)).status_code == 302
    assert list(PdActivity.objects.all()) == [coaching]
    coaching.refresh_from_db()
    assert (coaching.follow_on_of, coaching.version) == (None, 2)
    assert PlanRevision.objects.get().summary == ("Removed professional development: "
                                                  "UK standards training")


def test_viewer_cannot_remove(viewer_client, project):
    activity = PdActivityFactory(project=project)
    assert viewer_client.get(url(activity)).status_code == 403
    assert viewer_client.post(url(activity)).status_code == 403
    assert PdActivity.objects.exists()


def test_another_projects_activity_is_not_found(editor_client, outsider_client, project,
                                                org_a):
    elsewhere = PdActivityFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert outsider_client.post(url(PdActivityFactory(project=project))).status_code == 404
    assert PdActivity.objects.count() == 2


def test_wrong_method(editor_client, project):
    assert editor_client.put(url(PdActivityFactory(project=project))).status_code == 405
