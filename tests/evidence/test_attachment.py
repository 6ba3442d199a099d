"""Attached files are served only to the project's organisation, only as a
download, with the type found in their content."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from tests.evidence.conftest import PNG, upload
from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory
from trellis.evidence import services


@pytest.fixture
def item(project, editor):
    return services.add_evidence(
        project=project, created_by=editor, slice="population-data", title="Ward map",
        finding="Kinship households by ward", confidence="moderate",
        upload=services.Upload(upload("Ward map \u2013 2026.png", PNG), "Ward map \u2013 2026.png",
                               "image/png", len(PNG)))


def url(item):
    return reverse("evidence:attachment", args=[item.project_id, item.pk])


def test_viewer_downloads_with_the_original_name_and_checked_type(viewer_client, item):
    response = viewer_client.get(url(item))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''Ward%20map%20%E2%80%93%202026.png" in disposition
    assert "sandbox" in response["Content-Security-Policy"]


def test_detail_page_links_to_the_download_not_the_stored_file(viewer_client, item):
    page = viewer_client.get(reverse("evidence:detail", args=[item.project_id, item.pk])
                             ).content.decode()
    assert url(item) in page
    assert item.attachment.name not in page


def test_the_file_is_not_reachable_as_a_media_url(viewer_client, item, settings):
    assert not settings.MEDIA_URL or settings.MEDIA_URL == "/"
    assert viewer_client.get("/" + item.attachment.name).status_code == 404
    assert viewer_client.get("/media/" + item.attachment.name).status_code == 404


def test_outsider_gets_404(outsider_client, item):
    assert outsider_client.get(url(item)).status_code == 404


def test_another_projects_url_gets_404(viewer_client, item, org_a):
    elsewhere = ProjectFactory(organisation=org_a)
    assert viewer_client.get(reverse("evidence:attachment", args=[elsewhere.pk, item.pk])
                             ).status_code == 404


def test_no_file_goes_back_to_the_item(viewer_client, project):
    plain = EvidenceItemFactory(project=project)
    response = viewer_client.get(url(plain), follow=True)
    assert response.redirect_chain[-1][0] == reverse("evidence:detail",
                                                     args=[project.pk, plain.pk])
    assert "This evidence has no attached file" in response.content.decode()


def test_a_missing_stored_file_is_404(viewer_client, item):
    default_storage.delete(item.attachment.name)
    assert viewer_client.get(url(item)).status_code == 404


def test_wrong_method(viewer_client, editor_client, item):
    assert viewer_client.post(url(item)).status_code == 405
    assert editor_client.delete(url(item)).status_code == 405
