import datetime

import pytest

from tests.adaptations.factories import AdaptationFactory, ComponentFactory
from tests.factories import ProjectFactory
from trellis.adaptations import services
from trellis.adaptations.models import Adaptation

FIELDS = {"what_changed": "Evening conferences", "planned": "planned", "decided_by": "Lead",
          "goal": "More attend", "reason": "Work in the day",
          "decided_on": datetime.date(2025, 10, 20)}


def test_a_component_of_another_project_is_refused(project, editor, org_a):
    elsewhere = ComponentFactory(project=ProjectFactory(organisation=org_a))
    with pytest.raises(ValueError, match="core component of its own project"):
        services.record_adaptation(project=project, created_by=editor,
                                   core_component=elsewhere, **FIELDS)
    assert not Adaptation.objects.exists()


def test_stale_version_is_refused(project, editor):
    adaptation = AdaptationFactory(project=project)
    services.update_adaptation(adaptation=adaptation, version=1, changed_by=editor,
                               outcome="First")
    with pytest.raises(services.StaleEditError):
        services.update_adaptation(adaptation=adaptation, version=1, changed_by=editor,
                                   outcome="Second")
    adaptation.refresh_from_db()
    assert (adaptation.outcome, adaptation.version) == ("First", 2)


def test_a_project_goes_with_its_components_and_adaptations(project):
    AdaptationFactory(project=project, core_component=ComponentFactory(project=project))
    project.delete()
    assert not Adaptation.objects.exists()


def test_a_component_with_adaptations_is_not_deleted_alone(project):
    from django.db.models import RestrictedError
    component = ComponentFactory(project=project)
    AdaptationFactory(project=project, core_component=component)
    with pytest.raises(RestrictedError):
        component.delete()
