from django.urls import reverse

from tests.factories import ProjectFactory
from tests.readiness.factories import ReadinessItemFactory
from trellis.plans.models import PlanRevision
from trellis.readiness.models import ReadinessItem


def url(item, project=None):
    return reverse("readiness:remove", args=[(project or item.project).pk, item.pk])


def test_confirm_then_remove(editor_client, project):
    item = ReadinessItemFactory(project=project, area="other", description="Interpreters")
    page = editor_client.get(url(item)).content.decode()
    assert "Are you sure you want to remove this item from the checklist?" in page
    assert "Interpreters" in page
    assert editor_client.post(url(item)).status_code == 302
    assert not ReadinessItem.objects.exists()
    assert PlanRevision.objects.get().summary == "Readiness: removed Other: Interpreters"


def test_viewer_cannot_remove(viewer_client, project):
    item = ReadinessItemFactory(project=project)
    assert viewer_client.get(url(item)).status_code == 403
    assert viewer_client.post(url(item)).status_code == 403
    assert ReadinessItem.objects.exists()


def test_another_projects_item_is_not_found(editor_client, outsider_client, project, org_a):
    elsewhere = ReadinessItemFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert outsider_client.post(url(ReadinessItemFactory(project=project))).status_code == 404
    assert ReadinessItem.objects.count() == 2


def test_wrong_method(editor_client, project):
    assert editor_client.put(url(ReadinessItemFactory(project=project))).status_code == 405
