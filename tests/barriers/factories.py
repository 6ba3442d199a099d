import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.barriers.models import BarrierEnabler
from trellis.evidence.models import EvidenceItem


class EvidenceItemFactory(DjangoModelFactory):
    class Meta:
        model = EvidenceItem

    project = factory.SubFactory(ProjectFactory)
    slice = "lived-experience"
    title = factory.Sequence(lambda n: f"Carers' consultation {n}")
    finding = "Carers want peer support at times that fit school hours"
    confidence = "moderate"


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
