from django.urls import reverse

from tests.evidence.factories import EvidenceItemFactory
from tests.factories import ProjectFactory


def url(item):
    return reverse("evidence:detail", args=[item.project_id, item.pk])


def test_detail_shows_every_fact(viewer_client, project, editor):
    item = EvidenceItemFactory(project=project, title="Carers' views", slice="lived-experience",
                               link="https://example.org/r", period="Spring 2026",
                               source_group="Kinship carers' consultation, 14 carers",
                               confidence="low", confidence_reason="Small group",
                               created_by=editor)
    page = viewer_client.get(url(item)).content.decode()
    for text in ("Carers&#x27; views", "Lived experience", "Spring 2026", "14 carers", "Low",
                 "Small group", 'href="https://example.org/r" rel="noopener noreferrer',
                 "by Eddie", "Family Group Conferences"):
        assert text in page
    assert reverse("evidence:edit", args=[project.pk, item.pk]) not in page


def test_editor_sees_actions_and_missing_fields_say_so(editor_client, project):
    item = EvidenceItemFactory(project=project, source="")
    page = editor_client.get(url(item)).content.decode()
    assert reverse("evidence:edit", args=[project.pk, item.pk]) in page
    assert reverse("evidence:remove", args=[project.pk, item.pk]) in page
    assert "Not given" in page


def test_outsider_and_other_project_get_404(outsider_client, viewer_client, project, org_a):
    item = EvidenceItemFactory(project=project)
    assert outsider_client.get(url(item)).status_code == 404
    elsewhere = ProjectFactory(organisation=org_a)
    assert viewer_client.get(reverse("evidence:detail", args=[elsewhere.pk, item.pk])
                             ).status_code == 404


def test_wrong_method(viewer_client, project):
    assert viewer_client.post(url(EvidenceItemFactory(project=project))).status_code == 405
