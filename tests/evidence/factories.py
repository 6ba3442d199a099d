import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.evidence.models import EvidenceItem


class EvidenceItemFactory(DjangoModelFactory):
    class Meta:
        model = EvidenceItem

    project = factory.SubFactory(ProjectFactory)
    slice = "population-data"
    title = factory.Sequence(lambda n: f"Evidence {n}")
    finding = "Children in kinship care are concentrated in two wards"
    source = "Local census analysis"
    confidence = "moderate"
