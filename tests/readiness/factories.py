import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.readiness.models import ReadinessItem


class ReadinessItemFactory(DjangoModelFactory):
    class Meta:
        model = ReadinessItem

    project = factory.SubFactory(ProjectFactory)
    area = "funding"
    description = "Funding for two co-ordinator posts"
    status = "in_progress"
