from django.urls import reverse

from tests.core.html import find_all
from tests.evidence.factories import EvidenceItemFactory
from trellis.evidence.presenters import evidence_pie


def url(project):
    return reverse("evidence:pie", args=[project.pk])


def test_pie_page_draws_an_accessible_chart_table_and_summary(viewer_client, project):
    for slice_ in ("population-data", "organisational-data", "professional-knowledge",
                   "evaluations"):
        EvidenceItemFactory(project=project, slice=slice_)
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert ("Evidence from 4 of 6 slices; none yet from lived experience or wider research"
            in page)
    (svg,) = [e for e in find_all(page, "svg") if e.attrs.get("role") == "img"]
    prefix = f"evidence-pie-{project.pk}"
    assert svg.attrs["aria-labelledby"] == f"{prefix}-title {prefix}-desc"
    assert f'<title id="{prefix}-title">Evidence Pie for Family Group Conferences</title>' in page
    assert f'<desc id="{prefix}-desc">Evidence from 4 of 6' in page
    assert page.count('<path d="M ') == 4
    cells = [c.words for c in find_all(page, "td") if "govuk-table__cell--numeric" in c.classes]
    assert cells == ["1", "1", "1", "None yet", "1", "None yet"]
    assert f"{reverse('evidence:list', args=[project.pk])}?slice=lived-experience" in page


def test_pie_with_no_evidence(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "No evidence recorded yet" in page
    assert page.count("None yet") == 6


def test_presenter_uses_one_query(project, django_assert_num_queries):
    EvidenceItemFactory.create_batch(3, project=project)
    with django_assert_num_queries(1):
        pie = evidence_pie(project)
    assert pie.chart.total == 3
    assert pie.summary.startswith("Evidence from 1 of 6 slices")


def test_outsider_gets_404(outsider_client, project):
    assert outsider_client.get(url(project)).status_code == 404
