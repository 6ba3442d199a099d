"""Measures for the framework's example plan (Family Group Conferences at the
pre-proceedings stage), from its "Monitor" list: referrals into the service, referrals
converting into a conference, and children placed in kinship care after one.

The figures are made up for the demo, two years of months up to last month, shaped so
the charts show each kind of signal: a step up in referrals after a recalculation, a
conversion rate that improves, and kinship placements below their usual level for the
last seven months."""

import math
from datetime import date

from django.db import transaction
from django.utils import timezone

from trellis.organisations.models import User
from trellis.projects.models import Project

from .models import DataPoint, DataPointChange, Measure
from .periods import latest_due, previous_period

MONTHS = 24
VIA = "Demo data"


def _months(today: date) -> list[date]:
    last = latest_due(today, "monthly")
    periods = [last]
    while len(periods) < MONTHS:
        periods.append(previous_period(periods[-1], "monthly"))
    return periods[::-1]


def _wobble(i: int, seed: float) -> float:
    return math.sin(i * 1.9 + seed) + 0.6 * math.cos(i * 0.7 + 2 * seed)


@transaction.atomic
def add_fgc_monitoring(project: Project, user: User | None,
                       today: date | None = None) -> list[Measure]:
    """Add the demo measures with their figures to `project` (which has the example plan)."""
    periods = _months(today or timezone.localdate())
    reach = project.implementation_outcomes.filter(outcome_type="reach").first()
    adoption = project.implementation_outcomes.filter(outcome_type="adoption").first()
    kinship = project.final_outcomes.filter(audience="children-and-young-people").first()
    referrals = Measure.objects.create(
        project=project, name="Referrals into the FGC service",
        definition="Families referred to the FGC service in the month, at the "
                   "pre-proceedings stage. Re-referrals within 3 months are left out.",
        kind="count", unit="referrals", direction="up", target=None, frequency="monthly",
        data_source="organisational-data", owner="FGC service lead", implementation_outcome=reach,
        created_by=user)
    converted = Measure.objects.create(
        project=project, name="Referrals converting into an FGC",
        definition="Of the families referred in the month, how many had a conference.",
        kind="proportion", unit="%", direction="up", target=75, frequency="monthly",
        data_source="organisational-data", owner="FGC team manager",
        implementation_outcome=adoption, created_by=user)
    placed = Measure.objects.create(
        project=project, name="Children placed in kinship care after an FGC",
        definition="Children who, within 3 months of their family's conference, live with "
                   "family or friends rather than coming into care.",
        kind="count", unit="children", direction="up", frequency="monthly",
        data_source="organisational-data", owner="Head of Service", final_outcome=kinship,
        created_by=user)
    points = []
    for i, period in enumerate(periods):
        count = round(18 + 3 * _wobble(i, 0.3) + (6 if i >= 12 else 0))
        points.append(DataPoint(measure=referrals, period=period, value=count,
                                entered_by=user))
        rate = 0.55 + 0.05 * _wobble(i, 1.1) + (0.15 if i >= 16 else 0)
        denominator = count
        numerator = min(denominator, round(rate * denominator))
        points.append(DataPoint(measure=converted, period=period,
                                value=numerator / denominator, numerator=numerator,
                                denominator=denominator, entered_by=user))
        children = round(7 + 1.2 * _wobble(i, 2.0) - (2 if i >= MONTHS - 7 else 0))
        points.append(DataPoint(measure=placed, period=period, value=max(0, children),
                                entered_by=user))
    DataPoint.objects.bulk_create(points)
    DataPointChange.objects.bulk_create([
        DataPointChange(measure=p.measure, period=p.period, change="added", new_value=p.value,
                        new_numerator=p.numerator, new_denominator=p.denominator, via=VIA,
                        changed_by=user) for p in points])
    referrals.recalculations.create(period=periods[12], created_by=user,
                                    reason="Referral pathway opened to early help teams")
    return [referrals, converted, placed]
