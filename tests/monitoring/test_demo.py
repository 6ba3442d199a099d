import datetime

from django.urls import reverse

from trellis.monitoring.demo import add_fgc_monitoring
from trellis.monitoring.models import DataPointChange
from trellis.monitoring.status import measure_statuses
from trellis.plans.demo import add_fgc_plan
from trellis.spc import Signal

TODAY = datetime.date(2026, 3, 18)


def test_demo_measures_show_each_kind_of_signal(project, org_a, editor, viewer_client):
    add_fgc_plan(project, editor)
    referrals, converted, placed = add_fgc_monitoring(project, editor, today=TODAY)
    assert referrals.implementation_outcome.outcome_type == "reach"
    assert converted.implementation_outcome.outcome_type == "adoption"
    assert placed.final_outcome.audience == "children-and-young-people"
    statuses = {s.measure.name: s for s in measure_statuses(project, org_a, today=TODAY)}
    for status in statuses.values():
        assert len(status.observations) == 24
        assert status.latest.period == datetime.date(2026, 2, 1)
        assert status.overdue_periods == 0
    assert statuses[referrals.name].chart.recalculate_at == (12,)
    assert Signal.IMPROVEMENT in statuses[converted.name].chart.signals
    assert statuses[placed.name].concern_since is not None
    assert DataPointChange.objects.filter(via="Demo data").count() == 72
    page = viewer_client.get(reverse("monitoring:index", args=[project.pk])).content.decode()
    assert "Referrals converting into an FGC" in page
