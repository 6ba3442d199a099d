"""Dated things from the plan that a chart marks, so a shift can be read against what
changed: adaptations (the date decided), implementation strategies and professional
development activities (the dates they start). Things that happened on the same day
share one mark. Three queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trellis.projects.models import Project


@dataclass(frozen=True)
class PlanEvent:
    day: date
    what: str  # e.g. "Adaptation"
    name: str

    @property
    def label(self) -> str:
        return f"{self.what}: {self.name}" if self.what else self.name

    @property
    def day_label(self) -> str:
        return f"{self.day.day} {self.day:%b %Y}"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plan_events(project: Project, start: date, end: date) -> list[PlanEvent]:
    """Events on or after `start` and before `end`, in date order."""
    events = []
    for day, what in project.adaptations.filter(
            decided_on__gte=start, decided_on__lt=end).values_list("decided_on", "what_changed"):
        events.append(PlanEvent(day, "Adaptation", _short(what)))
    strategies = project.strategies.filter(start_date__gte=start, start_date__lt=end)
    for first, name in strategies.values_list("start_date", "name"):
        events.append(PlanEvent(first, "Strategy starts", _short(name)))
    activities = project.pd_activities.filter(starts_on__gte=start, starts_on__lt=end)
    for first, name in activities.values_list("starts_on", "name"):
        events.append(PlanEvent(first, "Professional development starts", _short(name)))
    return same_day_together(events)


def same_day_together(events: list[PlanEvent]) -> list[PlanEvent]:
    """One event per day, in date order; several on a day are listed in one."""
    by_day: dict[date, list[PlanEvent]] = {}
    for event in sorted(events, key=lambda e: (e.day, e.what, e.name)):
        by_day.setdefault(event.day, []).append(event)
    return [group[0] if len(group) == 1
            else PlanEvent(day, "", "; ".join(e.label for e in group))
            for day, group in by_day.items()]
