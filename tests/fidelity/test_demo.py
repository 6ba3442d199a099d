import datetime

from tests.fidelity.factories import ComponentFactory
from trellis.fidelity.demo import add_fgc_fidelity, training_date
from trellis.fidelity.models import FidelityCheck
from trellis.fidelity.tally import Tally
from trellis.monitoring.models import DataPoint, Measure


def test_two_years_of_checks_with_private_family_time_weaker_until_training(project, editor):
    today = datetime.date(2026, 3, 14)
    components = [ComponentFactory(project=project, name="Offered at the right time"),
                  ComponentFactory(project=project,
                                   name="FGC is family-led and includes 'private family time'")]
    checks = add_fgc_fidelity(project, editor, components, today=today)
    assert FidelityCheck.objects.filter(project=project).count() == len(checks)
    days = [c.delivered_on for c in checks]
    assert min(days) >= datetime.date(2024, 4, 1) and max(days) <= today
    months = {}
    for day in days:
        months[day.replace(day=1)] = months.get(day.replace(day=1), 0) + 1
    assert len(months) >= 23
    assert all(10 <= n <= 20 for month, n in months.items() if month < datetime.date(2026, 3, 1))

    trained = training_date(today)
    weak = components[1]

    def share(component, before):
        ratings = component.fidelity_ratings.filter(
            **{"fidelity_check__delivered_on__lt" if before else
               "fidelity_check__delivered_on__gte": trained})
        return Tally.count(ratings.values_list("rating", flat=True)).share

    assert share(weak, before=True) < 0.65 < share(weak, before=False)
    assert share(components[0], before=True) > 0.8
    assert Measure.objects.filter(project=project, source="fidelity").count() == 2
    assert DataPoint.objects.filter(measure__core_component=weak).count() == len(months)


def test_without_components_nothing(project, editor):
    assert add_fgc_fidelity(project, editor, []) == []
