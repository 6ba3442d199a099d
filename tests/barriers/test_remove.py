from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import EvidenceItemFactory, ProjectFactory
from trellis.barriers.models import BarrierEnabler
from trellis.evidence.models import EvidenceItem


def url(entry, project=None):
    return reverse("barriers:remove", args=[(project or entry.project).pk, entry.pk])


def test_confirm_then_remove(editor_client, project):
    entry = BarrierEnablerFactory(project=project, description="No venue in the north")
    entry.evidence.add(EvidenceItemFactory(project=project))
    page = editor_client.get(url(entry)).content.decode()
    assert "Are you sure you want to remove this barrier?" in page
    assert "No venue in the north" in page
    assert editor_client.post(url(entry)).status_code == 302
    assert not BarrierEnabler.objects.exists()
    assert EvidenceItem.objects.exists()  # the source is kept


def test_viewer_cannot_remove(viewer_client, project):
    entry = BarrierEnablerFactory(project=project)
    assert viewer_client.post(url(entry)).status_code == 403
    assert BarrierEnabler.objects.exists()


def test_another_projects_entry_is_not_found(editor_client, outsider_client, project, org_a):
    elsewhere = BarrierEnablerFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert outsider_client.post(url(BarrierEnablerFactory(project=project))).status_code == 404
    assert BarrierEnabler.objects.count() == 2


def test_wrong_method(editor_client, project):
    assert editor_client.delete(url(BarrierEnablerFactory(project=project))).status_code == 405
