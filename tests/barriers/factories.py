import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.barriers.models import BarrierEnabler


class BarrierEnablerFactory(DjangoModelFactory):
    class Meta:
        model = BarrierEnabler

    project = factory.SubFactory(ProjectFactory)
    description = factory.Sequence(lambda n: f"Staff turnover in team {n}")
    kind = "barrier"
    cfir_domain = "inner-setting"
    strength = -1
    phase_found = "explore"
    status = "open"
