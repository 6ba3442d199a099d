import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.imports.models import ImportJob
from trellis.monitoring.models import DataPoint, Measure


class MeasureFactory(DjangoModelFactory):
    class Meta:
        model = Measure

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Referrals {n}")
    kind = "count"
    direction = "up"
    frequency = "monthly"


class PointFactory(DjangoModelFactory):
    class Meta:
        model = DataPoint

    measure = factory.SubFactory(MeasureFactory)
    value = 10.0


class ImportJobFactory(DjangoModelFactory):
    """A job that has been checked and waits to be confirmed (its file is not kept)."""

    class Meta:
        model = ImportJob

    project = factory.SubFactory(ProjectFactory)
    file_name = "figures.csv"
    file_size = 100
    status = "ready"
    rows = 1
    added = 1
