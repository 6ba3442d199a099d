import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.adaptations.models import Adaptation
from trellis.plans.models import CoreComponent


class ComponentFactory(DjangoModelFactory):
    """A core component, for adaptations to point at."""

    class Meta:
        model = CoreComponent

    project = factory.SubFactory(ProjectFactory)
    position = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Core component {n}")


class AdaptationFactory(DjangoModelFactory):
    class Meta:
        model = Adaptation

    project = factory.SubFactory(ProjectFactory)
    what_changed = factory.Sequence(lambda n: f"Conferences held in the evening ({n})")
    planned = "planned"
    decided_by = "FGC service lead"
    goal = "More family members attend"
    reason = "Family members work during the day"
    decided_on = datetime.date(2025, 10, 20)
