from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import StrategyFactory
from trellis.barriers.models import BarrierEnabler
from trellis.strategies.models import Strategy


def url(project):
    return reverse("strategies:matrix", args=[project.pk])


def test_both_gaps_are_visible(viewer_client, project):
    turnover = BarrierEnablerFactory(project=project, description="Turnover")
    BarrierEnablerFactory(project=project, description="No data", cfir_domain="innovation")
    BarrierEnablerFactory(project=project, description="Old IT", status="resolved")
    BarrierEnablerFactory(project=project, description="Champions", kind="enabler", strength=1)
    StrategyFactory(project=project, name="Coaching", barriers=[turnover])
    StrategyFactory(project=project, name="Dashboard", category="monitoring-and-feedback")
    StrategyFactory(project=ProjectFactory(organisation=project.organisation), name="Far")
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    matrix = response.context["matrix"]
    assert [r.barrier.description for r in matrix.rows] == ["No data", "Turnover", "Old IT"]
    assert [c.name for c in matrix.columns] == ["Coaching", "Dashboard"]
    assert [c.linked for c in matrix.rows[1].cells] == [True, False]
    assert [b.description for b in matrix.uncovered] == ["No data"]
    assert [s.name for s in matrix.idle] == ["Dashboard"]
    page = response.content.decode()
    assert "Addresses<span class=\"govuk-visually-hidden\">: Coaching addresses this barrier" in (
        page)
    assert '<span aria-hidden="true">—</span><span class="govuk-visually-hidden">Not linked' in (
        page)
    assert '<th scope="row" class="govuk-table__header">No data' in page
    assert "Innovation, open" in page
    for absent in ("Champions", "Far"):
        assert absent not in page


def test_empty_matrix(viewer_client, project):
    page = viewer_client.get(url(project)).content.decode()
    assert "No barriers have been recorded yet." in page
    assert "Every open barrier has at least one strategy." in page
    assert "Every strategy addresses at least one barrier." in page


def test_300_barriers_by_150_strategies_in_constant_queries(viewer_client, project,
                                                            django_assert_max_num_queries):
    barriers = BarrierEnabler.objects.bulk_create(
        BarrierEnabler(project=project, description=f"Barrier {i}", kind="barrier",
                       cfir_domain="inner-setting", strength=-1, phase_found="explore")
        for i in range(300))
    strategies = Strategy.objects.bulk_create(
        Strategy(project=project, name=f"Strategy {i:03}", category="other", level="team",
                 phase="prepare")
        for i in range(150))
    Through = Strategy.barriers.through
    Through.objects.bulk_create(
        Through(strategy=strategy, barrierenabler=barriers[(i * 2) % 300])
        for i, strategy in enumerate(strategies[:100]))
    with django_assert_max_num_queries(12):
        response = viewer_client.get(url(project))
    matrix = response.context["matrix"]
    assert (len(matrix.rows), len(matrix.columns)) == (300, 150)
    assert len(matrix.idle) == 50
    assert len(matrix.uncovered) == 200
    assert response.content.decode().count(">Addresses<") == 100


def test_outsider_and_wrong_method(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
