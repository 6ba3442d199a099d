from django.urls import reverse

from tests.adaptations.factories import AdaptationFactory
from tests.factories import ProjectFactory
from trellis.adaptations.models import Adaptation
from trellis.plans.models import PlanRevision


def url(adaptation, project=None):
    return reverse("adaptations:remove", args=[(project or adaptation.project).pk,
                                               adaptation.pk])


def test_confirm_then_remove(editor_client, project):
    adaptation = AdaptationFactory(project=project, what_changed="Evening conferences")
    page = editor_client.get(url(adaptation)).content.decode()
    assert "Are you sure you want to remove this adaptation?" in page
    assert "Evening conferences" in page
    assert editor_client.post(url(adaptation)).status_code == 302
    assert not Adaptation.objects.exists()
    assert PlanRevision.objects.get().summary == "Removed an adaptation: Evening conferences"


def test_viewer_cannot_remove(viewer_client, project):
    adaptation = AdaptationFactory(project=project)
    assert viewer_client.get(url(adaptation)).status_code == 403
    assert viewer_client.post(url(adaptation)).status_code == 403
    assert Adaptation.objects.exists()


def test_another_projects_adaptation_is_not_found(editor_client, outsider_client, project,
                                                  org_a):
    elsewhere = AdaptationFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert outsider_client.post(url(AdaptationFactory(project=project))).status_code == 404
    assert Adaptation.objects.count() == 2


def test_wrong_method(editor_client, project):
    assert editor_client.put(url(AdaptationFactory(project=project))).status_code == 405
