"""What the professional development plan page shows, worked out here so
templates stay plain."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from trellis.framework.loader import get_framework
from trellis.insights.engine import Finding, registered_rules, review
from trellis.projects.models import Project
from trellis.projects.snapshot import ProjectSnapshot

from .models import PdActivity
from .snapshot import ActivityFacts, DevelopmentFacts, trainings_without_follow_on

AREA = "development"


@dataclass(frozen=True)
class MechanismRow:
    name: str
    description: str
    used_by: list[str]


@dataclass(frozen=True)
class GroupCoverage:
    slug: str
    name: str
    purpose: str
    mechanisms: list[MechanismRow]

    @property
    def covered(self) -> bool:
        return any(row.used_by for row in self.mechanisms)


@dataclass(frozen=True)
class ActivityRow:
    activity: PdActivity
    when: str
    mechanisms: list[str]
    follows_on_from: str
    followed_by: list[str]
    needs_follow_on: bool
    edit_url: str
    remove_url: str


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


def when(starts: datetime.date | None, ends: datetime.date | None) -> str:
    if starts and ends:
        return long_date(starts) if starts == ends else (
            f"{long_date(starts)} to {long_date(ends)}")
    if starts:
        return f"From {long_date(starts)}, ongoing"
    if ends:
        return f"Until {long_date(ends)}"
    return "Not set"


def coverage(activities: Iterable[PdActivity]) -> list[GroupCoverage]:
    """The four groups in the framework's order, each mechanism with the
    activities that use it."""
    users: dict[str, list[str]] = {}
    for activity in activities:
        for use in activity.mechanisms.all():
            users.setdefault(use.mechanism, []).append(activity.name)
    return [GroupCoverage(g.slug, g.name, g.purpose,
                          [MechanismRow(m.name, m.description, users.get(m.slug, []))
                           for m in g.mechanisms])
            for g in get_framework().professional_development.groups]


def facts_of(activities: Iterable[PdActivity]) -> DevelopmentFacts:
    """The snapshot part from activities already loaded with their mechanisms."""
    return DevelopmentFacts(tuple(
        ActivityFacts(a.pk, a.name, a.kind, tuple(u.mechanism for u in a.mechanisms.all()),
                      a.follow_on_of_id) for a in activities))


def activity_rows(project: Project, activities: list[PdActivity]) -> list[ActivityRow]:
    embedding = {m.slug for m in get_framework().pd_group("embed-practice").mechanisms}
    lacking = {f.pk for f in trainings_without_follow_on(facts_of(activities).activities,
                                                         embedding)}
    names = {a.pk: a.name for a in activities}
    followed_by: dict[int, list[str]] = {}
    for a in activities:
        if a.follow_on_of_id:
            followed_by.setdefault(a.follow_on_of_id, []).append(a.name)
    order = {m.slug: i for i, m in enumerate(get_framework().all_pd_mechanisms())}
    rows = []
    for a in activities:
        uses = sorted(a.mechanisms.all(), key=lambda use: order.get(use.mechanism, 99))
        args = [project.pk, a.pk]
        rows.append(ActivityRow(
            activity=a, when=when(a.starts_on, a.ends_on),
            mechanisms=[use.get_mechanism_display() for use in uses],
            follows_on_from=names.get(a.follow_on_of_id, ""),
            followed_by=followed_by.get(a.pk, []), needs_follow_on=a.pk in lacking,
            edit_url=reverse("development:edit", args=args),
            remove_url=reverse("development:remove", args=args),
        ))
    return rows


def findings(project: Project, part_name: str, facts: object) -> list[Finding]:
    """The findings of one capability's rules, for that capability's page."""
    snapshot = ProjectSnapshot(title=project.title, phase=project.phase, status=project.status,
                               today=timezone.localdate(), parts={part_name: facts})
    return review(snapshot, [r for r in registered_rules() if r.area == part_name])
