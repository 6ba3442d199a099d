import pytest
from django.urls import reverse

from tests.evidence.conftest import PDF, stored_files, upload
from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from trellis.evidence import services
from trellis.evidence.models import EvidenceItem
from trellis.organisations.models import AuditEntry


def url(item):
    return reverse("evidence:remove", args=[item.project_id, item.pk])


@pytest.fixture
def item(project):
    return EvidenceItemFactory(project=project, title="Census tables")


def test_asks_for_confirmation_first(editor_client, item):
    response = editor_client.get(url(item))
    page = response.content.decode()
    assert "Are you sure you want to remove \u2018Census tables\u2019?" in page
    assert "Yes, remove this evidence" in page
    assert EvidenceItem.objects.filter(pk=item.pk).exists()


def test_remove(editor_client, item, project):
    response = editor_client.post(url(item))
    assert response.status_code == 302
    assert response["Location"] == reverse("evidence:list", args=[project.pk])
    assert not EvidenceItem.objects.exists()
    assert AuditEntry.objects.filter(action="evidence.removed").count() == 1


def test_removing_the_item_deletes_its_file(editor_client, project, editor, media_root,
                                            django_capture_on_commit_callbacks):
    item = services.add_evidence(
        project=project, created_by=editor, slice="evaluations", title="Guide",
        finding="Recommendations", confidence="high",
        upload=services.Upload(upload("guide.pdf", PDF), "guide.pdf", "application/pdf",
                               len(PDF)))
    assert len(stored_files(media_root)) == 1
    page = editor_client.get(url(item)).content.decode()
    assert "\u2018guide.pdf\u2019 will be deleted too" in page
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url(item))
    assert stored_files(media_root) == []


def test_viewer_gets_403(viewer_client, item):
    assert viewer_client.get(url(item)).status_code == 403
    assert viewer_client.post(url(item)).status_code == 403
    assert EvidenceItem.objects.exists()


def test_outsider_and_other_project_get_404(outsider_client, editor_client, item, org_a):
    assert outsider_client.post(url(item)).status_code == 404
    elsewhere = ProjectFactory(organisation=org_a)
    assert editor_client.post(reverse("evidence:remove", args=[elsewhere.pk, item.pk])
                              ).status_code == 404
    assert EvidenceItem.objects.exists()


def test_wrong_method(editor_client, item):
    assert editor_client.put(url(item)).status_code == 405
    assert EvidenceItem.objects.exists()
