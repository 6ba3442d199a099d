from django.urls import reverse

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory
from tests.strategies.factories import StrategyFactory
from trellis.barriers.models import BarrierEnabler
from trellis.organisations.models import AuditEntry
from trellis.plans.models import PlanRevision
from trellis.strategies.models import Strategy


def url(strategy, project=None):
    return reverse("strategies:remove", args=[(project or strategy.project).pk, strategy.pk])


def test_confirm_then_remove(editor_client, editor, project):
    barrier = BarrierEnablerFactory(project=project, description="Turnover")
    strategy = StrategyFactory(project=project, name="Champions", barriers=[barrier])
    page = editor_client.get(url(strategy)).content.decode()
    assert "Are you sure you want to remove this strategy?" in page
    assert "Turnover" in page
    response = editor_client.post(url(strategy))
    assert response.status_code == 302
    assert response["Location"] == reverse("strategies:index", args=[project.pk])
    assert not Strategy.objects.exists()
    assert BarrierEnabler.objects.get() == barrier
    assert AuditEntry.objects.filter(action="strategies.removed").count() == 1
    revision = PlanRevision.objects.get()
    assert (revision.summary, revision.content["strategies"], revision.created_by) == (
        "Removed strategy 'Champions'", [], editor)


def test_refused_requests_keep_the_strategy(viewer_client, outsider_client, editor_client,
                                            project, org_a):
    strategy = StrategyFactory(project=project)
    assert viewer_client.post(url(strategy)).status_code == 403
    assert outsider_client.post(url(strategy)).status_code == 404
    assert editor_client.put(url(strategy)).status_code == 405
    elsewhere = StrategyFactory(project=ProjectFactory(organisation=org_a))
    assert editor_client.post(url(elsewhere, project)).status_code == 404
    assert Strategy.objects.count() == 2
    assert not PlanRevision.objects.exists()
