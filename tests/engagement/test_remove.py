from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.engagement.factories import EngagementActivityFactory
from tests.factories import ProjectFactory
from trellis.engagement.models import EngagementActivity


def url(activity, project=None):
    return reverse("engagement:remove", args=[(project or activity.project).pk, activity.pk])


def test_confirmation_page_then_remove(editor_client, project):
    activity = EngagementActivityFactory(project=project, summary="Carers' coffee morning")
    entry = BarrierEnablerFactory(project=project)
    entry.engagement.add(activity)
    page = editor_client.get(url(activity)).content.decode()
    assert "Are you sure you want to remove this engagement activity?" in page
    assert "Carers&#x27; coffee morning" in page
    assert "1 barrier or enabler cites this activity" in page
    response = editor_client.post(url(activity))
    assert response.status_code == 302
    assert not EngagementActivity.objects.exists()
    assert entry.engagement.count() == 0  # the barrier itself is kept


def test_viewer_cannot_remove(viewer_client, project):
    activity = EngagementActivityFactory(project=project)
    assert viewer_client.get(url(activity)).status_code == 403
    assert viewer_client.post(url(activity)).status_code == 403
    assert EngagementActivity.objects.exists()


def test_another_projects_activity_is_not_found(editor_client, project, org_a):
    elsewhere = EngagementActivityFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert EngagementActivity.objects.exists()


def test_outsider_and_wrong_method(outsider_client, editor_client, project):
    activity = EngagementActivityFactory(project=project)
    assert outsider_client.post(url(activity)).status_code == 404
    assert editor_client.delete(url(activity)).status_code == 405
    assert EngagementActivity.objects.exists()
