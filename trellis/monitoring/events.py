"""Dated things from the plan that a chart marks, so a shift can be read against what
changed: adaptations (the date decided), implementation strategies and professional
development activities (the dates they start and end). Three queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from trellis.projects.models import Project


@dataclass(frozen=True)
class PlanEvent:
    day: date
    what: str  # e.g. "Adaptation"
    name: str

    @property
    def label(self) -> str:
        return f"{self.what}: {self.name}"

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
    strategies = project.strategies.filter(
        Q(start_date__gte=start, start_date__lt=end) | Q(end_date__gte=start, end_date__lt=end))
    for first, last, name in strategies.values_list("start_date", "end_date", "name"):
        if first and start <= first < end:
            events.append(PlanEvent(first, "Strategy starts", _short(name)))
        if last and start <= last < end:
            events.append(PlanEvent(last, "Strategy ends", _short(name)))
    activities = project.pd_activities.filter(
        Q(starts_on__gte=start, starts_on__lt=end) | Q(ends_on__gte=start, ends_on__lt=end))
    for first, last, name in activities.values_list("starts_on", "ends_on", "name"):
        if first and start <= first < end:
            events.append(PlanEvent(first, "Professional development starts", _short(name)))
        if last and start <= last < end:
            events.append(PlanEvent(last, "Professional development ends", _short(name)))
    return sorted(events, key=lambda e: (e.day, e.what, e.name))
