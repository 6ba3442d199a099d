"""Plan events marked on charts: one mark per day, starts only."""

from datetime import date

from tests.factories import ProjectFactory
from trellis.adaptations.models import Adaptation
from trellis.monitoring.events import PlanEvent, plan_events, same_day_together


def test_events_on_the_same_day_share_one_mark():
    events = same_day_together([
        PlanEvent(date(2025, 9, 1), "Strategy starts", "Track outcomes"),
        PlanEvent(date(2025, 4, 1), "Adaptation", "Evening conferences"),
        PlanEvent(date(2025, 9, 1), "Strategy starts", "Monitor referrals"),
    ])
    assert [e.day for e in events] == [date(2025, 4, 1), date(2025, 9, 1)]
    assert events[0].label == "Adaptation: Evening conferences"
    assert events[1].label == ("Strategy starts: Monitor referrals; "
                               "Strategy starts: Track outcomes")


def test_only_events_inside_the_charts_dates(org_a):
    project = ProjectFactory(organisation=org_a)
    for day in (date(2024, 12, 31), date(2025, 1, 1), date(2025, 6, 30), date(2025, 7, 1)):
        Adaptation.objects.create(project=project, what_changed=f"Change on {day}",
                                  planned="planned", decided_by="Board", goal="g", reason="r",
                                  decided_on=day)
    days = [e.day for e in plan_events(project, date(2025, 1, 1), date(2025, 7, 1))]
    assert days == [date(2025, 1, 1), date(2025, 6, 30)]
