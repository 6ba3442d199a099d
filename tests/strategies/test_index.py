from datetime import date

from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import ComponentFactory, StrategyFactory


def url(project):
    return reverse("strategies:index", args=[project.pk])


def test_empty_list(viewer_client, project):
    response = viewer_client.get(url(project))
    assert response.status_code == 200
    page = response.content.decode()
    assert "No strategies have been planned yet" in page
    assert "Add a strategy" not in page  # viewers cannot add
    assert reverse("strategies:matrix", args=[project.pk]) in page


def test_grouped_by_category_in_order(editor_client, project, editor):
    barrier = BarrierEnablerFactory(project=project, description="Staff turnover")
    component = ComponentFactory(project=project, name="Family-led private time")
    StrategyFactory(project=project, name="Dashboard", category="monitoring-and-feedback",
                    level="service", owner=editor, barriers=[barrier],
                    start_date=date(2026, 4, 1))
    StrategyFactory(project=project, name="Accredited training",
                    category="professional-development", level="individual",
                    core_components=[component])
    StrategyFactory(project=project, name="Briefings", category="professional-development")
    StrategyFactory(project=ProjectFactory(organisation=project.organisation),
                    name="Elsewhere")
    response = editor_client.get(url(project))
    groups = response.context["groups"]
    assert [g.label for g in groups] == ["Professional development", "Monitoring and feedback"]
    assert [c.strategy.name for c in groups[0].cards] == ["Accredited training", "Briefings"]
    dashboard = groups[1].cards[0]
    assert (dashboard.owner, dashboard.timing, dashboard.barriers) == (
        "Eddie", "Prepare, from 1 Apr 2026", ["Staff turnover"])
    assert groups[0].cards[0].components == ["Family-led private time"]
    page = response.content.decode()
    assert "Elsewhere" not in page
    assert "Add a strategy" in page
    assert "None linked" in page
    assert response.context["total"] == 3


def test_constant_queries(viewer_client, project, django_assert_max_num_queries):
    barrier = BarrierEnablerFactory(project=project)
    StrategyFactory(project=project, barriers=[barrier])
    with django_assert_max_num_queries(20) as one:
        viewer_client.get(url(project))
    for i in range(15):
        StrategyFactory(project=project, category="piloting" if i % 2 else "other",
                        barriers=[BarrierEnablerFactory(project=project)],
                        core_components=[ComponentFactory(project=project)])
    with django_assert_max_num_queries(len(one.captured_queries)):
        viewer_client.get(url(project))


def test_outsider_and_wrong_method(outsider_client, editor_client, project):
    assert outsider_client.get(url(project)).status_code == 404
    assert editor_client.post(url(project)).status_code == 405
