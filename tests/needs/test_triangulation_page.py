from django.urls import reverse

from tests.factories import EvidenceItemFactory, ProjectFactory
from tests.needs.factories import RootCauseFactory
from trellis.framework.loader import get_framework


def url(project):
    return reverse("needs:triangulation", args=[project.pk])


def test_table_of_slices_for_each_cause(viewer_client, project):
    items = [EvidenceItemFactory(project=project, slice=s) for s in
             ("lived-experience", "lived-experience", "population-data")]
    RootCauseFactory(project=project, statement="Carers do not know", evidence=items)
    RootCauseFactory(project=project, statement="Groups clash with school runs")
    response = viewer_client.get(url(project))
    page = response.content.decode()
    for s in get_framework().evidence_pie.slices:
        assert f">{s.short_name}</th>" in page
    assert "Supported by 2 slices" in page
    assert "Hunch: no evidence yet" in page
    assert "2 of 6" in page and "0 of 6" in page
    rows = response.context["table"].rows
    assert [r.support.statement for r in rows] == ["Carers do not know",
                                                   "Groups clash with school runs"]
    assert rows[0].support.counts == (1, 0, 0, 2, 0, 0)
    assert "Slices not used yet" in page and "Wider research" in page


def test_no_causes_yet(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "No root causes recorded yet" in page
    assert "<table" not in page


def test_another_organisations_project_is_not_found(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404


def test_post_is_not_allowed(editor_client, project):
    assert editor_client.post(url(project)).status_code == 405


def test_constant_number_of_queries(viewer_client, project, org_a,
                                    django_assert_max_num_queries):
    RootCauseFactory(project=project)
    with django_assert_max_num_queries(6) as few:
        viewer_client.get(url(project))
    slices = [s.slug for s in get_framework().evidence_pie.slices]
    for n in range(40):
        items = [EvidenceItemFactory(project=project, slice=slices[(n + k) % 6])
                 for k in range(n % 4)]
        RootCauseFactory(project=project, evidence=items)
    RootCauseFactory(project=ProjectFactory(organisation=org_a), statement="Elsewhere")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = viewer_client.get(url(project))
    assert len(response.context["table"].rows) == 41
    assert "Elsewhere" not in response.content.decode()
