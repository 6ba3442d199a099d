import datetime

import factory
from factory.django import DjangoModelFactory

from tests.factories import ProjectFactory
from trellis.monitoring.models import DataPoint, Measure, Recalculation


class MeasureFactory(DjangoModelFactory):
    class Meta:
        model = Measure

    project = factory.SubFactory(ProjectFactory)
    name = factory.Sequence(lambda n: f"Referrals to an FGC ({n})")
    kind = "count"
    direction = "up"
    frequency = "monthly"
    chart_type = "xmr"


class ProportionFactory(MeasureFactory):
    name = factory.Sequence(lambda n: f"Referrals converted to a conference ({n})")
    kind = "proportion"
    unit = "%"


class DataPointFactory(DjangoModelFactory):
    class Meta:
        model = DataPoint

    measure = factory.SubFactory(MeasureFactory)
    period = datetime.date(2025, 1, 1)
    value = 10.0


class RecalculationFactory(DjangoModelFactory):
    class Meta:
        model = Recalculation

    measure = factory.SubFactory(MeasureFactory)
    period = datetime.date(2025, 6, 1)
    reason = "New referral pathway"


def monthly(measure, values, start=datetime.date(2024, 1, 1)):
    """One point per month from `start`, for a count or average measure."""
    points = []
    year, month = start.year, start.month
    for value in values:
        points.append(DataPoint(measure=measure, period=datetime.date(year, month, 1),
                                value=float(value)))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return DataPoint.objects.bulk_create(points)
