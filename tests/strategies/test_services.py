"""The services refuse links the forms would never offer."""

import pytest

from tests.barriers.factories import BarrierEnablerFactory
from tests.factories import ProjectFactory, UserFactory
from tests.strategies.factories import ComponentFactory, StrategyFactory
from trellis.strategies import services
from trellis.strategies.models import Strategy

FIELDS = {"name": "Coaching", "category": "professional-development", "level": "individual",
          "phase": "prepare"}


def test_links_must_belong_to_the_project(project, editor, org_a):
    sibling = ProjectFactory(organisation=org_a)
    with pytest.raises(ValueError, match="must belong to the strategy's project"):
        services.add_strategy(project=project, created_by=editor,
                              barriers=[BarrierEnablerFactory(project=sibling)], **FIELDS)
    with pytest.raises(ValueError, match="must belong to the strategy's project"):
        services.add_strategy(project=project, created_by=editor,
                              core_components=[ComponentFactory(project=sibling)], **FIELDS)
    with pytest.raises(ValueError, match="barriers, not enablers"):
        services.add_strategy(project=project, created_by=editor, **FIELDS, barriers=[
            BarrierEnablerFactory(project=project, kind="enabler", strength=1)])
    assert not Strategy.objects.exists()


def test_owner_must_be_a_member(project, editor):
    with pytest.raises(ValueError, match="member of the project's organisation"):
        services.add_strategy(project=project, created_by=editor, owner=UserFactory(),
                              **FIELDS)
    strategy = StrategyFactory(project=project)
    with pytest.raises(ValueError, match="member"):
        services.update_strategy(strategy=strategy, version=1, changed_by=editor,
                                 barriers=[], core_components=[], owner=UserFactory(),
                                 **FIELDS)


def test_stale_version_is_refused(project, editor):
    strategy = StrategyFactory(project=project, name="Old")
    with pytest.raises(services.StaleEditError):
        services.update_strategy(strategy=strategy, version=7, changed_by=editor,
                                 barriers=[], core_components=[], **FIELDS)
    strategy.refresh_from_db()
    assert strategy.name == "Old"
